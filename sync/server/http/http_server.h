// The only HTTP types the rest of retailos-server sees (decision 0006). Boost.Beast
// and Asio live behind this header, in beast_http_server.cpp alone.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace retailos::server::http {

// Header names as received (case-insensitive lookup through find()).
struct HttpHeaders
{
    std::vector<std::pair<std::string, std::string>> fields;

    // The first value of `name` (ASCII case-insensitive), or nullptr.
    const std::string *find(std::string_view name) const;
    void set(std::string name, std::string value);
};

struct HttpRequest
{
    std::string method;    // "GET", "POST", …
    std::string path;      // percent-encoded as received, without the query
    std::string query;     // after '?', without it; empty when none
    std::string peer;      // remote address, e.g. "127.0.0.1"
    std::string requestId; // a uuid made by the server for this request (access log, error bodies)
    bool secure = false;   // arrived on the TLS listener (false: the loopback plain listener)
    HttpHeaders headers;
    std::string body;      // already inflated when it came with Content-Encoding: gzip
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;   // Content-Type defaults to application/json when absent
    std::string body;
};

// Answers one request, exactly once, from any thread. A responder destroyed
// without send() answers 500 `internal`.
class HttpResponder
{
public:
    virtual ~HttpResponder() = default;
    virtual void send(HttpResponse response) = 0;
};

using HttpHandler = std::function<void(HttpRequest, std::shared_ptr<HttpResponder>)>;

// Builds the protocol's JSON error body for errors the HTTP layer
// produces itself before routing (413, 431, 503 overloaded, 400 malformed).
using HttpErrorBody = std::function<std::string(int status, std::string_view code,
                                                std::string_view message,
                                                std::string_view requestId)>;

struct HttpServerConfig
{
    // TLS listener: refused to start without certificate and key.
    std::string address = "127.0.0.1";
    std::uint16_t port = 0;              // 0: any free port (tests)
    std::string certificateChainFile;    // PEM
    std::string privateKeyFile;          // PEM
    // Optional plain listener for /healthz and /metrics; loopback only.
    std::string plainAddress;            // empty: none
    std::uint16_t plainPort = 0;
    // The only paths the plain listener passes to the handler; others get 404
    // not_found from the HTTP layer.
    std::vector<std::string> plainPaths{"/healthz", "/metrics"};

    std::size_t headerLimit = 8 * 1024;                 // → 431 headers_too_large
    std::size_t bodyLimit = 4 * 1024 * 1024;            // decoded; → 413 body_too_large
    std::size_t adminBodyLimit = 16 * 1024 * 1024;      // for paths under adminPathPrefix
    std::string adminPathPrefix = "/v1/admin/";
    std::chrono::milliseconds headerTimeout{10'000};    // from a request's first byte
    std::chrono::milliseconds requestTimeout{120'000};  // whole request, from its first byte
    std::chrono::milliseconds idleTimeout{30'000};      // keep-alive with nothing sent
    std::chrono::milliseconds writeTimeout{60'000};
    std::size_t maxConnections = 10'000;                // beyond: 503 overloaded, closed
    int ioThreads = 2;

    HttpErrorBody errorBody;             // required

    // Called on an I/O thread after each response is written (also for the
    // errors the HTTP layer answers itself), with the request's metadata
    // (empty body) and the time from its first byte. Must not block. Optional.
    std::function<void(const HttpRequest &, int status, std::chrono::microseconds)> onResponse;
    // Responses with a body above this size are gzip-compressed when the
    // request says Accept-Encoding: gzip.
    std::size_t gzipResponseMinBytes = 1024;
};

class HttpServer
{
public:
    // Binds, loads the TLS files and starts the I/O threads; `error` says why not.
    static std::unique_ptr<HttpServer> start(const HttpServerConfig &config, HttpHandler handler,
                                             std::string *error);
    virtual ~HttpServer() = default;

    virtual std::uint16_t port() const = 0;       // TLS listener's bound port
    virtual std::uint16_t plainPort() const = 0;  // 0 when none
    virtual std::size_t openConnections() const = 0;
    // Stops accepting, lets requests in flight finish for up to `grace`, then
    // closes every connection and joins the I/O threads. Idempotent. Call it
    // from outside the handler (never on an I/O thread). A responder kept
    // past stop() may still be sent to; its answer is dropped.
    virtual void stop(std::chrono::milliseconds grace = std::chrono::milliseconds{5000}) = 0;
};

} // namespace retailos::server::http
