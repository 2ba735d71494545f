#include "sync/server/store/admin_records.h"

#include "core/staff/pin_hash.h"
#include "sync/server/store/catalogue_records.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/ids.h"

#include <algorithm>
#include <set>

namespace retailos::server::store {

using sync::json::Reader;
using sync::json::Value;
using sync::json::Writer;

namespace {

using StoreList = std::optional<std::vector<std::string>>;   // nullopt: every store

constexpr std::size_t kMaxListItems = 10'000;      // skus, department ids, permissions … of one record
constexpr std::size_t kMaxSettingBytes = 1 << 20;  // one change record is at most 1 MiB (R-6.5)

std::unexpected<StoreError> invalidAt(std::string_view array, std::size_t index, const std::string &field,
                                      const std::string &message)
{
    Writer d;
    d.beginObject().field("array", array).field("index", std::int64_t(index)).field("field", field).endObject();
    return refuse(422, "invalid_value", field + " " + message, d.take());
}

std::unexpected<StoreError> invalidRecord(const sync::json::FieldError &e, std::string_view array, std::size_t index)
{
    return invalidAt(array, index, e.field, e.message);
}

std::unexpected<StoreError> badRequestOf(const sync::json::FieldError &e)
{
    Writer d;
    d.beginObject().field("field", e.field).endObject();
    return refuse(e.code == "invalid_value" ? 422 : 400, e.code, e.field + " " + e.message, d.take());
}

std::unexpected<StoreError> forbidden(const std::string &message) { return refuse(403, "store_forbidden", message); }

std::string at(const Reader &r, std::string_view name)
{
    return r.self().path().empty() ? std::string(name) : r.self().path() + "." + std::string(name);
}

// A list member as a set: sorted, without repeats (one canonical form).
std::vector<std::string> codeSet(Reader &r, std::string_view name)
{
    std::vector<std::string> list = r.codeArray(name, kMaxListItems);
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

void writeList(Writer &w, std::string_view name, const std::vector<std::string> &list)
{
    w.key(name).beginArray();
    for (const auto &item : list) w.value(item);
    w.endArray();
}

std::string storeScope(std::string_view store) { return "store:" + std::string(store); }

// ---- HQ's assignment ------------------------------------------------------------

struct HqRecord
{
    StoreList stores;
    std::string data;
};

std::optional<HqRecord> readHq(sql::Session &s, std::string_view tenant, std::string_view kind, std::string_view key)
{
    auto rows = s.query("SELECT store_ids, data FROM hq_store_records WHERE tenant_id = ?1 AND kind = ?2"
                        " AND record_key = ?3", {tenant, kind, key});
    if (!rows->next()) return std::nullopt;
    HqRecord r;
    if (!rows->isNull(0)) r.stores = splitStoreIds(rows->text(0));
    r.data = rows->text(1);
    return r;
}

void writeHq(sql::Session &s, std::string_view tenant, std::string_view kind, std::string_view key,
             const StoreList &stores, std::string_view data, std::int64_t nowMs)
{
    const std::string joined = stores ? joinStoreIds(*stores) : std::string();
    const sql::Param storeIds = stores ? sql::Param(std::string_view(joined)) : sql::Param(nullptr);
    s.exec("INSERT INTO hq_store_records (tenant_id, kind, record_key, store_ids, data, updated_at)"
           " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tenant_id, kind, record_key)"
           " DO UPDATE SET store_ids = excluded.store_ids, data = excluded.data, updated_at = excluded.updated_at",
           {tenant, kind, key, storeIds, data, nowMs});
}

// One record's data in one scope (a primary-key lookup).
std::optional<std::string> recordData(sql::Session &s, std::string_view tenant, std::string_view scope,
                                      std::string_view kind, std::string_view key)
{
    return s.queryText("SELECT data FROM records WHERE tenant_id = ?1 AND scope = ?2 AND kind = ?3 AND record_key = ?4",
                       {tenant, scope, kind, key});
}

// The stores whose scope holds (kind, key) now: HQ's assignment when it made
// the record (kept with every write), else looked up store by store (records
// has no index by kind and key across scopes).
std::set<std::string> storesHolding(sql::Session &s, std::string_view tenant, std::string_view kind,
                                    std::string_view key, const std::vector<std::string> &allStores)
{
    if (const auto hq = readHq(s, tenant, kind, key)) {
        const std::vector<std::string> &stores = hq->stores ? *hq->stores : allStores;
        return {stores.begin(), stores.end()};
    }
    std::set<std::string> out;
    for (const auto &store : allStores)
        if (recordData(s, tenant, storeScope(store), kind, key)) out.insert(store);
    return out;
}

// Every store scope head of the tenant, in one order for every writer, before
// any record row: concurrent writers on PostgreSQL queue instead of deadlocking.
void lockStoreScopes(sql::Session &s, std::string_view tenant, const std::vector<std::string> &stores)
{
    for (const auto &store : stores) lockScopeHead(s, tenant, storeScope(store));
}

// R-4.10: a store manager may touch a record only when every store it is in, and
// every store it goes to, is one of its own; "every store" is never only its own.
bool mayPlace(const AdminIdentity &admin, const StoreList &targets, const std::set<std::string> &current)
{
    if (admin.role != "store_manager") return true;
    if (!targets) return false;
    for (const auto &s : *targets)
        if (!admin.mayTouchStore(s)) return false;
    for (const auto &s : current)
        if (!admin.mayTouchStore(s)) return false;
    return true;
}

struct Tally
{
    WriteCounts &counts;
    bool changed = false;
    void note(const std::string &scope, std::int64_t seq)
    {
        if (seq == 0) return;
        changed = true;
        counts.visibleAt[scope] = seq;
    }
};

// A customer's loyalty_balance record as the server holds it (the copy in one
// of `stores`, else built from the ledger's balance), or nullopt when the
// server holds no balance for the customer.
std::optional<std::string> loyaltyBalanceData(sql::Session &s, std::string_view tenant, std::string_view customerId,
                                              const std::vector<std::string> &stores, std::int64_t nowMs)
{
    const auto points = s.queryInt("SELECT points FROM loyalty_balances WHERE tenant_id = ?1 AND customer_id = ?2",
                                   {tenant, customerId});
    if (!points) return std::nullopt;
    for (const auto &store : stores)
        if (auto existing = recordData(s, tenant, storeScope(store), "loyalty_balance", customerId)) return existing;
    Writer w;   // keys sorted: canonical (R-8.11)
    w.beginObject().field("as_of", nowMs).field("customer_id", customerId).field("points", *points).endObject();
    return w.take();
}

// Puts (kind, key, data) into exactly the scopes of `targets` (every store when
// nullopt), takes it out of the store scopes it leaves, and remembers the
// assignment. A customer's loyalty balance follows the customer.
void place(sql::Session &s, std::string_view tenant, std::string_view kind, std::string_view key,
           std::string_view data, const StoreList &targets, const std::vector<std::string> &allStores,
           std::int64_t nowMs, WriteCounts &counts)
{
    const std::vector<std::string> &to = targets ? *targets : allStores;
    const std::set<std::string> current = storesHolding(s, tenant, kind, key, allStores);
    const bool customer = kind == "customer";
    std::vector<std::string> everywhere(current.begin(), current.end());
    everywhere.insert(everywhere.end(), to.begin(), to.end());
    const std::optional<std::string> balance =
        customer ? loyaltyBalanceData(s, tenant, key, everywhere, nowMs) : std::nullopt;
    Tally tally{counts};
    for (const auto &store : to) {
        const std::string scope = storeScope(store);
        tally.note(scope, writeChange(s, tenant, scope, kind, key, data, nowMs));
        if (balance) tally.note(scope, writeChange(s, tenant, scope, "loyalty_balance", key, *balance, nowMs));
    }
    for (const auto &store : current) {
        if (std::find(to.begin(), to.end(), store) != to.end()) continue;
        const std::string scope = storeScope(store);
        tally.note(scope, writeChange(s, tenant, scope, kind, key, std::nullopt, nowMs));
        if (customer) tally.note(scope, writeChange(s, tenant, scope, "loyalty_balance", key, std::nullopt, nowMs));
    }
    writeHq(s, tenant, kind, key, targets, data, nowMs);
    if (tally.changed) ++counts.written;
    else ++counts.unchanged;
}

// Reads body[name] as an array of records with `read`; an absent member is empty.
template<typename Read>
StoreResult<> readEach(const Value &body, std::string_view name, std::size_t &total, Read read)
{
    const Value array = body.member(name);
    if (!array.exists() || array.isNull()) return {};
    if (!array.isArray())
        return refuse(400, "bad_request", std::string(name) + " must be an array",
                      "{\"field\":\"" + std::string(name) + "\"}");
    total += array.size();
    if (total > kMaxAdminRecords)
        return refuse(413, "batch_too_large", "At most 50000 records per request; split the batch.");
    for (std::size_t i = 0; i < array.size(); ++i) {
        Reader top(array);
        Reader r = top.element(array, i);
        read(r, i);
        if (!r.ok()) return invalidRecord(r.error(), name, i);
    }
    return {};
}

// Store ids named in a request must be stores of the tenant.
StoreResult<> checkStores(sql::Session &s, std::string_view tenant, const std::vector<std::string> &stores,
                          std::string_view array, std::size_t index, const std::string &field)
{
    for (std::size_t k = 0; k < stores.size(); ++k)
        if (!findStore(s, tenant, stores[k]))
            return invalidAt(array, index, field + "[" + std::to_string(k) + "]", "names the unknown store " + stores[k]);
    return {};
}

bool recordExists(sql::Session &s, std::string_view tenant, std::string_view scope, std::string_view kind,
                  std::string_view key)
{
    return s.queryInt("SELECT 1 FROM records WHERE tenant_id = ?1 AND scope = ?2 AND kind = ?3 AND record_key = ?4",
                      {tenant, scope, kind, key}).has_value();
}

// ---- promotion --------------------------------------------------------------------

struct Promotion
{
    std::string id, currency, data;
    std::vector<std::string> skus, departments;
};

Promotion readPromotion(Reader &r)
{
    Promotion p;
    p.id = r.uuid("promotion_id");
    const std::string name = r.string("name", 1, 200);
    const std::string kind = r.choice("kind", {"percent_off", "amount_off", "fixed_price", "multi_buy"});
    std::int64_t value = 0;
    std::optional<std::int64_t> buy;
    if (r.ok()) {
        if (kind == "percent_off") {
            value = r.integer("value", 1, 1'000'000);
        } else {
            value = r.money("value");
            if (r.ok() && (kind == "amount_off" ? value <= 0 : value < 0))
                r.fail(at(r, "value"), kind == "amount_off" ? "must be more than 0" : "must not be negative",
                       "invalid_value");
        }
        if (kind == "multi_buy") buy = r.integer("buy_quantity", 2, 1'000'000);
        else if (r.has("buy_quantity")) r.fail(at(r, "buy_quantity"), "is only for multi_buy promotions", "invalid_value");
    }
    const bool hasSkus = r.has("skus"), hasDepartments = r.has("department_ids");
    if (hasSkus) p.skus = codeSet(r, "skus");
    if (hasDepartments) p.departments = codeSet(r, "department_ids");
    p.currency = r.string("currency", 3, 3);
    if (r.ok() && !isKnownCurrency(p.currency)) r.fail(at(r, "currency"), "is not a known ISO 4217 code", "invalid_value");
    const std::int64_t priority = r.integer("priority", -sync::json::kMaxSafeInt, sync::json::kMaxSafeInt);
    const std::int64_t from = r.time("effective_from");
    const auto to = r.optionalInteger("effective_to", 0, sync::json::kMaxSafeInt);
    if (r.ok() && to && *to <= from) r.fail(at(r, "effective_to"), "must be after effective_from", "invalid_value");

    Writer w;   // keys in sorted order: canonical (R-8.11)
    w.beginObject();
    if (buy) w.field("buy_quantity", *buy);
    w.field("currency", p.currency);
    if (hasDepartments) writeList(w, "department_ids", p.departments);
    w.field("effective_from", from);
    if (to) w.field("effective_to", *to);
    else w.nullField("effective_to");
    w.field("kind", kind).field("name", name).field("priority", priority).field("promotion_id", p.id);
    if (hasSkus) writeList(w, "skus", p.skus);
    w.field("value", value).endObject();
    p.data = w.take();
    return p;
}

// ---- customer ---------------------------------------------------------------------

struct Customer
{
    std::string id, card, name, data;
    bool active = true;
    StoreList stores;
};

Customer readCustomer(Reader &r)
{
    Customer c;
    c.id = r.uuid("customer_id");
    c.card = r.code("loyalty_card");
    c.name = r.string("display_name", 1, 200);
    const auto tier = r.optionalCode("tier");
    c.active = r.boolean("active");
    if (r.has("store_ids")) {
        c.stores = codeSet(r, "store_ids");
        if (r.ok() && c.stores->empty())
            r.fail(at(r, "store_ids"), "must name at least one store (leave it out for every store)", "invalid_value");
    }
    Writer w;   // keys in sorted order: canonical (R-8.11); no address, e-mail or birth date on lanes
    w.beginObject().field("active", c.active).field("customer_id", c.id).field("display_name", c.name)
        .field("loyalty_card", c.card);
    if (tier) w.field("tier", *tier);
    w.endObject();
    c.data = w.take();
    return c;
}

// ---- setting ----------------------------------------------------------------------

// "ui.theme", "sync.stock_scopes": lower-case words joined by dots.
bool isSettingName(std::string_view name)
{
    if (name.empty() || name.size() > 64) return false;
    bool wordStart = true;
    for (char c : name) {
        if (c == '.') {
            if (wordStart) return false;
            wordStart = true;
            continue;
        }
        const bool lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
        if (!(lower || digit || c == '_') || (wordStart && !lower)) return false;
        wordStart = false;
    }
    return !wordStart;
}

} // namespace

std::vector<std::string> adminRecordsSchemaStatements(sql::Dialect)
{
    return {
        // HQ's copy of each store-level record it wrote and the stores it assigned
        // it to (NULL: every store, also those created later; else codes joined by
        // a line feed). Kinds: promotion, customer, role, staff.
        "CREATE TABLE IF NOT EXISTS hq_store_records (tenant_id TEXT NOT NULL, kind TEXT NOT NULL,"
        " record_key TEXT NOT NULL, store_ids TEXT, data TEXT NOT NULL, updated_at BIGINT NOT NULL,"
        " PRIMARY KEY (tenant_id, kind, record_key))",
    };
}

std::vector<std::string> tenantStores(sql::Session &session, std::string_view tenant)
{
    // A store being created holds the tenant row FOR UPDATE until it commits
    // (identity.cpp): waiting here means a write for "every store" either sees
    // the new store or is seen by its seeding, never neither (PostgreSQL).
    if (session.dialect() == sql::Dialect::Postgres)
        session.query("SELECT 1 FROM tenants WHERE tenant_id = ?1 FOR SHARE", {tenant})->next();
    std::vector<std::string> out;
    auto rows = session.query("SELECT store_id FROM stores WHERE tenant_id = ?1 ORDER BY store_id", {tenant});
    while (rows->next()) out.emplace_back(rows->text(0));
    return out;
}

std::vector<std::string> customerStores(sql::Session &session, std::string_view tenant, std::string_view customerId)
{
    if (auto hq = readHq(session, tenant, "customer", customerId); hq && hq->stores) return *hq->stores;
    return tenantStores(session, tenant);
}

void rememberCustomer(sql::Session &session, std::string_view tenant, std::string_view customerId,
                      std::string_view canonicalData, std::int64_t nowMs)
{
    writeHq(session, tenant, "customer", customerId, std::nullopt, canonicalData, nowMs);
}

void rememberStaffPinHash(sql::Session &session, std::string_view tenant, std::string_view code,
                          std::string_view pinHash)
{
    auto hq = readHq(session, tenant, "staff", code);
    if (!hq) return;
    auto doc = sync::json::Document::parse(hq->data, nullptr);
    if (!doc || !doc->root().isObject()) return;
    const Value root = doc->root();
    Writer w;   // the same keys, sorted; only pin_hash replaced
    w.beginObject();
    for (std::string_view k : root.keys()) {
        if (k == "pin_hash") w.field(k, pinHash);
        else w.rawField(k, root.member(k).canonical());
    }
    w.endObject();
    session.exec("UPDATE hq_store_records SET data = ?4 WHERE tenant_id = ?1 AND kind = 'staff' AND record_key = ?2"
                 " AND data = ?3", {tenant, code, std::string_view(hq->data), std::string_view(w.text())});
}

void seedNewStoreScope(sql::Session &session, std::string_view tenant, std::string_view storeId, std::int64_t nowMs)
{
    struct Row
    {
        std::string kind, key, data;
    };
    std::vector<Row> rows;
    {
        auto q = session.query("SELECT kind, record_key, data FROM hq_store_records WHERE tenant_id = ?1"
                               " AND store_ids IS NULL ORDER BY kind, record_key", {tenant});
        while (q->next()) rows.push_back({std::string(q->text(0)), std::string(q->text(1)), std::string(q->text(2))});
    }
    const std::string scope = storeScope(storeId);
    const std::vector<std::string> allStores = tenantStores(session, tenant);
    lockScopeHead(session, tenant, scope);
    for (const Row &r : rows) {
        // Only what HQ's copy says now: the staff PIN as last changed, the customer's balance.
        std::optional<std::string> balance;
        if (r.kind == "customer") balance = loyaltyBalanceData(session, tenant, r.key, allStores, nowMs);
        writeChange(session, tenant, scope, r.kind, r.key, r.data, nowMs);
        if (balance) writeChange(session, tenant, scope, "loyalty_balance", r.key, *balance, nowMs);
    }
    // Gift cards and store credit of the store's currency work here too.
    struct Account
    {
        std::string id, kind, currency;
        std::int64_t balance;
    };
    std::vector<Account> accounts;
    {
        auto q = session.query("SELECT a.account_id, a.kind, a.currency, a.balance FROM account_balances a"
                               " JOIN stores s ON s.tenant_id = a.tenant_id AND s.store_id = ?2 AND s.currency = a.currency"
                               " WHERE a.tenant_id = ?1 ORDER BY a.account_id", {tenant, storeId});
        while (q->next())
            accounts.push_back({std::string(q->text(0)), std::string(q->text(1)), std::string(q->text(2)), q->integer(3)});
    }
    for (const Account &a : accounts) {
        Writer w;   // keys in sorted order: canonical (R-8.11)
        w.beginObject().field("account_id", a.id).field("as_of", nowMs).field("balance", a.balance)
            .field("currency", a.currency).field("kind", a.kind).endObject();
        writeChange(session, tenant, scope, "account_balance", a.id, w.text(), nowMs);
    }
}

// ---- promotions ----------------------------------------------------------------------

StoreResult<WriteCounts> writePromotions(sql::Session &session, const AdminIdentity &admin, const Value &body,
                                         std::int64_t nowMs)
{
    if (!admin.mayWrite()) return forbidden("An analyst token cannot change promotions.");
    const std::string &tenant = admin.tenantId;
    std::size_t total = 0;
    std::vector<Promotion> promotions;
    if (auto read = readEach(body, "promotions", total,
                             [&](Reader &r, std::size_t) { promotions.push_back(readPromotion(r)); });
        !read)
        return std::unexpected(read.error());

    // store_ids: the stores of every promotion of the request, or "all".
    StoreList targets;
    const Value storeIds = body.member("store_ids");
    if (!promotions.empty() || (storeIds.exists() && !storeIds.isNull())) {
        if (storeIds.isString() && storeIds.toString() == "all") {
            targets = std::nullopt;
        } else if (storeIds.isArray() && storeIds.size() > 0) {
            Reader top(body);
            targets = codeSet(top, "store_ids");
            if (!top.ok()) return badRequestOf(top.error());
            if (auto known = checkStores(session, tenant, *targets, "store_ids", 0, "store_ids"); !known)
                return std::unexpected(known.error());
        } else {
            return refuse(400, "bad_request", "store_ids must be \"all\" or a non-empty array of store ids",
                          R"({"field":"store_ids"})");
        }
    }
    const std::vector<std::string> allStores = tenantStores(session, tenant);

    std::set<std::string> ids, knownSkus, knownDepartments;
    std::map<std::string, std::string> currencies;   // store → currency
    for (const auto &store : targets ? *targets : allStores)
        if (const auto s = findStore(session, tenant, store)) currencies[store] = s->currency;
    std::vector<std::set<std::string>> current(promotions.size());
    for (std::size_t i = 0; i < promotions.size(); ++i) {
        const Promotion &p = promotions[i];
        const std::string here = "promotions[" + std::to_string(i) + "]";
        if (!ids.insert(p.id).second)
            return invalidAt("promotions", i, here + ".promotion_id", "appears twice in this request");
        for (const auto &[store, currency] : currencies)
            if (currency != p.currency)
                return invalidAt("promotions", i, here + ".currency",
                                 "must be the currency " + currency + " of store " + store);
        for (std::size_t k = 0; k < p.skus.size(); ++k) {
            if (knownSkus.contains(p.skus[k])) continue;
            if (!recordExists(session, tenant, "global", "product", p.skus[k]))
                return invalidAt("promotions", i, here + ".skus[" + std::to_string(k) + "]",
                                 "names the unknown product " + p.skus[k]);
            knownSkus.insert(p.skus[k]);
        }
        for (std::size_t k = 0; k < p.departments.size(); ++k) {
            if (knownDepartments.contains(p.departments[k])) continue;
            if (!recordExists(session, tenant, "global", "department", p.departments[k]))
                return invalidAt("promotions", i, here + ".department_ids[" + std::to_string(k) + "]",
                                 "names the unknown department " + p.departments[k]);
            knownDepartments.insert(p.departments[k]);
        }
        current[i] = storesHolding(session, tenant, "promotion", p.id, allStores);
        if (!mayPlace(admin, targets, current[i]))
            return forbidden(targets ? "This token may not change promotions of every store named, or of the"
                                       " stores promotion " + p.id + " is in now."
                                     : "A store manager may not write promotions for every store.");
    }

    // Withdrawing promotions: from every store that has them.
    std::vector<std::string> deletes;
    const Value del = body.member("delete");
    if (del.exists() && !del.isNull()) {
        if (!del.isArray() || del.size() + total > kMaxAdminRecords)
            return refuse(400, "bad_request", "delete must be an array of promotion ids", R"({"field":"delete"})");
        for (std::size_t i = 0; i < del.size(); ++i) {
            if (!del[i].isString() || !sync::json::isUuid(del[i].toString()))
                return invalidAt("delete", i, "delete[" + std::to_string(i) + "]", "must be a promotion id (uuid)");
            const std::string id(del[i].toString());
            if (ids.contains(id))
                return invalidAt("delete", i, "delete[" + std::to_string(i) + "]", "is also written by this request");
            const auto hq = readHq(session, tenant, "promotion", id);
            if (!mayPlace(admin, hq ? hq->stores : StoreList(std::vector<std::string>{}),
                          storesHolding(session, tenant, "promotion", id, allStores)))
                return forbidden("This token may not withdraw promotion " + id + ": it is also in other stores.");
            deletes.push_back(id);
        }
    }

    WriteCounts counts;
    lockStoreScopes(session, tenant, allStores);
    for (const Promotion &p : promotions) place(session, tenant, "promotion", p.id, p.data, targets, allStores, nowMs, counts);
    for (const std::string &id : deletes) {
        Tally tally{counts};
        for (const auto &store : storesHolding(session, tenant, "promotion", id, allStores)) {
            const std::string scope = storeScope(store);
            tally.note(scope, writeChange(session, tenant, scope, "promotion", id, std::nullopt, nowMs));
        }
        session.exec("DELETE FROM hq_store_records WHERE tenant_id = ?1 AND kind = 'promotion' AND record_key = ?2",
                     {std::string_view(tenant), std::string_view(id)});
        if (tally.changed) ++counts.deleted;
    }
    return counts;
}

// ---- customers ---------------------------------------------------------------------

StoreResult<WriteCounts> writeCustomers(sql::Session &session, const AdminIdentity &admin, const Value &body,
                                        std::int64_t nowMs)
{
    if (!admin.mayWrite()) return forbidden("An analyst token cannot change customers.");
    const std::string &tenant = admin.tenantId;
    std::size_t total = 0;
    std::vector<Customer> customers;
    if (auto read = readEach(body, "customers", total,
                             [&](Reader &r, std::size_t) { customers.push_back(readCustomer(r)); });
        !read)
        return std::unexpected(read.error());

    const std::vector<std::string> allStores = tenantStores(session, tenant);
    std::map<std::string, std::size_t> ids, cards;
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const Customer &c = customers[i];
        const std::string here = "customers[" + std::to_string(i) + "]";
        if (!ids.emplace(c.id, i).second)
            return invalidAt("customers", i, here + ".customer_id", "appears twice in this request");
        if (!cards.emplace(c.card, i).second)
            return invalidAt("customers", i, here + ".loyalty_card",
                             "is also given to customers[" + std::to_string(cards[c.card]) + "]");
        // A loyalty card belongs to one customer of the tenant (as at the lanes' enrolment).
        if (const auto holder = session.queryText("SELECT customer_id FROM customers WHERE tenant_id = ?1"
                                                  " AND loyalty_card = ?2", {std::string_view(tenant), std::string_view(c.card)});
            holder && *holder != c.id)
            return invalidAt("customers", i, here + ".loyalty_card", "already belongs to customer " + *holder);
        if (c.stores)
            if (auto known = checkStores(session, tenant, *c.stores, "customers", i, here + ".store_ids"); !known)
                return std::unexpected(known.error());
        if (!mayPlace(admin, c.stores, storesHolding(session, tenant, "customer", c.id, allStores)))
            return forbidden(c.stores ? "This token may not change customer " + c.id + " in every store it is in or goes to."
                                      : "A store manager must name its stores (store_ids) for customer " + c.id + ".");
    }

