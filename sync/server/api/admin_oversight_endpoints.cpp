// What HQ watches and who may act (docs/sync-protocol.md §11): events the server
// refused or holds (R-7.13), flags raised for HQ (overdrafts, over-returns,
// R-9.3), and the tenant's admin tokens (R-4.8).
#include "sync/server/api/api_impl.h"

#include "core/logging/log.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"

#include <QByteArray>

namespace retailos::server::api {

using sync::json::Reader;
using sync::json::Writer;

namespace {

constexpr std::int64_t kMaxListed = 1000;

} // namespace

Reply ServerApi::Impl::adminOversight(Call &call, const std::string &credential, const std::string &path)
{
    const std::string &method = call.request.method;
    const std::string &query = call.request.query;

    if (path == "events") {
        if (method != "GET") return failure(405, "method_not_allowed", "This path takes GET.");
        const std::string status = queryParam(query, "status").empty() ? "rejected" : queryParam(query, "status");
        if (status != "rejected" && status != "held")
            return failure(400, "bad_request", "status must be rejected or held", R"({"field":"status"})");
        const std::string terminal = queryParam(query, "terminal_id");
        if (!terminal.empty() && !sync::json::isUuid(terminal))
            return failure(400, "bad_request", "terminal_id must be a terminal's uuid", R"({"field":"terminal_id"})");
        return inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
            const store::AdminIdentity a = requireAdmin(s, credential);
            auto rows = s.query("SELECT e.terminal_id, t.store_id, t.lane_id, e.seq, e.event_id, e.type, e.status,"
                                " e.code, e.message, e.received_at FROM events e"
                                " JOIN terminals t ON t.terminal_id = e.terminal_id"
                                " WHERE e.tenant_id = ?1 AND e.status = ?2 AND (?3 = '' OR e.terminal_id = ?3)"
                                " ORDER BY e.received_at DESC, e.terminal_id, e.seq DESC LIMIT ?4",
                                {std::string_view(a.tenantId), std::string_view(status), std::string_view(terminal),
                                 kMaxListed});
            Writer w;
            w.beginObject().key("events").beginArray();
            while (rows->next()) {
                if (!a.mayTouchStore(rows->text(1))) continue;
                w.beginObject().field("terminal_id", rows->text(0)).field("store_id", rows->text(1))
                    .field("lane_id", rows->text(2)).field("seq", rows->integer(3)).field("event_id", rows->text(4))
                    .field("type", rows->text(5)).field("status", rows->text(6))
                    .field("code", rows->isNull(7) ? std::string_view() : rows->text(7))
                    .field("message", rows->isNull(8) ? std::string_view() : rows->text(8))
                    .field("received_at", rows->integer(9)).endObject();
            }
            w.endArray();
            return ok(w);
        });
    }

    if (path == "flags") {
        if (method != "GET") return failure(405, "method_not_allowed", "This path takes GET.");
        const std::string storeFilter = queryParam(query, "store_id");
        return inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
            const store::AdminIdentity a = requireAdmin(s, credential);
            auto rows = s.query("SELECT flag, subject, store_id, detail, raised_at, event_id FROM hq_flags"
                                " WHERE tenant_id = ?1 AND resolved_at IS NULL AND (?2 = '' OR store_id = ?2)"
                                " ORDER BY raised_at DESC LIMIT ?3",
                                {std::string_view(a.tenantId), std::string_view(storeFilter), kMaxListed});
            Writer w;
            w.beginObject().key("flags").beginArray();
            while (rows->next()) {
                if (!a.mayTouchStore(rows->text(2))) continue;
                w.beginObject().field("flag", rows->text(0)).field("subject", rows->text(1))
                    .field("store_id", rows->text(2)).field("detail", rows->text(3))
                    .field("raised_at", rows->integer(4)).field("event_id", rows->text(5)).endObject();
            }
            w.endArray();
            return ok(w);
        });
    }

    // Admin tokens: a tenant administrator's to give and take (R-4.8).
    if (path == "tokens" && method == "GET") {
        return inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
            const store::AdminIdentity a = requireAdmin(s, credential);
            if (a.role != "tenant_admin") return failure(403, "store_forbidden", "Only a tenant administrator may list admin tokens.");
            auto rows = s.query("SELECT credential_id, role, store_ids, created_at, expires_at, revoked_at"
                                " FROM admin_credentials WHERE tenant_id = ?1 ORDER BY created_at",
                                {std::string_view(a.tenantId)});
            Writer w;
            w.beginObject().key("tokens").beginArray();
            while (rows->next()) {
                w.beginObject().field("credential_id", rows->text(0)).field("role", rows->text(1)).key("store_ids").beginArray();
                for (const std::string &store : store::splitStoreIds(rows->text(2))) w.value(store);
                w.endArray().field("created_at", rows->integer(3)).field("expires_at", rows->integer(4));
                if (rows->isNull(5)) w.nullField("revoked_at");
                else w.field("revoked_at", rows->integer(5));
                w.field("current", rows->text(0) == a.credentialId).endObject();
            }
            w.endArray();
            return ok(w);
        });
    }
    if (method != "POST") return failure(405, "method_not_allowed", "This path takes POST.");
    Reply parseError;
    auto doc = parseBody(call, parseError);
    if (!doc) return parseError;

    if (path == "tokens") {
        Reader r(doc->root());
        const std::string role = r.choice("role", {"tenant_admin", "store_manager", "analyst"});
        const std::vector<std::string> stores = r.has("store_ids") ? r.codeArray("store_ids", 1000) : std::vector<std::string>{};
        const std::int64_t hours = r.optionalInteger("expires_in_hours", 1, 30 * 24).value_or(12);
        if (!r.ok()) return badRequest(r.error());
        std::string credentialId;
        std::string tenant;
        Reply answer = inTransaction(sql::TxMode::Write, [&](sql::Session &s) {
            const store::AdminIdentity a = requireAdmin(s, credential);
            if (a.role != "tenant_admin") return failure(403, "store_forbidden", "Only a tenant administrator may create admin tokens.");
            for (const std::string &store : stores)
                if (!store::findStore(s, a.tenantId, store))
                    return failure(422, "invalid_value", "store_ids names the unknown store " + store, R"({"field":"store_ids"})");
            auto token = store::createAdminToken(s, a.tenantId, role, stores, hours * 3600 * 1000, store::nowMs());
            if (!token) return failure(token.error());
            credentialId = token->token.substr(5, 36);
            tenant = a.tenantId;
            // R-4.11: who made which token, never the token itself.
            store::auditSecurity(s, a.tenantId, a.credentialId, call.request.peer, call.route, "admin_token_created",
                                 credentialId + " " + role, store::nowMs());
            Writer w;
            w.beginObject().field("credential_id", credentialId).field("token", token->token).field("role", role)
                .field("expires_at", token->expiresAt);
            return ok(w, 201);
        });
        if (answer.status == 201)
            log::info(u"server", QStringLiteral("admin token %1 created").arg(QString::fromStdString(credentialId)));
        return answer;
    }

    if (path.starts_with("tokens/") && path.ends_with("/revoke")) {
        const std::string id = path.substr(7, path.size() - 7 - 7);
        if (!sync::json::isUuid(id)) return failure(404, "not_found", "There is no admin token " + id + ".");
        return inTransaction(sql::TxMode::Write, [&](sql::Session &s) {
            const store::AdminIdentity a = requireAdmin(s, credential);
            if (a.role != "tenant_admin") return failure(403, "store_forbidden", "Only a tenant administrator may revoke admin tokens.");
            auto at = store::revokeAdminToken(s, a.tenantId, id, store::nowMs());
            if (!at) return failure(at.error());
            store::auditSecurity(s, a.tenantId, a.credentialId, call.request.peer, call.route, "admin_token_revoked", id,
                                 store::nowMs());
            Writer w;
            w.beginObject().field("credential_id", id).field("revoked_at", *at);
            return ok(w);
        });
    }
    return failure(404, "not_found", "There is no such admin path.");
}

} // namespace retailos::server::api
