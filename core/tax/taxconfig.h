// How a store's prices relate to tax and where tax is rounded.
#pragma once

#include "core/money/rounding.h"

namespace retailos {

enum class TaxMode {
    Inclusive, // VAT/GST style: shelf prices include tax; tax is extracted
    Exclusive, // US sales tax style: shelf prices are net; tax is added on top
};

enum class TaxRounding {
    PerLine,    // round every line's tax, then add the rounded amounts
    PerReceipt, // add the bases of each rate, round that rate's tax once
};

struct TaxConfig
{
    TaxMode mode = TaxMode::Inclusive;
    TaxRounding rounding = TaxRounding::PerReceipt;
    RoundingMode roundingMode = RoundingMode::HalfUp;

    friend bool operator==(const TaxConfig &, const TaxConfig &) = default;
};

} // namespace retailos
