// HttpServer on Boost.Beast + Asio with TLS through OpenSSL (decision 0006).
// The only translation unit that includes Boost.
//
// One io_context, run by config.ioThreads threads. Every connection lives on
// its own strand and goes through: [TLS handshake] → idle (waiting for a
// request's first byte, idleTimeout) → headers (headerTimeout from the first
// byte) → body (requestTimeout from the first byte) → handler → write
// (writeTimeout) → idle again or close. While the handler holds the responder
// no operation is pending, so no deadline runs and no thread waits.
// Deadlines are absolute (tcp_stream::expires_at), so trickling bytes never
// extend them (slowloris).

#include "sync/server/http/gzip_codec.h"
#include "sync/server/http/header_safety.h"
#include "sync/server/http/http_server.h"
#include "sync/server/http/request_id.h"

#include "core/logging/log.h"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace retailos::server::http {
namespace {

using namespace Qt::StringLiterals;

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace ssl = boost::asio::ssl;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using ErrorCode = boost::system::error_code;

constexpr auto kLog = u"http";
// Connections beyond maxConnections that are still being answered 503; past
// this many more, a new connection is closed without an answer.
constexpr std::size_t kMaxOverloadSessions = 256;
// After an error answer the rest of the request is read and dropped for at
// most this long, so the client sees the answer instead of a TCP reset.
constexpr auto kLingerTime = std::chrono::milliseconds{1000};

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    }
    return out;
}

// For the access log: client text without control characters, bounded.
QString printable(std::string_view text)
{
    std::string out;
    const std::size_t n = std::min<std::size_t>(text.size(), 256);
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        out += (u >= 0x21 && u < 0x7f) ? text[i] : '?';
    }
    if (text.size() > n)
        out += "...";
    return QString::fromLatin1(out);
}

bool containsToken(std::string_view headerValue, std::string_view token)
{
    // "gzip", "deflate, gzip;q=1.0", "GZIP" — q=0 is treated as absent.
    const std::string lower = lowerAscii(headerValue);
    std::size_t start = 0;
    while (start <= lower.size()) {
        std::size_t end = lower.find(',', start);
        if (end == std::string::npos)
            end = lower.size();
        std::string_view item(lower.data() + start, end - start);
        const std::size_t semi = item.find(';');
        std::string_view name = item.substr(0, semi);
        while (!name.empty() && (name.front() == ' ' || name.front() == '\t'))
            name.remove_prefix(1);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t'))
            name.remove_suffix(1);
        if (name == token) {
            const bool refused = semi != std::string_view::npos
                && item.substr(semi).find("q=0") != std::string_view::npos
                && item.substr(semi).find_first_of("123456789") == std::string_view::npos;
            return !refused;
        }
        start = end + 1;
    }
    return false;
}

std::string readableFileError(const std::string &path, const char *what)
{
    if (path.empty())
        return std::string("no TLS ") + what + " file configured (R-3.1: the server does not start without it)";
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        const int err = errno;
        return std::string("cannot read TLS ") + what + " file '" + path + "': " + std::strerror(err);
    }
    return {};
}

class ConnectionBase;

// Everything shared by the listeners, the connections and the responders.
// Responders keep it alive (they may outlive the HttpServer object), so the
// io_context is declared last: it is destroyed first, while the members its
// queued handlers touch on destruction still exist.
struct Core
{
    HttpServerConfig config;
    HttpHandler handler;
    std::atomic<bool> stopping{false};
    std::atomic<std::size_t> connections{0};
    std::atomic<std::size_t> overloadSessions{0};

    std::mutex registryMutex;
    std::condition_variable registryChanged;
    std::unordered_map<ConnectionBase *, std::weak_ptr<ConnectionBase>> registry;

    std::optional<ssl::context> tls;
    asio::io_context io;

    void add(ConnectionBase *c, std::weak_ptr<ConnectionBase> weak)
    {
        std::lock_guard lock(registryMutex);
        registry.emplace(c, std::move(weak));
    }
    void remove(ConnectionBase *c)
    {
        {
            std::lock_guard lock(registryMutex);
            registry.erase(c);
        }
        registryChanged.notify_all();
    }
    std::vector<std::shared_ptr<ConnectionBase>> liveConnections()
    {
        std::lock_guard lock(registryMutex);
        std::vector<std::shared_ptr<ConnectionBase>> out;
        out.reserve(registry.size());
        for (auto &[raw, weak] : registry) {
            if (auto strong = weak.lock())
                out.push_back(std::move(strong));
        }
        return out;
    }
};

