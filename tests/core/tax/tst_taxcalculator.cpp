// Tests for TaxCalculator: hand-checked receipts and randomized invariants.
#include "core/tax/taxcalculator.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>
#include <map>

using namespace retailos;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(retailos::RoundingMode)
Q_DECLARE_METATYPE(retailos::TaxMode)
Q_DECLARE_METATYPE(retailos::TaxRounding)

namespace {

// Every rate a test receipt can use, in configuration order.
QList<TaxRate> ratePool()
{
    return {
        {QStringLiteral("de19"), QStringLiteral("MwSt. 19 %"), 190000},
        {QStringLiteral("de7"), QStringLiteral("MwSt. 7 %"), 70000},
        {QStringLiteral("uk20"), QStringLiteral("VAT 20%"), 200000},
        {QStringLiteral("ukZ"), QStringLiteral("VAT zero rate"), 0},
        {QStringLiteral("nyc"), QStringLiteral("NYC sales tax 8.875%"), 88750},
        {QStringLiteral("il"), QStringLiteral("Illinois 6.25%"), 62500},
        {QStringLiteral("cook"), QStringLiteral("Cook County 1.75%"), 17500},
        {QStringLiteral("chi"), QStringLiteral("Chicago 1.25%"), 12500},
        {QStringLiteral("rta"), QStringLiteral("RTA 1%"), 10000},
        {QStringLiteral("jp10"), QStringLiteral("消費税 10%"), 100000},
        {QStringLiteral("jp8"), QStringLiteral("消費税 8%"), 80000},
        {QStringLiteral("kw5"), QStringLiteral("VAT 5%"), 50000},
        {QStringLiteral("x5"), QStringLiteral("Levy A 5%"), 50000},
        {QStringLiteral("x7"), QStringLiteral("Levy B 7%"), 70000},
    };
}

Currency currency(QStringView code)
{
    return Currency::fromCode(code).value();
}

Money money(QStringView text, Currency cur)
{
    const Result<Money> parsed = Money::fromString(text, cur);
    Q_ASSERT(parsed.has_value());
    return *parsed;
}

// "5.97:de7+de19" → amount 5.97 with rates de7 and de19; "0.85" → exempt.
QList<TaxableLine> parseLines(const QStringList &specs, Currency cur)
{
    QList<TaxableLine> lines;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u':');
        TaxableLine line{money(parts[0], cur), {}};
        if (parts.size() > 1)
            line.rateIds = parts[1].split(u'+');
        lines.append(line);
    }
    return lines;
}

QString triple(const Money &net, const Money &tax, const Money &gross)
{
    return net.toDecimalString() + u' ' + tax.toDecimalString() + u' ' + gross.toDecimalString();
}

} // namespace

class TestTaxCalculator : public QObject
{
    Q_OBJECT

private slots:
    void receipts_data();
    void receipts();
    void emptyReceipt();
    void errors();
    void randomReceiptsKeepInvariants();
};