    WriteCounts counts;
    lockStoreScopes(session, tenant, allStores);
    for (const Customer &c : customers) {
        session.exec("INSERT INTO customers (tenant_id, customer_id, loyalty_card, display_name, active,"
                     " enrolled_store_id, enrolled_event_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5, '', NULL, ?6)"
                     " ON CONFLICT (tenant_id, customer_id) DO UPDATE SET loyalty_card = excluded.loyalty_card,"
                     " display_name = excluded.display_name, active = excluded.active",
                     {std::string_view(tenant), std::string_view(c.id), std::string_view(c.card),
                      std::string_view(c.name), std::int64_t(c.active ? 1 : 0), nowMs});
        place(session, tenant, "customer", c.id, c.data, c.stores, allStores, nowMs, counts);
    }
    return counts;
}

// ---- settings ----------------------------------------------------------------------

StoreResult<WriteCounts> writeSettings(sql::Session &session, const AdminIdentity &admin, const Value &body,
                                       std::int64_t nowMs)
{
    if (!admin.mayWrite()) return forbidden("An analyst token cannot change settings.");
    const std::string &tenant = admin.tenantId;
    Reader top(body);
    const std::string terminalId = top.uuid("terminal_id");
    if (!top.ok()) return badRequestOf(top.error());
    const auto store = session.queryText("SELECT store_id FROM terminals WHERE tenant_id = ?1 AND terminal_id = ?2",
                                         {std::string_view(tenant), std::string_view(terminalId)});
    if (!store)
        return refuse(422, "invalid_value", "terminal_id names no terminal of this tenant",
                      R"({"field":"terminal_id"})");
    if (!admin.mayTouchStore(*store)) return forbidden("This token may not manage terminals of store " + *store + ".");

    std::vector<std::pair<std::string, std::string>> settings;   // name, data
    std::set<std::string> names;
    std::size_t total = 0;
    if (auto read = readEach(body, "settings", total,
                             [&](Reader &r, std::size_t i) {
                                 const std::string name = r.string("name", 1, 64);
                                 if (r.ok() && !isSettingName(name))
                                     r.fail(at(r, "name"), "must be lower-case words joined by dots, e.g. ui.theme",
                                            "invalid_value");
                                 if (r.ok() && !names.insert(name).second)
                                     r.fail(at(r, "name"), "appears twice in this request", "invalid_value");
                                 const Value value = r.value("value");
                                 if (r.ok() && !value.exists()) r.fail(at(r, "value"), "is required");
                                 if (!r.ok()) return;
                                 Writer w;   // keys sorted: name, value; the value canonical (R-8.11)
                                 w.beginObject().field("name", name).rawField("value", value.canonical()).endObject();
                                 if (w.text().size() > kMaxSettingBytes)
                                     r.fail(at(r, "value"), "must be at most 1 MiB as JSON", "invalid_value");
                                 settings.emplace_back(name, w.take());
                                 (void)i;
                             });
        !read)
        return std::unexpected(read.error());

    std::vector<std::string> deletes;
    const Value del = body.member("delete");
    if (del.exists() && !del.isNull()) {
        if (!del.isArray()) return refuse(400, "bad_request", "delete must be an array of setting names", R"({"field":"delete"})");
        for (std::size_t i = 0; i < del.size(); ++i) {
            const std::string name(del[i].toString());
            if (!del[i].isString() || !isSettingName(name))
                return invalidAt("delete", i, "delete[" + std::to_string(i) + "]", "must be a setting name");
            if (names.contains(name))
                return invalidAt("delete", i, "delete[" + std::to_string(i) + "]", "is also written by this request");
            deletes.push_back(name);
        }
    }

    WriteCounts counts;
    const std::string scope = "terminal:" + terminalId;
    lockScopeHead(session, tenant, scope);
    for (const auto &[name, data] : settings) {
        const std::int64_t seq = writeChange(session, tenant, scope, "setting", name, data, nowMs);
        if (seq) {
            ++counts.written;
            counts.visibleAt[scope] = seq;
        } else {
            ++counts.unchanged;
        }
    }
    for (const std::string &name : deletes)
        if (const std::int64_t seq = writeChange(session, tenant, scope, "setting", name, std::nullopt, nowMs)) {
            ++counts.deleted;
            counts.visibleAt[scope] = seq;
        }
    return counts;
}

// ---- roles and staff -------------------------------------------------------------------

std::map<std::string, std::string> storedPinHashes(sql::Session &session, std::string_view tenant, const Value &body)
{
    std::map<std::string, std::string> out;
    const Value staff = body.member("staff");
    if (!staff.isArray()) return out;
    for (std::size_t i = 0; i < staff.size() && i < kMaxAdminRecords; ++i) {
        const Value code = staff[i].member("code");
        if (!code.isString() || staff[i].member("pin_hash").isString()) continue;
        const auto hq = readHq(session, tenant, "staff", code.toString());
        if (!hq) continue;
        auto doc = sync::json::Document::parse(hq->data, nullptr);
        if (doc && doc->root().member("pin_hash").isString())
            out.emplace(std::string(code.toString()), std::string(doc->root().member("pin_hash").toString()));
    }
    return out;
}

StoreResult<StaffBatch> readStaffBatch(const Value &body, const std::map<std::string, std::string> &storedHashes,
                                       int pinIterations)
{
    const int iterations = pinIterations > 0 ? pinIterations : PinHash::kDefaultIterations;
    // Each PIN costs a PBKDF2 run (~30 ms): a request stays well inside the client's 180 s.
    if (const Value staffArray = body.member("staff"); staffArray.isArray()) {
        std::size_t pins = 0;
        for (std::size_t i = 0; i < staffArray.size(); ++i)
            if (staffArray[i].member("pin").exists()) ++pins;
        if (pins > kMaxPinsPerRequest)
            return refuse(413, "batch_too_large", "At most " + std::to_string(kMaxPinsPerRequest)
                                                      + " staff with a plain pin per request; split the batch or send pin_hash.");
    }
    StaffBatch batch;
    std::size_t total = 0;
    std::set<std::string> roleIds, codes;
    auto roles = readEach(body, "roles", total, [&](Reader &r, std::size_t) {
        const std::string id = r.code("id");
        const std::string name = r.string("name", 1, 200);
        // Permission ids unknown to this server are kept (R-12.3): a newer lane may know them.
        const std::vector<std::string> permissions = codeSet(r, "permissions");
        if (r.ok() && !roleIds.insert(id).second) r.fail(at(r, "id"), "appears twice in this request", "invalid_value");
        Writer w;   // keys sorted: canonical (R-8.11)
        w.beginObject().field("id", id).field("name", name);
        writeList(w, "permissions", permissions);
        w.endObject();
        batch.roles.push_back({id, w.take()});
    });
    if (!roles) return std::unexpected(roles.error());

    auto staff = readEach(body, "staff", total, [&](Reader &r, std::size_t) {
        StaffBatch::Member m;
        m.code = r.code("code");
        const std::string name = r.string("display_name", 1, 200);
        if (r.ok() && !r.self().member("store_id").exists())
            r.fail(at(r, "store_id"), "is required (a store id, or null for every store)");
        m.storeId = r.optionalCode("store_id");
        m.roleIds = codeSet(r, "role_ids");
        const bool active = r.boolean("active");
        if (r.ok() && !codes.insert(m.code).second) r.fail(at(r, "code"), "appears twice in this request", "invalid_value");
        std::string pinHash;
        if (r.ok()) {
            const bool hasPin = r.has("pin"), hasHash = r.has("pin_hash");
            if (hasPin && hasHash) {
                r.fail(at(r, "pin"), "must not come with pin_hash: send one of them", "invalid_value");
            } else if (hasHash) {
                pinHash = r.string("pin_hash", 1, 200);
                if (r.ok() && !PinHash::parse(QString::fromStdString(pinHash)))
                    r.fail(at(r, "pin_hash"), "must be pbkdf2-sha256$<iterations>$<salt>$<hash> (core/staff/pin_hash.h), never a PIN",
                           "invalid_value");
            } else if (hasPin) {
                // The PIN lives only in this function: hashed here, never stored, logged or echoed.
                const Value pinValue = r.value("pin");
                if (!pinValue.isString()) {
                    r.fail(at(r, "pin"), "must be a string of 4 to 8 digits");
                } else {
                    const QString pin = QString::fromUtf8(pinValue.toString().data(), qsizetype(pinValue.toString().size()));
                    if (!PinHash::checkFormat(pin)) {
                        r.fail(at(r, "pin"), "must be 4 to 8 digits", "invalid_value");
                    } else if (const auto stored = storedHashes.find(m.code); stored != storedHashes.end()) {
                        // The same PIN again keeps its hash: an unchanged record writes no change (R-8.2).
                        const auto old = PinHash::parse(QString::fromStdString(stored->second));
                        if (old && old->matches(pin)) pinHash = stored->second;
                    }
                    if (r.ok() && pinHash.empty()) {
                        const auto made = PinHash::create(pin, iterations);
                        if (!made) r.fail(at(r, "pin"), "must be 4 to 8 digits", "invalid_value");
                        else pinHash = made->toString().toStdString();
                    }
                }
            } else if (const auto stored = storedHashes.find(m.code); stored != storedHashes.end()) {
                pinHash = stored->second;   // a change of name, roles or store keeps the PIN
            } else {
                r.fail(at(r, "pin"), "is required for new staff (pin or pin_hash)", "invalid_value");
            }
        }
        Writer w;   // keys sorted: canonical (R-8.11)
        w.beginObject().field("active", active).field("code", m.code).field("display_name", name)
            .field("pin_hash", pinHash);
        writeList(w, "role_ids", m.roleIds);
        if (m.storeId) w.field("store_id", *m.storeId);
        else w.nullField("store_id");
        w.endObject();
        m.data = w.take();
        batch.staff.push_back(std::move(m));
    });
    if (!staff) return std::unexpected(staff.error());
    return batch;
}

StoreResult<WriteCounts> writeStaff(sql::Session &session, const AdminIdentity &admin, const StaffBatch &batch,
                                    std::int64_t nowMs)
{
    if (!admin.mayWrite()) return forbidden("An analyst token cannot change staff.");
    const std::string &tenant = admin.tenantId;
    if (!batch.roles.empty() && admin.role == "store_manager")
        return forbidden("Roles are chain-wide: only a tenant administrator may change them.");

    const std::vector<std::string> allStores = tenantStores(session, tenant);
    std::set<std::string> roles;
    for (const auto &r : batch.roles) roles.insert(r.id);
    for (std::size_t i = 0; i < batch.staff.size(); ++i) {
        const StaffBatch::Member &m = batch.staff[i];
        const std::string here = "staff[" + std::to_string(i) + "]";
        if (m.storeId && !findStore(session, tenant, *m.storeId))
            return invalidAt("staff", i, here + ".store_id", "names the unknown store " + *m.storeId);
        for (std::size_t k = 0; k < m.roleIds.size(); ++k) {
            if (roles.contains(m.roleIds[k])) continue;
            if (!readHq(session, tenant, "role", m.roleIds[k]))
                return invalidAt("staff", i, here + ".role_ids[" + std::to_string(k) + "]",
                                 "names the unknown role " + m.roleIds[k]);
            roles.insert(m.roleIds[k]);
        }
        const StoreList targets = m.storeId ? StoreList(std::vector<std::string>{*m.storeId}) : std::nullopt;
        if (!mayPlace(admin, targets, storesHolding(session, tenant, "staff", m.code, allStores)))
            return forbidden(m.storeId ? "This token may not move staff " + m.code + " from or to another store."
                                       : "Chain-wide staff (store_id null) need a tenant administrator's token.");
    }

    WriteCounts counts;
    lockStoreScopes(session, tenant, allStores);
    for (const auto &r : batch.roles) place(session, tenant, "role", r.id, r.data, std::nullopt, allStores, nowMs, counts);
    for (const auto &m : batch.staff) {
        const StoreList targets = m.storeId ? StoreList(std::vector<std::string>{*m.storeId}) : std::nullopt;
        place(session, tenant, "staff", m.code, m.data, targets, allStores, nowMs, counts);
    }
    return counts;
}

} // namespace retailos::server::store