class ConnectionBase
{
public:
    virtual ~ConnectionBase() = default;
    // Both post to the connection's strand; callable from any thread.
    virtual void deliver(HttpResponse response) = 0;
    virtual void deliverUnanswered() = 0; // the handler dropped its responder
    virtual void postStop(bool force) = 0;
};

class Responder final : public HttpResponder
{
public:
    Responder(std::shared_ptr<Core> core, std::shared_ptr<ConnectionBase> connection)
        : m_core(std::move(core)), m_connection(std::move(connection))
    {}
    ~Responder() override
    {
        if (!m_sent.exchange(true))
            m_connection->deliverUnanswered();
    }
    void send(HttpResponse response) override
    {
        if (m_sent.exchange(true)) {
            log::warn(kLog, QStringLiteral("a handler answered one request twice; the second answer is dropped"));
            return;
        }
        m_connection->deliver(std::move(response));
    }

private:
    std::shared_ptr<Core> m_core; // keeps the io_context alive for deliver()
    std::shared_ptr<ConnectionBase> m_connection;
    std::atomic<bool> m_sent{false};
};

// Counts an open socket against maxConnections (or the overload sessions)
// until it is closed; stop() waits on the count.
class Slot
{
public:
    Slot(Core &core, std::atomic<std::size_t> &counter) : m_core(core), m_counter(counter)
    {
        m_counter.fetch_add(1);
    }
    ~Slot()
    {
        m_counter.fetch_sub(1);
        { std::lock_guard lock(m_core.registryMutex); }
        m_core.registryChanged.notify_all();
    }
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;

private:
    Core &m_core;
    std::atomic<std::size_t> &m_counter;
};

// A request body kept as it arrives, or inflated as it arrives when it came
// with Content-Encoding: gzip: a bomb is refused with 413 while it is
// being read, and the decoded body never grows past its limit.
struct RequestBody
{
    struct value_type
    {
        std::string data;
        bool gzip = false;              // both set after the header is read,
        std::size_t decodedLimit = 0;   // before the first body byte
    };

    class reader
    {
    public:
        template<bool isRequest, class Fields>
        reader(bhttp::header<isRequest, Fields> &, value_type &body) : m_body(body)
        {}

        void init(const boost::optional<std::uint64_t> &length, ErrorCode &ec)
        {
            ec = {};
            if (m_body.gzip)
                m_inflater.emplace(m_body.decodedLimit);
            else if (length) // already checked against the body limit
                m_body.data.reserve(static_cast<std::size_t>(*length));
        }

        template<class ConstBufferSequence>
        std::size_t put(const ConstBufferSequence &buffers, ErrorCode &ec)
        {
            ec = {};
            std::size_t used = 0;
            for (auto it = asio::buffer_sequence_begin(buffers); it != asio::buffer_sequence_end(buffers); ++it) {
                const asio::const_buffer buffer = *it;
                const std::string_view piece(static_cast<const char *>(buffer.data()), buffer.size());
                if (!m_inflater) {
                    m_body.data.append(piece);
                } else if (const auto status = m_inflater->feed(piece, m_body.data); status != InflateStatus::Ok) {
                    ec = status == InflateStatus::TooLarge ? ErrorCode(bhttp::error::body_limit) : corruptGzip();
                    return used;
                }
                used += buffer.size();
            }
            return used;
        }

        void finish(ErrorCode &ec)
        {
            ec = {};
            if (m_inflater && m_inflater->finish() != InflateStatus::Ok)
                ec = corruptGzip();
        }

    private:
        value_type &m_body;
        std::optional<GzipInflater> m_inflater;
    };

    static ErrorCode corruptGzip() { return make_error_code(boost::system::errc::illegal_byte_sequence); }
};

using TlsStream = beast::ssl_stream<beast::tcp_stream>;
using PlainStream = beast::tcp_stream;
using Parser = bhttp::request_parser<RequestBody>;
using Response = bhttp::response<bhttp::string_body>;

