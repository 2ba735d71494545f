// GS1 application identifier table and element string parser.
#include "core/barcode/gs1.h"

#include "core/barcode/digits_p.h"
#include "core/barcode/gtin.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <array>
#include <utility>

namespace retailos {

namespace {

enum class Check : quint8 {
    None,
    Mod10, // GS1 check digit over the first `checkLength` digits
    DateDayZero, // first 6 digits YYMMDD, day 00 allowed
    Date, // first 6 digits YYMMDD
};

// One AI or a family of AIs. `prefix` is the whole AI, or its fixed part
// when `wildcard` gives the highest digit allowed in each remaining
// position: {"31", 4, "65"} is 3100-3165, {"392", 4, "9"} is 3920-3929.
struct AiSpec
{
    const char *prefix;
    quint8 aiLength;
    const char *wildcard;
    quint8 minLength;
    quint8 maxLength;
    quint8 numericDigits; // leading data characters that must be digits
    bool predefined; // predefined length: never followed by a separator
    Check check = Check::None;
    quint8 checkLength = 0;
};

constexpr quint8 kAll = 255; // numericDigits: the whole field
constexpr qint64 kUnixEpochJulianDay = 2440588;

// A subset of the GS1 General Specifications AI table: everything a trade
// item label at a till can carry, plus the common logistics AIs so such
// labels don't fail as "unknown". Order matters only for "90" before "9x".
// clang-format off
constexpr std::array kAis = {
    AiSpec{"00", 2, "", 18, 18, kAll, true, Check::Mod10, 18},  // SSCC
    AiSpec{"01", 2, "", 14, 14, kAll, true, Check::Mod10, 14},  // GTIN
    AiSpec{"02", 2, "", 14, 14, kAll, true, Check::Mod10, 14},  // GTIN of contained items
    AiSpec{"10", 2, "", 1, 20, 0, false},                       // batch/lot
    AiSpec{"11", 2, "", 6, 6, kAll, true, Check::DateDayZero, 6}, // production date
    AiSpec{"12", 2, "", 6, 6, kAll, true, Check::DateDayZero, 6}, // due date
    AiSpec{"13", 2, "", 6, 6, kAll, true, Check::DateDayZero, 6}, // packaging date
    AiSpec{"15", 2, "", 6, 6, kAll, true, Check::DateDayZero, 6}, // best before
    AiSpec{"16", 2, "", 6, 6, kAll, true, Check::DateDayZero, 6}, // sell by
    AiSpec{"17", 2, "", 6, 6, kAll, true, Check::DateDayZero, 6}, // expiry
    AiSpec{"20", 2, "", 2, 2, kAll, true},                      // variant
    AiSpec{"21", 2, "", 1, 20, 0, false},                       // serial
    AiSpec{"22", 2, "", 1, 20, 0, false},                       // consumer product variant
    AiSpec{"235", 3, "", 1, 28, 0, false},
    AiSpec{"240", 3, "", 1, 30, 0, false},
    AiSpec{"241", 3, "", 1, 30, 0, false},
    AiSpec{"242", 3, "", 1, 6, kAll, false},
    AiSpec{"243", 3, "", 1, 20, 0, false},
    AiSpec{"250", 3, "", 1, 30, 0, false},
    AiSpec{"251", 3, "", 1, 30, 0, false},
    AiSpec{"253", 3, "", 13, 30, 13, false, Check::Mod10, 13},  // GDTI
    AiSpec{"254", 3, "", 1, 20, 0, false},
    AiSpec{"255", 3, "", 13, 25, kAll, false, Check::Mod10, 13}, // GCN
    AiSpec{"30", 2, "", 1, 8, kAll, false},                     // variable count
    AiSpec{"31", 4, "65", 6, 6, kAll, true},                    // 3100-3165 metric measures
    AiSpec{"32", 4, "95", 6, 6, kAll, true},                    // 3200-3295 imperial measures
    AiSpec{"33", 4, "75", 6, 6, kAll, true},                    // 3300-3375 logistic measures
    AiSpec{"34", 4, "95", 6, 6, kAll, true},
    AiSpec{"35", 4, "75", 6, 6, kAll, true},
    AiSpec{"36", 4, "95", 6, 6, kAll, true},
    AiSpec{"37", 2, "", 1, 8, kAll, false},                     // count of trade items
    AiSpec{"390", 4, "9", 1, 15, kAll, false},                  // amount payable, local currency
    AiSpec{"391", 4, "9", 4, 18, kAll, false},                  // amount payable, ISO currency
    AiSpec{"392", 4, "9", 1, 15, kAll, false},                  // price, local currency
    AiSpec{"393", 4, "9", 4, 18, kAll, false},                  // price, ISO currency
    AiSpec{"394", 4, "3", 4, 4, kAll, false},                   // percentage off
    AiSpec{"395", 4, "5", 6, 6, kAll, false},                   // price per unit of measure
    AiSpec{"400", 3, "", 1, 30, 0, false},
    AiSpec{"401", 3, "", 1, 30, 0, false},
    AiSpec{"402", 3, "", 17, 17, kAll, false, Check::Mod10, 17},
    AiSpec{"403", 3, "", 1, 30, 0, false},
    AiSpec{"41", 3, "7", 13, 13, kAll, true, Check::Mod10, 13}, // 410-417 GLNs
    AiSpec{"420", 3, "", 1, 20, 0, false},
    AiSpec{"421", 3, "", 4, 12, 3, false},
    AiSpec{"422", 3, "", 3, 3, kAll, false},
    AiSpec{"423", 3, "", 3, 15, kAll, false},
    AiSpec{"424", 3, "", 3, 3, kAll, false},
    AiSpec{"425", 3, "", 3, 15, kAll, false},
    AiSpec{"426", 3, "", 3, 3, kAll, false},
    AiSpec{"427", 3, "", 1, 3, 0, false},
    AiSpec{"7001", 4, "", 13, 13, kAll, false},
    AiSpec{"7002", 4, "", 1, 30, 0, false},
    AiSpec{"7003", 4, "", 10, 10, kAll, false, Check::Date, 6},
    AiSpec{"7004", 4, "", 1, 4, kAll, false},
    AiSpec{"7005", 4, "", 1, 12, 0, false},
    AiSpec{"7006", 4, "", 6, 6, kAll, false, Check::Date, 6},
    AiSpec{"7007", 4, "", 6, 12, kAll, false, Check::Date, 6},
    AiSpec{"7008", 4, "", 1, 3, 0, false},
    AiSpec{"7009", 4, "", 1, 10, 0, false},
    AiSpec{"7010", 4, "", 1, 2, 0, false},
    AiSpec{"7011", 4, "", 6, 10, kAll, false, Check::Date, 6},
    AiSpec{"71", 3, "5", 1, 20, 0, false},                      // 710-715 national healthcare numbers
    AiSpec{"8001", 4, "", 14, 14, kAll, false},
    AiSpec{"8002", 4, "", 1, 20, 0, false},
    AiSpec{"8003", 4, "", 14, 30, 14, false},
    AiSpec{"8004", 4, "", 1, 30, 0, false},
    AiSpec{"8005", 4, "", 6, 6, kAll, false},
    AiSpec{"8006", 4, "", 18, 18, kAll, false, Check::Mod10, 14},
    AiSpec{"8007", 4, "", 1, 34, 0, false},
    AiSpec{"8008", 4, "", 8, 12, kAll, false, Check::Date, 6},
    AiSpec{"8009", 4, "", 1, 50, 0, false},
    AiSpec{"8010", 4, "", 1, 30, 0, false},
    AiSpec{"8011", 4, "", 1, 12, kAll, false},
    AiSpec{"8012", 4, "", 1, 20, 0, false},
    AiSpec{"8013", 4, "", 1, 25, 0, false},
    AiSpec{"8017", 4, "", 18, 18, kAll, false, Check::Mod10, 18},
    AiSpec{"8018", 4, "", 18, 18, kAll, false, Check::Mod10, 18},
    AiSpec{"8019", 4, "", 1, 10, kAll, false},
    AiSpec{"8020", 4, "", 1, 25, 0, false},
    AiSpec{"8026", 4, "", 18, 18, kAll, false, Check::Mod10, 14},
    AiSpec{"8110", 4, "", 1, 70, 0, false},
    AiSpec{"8111", 4, "", 4, 4, kAll, false},
    AiSpec{"8112", 4, "", 1, 70, 0, false},
    AiSpec{"8200", 4, "", 1, 70, 0, false},
    AiSpec{"90", 2, "", 1, 30, 0, false},                       // internal
    AiSpec{"9", 2, "9", 1, 90, 0, false},                       // 91-99 internal
};
// clang-format on

// AI length from its first two digits (GS1 General Specifications, table of
// AI prefixes); 0 where GS1 has assigned nothing.
int aiLengthFor(int firstTwo)
{
    if (firstTwo <= 22 || firstTwo == 30 || firstTwo == 37 || firstTwo >= 90)
        return 2;
    if ((firstTwo >= 23 && firstTwo <= 25) || (firstTwo >= 40 && firstTwo <= 42) || firstTwo == 71)
        return 3;
    if ((firstTwo >= 31 && firstTwo <= 36) || firstTwo == 39 || firstTwo == 43 || firstTwo == 70 || firstTwo == 72
        || (firstTwo >= 80 && firstTwo <= 82))
        return 4;
    return 0;
}

const AiSpec *findAi(QStringView ai)
{
    for (const AiSpec &spec : kAis) {
        if (spec.aiLength != ai.size())
            continue;
        qsizetype i = 0;
        for (; spec.prefix[i] != '\0'; ++i) {
            if (ai[i].unicode() != static_cast<char16_t>(spec.prefix[i]))
                break;
        }
        if (spec.prefix[i] != '\0')
            continue;
        bool matches = true;
        for (qsizetype w = 0; i < ai.size(); ++i, ++w) {
            if (ai[i].unicode() > static_cast<char16_t>(spec.wildcard[w])) {
                matches = false;
                break;
            }
        }
        if (matches)
            return &spec;
    }
    return nullptr;
}

// GS1 AI encodable character set 82.
constexpr bool isCset82(char16_t c)
{
    if ((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z'))
        return true;
    switch (c) {
    case u'!':
    case u'"':
    case u'%':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u'-':
    case u'.':
    case u'/':
    case u':':
    case u';':
    case u'<':
    case u'=':
    case u'>':
    case u'?':
    case u'_':
        return true;
    default:
        return false;
    }
}

// Shows a control character such as GS readably in a message.
QString printable(QChar c)
{
    if (c.unicode() < 0x20)
        return QStringLiteral("0x%1").arg(static_cast<int>(c.unicode()), 2, 16, QChar(u'0'));
    return QString(c);
}

std::unexpected<Error> unknownAi(QStringView ai)
{
    return fail(QStringLiteral("barcode.gs1_unknown_ai"),
        QCoreApplication::translate("Barcode", "Unknown GS1 application identifier (%1)").arg(ai));
}

std::unexpected<Error> lengthError(QStringView ai, const AiSpec &spec, qsizetype length)
{
    if (spec.minLength == spec.maxLength) {
        return fail(QStringLiteral("barcode.gs1_length"),
            QCoreApplication::translate("Barcode", "GS1 element (%1) must have %2 characters, not %3")
                .arg(ai)
                .arg(spec.maxLength)
                .arg(length));
    }
    return fail(QStringLiteral("barcode.gs1_length"),
        QCoreApplication::translate("Barcode", "GS1 element (%1) must have %2 to %3 characters, not %4")
            .arg(ai)
            .arg(spec.minLength)
            .arg(spec.maxLength)
            .arg(length));
}

class Gs1Builder
{
public:
    explicit Gs1Builder(int currentYear)
        : m_currentYear(currentYear)
    {
    }

    [[nodiscard]] Result<void> add(QStringView ai, const AiSpec &spec, QStringView value);
    [[nodiscard]] Result<Gs1Data> finish();

private:
    [[nodiscard]] Result<void> validate(QStringView ai, const AiSpec &spec, QStringView value);
    [[nodiscard]] int currentYear()
    {
        // UTC is plenty for a 100-year window and avoids the time zone lookup.
        if (m_currentYear == 0)
            m_currentYear
                = QDate::fromJulianDay(kUnixEpochJulianDay + QDateTime::currentSecsSinceEpoch() / 86400).year();
        return m_currentYear;
    }

    Gs1Data m_data;
    QString m_content; // (02)
    QString m_kgAi; // the 310n seen, to refuse a second one
    QString m_lbAi;
    QString m_priceAi;
    std::optional<qint64> m_poundsGrams;
    std::optional<qint64> m_count37;
    int m_currentYear;
};

Result<void> Gs1Builder::validate(QStringView ai, const AiSpec &spec, QStringView value)
{
    if (value.size() < spec.minLength || value.size() > spec.maxLength)
        return lengthError(ai, spec, value.size());
    const qsizetype numeric = spec.numericDigits == kAll ? value.size() : spec.numericDigits;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (i < numeric && !detail::isAsciiDigit(c)) {
            return fail(QStringLiteral("barcode.gs1_not_numeric"),
                QCoreApplication::translate("Barcode", "GS1 element (%1) needs a digit where it has “%2”")
                    .arg(ai, printable(c)));
        }
        if (!isCset82(c.unicode())) {
            return fail(QStringLiteral("barcode.gs1_bad_char"),
                QCoreApplication::translate("Barcode", "GS1 element (%1) contains “%2”, which GS1 does not allow")
                    .arg(ai, printable(c)));
        }
    }
    switch (spec.check) {
    case Check::None:
        break;
    case Check::Mod10: {
        const QStringView key = value.first(spec.checkLength);
        const int expected = gs1CheckDigit(key.chopped(1));
        const int actual = detail::digitAt(key, key.size() - 1);
        if (expected != actual) {
            return fail(QStringLiteral("barcode.check_digit"),
                QCoreApplication::translate("Barcode", "Check digit of GS1 element (%1) should be %2, not %3")
                    .arg(ai)
                    .arg(expected)
                    .arg(actual));
        }
        break;
    }
    case Check::Date:
    case Check::DateDayZero:
        if (!gs1Date(value.first(6), currentYear(), spec.check == Check::DateDayZero).isValid()) {
            return fail(QStringLiteral("barcode.gs1_date"),
                QCoreApplication::translate("Barcode", "GS1 element (%1) has “%2”, which is not a date (YYMMDD)")
                    .arg(ai, value.first(6)));
        }
        break;
    }
    return {};
}

Result<void> Gs1Builder::add(QStringView ai, const AiSpec &spec, QStringView value)
{
    if (auto valid = validate(ai, spec, value); !valid)
        return valid;

    for (const Gs1Element &e : std::as_const(m_data.elements)) {
        if (e.ai != ai)
            continue;
        if (e.value == value)
            return {}; // repeated identically: redundant, allowed
        return fail(QStringLiteral("barcode.gs1_duplicate_ai"),
            QCoreApplication::translate("Barcode", "GS1 element (%1) appears twice with different values").arg(ai));
    }
    const auto conflict = [ai](const QString &other) {
        return fail(QStringLiteral("barcode.gs1_conflict"),
            QCoreApplication::translate("Barcode", "GS1 elements (%1) and (%2) cannot be used together")
                .arg(other, ai));
    };

    // Only the AIs a till uses get meaning; the rest stay in `elements`.
    const auto family = ai.first(std::min<qsizetype>(3, ai.size()));
    const auto decimals = [ai] { return detail::digitAt(ai, 3); };
    if (ai == u"01" || ai == u"02") {
        const bool isContent = ai == u"02";
        if (!(isContent ? m_data.gtin14 : m_content).isEmpty())
            return conflict(isContent ? QStringLiteral("01") : QStringLiteral("02"));
        (isContent ? m_content : m_data.gtin14) = value.toString();
    } else if (ai == u"10") {
        m_data.batch = value.toString();
    } else if (ai == u"21") {
        m_data.serial = value.toString();
    } else if (ai == u"15") {
        m_data.bestBefore = gs1Date(value, currentYear());
    } else if (ai == u"17") {
        m_data.expiry = gs1Date(value, currentYear());
    } else if (ai == u"30") {
        m_data.count = detail::digitsValue(value);
    } else if (ai == u"37") {
        m_count37 = detail::digitsValue(value);
    } else if (family == u"310") {
        if (!m_kgAi.isEmpty())
            return conflict(m_kgAi);
        m_kgAi = ai.toString();
        // kg with n decimals → grams: exact for n <= 3, half up beyond.
        m_data.netWeightGrams = detail::rescale(detail::digitsValue(value), decimals(), 3);
    } else if (family == u"320") {
        if (!m_lbAi.isEmpty())
            return conflict(m_lbAi);
        m_lbAi = ai.toString();
        // 1 lb = 453.59237 g exactly; value / 10^n lb = value × 45359237 / 10^(n+5) g.
        // At most 999999 × 45359237 < 2^63, so this stays exact until the rounding.
        m_poundsGrams = detail::rescale(detail::digitsValue(value) * 45'359'237, decimals() + 5, 0);
    } else if (family == u"392" || family == u"393") {
        if (!m_priceAi.isEmpty())
            return conflict(m_priceAi);
        m_priceAi = ai.toString();
        const bool withCurrency = family == u"393";
        m_data.price = detail::digitsValue(value.mid(withCurrency ? 3 : 0));
        m_data.priceDecimals = decimals();
        if (withCurrency)
            m_data.priceCurrency = value.first(3).toString();
    }
    m_data.elements.append(Gs1Element { ai.toString(), value.toString() });
    return {};
}

Result<Gs1Data> Gs1Builder::finish()
{
    if (m_data.elements.isEmpty()) {
        return fail(QStringLiteral("barcode.gs1_empty"),
            QCoreApplication::translate("Barcode", "The GS1 barcode contains no data"));
    }
    if (m_data.gtin14.isEmpty())
        m_data.gtin14 = m_content;
    if (!m_data.netWeightGrams)
        m_data.netWeightGrams = m_poundsGrams;
    if (!m_data.count)
        m_data.count = m_count37;
    return std::move(m_data);
}

Result<Gs1Data> parseRaw(QStringView data, int currentYear)
{
    Gs1Builder builder(currentYear);
    const qsizetype n = data.size();
    qsizetype pos = 0;
    const auto truncatedAi = [] {
        return fail(QStringLiteral("barcode.gs1_truncated"),
            QCoreApplication::translate("Barcode", "The GS1 data ends in the middle of an application identifier"));
    };
    while (pos < n) {
        if (data[pos] == kGs1Separator) {
            ++pos;
            continue;
        }
        if (pos + 2 > n)
            return truncatedAi();
        if (!detail::isAsciiDigit(data[pos]) || !detail::isAsciiDigit(data[pos + 1]))
            return unknownAi(data.mid(pos, 2));
        const int aiLength = aiLengthFor(detail::digitAt(data, pos) * 10 + detail::digitAt(data, pos + 1));
        if (aiLength == 0)
            return unknownAi(data.mid(pos, 2));
        if (pos + aiLength > n)
            return truncatedAi();
        const QStringView ai = data.mid(pos, aiLength);
        const AiSpec *spec = detail::isAsciiDigits(ai) ? findAi(ai) : nullptr;
        if (!spec)
            return unknownAi(ai);
        pos += aiLength;

        qsizetype end = data.indexOf(kGs1Separator, pos);
        if (end < 0)
            end = n;
        if (spec->predefined) {
            if (end - pos < spec->maxLength) {
                return fail(QStringLiteral("barcode.gs1_truncated"),
                    QCoreApplication::translate(
                        "Barcode", "GS1 element (%1) is cut short: it needs %2 characters, only %3 follow")
                        .arg(ai)
                        .arg(spec->maxLength)
                        .arg(end - pos));
            }
            end = pos + spec->maxLength;
        } else if (end - pos > spec->maxLength) {
            return fail(QStringLiteral("barcode.gs1_missing_separator"),
                QCoreApplication::translate(
                    "Barcode", "GS1 element (%1) runs past its %2 characters; a separator (GS) is missing after it")
                    .arg(ai)
                    .arg(spec->maxLength));
        }
        if (auto added = builder.add(ai, *spec, data.sliced(pos, end - pos)); !added)
            return std::unexpected(std::move(added.error()));
        pos = end;
    }
    return builder.finish();
}

Result<Gs1Data> parseBracketed(QStringView data, int currentYear)
{
    Gs1Builder builder(currentYear);
    const qsizetype n = data.size();
    qsizetype pos = 0;
    while (pos < n) {
        const qsizetype close = data[pos] == u'(' ? data.indexOf(u')', pos + 1) : -1;
        if (close < 0) {
            return fail(QStringLiteral("barcode.gs1_syntax"),
                QCoreApplication::translate("Barcode", "Expected an application identifier in brackets at position %1")
                    .arg(pos + 1));
        }
        const QStringView ai = data.sliced(pos + 1, close - pos - 1);
        const AiSpec *spec = ai.size() >= 2 && ai.size() <= 4 && detail::isAsciiDigits(ai) ? findAi(ai) : nullptr;
        if (!spec)
            return unknownAi(ai);

        // The value runs to the next "(" not escaped as "\(".
        qsizetype end = close + 1;
        bool escaped = false;
        for (; end < n; ++end) {
            if (data[end] == u'(') {
                if (data[end - 1] != u'\\')
                    break;
                escaped = true;
            }
        }
        const QStringView value = data.sliced(close + 1, end - close - 1);
        auto added = escaped
            ? builder.add(ai, *spec, value.toString().replace(QStringLiteral("\\("), QStringLiteral("(")))
            : builder.add(ai, *spec, value);
        if (!added)
            return std::unexpected(std::move(added.error()));
        pos = end;
    }
    return builder.finish();
}

} // namespace

QDate gs1Date(QStringView yymmdd, int currentYear, bool allowDayZero)
{
    Q_ASSERT(yymmdd.size() == 6 && detail::isAsciiDigits(yymmdd));
    const int yy = detail::digitAt(yymmdd, 0) * 10 + detail::digitAt(yymmdd, 1);
    const int mm = detail::digitAt(yymmdd, 2) * 10 + detail::digitAt(yymmdd, 3);
    const int dd = detail::digitAt(yymmdd, 4) * 10 + detail::digitAt(yymmdd, 5);
    const int currentYy = currentYear % 100;
    int year = currentYear - currentYy + yy;
    if (yy - currentYy >= 51)
        year -= 100;
    else if (yy - currentYy <= -50)
        year += 100;
    if (mm < 1 || mm > 12)
        return {};
    if (dd == 0)
        return allowDayZero ? QDate(year, mm, QDate(year, mm, 1).daysInMonth()) : QDate();
    return QDate(year, mm, dd); // invalid for 31 April, 29 February 2027, …
}

Result<Gs1Data> parseGs1(QStringView data, int currentYear)
{
    if (data.startsWith(u'('))
        return parseBracketed(data, currentYear);
    return parseRaw(data, currentYear);
}

} // namespace retailos
