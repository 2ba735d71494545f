// GTIN check digits and normalisation.
#include "core/barcode/gtin.h"

#include "core/barcode/digits_p.h"

#include <QCoreApplication>

namespace retailos {

int gs1CheckDigit(QStringView body) noexcept
{
    int sum = 0;
    bool weightThree = true; // the digit next to the check digit weighs 3
    for (qsizetype i = body.size(); i-- > 0;) {
        const int d = detail::digitAt(body, i);
        sum += weightThree ? 3 * d : d;
        weightThree = !weightThree;
    }
    return (10 - sum % 10) % 10;
}

Result<void> verifyCheckDigit(QStringView digits)
{
    Q_ASSERT(detail::isAsciiDigits(digits));
    const int expected = gs1CheckDigit(digits.chopped(1));
    const int actual = detail::digitAt(digits, digits.size() - 1);
    if (expected != actual) {
        return fail(QStringLiteral("barcode.check_digit"),
            QCoreApplication::translate("Barcode", "Check digit should be %1, not %2").arg(expected).arg(actual));
    }
    return {};
}

Result<void> validateGtin(QStringView code)
{
    if (const qsizetype bad = detail::firstNonDigit(code); bad >= 0) {
        return fail(QStringLiteral("barcode.not_digits"),
            QCoreApplication::translate("Barcode", "A GTIN has digits only; this code contains “%1”")
                .arg(code.mid(bad, 1)));
    }
    const qsizetype n = code.size();
    if (n != 8 && n != 12 && n != 13 && n != 14) {
        return fail(QStringLiteral("barcode.length"),
            QCoreApplication::translate("Barcode", "A GTIN has 8, 12, 13 or 14 digits; this code has %1").arg(n));
    }
    return verifyCheckDigit(code);
}

Result<QString> normalizeGtin(QStringView code)
{
    if (auto valid = validateGtin(code); !valid)
        return std::unexpected(std::move(valid.error()));
    QString gtin14(14 - code.size(), u'0');
    gtin14.append(code);
    return gtin14;
}

QString appendCheckDigit(QStringView body)
{
    QString code;
    code.reserve(body.size() + 1);
    code.append(body);
    code.append(QChar(u'0' + gs1CheckDigit(body)));
    return code;
}

} // namespace retailos