template<class Stream>
class Connection final : public ConnectionBase,
                         public std::enable_shared_from_this<Connection<Stream>>
{
    static constexpr bool kTls = std::is_same_v<Stream, TlsStream>;

public:
    Connection(Core &core, std::weak_ptr<Core> weakCore, tcp::socket socket, bool overloaded)
        : m_core(core)
        , m_weakCore(std::move(weakCore))
        , m_stream(makeStream(core, std::move(socket)))
        , m_slot(std::in_place, core, overloaded ? core.overloadSessions : core.connections)
        , m_overloaded(overloaded)
    {
        ErrorCode ec;
        const auto endpoint = lowest().socket().remote_endpoint(ec);
        m_peer = ec ? std::string("?") : endpoint.address().to_string();
        lowest().socket().set_option(tcp::no_delay(true), ec);
    }

    ~Connection() override { m_core.remove(this); }

    // Called on the acceptor's strand; everything else runs on the connection's own.
    void start()
    {
        m_core.add(this, this->weak_from_this());
        asio::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] { self->run(); });
    }

    void run()
    {
        if (m_core.stopping)
            return closeNow(); // accepted while stopping
        if constexpr (kTls) {
            lowest().expires_after(m_core.config.headerTimeout);
            m_stream.async_handshake(ssl::stream_base::server,
                                     [self = this->shared_from_this()](ErrorCode ec) {
                                         if (ec)
                                             return self->closeNow();
                                         self->waitForRequest();
                                     });
        } else {
            waitForRequest();
        }
    }

    void deliver(HttpResponse response) override
    {
        asio::post(m_stream.get_executor(),
                   [self = this->shared_from_this(), response = std::move(response)]() mutable {
                       self->onHandlerAnswer(std::move(response));
                   });
    }

    void deliverUnanswered() override
    {
        asio::post(m_stream.get_executor(), [self = this->shared_from_this()] {
            if (self->m_state != State::Handler)
                return;
            log::error(kLog, QStringLiteral("request %1 %2 was never answered by its handler")
                                 .arg(QString::fromStdString(self->m_meta.requestId), printable(self->m_meta.path)));
            self->answerError(500, "internal", "Internal server error.", /*close=*/false);
        });
    }

    void postStop(bool force) override
    {
        asio::post(m_stream.get_executor(), [self = this->shared_from_this(), force] {
            if (force || self->m_state == State::Idle)
                self->closeNow();
        });
    }