void TestTaxCalculator::receipts_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<TaxMode>("mode");
    QTest::addColumn<TaxRounding>("rounding");
    QTest::addColumn<RoundingMode>("roundingMode");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expectedRates"); // "id net tax gross"
    QTest::addColumn<QStringList>("expectedLines"); // "net tax gross"
    QTest::addColumn<QString>("expectedTotals");    // "net tax gross"
    QTest::addColumn<QString>("expectedExempt");

    constexpr TaxMode In = TaxMode::Inclusive;
    constexpr TaxMode Ex = TaxMode::Exclusive;
    constexpr TaxRounding Line = TaxRounding::PerLine;
    constexpr TaxRounding Receipt = TaxRounding::PerReceipt;
    constexpr RoundingMode HalfUp = RoundingMode::HalfUp;
    constexpr RoundingMode HalfEven = RoundingMode::HalfEven;
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList list;
        for (const char *item : items)
            list.append(QString::fromUtf8(item));
        return list;
    };

    // German VAT, gross prices. 3 × 1.99 = 5.97 at 7%: 597 × 7/107 = 39.056 → 0.39, net 5.58.
    // 2.49 at 19%: 249 × 19/119 = 39.756 → 0.40, net 2.09. Σ gross 8.46, tax 0.79, net 7.67.
    QTest::newRow("DE 7%+19% per receipt")
        << u"EUR"_s << In << Receipt << HalfUp << L({"5.97:de7", "2.49:de19"})
        << L({"de19 2.09 0.40 2.49", "de7 5.58 0.39 5.97"})
        << L({"5.58 0.39 5.97", "2.09 0.40 2.49"}) << u"7.67 0.79 8.46"_s << u"0.00"_s;
    // Same receipt as three 1.99 lines, per line: 199 × 7/107 = 13.019 → 0.13 each, 0.39 again.
    QTest::newRow("DE 7%+19% per line")
        << u"EUR"_s << In << Line << HalfUp << L({"1.99:de7", "1.99:de7", "1.99:de7", "2.49:de19"})
        << L({"de19 2.09 0.40 2.49", "de7 5.58 0.39 5.97"})
        << L({"1.86 0.13 1.99", "1.86 0.13 1.99", "1.86 0.13 1.99", "2.09 0.40 2.49"})
        << u"7.67 0.79 8.46"_s << u"0.00"_s;
    // 3 × 0.10 at 19%, per line: 10 × 19/119 = 1.597 → 0.02 each → 0.06.
    QTest::newRow("DE 3×0.10 per line")
        << u"EUR"_s << In << Line << HalfUp << L({"0.10:de19", "0.10:de19", "0.10:de19"})
        << L({"de19 0.24 0.06 0.30"})
        << L({"0.08 0.02 0.10", "0.08 0.02 0.10", "0.08 0.02 0.10"}) << u"0.24 0.06 0.30"_s << u"0.00"_s;
    // Per receipt: 30 × 19/119 = 4.790 → 0.05. Shares: quotas 1.597 each, floors 1,
    // two cents left, first two lines win the tie.
    QTest::newRow("DE 3×0.10 per receipt")
        << u"EUR"_s << In << Receipt << HalfUp << L({"0.10:de19", "0.10:de19", "0.10:de19"})
        << L({"de19 0.25 0.05 0.30"})
        << L({"0.08 0.02 0.10", "0.08 0.02 0.10", "0.09 0.01 0.10"}) << u"0.25 0.05 0.30"_s << u"0.00"_s;
    // Discount line: 1000 × 19/119 = 159.66 → 1.60; -100 × 19/119 = -15.97 → -0.16.
    QTest::newRow("DE discount line")
        << u"EUR"_s << In << Line << HalfUp << L({"10.00:de19", "-1.00:de19"})
        << L({"de19 7.56 1.44 9.00"})
        << L({"8.40 1.60 10.00", "-0.84 -0.16 -1.00"}) << u"7.56 1.44 9.00"_s << u"0.00"_s;

    // UK VAT 20%, tax = gross/6. Σ standard-rated 17.98 → 299.67 → 3.00, net 14.98.
    // Shares: quotas 83.17, 200, 16.5 → floors 83, 200, 16; the cent goes to the .5.
    // Bread at the zero rate is its own group; stamps are exempt.
    QTest::newRow("UK per receipt")
        << u"GBP"_s << In << Receipt << HalfUp << L({"4.99:uk20", "12.00:uk20", "0.99:uk20", "1.20:ukZ", "0.85"})
        << L({"uk20 14.98 3.00 17.98", "ukZ 1.20 0.00 1.20"})
        << L({"4.16 0.83 4.99", "10.00 2.00 12.00", "0.82 0.17 0.99", "1.20 0.00 1.20", "0.85 0.00 0.85"})
        << u"17.03 3.00 20.03"_s << u"0.85"_s;
    // Per line HalfUp: 83.17 → 83, 200, 16.5 → 17: also 3.00.
    QTest::newRow("UK per line HalfUp")
        << u"GBP"_s << In << Line << HalfUp << L({"4.99:uk20", "12.00:uk20", "0.99:uk20", "1.20:ukZ", "0.85"})
        << L({"uk20 14.98 3.00 17.98", "ukZ 1.20 0.00 1.20"})
        << L({"4.16 0.83 4.99", "10.00 2.00 12.00", "0.82 0.17 0.99", "1.20 0.00 1.20", "0.85 0.00 0.85"})
        << u"17.03 3.00 20.03"_s << u"0.85"_s;
    // Per line HalfEven: the 16.5 tie goes to 16, so 2.99.
    QTest::newRow("UK per line HalfEven")
        << u"GBP"_s << In << Line << HalfEven << L({"4.99:uk20", "12.00:uk20", "0.99:uk20", "1.20:ukZ", "0.85"})
        << L({"uk20 14.99 2.99 17.98", "ukZ 1.20 0.00 1.20"})
        << L({"4.16 0.83 4.99", "10.00 2.00 12.00", "0.83 0.16 0.99", "1.20 0.00 1.20", "0.85 0.00 0.85"})
        << u"17.04 2.99 20.03"_s << u"0.85"_s;

    // New York City 8.875% on top. Per line: 0.99 → 8.786 → 0.09, 1.99 → 17.661 → 0.18,
    // 12.49 → 110.849 → 1.11; Σ 1.38.
    QTest::newRow("NYC per line")
        << u"USD"_s << Ex << Line << HalfUp << L({"0.99:nyc", "1.99:nyc", "12.49:nyc"})
        << L({"nyc 15.47 1.38 16.85"})
        << L({"0.99 0.09 1.08", "1.99 0.18 2.17", "12.49 1.11 13.60"}) << u"15.47 1.38 16.85"_s << u"0.00"_s;
    // Per receipt: 15.47 × 8.875% = 137.296 → 1.37, a cent less. Shares: floors 8, 17, 110
    // (135); the two cents go to the .849 and the .786, not to the .661 of 1.99.
    QTest::newRow("NYC per receipt")
        << u"USD"_s << Ex << Receipt << HalfUp << L({"0.99:nyc", "1.99:nyc", "12.49:nyc"})
        << L({"nyc 15.47 1.37 16.84"})
        << L({"0.99 0.09 1.08", "1.99 0.17 2.16", "12.49 1.11 13.60"}) << u"15.47 1.37 16.84"_s << u"0.00"_s;

    // Chicago-like: state 6.25% + county 1.75% + city 1.25% + RTA 1%, two 1.00 items.
    // Per line, each item: 6.25 → 6, 1.75 → 2, 1.25 → 1, 1.00 → 1 = 0.10; receipt 0.20.
    QTest::newRow("Chicago per line")
        << u"USD"_s << Ex << Line << HalfUp << L({"1.00:il+cook+chi+rta", "1.00:il+cook+chi+rta"})
        << L({"il 2.00 0.12 2.12", "cook 2.00 0.04 2.04", "chi 2.00 0.02 2.02", "rta 2.00 0.02 2.02"})
        << L({"1.00 0.10 1.10", "1.00 0.10 1.10"}) << u"2.00 0.20 2.20"_s << u"0.00"_s;
    // Per receipt on 2.00: 12.5 → 13, 3.5 → 4, 2.5 → 3, 2 → 2 = 0.22, two cents more.
    // Shares: state 6.25+6.25 → 7, 6; county 1.75+1.75 → 2, 2; city 1.25+1.25 → 2, 1;
    // RTA 1, 1. Line 1: 7+2+2+1 = 0.12, line 2: 6+2+1+1 = 0.10.
    QTest::newRow("Chicago per receipt")
        << u"USD"_s << Ex << Receipt << HalfUp << L({"1.00:il+cook+chi+rta", "1.00:il+cook+chi+rta"})
        << L({"il 2.00 0.13 2.13", "cook 2.00 0.04 2.04", "chi 2.00 0.03 2.03", "rta 2.00 0.02 2.02"})
        << L({"1.00 0.12 1.12", "1.00 0.10 1.10"}) << u"2.00 0.22 2.22"_s << u"0.00"_s;
    // Per receipt HalfEven: 12.5 → 12, 3.5 → 4, 2.5 → 2, 2 = 0.20.
    QTest::newRow("Chicago per receipt HalfEven")
        << u"USD"_s << Ex << Receipt << HalfEven << L({"1.00:il+cook+chi+rta", "1.00:il+cook+chi+rta"})
        << L({"il 2.00 0.12 2.12", "cook 2.00 0.04 2.04", "chi 2.00 0.02 2.02", "rta 2.00 0.02 2.02"})
        << L({"1.00 0.10 1.10", "1.00 0.10 1.10"}) << u"2.00 0.20 2.20"_s << u"0.00"_s;

    // Returns. Per line: 10.00 → 88.75 → 0.89, -4.99 → -44.286 → -0.44; tax 0.45.
    QTest::newRow("NYC return per line")
        << u"USD"_s << Ex << Line << HalfUp << L({"10.00:nyc", "-4.99:nyc"})
        << L({"nyc 5.01 0.45 5.46"})
        << L({"10.00 0.89 10.89", "-4.99 -0.44 -5.43"}) << u"5.01 0.45 5.46"_s << u"0.00"_s;
    // Per receipt: 5.01 → 44.464 → 0.44. Shares: floors 88 and -45 (43), the cent goes to
    // the .75 of the sale: 0.89 and -0.45.
    QTest::newRow("NYC return per receipt")
        << u"USD"_s << Ex << Receipt << HalfUp << L({"10.00:nyc", "-4.99:nyc"})
        << L({"nyc 5.01 0.44 5.45"})
        << L({"10.00 0.89 10.89", "-4.99 -0.45 -5.44"}) << u"5.01 0.44 5.45"_s << u"0.00"_s;
    // A full return nets to zero; shares 88.75 and -88.75 → 0.89 and -0.89.
    QTest::newRow("NYC full return per receipt")
        << u"USD"_s << Ex << Receipt << HalfUp << L({"10.00:nyc", "-10.00:nyc"})
        << L({"nyc 0.00 0.00 0.00"})
        << L({"10.00 0.89 10.89", "-10.00 -0.89 -10.89"}) << u"0.00 0.00 0.00"_s << u"0.00"_s;

    // Japan, exponent 0, prices include tax. 8%: (1080 + 298) × 8/108 = 102.07 → 102;
    // shares 80 and 22.07 → 80, 22. 10%: 550 × 10/110 = 50.
    QTest::newRow("JPY per receipt")
        << u"JPY"_s << In << Receipt << HalfUp << L({"1080:jp8", "298:jp8", "550:jp10"})
        << L({"jp10 500 50 550", "jp8 1276 102 1378"})
        << L({"1000 80 1080", "276 22 298", "500 50 550"}) << u"1776 152 1928"_s << u"0"_s;
    // 3 × ¥105 at 8%: per line 105 × 8/108 = 7.78 → 8 each = 24.
    QTest::newRow("JPY per line")
        << u"JPY"_s << In << Line << HalfUp << L({"105:jp8", "105:jp8", "105:jp8"})
        << L({"jp8 291 24 315"})
        << L({"97 8 105", "97 8 105", "97 8 105"}) << u"291 24 315"_s << u"0"_s;
    // Per receipt 315 × 8/108 = 23.33 → 23; shares 7.78 each → 8, 8, 7.
    QTest::newRow("JPY per receipt 3×105")
        << u"JPY"_s << In << Receipt << HalfUp << L({"105:jp8", "105:jp8", "105:jp8"})
        << L({"jp8 292 23 315"})
        << L({"97 8 105", "97 8 105", "98 7 105"}) << u"292 23 315"_s << u"0"_s;

    // Kuwaiti dinar, exponent 3, 5% on top. Per line: 61.7 → 62, 24.95 → 25, 0.5 → 1 fils.
    QTest::newRow("KWD per line")
        << u"KWD"_s << Ex << Line << HalfUp << L({"1.234:kw5", "0.499:kw5", "0.010:kw5"})
        << L({"kw5 1.743 0.088 1.831"})
        << L({"1.234 0.062 1.296", "0.499 0.025 0.524", "0.010 0.001 0.011"}) << u"1.743 0.088 1.831"_s << u"0.000"_s;
    // Per receipt: 1743 × 5% = 87.15 → 87. Shares: floors 61, 24, 0 (85); the two fils go
    // to .95 and .7.
    QTest::newRow("KWD per receipt")
        << u"KWD"_s << Ex << Receipt << HalfUp << L({"1.234:kw5", "0.499:kw5", "0.010:kw5"})
        << L({"kw5 1.743 0.087 1.830"})
        << L({"1.234 0.062 1.296", "0.499 0.025 0.524", "0.010 0.000 0.010"}) << u"1.743 0.087 1.830"_s << u"0.000"_s;

    // Two rates on one gross line (5% + 7%, divisor 1.12): exact net 892.857;
    // tax 5% = 1000 × 5/112 = 44.64 → 0.45, 7% = 62.5 → 0.63. Rounded net 8.93 would give
    // 8.93 + 0.45 + 0.63 = 10.01, so the net takes the remainder: 10.00 − 1.08 = 8.92.
    QTest::newRow("inclusive multi-rate HalfUp")
        << u"EUR"_s << In << Line << HalfUp << L({"10.00:x5+x7"})
        << L({"x5 8.92 0.45 9.37", "x7 8.92 0.63 9.55"})
        << L({"8.92 1.08 10.00"}) << u"8.92 1.08 10.00"_s << u"0.00"_s;
    // HalfEven: 62.5 → 62, net 10.00 − 1.07 = 8.93.
    QTest::newRow("inclusive multi-rate HalfEven")
        << u"EUR"_s << In << Line << HalfEven << L({"10.00:x5+x7"})
        << L({"x5 8.93 0.45 9.38", "x7 8.93 0.62 9.55"})
        << L({"8.93 1.07 10.00"}) << u"8.93 1.07 10.00"_s << u"0.00"_s;
    // Per receipt, same rate set in another order: group gross 15.00; 5%: 66.96 → 0.67,
    // 7%: 93.75 → 0.94, net 13.39. Shares 5%: 44.64, 22.32 → 45, 22; 7%: 62.5, 31.25 → 63, 31.
    QTest::newRow("inclusive multi-rate per receipt")
        << u"EUR"_s << In << Receipt << HalfUp << L({"10.00:x5+x7", "5.00:x7+x5"})
        << L({"x5 13.39 0.67 14.06", "x7 13.39 0.94 14.33"})
        << L({"8.92 1.08 10.00", "4.47 0.53 5.00"}) << u"13.39 1.61 15.00"_s << u"0.00"_s;

    // Only exempt lines: no groups at all.
    QTest::newRow("exempt only")
        << u"EUR"_s << Ex << Receipt << HalfUp << L({"3.50", "-1.00"})
        << QStringList()
        << L({"3.50 0.00 3.50", "-1.00 0.00 -1.00"}) << u"2.50 0.00 2.50"_s << u"2.50"_s;
}

