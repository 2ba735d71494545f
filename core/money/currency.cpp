// The built-in ISO 4217 table and currency lookup.
#include "core/money/currency.h"

#include <QCoreApplication>

#include <algorithm>

namespace retailos {

namespace {

struct CurrencyEntry
{
    char code[4];
    int exponent;
};

// Exponents follow ISO 4217 even where cash practice differs (HUF and CZK
// have 2 although coins are whole units; cash rounding handles that).
// Sorted by code for lookup.
constexpr CurrencyEntry kCurrencies[] = {
    {"AED", 2}, {"AUD", 2}, {"BGN", 2}, {"BHD", 3}, {"BRL", 2}, {"CAD", 2},
    {"CHF", 2}, {"CLP", 0}, {"CNY", 2}, {"CZK", 2}, {"DKK", 2}, {"EUR", 2},
    {"GBP", 2}, {"HKD", 2}, {"HUF", 2}, {"ILS", 2}, {"INR", 2}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3},
    {"MXN", 2}, {"NOK", 2}, {"NZD", 2}, {"OMR", 3}, {"PLN", 2}, {"RON", 2},
    {"SAR", 2}, {"SEK", 2}, {"SGD", 2}, {"THB", 2}, {"TND", 3}, {"TRY", 2},
    {"UAH", 2}, {"USD", 2}, {"VND", 0}, {"ZAR", 2},
};

constexpr bool isSorted()
{
    for (std::size_t i = 1; i < std::size(kCurrencies); ++i) {
        const auto &a = kCurrencies[i - 1].code;
        const auto &b = kCurrencies[i].code;
        if (!(a[0] < b[0] || (a[0] == b[0] && (a[1] < b[1] || (a[1] == b[1] && a[2] < b[2])))))
            return false;
    }
    return true;
}
static_assert(isSorted(), "keep kCurrencies sorted by code");

} // namespace

Result<Currency> Currency::fromCode(QStringView code)
{
    std::array<char, 4> key{};
    bool wellFormed = code.size() == 3;
    for (qsizetype i = 0; wellFormed && i < 3; ++i) {
        const char16_t c = code[i].unicode();
        if (c >= u'a' && c <= u'z')
            key[static_cast<std::size_t>(i)] = static_cast<char>(c - u'a' + 'A');
        else if (c >= u'A' && c <= u'Z')
            key[static_cast<std::size_t>(i)] = static_cast<char>(c);
        else
            wellFormed = false;
    }
    if (wellFormed) {
        for (const CurrencyEntry &entry : kCurrencies) {
            if (std::equal(key.begin(), key.begin() + 3, entry.code))
                return Currency(key, entry.exponent);
        }
    }
    return fail(QStringLiteral("money.unknown_currency"),
                QCoreApplication::translate("Money", "Unknown currency code \"%1\".").arg(code));
}

QList<Currency> Currency::all()
{
    QList<Currency> result;
    result.reserve(static_cast<qsizetype>(std::size(kCurrencies)));
    for (const CurrencyEntry &entry : kCurrencies)
        result.append(Currency({entry.code[0], entry.code[1], entry.code[2], '\0'}, entry.exponent));
    return result;
}

QString Currency::code() const
{
    return isValid() ? QString::fromLatin1(m_code.data(), 3) : QString();
}

qint64 Currency::minorPerMajor() const
{
    qint64 factor = 1;
    for (int i = 0; i < m_exponent; ++i)
        factor *= 10;
    return factor;
}

} // namespace retailos
