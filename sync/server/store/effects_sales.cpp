// Sales, voids and returns on the server: immutable facts whose stock
// and ledger effects are deltas.
#include "sync/protocol/events/event_types.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/effects_internal.h"

#include <map>

namespace retailos::server::store::effects {

namespace {

bool isAccountKind(std::string_view kind) { return kind == "gift_card" || kind == "store_credit"; }

// voids that waited for this sale are examined now; each becomes
// applied or rejected as if it had arrived after the sale, in this transaction.
void releaseWaitingVoids(Effects &e, const std::string &saleId)
{
    struct Waiting
    {
        std::string terminalId, eventId, payload;
        std::int64_t seq;
    };
    std::vector<Waiting> waiting;
    {
        auto rows = e.s.query("SELECT terminal_id, seq, event_id, payload FROM events WHERE tenant_id = ?1"
                              " AND status = 'held' AND code = 'waiting_for_original' AND type = ?2",
                              {e.ctx.tenantId, sync::events::type::kSaleVoided});
        while (rows->next())
            waiting.push_back({std::string(rows->text(0)), std::string(rows->text(2)), std::string(rows->blob(3)),
                               rows->integer(1)});
    }
    for (const Waiting &w : waiting) {
        std::string storeId, laneId, currency;
        {
            auto rows = e.s.query("SELECT t.store_id, t.lane_id, s.currency FROM terminals t"
                                  " JOIN stores s ON s.tenant_id = t.tenant_id AND s.store_id = t.store_id"
                                  " WHERE t.terminal_id = ?1",
                                  {w.terminalId});
            if (!rows->next()) continue;
            storeId = rows->text(0);
            laneId = rows->text(1);
            currency = rows->text(2);
        }
        const auto parsed = ev::parseEventPayload(ev::type::kSaleVoided, w.payload, {storeId, laneId, currency});
        if (!parsed || std::get<ev::SaleVoided>(*parsed).saleId != saleId) continue;
        const EffectContext ctx{e.ctx.tenantId, storeId, laneId, w.terminalId, currency, w.eventId, w.seq, e.ctx.nowMs};
        Effects voidEffects{e.s, ctx, {}};
        Savepoint savepoint(e.s, "waiting_void");
        const AppliedOutcome outcome = applyVoid(voidEffects, std::get<ev::SaleVoided>(*parsed));
        if (outcome.status != "applied") savepoint.rollback();
        else savepoint.release();
        if (outcome.status == "held") continue;   // cannot happen: the sale is stored now
        const sql::Param code = outcome.code.empty() ? sql::Param(nullptr) : sql::Param(std::string_view(outcome.code));
        const sql::Param message =
            outcome.message.empty() ? sql::Param(nullptr) : sql::Param(std::string_view(outcome.message));
        e.s.exec("UPDATE events SET status = ?3, code = ?4, message = ?5 WHERE terminal_id = ?1 AND seq = ?2",
                 {w.terminalId, w.seq, outcome.status, code, message});
        e.s.exec("UPDATE terminals SET held_count = held_count - 1,"
                 " rejected_count = rejected_count + ?2 WHERE terminal_id = ?1",
                 {w.terminalId, std::int64_t(outcome.status == "rejected" ? 1 : 0)});
    }
}

// One sale's events (the sale, its voids) one at a time, also across server
// processes on PostgreSQL: otherwise a void and its sale committing together
// could each miss the other (the void held for ever), and two voids could both
// see the sale not voided yet. SQLite has one writer already.
void lockSale(Effects &e, const std::string &saleId)
{
    if (e.s.dialect() != sql::Dialect::Postgres) return;
    const std::string key = e.ctx.tenantId + "|" + saleId;
    e.s.execLater("SELECT pg_advisory_xact_lock(hashtext(CAST(?1 AS TEXT)))", {std::string_view(key)});
}

} // namespace

AppliedOutcome applySale(Effects &e, const ev::SaleCompleted &sale)
{
    const auto &c = e.ctx;
    lockSale(e, sale.saleId);
    {
        auto rows = e.s.query("SELECT event_id FROM sales WHERE tenant_id = ?1 AND sale_id = ?2", {c.tenantId, sale.saleId});
        if (rows->next())
            return rejected("duplicate_id", "sale " + sale.saleId + " is already stored (event "
                                                + std::string(rows->text(0)) + ")");
    }
    e.s.execLater("INSERT INTO sales (tenant_id, sale_id, store_id, lane_id, terminal_id, event_id, receipt_number,"
             " cashier_id, customer_id, currency, opened_at, completed_at, subtotal, discount, tax, rounding, total,"
             " received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
             {c.tenantId, sale.saleId, sale.storeId, sale.laneId, c.terminalId, c.eventId, sale.receiptNumber,
              sale.cashierId, optionalParam(sale.customerId), sale.currency, sale.openedAt, sale.completedAt,
              sale.subtotal, sale.discount, sale.tax, sale.rounding, sale.total, c.nowMs});

    std::map<std::int64_t, const ev::PricedLine *> priced;
    for (const ev::PricedLine &p : sale.pricedLines) priced[p.lineNo] = &p;
    for (const ev::SaleLine &l : sale.lines) {
        const ev::PricedLine *p = l.voided ? nullptr : priced[l.lineNo];
        e.s.execLater("INSERT INTO sale_lines (tenant_id, sale_id, line_no, sku, quantity_milli, unit_price, gross,"
                 " discount, amount, tax, voided) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                 {c.tenantId, sale.saleId, l.lineNo, l.sku, l.quantityMilli, l.unitPrice, p ? p->gross : 0,
                  p ? p->discount : 0, p ? p->amount : 0, p ? p->tax : 0, std::int64_t(l.voided ? 1 : 0)});
    }
    for (std::size_t i = 0; i < sale.tenders.size(); ++i) {
        const ev::Tender &t = sale.tenders[i];
        const sql::Param account = t.accountId.empty() ? sql::Param(nullptr) : sql::Param(std::string_view(t.accountId));
        e.s.execLater("INSERT INTO sale_tenders (tenant_id, sale_id, tender_no, kind, amount, account_id)"
                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                 {c.tenantId, sale.saleId, std::int64_t(i + 1), t.kind, t.amount, account});
    }

