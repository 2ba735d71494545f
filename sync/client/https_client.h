// A small blocking HTTPS client over libcurl: the transport of the lane's sync
// engine and of retailos-admin (protocol §3). TLS verification is always on
// redirects are never followed, gzip answers are decoded
// and every client limit of is enforced while receiving.
//
// One HttpsClient owns one curl handle and reuses its connection between
// requests. It is NOT thread-safe: use one client per thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <expected>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace retailos::sync {

struct HttpsClientConfig
{
    std::string baseUrl;                  // "https://hq.example.com:8443"; paths are appended
    std::string caFile;                   // PEM bundle to trust; empty: the system trust store
    std::vector<std::string> pinsSha256;  // base64 SHA-256 of the server's SPKI; any one may match
    std::chrono::milliseconds connectTimeout{10'000};   // TCP + TLS
    std::int64_t lowSpeedBytesPerSecond = 1024;         // abort below this rate …
    std::chrono::seconds lowSpeedTime{15};              // … sustained for this long
    std::chrono::milliseconds totalTimeout{180'000};    // per request, unless the call says otherwise
    std::int64_t maxResponseBodyBytes = 16 * 1024 * 1024;   // decoded (and encoded) size
    std::int64_t maxResponseHeaderBytes = 16 * 1024;
    std::string userAgent = "retailos";
};

// Stable codes of transport failures (no HTTP answer, or one that must not be used).
namespace https_error {
inline constexpr std::string_view TlsVerifyFailed = "tls_verify_failed";   // chain or host name
inline constexpr std::string_view PinMismatch = "pin_mismatch";
inline constexpr std::string_view RedirectRefused = "redirect_refused";    // a 3xx answer
inline constexpr std::string_view Timeout = "timeout";                     // total or low-speed limit
inline constexpr std::string_view ConnectFailed = "connect_failed";        // DNS, TCP or TLS handshake
inline constexpr std::string_view ResponseTooLarge = "response_too_large"; // body or headers past the cap
inline constexpr std::string_view BadResponse = "bad_response";            // broken HTTP, cut connection
inline constexpr std::string_view InvalidConfig = "invalid_config";        // not https://, unreadable CA file …
}

struct HttpsError
{
    std::string code;      // one of https_error
    std::string message;   // for logs and people: curl's reason, the Location of a redirect …
};

struct HttpsHeader
{
    std::string name;      // as received
    std::string value;     // trimmed
};

struct HttpsResponse
{
    int status = 0;
    std::vector<HttpsHeader> headers;   // of the final response only
    std::string body;                   // decoded

    // First header of that name (case-insensitive), or nullopt.
    [[nodiscard]] std::optional<std::string> header(std::string_view name) const;
};

using HttpsResult = std::expected<HttpsResponse, HttpsError>;

struct HttpsRequestOptions
{
    // Replaces the configured total timeout for this call.
    std::optional<std::chrono::milliseconds> totalTimeout;
    // A long-poll: the server may hold the request this long before
    // sending a byte. The total timeout becomes serverMayWait + 30 s
    // unless totalTimeout is given, and the low-speed window is stretched by
    // it, so a quiet wait is not mistaken for a stalled transfer.
    std::chrono::milliseconds serverMayWait{0};
};

class HttpsClient
{
public:
    explicit HttpsClient(HttpsClientConfig config);
    ~HttpsClient();
    HttpsClient(const HttpsClient &) = delete;
    HttpsClient &operator=(const HttpsClient &) = delete;
    HttpsClient(HttpsClient &&) noexcept;
    HttpsClient &operator=(HttpsClient &&) noexcept;

    // Sends one request and waits for its answer. `path` starts with '/' and
    // may carry a query. Any HTTP status other than 3xx is a response (4xx and
    // 5xx included: their JSON error body is the caller's to read); a 3xx is
    // `redirect_refused`. `headers` are "Name: value" lines; a body is sent as
    // is (set Content-Type in `headers`).
    [[nodiscard]] HttpsResult request(std::string_view method, std::string_view path,
                                      std::string_view body = {},
                                      const std::vector<std::string> &headers = {},
                                      const HttpsRequestOptions &options = {});

    [[nodiscard]] const HttpsClientConfig &config() const { return m_config; }

    // TCP connections this client has opened so far (1 while it keeps reusing one).
    [[nodiscard]] std::int64_t connectionsOpened() const;

private:
    struct State;
    HttpsClientConfig m_config;
    std::unique_ptr<State> m_state;
};

// "sha256//a;sha256//b" as CURLOPT_PINNEDPUBLICKEY takes it; exposed for tests.
[[nodiscard]] std::string curlPinList(const std::vector<std::string> &pinsSha256);

} // namespace retailos::sync
