// The terminal endpoints of docs/sync-protocol.md §6.
#include "sync/server/api/api_impl.h"

#include "core/logging/log.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/downstream.h"
#include "sync/server/store/event_ingest.h"
#include "sync/server/store/ids.h"

#include <QByteArray>

namespace retailos::server::api {

using sync::json::Reader;
using sync::json::Value;
using sync::json::Writer;

namespace {

constexpr std::size_t kMaxEventsPerUpload = 500;
constexpr std::size_t kMaxEventPayload = 1024 * 1024;  // §15

void writeScopes(Writer &w, const std::vector<std::string> &scopes)
{
    w.key("scopes").beginArray();
    for (const auto &s : scopes) w.value(s);
    w.endArray();
}

void writeCursor(Writer &w, const store::Cursor &c)
{
    w.beginObject().field("epoch", c.epoch).field("seq", c.seq).field("change_id", c.changeId).endObject();
}

std::optional<store::Cursor> readCursor(Reader &scope)
{
    if (!scope.has("cursor")) return std::nullopt;
    Reader c = scope.object("cursor");
    store::Cursor cursor{c.uuid("epoch"), c.integer("seq", 0, sync::json::kMaxSafeInt), c.uuid("change_id")};
    return cursor;
}

bool isJournalKey(std::string_view text)
{
    // base64 of 32 bytes: 44 characters ending in one '='.
    if (text.size() != 44 || text.back() != '=') return false;
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray(text.data(), 44), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

} // namespace

// The answer of a pull (§6.5).
static Reply pullReply(const std::vector<store::PullAnswer> &answers)
{
    Writer w;
    w.beginObject().key("scopes").beginArray();
    for (const store::PullAnswer &a : answers) {
        w.beginObject().field("scope", a.scope).field("status", a.status);
        if (a.status == "snapshot_required") w.field("reason", a.reason);
        w.field("epoch", a.epoch).field("head_seq", a.headSeq);
        if (a.status == "changes") {
            w.rawField("changes", a.changesJson).key("cursor");
            writeCursor(w, *a.cursor);
            w.field("has_more", a.hasMore);
        }
        w.endObject();
    }
    w.endArray();
    return ok(w);
}

Reply scopeForbidden(const std::string &scope)
{
    Writer d;
    d.beginObject().field("scope", scope).endObject();
    return failure(403, "scope_forbidden", "This terminal may not read scope " + scope + ".", d.take());
}

Reply ServerApi::Impl::enrol(Call &call)
{
    if (enrolBlocked(call.request.peer)) {
        Reply r = failure(429, "rate_limited", "Too many wrong enrolment codes from this address; wait 15 minutes.");
        r.retryAfter = std::to_string(std::chrono::duration_cast<std::chrono::seconds>(cfg.enrolFailureWindow).count());
        return r;
    }
    Reply reply;
    auto doc = parseBody(call, reply);
    if (!doc) return reply;
    Reader r(doc->root());
    store::EnrolRequest request;
    request.code = r.string("code", 1, 64);
    request.requestId = r.uuid("request_id");
    request.storeId = r.optionalCode("store_id");
    request.laneId = r.optionalCode("lane_id");
    request.journalPublicKey = r.string("journal_public_key", 1, 64);
    if (r.ok() && !isJournalKey(request.journalPublicKey))
        r.fail("journal_public_key", "must be the base64 of a 32-byte Ed25519 public key");
    request.software = r.string("software", 1, 64);
    if (!r.ok()) return badRequest(r.error());

    store::TerminalIdentity who;
    const Reply answer = inTransaction(sql::TxMode::Write, [&](sql::Session &s) {
        auto enrolled = store::enrol(s, request, store::nowMs());
        if (!enrolled) return failure(enrolled.error());
        const store::TerminalIdentity &t = enrolled->terminal;
        who = t;
        announceCredentials(s);   // a replaced credential ends in every process
        Writer w;
        w.beginObject()
            .field("terminal_id", t.terminalId)
            .field("tenant_id", t.tenantId)
            .field("store_id", t.storeId)
            .field("lane_id", t.laneId)
            .field("name", t.name)
            .field("credential", enrolled->credential);
        writeScopes(w, store::ownScopes(t));
        w.field("acked_through", enrolled->ackedThrough);
        return ok(w, 201);
    });
    if (answer.status == 401) enrolFailed(call.request.peer);
    // A new credential replaces the old one at once: forget remembered ones.
    if (answer.status == 201) credentialsChanged();
    // a lane set up for another store or with another PC's key is worth a look.
    if (answer.status == 409) audit(call, {}, {}, answer.errorCode, answer.errorMessage);
    if (answer.status == 201) {
        log::info(u"server", QStringLiteral("terminal %1 enrolled as lane %2 of store %3")
                                 .arg(QString::fromStdString(who.terminalId), QString::fromStdString(who.laneId),
                                      QString::fromStdString(who.storeId)));
        audit(call, who.tenantId, who.credentialId, "enrolled", who.terminalId);
    }
    return answer;
}

Reply ServerApi::Impl::session(Call &call)
{
    Reply reply;
    const auto credential = bearer(call, reply);
    if (!credential) return reply;
    return inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
        const store::TerminalIdentity t = requireTerminal(*this, call, s, *credential);
        noteContact(call, t);
        Writer w;
        w.beginObject()
            .field("terminal_id", t.terminalId)
            .field("tenant_id", t.tenantId)
            .field("store_id", t.storeId)
            .field("lane_id", t.laneId)
            .field("name", t.name);
        writeScopes(w, store::ownScopes(t));
        w.key("limits").beginObject()
            .field("max_events_per_upload", std::int64_t(kMaxEventsPerUpload))
            .field("max_event_payload_bytes", std::int64_t(kMaxEventPayload))
            .field("max_scopes_per_pull", 8)
            .field("max_changes", 10000)
            .field("max_wait_ms", 25000)
            .field("max_snapshot_rows", 50000)
            .endObject();
        w.key("protocol_versions").beginArray().value(1).endArray();
        return ok(w);
    });
}

