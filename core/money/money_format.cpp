// Exact locale formatting of Money through QLocale's currency patterns.
#include "core/money/money_format.h"

#include "core/money/decimal_p.h"

namespace retailos {

namespace {

// The unsigned value in the locale's digits and separators.
QString localizedMagnitude(const Money &money, const QLocale &locale)
{
    const quint64 magnitude = detail::magnitude(money.minorUnits());
    const int exponent = money.currency().exponent();
    const auto minorPerMajor = static_cast<quint64>(money.currency().minorPerMajor());

    QString text = locale.toString(magnitude / minorPerMajor);
    if (exponent > 0) {
        quint64 fraction = magnitude % minorPerMajor;
        QString fractionDigits;
        for (int i = 0; i < exponent; ++i) {
            // Digit by digit so grouping never applies and zeros are kept.
            fractionDigits.prepend(locale.toString(fraction % 10));
            fraction /= 10;
        }
        text += locale.decimalPoint() + fractionDigits;
    }
    return text;
}

} // namespace

QString formatMoney(const Money &money, const QLocale &locale)
{
    const QString code = money.currency().code();
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == code
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : code;

    // Ask QLocale for its pattern with a stand-in value of ±1 and a
    // private-use stand-in symbol, then put the exact number and the real
    // symbol in their places. The sign stays wherever the pattern puts it.
    const QString placeholderSymbol(QChar(0xE000));
    const QString one = locale.toString(qlonglong(1));
    QString pattern = locale.toCurrencyString(qlonglong(money.isNegative() ? -1 : 1), placeholderSymbol);

    const qsizetype digitAt = pattern.indexOf(one);
    const qsizetype symbolAt = pattern.indexOf(placeholderSymbol);
    Q_ASSERT(digitAt >= 0 && symbolAt >= 0);
    if (digitAt < 0 || symbolAt < 0)
        return formatMoneyAmount(money, locale) + QChar(0x00A0) + symbol;

    // A letter symbol glued to the digits ("EUR1.00" from "¤#" patterns) is
    // unreadable; like CLDR's currency spacing, keep them apart with a
    // no-break space.
    QString number = localizedMagnitude(money, locale);
    const bool letterSymbol = !symbol.isEmpty() && symbol.front().isLetter() && symbol.back().isLetter();
    if (letterSymbol && symbolAt + 1 == digitAt)
        number.prepend(QChar(0x00A0));
    else if (letterSymbol && digitAt + one.size() == symbolAt)
        number.append(QChar(0x00A0));

    pattern.replace(symbolAt, placeholderSymbol.size(), symbol);
    const qsizetype shift = symbolAt < digitAt ? symbol.size() - placeholderSymbol.size() : 0;
    pattern.replace(digitAt + shift, one.size(), number);
    return pattern;
}

QString formatMoneyAmount(const Money &money, const QLocale &locale)
{
    const QString magnitude = localizedMagnitude(money, locale);
    return money.isNegative() ? locale.negativeSign() + magnitude : magnitude;
}

} // namespace retailos
