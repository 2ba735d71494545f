#include "sync/server/store/identity.h"

#include "sync/protocol/json.h"
#include "sync/server/store/admin_records.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/ids.h"

#include <QDateTime>

#include <algorithm>
#include <array>

namespace retailos::server::store {

using sql::Param;

namespace {

constexpr std::string_view kZeroHash = "0000000000000000000000000000000000000000000000000000000000000000";
constexpr std::int64_t kMaxAdminValidityMs = 30LL * 24 * 3600 * 1000;

// "rtt1.<uuid>.<43 base64url>" → {id, secret}; empty id when malformed.
std::pair<std::string, std::string> splitCredential(std::string_view credential, std::string_view prefix)
{
    if (credential.size() != prefix.size() + 1 + 36 + 1 + 43 || credential.substr(0, prefix.size()) != prefix
        || credential[prefix.size()] != '.' || credential[prefix.size() + 37] != '.')
        return {};
    const std::string_view id = credential.substr(prefix.size() + 1, 36);
    const std::string_view secret = credential.substr(prefix.size() + 38);
    if (!sync::json::isUuid(id)) return {};
    for (char c : secret)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return {};
    return {std::string(id), std::string(secret)};
}

std::string utcText(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")).toStdString();
}

} // namespace

bool AdminIdentity::mayTouchStore(std::string_view store) const
{
    if (role != "store_manager") return true;
    return std::find(storeIds.begin(), storeIds.end(), store) != storeIds.end();
}

std::vector<std::string> ownScopes(const TerminalIdentity &t)
{
    return {"global", "store:" + t.storeId, "stock:" + t.storeId, "terminal:" + t.terminalId};
}

bool mayReadScope(const TerminalIdentity &t, std::string_view scope, sql::Session &session)
{
    if (scope == "global") return true;
    if (scope == "store:" + t.storeId || scope == "terminal:" + t.terminalId) return true;
    if (scope.starts_with("stock:")) {
        // Any store of the tenant (§8.1): stock, never customers or staff.
        return findStore(session, t.tenantId, scope.substr(6)).has_value();
    }
    return false;
}

StoreResult<TerminalIdentity> authenticateTerminal(sql::Session &session, std::string_view credential)
{
    if (credential.starts_with("rta1.")) return refuse(403, "wrong_credential_kind", "This path needs a terminal credential, not an admin credential.");
    const auto [id, secret] = splitCredential(credential, "rtt1");
    if (id.empty()) return refuse(401, "credential_invalid", "The terminal credential is malformed.");
    const std::array<Param, 1> p{std::string_view(id)};
    auto rows = session.query("SELECT terminal_id, tenant_id, store_id, lane_id, name, state, secret_hash, revoked_at"
                              " FROM terminals WHERE credential_id = ?1", p);
    if (!rows->next() || !constantTimeEqual(sha256(secret), rows->blob(6)))
        return refuse(401, "credential_invalid", "This terminal credential is not known to the server; enrol the lane again.");
    if (rows->text(5) == "revoked")
        return refuse(401, "credential_revoked", "This terminal was revoked at head office on "
                                                     + utcText(rows->integer(7)) + ".");
    return TerminalIdentity{std::string(rows->text(0)), std::string(rows->text(1)), std::string(rows->text(2)),
                            std::string(rows->text(3)), std::string(rows->text(4)), id};
}

StoreResult<AdminIdentity> authenticateAdmin(sql::Session &session, std::string_view credential, std::int64_t nowMs)
{
    if (credential.starts_with("rtt1.")) return refuse(403, "wrong_credential_kind", "This path needs an admin credential, not a terminal credential.");
    const auto [id, secret] = splitCredential(credential, "rta1");
    if (id.empty()) return refuse(401, "credential_invalid", "The admin credential is malformed.");
    const std::array<Param, 1> p{std::string_view(id)};
    auto rows = session.query("SELECT tenant_id, role, store_ids, secret_hash, expires_at, revoked_at"
                              " FROM admin_credentials WHERE credential_id = ?1", p);
    if (!rows->next() || !constantTimeEqual(sha256(secret), rows->blob(3)))
        return refuse(401, "credential_invalid", "This admin credential is not known to the server.");
    if (!rows->isNull(5)) return refuse(401, "credential_revoked", "This admin credential was revoked.");
    if (rows->integer(4) <= nowMs)
        return refuse(401, "credential_invalid", "This admin credential expired on " + utcText(rows->integer(4)) + ".");
    return AdminIdentity{id, rows->isNull(0) ? std::string() : std::string(rows->text(0)), std::string(rows->text(1)),
                         splitStoreIds(rows->text(2))};
}

std::string createTenant(sql::Session &session, std::string_view name, std::int64_t nowMs)
{
    const std::string id = newUuid();
    const std::array<Param, 3> p{std::string_view(id), name, nowMs};
    session.exec("INSERT INTO tenants (tenant_id, name, created_at) VALUES (?1, ?2, ?3)", p);
    lockScopeHead(session, id, "global");   // every readable scope has an epoch from the start
    return id;
}

StoreResult<AdminToken> createAdminToken(sql::Session &session, std::string_view tenantId, std::string_view role,
                                         const std::vector<std::string> &storeIds, std::int64_t validityMs,
                                         std::int64_t nowMs)
{
    static constexpr std::array<std::string_view, 4> roles{"super_admin", "tenant_admin", "store_manager", "analyst"};
    if (std::find(roles.begin(), roles.end(), role) == roles.end())
        return refuse(422, "invalid_value", "The role must be super_admin, tenant_admin, store_manager or analyst.");
    if (role != "super_admin") {
        const std::array<Param, 1> p{tenantId};
        if (!session.queryInt("SELECT 1 FROM tenants WHERE tenant_id = ?1", p))
            return refuse(404, "not_found", "There is no tenant " + std::string(tenantId) + ".");
    }
    if (role == "store_manager" && storeIds.empty())
        return refuse(422, "invalid_value", "A store_manager token needs the stores it may manage.");
    if (validityMs <= 0 || validityMs > kMaxAdminValidityMs)
        return refuse(422, "invalid_value", "An admin token is valid for at most 30 days.");
    const std::string id = newUuid();
    const std::string secret = randomBase64Url(32);
    const std::string hash = sha256(secret);
    const std::string stores = joinStoreIds(storeIds);
    const std::int64_t expires = nowMs + validityMs;
    const Param tenant = role == "super_admin" ? Param(nullptr) : Param(tenantId);
    const std::array<Param, 7> p{std::string_view(id), tenant, role, std::string_view(stores),
                                 sql::Blob{hash}, nowMs, expires};
    session.exec("INSERT INTO admin_credentials (credential_id, tenant_id, role, store_ids, secret_hash,"
                 " created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", p);
    return AdminToken{"rta1." + id + "." + secret, expires};
}

StoreResult<std::int64_t> revokeAdminToken(sql::Session &session, std::string_view tenantId,
                                           std::string_view credentialId, std::int64_t nowMs)
{
    if (session.exec("UPDATE admin_credentials SET revoked_at = COALESCE(revoked_at, ?3)"
                     " WHERE tenant_id = ?1 AND credential_id = ?2", {tenantId, credentialId, nowMs}) == 0)
        return refuse(404, "not_found", "There is no admin token " + std::string(credentialId) + ".");
    return nowMs;
}

std::optional<StoreRecord> findStore(sql::Session &session, std::string_view tenant, std::string_view storeId)
{
    const std::array<Param, 2> p{tenant, storeId};
    auto rows = session.query("SELECT store_id, name, currency, time_zone FROM stores"
                              " WHERE tenant_id = ?1 AND store_id = ?2", p);
    if (!rows->next()) return std::nullopt;
    return StoreRecord{std::string(rows->text(0)), std::string(rows->text(1)), std::string(rows->text(2)),
                       std::string(rows->text(3))};
}

StoreResult<std::string> upsertStore(sql::Session &session, std::string_view tenant, const StoreRecord &store,
                                     std::int64_t nowMs)
{
    if (const auto existing = findStore(session, tenant, store.storeId)) {
        if (existing->currency != store.currency)
            return refuse(422, "invalid_value", "Store " + store.storeId + " keeps its currency "
                                                    + existing->currency + "; it cannot change.",
                          R"({"field":"currency"})");
        if (existing->name == store.name && existing->timeZone == store.timeZone) return std::string("unchanged");
        const std::array<Param, 4> p{tenant, std::string_view(store.storeId), std::string_view(store.name),
                                     std::string_view(store.timeZone)};
        session.exec("UPDATE stores SET name = ?3, time_zone = ?4 WHERE tenant_id = ?1 AND store_id = ?2", p);
        return std::string("updated");
    }
    // See tenantStores(): chain-wide writers and a new store meet on the tenant row.
    if (session.dialect() == sql::Dialect::Postgres)
        session.query("SELECT 1 FROM tenants WHERE tenant_id = ?1 FOR UPDATE", {tenant})->next();
    const std::array<Param, 6> p{tenant, std::string_view(store.storeId), std::string_view(store.name),
                                 std::string_view(store.currency), std::string_view(store.timeZone), nowMs};
    session.exec("INSERT INTO stores (tenant_id, store_id, name, currency, time_zone, created_at)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", p);
    lockScopeHead(session, tenant, "store:" + store.storeId);
    lockScopeHead(session, tenant, "stock:" + store.storeId);
    // A new store gets the chain-wide roles, staff, promotions and customers at once.
    seedNewStoreScope(session, tenant, store.storeId, nowMs);
    return std::string("created");
}

StoreResult<NewEnrolmentCode> createEnrolmentCode(sql::Session &session, std::string_view tenant,
                                                  std::string_view terminalId, bool newKey, std::int64_t nowMs)
{
    const std::array<Param, 2> p{tenant, terminalId};
    if (!session.queryInt("SELECT 1 FROM terminals WHERE tenant_id = ?1 AND terminal_id = ?2", p))
        return refuse(404, "not_found", "There is no terminal " + std::string(terminalId) + ".");
    const std::string code = newEnrolmentCode();
    const std::string hash = sha256(code);
    const std::int64_t expires = nowMs + kCodeValidityMs;
    const std::array<Param, 5> q{sql::Blob{hash}, terminalId, nowMs, expires, std::int64_t(newKey ? 1 : 0)};
    session.exec("INSERT INTO enrolment_codes (code_hash, terminal_id, created_at, expires_at, new_key)"
                 " VALUES (?1, ?2, ?3, ?4, ?5)", q);
    return NewEnrolmentCode{std::string(terminalId), groupEnrolmentCode(code), expires};
}

StoreResult<NewEnrolmentCode> createTerminal(sql::Session &session, std::string_view tenant, std::string_view storeId,
                                             std::string_view laneId, std::string_view name, std::int64_t nowMs)
{
    if (!findStore(session, tenant, storeId))
        return refuse(422, "invalid_value", "There is no store " + std::string(storeId) + "; create it first.",
                      R"({"field":"store_id"})");
    {
        const std::array<Param, 3> p{tenant, storeId, laneId};
        if (auto existing = session.queryText("SELECT terminal_id FROM terminals WHERE tenant_id = ?1"
                                              " AND store_id = ?2 AND lane_id = ?3", p)) {
            sync::json::Writer d;
            d.beginObject().field("field", "lane_id").field("terminal_id", *existing).endObject();
            return refuse(422, "invalid_value", "Lane " + std::string(laneId) + " of store " + std::string(storeId)
                                                    + " already has a terminal; create a new enrolment code for it instead.",
                          d.take());
        }
    }
    const std::string id = newUuid();
    const std::array<Param, 8> p{std::string_view(id), tenant, storeId, laneId, name, std::string_view("pending"),
                                 nowMs, kZeroHash};
    session.exec("INSERT INTO terminals (terminal_id, tenant_id, store_id, lane_id, name, state, created_at, last_hash)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", p);
    lockScopeHead(session, tenant, "terminal:" + id);
    return createEnrolmentCode(session, tenant, id, false, nowMs);
}

StoreResult<std::int64_t> revokeTerminal(sql::Session &session, std::string_view tenant, std::string_view terminalId,
                                         std::string_view reason, std::int64_t nowMs)
{
    const std::array<Param, 4> p{tenant, terminalId, nowMs, reason};
    if (session.exec("UPDATE terminals SET state = 'revoked', revoked_at = ?3, revoke_reason = ?4"
                     " WHERE tenant_id = ?1 AND terminal_id = ?2", p) == 0)
        return refuse(404, "not_found", "There is no terminal " + std::string(terminalId) + ".");
    // Every code of the terminal dies with the credential, used ones too: the
    // retry of an earlier enrolment must not bring a revoked lane back (R-4.5).
    const std::array<Param, 2> q{terminalId, nowMs};
    session.exec("UPDATE enrolment_codes SET expires_at = ?2 WHERE terminal_id = ?1 AND expires_at > ?2", q);
    return nowMs;
}

StoreResult<Enrolment> enrol(sql::Session &session, const EnrolRequest &request, std::int64_t nowMs)
{
    auto invalid = [] {
        return refuse(401, "enrolment_code_invalid",
                      "This enrolment code is not valid: it may be mistyped, used or expired. Ask head office for a new one.");
    };
    const std::string code = normaliseEnrolmentCode(request.code);
    if (code.empty()) return invalid();
    const std::string codeHash = sha256(code);
    const std::array<Param, 1> cp{sql::Blob{codeHash}};
    auto c = session.query("SELECT terminal_id, expires_at, new_key, used_at, used_request_id, used_key"
                           " FROM enrolment_codes WHERE code_hash = ?1", cp);
    if (!c->next() || c->integer(1) <= nowMs) return invalid();
    const std::string terminalId(c->text(0));
    const bool newKey = c->integer(2) != 0;
    const bool used = !c->isNull(3);
    const bool sameAttempt = used && c->text(4) == request.requestId && c->text(5) == request.journalPublicKey;
    c.reset();
    // R-6.1: only the same attempt may repeat (its first answer may have been lost).
    if (used && !sameAttempt) return invalid();

    const std::array<Param, 1> tp{std::string_view(terminalId)};
    auto t = session.query("SELECT tenant_id, store_id, lane_id, name, journal_public_key, acked_through"
                           " FROM terminals WHERE terminal_id = ?1", tp);
    if (!t->next()) return invalid();
    TerminalIdentity terminal{terminalId, std::string(t->text(0)), std::string(t->text(1)), std::string(t->text(2)),
                              std::string(t->text(3)), {}};
    const std::optional<std::string> registeredKey =
        t->isNull(4) ? std::nullopt : std::optional(std::string(t->text(4)));
    const std::int64_t acked = t->integer(5);
    t.reset();

    // R-6.2: a lane configured as another store or lane is not silently renamed.
    if ((request.storeId && *request.storeId != terminal.storeId) || (request.laneId && *request.laneId != terminal.laneId)) {
        sync::json::Writer d;
        d.beginObject()
            .field("field", request.storeId && *request.storeId != terminal.storeId ? "store_id" : "lane_id")
            .field("lane_store_id", request.storeId.value_or(""))
            .field("lane_lane_id", request.laneId.value_or(""))
            .field("terminal_store_id", terminal.storeId)
            .field("terminal_lane_id", terminal.laneId)
            .endObject();
        return refuse(409, "terminal_mismatch",
                      "This code is for lane " + terminal.laneId + " of store " + terminal.storeId
                          + ", but this lane is set up as lane " + request.laneId.value_or("?") + " of store "
                          + request.storeId.value_or("?") + ".",
                      d.take());
    }
    // R-6.3: the journal key binds the stream to one device.
    if (registeredKey && *registeredKey != request.journalPublicKey && !newKey && !sameAttempt)
        return refuse(409, "terminal_mismatch",
                      "This terminal is registered with another lane PC's journal key. Head office must create the code with --new-key for a replaced PC.",
                      R"({"field":"journal_public_key"})");

    // Consume the code, on condition: of two enrolments racing with one code
    // (two server processes on PostgreSQL) the second finds it taken (R-6.1).
    const std::array<Param, 4> consume{sql::Blob{codeHash}, nowMs, std::string_view(request.requestId),
                                       std::string_view(request.journalPublicKey)};
    if (session.exec("UPDATE enrolment_codes SET used_at = COALESCE(used_at, ?2), used_request_id = ?3, used_key = ?4"
                     " WHERE code_hash = ?1 AND expires_at > ?2"
                     " AND (used_at IS NULL OR (used_request_id = ?3 AND used_key = ?4))", consume) != 1)
        return invalid();
    // Any other code of this terminal ends now: a replaced PC cannot take the
    // terminal back by repeating its old enrolment (R-6.3).
    const std::array<Param, 3> others{std::string_view(terminalId), sql::Blob{codeHash}, nowMs};
    session.exec("UPDATE enrolment_codes SET expires_at = ?3 WHERE terminal_id = ?1 AND code_hash <> ?2"
                 " AND expires_at > ?3", others);

    terminal.credentialId = newUuid();
    const std::string secret = randomBase64Url(32);
    const std::string secretHash = sha256(secret);
    const std::array<Param, 6> up{std::string_view(terminalId), std::string_view(terminal.credentialId),
                                  sql::Blob{secretHash}, std::string_view(request.journalPublicKey), nowMs,
                                  std::string_view(request.software)};
    session.exec("UPDATE terminals SET state = 'active', credential_id = ?2, secret_hash = ?3,"
                 " journal_public_key = ?4, enrolled_at = ?5, revoked_at = NULL, revoke_reason = NULL,"
                 " software = ?6, last_contact_at = ?5 WHERE terminal_id = ?1", up);
    return Enrolment{terminal, "rtt1." + terminal.credentialId + "." + secret, acked};
}

void auditSecurity(sql::Session &session, std::string_view tenant, std::string_view credentialId,
                   std::string_view address, std::string_view path, std::string_view code, std::string_view detail,
                   std::int64_t nowMs)
{
    const std::array<Param, 7> p{nowMs, tenant.empty() ? Param(nullptr) : Param(tenant),
                                 credentialId.empty() ? Param(nullptr) : Param(credentialId), address, path, code, detail};
    session.exec("INSERT INTO security_audit (at, tenant_id, credential_id, address, path, code, detail)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", p);
}

} // namespace retailos::server::store