Reply ServerApi::Impl::stream(Call &call)
{
    Reply reply;
    const auto credential = bearer(call, reply);
    if (!credential) return reply;
    return inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
        const store::TerminalIdentity t = requireTerminal(*this, call, s, *credential);
        noteContact(call, t);
        const store::StreamState st = store::readStream(s, t.terminalId);
        Writer w;
        w.beginObject()
            .field("acked_through", st.ackedThrough)
            .field("last_hash", st.lastHash)
            .field("rejected_count", st.rejectedCount)
            .field("held_count", st.heldCount);
        return ok(w);
    });
}

Reply ServerApi::Impl::events(Call &call)
{
    Reply reply;
    auto in = authorizedBody(call, reply);
    if (!in) return reply;
    const std::string *credential = &in->credential;
    const auto &doc = in->body;

    // the request's shape (array, integer seqs, consecutive) or 400.
    Reader r(doc->root());
    const Value list = r.value("events");
    if (list.isArray() && list.size() > kMaxEventsPerUpload)
        return failure(413, "batch_too_large", "At most 500 events per upload; send fewer.");
    const Value array = r.array("events", 1, kMaxEventsPerUpload);
    std::vector<store::IncomingEvent> events;
    events.reserve(array.size());
    for (std::size_t i = 0; r.ok() && i < array.size(); ++i) {
        Reader e = r.element(array, i);
        store::IncomingEvent event;
        event.seq = e.integer("seq", 1, sync::json::kMaxSafeInt);
        if (!r.ok()) break;
        if (!events.empty() && event.seq != events.back().seq + 1) {
            r.fail(array[i].path() + ".seq", "must follow " + std::to_string(events.back().seq) + " without a gap");
            break;
        }
        // step 1: a bad envelope is stored as rejected, not refused.
        const Value v = array[i];
        auto envelope = [&](const char *member, std::string why) {
            if (event.envelopeError.empty()) event.envelopeError = std::string(member) + " " + why;
        };
        const Value id = v.member("event_id");
        event.eventId = id.isString() && sync::json::isUuid(id.toString()) ? std::string(id.toString()) : std::string();
        if (event.eventId.empty()) envelope("event_id", "must be a lower-case uuid");
        const Value type = v.member("type");
        event.type = type.isString() ? std::string(type.toString()) : std::string();
        if (!type.isString() || !cfg.isWellFormedEventType(event.type))
            envelope("type", "must match ^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*\\.v[0-9]+$ in at most 64 characters");
        const Value created = v.member("created_at");
        if (created.isInt() && created.toInt() >= 0) event.createdAt = created.toInt();
        else envelope("created_at", "must be an integer time in ms");
        for (auto [member, target] : {std::pair{"prev_hash", &event.prevHash}, {"hash", &event.hash}}) {
            const Value h = v.member(member);
            if (h.isString() && sync::json::isHash(h.toString())) *target = std::string(h.toString());
            else envelope(member, "must be 64 lower-case hex digits");
        }
        const Value payload = v.member("payload");
        if (payload.isString() && payload.toString().size() <= kMaxEventPayload) event.payload = std::string(payload.toString());
        else envelope("payload", "must be a string of at most 1 MiB");
        if (!event.envelopeError.empty()) {
            // An empty id is stored under a stand-in that a resend repeats exactly
            // (event_ingest.cpp), so the stream goes on.
            if (event.type.empty() || event.type.size() > 64) event.type = "invalid";
            if (event.hash.empty()) event.hash = std::string(64, '0');
            if (event.prevHash.empty()) event.prevHash = std::string(64, '0');
        }
        events.push_back(std::move(event));
    }
    if (!r.ok()) return badRequest(r.error());

    // Hashes and payloads are checked before the write transaction, for the
    // sender as it is now; the transaction checks the sender again and redoes
    // the work only if that changed meanwhile.
    std::optional<sync::events::EventContext> sender;
    db.transact(sql::TxMode::Read, [&](sql::Session &s) {
        const auto t = store::authenticateTerminal(s, *credential);
        if (!t) return;   // the write transaction gives the refusal
        if (const auto found = store::findStore(s, t->tenantId, t->storeId))
            sender = sync::events::EventContext{t->storeId, t->laneId, found->currency};
    });
    if (sender) store::prepareEvents(events, *sender, cfg.isKnownEventType);

    std::map<std::string, std::int64_t> visibleAt;
    std::vector<store::EventResult> results;
    std::string tenant;
    std::string terminalId;
    Reply answer = inTransaction(sql::TxMode::Write, [&](sql::Session &s) {
        const store::TerminalIdentity t = requireTerminal(*this, call, s, *credential);
        tenant = t.tenantId;
        terminalId = t.terminalId;
        noteContact(call, t);
        const auto store = store::findStore(s, t.tenantId, t.storeId);
        auto outcome = store::ingestEvents(s, t, store ? store->currency : std::string(), events,
                                           cfg.isKnownEventType, cfg.applyEvent, store::nowMs());
        if (!outcome) return failure(outcome.error());
        Writer w;
        w.beginObject().field("acked_through", outcome->ackedThrough).field("last_hash", outcome->lastHash);
        w.key("results").beginArray();
        for (const store::EventResult &res : outcome->results) {
            w.beginObject().field("seq", res.seq).field("status", res.status);
            if (res.status == "duplicate") {
                w.field("stored_status", res.storedStatus);
                if (!res.storedCode.empty()) w.field("code", res.storedCode);
            } else if (!res.code.empty()) {
                w.field("code", res.code).field("message", res.message);
            }
            w.endObject();
        }
        w.endArray().key("visible_at").beginObject();
        for (const auto &[scope, seq] : outcome->visibleAt) w.field(scope, seq);
        w.endObject();
        visibleAt = outcome->visibleAt;
        results = outcome->results;
        announce(s, t.tenantId, visibleAt);
        return ok(w);
    });
    if (answer.status == 200) {
        // Counted once the transaction is committed (a retried one runs twice).
        for (const store::EventResult &res : results) {
            metrics.countEvents(res.status);
            if (res.status == "rejected") metrics.countRejection(res.code);
        }
        notifyScopes(tenant, visibleAt);
    }
    if (answer.status == 409 && answer.errorCode == "event_conflict") {
        // loud. Counted outside the refused transaction.
        metrics.countConflict();
        log::error(u"server", QStringLiteral("event conflict on terminal %1: %2")
                                  .arg(QString::fromStdString(terminalId), QString::fromStdString(answer.errorMessage)));
        if (!terminalId.empty())
            db.transact(sql::TxMode::Write, [&](sql::Session &s) { store::recordConflict(s, terminalId); });
    }
    return answer;
}