private:
    enum class State { Handshake, Idle, Reading, Handler, Writing, Closed };

    static Stream makeStream(Core &core, tcp::socket socket)
    {
        if constexpr (kTls)
            return Stream(beast::tcp_stream(std::move(socket)), *core.tls);
        else
            return Stream(std::move(socket));
    }

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    // ---- reading ----------------------------------------------------------

    void waitForRequest()
    {
        m_state = State::Idle;
        if (m_core.stopping)
            return closeNow();
        if (m_buffer.size() > 0) // pipelined: the next request has begun already
            return beginRequest();
        if (m_buffer.capacity() > 16 * 1024)
            m_buffer.shrink_to_fit(); // parked and idle connections stay small

        lowest().expires_after(m_core.config.idleTimeout);
        m_stream.async_read_some(m_buffer.prepare(1024),
                                 [self = this->shared_from_this()](ErrorCode ec, std::size_t n) {
                                     if (ec)
                                         return self->closeNow();
                                     self->m_buffer.commit(n);
                                     self->beginRequest();
                                 });
    }

    void beginRequest()
    {
        m_state = State::Reading;
        m_firstByte = Clock::now();
        m_requestDeadline = m_firstByte + m_core.config.requestTimeout;
        m_meta = HttpRequest{};
        m_meta.peer = m_peer;
        m_meta.secure = kTls;
        m_meta.requestId = makeRequestId();
        m_acceptsGzip = false;
        m_keepAlive = false;

        m_parser.emplace();
        m_parser->header_limit(static_cast<std::uint32_t>(
            std::min<std::size_t>(m_core.config.headerLimit, UINT32_MAX)));
        m_parser->body_limit(std::max(m_core.config.bodyLimit, m_core.config.adminBodyLimit));
        lowest().expires_at(std::min(m_firstByte + m_core.config.headerTimeout, m_requestDeadline));
        bhttp::async_read_header(m_stream, m_buffer, *m_parser,
                                 [self = this->shared_from_this()](ErrorCode ec, std::size_t) {
                                     self->onHeader(ec);
                                 });
    }

    void onHeader(ErrorCode ec)
    {
        if (ec == bhttp::error::header_limit)
            return answerError(431, "headers_too_large", "The request line and headers are too large.");
        if (ec == bhttp::error::body_limit) // Content-Length beyond every limit
            return answerError(413, "body_too_large", "The request body is too large.");
        if (ec) {
            if (isParseError(ec))
                return answerError(400, "bad_request", "The request is not valid HTTP/1.1.");
            logDropped(ec, "reading the request headers");
            return closeNow();
        }
        auto &header = m_parser->get();
        fillMeta(header);
        m_keepAlive = header.keep_alive();

        if (m_overloaded)
            return answerError(503, "overloaded", "The server has too many open connections.");

        const std::size_t limit = m_meta.path.starts_with(m_core.config.adminPathPrefix)
            ? m_core.config.adminBodyLimit
            : m_core.config.bodyLimit;
        if (const auto length = m_parser->content_length(); length && *length > limit)
            return answerError(413, "body_too_large", "The request body is too large.");
        m_parser->body_limit(limit); // the encoded size

        if (const std::string *encoding = m_meta.headers.find("Content-Encoding")) {
            const std::string lower = lowerAscii(*encoding);
            if (lower != "gzip" && lower != "identity")
                return answerError(415, "unsupported_media_type",
                                   "Only gzip is accepted as Content-Encoding.");
            m_parser->get().body().gzip = lower == "gzip";
            m_parser->get().body().decodedLimit = limit; // the decoded size
        }

        if (m_parser->is_done())
            return onBody({});

        lowest().expires_at(m_requestDeadline);
        const auto expect = header.find(bhttp::field::expect);
        if (expect != header.end() && lowerAscii(expect->value()) == "100-continue") {
            // curl waits for this before sending a large body.
            auto cont = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
            bhttp::async_write(m_stream, *cont,
                               [self = this->shared_from_this(), cont](ErrorCode werr, std::size_t) {
                                   if (werr)
                                       return self->closeNow();
                                   self->readBody();
                               });
            return;
        }
        readBody();
    }

    void readBody()
    {
        bhttp::async_read(m_stream, m_buffer, *m_parser,
                          [self = this->shared_from_this()](ErrorCode ec, std::size_t) {
                              self->onBody(ec);
                          });
    }

    void onBody(ErrorCode ec)
    {
        if (ec == bhttp::error::body_limit)
            return answerError(413, "body_too_large", "The request body is too large.");
        if (ec == RequestBody::corruptGzip())
            return answerError(400, "bad_request", "The gzip request body is corrupt.");
        if (ec) {
            if (isParseError(ec))
                return answerError(400, "bad_request", "The request is not valid HTTP/1.1.");
            logDropped(ec, "reading the request body");
            return closeNow();
        }
        lowest().expires_never(); // waiting for the handler has no deadline here

        HttpRequest request;
        request.method = m_meta.method;
        request.path = m_meta.path;
        request.query = m_meta.query;
        request.peer = m_meta.peer;
        request.requestId = m_meta.requestId;
        request.secure = m_meta.secure;
        // The headers go to the handler; the onResponse hook keeps a copy only if there is one.
        if (m_core.config.onResponse)
            request.headers = m_meta.headers;
        else
            request.headers = std::move(m_meta.headers);
        request.body = std::move(m_parser->get().body().data); // already inflated
        m_parser.reset();
        if (!kTls) {
            const auto &allowed = m_core.config.plainPaths;
            if (std::ranges::find(allowed, request.path) == allowed.end())
                return answerError(404, "not_found", "Only the health and metrics paths are served here.",
                                   /*close=*/false);
        }
        dispatch(std::move(request));
    }

    void dispatch(HttpRequest request)
    {
        m_state = State::Handler;
        auto core = m_weakCore.lock();
        if (!core || !m_core.handler)
            return answerError(503, "unavailable", "The server is shutting down.");
        auto responder = std::make_shared<Responder>(core, this->shared_from_this());
        try {
            m_core.handler(std::move(request), std::move(responder));
        } catch (const std::exception &e) {
            log::error(kLog, QStringLiteral("handler threw for request %1: %2")
                                 .arg(QString::fromStdString(m_meta.requestId), QString::fromUtf8(e.what())));
        } catch (...) {
            log::error(kLog, QStringLiteral("handler threw for request %1")
                                 .arg(QString::fromStdString(m_meta.requestId)));
        }
        // A responder the handler dropped answers 500 through deliver().
    }

    void fillMeta(const Parser::value_type &header)
    {
        m_meta.method = std::string(header.method_string());
        const std::string_view target = header.target();
        const std::size_t question = target.find('?');
        m_meta.path = std::string(target.substr(0, question));
        m_meta.query = question == std::string_view::npos ? std::string()
                                                          : std::string(target.substr(question + 1));
        m_meta.headers.fields.clear();
        m_meta.headers.fields.reserve(16);
        for (const auto &field : header)
            m_meta.headers.fields.emplace_back(std::string(field.name_string()), std::string(field.value()));
        if (const std::string *accept = m_meta.headers.find("Accept-Encoding"))
            m_acceptsGzip = containsToken(*accept, "gzip");
    }

    static bool isParseError(ErrorCode ec) { return ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()
                                                    && ec != bhttp::error::end_of_stream
                                                    && ec != bhttp::error::partial_message; }

    void logDropped(ErrorCode ec, const char *during)
    {
        if (ec == beast::error::timeout)
            log::info(kLog, QStringLiteral("connection from %1 cut: deadline passed while %2 (R-3.5)")
                                .arg(QString::fromStdString(m_peer), QString::fromLatin1(during)));
    }

    // ---- writing ----------------------------------------------------------

    void onHandlerAnswer(HttpResponse answer)
    {
        if (m_state != State::Handler)
            return; // closed meanwhile (stop, or a write already failed)
        if (answer.status < 200 || answer.status > 599) {
            log::error(kLog, QStringLiteral("handler answered status %1; sent as 500").arg(answer.status));
            return answerError(500, "internal", "Internal server error.", /*close=*/false);
        }
        auto response = std::make_shared<Response>();
        response->version(11);
        response->result(static_cast<unsigned>(answer.status));
        for (auto &[name, value] : answer.headers.fields) {
            if (!isSafeHeaderName(name) || !isSafeHeaderValue(value)) {
                log::error(kLog, QStringLiteral("handler header %1 dropped: not a safe header line")
                                     .arg(printable(name)));
                continue;
            }
            const std::string lower = lowerAscii(name);
            if (lower == "content-length" || lower == "transfer-encoding" || lower == "connection"
                || lower == "retailos-request-id")
                continue; // the HTTP layer owns these
            response->insert(name, value);
        }
        response->body() = std::move(answer.body);
        write(std::move(response), /*close=*/false);
    }

    void answerError(int status, std::string_view code, std::string_view message, bool close = true)
    {
        auto response = std::make_shared<Response>();
        response->version(11);
        response->result(static_cast<unsigned>(status));
        if (status == 503)
            response->set(bhttp::field::retry_after, "1");
        response->body() = m_core.config.errorBody(status, code, message, m_meta.requestId);
        write(std::move(response), close);
    }

    void write(std::shared_ptr<Response> response, bool close)
    {
        m_state = State::Writing;
        m_parser.reset();
        const bool keepAlive = m_keepAlive && !close && !m_core.stopping && !m_overloaded;

        if (response->find(bhttp::field::content_type) == response->end())
            response->set(bhttp::field::content_type, "application/json");
        response->set("Retailos-Request-Id", m_meta.requestId);
        if (m_acceptsGzip && response->body().size() > m_core.config.gzipResponseMinBytes
            && response->find(bhttp::field::content_encoding) == response->end()) {
            std::string packed = gzip(response->body());
            if (!packed.empty()) {
                response->body() = std::move(packed);
                response->set(bhttp::field::content_encoding, "gzip");
                response->set(bhttp::field::vary, "Accept-Encoding");
            }
        }
        const unsigned status = response->result_int();
        if (status == 204 || status == 304)
            response->body().clear(); // these carry no body (Beast would throw)
        response->keep_alive(keepAlive);
        response->prepare_payload();
        if (m_meta.method == "HEAD") { // the length of what GET would send, no body
            const std::size_t length = response->body().size();
            response->body().clear();
            response->content_length(length);
        }

        lowest().expires_after(m_core.config.writeTimeout);
        bhttp::async_write(m_stream, *response,
                           [self = this->shared_from_this(), response, keepAlive](ErrorCode ec, std::size_t) {
                               self->onWritten(ec, *response, keepAlive);
                           });
    }

    void onWritten(ErrorCode ec, const Response &response, bool keepAlive)
    {
        const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - m_firstByte);
        const int status = static_cast<int>(response.result_int());
        if (log::enabled(log::Level::Info))
            logAccess(ec, status, response.body().size(), elapsed);
        if (m_core.config.onResponse) {
            try {
                m_core.config.onResponse(m_meta, status, elapsed);
            } catch (...) {
                log::error(kLog, QStringLiteral("onResponse hook threw"));
            }
        }
        if (ec)
            return closeNow();
        if (!keepAlive)
            return closeGracefully();
        waitForRequest();
    }

    // One structured line per request; the query (which may hold secrets) is left out.
    void logAccess(ErrorCode ec, int status, std::size_t bytes, std::chrono::microseconds elapsed)
    {
        // Built without QString::arg: a percent-encoded path holds "%2"-like text.
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.1f", static_cast<double>(elapsed.count()) / 1000.0);
        QString line = u"method="_s + printable(m_meta.method.empty() ? std::string_view("-") : m_meta.method)
            + u" path="_s + printable(m_meta.path.empty() ? std::string_view("-") : m_meta.path)
            + u" status="_s + QString::number(status) + u" bytes="_s + QString::number(bytes)
            + u" ms="_s + QLatin1StringView(ms) + u" peer="_s + QString::fromStdString(m_peer)
            + u" request_id="_s + QString::fromStdString(m_meta.requestId) + (kTls ? u" tls=1"_s : u" tls=0"_s);
        if (ec)
            line += u" write_error="_s + QString::fromStdString(ec.message());
        log::info(kLog, line);
    }

    // ---- closing ----------------------------------------------------------

    void closeNow()
    {
        m_state = State::Closed;
        ErrorCode ec;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
        lowest().close();
        m_slot.reset();
    }

    // Sends our FIN after the last answer, then drops whatever still arrives
    // (the unread rest of a refused request) for at most kLingerTime: closing
    // with unread bytes would send a reset that can swallow the answer.
    void closeGracefully()
    {
        m_state = State::Closed;
        ErrorCode ec;
        lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
        drain(Clock::now() + kLingerTime);
    }

    void drain(Clock::time_point until)
    {
        if (!lowest().socket().is_open()) {
            m_slot.reset();
            return;
        }
        lowest().expires_at(until);
        auto scratch = std::make_shared<std::array<char, 16 * 1024>>();
        lowest().async_read_some(asio::buffer(*scratch),
                                 [self = this->shared_from_this(), scratch, until](ErrorCode ec, std::size_t) {
                                     if (ec || self->m_core.stopping) {
                                         self->lowest().close();
                                         self->m_slot.reset();
                                         return;
                                     }
                                     self->drain(until);
                                 });
    }

    Core &m_core;
    std::weak_ptr<Core> m_weakCore;
    Stream m_stream;
    std::optional<Slot> m_slot; // released when the socket closes (a parked responder may outlive it)
    const bool m_overloaded;
    std::string m_peer;
    beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    State m_state = State::Handshake;
    Clock::time_point m_firstByte{};
    Clock::time_point m_requestDeadline{};
    HttpRequest m_meta;      // the request without its body: logs, errors, onResponse
    bool m_acceptsGzip = false;
    bool m_keepAlive = false;
};

