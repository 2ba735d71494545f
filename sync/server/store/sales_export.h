// The sales of one business day of one store, page by page, for an
// accountant's CSV (GET /v1/admin/sales, docs/sync-protocol.md §11). The day
// is the store's own calendar day: a sale belongs to the day its lane's
// `completed_at` falls on in the store's time zone.
#pragma once

#include "sync/protocol/json.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/store_error.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace retailos::server::store {

inline constexpr std::int64_t kSalesPageSize = 10'000;

struct SalesPageRequest
{
    std::string storeId;
    std::string day;         // YYYY-MM-DD
    std::string pageToken;   // empty: the first page
    std::int64_t pageSize = kSalesPageSize;   // 1 … kSalesPageSize
};

struct ExportedSale
{
    std::string saleId, storeId, laneId, terminalId, eventId, cashierId, currency;
    std::optional<std::string> customerId;
    std::int64_t receiptNumber = 0, completedAt = 0, receivedAt = 0;
    std::int64_t subtotal = 0, discount = 0, tax = 0, rounding = 0, total = 0;
    std::map<std::string, std::int64_t> tenders;   // kind → Σ amount
    bool voided = false;
    std::optional<std::int64_t> voidedAt;
};

struct SalesPage
{
    std::string storeId, day, timeZone;
    std::int64_t from = 0, to = 0;               // [from, to) in UTC ms: the business day
    std::vector<ExportedSale> sales;             // by completed_at, then sale_id
    std::optional<std::string> nextPageToken;    // nullopt on the last page
};

// The [from, to) UTC milliseconds of `day` (YYYY-MM-DD) in the IANA zone; nullopt
// when either is not valid.
std::optional<std::pair<std::int64_t, std::int64_t>> businessDay(std::string_view day, std::string_view timeZone);

// 404 for a store the tenant does not have, 403 store_forbidden for a store
// manager's other stores, 400 bad_request for a bad day or page token.
StoreResult<SalesPage> readSalesPage(sql::Session &session, const AdminIdentity &admin,
                                     const SalesPageRequest &request);

// The page's members into an open JSON object (the caller closes it).
void writeSalesPage(sync::json::Writer &w, const SalesPage &page);

} // namespace retailos::server::store