void TestTaxCalculator::receipts()
{
    QFETCH(QString, code);
    QFETCH(TaxMode, mode);
    QFETCH(TaxRounding, rounding);
    QFETCH(RoundingMode, roundingMode);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expectedRates);
    QFETCH(QStringList, expectedLines);
    QFETCH(QString, expectedTotals);
    QFETCH(QString, expectedExempt);

    const Currency cur = currency(code);
    const QList<TaxRate> pool = ratePool();
    const Result<TaxBreakdown> result =
        TaxCalculator::compute(parseLines(lines, cur), pool, TaxConfig{mode, rounding, roundingMode});
    QVERIFY2(result.has_value(), qPrintable(result.has_value() ? QString() : result.error().message));
    const TaxBreakdown &breakdown = *result;

    QStringList actualRates;
    for (const TaxRateTotal &rate : breakdown.rates) {
        actualRates.append(rate.rateId + u' ' + triple(rate.net, rate.tax, rate.gross));
        const auto configured = std::find_if(pool.cbegin(), pool.cend(),
                                             [&](const TaxRate &r) { return r.id == rate.rateId; });
        QVERIFY(configured != pool.cend());
        QCOMPARE(rate.name, configured->name);
        QCOMPARE(rate.ratePpm, configured->ratePpm);
    }
    QCOMPARE(actualRates, expectedRates);

    QStringList actualLines;
    for (const TaxedLine &line : breakdown.lines)
        actualLines.append(triple(line.net, line.tax, line.gross));
    QCOMPARE(actualLines, expectedLines);

    QCOMPARE(triple(breakdown.net, breakdown.tax, breakdown.gross), expectedTotals);
    QCOMPARE(breakdown.exempt.toDecimalString(), expectedExempt);
    QCOMPARE(breakdown.gross.currency(), cur);
}