class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(Core &core, std::weak_ptr<Core> weakCore, bool tls)
        : m_core(core)
        , m_weakCore(std::move(weakCore))
        , m_acceptor(asio::make_strand(core.io))
        , m_retry(m_acceptor.get_executor())
        , m_tls(tls)
    {}

    std::string open(const std::string &address, std::uint16_t port)
    {
        ErrorCode ec;
        const auto ip = asio::ip::make_address(address, ec);
        if (ec)
            return "'" + address + "' is not an IP address";
        const tcp::endpoint endpoint(ip, port);
        const std::string where = address + ":" + std::to_string(port);
        if (m_acceptor.open(endpoint.protocol(), ec); ec)
            return "cannot open a socket for " + where + ": " + ec.message();
        m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
        if (m_acceptor.bind(endpoint, ec); ec)
            return "cannot bind " + where + ": " + ec.message();
        if (m_acceptor.listen(asio::socket_base::max_listen_connections, ec); ec)
            return "cannot listen on " + where + ": " + ec.message();
        m_port = m_acceptor.local_endpoint(ec).port();
        return {};
    }

    std::uint16_t port() const { return m_port; }

    void start() { asio::post(m_acceptor.get_executor(), [self = shared_from_this()] { self->accept(); }); }

    // Closes the acceptor on its strand and waits until that happened.
    void close()
    {
        auto done = std::make_shared<std::promise<void>>();
        auto future = done->get_future();
        asio::post(m_acceptor.get_executor(), [self = shared_from_this(), done] {
            ErrorCode ec;
            self->m_acceptor.close(ec);
            self->m_retry.cancel();
            done->set_value();
        });
        future.wait_for(std::chrono::seconds(5));
    }

