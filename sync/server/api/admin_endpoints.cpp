// The admin API of docs/sync-protocol.md §11, and /metrics.
#include "sync/server/api/api_impl.h"

#include "core/logging/log.h"
#include "sync/server/store/admin_catalogue.h"
#include "sync/server/store/catalogue_records.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/ids.h"

#include <QTimeZone>

#include <array>

namespace retailos::server::api {

using sync::json::Reader;
using sync::json::Value;
using sync::json::Writer;
using sql::Param;

namespace {

void requireWriter(const store::AdminIdentity &admin)
{
    if (!admin.mayWrite()) throw Refusal{failure(403, "store_forbidden", "An analyst token may only read.")};
}

void requireStore(const store::AdminIdentity &admin, std::string_view store)
{
    if (!admin.mayTouchStore(store))
        throw Refusal{failure(403, "store_forbidden", "This token may not manage store " + std::string(store) + ".")};
}

void writeCode(Writer &w, const store::NewEnrolmentCode &code)
{
    w.field("terminal_id", code.terminalId).field("enrolment_code", code.code).field("code_expires_at", code.expiresAt);
}

} // namespace

store::AdminIdentity requireAdmin(sql::Session &s, const std::string &credential)
{
    auto admin = store::authenticateAdmin(s, credential, store::nowMs());
    if (!admin) throw Refusal{failure(admin.error())};
    if (admin->tenantId.empty())
        throw Refusal{failure(403, "store_forbidden", "A super_admin token has no tenant; use a tenant_admin token for tenant data.")};
    return *admin;
}

std::string queryParam(std::string_view query, std::string_view name)
{
    std::size_t pos = 0;
    while (pos <= query.size()) {
        const auto end = query.find('&', pos);
        const std::string_view item = query.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (item.size() > name.size() && item.substr(0, name.size()) == name && item[name.size()] == '=')
            return QByteArray::fromPercentEncoding(QByteArray(item.data() + name.size() + 1, qsizetype(item.size() - name.size() - 1)))
                .toStdString();
        if (end == std::string_view::npos) break;
        pos = end + 1;
    }
    return {};
}

Reply ServerApi::Impl::admin(Call &call)
{
    Reply reply;
    const auto credential = bearer(call, reply);
    if (!credential) return reply;
    const std::string path = call.request.path.substr(std::string_view("/v1/admin/").size());
    const std::string &method = call.request.method;
    std::map<std::string, std::int64_t> visibleAt;
    std::string tenant;

    const bool revokesTerminal = path.starts_with("terminals/") && path.ends_with("/revoke");
    auto post = [&](std::function<Reply(sql::Session &, const store::AdminIdentity &, const Value &)> work) {
        if (method != "POST") return failure(405, "method_not_allowed", "This path takes POST.");
        Reply parseError;
        auto doc = parseBody(call, parseError);
        if (!doc) return parseError;
        return inTransaction(sql::TxMode::Write, [&](sql::Session &s) {
            const store::AdminIdentity admin = requireAdmin(s, *credential);
            tenant = admin.tenantId;
            // The change-log bookkeeping of the whole request, written once.
            store::ChangeLogBatch batch(s);
            Reply reply = work(s, admin, doc->root());
            if (reply.status < 300) {
                batch.flush();
                announce(s, admin.tenantId, visibleAt);
                if (revokesTerminal) announceCredentials(s);
            }
            return reply;
        });
    };
    auto counts = [&](const store::StoreResult<store::WriteCounts> &result) {
        if (!result) return failure(result.error());
        visibleAt = result->visibleAt;
        Writer w;
        w.beginObject().field("written", result->written).field("unchanged", result->unchanged).field("deleted", result->deleted);
        return ok(w);
    };

    Reply answer;
    if (path == "catalogue") {
        answer = post([&](sql::Session &s, const store::AdminIdentity &a, const Value &body) {
            return counts(store::writeCatalogue(s, a, body, store::nowMs()));
        });
    } else if (path == "prices") {
        answer = post([&](sql::Session &s, const store::AdminIdentity &a, const Value &body) {
            return counts(store::writePrices(s, a, body, store::nowMs()));
        });
    } else if (path == "stores") {
        answer = post([&](sql::Session &s, const store::AdminIdentity &a, const Value &body) {
            requireWriter(a);
            if (a.role == "store_manager") return failure(403, "store_forbidden", "Only a tenant administrator may create stores.");
            Reader r(body);
            store::StoreRecord rec{r.code("store_id"), r.string("name", 1, 200), r.string("currency", 3, 3),
                                   r.string("time_zone", 1, 64)};
            if (r.ok() && !store::isKnownCurrency(rec.currency)) r.fail("currency", "is not a known ISO 4217 code", "invalid_value");
            if (r.ok() && !QTimeZone(QByteArray::fromStdString(rec.timeZone)).isValid())
                r.fail("time_zone", "is not an IANA time zone such as Europe/Berlin", "invalid_value");
            if (!r.ok()) return badRequest(r.error());
            auto result = store::upsertStore(s, a.tenantId, rec, store::nowMs());
            if (!result) return failure(result.error());
            Writer w;
            w.beginObject().field("store_id", rec.storeId).field("result", *result);
            return ok(w, *result == "created" ? 201 : 200);
        });
    } else if (path == "terminals" && method == "GET") {
        const std::string storeFilter = queryParam(call.request.query, "store_id");
        answer = inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
            const store::AdminIdentity a = requireAdmin(s, *credential);
            if (!storeFilter.empty()) requireStore(a, storeFilter);
            const std::array<Param, 2> p{std::string_view(a.tenantId), std::string_view(storeFilter)};
            auto rows = s.query("SELECT terminal_id, store_id, lane_id, name, state, last_contact_at, software,"
                                " clock_offset_ms, acked_through, outbox_head, rejected_count, held_count, conflicts"
                                " FROM terminals WHERE tenant_id = ?1 AND (?2 = '' OR store_id = ?2)"
                                " ORDER BY store_id, lane_id", p);
            struct Row
            {
                std::string id, store, lane, name, state, software;
                std::optional<std::int64_t> lastContact, offset;
                std::int64_t acked, head, rejected, held, conflicts;
            };
            std::vector<Row> list;
            while (rows->next()) {
                Row row{std::string(rows->text(0)), std::string(rows->text(1)), std::string(rows->text(2)),
                        std::string(rows->text(3)), std::string(rows->text(4)),
                        rows->isNull(6) ? std::string() : std::string(rows->text(6)),
                        rows->isNull(5) ? std::nullopt : std::optional(rows->integer(5)),
                        rows->isNull(7) ? std::nullopt : std::optional(rows->integer(7)),
                        rows->integer(8), rows->integer(9), rows->integer(10), rows->integer(11), rows->integer(12)};
                if (a.mayTouchStore(row.store)) list.push_back(std::move(row));
            }
            rows.reset();
            Writer w;
            w.beginObject().key("terminals").beginArray();
            for (const Row &row : list) {
                w.beginObject().field("terminal_id", row.id).field("store_id", row.store).field("lane_id", row.lane)
                    .field("name", row.name).field("state", row.state);
                if (row.lastContact) w.field("last_contact_at", *row.lastContact); else w.nullField("last_contact_at");
                if (!row.software.empty()) w.field("software", row.software); else w.nullField("software");
                if (row.offset) w.field("clock_offset_ms", *row.offset); else w.nullField("clock_offset_ms");
                w.field("acked_through", row.acked).field("outbox_head", row.head)
                    .field("unacked", std::max<std::int64_t>(0, row.head - row.acked))
                    .field("rejected_count", row.rejected).field("held_count", row.held).field("conflicts", row.conflicts);
                w.key("lag").beginObject();
                const std::array<Param, 1> q{std::string_view(row.id)};
                auto cursors = s.query("SELECT scope, epoch, seq FROM terminal_cursors WHERE terminal_id = ?1 ORDER BY scope", q);
                std::vector<std::tuple<std::string, std::string, std::int64_t>> cs;
                while (cursors->next()) cs.emplace_back(std::string(cursors->text(0)), std::string(cursors->text(1)), cursors->integer(2));
                cursors.reset();
                for (const auto &[scope, epoch, seq] : cs) {
                    const store::ScopeHead head = store::readScopeHead(s, a.tenantId, scope);
                    w.field(scope, head.epoch == epoch ? std::max<std::int64_t>(0, head.seq - seq) : head.seq);
                }
                w.endObject().endObject();
            }
            w.endArray();
            return ok(w);
        });
    } else if (path == "terminals") {
        answer = post([&](sql::Session &s, const store::AdminIdentity &a, const Value &body) {
            requireWriter(a);
            Reader r(body);
            const std::string store = r.code("store_id");
            const std::string lane = r.code("lane_id");
            const std::string name = r.string("name", 1, 200);
            if (!r.ok()) return badRequest(r.error());
            requireStore(a, store);
            auto code = store::createTerminal(s, a.tenantId, store, lane, name, store::nowMs());
            if (!code) return failure(code.error());
            Writer w;
            w.beginObject();
            writeCode(w, *code);
            return ok(w, 201);
        });
    } else if (path.starts_with("terminals/") && (path.ends_with("/enrolment-codes") || path.ends_with("/revoke"))) {
        const bool revoke = path.ends_with("/revoke");
        const std::string id = path.substr(10, path.rfind('/') - 10);
        answer = post([&](sql::Session &s, const store::AdminIdentity &a, const Value &body) {
            requireWriter(a);
            if (!sync::json::isUuid(id)) return failure(404, "not_found", "There is no terminal " + id + ".");
            const std::array<Param, 2> p{std::string_view(a.tenantId), std::string_view(id)};
            const auto store = s.queryText("SELECT store_id FROM terminals WHERE tenant_id = ?1 AND terminal_id = ?2", p);
            if (!store) return failure(404, "not_found", "There is no terminal " + id + ".");
            requireStore(a, *store);
            Reader r(body);
            Writer w;
            w.beginObject();
            if (revoke) {
                const std::string reason = r.string("reason", 1, 200);
                if (!r.ok()) return badRequest(r.error());
                auto at = store::revokeTerminal(s, a.tenantId, id, reason, store::nowMs());
                if (!at) return failure(at.error());
                w.field("terminal_id", id).field("revoked_at", *at);
                log::info(u"server", QStringLiteral("terminal %1 revoked").arg(QString::fromStdString(id)));
                store::auditSecurity(s, a.tenantId, a.credentialId, call.request.peer, call.route, "terminal_revoked", id,
                                     store::nowMs());
                return ok(w);
            }
            const bool newKey = r.optionalBoolean("new_key").value_or(false);
            if (!r.ok()) return badRequest(r.error());
            auto code = store::createEnrolmentCode(s, a.tenantId, id, newKey, store::nowMs());
            if (!code) return failure(code.error());
            writeCode(w, *code);
            return ok(w, 201);
        });
    } else if (path.starts_with("scopes/") && path.ends_with("/reset")) {
        const std::string scope = QByteArray::fromPercentEncoding(QByteArray::fromStdString(path.substr(7, path.size() - 13))).toStdString();
        answer = post([&](sql::Session &s, const store::AdminIdentity &a, const Value &) {
            requireWriter(a);
            if (a.role != "tenant_admin") return failure(403, "store_forbidden", "Only a tenant administrator may reset a scope.");
            const std::array<Param, 2> p{std::string_view(a.tenantId), std::string_view(scope)};
            if (!s.queryInt("SELECT 1 FROM scope_heads WHERE tenant_id = ?1 AND scope = ?2", p))
                return failure(404, "not_found", "There is no scope " + scope + ".");
            const store::ScopeHead head = store::resetScope(s, a.tenantId, scope);
            visibleAt[scope] = 0;
            Writer w;
            w.beginObject().field("scope", scope).field("epoch", head.epoch);
            return ok(w);
        });
    } else if (path == "events" || path == "flags" || path == "tokens" || path.starts_with("tokens/")) {
        answer = adminOversight(call, *credential, path);
    } else {
        answer = adminRecords(call, *credential, path, visibleAt, tenant);
    }
    if (answer.status < 300) notifyScopes(tenant, visibleAt);
    // A revoked terminal's next pull must not be answered from memory.
    if (answer.status < 300 && revokesTerminal) credentialsChanged();
    return answer;
}

