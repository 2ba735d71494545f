// Internal: exact conversion between decimal strings and scaled integers.
#pragma once

#include <QString>
#include <QStringView>

namespace retailos::detail {

enum class DecimalError { None, Invalid, TooManyDecimals, Overflow };

struct ScaledDecimal
{
    DecimalError error = DecimalError::None;
    qint64 value = 0;
};

// Parses "[+-]digits[.digits]" (surrounding whitespace ignored, "." only) into
// value × 10^exponent without ever going through floating point. Extra
// fraction digits are accepted only when they are zeros ("1.50" for exponent
// 1), since the value is still exact; anything else is TooManyDecimals.
[[nodiscard]] ScaledDecimal parseScaledDecimal(QStringView text, int exponent);

// value / 10^exponent as "[-]digits[.digits]" with exactly `exponent` fraction
// digits: (-5, 2) → "-0.05".
[[nodiscard]] QString formatScaledDecimal(qint64 value, int exponent);

// The unsigned magnitude, safe for the most negative qint64.
[[nodiscard]] constexpr quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - static_cast<quint64>(value) : static_cast<quint64>(value);
}

} // namespace retailos::detail
