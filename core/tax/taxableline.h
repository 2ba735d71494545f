// One receipt line as the tax calculator sees it.
#pragma once

#include "core/money/money.h"

#include <QList>
#include <QString>

namespace retailos {

struct TaxableLine
{
    // The line's final amount after discounts, in the pricing mode's terms:
    // gross for TaxMode::Inclusive, net for TaxMode::Exclusive. Negative for
    // returns and discount lines.
    Money amount;
    // Ids of the TaxRates that apply; empty means exempt.
    QList<QString> rateIds;
};

} // namespace retailos
