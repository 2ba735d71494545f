// Routing, authentication plumbing, threads and the JSON envelope of every answer.
#include "sync/server/api/api_impl.h"

#include "core/logging/log.h"
#include "sync/protocol/events/event_types.h"
#include "sync/server/store/event_effects.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/ids.h"

namespace retailos::server::api {

using sync::json::Writer;

namespace {

std::string withServerTime(std::string_view objectWithoutClose)
{
    std::string body(objectWithoutClose);
    if (body.size() > 1) body.push_back(',');
    body += "\"server_time\":" + std::to_string(store::nowMs()) + "}";
    return body;
}

} // namespace

Reply ok(Writer &w, int status)
{
    // The writer holds an open object: close it with server_time.
    std::string text = w.take();
    Reply r;
    r.status = status;
    r.body = withServerTime(text);
    return r;
}

Reply failure(int status, std::string code, std::string message, std::string detailsJson)
{
    Reply r;
    r.status = status;
    r.errorCode = std::move(code);
    r.errorMessage = std::move(message);
    r.errorDetails = std::move(detailsJson);
    if (status == 503) r.retryAfter = "5";
    return r;
}

Reply failure(const store::StoreError &e) { return failure(e.status, e.code, e.message, e.detailsJson); }

Reply badRequest(const sync::json::FieldError &e)
{
    Writer d;
    d.beginObject().field("field", e.field).endObject();
    const int status = e.code == "invalid_value" ? 422 : 400;
    return failure(status, e.code, e.field.empty() ? e.message : e.field + " " + e.message, d.take());
}

std::string ServerApi::errorBody(int, std::string_view code, std::string_view message, std::string_view requestId,
                                 std::string_view detailsJson)
{
    Writer w;
    w.beginObject().key("error").beginObject().field("code", code).field("message", message);
    w.field("request_id", requestId).rawField("details", detailsJson.empty() ? "{}" : detailsJson).endObject();
    w.field("server_time", store::nowMs()).endObject();
    return w.take();
}

namespace {
constexpr std::string_view kChangeChannel = "retailos_changes";
}

ServerApi::Impl::Impl(sql::Database &database, ServerApiConfig config)
    : db(database), cfg(std::move(config)), pool(cfg.dbThreads, cfg.queueLimit)
{
    // A scope's cached head goes in the same step as its version moves (pull_cache.h).
    polls.setOnChange([this](std::string_view tenant, std::string_view scope) {
        if (scope.empty()) pullCache.forgetHeads();
        else pullCache.forgetHead(tenant, scope);
    });
    if (db.dialect() == sql::Dialect::Postgres) {
        std::string error;
        changeSubscription = db.listen(std::string(kChangeChannel), [this](std::string_view payload) {
            if (payload == "*credentials") {
                pullCache.forgetCredentials();
                return;
            }
            // "" after a reconnect: notifications may have been missed; every
            // parked pull looks again (and answers what it finds).
            if (payload.empty()) {
                pullCache.forgetCredentials();
                polls.wakeAll();
                return;
            }
            const auto cut = payload.find('\n');
            if (cut == std::string_view::npos) return;
            polls.notify(payload.substr(0, cut), {std::string(payload.substr(cut + 1))});
        }, &error);
        if (!changeSubscription)
            log::warn(u"server", QStringLiteral("long-polls will not hear other server processes: %1")
                                     .arg(QString::fromStdString(error)));
    }
    background = std::thread([this] { runBackground(); });
}

ServerApi::ServerApi(sql::Database &database, ServerApiConfig config)
    : d(std::make_unique<Impl>(database, std::move(config)))
{
}

ServerApi::~ServerApi() { stop(); }

ServerMetrics &ServerApi::metrics() { return d->metrics; }

void ServerApi::stop()
{
    {
        std::lock_guard lock(d->backgroundMutex);
        if (d->stopping) return;
        d->stopping = true;
    }
    d->backgroundWake.notify_all();
    if (d->background.joinable()) d->background.join();
    d->changeSubscription.reset();
    d->polls.wakeAll(true);   // parked pulls answer now, and no new one parks
    d->pool.stop();
    d->contacts.flush(d->db);
}

void ServerApi::Impl::runBackground()
{
    auto nextFlush = std::chrono::steady_clock::now() + cfg.contactFlushInterval;
    auto nextPrune = std::chrono::steady_clock::now() + cfg.pruneInterval;
    std::unique_lock lock(backgroundMutex);
    while (!stopping) {
        backgroundWake.wait_for(lock, std::chrono::milliseconds(100));
        if (stopping) break;
        lock.unlock();
        const auto now = std::chrono::steady_clock::now();
        metrics.setParkedPolls(std::int64_t(polls.expire(now)));
        if (now >= nextFlush) {
            contacts.flush(db);
            nextFlush = now + cfg.contactFlushInterval;
        }
        if (now >= nextPrune) {
            pruneChangeLogs();
            nextPrune = now + cfg.pruneInterval;
        }
        lock.lock();
    }
}

void ServerApi::Impl::pruneChangeLogs()
{
    std::vector<std::pair<std::string, std::string>> scopes;
    db.transact(sql::TxMode::Read, [&](sql::Session &s) {
        scopes.clear();
        auto rows = s.query("SELECT tenant_id, scope FROM scope_heads");
        while (rows->next()) scopes.emplace_back(std::string(rows->text(0)), std::string(rows->text(1)));
    });
    std::int64_t removed = 0;
    // One short transaction per scope: writers of other scopes never wait long.
    for (const auto &[tenant, scope] : scopes) {
        std::int64_t n = 0;
        const auto error = db.transact(sql::TxMode::Write, [&](sql::Session &s) {
            n = store::pruneChangeLog(s, tenant, scope, cfg.keepChanges, cfg.keepMs, store::nowMs());
        });
        removed += n;
        if (error) {
            log::warn(u"server", QStringLiteral("change log pruning stopped: %1").arg(QString::fromStdString(error->message)));
            return;
        }
    }
    if (removed > 0) log::info(u"server", QStringLiteral("pruned %1 changes older than the retention").arg(removed));
}

ServerApiConfig protocolV1Config()
{
    ServerApiConfig config;
    config.isKnownEventType = [](std::string_view t) { return sync::events::isKnownEventType(t); };
    config.isWellFormedEventType = [](std::string_view t) { return sync::events::isWellFormedEventType(t); };
    config.applyEvent = store::applyEvent;
    return config;
}

http::HttpHandler ServerApi::serveOn(http::HttpServerConfig &config)
{
    config.errorBody = [](int status, std::string_view code, std::string_view message, std::string_view requestId) {
        return errorBody(status, code, message, requestId);
    };
    config.onResponse = [this](const http::HttpRequest &request, int status, std::chrono::microseconds elapsed) {
        observe(request, status, elapsed);
    };
    return [this](http::HttpRequest request, std::shared_ptr<http::HttpResponder> responder) {
        handle(std::move(request), std::move(responder));
    };
}

void ServerApi::observe(const http::HttpRequest &request, int status, std::chrono::microseconds elapsed)
{
    d->metrics.countRequest(ServerMetrics::routeOf(request.path), status, elapsed);
}

void ServerApi::Impl::send(Call &call, Reply reply)
{
    // R-4.11: every refusal of a credential is audited (never the secret).
    if (reply.status == 401 || reply.status == 403) {
        // The credential's id (never its secret) says whose request it was.
        std::string credentialId;
        if (const std::string *h = call.request.headers.find("Authorization"); h && h->size() >= 7 + 5 + 36) {
            const std::string_view id = std::string_view(*h).substr(7 + 5, 36);
            if (sync::json::isUuid(id) && (h->compare(7, 5, "rtt1.") == 0 || h->compare(7, 5, "rta1.") == 0))
                credentialId = std::string(id);
        }
        audit(call, {}, credentialId, reply.errorCode, {});
    }
    http::HttpResponse response;
    response.status = reply.status;
    if (!reply.errorCode.empty())
        reply.body = ServerApi::errorBody(reply.status, reply.errorCode, reply.errorMessage, call.request.requestId,
                                          reply.errorDetails);
    response.headers.set("Content-Type", reply.contentType);
    if (!reply.retryAfter.empty()) response.headers.set("Retry-After", reply.retryAfter);
    response.headers.set("Cache-Control", "no-store");
    response.body = std::move(reply.body);
    call.responder->send(std::move(response));
}

Reply ServerApi::Impl::inTransaction(sql::TxMode mode, const std::function<Reply(sql::Session &)> &work)
{
    Reply reply;
    try {
        const auto error = db.transact(mode, [&](sql::Session &s) {
            reply = work(s);
            if (reply.status >= 400) throw Refusal{reply};   // roll back (R-5.2)
        });
        if (error) {
            if (error->kind == sql::ErrorKind::Other) {
                log::error(u"server", QStringLiteral("database error: %1").arg(QString::fromStdString(error->message)));
                return failure(500, "internal", "The server failed; the request changed nothing.");
            }
            log::warn(u"server", QStringLiteral("database unavailable: %1").arg(QString::fromStdString(error->message)));
            return failure(503, "unavailable", "The server's database is busy or unreachable; try again shortly.");
        }
    } catch (const Refusal &refusal) {
        return refusal.reply;
    }
    return reply;
}

std::unique_ptr<sync::json::Document> ServerApi::Impl::parseBody(const Call &call, Reply &reply)
{
    if (const std::string *type = call.request.headers.find("Content-Type");
        !type || !(type->starts_with("application/json"))) {
        reply = failure(415, "unsupported_media_type", "The body must be application/json.");
        return nullptr;
    }
    std::string error;
    auto doc = sync::json::Document::parse(call.request.body, &error);
    if (!doc) {
        reply = failure(400, "bad_json", "The body is not valid JSON: " + error);
        return nullptr;
    }
    if (!doc->root().isObject()) {
        reply = failure(400, "bad_json", "The body must be a JSON object.");
        return nullptr;
    }
    return doc;
}

std::optional<std::string> ServerApi::Impl::bearer(const Call &call, Reply &reply)
{
    const std::string *header = call.request.headers.find("Authorization");
    // The scheme is case-insensitive (RFC 9110 §11.1).
    const bool isBearer = header && header->size() > 7 && (*header)[6] == ' '
                          && QByteArrayView(header->data(), 6).compare("bearer", Qt::CaseInsensitive) == 0;
    if (!isBearer) {
        reply = failure(401, "credential_missing", "This request needs a credential (Authorization: Bearer …).");
        return std::nullopt;
    }
    return header->substr(7);
}

std::optional<ServerApi::Impl::Authorized> ServerApi::Impl::authorizedBody(const Call &call, Reply &reply)
{
    auto credential = bearer(call, reply);
    if (!credential) return std::nullopt;
    auto body = parseBody(call, reply);
    if (!body) return std::nullopt;
    return Authorized{std::move(*credential), std::move(body)};
}

void ServerApi::Impl::audit(const Call &call, std::string_view tenant, std::string_view credentialId,
                            std::string_view code, std::string_view detail)
{
    const auto error = db.transact(sql::TxMode::Write, [&](sql::Session &s) {
        store::auditSecurity(s, tenant, credentialId, call.request.peer, call.route, code, detail, store::nowMs());
    });
    if (error)
        log::warn(u"server", QStringLiteral("security audit not written: %1").arg(QString::fromStdString(error->message)));
}

store::TerminalIdentity requireTerminal(ServerApi::Impl &, const Call &, sql::Session &s, const std::string &credential)
{
    auto terminal = store::authenticateTerminal(s, credential);
    if (!terminal) throw Refusal{failure(terminal.error())};
    return *terminal;
}

void ServerApi::Impl::noteContact(const Call &call, const store::TerminalIdentity &terminal)
{
    auto headerInt = [&](std::string_view name) -> std::optional<std::int64_t> {
        const std::string *v = call.request.headers.find(name);
        if (!v || v->empty() || v->size() > 18) return std::nullopt;
        char *end = nullptr;
        const long long n = std::strtoll(v->c_str(), &end, 10);
        return *end == '\0' ? std::optional<std::int64_t>(n) : std::nullopt;
    };
    std::string software;
    if (const std::string *v = call.request.headers.find("Retailos-Software"); v && sync::json::isText(*v, 64))
        software = *v;
    contacts.note(terminal.terminalId, store::nowMs(), std::move(software), headerInt("Retailos-Outbox-Head"),
                  headerInt("Retailos-Clock-Offset"));
}

void ServerApi::Impl::notifyScopes(std::string_view tenant, const std::map<std::string, std::int64_t> &visibleAt)
{
    if (visibleAt.empty()) return;
    std::vector<std::string> scopes;
    for (const auto &[scope, seq] : visibleAt) scopes.push_back(scope);
    polls.notify(tenant, scopes);
}

void ServerApi::Impl::announce(sql::Session &s, std::string_view tenant,
                               const std::map<std::string, std::int64_t> &visibleAt)
{
    for (const auto &[scope, seq] : visibleAt) s.notify(kChangeChannel, std::string(tenant) + "\n" + scope);
}

void ServerApi::Impl::announceCredentials(sql::Session &s) { s.notify(kChangeChannel, "*credentials"); }

void ServerApi::Impl::credentialsChanged() { pullCache.forgetCredentials(); }

bool ServerApi::Impl::enrolBlocked(const std::string &peer)
{
    std::lock_guard lock(enrolMutex);
    const auto it = enrolFailures.find(peer);
    if (it == enrolFailures.end()) return false;
    auto &failures = it->second;
    const auto cutoff = std::chrono::steady_clock::now() - cfg.enrolFailureWindow;
    while (!failures.empty() && failures.front() < cutoff) failures.pop_front();
    // Forget addresses without recent failures: the map stays as small as the attack.
    if (failures.empty()) {
        enrolFailures.erase(it);
        return false;
    }
    return int(failures.size()) >= cfg.enrolFailuresPerWindow;
}

void ServerApi::Impl::enrolFailed(const std::string &peer)
{
    std::lock_guard lock(enrolMutex);
    enrolFailures[peer].push_back(std::chrono::steady_clock::now());
}

Reply ServerApi::Impl::health(Call &)
{
    const auto error = db.transact(sql::TxMode::Read, [](sql::Session &s) { s.queryInt("SELECT 1"); }, 1);
    Writer w;
    w.beginObject().field("status", error ? "unavailable" : "ok");
    Reply r = ok(w, error ? 503 : 200);
    if (error) r.retryAfter = "5";
    return r;
}

void ServerApi::handle(http::HttpRequest request, std::shared_ptr<http::HttpResponder> responder)
{
    auto call = std::make_shared<Call>(Call{std::move(request), std::move(responder), {}});
    call->route = ServerMetrics::routeOf(call->request.path);
    const std::string &path = call->request.path;
    const std::string &method = call->request.method;

    // The plain listener serves health and metrics only (R-3.9).
    if (!call->request.secure && path != "/healthz" && path != "/metrics") {
        d->send(*call, failure(404, "not_found", "Only /healthz and /metrics are served here."));
        return;
    }
    if (path.starts_with("/v") && !path.starts_with("/v1/")) {
        d->send(*call, failure(400, "unsupported_protocol", "This server speaks protocol version 1 only.",
                               R"({"supported":[1]})"));
        return;
    }

    using Handler = Reply (Impl::*)(Call &);
    struct Route
    {
        std::string_view method, path;
        Handler handler;
    };
    static const Route routes[] = {
        {"GET", "/healthz", &Impl::health},       {"GET", "/metrics", &Impl::metricsText},
        {"POST", "/v1/enrol", &Impl::enrol},      {"GET", "/v1/session", &Impl::session},
        {"GET", "/v1/stream", &Impl::stream},     {"POST", "/v1/events", &Impl::events},
        {"POST", "/v1/snapshot", &Impl::snapshot}, {"POST", "/v1/verify", &Impl::verify},
    };
    Handler handler = nullptr;
    bool pathKnown = false;
    bool isPull = false;
    for (const Route &r : routes) {
        if (r.path != path) continue;
        pathKnown = true;
        if (r.method == method) handler = r.handler;
    }
    if (path == "/v1/pull") {
        pathKnown = true;
        isPull = method == "POST";
    }
    if (path.starts_with("/v1/admin/")) {
        pathKnown = true;
        handler = &Impl::admin;   // admin routes check their own methods
    }
    if (!pathKnown) {
        d->send(*call, failure(404, "not_found", "There is no such path on this server."));
        return;
    }
    if (!handler && !isPull) {
        d->send(*call, failure(405, "method_not_allowed", "This path does not take " + method + "."));
        return;
    }
    Impl *impl = d.get();
    const bool queued = impl->pool.submit([impl, call, handler, isPull] {
        if (isPull) {
            impl->pull(call);
            return;
        }
        impl->send(*call, (impl->*handler)(*call));
    });
    if (!queued) d->send(*call, failure(503, "overloaded", "The server is overloaded; try again shortly."));
}

} // namespace retailos::server::api