    // Stock leaves the store for every line that counts; lines are keyed by sku.
    for (const ev::SaleLine &l : sale.lines)
        if (!l.voided) addStockDelta(e, sale.storeId, l.sku, -l.quantityMilli, l.lineNo, "sale", sale.saleId);
    // Gift card / store credit tenders debit their accounts.
    for (std::size_t i = 0; i < sale.tenders.size(); ++i) {
        const ev::Tender &t = sale.tenders[i];
        if (isAccountKind(t.kind)) addAccountEntry(e, t.accountId, t.kind, -t.amount, std::int64_t(i + 1), sale.saleId);
    }
    releaseWaitingVoids(e, sale.saleId);
    return e.done();
}

AppliedOutcome applyVoid(Effects &e, const ev::SaleVoided &v)
{
    const auto &c = e.ctx;
    lockSale(e, v.saleId);
    std::string originalEvent, store;
    std::int64_t receipt = 0, total = 0;
    bool voided = false;
    {
        auto rows = e.s.query("SELECT event_id, receipt_number, total, voided, store_id FROM sales"
                              " WHERE tenant_id = ?1 AND sale_id = ?2", {c.tenantId, v.saleId});
        if (!rows->next())
            return held("waiting_for_original", "sale " + v.saleId + " is not stored yet; the void is applied when it"
                                                                     " arrives");
        originalEvent = rows->text(0);
        receipt = rows->integer(1);
        total = rows->integer(2);
        voided = rows->integer(3) != 0;
        store = rows->text(4);
    }
    if (originalEvent != v.originalEventId)
        return rejected("original_mismatch", "sale " + v.saleId + " was stored from event " + originalEvent
                                                 + ", not " + v.originalEventId);
    if (receipt != v.receiptNumber)
        return rejected("original_mismatch", "sale " + v.saleId + " has receipt number " + std::to_string(receipt)
                                                 + ", not " + std::to_string(v.receiptNumber));
    if (voided) return rejected("already_voided", "sale " + v.saleId + " is already voided");
    if (v.total != -total)
        return rejected("inconsistent_totals", "the void's total (" + std::to_string(v.total)
                                                   + ") is not minus the sale's total (" + std::to_string(total) + ")");

    // Only a sale not voided yet is voided, whatever another writer did meanwhile.
    if (e.s.exec("UPDATE sales SET voided = 1, void_event_id = ?3, voided_at = ?4 WHERE tenant_id = ?1 AND sale_id = ?2"
                 " AND voided = 0",
                 {c.tenantId, v.saleId, c.eventId, c.nowMs}) != 1)
        return rejected("already_voided", "sale " + v.saleId + " is already voided");
    // Reverse what the sale did: its stock comes back, its account debits are credited.
    struct Line
    {
        std::int64_t lineNo, quantity;
        std::string sku;
    };
    std::vector<Line> lines;
    {
        auto rows = e.s.query("SELECT line_no, quantity_milli, sku FROM sale_lines WHERE tenant_id = ?1"
                              " AND sale_id = ?2 AND voided = 0 ORDER BY line_no", {c.tenantId, v.saleId});
        while (rows->next()) lines.push_back({rows->integer(0), rows->integer(1), std::string(rows->text(2))});
    }
    for (const Line &l : lines) addStockDelta(e, store, l.sku, l.quantity, l.lineNo, "void", v.saleId);
    struct Debit
    {
        std::int64_t tenderNo, amount;
        std::string kind, account;
    };
    std::vector<Debit> debits;
    {
        auto rows = e.s.query("SELECT tender_no, amount, kind, account_id FROM sale_tenders WHERE tenant_id = ?1"
                              " AND sale_id = ?2 AND account_id IS NOT NULL ORDER BY tender_no", {c.tenantId, v.saleId});
        while (rows->next())
            debits.push_back({rows->integer(0), rows->integer(1), std::string(rows->text(2)), std::string(rows->text(3))});
    }
    for (const Debit &d : debits)
        if (isAccountKind(d.kind)) addAccountEntry(e, d.account, d.kind, d.amount, d.tenderNo, v.saleId);
    return e.done();
}

