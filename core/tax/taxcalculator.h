// Computes VAT or sales tax for a receipt with exact, invariant-keeping rounding.
#pragma once

#include "core/common/result.h"
#include "core/tax/taxableline.h"
#include "core/tax/taxbreakdown.h"
#include "core/tax/taxconfig.h"
#include "core/tax/taxrate.h"

#include <QCoreApplication>
#include <QList>

namespace retailos {

// Rounding rules (roundingMode from the config in every step):
// Exclusive: line tax per rate = amount × rate / 1e6.
//   PerLine rounds each line's tax per rate; PerReceipt rounds each rate's
//   tax once on the summed amounts of its lines.
// Inclusive: a line with rates r1..rk has exact net = gross × 1e6 / (1e6 + Σr),
//   and each tax is rounded from that exact net, i.e. gross × r / (1e6 + Σr).
//   The net then absorbs the rounding remainder: net = gross − Σ taxes, so
//   net + taxes == gross always and every tax is the correctly rounded value
//   (the net may differ from the rounded exact net by up to k/2 minor units).
//   With one rate this is the usual VAT extraction, tax = gross × r / (1 + r).
//   PerReceipt sums the gross of the lines that carry the same set of rates
//   (with one rate per line: per rate) and extracts each tax once from that
//   sum; lines with different rate sets have different divisors, so their
//   taxes are rounded separately and then added.
// PerReceipt line shares (for display and returns) are apportioned by largest
// remainder over the lines' exact unrounded taxes, so they add up to each
// rate's tax and each is within one minor unit of the line's exact tax.
class TaxCalculator
{
    Q_DECLARE_TR_FUNCTIONS(TaxCalculator)

public:
    // Rates above this (1000 %) are rejected as configuration errors.
    static constexpr qint64 kMaxRatePpm = 1000 * 1'000'000LL;

    // Errors: "tax.unknown_rate", "tax.duplicate_rate", "tax.invalid_rate",
    // "money.currency_mismatch", "money.overflow".
    [[nodiscard]] static Result<TaxBreakdown> compute(const QList<TaxableLine> &lines,
                                                      const QList<TaxRate> &rates,
                                                      const TaxConfig &config);
};

} // namespace retailos
