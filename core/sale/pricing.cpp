// The pricing pipeline (see pricing.h).
#include "core/sale/pricing.h"

#include "core/tax/taxcalculator.h"

#include <QCoreApplication>

namespace retailos {

PricingPipeline::PricingPipeline(TaxTable taxTable, TaxConfig taxConfig)
    : m_taxTable(std::move(taxTable)), m_taxConfig(taxConfig)
{
}

PricingPipeline::PricingPipeline(PricingPipeline &&) noexcept = default;
PricingPipeline::~PricingPipeline() = default;

void PricingPipeline::addPromotionStage(std::unique_ptr<PricingStage> stage)
{
    m_promotionStages.push_back(std::move(stage));
}

Money PricingPipeline::discountValue(const Discount &discount, const Money &of)
{
    if (!of.isPositive())
        return Money::zero(of.currency());
    qint64 value = 0;
    if (discount.kind == Discount::Kind::Percent) {
        auto taken = of.applyPercent(std::clamp<qint64>(discount.value, 0, kPartsPerMillion), RoundingMode::HalfUp);
        value = taken ? taken->minorUnits() : 0;
    } else {
        value = std::clamp<qint64>(discount.value, 0, of.minorUnits());
    }
    return Money(value, of.currency());
}

Result<PricedSale> PricingPipeline::price(const Sale &sale) const
{
    PricedSale out;
    out.currency = sale.currency;
    const Money zero = Money::zero(sale.currency);
    out.subtotal = out.discountTotal = out.cashRounding = out.total = out.tendered = out.due = zero;

    // 1. Base price in force (already on the line: catalogue, label or approved override).
    for (const SaleLine &line : sale.lines) {
        if (line.voided)
            continue;
        PricedLine priced;
        priced.lineNo = line.lineNo;
        if (line.labelAmount && line.priceSource == PriceSource::Label) {
            priced.gross = *line.labelAmount;
        } else {
            auto gross = line.unitPrice.multiply(line.quantity, RoundingMode::HalfUp);
            if (!gross)
                return std::unexpected(gross.error());
            priced.gross = *gross;
        }
        priced.lineDiscount = priced.promotionSavings = priced.transactionDiscountShare = priced.tax = zero;
        // 2. Line discount.
        if (line.discount)
            priced.lineDiscount = discountValue(*line.discount, priced.gross);
        priced.amount = priced.gross - priced.lineDiscount;
        auto rates = m_taxTable.ratesFor(line.taxClassId);
        if (!rates)
            return std::unexpected(rates.error());
        priced.rateIds = *rates;
        out.lines.append(std::move(priced));
    }

    // 3. Promotions.
    for (const auto &stage : m_promotionStages) {
        if (auto r = stage->apply(sale, out.lines); !r)
            return std::unexpected(r.error());
    }
    for (PricedLine &line : out.lines) {
        line.promotionSavings = std::min(line.promotionSavings, line.gross - line.lineDiscount);
        line.amount = line.gross - line.lineDiscount - line.promotionSavings;
    }

    // 4. Transaction discount, spread over the lines in proportion to their
    // amounts so that returns can later give back each line's exact share.
    if (sale.transactionDiscount && !out.lines.isEmpty()) {
        Money base = zero;
        QList<qint64> weights;
        for (const PricedLine &line : std::as_const(out.lines)) {
            const qint64 w = std::max<qint64>(0, line.amount.minorUnits());
            weights.append(w);
            base += Money(w, sale.currency);
        }
        const Money discount = discountValue(*sale.transactionDiscount, base);
        if (discount.isPositive()) {
            auto shares = discount.allocate(weights);
            if (!shares)
                return std::unexpected(shares.error());
            for (qsizetype i = 0; i < out.lines.size(); ++i) {
                out.lines[i].transactionDiscountShare = shares->at(i);
                out.lines[i].amount -= shares->at(i);
            }
        }
    }

    // 5. Tax.
    QList<TaxableLine> taxable;
    for (const PricedLine &line : std::as_const(out.lines)) {
        taxable.append(TaxableLine{line.amount, line.rateIds});
        out.subtotal += line.gross;
        out.discountTotal += line.lineDiscount + line.promotionSavings + line.transactionDiscountShare;
    }
    auto tax = TaxCalculator::compute(taxable, m_taxTable.rates, m_taxConfig);
    if (!tax)
        return std::unexpected(tax.error());
    out.tax = std::move(*tax);
    for (qsizetype i = 0; i < out.lines.size(); ++i)
        out.lines[i].tax = out.tax.lines.isEmpty() ? zero : out.tax.lines.at(i).tax;
    out.cashRounding = Money(sale.cashRoundingMinor, sale.currency);
    out.total = (out.lines.isEmpty() ? zero : out.tax.gross) + out.cashRounding;

    for (const SaleLine &line : sale.lines) {
        if (!line.voided)
            out.itemCount += line.unit == SaleUnit::Kilogram ? 1 : line.quantity.thousandths() / Quantity::kScale;
    }
    for (const Tender &tender : sale.tenders)
        out.tendered += tender.amount;
    out.due = out.total - out.tendered;
    return out;
}

} // namespace retailos
