// HQ's store-level records through the admin API (docs/sync-protocol.md §11):
// promotions, customers, roles and staff, terminal settings. Each batch is
// validated whole before anything is written (422 invalid_value with
// details.index/field, 403 store_forbidden, R-4.10); every written record
// becomes a change in each store scope it belongs to, in canonical
// JSON.
//
// Store assignment: a record goes to the `store:` scopes of the stores it is
// assigned to and is removed from the others. "Every store" (chain-wide roles
// and staff, promotions for "all", customers by default) is remembered as such
// in `hq_store_records`, so a store created later receives the same records
// (seedNewStoreScope).
#pragma once

#include "sync/protocol/json.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/admin_catalogue.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/store_error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace retailos::server::store {

// The table that keeps HQ's assignment of each record (store_ids NULL: every
// store of the tenant, also the ones created later).
std::vector<std::string> adminRecordsSchemaStatements(sql::Dialect dialect);

// {store_ids: [code] | "all", promotions: [...], delete?: [promotion_id]}
StoreResult<WriteCounts> writePromotions(sql::Session &session, const AdminIdentity &admin,
                                         const sync::json::Value &body, std::int64_t nowMs);

// {customers: [{…customer data, store_ids?: [code]}]}: every store by default;
// the customer's loyalty_balance goes with it where the server holds one.
StoreResult<WriteCounts> writeCustomers(sql::Session &session, const AdminIdentity &admin,
                                        const sync::json::Value &body, std::int64_t nowMs);

// {terminal_id, settings: [{name, value}], delete?: [name]} → kind `setting` in
// "terminal:<id>"; the value is stored in its canonical form.
StoreResult<WriteCounts> writeSettings(sql::Session &session, const AdminIdentity &admin,
                                       const sync::json::Value &body, std::int64_t nowMs);

// {roles?: [...], staff?: [...]} in two steps, so that PINs are hashed outside
// any transaction (PBKDF2 takes ~30 ms each):
//   1. storedPinHashes (read transaction): the hashes the server holds for the
//      staff of the body that come without `pin_hash`;
//   2. readStaffBatch (no database): validates every record, hashes each `pin`
//      (or keeps the stored hash when the PIN is unchanged); the PIN itself is
//      never stored, logged or sent;
//   3. writeStaff (write transaction): permissions, references, writes.
struct StaffBatch
{
    struct Role
    {
        std::string id, data;
    };
    struct Member
    {
        std::string code, data;
        std::optional<std::string> storeId;   // nullopt: every store
        std::vector<std::string> roleIds;
    };
    std::vector<Role> roles;
    std::vector<Member> staff;
};
inline constexpr std::size_t kMaxPinsPerRequest = 1'000;   // plain `pin`s hashed in one request
std::map<std::string, std::string> storedPinHashes(sql::Session &session, std::string_view tenant,
                                                   const sync::json::Value &body);
StoreResult<StaffBatch> readStaffBatch(const sync::json::Value &body,
                                       const std::map<std::string, std::string> &storedHashes,
                                       int pinIterations = 0 /* 0: PinHash::kDefaultIterations */);
StoreResult<WriteCounts> writeStaff(sql::Session &session, const AdminIdentity &admin, const StaffBatch &batch,
                                    std::int64_t nowMs);

// Every store of the tenant, sorted.
std::vector<std::string> tenantStores(sql::Session &session, std::string_view tenant);

// The stores a customer's records belong to: HQ's assignment, every store of the
// tenant when HQ named none (§8.2). Sorted.
std::vector<std::string> customerStores(sql::Session &session, std::string_view tenant, std::string_view customerId);

// Remembers a customer enrolled at a lane as assigned to every store (the
// customer.enrolled.v1 effect).
void rememberCustomer(sql::Session &session, std::string_view tenant, std::string_view customerId,
                      std::string_view canonicalData, std::int64_t nowMs);

// Copies a staff member's new PIN hash into HQ's copy of the record (the
// staff.pin_changed.v1 effect), so stores created later get the new PIN.
void rememberStaffPinHash(sql::Session &session, std::string_view tenant, std::string_view code,
                          std::string_view pinHash);

// For store::upsertStore when it creates a store: writes every record assigned
// to "every store" (chain-wide roles and staff, promotions for "all",
// customers without an assignment and their loyalty balances) into
// "store:<storeId>". Safe to call again: equal records write no change.
void seedNewStoreScope(sql::Session &session, std::string_view tenant, std::string_view storeId, std::int64_t nowMs);

} // namespace retailos::server::store
