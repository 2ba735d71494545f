// The payloads of the v1 event types (docs/sync-protocol.md §7.5) as typed
// values, and the server's checks of steps 5, 6 and 8: payload shape
// (`bad_payload`, the message names the member by path), store and lane of the
// terminal's credential (`wrong_store`), and the domain rules of each type.
//
// The sale payload is exactly what the lane writes: saleEventBytes() in
// core/sale/sale_json.cpp is its definition, and tests feed this parser the
// lane's own bytes.
//
// Rejection codes (besides `bad_payload` and `wrong_store`):
//   inconsistent_totals   sale: Σ tenders[].amount ≠ total, Σ priced_lines[].gross ≠ subtotal,
//                         Σ priced_lines[].discount ≠ discount, Σ priced_lines[].amount ≠
//                         subtotal − discount, Σ taxes[].tax ≠ tax, Σ priced_lines[].tax ≠ tax,
//                         rounding ≠ cash_rounding, total − rounding neither Σ amounts
//                         (tax included) nor Σ amounts + tax (tax added);
//                         return: Σ refunds[].amount ≠ −total
//   inconsistent_lines    sale: two lines share a line_no, a priced line names no counted
//                         line, or a counted (not voided) line has no priced line or two
//   duplicate_sku         count: one sku counted twice in one count
//   derived_type          a type the server makes itself (inventory.stock.low.v1) sent by a lane
//   unknown_type          a type this server does not know (the ingest holds those before
//                         calling the parser, R-7.12 step 4)
//
// Limits (each beyond R-7.1's 1 MiB payload, which is checked first):
//   sale lines, priced lines, return lines, received lines, count lines ≤ kMaxLines (10 000);
//   tenders, refunds, taxes ≤ kMaxSmallArray (100); rate_ids per line ≤ kMaxRateIds (16);
//   quantities within ±kMaxQuantityMilli (10^12 thousandths); points ≤ kMaxPoints (10^12).
#pragma once

#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace retailos::sync::events {

inline constexpr std::size_t kMaxPayloadBytes = 1024 * 1024;
inline constexpr std::size_t kMaxLines = 10'000;
inline constexpr std::size_t kMaxSmallArray = 100;
inline constexpr std::size_t kMaxRateIds = 16;
inline constexpr std::int64_t kMaxQuantityMilli = 1'000'000'000'000;
inline constexpr std::int64_t kMaxPoints = 1'000'000'000'000;

// Who sent the event, from its credential (never from the payload).
struct EventContext
{
    std::string storeId;
    std::string laneId;
    std::string currency;   // the store's currency: every money member is in it
};

// ---- shared parts ----------------------------------------------------------

// As the sale document writes it. `reason` may be empty: the lane approves
// some actions without a reason code.
struct Approval
{
    std::string userId;
    std::string userName;
    std::string reason;
    std::int64_t at = 0;
};

struct Discount
{
    std::string kind;          // "percent" (value in ppm) or "amount" (value in minor units)
    std::int64_t value = 0;
    std::string reason;
    std::optional<Approval> approval;
};

// ---- pos.sale.completed.v1 -------------------------------------------------

struct SaleLine
{
    std::int64_t lineNo = 0;
    std::string sku;
    std::string name;
    std::string departmentId;
    std::string taxClassId;
    std::string unit;          // "each" or "kg"
    std::int64_t ageLimit = 0;
    bool returnable = true;
    std::int64_t quantityMilli = 0;
    std::int64_t unitPrice = 0;
    std::int64_t catalogueUnitPrice = 0;
    std::string priceSource;   // "catalogue", "label" or "override"
    std::optional<std::int64_t> labelAmount;
    bool ageConfirmed = false;
    bool voided = false;
    std::optional<Approval> priceOverride;
    std::optional<Discount> discount;
    std::optional<Approval> voidApproval;
};

struct PricedLine
{
    std::int64_t lineNo = 0;
    std::int64_t gross = 0;
    std::int64_t discount = 0;   // line + promotion + share of the sale's discount
    std::int64_t amount = 0;
    std::int64_t tax = 0;
    std::vector<std::string> rateIds;
};

struct TaxTotal
{
    std::string rateId;
    std::string name;
    std::int64_t ratePpm = 0;
    std::int64_t net = 0;
    std::int64_t tax = 0;
    std::optional<std::int64_t> gross;
};

struct Tender
{
    std::string kind;          // cash, card, gift_card, store_credit
    std::int64_t amount = 0;
    std::int64_t received = 0;
    std::string maskedPan, authCode, terminalRef;
    std::string accountId;     // gift_card / store_credit: the ledger account
};

struct SaleCompleted
{
    std::string saleId;
    std::string storeId, laneId;
    std::string cashierId, cashierName;
    std::string currency;
    std::optional<std::string> customerId;
    std::int64_t receiptNumber = 0;
    std::int64_t openedAt = 0, completedAt = 0;
    std::vector<SaleLine> lines;
    std::optional<Discount> transactionDiscount;
    std::vector<Tender> tenders;
    std::vector<PricedLine> pricedLines;
    std::vector<TaxTotal> taxes;
    std::int64_t cashRounding = 0;   // the sale's own field; equals `rounding`
    std::int64_t subtotal = 0, discount = 0, tax = 0, rounding = 0, total = 0;
};

