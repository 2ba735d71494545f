// The sale in progress as plain values: lines, discounts, tenders. Copyable,
// serialisable (sale_json.h) and free of services, so the basket can be saved
// after every change and restored after a crash.
#pragma once

#include "core/catalogue/product.h"
#include "core/money/money.h"
#include "core/money/quantity.h"

#include <QList>
#include <QString>

#include <optional>

namespace retailos {

// Who approved something a cashier may not do alone, and why.
struct Approval
{
    QString userId;
    QString userName;
    QString reasonCode;
    qint64 atUtcMs = 0;

    friend bool operator==(const Approval &, const Approval &) = default;
};

// What a supervisor types at the lane to allow one action: their own code
// and PIN. The engine checks it (ApprovalVerifier); only the resulting
// Approval, never the PIN, is kept.
struct ApprovalRequest
{
    QString code;
    QString pin;
    QString reasonCode;
};

struct Discount
{
    enum class Kind { Amount, Percent };
    Kind kind = Kind::Amount;
    qint64 value = 0;              // Amount: minor units; Percent: parts per million (10 % = 100000)
    QString reasonCode;
    std::optional<Approval> approval;   // set by the engine when a supervisor allowed it
    qint64 approvedUpToMinor = 0;       // the discount may not grow past this without a new approval

    friend bool operator==(const Discount &, const Discount &) = default;
};

enum class PriceSource { Catalogue, Label, Override };

struct SaleLine
{
    int lineNo = 0;                // 1-based, stable: voided lines keep their number
    qint64 productId = 0;
    QString sku;
    QString name;
    QString departmentId;
    QString taxClassId;
    SaleUnit unit = SaleUnit::Each;
    int ageLimit = 0;
    bool returnable = true;
    Quantity quantity = Quantity::fromInt(1);   // kilograms for weighed items
    Money unitPrice;               // per unit or per kg
    PriceSource priceSource = PriceSource::Catalogue;
    std::optional<Money> labelAmount;   // a price-embedded label fixes the line amount
    Money catalogueUnitPrice;      // before any override, for the journal
    std::optional<Approval> priceOverride;
    std::optional<Discount> discount;
    bool ageConfirmed = false;
    bool voided = false;
    std::optional<Approval> voidApproval;

    [[nodiscard]] bool needsAgeCheck() const { return ageLimit > 0 && !ageConfirmed && !voided; }

    friend bool operator==(const SaleLine &, const SaleLine &) = default;
};

enum class TenderKind { Cash, Card, GiftCard, StoreCredit };

struct Tender
{
    TenderKind kind = TenderKind::Cash;
    Money amount;                  // what this tender pays towards the sale
    Money received;                // cash handed over (amount + change); equals amount otherwise
    // Card: only what an external terminal hands back. Never a full number.
    QString maskedPan;             // "************1234"
    QString authCode;
    QString terminalRef;
    // Gift card / store credit: the ledger account charged.
    QString accountId;

    friend bool operator==(const Tender &, const Tender &) = default;
};

struct Sale
{
    QString id;                    // UUID, fixed when the sale opens
    QString laneId;
    QString storeId;
    QString cashierId;
    QString cashierName;
    Currency currency;
    qint64 openedAtUtcMs = 0;
    QList<SaleLine> lines;
    std::optional<Discount> transactionDiscount;
    QList<Tender> tenders;
    qint64 cashRoundingMinor = 0;  // set when cash settles a rounded amount due (e.g. CHF 0.05)

    [[nodiscard]] bool isEmpty() const;                // no line that still counts
    [[nodiscard]] int nextLineNo() const;
    [[nodiscard]] SaleLine *line(int lineNo);
    [[nodiscard]] const SaleLine *line(int lineNo) const;

    friend bool operator==(const Sale &, const Sale &) = default;
};

[[nodiscard]] QString tenderKindName(TenderKind kind);            // stable id: "cash", "card", ...
[[nodiscard]] std::optional<TenderKind> tenderKindFromName(QStringView name);

} // namespace retailos
