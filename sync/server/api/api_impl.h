// Internals shared by the API's source files (not for other modules).
#pragma once

#include "sync/protocol/json.h"
#include "sync/server/api/lane_contacts.h"
#include "sync/server/api/long_polls.h"
#include "sync/server/api/pull_cache.h"
#include "sync/server/api/server_api.h"
#include "sync/server/api/server_metrics.h"
#include "sync/server/api/work_pool.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/store_error.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <thread>

namespace retailos::server::api {

struct Reply
{
    int status = 200;
    std::string body;          // success: the complete body
    std::string contentType = "application/json";
    std::string retryAfter;    // seconds, for 429/503
    // Errors: the body is made when sent, with the request's id.
    std::string errorCode, errorMessage, errorDetails = "{}";
};

// An answer in progress: the object so far; finish() adds server_time.
Reply ok(sync::json::Writer &w, int status = 200);
Reply failure(const store::StoreError &e);
Reply failure(int status, std::string code, std::string message, std::string detailsJson = "{}");
Reply badRequest(const sync::json::FieldError &e);

// Thrown inside a transaction to roll it back with this answer (R-5.2: a refused
// request changes nothing).
struct Refusal
{
    Reply reply;
};

struct Call
{
    http::HttpRequest request;
    std::shared_ptr<http::HttpResponder> responder;
    std::string route;
};

struct ServerApi::Impl
{
    Impl(sql::Database &db, ServerApiConfig cfg);

    sql::Database &db;
    ServerApiConfig cfg;
    ServerMetrics metrics;
    LaneContacts contacts;
    LongPolls polls;
    PullCache pullCache;
    WorkPool pool;

    std::mutex enrolMutex;
    std::map<std::string, std::deque<std::chrono::steady_clock::time_point>> enrolFailures;

    std::mutex backgroundMutex;
    std::condition_variable backgroundWake;
    bool stopping = false;
    std::thread background;
    // PostgreSQL: commits of other server processes wake our long-polls.
    std::unique_ptr<sql::Subscription> changeSubscription;

    void send(Call &call, Reply reply);
    // Runs `work` in a transaction; a Refusal or a StoreError reply rolls it back.
    Reply inTransaction(sql::TxMode mode, const std::function<Reply(sql::Session &)> &work);
    // Parses the body as a JSON object, or sets `reply`.
    std::unique_ptr<sync::json::Document> parseBody(const Call &call, Reply &reply);

    std::optional<std::string> bearer(const Call &call, Reply &reply);
    // A bearer credential and a JSON object body, or `reply` says why not.
    struct Authorized
    {
        std::string credential;
        std::unique_ptr<sync::json::Document> body;
    };
    std::optional<Authorized> authorizedBody(const Call &call, Reply &reply);
    void audit(const Call &call, std::string_view tenant, std::string_view credentialId, std::string_view code,
               std::string_view detail);

    // Terminal endpoints (terminal_endpoints.cpp).
    Reply enrol(Call &call);
    Reply session(Call &call);
    Reply stream(Call &call);
    Reply events(Call &call);
    void pull(std::shared_ptr<Call> call);    // may park (long-poll)
    Reply snapshot(Call &call);
    Reply verify(Call &call);
    // Admin endpoints (admin_endpoints.cpp).
    Reply admin(Call &call);
    // Promotions, customers, staff, settings and the sales export (admin_records_endpoints.cpp);
    // sets `visibleAt`/`tenant` for the long-poll wake-up after a write.
    // Refused and held events, HQ flags and admin tokens (admin_oversight_endpoints.cpp).
    Reply adminOversight(Call &call, const std::string &credential, const std::string &path);
    Reply adminRecords(Call &call, const std::string &credential, const std::string &path,
                       std::map<std::string, std::int64_t> &visibleAt, std::string &tenant);
    Reply metricsText(Call &call);
    Reply health(Call &call);

    void noteContact(const Call &call, const store::TerminalIdentity &terminal);
    // After a commit: this process's parked pulls of the changed scopes look again.
    void notifyScopes(std::string_view tenant, const std::map<std::string, std::int64_t> &visibleAt);
    // Inside the writing transaction: other server processes hear of the changed
    // scopes (or of changed credentials) when, and only when, it commits
    // (PostgreSQL NOTIFY; nothing on SQLite).
    void announce(sql::Session &s, std::string_view tenant, const std::map<std::string, std::int64_t> &visibleAt);
    void announceCredentials(sql::Session &s);
    // After a revocation or re-enrolment committed: this process forgets the credentials it remembered.
    void credentialsChanged();
    bool enrolBlocked(const std::string &peer);
    void enrolFailed(const std::string &peer);
    void runBackground();
    void pruneChangeLogs();
};

// Authenticates an admin of a tenant inside a transaction; throws a Refusal when it cannot.
store::AdminIdentity requireAdmin(sql::Session &s, const std::string &credential);
// The percent-decoded value of `name` in a query string; empty when absent.
std::string queryParam(std::string_view query, std::string_view name);
// 403 scope_forbidden naming the scope.
Reply scopeForbidden(const std::string &scope);

// Authenticates the terminal inside a transaction; throws a Refusal when it cannot.
store::TerminalIdentity requireTerminal(ServerApi::Impl &api, const Call &call, sql::Session &s,
                                        const std::string &credential);

} // namespace retailos::server::api
