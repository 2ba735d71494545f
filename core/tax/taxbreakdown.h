// The result of a tax computation: per rate, per line and totals.
#pragma once

#include "core/money/money.h"

#include <QList>
#include <QString>

namespace retailos {

// One rate's group on the receipt ("B 19 %: net 2.09, tax 0.40, gross 2.49").
struct TaxRateTotal
{
    QString rateId;
    QString name;
    qint64 ratePpm = 0;
    Money net;   // taxable base: the net of every line this rate applies to
    Money tax;   // this rate's tax
    Money gross; // net + tax of this rate only (a multi-rate line's gross also holds its other taxes)
};

struct TaxedLine
{
    Money net;
    Money tax; // sum of rateTaxes
    Money gross; // net + tax; equals the input amount for Inclusive
    QList<Money> rateTaxes; // aligned with TaxableLine::rateIds
};

// Invariants, exact to the minor unit:
//   Σ rates[].tax == tax == Σ lines[].tax,   gross == net + tax,
//   Inclusive: gross == Σ line amounts;  Exclusive: net == Σ line amounts.
// Zero-rated lines (a TaxRate with ratePpm 0) form a normal group in `rates`,
// since receipts must show them; exempt lines (no rate ids) belong to no group
// and are summed in `exempt` (their net == gross, tax 0).
struct TaxBreakdown
{
    QList<TaxRateTotal> rates; // rates used by at least one line, in the order they were configured
    QList<TaxedLine> lines;    // aligned with the input lines
    Money exempt;
    Money net;
    Money tax;
    Money gross;
};

} // namespace retailos
