// Internal: allocation-free digit helpers shared by the barcode parsers.
#pragma once

#include <QStringView>

#include <optional>

namespace retailos::detail {

[[nodiscard]] constexpr bool isAsciiDigit(QChar c) noexcept
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

[[nodiscard]] constexpr int digitAt(QStringView s, qsizetype i) noexcept
{
    return s[i].unicode() - u'0';
}

// Index of the first character that is not 0-9, or -1 when all are digits.
[[nodiscard]] constexpr qsizetype firstNonDigit(QStringView s) noexcept
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isAsciiDigit(s[i]))
            return i;
    }
    return -1;
}

[[nodiscard]] constexpr bool isAsciiDigits(QStringView s) noexcept
{
    return !s.isEmpty() && firstNonDigit(s) < 0;
}

// Value of at most 18 digits (the caller has checked they are digits), so it
// always fits in qint64.
[[nodiscard]] constexpr qint64 digitsValue(QStringView s) noexcept
{
    qint64 value = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        value = value * 10 + digitAt(s, i);
    return value;
}

[[nodiscard]] constexpr qint64 powerOfTen(int exponent) noexcept
{
    qint64 p = 1;
    for (int i = 0; i < exponent; ++i)
        p *= 10;
    return p;
}

// value × 10^-fromDecimals expressed with toDecimals decimals, rounding half
// up (all barcode quantities are non-negative). nullopt on overflow.
// Decimals are 0..18.
[[nodiscard]] constexpr std::optional<qint64> rescale(qint64 value, int fromDecimals, int toDecimals) noexcept
{
    if (toDecimals >= fromDecimals) {
        qint64 result = 0;
        if (__builtin_mul_overflow(value, powerOfTen(toDecimals - fromDecimals), &result))
            return std::nullopt;
        return result;
    }
    const qint64 divisor = powerOfTen(fromDecimals - toDecimals);
    return value / divisor + (value % divisor * 2 >= divisor ? 1 : 0);
}

} // namespace retailos::detail
