#include "sync/server/store/admin_catalogue.h"

#include "sync/server/store/catalogue_records.h"
#include "sync/server/store/change_log.h"

#include <array>
#include <functional>
#include <set>

namespace retailos::server::store {

using sync::json::Reader;
using sync::json::Value;
using sql::Param;

namespace {

std::unexpected<StoreError> invalidRecord(const sync::json::FieldError &e, std::string_view array, std::size_t index)
{
    sync::json::Writer d;
    d.beginObject().field("array", array).field("index", std::int64_t(index)).field("field", e.field).endObject();
    return refuse(422, "invalid_value", e.field + " " + e.message, d.take());
}

std::unexpected<StoreError> invalidAt(std::string_view array, std::size_t index, const std::string &field,
                                      const std::string &message)
{
    return invalidRecord(sync::json::FieldError{field, message, "invalid_value"}, array, index);
}

bool recordExists(sql::Session &s, std::string_view tenant, std::string_view scope, std::string_view kind,
                  std::string_view key)
{
    const std::array<Param, 4> p{tenant, scope, kind, key};
    return s.queryInt("SELECT 1 FROM records WHERE tenant_id = ?1 AND scope = ?2 AND kind = ?3 AND record_key = ?4", p)
        .has_value();
}

// Reads every element of body[name] with `read`; nullopt when absent.
StoreResult<std::vector<ChangeRecord>> readAll(const Value &body, std::string_view name,
                                               ChangeRecord (*read)(Reader &), std::size_t &total)
{
    std::vector<ChangeRecord> out;
    const Value array = body.member(name);
    if (!array.exists() || array.isNull()) return out;
    if (!array.isArray())
        return refuse(400, "bad_request", std::string(name) + " must be an array",
                      "{\"field\":\"" + std::string(name) + "\"}");
    total += array.size();
    if (total > kMaxAdminRecords)
        return refuse(413, "batch_too_large", "At most 50000 records per request; split the batch.");
    out.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        Reader top(array);
        Reader r = top.element(array, i);
        ChangeRecord record = read(r);
        if (!r.ok()) return invalidRecord(r.error(), name, i);
        out.push_back(std::move(record));
    }
    return out;
}

void write(sql::Session &s, std::string_view tenant, const std::vector<ChangeRecord> &records, std::int64_t nowMs,
           WriteCounts &counts)
{
    for (const ChangeRecord &r : records) {
        const std::int64_t seq = writeChange(s, tenant, r.scope, r.kind, r.key, r.data, nowMs);
        if (seq == 0) {
            ++counts.unchanged;
        } else {
            ++counts.written;
            counts.visibleAt[r.scope] = seq;
        }
    }
}

} // namespace

StoreResult<WriteCounts> writeCatalogue(sql::Session &session, const AdminIdentity &admin, const Value &body,
                                        std::int64_t nowMs)
{
    if (!admin.mayWrite() || admin.role == "store_manager")
        return refuse(403, "store_forbidden", "Only a tenant administrator may change the chain's catalogue.");
    std::size_t total = 0;
    auto departments = readAll(body, "departments", readDepartment, total);
    if (!departments) return std::unexpected(departments.error());
    auto rates = readAll(body, "tax_rates", readTaxRate, total);
    if (!rates) return std::unexpected(rates.error());
    auto classes = readAll(body, "tax_classes", readTaxClass, total);
    if (!classes) return std::unexpected(classes.error());
    auto products = readAll(body, "products", readProduct, total);
    if (!products) return std::unexpected(products.error());

    // References must resolve in this batch or in what is already stored.
    const std::string &tenant = admin.tenantId;
    auto knownIn = [&](const std::vector<ChangeRecord> &batch, std::string_view kind) {
        std::set<std::string, std::less<>> ids;
        for (const auto &r : batch) ids.insert(r.key);
        return [&session, &tenant, ids = std::move(ids), kind](std::string_view id) mutable {
            if (ids.contains(id)) return true;
            if (!recordExists(session, tenant, "global", kind, id)) return false;
            ids.insert(std::string(id));
            return true;
        };
    };
    auto rateKnown = knownIn(*rates, "tax_rate");
    auto classKnown = knownIn(*classes, "tax_class");
    auto departmentKnown = knownIn(*departments, "department");
    for (std::size_t i = 0; i < classes->size(); ++i) {
        auto doc = sync::json::Document::parse((*classes)[i].data, nullptr);
        const Value ids = doc->root().member("rate_ids");
        for (std::size_t k = 0; k < ids.size(); ++k)
            if (!rateKnown(ids[k].toString()))
                return invalidAt("tax_classes", i, "tax_classes[" + std::to_string(i) + "].rate_ids[" + std::to_string(k) + "]",
                                 "names the unknown tax rate " + std::string(ids[k].toString()));
    }
    for (std::size_t i = 0; i < products->size(); ++i) {
        auto doc = sync::json::Document::parse((*products)[i].data, nullptr);
        const Value p = doc->root();
        if (!departmentKnown(p.member("department_id").toString()))
            return invalidAt("products", i, "products[" + std::to_string(i) + "].department_id",
                             "names the unknown department " + std::string(p.member("department_id").toString()));
        if (!classKnown(p.member("tax_class_id").toString()))
            return invalidAt("products", i, "products[" + std::to_string(i) + "].tax_class_id",
                             "names the unknown tax class " + std::string(p.member("tax_class_id").toString()));
    }

    WriteCounts counts;
    ChangeLogBatch batch(session);
    write(session, tenant, *departments, nowMs, counts);
    write(session, tenant, *rates, nowMs, counts);
    write(session, tenant, *classes, nowMs, counts);
    write(session, tenant, *products, nowMs, counts);
    batch.flush();
    return counts;
}

