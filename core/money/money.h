// An exact amount of money: integer minor units (cents, fils, yen) of a currency.
#pragma once

#include "core/common/result.h"
#include "core/money/currency.h"
#include "core/money/quantity.h"
#include "core/money/rounding.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <limits>

namespace retailos {

// Rates are integers in parts per million: 19% = 190000, 8.875% = 88750.
inline constexpr qint64 kPartsPerMillion = 1'000'000;

// Never holds a fraction of a minor unit and never touches floating point.
// Fallible operations (other currency, overflow) return Result; the operators
// are for code that already knows both sides share a currency and stay in
// range, and assert that.
class Money
{
public:
    // Zero of the invalid currency; only meaningful as "nothing yet".
    Money() = default;
    constexpr Money(qint64 minorUnits, Currency currency) : m_minor(minorUnits), m_currency(currency) {}

    [[nodiscard]] static constexpr Money zero(Currency currency) { return Money(0, currency); }

    // Exact parse of "[+-]digits[.digits]" in the currency's exponent:
    // "12.34" EUR → 1234, "1000" JPY → 1000, "1.234" KWD → 1234. Trailing zero
    // decimals are fine ("12.340" EUR); "12.345" EUR fails with
    // "money.too_many_decimals". Also "money.invalid_amount", "money.overflow".
    // Machine format only ('.' separator, no grouping, no symbol).
    [[nodiscard]] static Result<Money> fromString(QStringView text, Currency currency);

    [[nodiscard]] constexpr qint64 minorUnits() const { return m_minor; }
    [[nodiscard]] constexpr Currency currency() const { return m_currency; }
    [[nodiscard]] constexpr bool isZero() const { return m_minor == 0; }
    [[nodiscard]] constexpr bool isNegative() const { return m_minor < 0; }
    [[nodiscard]] constexpr bool isPositive() const { return m_minor > 0; }

    // "money.currency_mismatch" or "money.overflow".
    [[nodiscard]] Result<Money> plus(const Money &other) const;
    [[nodiscard]] Result<Money> minus(const Money &other) const;
    [[nodiscard]] Result<Money> negated() const;
    [[nodiscard]] Result<std::strong_ordering> compare(const Money &other) const;

    // Whole multiples (unit price × 3 items); exact, "money.overflow".
    [[nodiscard]] Result<Money> multiply(qint64 factor) const;
    // Unit price × weighed quantity, rounded once: 12.99 × 1.234 = 16.02966 → 16.03.
    [[nodiscard]] Result<Money> multiply(Quantity quantity, RoundingMode mode) const;
    // The given share of this amount, rate in parts per million:
    // 10.00 with 190000 (19%) → 1.90. Not "amount plus percent".
    [[nodiscard]] Result<Money> applyPercent(qint64 ratePpm, RoundingMode mode) const;

    // Splits this amount in proportion to non-negative weights (at least one
    // positive) so the parts add up exactly to the whole. Largest remainder:
    // every part gets its floor, the leftover minor units go one each to the
    // largest fractional remainders, earlier parts winning ties. Negative
    // amounts are split as their magnitude and negated, so they mirror
    // positive ones. "money.invalid_weights" otherwise.
    [[nodiscard]] Result<QList<Money>> allocate(const QList<qint64> &weights) const;

    // Machine format with exactly exponent() decimals: "-0.05", "1000", "1.234".
    [[nodiscard]] QString toDecimalString() const;

    Money &operator+=(const Money &other)
    {
        Q_ASSERT(m_currency == other.m_currency);
        [[maybe_unused]] const bool overflow = __builtin_add_overflow(m_minor, other.m_minor, &m_minor);
        Q_ASSERT(!overflow);
        return *this;
    }
    Money &operator-=(const Money &other)
    {
        Q_ASSERT(m_currency == other.m_currency);
        [[maybe_unused]] const bool overflow = __builtin_sub_overflow(m_minor, other.m_minor, &m_minor);
        Q_ASSERT(!overflow);
        return *this;
    }
    friend Money operator+(Money a, const Money &b) { return a += b; }
    friend Money operator-(Money a, const Money &b) { return a -= b; }
    friend Money operator-(const Money &a)
    {
        Q_ASSERT(a.m_minor != std::numeric_limits<qint64>::min());
        return Money(-a.m_minor, a.m_currency);
    }

    // Equal only when both amount and currency match.
    friend constexpr bool operator==(const Money &, const Money &) = default;
    friend std::strong_ordering operator<=>(const Money &a, const Money &b)
    {
        Q_ASSERT(a.m_currency == b.m_currency);
        return a.m_minor <=> b.m_minor;
    }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace retailos
