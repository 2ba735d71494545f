// Quantity parsing and formatting.
#include "core/money/quantity.h"

#include "core/money/decimal_p.h"

#include <QCoreApplication>

namespace retailos {

Quantity Quantity::fromInt(qint64 units)
{
    Q_ASSERT(units <= maxUnits() && units >= -maxUnits());
    return Quantity(units * kScale);
}

Result<Quantity> Quantity::fromString(QStringView text)
{
    const detail::ScaledDecimal parsed = detail::parseScaledDecimal(text, kDecimals);
    switch (parsed.error) {
    case detail::DecimalError::None:
        return Quantity(parsed.value);
    case detail::DecimalError::Invalid:
        return fail(QStringLiteral("quantity.invalid"),
                    QCoreApplication::translate("Money", "\"%1\" is not a quantity; expected a number such as 2 or 1.250.")
                        .arg(text));
    case detail::DecimalError::TooManyDecimals:
        return fail(QStringLiteral("quantity.too_many_decimals"),
                    QCoreApplication::translate("Money", "The quantity \"%1\" has more than three decimals.").arg(text));
    case detail::DecimalError::Overflow:
        break;
    }
    return fail(QStringLiteral("quantity.overflow"),
                QCoreApplication::translate("Money", "The quantity \"%1\" is too large.").arg(text));
}

QString Quantity::toString() const
{
    return detail::formatScaledDecimal(m_thousandths, kDecimals);
}

} // namespace retailos
