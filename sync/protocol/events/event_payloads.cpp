// Event payloads: shape, store and domain checks (see event_payloads.h).
#include "sync/protocol/events/event_payloads.h"

#include "core/staff/pin_hash.h"
#include "sync/protocol/events/event_types.h"
#include "sync/protocol/json.h"

#include <algorithm>
#include <set>

namespace retailos::sync::events {

namespace {

using json::Reader;
using json::Value;

constexpr std::size_t kCodeLength = 64;

PayloadRejection rejection(std::string code, std::string message, std::string field = {})
{
    return PayloadRejection{std::move(code), std::move(message), std::move(field)};
}

// A condition on a member already read: fails with the member's path.
void require(Reader &r, std::string_view name, bool condition, const std::string &problem)
{
    if (r.ok() && !condition) r.fail(r.value(name).path(), problem);
}

std::int64_t moneyAtLeast(Reader &r, std::string_view name, std::int64_t min)
{
    const std::int64_t v = r.money(name);
    require(r, name, v >= min, min == 0 ? "must not be negative" : "must be greater than 0");
    return v;
}

std::int64_t moneyAtMost(Reader &r, std::string_view name, std::int64_t max)
{
    const std::int64_t v = r.money(name);
    require(r, name, v <= max, max == 0 ? "must not be positive" : "must be less than 0");
    return v;
}

// The record's one `currency`, which must be the store's.
std::string currency(Reader &r, const EventContext &ctx)
{
    std::string c = r.code("currency");
    require(r, "currency", c == ctx.currency,
            "must be the store's currency " + ctx.currency + " (is " + c + ")");
    return c;
}

std::optional<std::string> uuidOrNull(Reader &r, std::string_view name)
{
    // Present-and-null and absent both mean "none"; anything else must be a uuid.
    return r.optionalUuid(name);
}

// A reason as the lane writes it: a code, or empty when none was asked for.
std::string reasonText(Reader &r, std::string_view name) { return r.string(name, 0, kCodeLength); }

Approval readApproval(Reader r)
{
    Approval a;
    a.userId = r.code("user_id");
    a.userName = r.text("user_name");
    a.reason = reasonText(r, "reason");
    a.at = r.time("at");
    return a;
}

std::optional<Approval> optionalApproval(Reader &r, std::string_view name)
{
    auto o = r.optionalObject(name);
    if (!o) return std::nullopt;
    return readApproval(*o);
}

std::optional<Discount> optionalDiscount(Reader &r, std::string_view name)
{
    auto o = r.optionalObject(name);
    if (!o) return std::nullopt;
    Discount d;
    d.kind = o->choice("kind", {"percent", "amount"});
    if (d.kind == "percent")
        d.value = o->integer("value", 0, 1'000'000);
    else
        d.value = moneyAtLeast(*o, "value", 0);
    d.reason = o->has("reason") ? reasonText(*o, "reason") : std::string();
    d.approval = optionalApproval(*o, "approval");
    return d;
}

std::int64_t quantity(Reader &r, std::string_view name, std::int64_t min)
{
    return r.integer(name, min, kMaxQuantityMilli);
}

// "************1234": never more than the last four digits (checkout.md).
std::string maskedPan(Reader &r)
{
    if (!r.has("masked_pan")) return {};
    std::string pan = r.string("masked_pan", 1, kCodeLength);
    require(r, "masked_pan", std::ranges::count_if(pan, [](char c) { return c >= '0' && c <= '9'; }) <= 4,
            "must hold at most the last four digits of the card");
    return pan;
}

std::string optionalCodeOrEmpty(Reader &r, std::string_view name) { return r.optionalCode(name).value_or(std::string()); }

std::string paymentKind(Reader &r)
{
    return r.choice("kind", {"cash", "card", "gift_card", "store_credit"});
}

std::string accountFor(Reader &r, const std::string &kind)
{
    if (kind == "gift_card" || kind == "store_credit") return r.code("account_id");
    return optionalCodeOrEmpty(r, "account_id");
}

// ---- pos.sale.completed.v1 -------------------------------------------------

SaleLine readSaleLine(Reader l)
{
    SaleLine line;
    line.lineNo = l.integer("line_no", 1, std::int64_t(kMaxLines) * 10);
    line.sku = l.code("sku");
    line.name = l.text("name");
    line.departmentId = l.string("department_id", 0, kCodeLength);
    line.taxClassId = l.code("tax_class_id");
    line.unit = l.choice("unit", {"each", "kg"});
    line.ageLimit = l.integer("age_limit", 0, 99);
    line.returnable = l.boolean("returnable");
    line.quantityMilli = quantity(l, "quantity_milli", 1);
    line.unitPrice = moneyAtLeast(l, "unit_price", 0);
    line.catalogueUnitPrice = moneyAtLeast(l, "catalogue_unit_price", 0);
    line.priceSource = l.choice("price_source", {"catalogue", "label", "override"});
    if (l.has("label_amount")) line.labelAmount = moneyAtLeast(l, "label_amount", 0);
    line.ageConfirmed = l.optionalBoolean("age_confirmed").value_or(false);
    line.voided = l.boolean("voided");
    line.priceOverride = optionalApproval(l, "price_override");
    line.discount = optionalDiscount(l, "discount");
    line.voidApproval = optionalApproval(l, "void_approval");
    // `product_id` is lane-local and ignored (§7.5): lines are keyed by sku.
    return line;
}

Tender readTender(Reader t)
{
    Tender tender;
    tender.kind = paymentKind(t);
    tender.amount = moneyAtLeast(t, "amount", 0);
    tender.received = moneyAtLeast(t, "received", 0);
    tender.maskedPan = maskedPan(t);
    tender.authCode = optionalCodeOrEmpty(t, "auth_code");
    tender.terminalRef = optionalCodeOrEmpty(t, "terminal_ref");
    tender.accountId = accountFor(t, tender.kind);
    return tender;
}

PricedLine readPricedLine(Reader p)
{
    PricedLine line;
    line.lineNo = p.integer("line_no", 1, std::int64_t(kMaxLines) * 10);
    line.gross = moneyAtLeast(p, "gross", 0);
    line.discount = moneyAtLeast(p, "discount", 0);
    line.amount = moneyAtLeast(p, "amount", 0);
    line.tax = moneyAtLeast(p, "tax", 0);
    line.rateIds = p.codeArray("rate_ids", kMaxRateIds);
    return line;
}

TaxTotal readTaxTotal(Reader t)
{
    TaxTotal total;
    total.rateId = t.code("rate_id");
    total.name = t.optionalText("name").value_or(std::string());
    total.ratePpm = t.integer("rate_ppm", 0, 1'000'000);
    total.net = t.money("net");
    total.tax = moneyAtLeast(t, "tax", 0);
    if (t.has("gross")) total.gross = t.money("gross");
    return total;
}

template<typename T, typename F>
std::vector<T> readArray(Reader &r, std::string_view name, std::size_t minSize, std::size_t maxSize, F readOne)
{
    std::vector<T> out;
    const Value a = r.array(name, minSize, maxSize);
    if (!r.ok()) return out;
    out.reserve(a.size());
    for (std::size_t i = 0; i < a.size() && r.ok(); ++i) out.push_back(readOne(r.element(a, i)));
    return out;
}

SaleCompleted readSale(Reader &r, const EventContext &ctx)
{
    SaleCompleted s;
    s.saleId = r.uuid("id");
    const std::string saleId = r.uuid("sale_id");
    require(r, "sale_id", saleId == s.saleId, "must equal id");
    s.laneId = r.code("lane_id");
    s.storeId = r.code("store_id");
    s.cashierId = r.code("cashier_id");
    s.cashierName = r.optionalText("cashier_name").value_or(std::string());
    s.currency = currency(r, ctx);
    s.customerId = uuidOrNull(r, "customer_id");
    s.openedAt = r.time("opened_at");
    s.cashRounding = r.has("cash_rounding") ? r.money("cash_rounding") : 0;
    s.receiptNumber = r.integer("receipt_number", 1, json::kMaxSafeInt);
    s.completedAt = r.time("completed_at");
    s.lines = readArray<SaleLine>(r, "lines", 1, kMaxLines, readSaleLine);
    s.transactionDiscount = optionalDiscount(r, "transaction_discount");
    s.tenders = readArray<Tender>(r, "tenders", 0, kMaxSmallArray, readTender);
    s.pricedLines = readArray<PricedLine>(r, "priced_lines", 0, kMaxLines, readPricedLine);
    s.taxes = readArray<TaxTotal>(r, "taxes", 0, kMaxSmallArray, readTaxTotal);
    s.subtotal = moneyAtLeast(r, "subtotal", 0);
    s.discount = moneyAtLeast(r, "discount", 0);
    s.tax = moneyAtLeast(r, "tax", 0);
    s.rounding = r.money("rounding");
    s.total = moneyAtLeast(r, "total", 0);
    return s;
}

std::string sumMessage(const char *what, std::int64_t sum, const char *target, std::int64_t expected)
{
    return std::string(what) + " (" + std::to_string(sum) + ") do not add up to " + target + " ("
           + std::to_string(expected) + ")";
}

std::optional<PayloadRejection> saleRules(const SaleCompleted &s)
{
    std::set<std::int64_t> counted, all;
    for (const SaleLine &l : s.lines) {
        if (!all.insert(l.lineNo).second)
            return rejection("inconsistent_lines", "two lines have line_no " + std::to_string(l.lineNo));
        if (!l.voided) counted.insert(l.lineNo);
    }
    std::set<std::int64_t> priced;
    std::int64_t gross = 0, discount = 0, amount = 0, lineTax = 0;
    for (const PricedLine &p : s.pricedLines) {
        if (!counted.contains(p.lineNo))
            return rejection("inconsistent_lines", "priced line " + std::to_string(p.lineNo)
                                                       + " names no line that counts (missing or voided)");
        if (!priced.insert(p.lineNo).second)
            return rejection("inconsistent_lines", "line " + std::to_string(p.lineNo) + " is priced twice");
        gross += p.gross;
        discount += p.discount;
        amount += p.amount;
        lineTax += p.tax;
    }
    if (priced.size() != counted.size())
        return rejection("inconsistent_lines", std::to_string(counted.size() - priced.size())
                                                   + " line(s) that count have no priced line");
    std::int64_t tendered = 0, rateTax = 0;
    for (const Tender &t : s.tenders) tendered += t.amount;
    for (const TaxTotal &t : s.taxes) rateTax += t.tax;

    // Both are written: the sale's own field and what pricing made of it.
    if (s.rounding != s.cashRounding)
        return rejection("inconsistent_totals", "rounding (" + std::to_string(s.rounding) + ") is not cash_rounding ("
                                                    + std::to_string(s.cashRounding) + ")");
    if (tendered != s.total) return rejection("inconsistent_totals", sumMessage("tenders", tendered, "the total", s.total));
    if (gross != s.subtotal)
        return rejection("inconsistent_totals", sumMessage("priced_lines[].gross", gross, "subtotal", s.subtotal));
    if (discount != s.discount)
        return rejection("inconsistent_totals", sumMessage("priced_lines[].discount", discount, "discount", s.discount));
    if (amount != s.subtotal - s.discount)
        return rejection("inconsistent_totals",
                         sumMessage("priced_lines[].amount", amount, "subtotal - discount", s.subtotal - s.discount));
    if (lineTax != s.tax) return rejection("inconsistent_totals", sumMessage("priced_lines[].tax", lineTax, "tax", s.tax));
    if (rateTax != s.tax) return rejection("inconsistent_totals", sumMessage("taxes[].tax", rateTax, "tax", s.tax));
    // Tax included: total = Σ amounts + rounding; tax added: Σ amounts + tax + rounding.
    const std::int64_t beforeRounding = s.total - s.rounding;
    if (beforeRounding != amount && beforeRounding != amount + s.tax)
        return rejection("inconsistent_totals", "total - rounding (" + std::to_string(beforeRounding)
                                                    + ") is neither the amounts (" + std::to_string(amount)
                                                    + ") nor the amounts plus tax (" + std::to_string(amount + s.tax)
                                                    + ")");
    return std::nullopt;
}

// ---- the other types -------------------------------------------------------

SaleVoided readVoid(Reader &r, const EventContext &ctx)
{
    SaleVoided v;
    v.saleId = r.uuid("sale_id");
    v.originalEventId = r.uuid("original_event_id");
    v.receiptNumber = r.integer("receipt_number", 1, json::kMaxSafeInt);
    v.reason = r.code("reason");
    v.approval = readApproval(r.object("approval"));
    v.currency = currency(r, ctx);
    v.total = moneyAtMost(r, "total", 0);
    return v;
}

ReturnLine readReturnLine(Reader l)
{
    ReturnLine line;
    line.sku = l.code("sku");
    line.quantityMilli = quantity(l, "quantity_milli", 1);
    line.amount = moneyAtLeast(l, "amount", 1);
    line.tax = moneyAtLeast(l, "tax", 0);
    line.taxClassId = l.code("tax_class_id");
    line.restock = l.boolean("restock");
    line.reason = l.code("reason");
    return line;
}

Refund readRefund(Reader f)
{
    Refund refund;
    refund.kind = paymentKind(f);
    refund.amount = moneyAtLeast(f, "amount", 1);
    refund.accountId = accountFor(f, refund.kind);
    return refund;
}

ReturnCompleted readReturn(Reader &r, const EventContext &ctx)
{
    ReturnCompleted ret;
    ret.returnId = r.uuid("return_id");
    ret.originalSaleId = uuidOrNull(r, "original_sale_id");
    ret.originalEventId = uuidOrNull(r, "original_event_id");
    ret.lines = readArray<ReturnLine>(r, "lines", 1, kMaxLines, readReturnLine);
    ret.refunds = readArray<Refund>(r, "refunds", 1, kMaxSmallArray, readRefund);
    ret.currency = currency(r, ctx);
    ret.total = moneyAtMost(r, "total", -1);
    ret.cashierId = r.code("cashier_id");
    ret.approval = optionalApproval(r, "approval");
    return ret;
}

std::optional<PayloadRejection> returnRules(const ReturnCompleted &ret)
{
    std::int64_t refunded = 0;
    for (const Refund &f : ret.refunds) refunded += f.amount;
    if (refunded != -ret.total)
        return rejection("inconsistent_totals", sumMessage("refunds", refunded, "the total refunded", -ret.total));
    return std::nullopt;
}

PaidInOut readPaid(Reader &r, const EventContext &ctx, bool in)
{
    PaidInOut p;
    p.paidIn = in;
    p.movementId = r.uuid("movement_id");
    p.currency = currency(r, ctx);
    p.amount = moneyAtLeast(r, "amount", 1);
    p.reason = r.code("reason");
    p.note = r.text("note");
    p.cashierId = r.code("cashier_id");
    p.approval = optionalApproval(r, "approval");
    return p;
}

ShiftOpened readShiftOpened(Reader &r, const EventContext &ctx)
{
    ShiftOpened s;
    s.shiftId = r.uuid("shift_id");
    s.cashierId = r.code("cashier_id");
    s.currency = currency(r, ctx);
    s.openingFloat = moneyAtLeast(r, "opening_float", 0);
    return s;
}

ShiftClosed readShiftClosed(Reader &r, const EventContext &ctx)
{
    ShiftClosed s;
    s.shiftId = r.uuid("shift_id");
    s.cashierId = r.code("cashier_id");
    s.currency = currency(r, ctx);
    s.countedCash = moneyAtLeast(r, "counted_cash", 0);
    s.expectedCash = r.money("expected_cash");
    s.zNumber = r.integer("z_number", 1, json::kMaxSafeInt);
    s.journalSequence = r.integer("journal_sequence", 0, json::kMaxSafeInt);
    return s;
}

StockMoved readStockMoved(Reader &r)
{
    StockMoved m;
    m.movementId = r.uuid("movement_id");
    m.sku = r.code("sku");
    m.deltaMilli = quantity(r, "delta_milli", -kMaxQuantityMilli);
    require(r, "delta_milli", m.deltaMilli != 0, "must not be 0");
    m.reason = r.choice("reason", {"damage", "theft", "transfer_in", "transfer_out", "correction", "other"});
    m.note = r.text("note");
    return m;
}

StockReceived readStockReceived(Reader &r)
{
    StockReceived s;
    s.receiptId = r.uuid("receipt_id");
    s.supplierRef = r.text("supplier_ref");
    s.lines = readArray<StockReceivedLine>(r, "lines", 1, kMaxLines, [](Reader l) {
        StockReceivedLine line;
        line.sku = l.code("sku");
        line.quantityMilli = quantity(l, "quantity_milli", 1);
        return line;
    });
    return s;
}

StockCounted readStockCounted(Reader &r)
{
    StockCounted c;
    c.countId = r.uuid("count_id");
    c.lines = readArray<StockCountLine>(r, "lines", 1, kMaxLines, [](Reader l) {
        StockCountLine line;
        line.sku = l.code("sku");
        line.countedMilli = quantity(l, "counted_milli", 0);
        line.expectedMilli = quantity(l, "expected_milli", -kMaxQuantityMilli);
        return line;
    });
    return c;
}

std::optional<PayloadRejection> countRules(const StockCounted &c)
{
    std::set<std::string_view> seen;
    for (const StockCountLine &l : c.lines)
        if (!seen.insert(l.sku).second)
            return rejection("duplicate_sku", "sku " + l.sku + " is counted twice in one count");
    return std::nullopt;
}

CustomerEnrolled readCustomer(Reader &r)
{
    CustomerEnrolled c;
    c.customerId = r.uuid("customer_id");
    c.loyaltyCard = r.code("loyalty_card");
    c.displayName = r.text("display_name");
    return c;
}

LoyaltyEarned readEarned(Reader &r)
{
    LoyaltyEarned e;
    e.entryId = r.uuid("entry_id");
    e.customerId = r.uuid("customer_id");
    e.points = r.integer("points", 1, kMaxPoints);
    e.saleId = uuidOrNull(r, "sale_id");
    e.reason = r.code("reason");
    return e;
}

LoyaltyRedeemed readRedeemed(Reader &r, const EventContext &ctx)
{
    LoyaltyRedeemed e;
    e.entryId = r.uuid("entry_id");
    e.customerId = r.uuid("customer_id");
    e.points = r.integer("points", 1, kMaxPoints);
    e.saleId = uuidOrNull(r, "sale_id");
    e.currency = currency(r, ctx);
    e.value = moneyAtLeast(r, "value", 0);
    return e;
}

StaffPinChanged readPinChanged(Reader &r)
{
    StaffPinChanged p;
    p.code = r.code("code");
    p.pinHash = r.string("pin_hash", 1, 200);
    require(r, "pin_hash", PinHash::parse(QString::fromStdString(p.pinHash)).has_value(),
            "must be a PIN hash pbkdf2-sha256$<iterations>$<salt>$<hash>, never a PIN");
    p.changedBy = r.code("changed_by");
    return p;
}

OverrideApproved readOverride(Reader &r, const EventContext &ctx)
{
    OverrideApproved o;
    o.overrideId = r.uuid("override_id");
    o.permission = r.code("permission");
    o.saleId = uuidOrNull(r, "sale_id");
    o.requestedBy = r.code("requested_by");
    o.approval = readApproval(r.object("approval"));
    if (r.has("amount")) {
        o.currency = currency(r, ctx);
        o.amount = r.money("amount");
    } else if (r.has("currency")) {
        o.currency = currency(r, ctx);
    }
    return o;
}

// Reads the payload of `type` (shape only); the result is meaningful when r.ok().
EventPayload readPayload(std::string_view t, Reader &r, const EventContext &ctx)
{
    if (t == type::kSaleCompleted) return readSale(r, ctx);
    if (t == type::kSaleVoided) return readVoid(r, ctx);
    if (t == type::kReturnCompleted) return readReturn(r, ctx);
    if (t == type::kPaidIn) return readPaid(r, ctx, true);
    if (t == type::kPaidOut) return readPaid(r, ctx, false);
    if (t == type::kShiftOpened) return readShiftOpened(r, ctx);
    if (t == type::kShiftClosed) return readShiftClosed(r, ctx);
    if (t == type::kStockMoved) return readStockMoved(r);
    if (t == type::kStockReceived) return readStockReceived(r);
    if (t == type::kStockCounted) return readStockCounted(r);
    if (t == type::kCustomerEnrolled) return readCustomer(r);
    if (t == type::kLoyaltyEarned) return readEarned(r);
    if (t == type::kLoyaltyRedeemed) return readRedeemed(r, ctx);
    if (t == type::kStaffPinChanged) return readPinChanged(r);
    return readOverride(r, ctx);   // type::kOverrideApproved (the caller checked the type is known)
}

} // namespace

PayloadResult parseEventPayload(std::string_view t, std::string_view payloadBytes, const EventContext &ctx)
{
    if (!isKnownEventType(t)) return std::unexpected(rejection("unknown_type", "this server does not know " + std::string(t)));
    if (isDerivedEventType(t))
        return std::unexpected(rejection("derived_type", std::string(t) + " is made by the server, never sent by a lane"));

    // Step 5: shape.
    if (payloadBytes.size() > kMaxPayloadBytes)
        return std::unexpected(rejection("bad_payload", "the payload is larger than 1 MiB (R-7.1)"));
    std::string parseError;
    const auto doc = json::Document::parse(payloadBytes, &parseError);
    if (!doc) return std::unexpected(rejection("bad_payload", "the payload is not JSON: " + parseError));
    if (!doc->root().isObject()) return std::unexpected(rejection("bad_payload", "the payload must be a JSON object"));

    Reader r(doc->root());
    EventPayload payload = readPayload(t, r, ctx);
    // Every type may name its store and lane; a sale always does.
    std::optional<std::string> storeId, laneId;
    if (const auto *sale = std::get_if<SaleCompleted>(&payload)) {
        storeId = sale->storeId;
        laneId = sale->laneId;
    } else {
        storeId = r.optionalCode("store_id");
        laneId = r.optionalCode("lane_id");
    }
    if (!r.ok()) {
        const json::FieldError &e = r.error();
        return std::unexpected(rejection("bad_payload", e.field + " " + e.message, e.field));
    }

    // Step 6: the credential's store and lane.
    if (storeId && *storeId != ctx.storeId)
        return std::unexpected(rejection("wrong_store", "store_id is " + *storeId + ", but this terminal belongs to store "
                                                            + ctx.storeId, "store_id"));
    if (laneId && *laneId != ctx.laneId)
        return std::unexpected(rejection("wrong_store", "lane_id is " + *laneId + ", but this terminal is lane "
                                                            + ctx.laneId, "lane_id"));

    // Step 8: domain rules that need nothing but the payload.
    std::optional<PayloadRejection> broken;
    if (const auto *sale = std::get_if<SaleCompleted>(&payload)) broken = saleRules(*sale);
    else if (const auto *ret = std::get_if<ReturnCompleted>(&payload)) broken = returnRules(*ret);
    else if (const auto *count = std::get_if<StockCounted>(&payload)) broken = countRules(*count);
    if (broken) return std::unexpected(std::move(*broken));
    return payload;
}

} // namespace retailos::sync::events
