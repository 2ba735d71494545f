// Parsing of typed amounts (see input_parsing.h).
#include "app/ui/input_parsing.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace retailos::ui {

namespace {
struct InputText
{
    Q_DECLARE_TR_FUNCTIONS(Input)
};

// Cashiers type "1,99" or "1.99" whatever the locale. With both separators
// ("1.234,50") the last one is the decimal point. With one kind only, a
// separator followed by exactly three digits groups thousands ("1.000" is
// a thousand in Germany, "1,000" in the US) unless the value takes three
// decimals (weights); any other is the decimal point. A currency without
// decimals has only grouping separators.
QString machineDecimal(QString text, int decimals)
{
    text = text.trimmed();
    for (const QChar space : {QChar(u' '), QChar(0x00a0), QChar(0x202f), QChar(u'\'')})
        text.remove(space);
    const qsizetype comma = text.lastIndexOf(u',');
    const qsizetype dot = text.lastIndexOf(u'.');
    if (comma >= 0 && dot >= 0) {
        text.remove(comma > dot ? u'.' : u',');
    } else if (comma >= 0 || dot >= 0) {
        const QChar separator = comma >= 0 ? u',' : u'.';
        const qsizetype last = std::max(comma, dot);
        const bool several = text.indexOf(separator) != last;
        const bool threeAfter = text.size() - last - 1 == 3;
        if (decimals == 0 || several || (threeAfter && decimals != 3))
            text.remove(separator);
    }
    text.replace(u',', u'.');
    return text;
}
} // namespace

Result<Money> parseMoneyInput(const QString &text, Currency currency, const QLocale &locale)
{
    const QString machine = machineDecimal(text, currency.exponent());
    if (machine.isEmpty())
        return fail(u"input.empty"_qs, InputText::tr("Type an amount."));
    auto money = Money::fromString(machine, currency);
    if (!money)
        return fail(u"input.amount"_qs, InputText::tr("\"%1\" is not an amount; type it like %2.")
                                            .arg(text, locale.toString(12.5, 'f', currency.exponent())));
    return money;
}

Result<Quantity> parseWeightInput(const QString &text, const QLocale &locale)
{
    const QString machine = machineDecimal(text, 3);
    if (machine.isEmpty())
        return fail(u"input.empty"_qs, InputText::tr("Type the weight in kg."));
    auto weight = Quantity::fromString(machine);
    if (!weight || weight->thousandths() <= 0)
        return fail(u"input.weight"_qs, InputText::tr("\"%1\" is not a weight; type kilograms like %2.")
                                            .arg(text, locale.toString(0.75, 'f', 3)));
    return weight;
}

Result<Discount> parseDiscountInput(const QString &text, Currency currency, const QLocale &locale)
{
    QString trimmed = text.trimmed();
    Discount discount;
    if (trimmed.endsWith(u'%')) {
        trimmed.chop(1);
        // Percent with up to three decimals, exactly, as parts per million.
        auto percent = Quantity::fromString(machineDecimal(trimmed, 3));
        if (!percent || percent->thousandths() <= 0 || percent->thousandths() > 100'000)
            return fail(u"input.percent"_qs, InputText::tr("\"%1\" is not a percentage from 0 to 100.").arg(text));
        discount.kind = Discount::Kind::Percent;
        discount.value = percent->thousandths() * 10;
        return discount;
    }
    auto amount = parseMoneyInput(trimmed, currency, locale);
    if (!amount)
        return std::unexpected(amount.error());
    if (!amount->isPositive())
        return fail(u"input.amount"_qs, InputText::tr("A discount must be more than zero."));
    discount.kind = Discount::Kind::Amount;
    discount.value = amount->minorUnits();
    return discount;
}

QuantityPrefix splitQuantityPrefix(const QString &text)
{
    static const QRegularExpression prefix(u"^\\s*(\\d{1,4})\\s*[*xX×]\\s*(.*)$"_qs);
    const auto match = prefix.match(text);
    if (!match.hasMatch())
        return {0, text.trimmed()};
    return {match.captured(1).toInt(), match.captured(2).trimmed()};
}

} // namespace retailos::ui