void TestTaxCalculator::emptyReceipt()
{
    const Result<TaxBreakdown> result = TaxCalculator::compute({}, ratePool(), TaxConfig{});
    QVERIFY(result.has_value());
    QVERIFY(result->rates.isEmpty());
    QVERIFY(result->lines.isEmpty());
    QCOMPARE(result->net.minorUnits(), qint64(0));
    QCOMPARE(result->tax.minorUnits(), qint64(0));
    QCOMPARE(result->gross.minorUnits(), qint64(0));
}

void TestTaxCalculator::errors()
{
    const Currency eur = currency(u"EUR");
    const QList<TaxRate> pool = ratePool();
    const TaxConfig config{TaxMode::Exclusive, TaxRounding::PerLine, RoundingMode::HalfUp};
    const auto code = [&](const QList<TaxableLine> &lines, const QList<TaxRate> &rates) {
        const Result<TaxBreakdown> result = TaxCalculator::compute(lines, rates, config);
        return result.has_value() ? QString() : result.error().code;
    };

    const Result<TaxBreakdown> unknown =
        TaxCalculator::compute({{Money(100, eur), {QStringLiteral("fr20")}}}, pool, config);
    QCOMPARE(unknown.error().code, QStringLiteral("tax.unknown_rate"));
    QVERIFY(unknown.error().message.contains(QStringLiteral("fr20")));

    QCOMPARE(code({{Money(100, eur), {QStringLiteral("de19"), QStringLiteral("de19")}}}, pool),
             QStringLiteral("tax.duplicate_rate"));
    QCOMPARE(code({}, pool + QList<TaxRate>{{QStringLiteral("de19"), QStringLiteral("again"), 1}}),
             QStringLiteral("tax.duplicate_rate"));
    QCOMPARE(code({}, {{QStringLiteral("neg"), QStringLiteral("negative"), -1}}), QStringLiteral("tax.invalid_rate"));
    QCOMPARE(code({}, {{QStringLiteral("big"), QStringLiteral("huge"), TaxCalculator::kMaxRatePpm + 1}}),
             QStringLiteral("tax.invalid_rate"));
    QCOMPARE(code({{Money(100, eur), {}}, {Money(100, currency(u"USD")), {}}}, pool),
             QStringLiteral("money.currency_mismatch"));
    // Net fits, but net + 19% does not.
    QCOMPARE(code({{Money(std::numeric_limits<qint64>::max() - 10, eur), {QStringLiteral("de19")}}}, pool),
             QStringLiteral("money.overflow"));
    QCOMPARE(code({{Money(std::numeric_limits<qint64>::max(), eur), {}}, {Money(1, eur), {}}}, pool),
             QStringLiteral("money.overflow"));
    QCOMPARE(code({{Money(std::numeric_limits<qint64>::max() - 10, eur), {}}, {Money(-20, eur), {QStringLiteral("de19")}}}, pool),
             QString());
}

