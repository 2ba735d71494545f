// Rounding modes, exact rounded integer division and cash rounding for money.
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QtGlobal>

#include <limits>

namespace retailos {

class Money;

// __extension__ keeps -Wpedantic quiet; 128 bits hold any qint64 × qint64
// product, which is all money arithmetic needs for its intermediates.
__extension__ typedef __int128 Int128;

// How a value that falls between two representable amounts is resolved.
// All modes are symmetric around zero: -x rounds to the negation of x, so a
// return mirrors the sale it reverses to the cent.
enum class RoundingMode {
    HalfUp,   // nearest; ties away from zero (2.5 → 3, -2.5 → -3). Commercial rounding.
    HalfEven, // nearest; ties to the even neighbour (2.5 → 2, 3.5 → 4). Banker's rounding.
    Down,     // toward zero, i.e. truncation (2.9 → 2, -2.9 → -2).
    Up,       // away from zero (2.1 → 3, -2.1 → -3).
    HalfDown, // nearest; ties toward zero (2.5 → 2, -2.5 → -2).
};

// numerator / denominator rounded to an integer; denominator must not be 0.
[[nodiscard]] Int128 divideRoundedWide(Int128 numerator, Int128 denominator, RoundingMode mode);

// As divideRoundedWide, for callers that know the quotient fits a qint64
// (asserted). Use divideRoundedWide + fitsInt64 when it might not.
[[nodiscard]] qint64 divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode);

// Floor division (toward -∞) for a positive denominator.
[[nodiscard]] Int128 floorDivide(Int128 numerator, Int128 denominator);

[[nodiscard]] constexpr bool fitsInt64(Int128 value)
{
    return value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max();
}

// Largest-remainder apportionment: integer shares that add up exactly to
// `target`, each within one unit of its exact quota numerators[i]/denominator
// (denominator > 0). Every share starts at floor(quota); the leftover
// target − Σfloor units go one each to the largest fractional parts, earlier
// entries winning ties. Requires Σfloor ≤ target ≤ Σfloor + count, which
// holds whenever target is Σquotas rounded by any RoundingMode (asserted).
[[nodiscard]] QList<Int128> apportion(const QList<Int128> &quotaNumerators, Int128 denominator, Int128 target);

// Rounds to a multiple of incrementMinor (5 = Swiss/Canadian 0.05, 10 = Nordic
// 0.10) for cash payment: CHF 1.02 → 1.00, 1.03 → 1.05 with HalfUp. Fails with
// "money.invalid_increment" for increments < 1 and "money.overflow".
[[nodiscard]] Result<Money> cashRound(const Money &amount, qint64 incrementMinor, RoundingMode mode);

} // namespace retailos