void ServerApi::Impl::pull(std::shared_ptr<Call> call)
{
    Reply reply;
    auto in = authorizedBody(*call, reply);
    if (!in) return send(*call, reply);
    const std::string *credential = &in->credential;
    const auto &doc = in->body;
    Reader r(doc->root());
    const Value list = r.array("scopes", 1, 8);
    std::vector<store::PullRequestScope> scopes;
    for (std::size_t i = 0; r.ok() && i < list.size(); ++i) {
        Reader e = r.element(list, i);
        store::PullRequestScope scope;
        scope.scope = e.string("scope", 1, 100);
        scope.cursor = readCursor(e);
        scopes.push_back(std::move(scope));
    }
    store::PullLimits limits;
    limits.maxChanges = r.optionalInteger("max_changes", 1, 10000).value_or(1000);
    limits.maxBytes = r.optionalInteger("max_bytes", 1024, 8 * 1024 * 1024).value_or(1024 * 1024);
    const std::int64_t waitMs = r.optionalInteger("wait_ms", 0, 25000).value_or(0);
    if (!r.ok()) return send(*call, badRequest(r.error()));

    std::vector<std::string> names;
    for (const auto &s : scopes) names.push_back(s.scope);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);

    // One attempt: read, then answer or park. `final` answers whatever it finds;
    // `woken` attempts (a change was announced) always read the database.
    auto attempt = std::make_shared<std::function<void(bool, bool)>>();
    *attempt = [this, call, credential = *credential, scopes, names, limits, deadline, waitMs, attempt](bool final,
                                                                                                      bool woken) {
        // Versions first, then the read: a commit in between is never missed.
        const LongPolls::Versions seen = polls.versions(names);
        const std::uint64_t credentials = pullCache.credentialGeneration();
        std::string tenant;
        bool park = false;
        Reply answer;
        // The fast path: an up-to-date lane is answered from memory (pull_cache.h).
        std::optional<std::vector<store::PullAnswer>> fast;
        if (!woken)
            if (const auto t = pullCache.terminal(credential, names)) {
                std::vector<store::PullAnswer> answers;
                for (const auto &scope : scopes) {
                    const auto head = scope.cursor ? pullCache.head(t->tenantId, scope.scope) : std::nullopt;
                    if (!head || head->epoch != scope.cursor->epoch || head->seq != scope.cursor->seq
                        || head->changeId != scope.cursor->changeId)
                        break;
                    store::PullAnswer a;
                    a.scope = scope.scope;
                    a.status = "changes";
                    a.epoch = head->epoch;
                    a.headSeq = head->seq;
                    a.cursor = scope.cursor;
                    answers.push_back(std::move(a));
                }
                if (answers.size() == scopes.size()) {
                    tenant = t->tenantId;
                    noteContact(*call, *t);
                    for (const auto &scope : scopes)
                        contacts.noteCursor(t->terminalId, scope.scope, scope.cursor->epoch, scope.cursor->seq);
                    fast = std::move(answers);
                }
            }
        if (fast) {
            if (!final && waitMs > 0) park = true;
            else answer = pullReply(*fast);
        } else {
            std::vector<store::PullAnswer> read;
            std::optional<store::TerminalIdentity> who;
            answer = inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
                const store::TerminalIdentity t = requireTerminal(*this, *call, s, credential);
                tenant = t.tenantId;
                for (const auto &scope : scopes)
                    if (!store::mayReadScope(t, scope.scope, s)) return scopeForbidden(scope.scope);
                noteContact(*call, t);
                who = t;
                read = store::pull(s, t.tenantId, scopes, limits);
                for (std::size_t i = 0; i < scopes.size(); ++i)
                    if (scopes[i].cursor) contacts.noteCursor(t.terminalId, scopes[i].scope, scopes[i].cursor->epoch, scopes[i].cursor->seq);
                if (!final && waitMs > 0 && !store::anyNews(read)) {
                    park = true;
                    return Reply{};
                }
                return pullReply(read);
            });
            if (who && answer.status < 300) {
                // Remember what was read, unless a commit to the scope was announced meanwhile.
                pullCache.putTerminal(credential, *who, names, credentials);
                for (std::size_t i = 0; i < read.size(); ++i) {
                    const store::PullAnswer &a = read[i];
                    if (a.status != "changes" || a.hasMore || !a.cursor) continue;
                    polls.ifUnchanged(names[i], seen, i, [&] {
                        pullCache.putHead(tenant, a.scope, {a.cursor->epoch, a.cursor->seq, a.cursor->changeId});
                    });
                }
            }
        }
        if (park) {
            polls.park(tenant, names, seen, deadline, [this, call, attempt, deadline] {
                // Woken by a change (look again, park again if it was not ours) or by
                // the end of the wait (answer what there is). Never database work on
                // the waking thread: when the pool takes no more, say so at once.
                const bool last = std::chrono::steady_clock::now() >= deadline || polls.closed();
                if (!pool.submit([attempt, last] { (*attempt)(last, true); })) {
                    send(*call, failure(503, "overloaded", "The server is busy or stopping; pull again shortly."));
                    *attempt = nullptr;
                }
            });
            return;
        }
        send(*call, std::move(answer));
        *attempt = nullptr;   // break the cycle
    };
    (*attempt)(false, false);
}