namespace {
// Prometheus label values escape backslash, double quote and newline.
std::string label(std::string_view value)
{
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') out.push_back('\\');
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out.push_back(c);
    }
    return out;
}
} // namespace

Reply ServerApi::Impl::metricsText(Call &call)
{
    // The plain loopback listener is the operator's: every tenant. On the TLS
    // listener an admin credential sees its own tenant's lanes (super_admin: all).
    std::optional<std::string> tenantFilter;
    if (call.request.secure) {
        Reply reply;
        const auto credential = bearer(call, reply);
        if (!credential) return reply;
        Reply denied = inTransaction(sql::TxMode::Read, [&](sql::Session &s) {
            auto admin = store::authenticateAdmin(s, *credential, store::nowMs());
            if (!admin) return failure(admin.error());
            if (!admin->tenantId.empty()) tenantFilter = admin->tenantId;
            return Reply{};
        });
        if (denied.status >= 400) return denied;
    }
    std::string text = metrics.render();
    // Per-terminal figures come from the database at scrape time.
    db.transact(sql::TxMode::Read, [&](sql::Session &s) {
        const std::string tenant = tenantFilter.value_or("");
        auto rows = s.query("SELECT terminal_id, store_id, lane_id, acked_through, outbox_head, clock_offset_ms,"
                            " last_contact_at FROM terminals WHERE state = 'active' AND (?1 = '' OR tenant_id = ?1)"
                            " ORDER BY terminal_id", {std::string_view(tenant)});
        std::string lag = "# HELP retailos_terminal_unacked_events Events a lane reported but the server has not stored.\n"
                          "# TYPE retailos_terminal_unacked_events gauge\n";
        std::string offset = "# HELP retailos_terminal_clock_offset_ms The lane's last measured clock offset (R-10.2).\n"
                             "# TYPE retailos_terminal_clock_offset_ms gauge\n";
        std::string contact = "# HELP retailos_terminal_last_contact_seconds Server time of the lane's last request.\n"
                              "# TYPE retailos_terminal_last_contact_seconds gauge\n";
        while (rows->next()) {
            const std::string labels = "{terminal=\"" + label(rows->text(0)) + "\",store=\"" + label(rows->text(1))
                                       + "\",lane=\"" + label(rows->text(2)) + "\"}";
            lag += "retailos_terminal_unacked_events" + labels + " "
                   + std::to_string(std::max<std::int64_t>(0, rows->integer(4) - rows->integer(3))) + "\n";
            if (!rows->isNull(5)) offset += "retailos_terminal_clock_offset_ms" + labels + " " + std::to_string(rows->integer(5)) + "\n";
            if (!rows->isNull(6)) contact += "retailos_terminal_last_contact_seconds" + labels + " " + std::to_string(rows->integer(6) / 1000) + "\n";
        }
        text += lag + offset + contact;
    });
    Reply r;
    r.body = std::move(text);
    r.contentType = "text/plain; version=0.0.4";
    return r;
}

} // namespace retailos::server::api
