// The pricing pipeline: base price in force → line discounts → promotions →
// transaction discount → tax. Run from scratch after every change, so totals,
// tax breakdown and amount due are always consistent to the minor unit.
#pragma once

#include "core/catalogue/tax_table.h"
#include "core/sale/sale.h"
#include "core/tax/taxbreakdown.h"
#include "core/tax/taxconfig.h"

#include <memory>
#include <vector>

namespace retailos {

struct PricedLine
{
    int lineNo = 0;
    Money gross;                   // quantity × unit price (or the label amount)
    Money lineDiscount;            // positive: taken off
    Money promotionSavings;        // positive: taken off (the promotions engine fills this)
    QList<QString> promotionNames; // shown under the line on the receipt
    Money transactionDiscountShare;
    Money amount;                  // gross − all of the above; in the tax mode's terms
    Money tax;
    QList<QString> rateIds;
};

struct PricedSale
{
    Currency currency;
    QList<PricedLine> lines;       // lines that count (voided lines are left out)
    Money subtotal;                // Σ gross
    Money discountTotal;           // Σ line + promotion + transaction discounts
    TaxBreakdown tax;
    Money cashRounding;            // cash rounding of the amount due, when cash settled it
    Money total;                   // what the customer owes: Σ amounts (+ tax when exclusive) + rounding
    Money tendered;                // Σ tender amounts
    Money due;                     // total − tendered; negative never happens (tenders are capped)
    qint64 itemCount = 0;          // units, weighed lines count as one
};

// Where promotions plug in: a stage may lower lines' amounts (never below 0)
// and name the promotion; the transaction discount and tax run after it.
class PricingStage
{
public:
    virtual ~PricingStage() = default;
    [[nodiscard]] virtual Result<> apply(const Sale &sale, QList<PricedLine> &lines) const = 0;
};

class PricingPipeline
{
public:
    PricingPipeline(TaxTable taxTable, TaxConfig taxConfig);
    PricingPipeline(PricingPipeline &&) noexcept;
    ~PricingPipeline();

    void addPromotionStage(std::unique_ptr<PricingStage> stage);
    [[nodiscard]] const TaxConfig &taxConfig() const { return m_taxConfig; }
    [[nodiscard]] const TaxTable &taxTable() const { return m_taxTable; }

    [[nodiscard]] Result<PricedSale> price(const Sale &sale) const;

    // A discount's value in money for an amount (percent rounded half-up,
    // amount capped at the amount it applies to).
    [[nodiscard]] static Money discountValue(const Discount &discount, const Money &of);

private:
    TaxTable m_taxTable;
    TaxConfig m_taxConfig;
    std::vector<std::unique_ptr<PricingStage>> m_promotionStages;
};

} // namespace retailos