Reply ServerApi::Impl::snapshot(Call &call)
{
    Reply reply;
    auto in = authorizedBody(call, reply);
    if (!in) return reply;
    const std::string *credential = &in->credential;
    const auto &doc = in->body;
    Reader r(doc->root());
    const std::string scope = r.string("scope", 1, 100);
    const std::string token = r.optionalString("page_token", 1, 4096).value_or("");
    const std::int64_t maxRows = r.optionalInteger("max_rows", 1, 50000).value_or(20000);
    const std::int64_t maxBytes = r.optionalInteger("max_bytes", 64 * 1024, 8 * 1024 * 1024).value_or(8 * 1024 * 1024);
    if (!r.ok()) return badRequest(r.error());
    return inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
        const store::TerminalIdentity t = requireTerminal(*this, call, s, *credential);
        if (!store::mayReadScope(t, scope, s)) return scopeForbidden(scope);
        noteContact(call, t);
        auto page = store::snapshotPage(s, t.tenantId, scope, token, maxRows, maxBytes, store::nowMs());
        if (!page) return failure(page.error());
        Writer w;
        w.beginObject().field("scope", scope).field("snapshot_id", page->snapshotId).field("epoch", page->epoch);
        w.key("start_cursor");
        writeCursor(w, page->startCursor);
        w.rawField("rows", page->rowsJson);
        if (page->nextPageToken) w.field("next_page_token", *page->nextPageToken);
        else w.nullField("next_page_token");
        w.field("row_count_so_far", page->rowCountSoFar);
        return ok(w);
    });
}