private:
    void accept()
    {
        m_acceptor.async_accept(asio::make_strand(m_core.io),
                                [self = shared_from_this()](ErrorCode ec, tcp::socket socket) {
                                    self->onAccept(ec, std::move(socket));
                                });
    }

    void onAccept(ErrorCode ec, tcp::socket socket)
    {
        if (ec == asio::error::operation_aborted || !m_acceptor.is_open() || m_core.stopping)
            return;
        if (ec) {
            // EMFILE and friends: pause instead of spinning on the error.
            log::warn(kLog, QStringLiteral("accept failed: %1").arg(QString::fromStdString(ec.message())));
            m_retry.expires_after(std::chrono::milliseconds(100));
            m_retry.async_wait([self = shared_from_this()](ErrorCode waitEc) {
                if (!waitEc)
                    self->accept();
            });
            return;
        }
        bool overloaded = false;
        if (m_core.connections.load() >= m_core.config.maxConnections) {
            if (m_core.overloadSessions.load() >= kMaxOverloadSessions) {
                ErrorCode ignored;
                socket.close(ignored);
                return accept();
            }
            overloaded = true;
        }
        if (m_tls)
            std::make_shared<Connection<TlsStream>>(m_core, m_weakCore, std::move(socket), overloaded)->start();
        else
            std::make_shared<Connection<PlainStream>>(m_core, m_weakCore, std::move(socket), overloaded)->start();
        accept();
    }

    Core &m_core;
    std::weak_ptr<Core> m_weakCore;
    tcp::acceptor m_acceptor;
    asio::steady_timer m_retry;
    const bool m_tls;
    std::uint16_t m_port = 0;
};

