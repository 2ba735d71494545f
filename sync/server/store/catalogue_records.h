// The records HQ writes through the admin API (§11) in the shapes of §8.2,
// validated and turned into canonical JSON with their key and scope.
#pragma once

#include "sync/protocol/json.h"

#include <optional>
#include <string>

namespace retailos::server::store {

struct ChangeRecord
{
    std::string scope;   // "global" or "store:<id>"
    std::string kind;
    std::string key;
    std::string data;    // canonical JSON
    std::string storeId; // store prices: the store the scope belongs to
};

// Each reads one element; on a problem the reader records it (with its path) and
// the result is meaningless.
ChangeRecord readDepartment(sync::json::Reader &r);
ChangeRecord readTaxRate(sync::json::Reader &r);
ChangeRecord readTaxClass(sync::json::Reader &r);
ChangeRecord readProduct(sync::json::Reader &r);
ChangeRecord readPrice(sync::json::Reader &r);

// "<sku>|<store or *>|<effective_from>" (§8.2).
std::string priceKey(std::string_view sku, std::optional<std::string_view> storeId, std::int64_t effectiveFrom);
bool isKnownCurrency(std::string_view code);

} // namespace retailos::server::store
