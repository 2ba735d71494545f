#include "sync/server/store/catalogue_records.h"

#include "core/catalogue/catalogue_writer.h"
#include "core/money/currency.h"

#include <algorithm>
#include <set>

namespace retailos::server::store {

using sync::json::Reader;
using sync::json::Writer;

std::string priceKey(std::string_view sku, std::optional<std::string_view> storeId, std::int64_t effectiveFrom)
{
    return std::string(sku) + "|" + (storeId ? std::string(*storeId) : std::string("*")) + "|"
           + std::to_string(effectiveFrom);
}

bool isKnownCurrency(std::string_view code)
{
    if (code.size() != 3) return false;
    for (char c : code)
        if (c < 'A' || c > 'Z') return false;
    return Currency::fromCode(QString::fromLatin1(code.data(), qsizetype(code.size()))).has_value();
}

ChangeRecord readDepartment(Reader &r)
{
    const std::string id = r.code("id");
    const std::string name = r.string("name", 1, 200);
    const auto parent = r.optionalCode("parent_id");
    Writer w;
    w.beginObject().field("id", id).field("name", name);
    if (parent) w.field("parent_id", *parent);
    w.endObject();
    return {"global", "department", id, w.take(), {}};
}

ChangeRecord readTaxRate(Reader &r)
{
    const std::string id = r.code("id");
    const std::string name = r.string("name", 1, 200);
    const std::int64_t ppm = r.integer("rate_ppm", 0, 1'000'000);
    Writer w;
    w.beginObject().field("id", id).field("name", name).field("rate_ppm", ppm).endObject();
    return {"global", "tax_rate", id, w.take(), {}};
}

ChangeRecord readTaxClass(Reader &r)
{
    const std::string id = r.code("id");
    const std::string name = r.string("name", 1, 200);
    std::vector<std::string> rates = r.codeArray("rate_ids", 16);
    Writer w;
    w.beginObject().field("id", id).field("name", name).key("rate_ids").beginArray();
    for (const auto &rate : rates) w.value(rate);
    w.endArray().endObject();
    return {"global", "tax_class", id, w.take(), {}};
}

ChangeRecord readProduct(Reader &r)
{
    const std::string sku = r.code("sku");
    const std::string name = r.string("name", 1, 200);
    const std::string department = r.code("department_id");
    const std::string taxClass = r.code("tax_class_id");
    const auto plu = r.optionalCode("plu");
    const std::string unit = r.choice("unit", {"each", "kg"});
    const std::int64_t ageLimit = r.integer("age_limit", 0, 99);
    const bool returnable = r.boolean("returnable");
    const bool active = r.boolean("active");
    // The whole set, sorted and without repeats: one canonical form.
    std::vector<std::string> list = r.codeArray("barcodes", 64);
    for (std::size_t i = 0; r.ok() && i < list.size(); ++i)
        if (!isCatalogueBarcodeKey(QString::fromStdString(list[i])))
            r.fail(r.self().path().empty() ? "barcodes" : r.self().path() + ".barcodes[" + std::to_string(i) + "]",
                   "must be a GTIN-14 with a valid check digit or a store code");
    const std::set<std::string> barcodes(list.begin(), list.end());
    Writer w;
    w.beginObject().field("active", active).field("age_limit", ageLimit).key("barcodes").beginArray();
    for (const auto &b : barcodes) w.value(b);
    w.endArray().field("department_id", department).field("name", name);
    if (plu) w.field("plu", *plu);
    w.field("returnable", returnable).field("sku", sku).field("tax_class_id", taxClass).field("unit", unit).endObject();
    return {"global", "product", sku, w.take(), {}};
}

ChangeRecord readPrice(Reader &r)
{
    const std::string sku = r.code("sku");
    const auto store = r.optionalCode("store_id");
    const std::int64_t amount = r.money("amount");
    if (r.ok() && amount < 0) r.fail(r.self().path().empty() ? "amount" : r.self().path() + ".amount", "must not be negative");
    const std::string currency = r.string("currency", 3, 3);
    if (r.ok() && !isKnownCurrency(currency))
        r.fail(r.self().path().empty() ? "currency" : r.self().path() + ".currency", "is not a known ISO 4217 code");
    const std::int64_t from = r.time("effective_from");
    const auto to = r.optionalInteger("effective_to", 0, sync::json::kMaxSafeInt);
    const std::string at = r.self().path().empty() ? std::string() : r.self().path() + ".";
    if (r.ok() && from % 1000 != 0) r.fail(at + "effective_from", "must be whole seconds");
    if (r.ok() && to && *to % 1000 != 0) r.fail(at + "effective_to", "must be whole seconds");
    if (r.ok() && to && *to <= from) r.fail(at + "effective_to", "must be after effective_from", "invalid_value");
    Writer w;
    w.beginObject().field("amount", amount).field("currency", currency).field("effective_from", from);
    if (to) w.field("effective_to", *to);
    else w.nullField("effective_to");
    w.field("sku", sku);
    if (store) w.field("store_id", *store);
    else w.nullField("store_id");
    w.endObject();
    return {store ? "store:" + *store : std::string("global"), "price",
            priceKey(sku, store ? std::optional<std::string_view>(*store) : std::nullopt, from), w.take(),
            store.value_or("")};
}

} // namespace retailos::server::store
