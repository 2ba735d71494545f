// Shared by the effects of event_effects.cpp, effects_sales.cpp and
// effects_other.cpp: the outcome being built, ledgers, flags.
#pragma once

#include "sync/protocol/events/event_payloads.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/event_ingest.h"

#include <optional>
#include <string>
#include <string_view>

namespace retailos::server::store::effects {

namespace ev = sync::events;

// One event's effects as they are applied: the session, who sent it, and the
// scopes its changes reached.
struct Effects
{
    sql::Session &s;
    const EffectContext &ctx;
    AppliedOutcome out;

    // Notes that `scope` holds this event's effects from change `seq` on (0: nothing written).
    void visible(const std::string &scope, std::int64_t seq);
    AppliedOutcome done() { return std::move(out); }
};

AppliedOutcome rejected(std::string code, std::string message);
AppliedOutcome held(std::string code, std::string message);

inline std::string storeScope(std::string_view store) { return "store:" + std::string(store); }
inline std::string stockScope(std::string_view store) { return "stock:" + std::string(store); }
inline sql::Param optionalParam(const std::optional<std::string> &v)
{
    return v ? sql::Param(std::string_view(*v)) : sql::Param(nullptr);
}
inline sql::Param optionalParam(const std::optional<std::int64_t> &v)
{
    return v ? sql::Param(*v) : sql::Param(nullptr);
}

// True when the query returns a row.
bool exists(sql::Session &s, std::string_view sqlText, std::initializer_list<sql::Param> params);

// A stock delta: the ledger row (event, item_no) and the running sum with its
// `stock_level` change.
void addStockDelta(Effects &e, std::string_view store, std::string_view sku, std::int64_t deltaMilli,
                   std::int64_t itemNo, std::string_view reason, std::string_view refId);

// A gift card / store credit entry (amount signed: debit −, credit +), the
// running balance and its `account_balance` change in the event's store scope;
// a balance below 0 is flagged `overdraft`.
void addAccountEntry(Effects &e, std::string_view accountId, std::string_view kind, std::int64_t amount,
                     std::int64_t itemNo, std::string_view refId);

// A fact for HQ that is not a refusal.
void raiseFlag(Effects &e, std::string_view flag, std::string_view subject, const std::string &detail);

// The per-type effects.
AppliedOutcome applySale(Effects &e, const ev::SaleCompleted &sale);
AppliedOutcome applyVoid(Effects &e, const ev::SaleVoided &v);
AppliedOutcome applyReturn(Effects &e, const ev::ReturnCompleted &r);
AppliedOutcome applyPaid(Effects &e, const ev::PaidInOut &p);
AppliedOutcome applyShiftOpened(Effects &e, const ev::ShiftOpened &o);
AppliedOutcome applyShiftClosed(Effects &e, const ev::ShiftClosed &c);
AppliedOutcome applyStockMoved(Effects &e, const ev::StockMoved &m);
AppliedOutcome applyStockReceived(Effects &e, const ev::StockReceived &r);
AppliedOutcome applyStockCounted(Effects &e, const ev::StockCounted &c);
AppliedOutcome applyCustomerEnrolled(Effects &e, const ev::CustomerEnrolled &c);
AppliedOutcome applyLoyaltyEarned(Effects &e, const ev::LoyaltyEarned &l);
AppliedOutcome applyLoyaltyRedeemed(Effects &e, const ev::LoyaltyRedeemed &l);
AppliedOutcome applyStaffPinChanged(Effects &e, const ev::StaffPinChanged &p);
AppliedOutcome applyOverrideApproved(Effects &e, const ev::OverrideApproved &o);

} // namespace retailos::server::store::effects
