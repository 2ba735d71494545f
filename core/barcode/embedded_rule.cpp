// Decoding of price- and weight-embedded EAN-13/UPC-A codes.
#include "core/barcode/embedded_rule.h"

#include "core/barcode/digits_p.h"
#include "core/barcode/gtin.h"

#include <QCoreApplication>

#include <array>

namespace retailos {

namespace {

// Weighted products of GS1 General Specifications 7.9.3 (units digit of
// d×2 minus its tens digit, d×3, d×5 plus / minus its tens digit).
constexpr std::array<int, 10> kTwoMinus { 0, 2, 4, 6, 8, 9, 1, 3, 5, 7 };
constexpr std::array<int, 10> kThree { 0, 3, 6, 9, 2, 5, 8, 1, 4, 7 };
constexpr std::array<int, 10> kFivePlus { 0, 5, 1, 6, 2, 7, 3, 8, 4, 9 };
constexpr std::array<int, 10> kFiveMinus { 0, 5, 9, 4, 8, 3, 7, 2, 6, 1 };

int at(const std::array<int, 10> &table, QStringView value, qsizetype i)
{
    return table[static_cast<size_t>(detail::digitAt(value, i))];
}

int codeLength(EmbeddedFormat format)
{
    return format == EmbeddedFormat::Ean13 ? 13 : 12;
}

// The 13- or 12-digit code inside the GTIN-14.
QStringView codeOf(QStringView gtin14, EmbeddedFormat format)
{
    return gtin14.sliced(14 - codeLength(format));
}

std::unexpected<Error> badRule(const EmbeddedRule &rule, const QString &why)
{
    return fail(QStringLiteral("barcode.embedded_bad_rule"),
        QCoreApplication::translate("Barcode", "The barcode rule for prefix %1 is invalid: %2").arg(rule.prefix, why));
}

} // namespace

int priceCheckDigit(QStringView value) noexcept
{
    Q_ASSERT((value.size() == 4 || value.size() == 5) && detail::isAsciiDigits(value));
    if (value.size() == 4) {
        const int sum
            = at(kTwoMinus, value, 0) + at(kTwoMinus, value, 1) + at(kThree, value, 2) + at(kFiveMinus, value, 3);
        return sum * 3 % 10;
    }
    const int sum = at(kFivePlus, value, 0) + at(kTwoMinus, value, 1) + at(kFiveMinus, value, 2)
        + at(kFivePlus, value, 3) + at(kTwoMinus, value, 4);
    // The check digit is the one whose 5- product makes the total a multiple of 10.
    const int wanted = (10 - sum % 10) % 10;
    for (int d = 0; d < 10; ++d) {
        if (kFiveMinus[static_cast<size_t>(d)] == wanted)
            return d;
    }
    Q_UNREACHABLE();
    return 0;
}

Result<void> EmbeddedRule::validate() const
{
    const int length = codeLength(format);
    if (prefix.isEmpty() || prefix.size() >= length - 1 || !detail::isAsciiDigits(prefix) || prefix[0] != u'2')
        return badRule(*this, QCoreApplication::translate("Barcode", "the prefix must be digits starting with 2"));
    if (valueCheckDigit ? (valueLength != 4 && valueLength != 5) : (valueLength < 1 || valueLength > 6)) {
        return badRule(*this,
            QCoreApplication::translate("Barcode", "the value has 1 to 6 digits, and 4 or 5 with a check digit"));
    }
    if (valueDecimals < 0 || valueDecimals > 6)
        return badRule(*this, QCoreApplication::translate("Barcode", "the value has 0 to 6 decimals"));
    const int valueStart = length - 1 - valueLength;
    const int itemEnd = valueCheckDigit ? valueStart - 1 : valueStart;
    if (itemLength < 1 || itemStart < prefix.size() || itemStart + itemLength > itemEnd)
        return badRule(
            *this, QCoreApplication::translate("Barcode", "the item digits overlap the prefix or the value"));
    return {};
}

bool isEmbeddedCandidate(QStringView gtin14) noexcept
{
    return gtin14.size() == 14 && gtin14[0] == u'0' && (gtin14[1] == u'2' || (gtin14[1] == u'0' && gtin14[2] == u'2'));
}

const EmbeddedRule *findEmbeddedRule(const QList<EmbeddedRule> &rules, QStringView gtin14) noexcept
{
    const EmbeddedFormat format = gtin14.startsWith(u"002") ? EmbeddedFormat::UpcA : EmbeddedFormat::Ean13;
    const QStringView code = codeOf(gtin14, format);
    const EmbeddedRule *best = nullptr;
    for (const EmbeddedRule &rule : rules) {
        if (rule.format == format && code.startsWith(rule.prefix)
            && (!best || rule.prefix.size() > best->prefix.size()))
            best = &rule;
    }
    return best;
}

Result<EmbeddedItem> decodeEmbedded(const EmbeddedRule &rule, QStringView gtin14, int currencyExponent)
{
    if (auto valid = rule.validate(); !valid)
        return std::unexpected(std::move(valid.error()));
    Q_ASSERT(gtin14.size() == 14 && detail::isAsciiDigits(gtin14));

    const QStringView code = codeOf(gtin14, rule.format);
    const qsizetype valueStart = code.size() - 1 - rule.valueLength;
    const QStringView value = code.sliced(valueStart, rule.valueLength);
    const qsizetype zeroFrom = rule.valueCheckDigit ? valueStart - 1 : valueStart;

    if (rule.valueCheckDigit) {
        const int expected = priceCheckDigit(value);
        const int actual = detail::digitAt(code, zeroFrom);
        if (expected != actual) {
            return fail(QStringLiteral("barcode.embedded_check_digit"),
                rule.kind == EmbeddedKind::Price
                    ? QCoreApplication::translate("Barcode", "Price check digit should be %1, not %2")
                          .arg(expected)
                          .arg(actual)
                    : QCoreApplication::translate("Barcode", "Weight check digit should be %1, not %2")
                          .arg(expected)
                          .arg(actual));
        }
    }

    EmbeddedItem item;
    item.lookup = rule.lookup;
    const qint64 amount = detail::digitsValue(value);
    if (rule.kind == EmbeddedKind::Price)
        item.priceMinor = detail::rescale(amount, rule.valueDecimals, currencyExponent);
    else
        item.weightGrams = detail::rescale(amount, rule.valueDecimals, 3);

    if (rule.lookup == ItemLookup::Plu) {
        QStringView digits = code.sliced(rule.itemStart, rule.itemLength);
        while (digits.size() > 1 && digits[0] == u'0')
            digits = digits.sliced(1);
        item.lookupKey = digits.toString();
    } else {
        // GTIN-14 of the same code with the value zeroed: "0" + 13 or "00" + 12 digits.
        QString key = gtin14.toString();
        const qsizetype offset = 14 - code.size();
        for (qsizetype i = offset + zeroFrom; i < 13; ++i)
            key[i] = u'0';
        key[13] = QChar(u'0' + gs1CheckDigit(QStringView(key).first(13)));
        item.lookupKey = std::move(key);
    }
    return item;
}

Result<EmbeddedItem> decodeEmbedded(const QList<EmbeddedRule> &rules, QStringView gtin14, int currencyExponent)
{
    if (const EmbeddedRule *rule = findEmbeddedRule(rules, gtin14))
        return decodeEmbedded(*rule, gtin14, currencyExponent);
    const bool upc = gtin14.startsWith(u"002");
    return fail(QStringLiteral("barcode.embedded_no_rule"),
        upc ? QCoreApplication::translate("Barcode", "No rule for UPC-A prefix %1").arg(gtin14.sliced(2, 1))
            : QCoreApplication::translate("Barcode", "No rule for prefix %1").arg(gtin14.sliced(1, 2)));
}

} // namespace retailos