class BeastHttpServer final : public HttpServer
{
public:
    explicit BeastHttpServer(std::shared_ptr<Core> core) : m_core(std::move(core)) {}
    ~BeastHttpServer() override { stop(std::chrono::milliseconds{0}); }

    std::string start()
    {
        auto &config = m_core->config;
        if (!config.errorBody)
            return "HttpServerConfig::errorBody is not set";
        if (!m_core->handler)
            return "no request handler";

        if (auto error = readableFileError(config.certificateChainFile, "certificate chain"); !error.empty())
            return error;
        if (auto error = readableFileError(config.privateKeyFile, "private key"); !error.empty())
            return error;
        if (auto error = makeTlsContext(); !error.empty())
            return error;

        if (!config.plainAddress.empty()) {
            ErrorCode ec;
            const auto ip = asio::ip::make_address(config.plainAddress, ec);
            if (ec)
                return "plain listener address '" + config.plainAddress + "' is not an IP address";
            if (!ip.is_loopback())
                return "the plain HTTP listener may bind only to a loopback address (R-3.9), not '"
                    + config.plainAddress + "'";
        }

        m_tlsListener = std::make_shared<Listener>(*m_core, m_core, true);
        if (auto error = m_tlsListener->open(config.address, config.port); !error.empty())
            return "TLS listener: " + error;
        if (!config.plainAddress.empty()) {
            m_plainListener = std::make_shared<Listener>(*m_core, m_core, false);
            if (auto error = m_plainListener->open(config.plainAddress, config.plainPort); !error.empty())
                return "plain listener: " + error;
        }

        m_work.emplace(asio::make_work_guard(m_core->io));
        m_tlsListener->start();
        if (m_plainListener)
            m_plainListener->start();
        const int threads = std::max(1, config.ioThreads);
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([core = m_core.get()] { runIo(*core); });
        log::info(kLog, QStringLiteral("listening on %1:%2 (TLS)%3")
                            .arg(QString::fromStdString(config.address))
                            .arg(m_tlsListener->port())
                            .arg(m_plainListener ? QStringLiteral(" and %1:%2 (plain, health and metrics only)")
                                                       .arg(QString::fromStdString(config.plainAddress))
                                                       .arg(m_plainListener->port())
                                                 : QString()));
        return {};
    }

    std::uint16_t port() const override { return m_tlsListener ? m_tlsListener->port() : 0; }
    std::uint16_t plainPort() const override { return m_plainListener ? m_plainListener->port() : 0; }
    std::size_t openConnections() const override { return m_core->connections.load(); }