// ---- the other types -------------------------------------------------------

struct SaleVoided
{
    std::string saleId;
    std::string originalEventId;
    std::int64_t receiptNumber = 0;
    std::string reason;
    Approval approval;
    std::string currency;
    std::int64_t total = 0;   // ≤ 0: the reversal
};

struct ReturnLine
{
    std::string sku;
    std::int64_t quantityMilli = 0;   // > 0
    std::int64_t amount = 0;          // > 0
    std::int64_t tax = 0;
    std::string taxClassId;
    bool restock = false;
    std::string reason;
};

struct Refund
{
    std::string kind;                 // cash, card, gift_card, store_credit
    std::int64_t amount = 0;
    std::string accountId;            // required for gift_card / store_credit
};

struct ReturnCompleted
{
    std::string returnId;
    std::optional<std::string> originalSaleId;    // null: a return without receipt
    std::optional<std::string> originalEventId;
    std::vector<ReturnLine> lines;
    std::vector<Refund> refunds;
    std::string currency;
    std::int64_t total = 0;                        // < 0
    std::string cashierId;
    std::optional<Approval> approval;
};

struct PaidInOut
{
    bool paidIn = true;               // till.paid_in.v1 / till.paid_out.v1
    std::string movementId;
    std::string currency;
    std::int64_t amount = 0;          // > 0
    std::string reason;
    std::string note;
    std::string cashierId;
    std::optional<Approval> approval;
};

struct ShiftOpened
{
    std::string shiftId;
    std::string cashierId;
    std::string currency;
    std::int64_t openingFloat = 0;    // ≥ 0
};

struct ShiftClosed
{
    std::string shiftId;
    std::string cashierId;
    std::string currency;
    std::int64_t countedCash = 0;     // ≥ 0
    std::int64_t expectedCash = 0;
    std::int64_t zNumber = 0;         // ≥ 1
    std::int64_t journalSequence = 0; // ≥ 0
    std::int64_t overShort() const { return countedCash - expectedCash; }
};

struct StockMoved
{
    std::string movementId;
    std::string sku;
    std::int64_t deltaMilli = 0;      // ≠ 0
    std::string reason;               // damage, theft, transfer_in, transfer_out, correction, other
    std::string note;
};

struct StockReceivedLine
{
    std::string sku;
    std::int64_t quantityMilli = 0;   // > 0
};

struct StockReceived
{
    std::string receiptId;
    std::string supplierRef;
    std::vector<StockReceivedLine> lines;
};

struct StockCountLine
{
    std::string sku;
    std::int64_t countedMilli = 0;    // ≥ 0
    std::int64_t expectedMilli = 0;   // what the lane showed (may be < 0)
    std::int64_t deltaMilli() const { return countedMilli - expectedMilli; }
};

struct StockCounted
{
    std::string countId;
    std::vector<StockCountLine> lines;
};

struct CustomerEnrolled
{
    std::string customerId;
    std::string loyaltyCard;
    std::string displayName;
};

struct LoyaltyEarned
{
    std::string entryId;
    std::string customerId;
    std::int64_t points = 0;          // > 0
    std::optional<std::string> saleId;
    std::string reason;
};

struct LoyaltyRedeemed
{
    std::string entryId;
    std::string customerId;
    std::int64_t points = 0;          // > 0
    std::optional<std::string> saleId;
    std::string currency;
    std::int64_t value = 0;           // ≥ 0
};

struct StaffPinChanged
{
    std::string code;
    std::string pinHash;              // pbkdf2-sha256$<iterations>$<salt>$<hash> (core/staff/pin_hash.h)
    std::string changedBy;
};

struct OverrideApproved
{
    std::string overrideId;
    std::string permission;
    std::optional<std::string> saleId;
    std::string requestedBy;
    Approval approval;
    std::optional<std::string> currency;   // present when amount is
    std::optional<std::int64_t> amount;
};

using EventPayload = std::variant<SaleCompleted, SaleVoided, ReturnCompleted, PaidInOut, ShiftOpened,
                                  ShiftClosed, StockMoved, StockReceived, StockCounted, CustomerEnrolled,
                                  LoyaltyEarned, LoyaltyRedeemed, StaffPinChanged, OverrideApproved>;

struct PayloadRejection
{
    std::string code;      // bad_payload, wrong_store, inconsistent_totals, … (see the top of this file)
    std::string message;   // for bad_payload: "<path> <problem>", e.g. "lines[2].quantity_milli must be …"
    std::string field;     // the member's path for bad_payload / wrong_store, else empty
};

using PayloadResult = std::expected<EventPayload, PayloadRejection>;

// steps 5, 6 and 8 for one event of `type` with the exact payload
// bytes the lane hashed. Pure: no database, no clock. (Step 7, a void whose
// sale is not stored yet, needs the store and is the server's.)
PayloadResult parseEventPayload(std::string_view type, std::string_view payloadBytes, const EventContext &ctx);

} // namespace retailos::sync::events