AppliedOutcome applyReturn(Effects &e, const ev::ReturnCompleted &r)
{
    const auto &c = e.ctx;
    if (exists(e.s, "SELECT 1 FROM returns WHERE tenant_id = ?1 AND return_id = ?2", {c.tenantId, r.returnId}))
        return rejected("duplicate_id", "return " + r.returnId + " is already stored");
    e.s.exec("INSERT INTO returns (tenant_id, return_id, store_id, lane_id, event_id, original_sale_id,"
             " original_event_id, cashier_id, currency, total, received_at)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
             {c.tenantId, r.returnId, c.storeId, c.laneId, c.eventId, optionalParam(r.originalSaleId),
              optionalParam(r.originalEventId), r.cashierId, r.currency, r.total, c.nowMs});
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        const ev::ReturnLine &l = r.lines[i];
        e.s.exec("INSERT INTO return_lines (tenant_id, return_id, line_no, sku, quantity_milli, amount, tax,"
                 " tax_class_id, restock, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                 {c.tenantId, r.returnId, std::int64_t(i + 1), l.sku, l.quantityMilli, l.amount, l.tax, l.taxClassId,
                  std::int64_t(l.restock ? 1 : 0), l.reason});
    }
    // Goods back on the shelf of the store that took them back.
    for (std::size_t i = 0; i < r.lines.size(); ++i)
        if (r.lines[i].restock)
            addStockDelta(e, c.storeId, r.lines[i].sku, r.lines[i].quantityMilli, std::int64_t(i + 1), "return",
                          r.returnId);
    for (std::size_t i = 0; i < r.refunds.size(); ++i)
        if (isAccountKind(r.refunds[i].kind))
            addAccountEntry(e, r.refunds[i].accountId, r.refunds[i].kind, r.refunds[i].amount, std::int64_t(i + 1),
                            r.returnId);

    // More back than was sold is a fact for HQ, never a refusal: the sale is
    // immutable and the return happened (§7.5). A voided sale sold nothing.
    if (r.originalSaleId
        && exists(e.s, "SELECT 1 FROM sales WHERE tenant_id = ?1 AND sale_id = ?2", {c.tenantId, *r.originalSaleId})) {
        std::map<std::string, std::int64_t> returned;
        for (const ev::ReturnLine &l : r.lines) returned[l.sku] = 0;
        for (auto &[sku, quantity] : returned) {
            const auto sold = e.s.queryInt("SELECT COALESCE(SUM(l.quantity_milli), 0) FROM sale_lines l"
                                           " JOIN sales s ON s.tenant_id = l.tenant_id AND s.sale_id = l.sale_id"
                                           " WHERE l.tenant_id = ?1 AND l.sale_id = ?2 AND l.sku = ?3"
                                           " AND l.voided = 0 AND s.voided = 0",
                                           {c.tenantId, *r.originalSaleId, sku});
            const auto back = e.s.queryInt("SELECT COALESCE(SUM(l.quantity_milli), 0) FROM return_lines l"
                                           " JOIN returns r ON r.tenant_id = l.tenant_id AND r.return_id = l.return_id"
                                           " WHERE l.tenant_id = ?1 AND r.original_sale_id = ?2 AND l.sku = ?3",
                                           {c.tenantId, *r.originalSaleId, sku});
            quantity = back.value_or(0);
            if (quantity > sold.value_or(0))
                raiseFlag(e, "returned_quantity_exceeds_sale", sku,
                          "sale " + *r.originalSaleId + " sold " + std::to_string(sold.value_or(0)) + " milli of " + sku
                              + "; returns now hold " + std::to_string(quantity));
        }
    }
    return e.done();
}

} // namespace retailos::server::store::effects
