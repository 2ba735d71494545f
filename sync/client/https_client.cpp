// HTTPS client over libcurl (see https_client.h).
#include "sync/client/https_client.h"

#include "core/logging/log.h"

#include <curl/curl.h>

#include <QString>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace retailos::sync {

namespace {

constexpr QStringView kLog = u"sync.https";

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return std::ranges::equal(a, b, [](unsigned char x, unsigned char y) { return std::tolower(x) == std::tolower(y); });
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

QString q(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

} // namespace

std::optional<std::string> HttpsResponse::header(std::string_view name) const
{
    for (const HttpsHeader &h : headers) {
        if (equalsIgnoringCase(h.name, name))
            return h.value;
    }
    return std::nullopt;
}

std::string curlPinList(const std::vector<std::string> &pinsSha256)
{
    std::string list;
    for (const std::string &pin : pinsSha256) {
        if (!list.empty())
            list += ';';
        list += "sha256//";
        list += pin;
    }
    return list;
}

// What one transfer collected; the callbacks write here and note why they cut it.
struct Transfer
{
    const HttpsClientConfig *config = nullptr;
    HttpsResponse response;
    std::int64_t headerBytes = 0;
    bool bodyTooLarge = false;
    bool headersTooLarge = false;
};

struct HttpsClient::State
{
    CURL *curl = nullptr;
    std::int64_t connections = 0;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    ~State()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

namespace {

size_t onHeader(char *data, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t bytes = size * count;
    const std::string_view line(data, bytes);
    if (line.starts_with("HTTP/")) {
        // A new response begins (after a 100 Continue): only the last one counts.
        t->response.headers.clear();
        t->headerBytes = 0;
    }
    t->headerBytes += std::int64_t(bytes);
    if (t->headerBytes > t->config->maxResponseHeaderBytes) {
        t->headersTooLarge = true;
        return 0;   // aborts the transfer
    }
    const auto colon = line.find(':');
    if (colon != std::string_view::npos && !line.starts_with("HTTP/"))
        t->response.headers.push_back({std::string(trimmed(line.substr(0, colon))),
                                       std::string(trimmed(line.substr(colon + 1)))});
    return bytes;
}

// Receives the DECODED body (curl inflates gzip before calling us), so the cap
// holds for what a small compressed answer would expand to.
size_t onBody(char *data, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t bytes = size * count;
    if (std::int64_t(t->response.body.size() + bytes) > t->config->maxResponseBodyBytes) {
        t->bodyTooLarge = true;
        return 0;   // fewer bytes than given: curl aborts with CURLE_WRITE_ERROR
    }
    t->response.body.append(data, bytes);
    return bytes;
}

// The encoded size as it arrives: a body that is larger on the wire than the
// cap is cut even before decoding has produced that much.
int onProgress(void *userdata, curl_off_t, curl_off_t downloaded, curl_off_t, curl_off_t)
{
    auto *t = static_cast<Transfer *>(userdata);
    if (std::int64_t(downloaded) > t->config->maxResponseBodyBytes) {
        t->bodyTooLarge = true;
        return 1;
    }
    return 0;
}

HttpsError transportError(CURLcode code, const Transfer &t, const char *detail, bool connected)
{
    const std::string reason = (detail && *detail) ? std::string(detail) : std::string(curl_easy_strerror(code));
    if (t.bodyTooLarge || code == CURLE_FILESIZE_EXCEEDED)
        return {std::string(https_error::ResponseTooLarge),
                "the response body is larger than " + std::to_string(t.config->maxResponseBodyBytes) + " bytes"};
    if (t.headersTooLarge)
        return {std::string(https_error::ResponseTooLarge),
                "the response headers are larger than " + std::to_string(t.config->maxResponseHeaderBytes) + " bytes"};
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
        return {std::string(https_error::TlsVerifyFailed), reason};
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return {std::string(https_error::PinMismatch), reason};
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return {std::string(https_error::InvalidConfig), reason};
    case CURLE_OPERATION_TIMEDOUT:
        if (!connected)
            return {std::string(https_error::ConnectFailed), "no connection within the connect timeout: " + reason};
        return {std::string(https_error::Timeout), reason};
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SSL_CONNECT_ERROR:
        return {std::string(https_error::ConnectFailed), reason};
    default:
        return {std::string(https_error::BadResponse), reason};
    }
}

} // namespace

HttpsClient::HttpsClient(HttpsClientConfig config) : m_config(std::move(config)), m_state(std::make_unique<State>())
{
    initCurlOnce();
    m_state->curl = curl_easy_init();
}

HttpsClient::~HttpsClient() = default;
HttpsClient::HttpsClient(HttpsClient &&) noexcept = default;
HttpsClient &HttpsClient::operator=(HttpsClient &&) noexcept = default;

std::int64_t HttpsClient::connectionsOpened() const
{
    return m_state ? m_state->connections : 0;
}

HttpsResult HttpsClient::request(std::string_view method, std::string_view path, std::string_view body,
                                 const std::vector<std::string> &headers, const HttpsRequestOptions &options)
{
    if (!m_state || !m_state->curl)
        return std::unexpected(HttpsError{std::string(https_error::InvalidConfig), "libcurl could not be initialised"});
    if (!m_config.baseUrl.starts_with("https://"))
        return std::unexpected(HttpsError{std::string(https_error::InvalidConfig),
                                          "the server address must start with https:// (R-3.1), not \"" + m_config.baseUrl + "\""});
    CURL *curl = m_state->curl;
    // Reset clears the options of the previous call but keeps its open connection.
    curl_easy_reset(curl);
    m_state->errorBuffer[0] = '\0';

    std::string url = m_config.baseUrl;
    while (url.ends_with('/'))
        url.pop_back();
    url.append(path);
    const std::string methodText(method);
    const std::string pins = curlPinList(m_config.pinsSha256);

    Transfer transfer;
    transfer.config = &m_config;

    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_state->errorBuffer);
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    // chain and host name always verified; nothing in the config can turn it off.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    if (!m_config.caFile.empty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, m_config.caFile.c_str());
    if (!pins.empty())
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, pins.c_str());
    // never follow (also the default; said here so nobody changes it unknowingly).
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "gzip");   // curl decodes
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_config.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, long(m_config.lowSpeedBytesPerSecond));
    using std::chrono::duration_cast;
    using std::chrono::milliseconds;
    using std::chrono::seconds;
    const seconds quietAllowed = m_config.lowSpeedTime + duration_cast<seconds>(options.serverMayWait + std::chrono::milliseconds(999));
    const milliseconds total = options.totalTimeout.value_or(
        options.serverMayWait > milliseconds(0) ? options.serverMayWait + seconds(30) : m_config.totalTimeout);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(quietAllowed.count()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(total.count()));
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(m_config.maxResponseBodyBytes));
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    if (!m_config.userAgent.empty())
        curl_easy_setopt(curl, CURLOPT_USERAGENT, m_config.userAgent.c_str());

    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);

    if (method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else if (method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
        if (method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, methodText.c_str());
    }

    curl_slist *headerList = nullptr;
    for (const std::string &h : headers)
        headerList = curl_slist_append(headerList, h.c_str());
    // No "Expect: 100-continue" pause before large bodies: our server answers at once.
    headerList = curl_slist_append(headerList, "Expect:");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headerList);

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headerList);

    long newConnections = 0;
    curl_easy_getinfo(curl, CURLINFO_NUM_CONNECTS, &newConnections);
    m_state->connections += newConnections;

    if (code != CURLE_OK) {
        curl_off_t appConnect = 0;
        curl_easy_getinfo(curl, CURLINFO_APPCONNECT_TIME_T, &appConnect);
        HttpsError error = transportError(code, transfer, m_state->errorBuffer, appConnect > 0);
        // A refused certificate or pin is logged with its reason; nothing was sent.
        const bool security = error.code == https_error::TlsVerifyFailed || error.code == https_error::PinMismatch;
        const QString line = QStringLiteral("%1 %2: %3 (%4)").arg(q(method), q(url), q(error.code), q(error.message));
        if (security)
            log::error(kLog, line);
        else
            log::warn(kLog, line);
        return std::unexpected(std::move(error));
    }

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    transfer.response.status = int(status);
    if (status >= 300 && status < 400) {
        const std::string location = transfer.response.header("Location").value_or(std::string());
        log::warn(kLog, QStringLiteral("%1 %2: redirect %3 to \"%4\" refused (R-3.3)")
                            .arg(q(method), q(url)).arg(status).arg(q(location)));
        return std::unexpected(HttpsError{std::string(https_error::RedirectRefused),
                                          "the server answered " + std::to_string(status) + " redirecting to \"" + location
                                              + "\"; redirects are never followed"});
    }
    if (status < 100)
        return std::unexpected(HttpsError{std::string(https_error::BadResponse), "no HTTP status in the answer"});
    return std::move(transfer.response);
}

} // namespace retailos::sync
