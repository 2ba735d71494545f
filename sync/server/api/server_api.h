// retailos-server's API (docs/sync-protocol.md §6, §11): routes each request,
// authenticates it from its credential only, runs its database work on
// the work pool, and answers with the protocol's JSON.
#pragma once

#include "sync/server/http/http_server.h"
#include "sync/server/store/event_ingest.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace retailos::server::sql { class Database; }

namespace retailos::server::api {

struct ServerApiConfig
{
    int dbThreads = 4;
    std::size_t queueLimit = 2000;                  // beyond: 503 overloaded
    std::chrono::milliseconds contactFlushInterval{2000};
    // the change log keeps at least this many changes and this long, per scope.
    std::chrono::milliseconds pruneInterval{3'600'000};
    std::int64_t keepChanges = 100'000;
    std::int64_t keepMs = 35LL * 24 * 3600 * 1000;
    int enrolFailuresPerWindow = 10;
    std::chrono::minutes enrolFailureWindow{15};
    store::KnownTypePredicate isKnownEventType;     // required
    store::KnownTypePredicate isWellFormedEventType; // required
    store::EventApplier applyEvent;                 // required
    std::string softwareVersion = "retailos-server/0.1.0";
};

class ServerMetrics;

// The configuration retailos-server runs with: protocol v1's event types and
// their effects (sync/protocol/events, sync/server/store/event_effects.h).
ServerApiConfig protocolV1Config();

class ServerApi
{
public:
    ServerApi(sql::Database &database, ServerApiConfig config);
    ~ServerApi();
    ServerApi(const ServerApi &) = delete;
    ServerApi &operator=(const ServerApi &) = delete;

    void handle(http::HttpRequest request, std::shared_ptr<http::HttpResponder> responder);
    // Points the HTTP layer's error bodies and response hook at this API and
    // returns the handler to start it with.
    http::HttpHandler serveOn(http::HttpServerConfig &config);
    // Called by the HTTP layer after each response (latency metrics).
    void observe(const http::HttpRequest &request, int status, std::chrono::microseconds elapsed);

    // Stops long-polls (answered with what they have), flushes lane contacts,
    // finishes queued work.
    void stop();

    // The protocol's error body, also for errors of the HTTP layer.
    static std::string errorBody(int status, std::string_view code, std::string_view message,
                                 std::string_view requestId, std::string_view detailsJson = "{}");

    ServerMetrics &metrics();

    struct Impl;   // api_impl.h

private:
    std::unique_ptr<Impl> d;
};

} // namespace retailos::server::api
