// Exact money arithmetic with overflow and currency checks.
#include "core/money/money.h"

#include "core/money/decimal_p.h"

#include <QCoreApplication>

namespace retailos {

namespace {

std::unexpected<Error> overflowError()
{
    return fail(QStringLiteral("money.overflow"),
                QCoreApplication::translate("Money", "The amount is too large to be represented."));
}

std::unexpected<Error> mismatchError(const Currency &a, const Currency &b)
{
    return fail(QStringLiteral("money.currency_mismatch"),
                QCoreApplication::translate("Money", "Cannot combine amounts in %1 and %2.")
                    .arg(a.code(), b.code()));
}

Result<Money> checked(Int128 minor, Currency currency)
{
    if (!fitsInt64(minor))
        return overflowError();
    return Money(static_cast<qint64>(minor), currency);
}

} // namespace

Result<Money> Money::fromString(QStringView text, Currency currency)
{
    const detail::ScaledDecimal parsed = detail::parseScaledDecimal(text, currency.exponent());
    switch (parsed.error) {
    case detail::DecimalError::None:
        return Money(parsed.value, currency);
    case detail::DecimalError::Invalid:
        return fail(QStringLiteral("money.invalid_amount"),
                    QCoreApplication::translate("Money", "\"%1\" is not an amount of money.").arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(QStringLiteral("money.too_many_decimals"),
                    QCoreApplication::translate("Money", "The amount \"%1\" has too many decimals: %2 allows %n.",
                                                nullptr, currency.exponent())
                        .arg(text, currency.code()));
    case detail::DecimalError::Overflow:
        break;
    }
    return overflowError();
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return mismatchError(m_currency, other.m_currency);
    return checked(Int128(m_minor) + other.m_minor, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return mismatchError(m_currency, other.m_currency);
    return checked(Int128(m_minor) - other.m_minor, m_currency);
}

Result<Money> Money::negated() const
{
    return checked(-Int128(m_minor), m_currency);
}

Result<std::strong_ordering> Money::compare(const Money &other) const
{
    if (m_currency != other.m_currency)
        return mismatchError(m_currency, other.m_currency);
    return m_minor <=> other.m_minor;
}

Result<Money> Money::multiply(qint64 factor) const
{
    return checked(Int128(m_minor) * factor, m_currency);
}

Result<Money> Money::multiply(Quantity quantity, RoundingMode mode) const
{
    return checked(divideRoundedWide(Int128(m_minor) * quantity.thousandths(), Quantity::kScale, mode), m_currency);
}

Result<Money> Money::applyPercent(qint64 ratePpm, RoundingMode mode) const
{
    return checked(divideRoundedWide(Int128(m_minor) * ratePpm, kPartsPerMillion, mode), m_currency);
}

Result<QList<Money>> Money::allocate(const QList<qint64> &weights) const
{
    Int128 weightSum = 0;
    bool negativeWeight = false;
    for (const qint64 weight : weights) {
        negativeWeight = negativeWeight || weight < 0;
        weightSum += weight;
    }
    if (negativeWeight || weightSum <= 0) {
        return fail(QStringLiteral("money.invalid_weights"),
                    QCoreApplication::translate("Money", "An amount can only be split by non-negative weights with a positive sum."));
    }

    const Int128 total = detail::magnitude(m_minor);
    QList<Int128> quotas;
    quotas.reserve(weights.size());
    for (const qint64 weight : weights)
        quotas.append(total * weight);

    const QList<Int128> shares = apportion(quotas, weightSum, total);
    QList<Money> parts;
    parts.reserve(shares.size());
    for (const Int128 share : shares) {
        // Each share is at most |m_minor|, so it fits; only -(min) needs care.
        parts.append(Money(static_cast<qint64>(m_minor < 0 ? -share : share), m_currency));
    }
    return parts;
}

QString Money::toDecimalString() const
{
    return detail::formatScaledDecimal(m_minor, m_currency.exponent());
}

} // namespace retailos
