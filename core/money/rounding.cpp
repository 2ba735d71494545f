// Exact rounded division on 128-bit integers and cash rounding.
#include "core/money/rounding.h"

#include "core/money/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace retailos {

Int128 divideRoundedWide(Int128 numerator, Int128 denominator, RoundingMode mode)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Int128 quotient = numerator / denominator; // truncates toward zero
    const Int128 remainder = numerator % denominator; // same sign as numerator
    if (remainder == 0)
        return quotient;

    // Compare the dropped fraction with one half without dividing:
    // 2·|r| against d. denominator < 2^126 in all money uses, so no overflow.
    const Int128 twiceRemainder = 2 * (remainder < 0 ? -remainder : remainder);
    bool awayFromZero = false;
    switch (mode) {
    case RoundingMode::Down:
        awayFromZero = false;
        break;
    case RoundingMode::Up:
        awayFromZero = true;
        break;
    case RoundingMode::HalfUp:
        awayFromZero = twiceRemainder >= denominator;
        break;
    case RoundingMode::HalfDown:
        awayFromZero = twiceRemainder > denominator;
        break;
    case RoundingMode::HalfEven:
        awayFromZero = twiceRemainder > denominator
                       || (twiceRemainder == denominator && quotient % 2 != 0);
        break;
    }
    if (awayFromZero)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

qint64 divideRounded(Int128 numerator, Int128 denominator, RoundingMode mode)
{
    const Int128 quotient = divideRoundedWide(numerator, denominator, mode);
    Q_ASSERT(fitsInt64(quotient));
    return static_cast<qint64>(quotient);
}

Int128 floorDivide(Int128 numerator, Int128 denominator)
{
    Q_ASSERT(denominator > 0);
    Int128 quotient = numerator / denominator;
    if (numerator % denominator < 0)
        --quotient;
    return quotient;
}

QList<Int128> apportion(const QList<Int128> &quotaNumerators, Int128 denominator, Int128 target)
{
    Q_ASSERT(denominator > 0);
    const qsizetype count = quotaNumerators.size();
    QList<Int128> shares(count);
    QList<Int128> remainders(count);
    Int128 leftover = target;
    for (qsizetype i = 0; i < count; ++i) {
        shares[i] = floorDivide(quotaNumerators[i], denominator);
        remainders[i] = quotaNumerators[i] - shares[i] * denominator;
        leftover -= shares[i];
    }
    Q_ASSERT(leftover >= 0 && leftover <= count);
    if (leftover <= 0)
        return shares;

    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype i = 0; i < count && leftover > 0; ++i, --leftover)
        ++shares[order[i]];
    return shares;
}

Result<Money> cashRound(const Money &amount, qint64 incrementMinor, RoundingMode mode)
{
    if (incrementMinor < 1) {
        return fail(QStringLiteral("money.invalid_increment"),
                    QCoreApplication::translate("Money", "The cash rounding increment must be at least one minor unit, not %1.")
                        .arg(incrementMinor));
    }
    const Int128 rounded = divideRoundedWide(amount.minorUnits(), incrementMinor, mode) * incrementMinor;
    if (!fitsInt64(rounded))
        return fail(QStringLiteral("money.overflow"),
                    QCoreApplication::translate("Money", "The amount is too large to round."));
    return Money(static_cast<qint64>(rounded), amount.currency());
}

} // namespace retailos