    void stop(std::chrono::milliseconds grace) override
    {
        if (m_core->io.get_executor().running_in_this_thread()) {
            log::error(kLog, QStringLiteral("stop() called on an I/O thread; ignored (it would join itself)"));
            return;
        }
        std::lock_guard stopLock(m_stopMutex);
        if (m_stopped)
            return;
        m_stopped = true;
        m_core->stopping = true;
        if (m_threads.empty()) { // never started
            return;
        }
        if (m_tlsListener)
            m_tlsListener->close();
        if (m_plainListener)
            m_plainListener->close();

        // Idle keep-alive connections close now; requests in flight get `grace`.
        for (auto &connection : m_core->liveConnections())
            connection->postStop(false);
        {
            std::unique_lock lock(m_core->registryMutex);
            m_core->registryChanged.wait_for(lock, grace, [&] {
                return m_core->connections.load() == 0 && m_core->overloadSessions.load() == 0;
            });
        }
        for (auto &connection : m_core->liveConnections())
            connection->postStop(true);

        m_work.reset();
        const auto giveUp = Clock::now() + std::chrono::seconds(2);
        while (!m_core->io.stopped() && Clock::now() < giveUp)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        m_core->io.stop();
        for (auto &thread : m_threads)
            thread.join();
        m_threads.clear();
        // Break cycles: a handler may capture objects that hold responders
        // (which keep Core alive); nothing calls these any more.
        m_core->handler = nullptr;
        m_core->config.onResponse = nullptr;
        m_core->config.errorBody = nullptr;
        log::info(kLog, QStringLiteral("stopped"));
    }

private:
    static void runIo(Core &core)
    {
        for (;;) {
            try {
                core.io.run();
                return;
            } catch (const std::exception &e) {
                log::error(kLog, QStringLiteral("I/O thread caught: %1").arg(QString::fromUtf8(e.what())));
            }
        }
    }

    std::string makeTlsContext()
    {
        auto &config = m_core->config;
        m_core->tls.emplace(ssl::context::tls_server);
        auto &context = *m_core->tls;
        context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2
                            | ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1
                            | ssl::context::single_dh_use);
        SSL_CTX *native = context.native_handle();
        SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION);
        SSL_CTX_set_options(native, SSL_OP_NO_RENEGOTIATION | SSL_OP_CIPHER_SERVER_PREFERENCE);
        SSL_CTX_set_mode(native, SSL_MODE_RELEASE_BUFFERS); // idle long-polls hold no TLS buffers

        ErrorCode ec;
        context.use_certificate_chain_file(config.certificateChainFile, ec);
        if (ec)
            return "TLS certificate chain file '" + config.certificateChainFile
                + "' holds no usable PEM certificate: " + ec.message();
        context.use_private_key_file(config.privateKeyFile, ssl::context::pem, ec);
        if (ec && !isPemPrivateKey(config.privateKeyFile))
            return "TLS private key file '" + config.privateKeyFile + "' holds no usable PEM private key: "
                + ec.message();
        if (ec || SSL_CTX_check_private_key(native) != 1)
            return "TLS private key file '" + config.privateKeyFile
                + "' does not belong to the certificate in '" + config.certificateChainFile + "'";
        return {};
    }

    static bool isPemPrivateKey(const std::string &path)
    {
        BIO *bio = BIO_new_file(path.c_str(), "r");
        if (!bio)
            return false;
        EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        ERR_clear_error();
        EVP_PKEY_free(key);
        return key != nullptr;
    }

    std::shared_ptr<Core> m_core;
    std::shared_ptr<Listener> m_tlsListener;
    std::shared_ptr<Listener> m_plainListener;
    std::optional<asio::executor_work_guard<asio::io_context::executor_type>> m_work;
    std::vector<std::thread> m_threads;
    std::mutex m_stopMutex;
    bool m_stopped = false;
};

} // namespace

std::unique_ptr<HttpServer> HttpServer::start(const HttpServerConfig &config, HttpHandler handler,
                                              std::string *error)
{
    auto core = std::make_shared<Core>();
    core->config = config;
    core->handler = std::move(handler);
    auto server = std::make_unique<BeastHttpServer>(core);
    core.reset();
    if (std::string message = server->start(); !message.empty()) {
        log::error(kLog, QStringLiteral("not started: %1").arg(QString::fromStdString(message)));
        if (error)
            *error = std::move(message);
        return nullptr;
    }
    return server;
}

} // namespace retailos::server::http