StoreResult<WriteCounts> writePrices(sql::Session &session, const AdminIdentity &admin, const Value &body,
                                     std::int64_t nowMs)
{
    if (!admin.mayWrite()) return refuse(403, "store_forbidden", "An analyst token cannot change prices.");
    std::size_t total = 0;
    auto prices = readAll(body, "prices", readPrice, total);
    if (!prices) return std::unexpected(prices.error());
    const std::string &tenant = admin.tenantId;

    std::map<std::string, std::string> storeCurrency;   // store → currency, looked up once
    std::set<std::string, std::less<>> knownSkus;
    for (std::size_t i = 0; i < prices->size(); ++i) {
        const ChangeRecord &r = (*prices)[i];
        const std::string at = "prices[" + std::to_string(i) + "]";
        if (!r.storeId.empty()) {
            if (!admin.mayTouchStore(r.storeId))
                return refuse(403, "store_forbidden", "This token may not change prices of store " + r.storeId + ".");
            auto it = storeCurrency.find(r.storeId);
            if (it == storeCurrency.end()) {
                const auto store = findStore(session, tenant, r.storeId);
                if (!store) return invalidAt("prices", i, at + ".store_id", "names the unknown store " + r.storeId);
                it = storeCurrency.emplace(r.storeId, store->currency).first;
            }
            if (r.data.find("\"currency\":\"" + it->second + "\"") == std::string::npos)
                return invalidAt("prices", i, at + ".currency", "must be the store's currency " + it->second);
        } else if (admin.role == "store_manager") {
            return refuse(403, "store_forbidden", "A store manager may not change chain-wide prices.");
        }
        const std::string sku = r.key.substr(0, r.key.find('|'));
        if (!knownSkus.contains(sku)) {
            if (!recordExists(session, tenant, "global", "product", sku))
                return invalidAt("prices", i, at + ".sku", "names the unknown product " + sku);
            knownSkus.insert(sku);
        }
    }

    // Cancelling scheduled prices: by key (§8.5).
    std::vector<std::pair<std::string, std::string>> deletes;   // scope, key
    const Value del = body.member("delete");
    if (del.exists() && !del.isNull()) {
        if (!del.isArray() || del.size() > kMaxAdminRecords)
            return refuse(400, "bad_request", "delete must be an array of price keys", R"({"field":"delete"})");
        for (std::size_t i = 0; i < del.size(); ++i) {
            const std::string key(del[i].toString());
            const auto first = key.find('|'), last = key.rfind('|');
            if (!del[i].isString() || first == std::string::npos || first == last)
                return invalidAt("delete", i, "delete[" + std::to_string(i) + "]", "must be a price key sku|store|effective_from");
            const std::string store = key.substr(first + 1, last - first - 1);
            if (store == "*" && admin.role == "store_manager")
                return refuse(403, "store_forbidden", "A store manager may not change chain-wide prices.");
            if (store != "*" && !admin.mayTouchStore(store))
                return refuse(403, "store_forbidden", "This token may not change prices of store " + store + ".");
            deletes.emplace_back(store == "*" ? std::string("global") : "store:" + store, key);
        }
    }

    WriteCounts counts;
    ChangeLogBatch batch(session);
    write(session, tenant, *prices, nowMs, counts);
    for (const auto &[scope, key] : deletes) {
        const std::int64_t seq = writeChange(session, tenant, scope, "price", key, std::nullopt, nowMs);
        if (seq) {
            ++counts.deleted;
            counts.visibleAt[scope] = seq;
        }
    }
    batch.flush();
    return counts;
}

} // namespace retailos::server::store
