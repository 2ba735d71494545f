// Till, shifts, stock documents, customers, loyalty, staff PINs and overrides
// on the server (docs/sync-protocol.md §7.5).
#include "sync/protocol/json.h"
#include "sync/server/store/admin_records.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/effects_internal.h"

#include <map>
#include <set>

namespace retailos::server::store::effects {

namespace {

AppliedOutcome duplicate(const char *what, const std::string &id)
{
    return rejected("duplicate_id", std::string(what) + " " + id + " is already stored");
}

// The loyalty ledger: entry, running balance, `loyalty_balance` change in every
// store scope the customer belongs to (HQ's assignment, every store of the
// tenant by default: admin_records.h, §8.2). Returns the balance.
std::int64_t addLoyaltyEntry(Effects &e, const std::string &entryId, const std::string &customerId,
                             std::int64_t points, const std::optional<std::string> &saleId, std::string_view reason,
                             const std::optional<std::string> &currency, std::optional<std::int64_t> value)
{
    const auto &c = e.ctx;
    const std::vector<std::string> stores = customerStores(e.s, c.tenantId, customerId);
    // The scope heads (sorted) before the balance row: change_log.cpp's lock order.
    for (const std::string &store : stores) lockScopeHead(e.s, c.tenantId, storeScope(store));
    e.s.exec("INSERT INTO loyalty_ledger (tenant_id, entry_id, customer_id, store_id, event_id, points, sale_id,"
             " reason, currency, value, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
             {c.tenantId, entryId, customerId, c.storeId, c.eventId, points, optionalParam(saleId), reason,
              optionalParam(currency), optionalParam(value), c.nowMs});
    std::int64_t balance = 0;
    {
        auto rows = e.s.query("INSERT INTO loyalty_balances (tenant_id, customer_id, points) VALUES (?1, ?2, ?3)"
                              " ON CONFLICT (tenant_id, customer_id)"
                              " DO UPDATE SET points = loyalty_balances.points + excluded.points RETURNING points",
                              {c.tenantId, customerId, points});
        if (rows->next()) balance = rows->integer(0);
    }
    sync::json::Writer w;   // keys sorted: canonical
    w.beginObject().field("as_of", c.nowMs).field("customer_id", customerId).field("points", balance).endObject();
    for (const std::string &store : stores) {
        const std::string scope = storeScope(store);
        e.visible(scope, writeChange(e.s, c.tenantId, scope, "loyalty_balance", customerId, w.text(), c.nowMs));
    }
    return balance;
}

// A replicated record's canonical JSON with one string member replaced.
std::optional<std::string> withMember(std::string_view canonical, const std::string &name, const std::string &value)
{
    std::string error;
    const auto doc = sync::json::Document::parse(canonical, &error);
    if (!doc || !doc->root().isObject()) return std::nullopt;
    const sync::json::Value root = doc->root();
    std::set<std::string> keys;
    for (std::string_view k : root.keys()) keys.emplace(k);
    keys.insert(name);
    sync::json::Writer w;
    w.beginObject();
    for (const std::string &k : keys) {
        if (k == name) w.field(k, value);
        else w.rawField(k, root.member(k).canonical());
    }
    w.endObject();
    return w.take();
}

} // namespace

AppliedOutcome applyPaid(Effects &e, const ev::PaidInOut &p)
{
    const auto &c = e.ctx;
    if (exists(e.s, "SELECT 1 FROM till_movements WHERE tenant_id = ?1 AND movement_id = ?2", {c.tenantId, p.movementId}))
        return duplicate("till movement", p.movementId);
    const sql::Param approvedBy = p.approval ? sql::Param(std::string_view(p.approval->userId)) : sql::Param(nullptr);
    e.s.exec("INSERT INTO till_movements (tenant_id, movement_id, store_id, lane_id, event_id, kind, amount, currency,"
             " reason, note, cashier_id, approved_by, received_at)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
             {c.tenantId, p.movementId, c.storeId, c.laneId, c.eventId, std::string_view(p.paidIn ? "paid_in" : "paid_out"),
              p.paidIn ? p.amount : -p.amount, p.currency, p.reason, p.note, p.cashierId, approvedBy, c.nowMs});
    return e.done();
}

AppliedOutcome applyShiftOpened(Effects &e, const ev::ShiftOpened &o)
{
    const auto &c = e.ctx;
    auto rows = e.s.query("SELECT opened_event_id FROM shifts WHERE tenant_id = ?1 AND shift_id = ?2", {c.tenantId, o.shiftId});
    if (rows->next()) {
        if (!rows->isNull(0)) return duplicate("shift", o.shiftId);
        rows.reset();
        // Its close came first (the open was refused and sent again as a new event): complete the row.
        e.s.exec("UPDATE shifts SET opening_float = ?3, opened_event_id = ?4, opened_at = ?5"
                 " WHERE tenant_id = ?1 AND shift_id = ?2", {c.tenantId, o.shiftId, o.openingFloat, c.eventId, c.nowMs});
        return e.done();
    }
    rows.reset();
    e.s.exec("INSERT INTO shifts (tenant_id, shift_id, store_id, lane_id, cashier_id, currency, opening_float,"
             " opened_event_id, opened_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
             {c.tenantId, o.shiftId, c.storeId, c.laneId, o.cashierId, o.currency, o.openingFloat, c.eventId, c.nowMs});
    return e.done();
}

AppliedOutcome applyShiftClosed(Effects &e, const ev::ShiftClosed &s)
{
    const auto &c = e.ctx;
    auto rows = e.s.query("SELECT closed_event_id FROM shifts WHERE tenant_id = ?1 AND shift_id = ?2", {c.tenantId, s.shiftId});
    const bool known = rows->next();
    if (known && !rows->isNull(0)) return rejected("shift_already_closed", "shift " + s.shiftId + " is already closed");
    rows.reset();
    if (!known)   // opened on a lane whose open the server never applied: the close still counts
        e.s.exec("INSERT INTO shifts (tenant_id, shift_id, store_id, lane_id, cashier_id, currency)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", {c.tenantId, s.shiftId, c.storeId, c.laneId, s.cashierId, s.currency});
    e.s.exec("UPDATE shifts SET counted_cash = ?3, expected_cash = ?4, over_short = ?5, z_number = ?6,"
             " journal_sequence = ?7, closed_by = ?8, closed_event_id = ?9, closed_at = ?10"
             " WHERE tenant_id = ?1 AND shift_id = ?2",
             {c.tenantId, s.shiftId, s.countedCash, s.expectedCash, s.overShort(), s.zNumber, s.journalSequence,
              s.cashierId, c.eventId, c.nowMs});
    return e.done();
}

// A stock document (movement, delivery, count) resent under a new event id
// must not move stock twice: false when its id is stored already.
static bool claimStockDocument(Effects &e, const std::string &documentId, std::string_view kind)
{
    return e.s.exec("INSERT INTO stock_documents (tenant_id, document_id, kind, event_id) VALUES (?1, ?2, ?3, ?4)"
                    " ON CONFLICT (tenant_id, document_id) DO NOTHING",
                    {e.ctx.tenantId, documentId, kind, e.ctx.eventId})
           == 1;
}

AppliedOutcome applyStockMoved(Effects &e, const ev::StockMoved &m)
{
    if (!claimStockDocument(e, m.movementId, "moved")) return duplicate("stock movement", m.movementId);
    addStockDelta(e, e.ctx.storeId, m.sku, m.deltaMilli, 1, m.reason, m.movementId);
    return e.done();
}

AppliedOutcome applyStockReceived(Effects &e, const ev::StockReceived &r)
{
    if (!claimStockDocument(e, r.receiptId, "received")) return duplicate("goods receipt", r.receiptId);
    for (std::size_t i = 0; i < r.lines.size(); ++i)
        addStockDelta(e, e.ctx.storeId, r.lines[i].sku, r.lines[i].quantityMilli, std::int64_t(i + 1), "received",
                      r.receiptId);
    return e.done();
}

// a count is a delta, counted − expected, so sales on other lanes since
// the count are never overwritten.
AppliedOutcome applyStockCounted(Effects &e, const ev::StockCounted &count)
{
    if (!claimStockDocument(e, count.countId, "counted")) return duplicate("stock count", count.countId);
    for (std::size_t i = 0; i < count.lines.size(); ++i)
        if (const std::int64_t delta = count.lines[i].deltaMilli(); delta != 0)
            addStockDelta(e, e.ctx.storeId, count.lines[i].sku, delta, std::int64_t(i + 1), "count", count.countId);
    return e.done();
}

AppliedOutcome applyCustomerEnrolled(Effects &e, const ev::CustomerEnrolled &cust)
{
    const auto &c = e.ctx;
    if (exists(e.s, "SELECT 1 FROM customers WHERE tenant_id = ?1 AND customer_id = ?2", {c.tenantId, cust.customerId}))
        return duplicate("customer", cust.customerId);
    {
        auto rows = e.s.query("SELECT customer_id FROM customers WHERE tenant_id = ?1 AND loyalty_card = ?2",
                              {c.tenantId, cust.loyaltyCard});
        if (rows->next())
            return rejected("loyalty_card_taken", "loyalty card " + cust.loyaltyCard + " already belongs to customer "
                                                      + std::string(rows->text(0)) + "; head office merges the two");
    }
    e.s.exec("INSERT INTO customers (tenant_id, customer_id, loyalty_card, display_name, active, enrolled_store_id,"
             " enrolled_event_id, created_at) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7)",
             {c.tenantId, cust.customerId, cust.loyaltyCard, cust.displayName, c.storeId, c.eventId, c.nowMs});
    sync::json::Writer w;   // keys sorted: canonical
    w.beginObject()
        .field("active", true)
        .field("customer_id", cust.customerId)
        .field("display_name", cust.displayName)
        .field("loyalty_card", cust.loyaltyCard)
        .endObject();
    // Enrolled at a lane: a customer of every store of the tenant (§8.2), also
    // of stores created later (seedNewStoreScope).
    rememberCustomer(e.s, c.tenantId, cust.customerId, w.text(), c.nowMs);
    for (const std::string &store : customerStores(e.s, c.tenantId, cust.customerId)) {
        const std::string scope = storeScope(store);
        e.visible(scope, writeChange(e.s, c.tenantId, scope, "customer", cust.customerId, w.text(), c.nowMs));
    }
    return e.done();
}

AppliedOutcome applyLoyaltyEarned(Effects &e, const ev::LoyaltyEarned &l)
{
    if (exists(e.s, "SELECT 1 FROM loyalty_ledger WHERE tenant_id = ?1 AND entry_id = ?2", {e.ctx.tenantId, l.entryId}))
        return duplicate("loyalty entry", l.entryId);
    addLoyaltyEntry(e, l.entryId, l.customerId, l.points, l.saleId, l.reason, std::nullopt, std::nullopt);
    return e.done();
}

// a redemption made offline on two lanes can overdraw the balance; the
// server applies it (the goods are gone) and flags it for HQ.
AppliedOutcome applyLoyaltyRedeemed(Effects &e, const ev::LoyaltyRedeemed &l)
{
    if (exists(e.s, "SELECT 1 FROM loyalty_ledger WHERE tenant_id = ?1 AND entry_id = ?2", {e.ctx.tenantId, l.entryId}))
        return duplicate("loyalty entry", l.entryId);
    const std::int64_t balance =
        addLoyaltyEntry(e, l.entryId, l.customerId, -l.points, l.saleId, "redeemed", l.currency, l.value);
    if (balance < 0)
        raiseFlag(e, "overdraft", l.customerId,
                  "customer " + l.customerId + " redeemed " + std::to_string(l.points) + " points; balance now "
                      + std::to_string(balance));
    return e.done();
}

// staff records are HQ's; a PIN changed at a lane is applied to the
// record in every store scope that carries the person and sent back down.
AppliedOutcome applyStaffPinChanged(Effects &e, const ev::StaffPinChanged &p)
{
    const auto &c = e.ctx;
    std::map<std::string, std::string> records;   // scope → data
    // Store by store: records is keyed by scope first, with no index by kind and key alone.
    for (const std::string &store : tenantStores(e.s, c.tenantId)) {
        const std::string scope = storeScope(store);
        if (auto data = e.s.queryText("SELECT data FROM records WHERE tenant_id = ?1 AND scope = ?2 AND kind = 'staff'"
                                      " AND record_key = ?3", {c.tenantId, scope, p.code}))
            records.emplace(scope, std::move(*data));
    }
    if (!records.contains(storeScope(c.storeId)))
        return rejected("unknown_staff", "staff " + p.code + " is not on the staff of store " + c.storeId);
    for (const auto &[scope, data] : records) {
        const auto updated = withMember(data, "pin_hash", p.pinHash);
        if (!updated) continue;   // a record the change log wrote is always an object
        e.visible(scope, writeChange(e.s, c.tenantId, scope, "staff", p.code, *updated, c.nowMs));
    }
    rememberStaffPinHash(e.s, c.tenantId, p.code, p.pinHash);   // stores created later get the new PIN
    e.s.exec("INSERT INTO staff_pin_changes (tenant_id, event_id, code, changed_by, store_id, lane_id, received_at)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", {c.tenantId, c.eventId, p.code, p.changedBy, c.storeId, c.laneId, c.nowMs});
    return e.done();
}

AppliedOutcome applyOverrideApproved(Effects &e, const ev::OverrideApproved &o)
{
    const auto &c = e.ctx;
    if (exists(e.s, "SELECT 1 FROM overrides WHERE tenant_id = ?1 AND override_id = ?2", {c.tenantId, o.overrideId}))
        return duplicate("override", o.overrideId);
    e.s.exec("INSERT INTO overrides (tenant_id, override_id, store_id, lane_id, event_id, permission, sale_id,"
             " requested_by, approved_by, approver_name, reason, approved_at, currency, amount, received_at)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
             {c.tenantId, o.overrideId, c.storeId, c.laneId, c.eventId, o.permission, optionalParam(o.saleId),
              o.requestedBy, o.approval.userId, o.approval.userName, o.approval.reason, o.approval.at,
              optionalParam(o.currency), optionalParam(o.amount), c.nowMs});
    return e.done();
}

} // namespace retailos::server::store::effects
