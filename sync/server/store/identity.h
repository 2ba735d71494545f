// Who is asking (§4): terminals enrolled with a one-time code and holding their
// own credential, and HQ administrators with expiring tokens. Tenant, store and
// terminal always come from the credential, never from a request.
#pragma once

#include "sync/server/db/sql.h"
#include "sync/server/store/store_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace retailos::server::store {

struct TerminalIdentity
{
    std::string terminalId, tenantId, storeId, laneId, name, credentialId;
};

struct AdminIdentity
{
    std::string credentialId;
    std::string tenantId;                 // empty for super_admin
    std::string role;                     // super_admin, tenant_admin, store_manager, analyst
    std::vector<std::string> storeIds;    // store_manager: the stores it may touch

    bool mayWrite() const { return role != "analyst"; }
    bool mayTouchStore(std::string_view store) const;
};

// The scopes a terminal may read, its own first.
std::vector<std::string> ownScopes(const TerminalIdentity &terminal);
bool mayReadScope(const TerminalIdentity &terminal, std::string_view scope, sql::Session &session);

StoreResult<TerminalIdentity> authenticateTerminal(sql::Session &session, std::string_view credential);
StoreResult<AdminIdentity> authenticateAdmin(sql::Session &session, std::string_view credential,
                                             std::int64_t nowMs);

// ---- administration -------------------------------------------------------

std::string createTenant(sql::Session &session, std::string_view name, std::int64_t nowMs);

struct AdminToken
{
    std::string token;        // shown once
    std::int64_t expiresAt = 0;
};
// `tenantId` empty only for super_admin; validity default 12 h, at most 30 days.
StoreResult<AdminToken> createAdminToken(sql::Session &session, std::string_view tenantId,
                                         std::string_view role, const std::vector<std::string> &storeIds,
                                         std::int64_t validityMs, std::int64_t nowMs);

// ends an admin token of the tenant at once.
StoreResult<std::int64_t> revokeAdminToken(sql::Session &session, std::string_view tenantId,
                                           std::string_view credentialId, std::int64_t nowMs);

struct StoreRecord
{
    std::string storeId, name, currency, timeZone;
};
// "created" or "unchanged"; a store's currency cannot change.
StoreResult<std::string> upsertStore(sql::Session &session, std::string_view tenant, const StoreRecord &store,
                                     std::int64_t nowMs);
std::optional<StoreRecord> findStore(sql::Session &session, std::string_view tenant, std::string_view storeId);

struct NewEnrolmentCode
{
    std::string terminalId;
    std::string code;        // grouped ABCD-EFGH-JKMN-PQRS, shown once
    std::int64_t expiresAt = 0;
};
inline constexpr std::int64_t kCodeValidityMs = 72LL * 3600 * 1000;

StoreResult<NewEnrolmentCode> createTerminal(sql::Session &session, std::string_view tenant,
                                             std::string_view storeId, std::string_view laneId,
                                             std::string_view name, std::int64_t nowMs);
StoreResult<NewEnrolmentCode> createEnrolmentCode(sql::Session &session, std::string_view tenant,
                                                  std::string_view terminalId, bool newKey, std::int64_t nowMs);
StoreResult<std::int64_t> revokeTerminal(sql::Session &session, std::string_view tenant,
                                         std::string_view terminalId, std::string_view reason, std::int64_t nowMs);

// ---- enrolment (§6.1) -------------------------------------------------------

struct EnrolRequest
{
    std::string code, requestId, journalPublicKey, software;
    std::optional<std::string> storeId, laneId;
};

struct Enrolment
{
    TerminalIdentity terminal;
    std::string credential;   // rtt1.<id>.<secret>, shown once
    std::int64_t ackedThrough = 0;
};

StoreResult<Enrolment> enrol(sql::Session &session, const EnrolRequest &request, std::int64_t nowMs);

// never a secret.
void auditSecurity(sql::Session &session, std::string_view tenant, std::string_view credentialId,
                   std::string_view address, std::string_view path, std::string_view code,
                   std::string_view detail, std::int64_t nowMs);

} // namespace retailos::server::store