Reply ServerApi::Impl::verify(Call &call)
{
    Reply reply;
    auto in = authorizedBody(call, reply);
    if (!in) return reply;
    const std::string *credential = &in->credential;
    const auto &doc = in->body;
    Reader r(doc->root());
    const Value list = r.array("scopes", 1, 8);
    struct Ask
    {
        std::string scope;
        std::optional<store::Cursor> cursor;
        std::map<std::string, std::pair<std::int64_t, std::string>> digests;
    };
    std::vector<Ask> asks;
    for (std::size_t i = 0; r.ok() && i < list.size(); ++i) {
        Reader e = r.element(list, i);
        Ask ask{e.string("scope", 1, 100), readCursor(e), {}};
        Reader digests = e.object("digests");
        for (std::string_view kind : digests.self().keys()) {
            if (!r.ok()) break;
            Reader k = digests.object(kind);
            const std::int64_t count = k.integer("count", 0, sync::json::kMaxSafeInt);
            const std::string sum = k.string("sum", 16, 16);
            ask.digests[std::string(kind)] = {count, sum};
        }
        asks.push_back(std::move(ask));
    }
    if (!r.ok()) return badRequest(r.error());
    std::vector<std::string> mismatches;
    Reply answer = inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
        mismatches.clear();
        const store::TerminalIdentity t = requireTerminal(*this, call, s, *credential);
        noteContact(call, t);
        Writer w;
        w.beginObject().key("scopes").beginArray();
        for (const Ask &ask : asks) {
            if (!store::mayReadScope(t, ask.scope, s)) return scopeForbidden(ask.scope);
            const store::ScopeHead head = store::readScopeHead(s, t.tenantId, ask.scope);
            const auto headCursor = store::pull(s, t.tenantId, {{ask.scope, ask.cursor}}, {0, 0, 0});
            w.beginObject().field("scope", ask.scope);
            const bool atHead = ask.cursor && ask.cursor->epoch == head.epoch && ask.cursor->seq == head.seq
                                && headCursor.front().status == "changes";
            if (!atHead) {
                w.field("result", "not_comparable").endObject();
                continue;
            }
            std::vector<std::string> differ;
            std::map<std::string, std::pair<std::int64_t, std::string>> server;
            for (const auto &[kind, digest] : store::scopeDigests(s, t.tenantId, ask.scope))
                if (digest.count > 0) server[kind] = {digest.count, digest.sum};
            for (const auto &[kind, digest] : server) {
                const auto it = ask.digests.find(kind);
                if (it == ask.digests.end() || it->second != digest) differ.push_back(kind);
            }
            for (const auto &[kind, digest] : ask.digests)
                if (digest.first > 0 && !server.contains(kind)) differ.push_back(kind);
            w.field("result", differ.empty() ? "match" : "mismatch");
            if (!differ.empty()) mismatches.push_back(ask.scope);
            if (!differ.empty()) {
                w.key("kinds").beginArray();
                for (const auto &k : differ) w.value(k);
                w.endArray();
            }
            w.endObject();
        }
        w.endArray();
        return ok(w);
    });
    // every mismatch is counted for HQ; the lane reloads the scope.
    if (answer.status == 200)
        for (const std::string &scope : mismatches) {
            metrics.countVerifyMismatch();
            log::warn(u"server", QStringLiteral("replica digest mismatch on scope %1").arg(QString::fromStdString(scope)));
        }
    return answer;
}

} // namespace retailos::server::api
