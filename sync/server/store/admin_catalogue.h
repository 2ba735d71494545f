// HQ's catalogue and price writes (§11): a whole batch is validated before
// anything is written, and every written record becomes a change.
#pragma once

#include "sync/protocol/json.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/store_error.h"

#include <map>
#include <string>

namespace retailos::server::store {

inline constexpr std::size_t kMaxAdminRecords = 50'000;

struct WriteCounts
{
    std::int64_t written = 0, unchanged = 0, deleted = 0;
    std::map<std::string, std::int64_t> visibleAt;   // scope → last change seq
};

// {departments?, tax_rates?, tax_classes?, products?}
StoreResult<WriteCounts> writeCatalogue(sql::Session &session, const AdminIdentity &admin,
                                        const sync::json::Value &body, std::int64_t nowMs);
// {prices: [...], delete?: [keys]}
StoreResult<WriteCounts> writePrices(sql::Session &session, const AdminIdentity &admin,
                                     const sync::json::Value &body, std::int64_t nowMs);

} // namespace retailos::server::store