// 10,000 seeded random receipts across modes, currencies and rate sets; every
// invariant from taxbreakdown.h and every rounding rule from taxcalculator.h
// is recomputed independently here.
void TestTaxCalculator::randomReceiptsKeepInvariants()
{
    const QList<TaxRate> pool = ratePool();
    const QStringList rateIds = [&] {
        QStringList ids;
        for (const TaxRate &rate : pool)
            ids.append(rate.id);
        return ids;
    }();
    const auto ppm = [&](const QString &id) {
        return pool[rateIds.indexOf(id)].ratePpm;
    };
    const Currency currencies[] = {currency(u"EUR"), currency(u"JPY"), currency(u"KWD")};
    const RoundingMode modes[] = {RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::Down,
                                  RoundingMode::Up, RoundingMode::HalfDown};

    QRandomGenerator random(0x5EED);
    for (int round = 0; round < 10000; ++round) {
        const QByteArray context = "receipt " + QByteArray::number(round);
        const Currency cur = currencies[random.bounded(3)];
        const TaxConfig config{random.bounded(2) ? TaxMode::Inclusive : TaxMode::Exclusive,
                               random.bounded(2) ? TaxRounding::PerLine : TaxRounding::PerReceipt,
                               modes[random.bounded(5)]};
        const bool inclusive = config.mode == TaxMode::Inclusive;

        QList<TaxableLine> lines;
        const int lineCount = random.bounded(0, 13);
        for (int i = 0; i < lineCount; ++i) {
            TaxableLine line;
            const int size = random.bounded(10);
            const qint64 amount = size == 0 ? random.bounded(-1'000'000'000, 1'000'000'000) * qint64(1000)
                                : size < 3  ? random.bounded(-20'000, 0)
                                            : random.bounded(0, 200'000);
            line.amount = Money(amount, cur);
            // Mostly one rate (VAT), sometimes none (exempt) or a US-style stack.
            const int kind = random.bounded(10);
            if (kind == 0) {
                // exempt
            } else if (kind < 7) {
                line.rateIds.append(rateIds[random.bounded(rateIds.size())]);
            } else {
                QStringList candidates = rateIds;
                const int count = random.bounded(2, 5);
                for (int k = 0; k < count; ++k)
                    line.rateIds.append(candidates.takeAt(random.bounded(candidates.size())));
            }
            lines.append(line);
        }

        const Result<TaxBreakdown> result = TaxCalculator::compute(lines, pool, config);
        QVERIFY2(result.has_value(), context.constData());
        const TaxBreakdown &b = *result;
        QVERIFY2(b.lines.size() == lines.size(), context.constData());

        Int128 amountSum = 0;
        Int128 exemptSum = 0;
        Int128 lineTaxSum = 0;
        Int128 lineNetSum = 0;
        std::map<QString, Int128> rateTaxFromLines;
        std::map<QString, Int128> rateNetFromLines;
        std::map<QString, Int128> rateQuotaSum;            // exclusive: Σ amount × rate
        std::map<std::pair<QString, QStringList>, Int128> groupGross; // inclusive: per rate and rate set
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const TaxableLine &in = lines[i];
            const TaxedLine &out = b.lines[i];
            const qint64 amount = in.amount.minorUnits();
            amountSum += amount;
            if (in.rateIds.isEmpty())
                exemptSum += amount;
            QVERIFY2(out.rateTaxes.size() == in.rateIds.size(), context.constData());
            QVERIFY2(out.net.minorUnits() + out.tax.minorUnits() == out.gross.minorUnits(), context.constData());
            QVERIFY2((inclusive ? out.gross : out.net).minorUnits() == amount, context.constData());
            lineTaxSum += out.tax.minorUnits();
            lineNetSum += out.net.minorUnits();

            qint64 ratePpmSum = 0;
            for (const QString &id : in.rateIds)
                ratePpmSum += ppm(id);
            const Int128 divisor = inclusive ? kPartsPerMillion + ratePpmSum : kPartsPerMillion;
            QStringList rateSet = in.rateIds;
            rateSet.sort();

            Int128 taxOfLine = 0;
            for (qsizetype k = 0; k < in.rateIds.size(); ++k) {
                const QString &id = in.rateIds[k];
                const Int128 share = out.rateTaxes[k].minorUnits();
                const Int128 quota = Int128(amount) * ppm(id);
                taxOfLine += share;
                rateTaxFromLines[id] += share;
                rateNetFromLines[id] += out.net.minorUnits();
                rateQuotaSum[id] += quota;
                groupGross[{id, rateSet}] += amount;
                if (config.rounding == TaxRounding::PerLine) {
                    QVERIFY2(share == divideRoundedWide(quota, divisor, config.roundingMode), context.constData());
                } else {
                    // Within one minor unit of the exact share.
                    const Int128 error = share * divisor - quota;
                    QVERIFY2(error > -divisor && error < divisor, context.constData());
                }
            }
            QVERIFY2(taxOfLine == out.tax.minorUnits(), context.constData());
        }

        Int128 rateTaxSum = 0;
        QStringList seen;
        for (const TaxRateTotal &rate : b.rates) {
            seen.append(rate.rateId);
            rateTaxSum += rate.tax.minorUnits();
            QVERIFY2(rate.net.minorUnits() + rate.tax.minorUnits() == rate.gross.minorUnits(), context.constData());
            QVERIFY2(rate.tax.minorUnits() == rateTaxFromLines[rate.rateId], context.constData());
            QVERIFY2(rate.net.minorUnits() == rateNetFromLines[rate.rateId], context.constData());
            if (config.rounding == TaxRounding::PerReceipt) {
                // Rounded once per rate (exclusive) or once per rate and rate set (inclusive).
                Int128 expected = 0;
                if (!inclusive) {
                    expected = divideRoundedWide(rateQuotaSum[rate.rateId], kPartsPerMillion, config.roundingMode);
                } else {
                    for (const auto &[key, gross] : groupGross) {
                        if (key.first != rate.rateId)
                            continue;
                        qint64 setPpm = 0;
                        for (const QString &id : key.second)
                            setPpm += ppm(id);
                        expected += divideRoundedWide(gross * rate.ratePpm, kPartsPerMillion + setPpm,
                                                      config.roundingMode);
                    }
                }
                QVERIFY2(rate.tax.minorUnits() == expected, context.constData());
            }
        }
        // Groups appear once each, in configuration order, for exactly the used rates.
        QStringList used;
        for (const QString &id : rateIds) {
            if (rateTaxFromLines.count(id))
                used.append(id);
        }
        QVERIFY2(seen == used, context.constData());

        QVERIFY2(rateTaxSum == b.tax.minorUnits(), context.constData());
        QVERIFY2(lineTaxSum == b.tax.minorUnits(), context.constData());
        QVERIFY2(lineNetSum == b.net.minorUnits(), context.constData());
        QVERIFY2(Int128(b.net.minorUnits()) + b.tax.minorUnits() == b.gross.minorUnits(), context.constData());
        QVERIFY2((inclusive ? b.gross : b.net).minorUnits() == amountSum, context.constData());
        QVERIFY2(b.exempt.minorUnits() == exemptSum, context.constData());
    }
}

QTEST_APPLESS_MAIN(TestTaxCalculator)
#include "tst_taxcalculator.moc"
