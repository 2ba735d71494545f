// Upstream events → checks → effects (see event_effects.h), and the ledgers
// several types share.
#include "sync/server/store/event_effects.h"

#include "sync/protocol/json.h"
#include "sync/server/store/admin_records.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/effects_internal.h"

#include <algorithm>

namespace retailos::server::store {

namespace effects {

void Effects::visible(const std::string &scope, std::int64_t seq)
{
    if (seq <= 0) return;
    for (auto &[name, at] : out.visibleAt) {
        if (name == scope) {
            at = std::max(at, seq);
            return;
        }
    }
    out.visibleAt.emplace_back(scope, seq);
}

AppliedOutcome rejected(std::string code, std::string message)
{
    return AppliedOutcome{"rejected", std::move(code), std::move(message), {}};
}

AppliedOutcome held(std::string code, std::string message)
{
    return AppliedOutcome{"held", std::move(code), std::move(message), {}};
}

bool exists(sql::Session &s, std::string_view sqlText, std::initializer_list<sql::Param> params)
{
    return s.query(sqlText, params)->next();
}

void addStockDelta(Effects &e, std::string_view store, std::string_view sku, std::int64_t deltaMilli,
                   std::int64_t itemNo, std::string_view reason, std::string_view refId)
{
    e.s.execLater("INSERT INTO stock_ledger (tenant_id, event_id, item_no, store_id, sku, delta_milli, reason, ref_id,"
             " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
             {e.ctx.tenantId, e.ctx.eventId, itemNo, store, sku, deltaMilli, reason, refId, e.ctx.nowMs});
    e.visible(stockScope(store), addStock(e.s, e.ctx.tenantId, store, sku, deltaMilli, e.ctx.nowMs));
}

void addAccountEntry(Effects &e, std::string_view accountId, std::string_view kind, std::int64_t amount,
                     std::int64_t itemNo, std::string_view refId)
{
    // A gift card or store credit works in every store of its currency, so its
    // balance goes to each of those stores' scopes (§8.1), not only this one.
    tenantStores(e.s, e.ctx.tenantId);   // the tenant lock a new store's seeding meets
    std::vector<std::string> stores;
    {
        auto rows = e.s.query("SELECT store_id FROM stores WHERE tenant_id = ?1 AND currency = ?2 ORDER BY store_id",
                              {e.ctx.tenantId, e.ctx.currency});
        while (rows->next()) stores.emplace_back(rows->text(0));
    }
    if (std::find(stores.begin(), stores.end(), e.ctx.storeId) == stores.end()) stores.push_back(e.ctx.storeId);
    std::sort(stores.begin(), stores.end(), [](const std::string &a, const std::string &b) {
        return storeScope(a) < storeScope(b);
    });
    // The scope heads (sorted) before the balance row: the lock order of every writer (change_log.cpp).
    for (const std::string &store : stores) lockScopeHead(e.s, e.ctx.tenantId, storeScope(store));
    e.s.exec("INSERT INTO account_ledger (tenant_id, event_id, item_no, account_id, kind, store_id, amount, currency,"
             " ref_id, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
             {e.ctx.tenantId, e.ctx.eventId, itemNo, accountId, kind, e.ctx.storeId, amount, e.ctx.currency, refId,
              e.ctx.nowMs});
    std::int64_t balance = 0;
    std::string accountKind(kind), currency(e.ctx.currency);
    {
        auto rows = e.s.query("INSERT INTO account_balances (tenant_id, account_id, kind, currency, balance)"
                              " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (tenant_id, account_id)"
                              " DO UPDATE SET balance = account_balances.balance + excluded.balance"
                              " RETURNING balance, kind, currency",
                              {e.ctx.tenantId, accountId, kind, e.ctx.currency, amount});
        if (rows->next()) {
            balance = rows->integer(0);
            accountKind = rows->text(1);
            currency = rows->text(2);
        }
    }
    sync::json::Writer w;   // keys in sorted order: canonical
    w.beginObject()
        .field("account_id", accountId)
        .field("as_of", e.ctx.nowMs)
        .field("balance", balance)
        .field("currency", currency)
        .field("kind", accountKind)
        .endObject();
    for (const std::string &store : stores)
        e.visible(storeScope(store),
                  writeChange(e.s, e.ctx.tenantId, storeScope(store), "account_balance", accountId, w.text(), e.ctx.nowMs));
    if (balance < 0)
        raiseFlag(e, "overdraft", accountId,
                  std::string(accountKind) + " " + std::string(accountId) + " is overdrawn: balance " + std::to_string(balance)
                      + " " + currency);
}

void raiseFlag(Effects &e, std::string_view flag, std::string_view subject, const std::string &detail)
{
    e.s.exec("INSERT INTO hq_flags (tenant_id, event_id, flag, subject, store_id, detail, raised_at)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (tenant_id, event_id, flag, subject) DO NOTHING",
             {e.ctx.tenantId, e.ctx.eventId, flag, subject, e.ctx.storeId, detail, e.ctx.nowMs});
}

} // namespace effects

AppliedOutcome applyEventEffects(sql::Session &session, const EffectContext &ctx,
                                 const sync::events::EventPayload &payload)
{
    namespace ev = sync::events;
    using namespace effects;
    Effects e{session, ctx, {}};
    return std::visit(
        [&](const auto &p) -> AppliedOutcome {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ev::SaleCompleted>) return applySale(e, p);
            else if constexpr (std::is_same_v<T, ev::SaleVoided>) return applyVoid(e, p);
            else if constexpr (std::is_same_v<T, ev::ReturnCompleted>) return applyReturn(e, p);
            else if constexpr (std::is_same_v<T, ev::PaidInOut>) return applyPaid(e, p);
            else if constexpr (std::is_same_v<T, ev::ShiftOpened>) return applyShiftOpened(e, p);
            else if constexpr (std::is_same_v<T, ev::ShiftClosed>) return applyShiftClosed(e, p);
            else if constexpr (std::is_same_v<T, ev::StockMoved>) return applyStockMoved(e, p);
            else if constexpr (std::is_same_v<T, ev::StockReceived>) return applyStockReceived(e, p);
            else if constexpr (std::is_same_v<T, ev::StockCounted>) return applyStockCounted(e, p);
            else if constexpr (std::is_same_v<T, ev::CustomerEnrolled>) return applyCustomerEnrolled(e, p);
            else if constexpr (std::is_same_v<T, ev::LoyaltyEarned>) return applyLoyaltyEarned(e, p);
            else if constexpr (std::is_same_v<T, ev::LoyaltyRedeemed>) return applyLoyaltyRedeemed(e, p);
            else if constexpr (std::is_same_v<T, ev::StaffPinChanged>) return applyStaffPinChanged(e, p);
            else return applyOverrideApproved(e, p);
        },
        payload);
}

AppliedOutcome applyEvent(sql::Session &session, const EffectContext &ctx, std::string_view type,
                          std::string_view payload)
{
    if (ctx.parsed) {
        if (!*ctx.parsed) return effects::rejected(ctx.parsed->error().code, ctx.parsed->error().message);
        return applyEventEffects(session, ctx, **ctx.parsed);
    }
    const auto parsed = sync::events::parseEventPayload(type, payload, {ctx.storeId, ctx.laneId, ctx.currency});
    if (!parsed) return effects::rejected(parsed.error().code, parsed.error().message);
    return applyEventEffects(session, ctx, *parsed);
}

} // namespace retailos::server::store
