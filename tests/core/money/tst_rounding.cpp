// Tests for RoundingMode, divideRounded, apportion and cashRound.
#include "core/money/money.h"
#include "core/money/rounding.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace retailos;

Q_DECLARE_METATYPE(retailos::RoundingMode)

namespace {

Currency currency(const char *code)
{
    return Currency::fromCode(QString::fromLatin1(code)).value();
}

QString modeName(RoundingMode mode)
{
    switch (mode) {
    case RoundingMode::HalfUp: return QStringLiteral("HalfUp");
    case RoundingMode::HalfEven: return QStringLiteral("HalfEven");
    case RoundingMode::Down: return QStringLiteral("Down");
    case RoundingMode::Up: return QStringLiteral("Up");
    case RoundingMode::HalfDown: return QStringLiteral("HalfDown");
    }
    return {};
}

} // namespace

class TestRounding : public QObject
{
    Q_OBJECT

private slots:
    void divideRounded_data();
    void divideRounded();
    void divideRoundedWide();
    void floorDivide_data();
    void floorDivide();
    void apportion_data();
    void apportion();
    void apportionRandom();
    void cashRound_data();
    void cashRound();
    void cashRoundErrors();
};

void TestRounding::divideRounded_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");

    // value in tenths → expected result for HalfUp, HalfEven, Down, Up, HalfDown.
    struct Row { qint64 tenths; qint64 halfUp, halfEven, down, up, halfDown; };
    const Row rows[] = {
        {0, 0, 0, 0, 0, 0},
        {1, 0, 0, 0, 1, 0},     // 0.1
        {5, 1, 0, 0, 1, 0},     // 0.5 tie, even neighbour is 0
        {9, 1, 1, 0, 1, 1},     // 0.9
        {15, 2, 2, 1, 2, 1},    // 1.5 tie, even neighbour is 2
        {20, 2, 2, 2, 2, 2},    // exact
        {21, 2, 2, 2, 3, 2},
        {24, 2, 2, 2, 3, 2},
        {25, 3, 2, 2, 3, 2},    // 2.5 tie
        {26, 3, 3, 2, 3, 3},
        {35, 4, 4, 3, 4, 3},    // 3.5 tie, even neighbour is 4
        {-1, 0, 0, 0, -1, 0},
        {-5, -1, 0, 0, -1, 0},
        {-9, -1, -1, 0, -1, -1},
        {-15, -2, -2, -1, -2, -1},
        {-21, -2, -2, -2, -3, -2},
        {-25, -3, -2, -2, -3, -2},
        {-26, -3, -3, -2, -3, -3},
        {-35, -4, -4, -3, -4, -3},
    };
    for (const Row &row : rows) {
        const std::pair<RoundingMode, qint64> expectations[] = {
            {RoundingMode::HalfUp, row.halfUp}, {RoundingMode::HalfEven, row.halfEven},
            {RoundingMode::Down, row.down},     {RoundingMode::Up, row.up},
            {RoundingMode::HalfDown, row.halfDown},
        };
        for (const auto &[mode, expected] : expectations) {
            const QByteArray name = QStringLiteral("%1/10 %2").arg(row.tenths).arg(modeName(mode)).toUtf8();
            QTest::newRow(name.constData()) << row.tenths << qint64(10) << mode << expected;
            // A negative denominator is the same fraction.
            const QByteArray flipped = QStringLiteral("%1/-10 %2").arg(-row.tenths).arg(modeName(mode)).toUtf8();
            QTest::newRow(flipped.constData()) << -row.tenths << qint64(-10) << mode << expected;
        }
    }

    // 12.99 €/kg × 1.234 kg = 1602966 / 1000 = 1602.966 cents.
    QTest::newRow("weighed HalfUp") << qint64(1299 * 1234) << qint64(1000) << RoundingMode::HalfUp << qint64(1603);
    QTest::newRow("weighed Down") << qint64(1299 * 1234) << qint64(1000) << RoundingMode::Down << qint64(1602);
    // Ties with odd denominators cannot happen; thirds round to nearest.
    QTest::newRow("1/3 HalfUp") << qint64(1) << qint64(3) << RoundingMode::HalfUp << qint64(0);
    QTest::newRow("2/3 HalfDown") << qint64(2) << qint64(3) << RoundingMode::HalfDown << qint64(1);
    QTest::newRow("-2/3 Up") << qint64(-2) << qint64(3) << RoundingMode::Up << qint64(-1);
    QTest::newRow("VAT 249*19/119 HalfUp") << qint64(249 * 19) << qint64(119) << RoundingMode::HalfUp << qint64(40);
    QTest::newRow("int64 max / 1") << std::numeric_limits<qint64>::max() << qint64(1) << RoundingMode::HalfEven
                                   << std::numeric_limits<qint64>::max();
    QTest::newRow("int64 min / 1") << std::numeric_limits<qint64>::min() << qint64(1) << RoundingMode::HalfUp
                                   << std::numeric_limits<qint64>::min();
    QTest::newRow("int64 min / 2^32 Up") << std::numeric_limits<qint64>::min() << (qint64(1) << 32)
                                         << RoundingMode::Up << -(qint64(1) << 31);
}

void TestRounding::divideRounded()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);

    QCOMPARE(retailos::divideRounded(numerator, denominator, mode), expected);
}

void TestRounding::divideRoundedWide()
{
    // Intermediates beyond 64 bits: (2^63 - 1) * 10^6 + 500000 over 10^6.
    const Int128 max = std::numeric_limits<qint64>::max();
    const Int128 numerator = max * 1'000'000 + 500'000;
    QVERIFY(retailos::divideRoundedWide(numerator, 1'000'000, RoundingMode::HalfUp) == max + 1);
    QVERIFY(retailos::divideRoundedWide(numerator, 1'000'000, RoundingMode::HalfEven) == max + 1); // max is odd
    QVERIFY(retailos::divideRoundedWide(numerator, 1'000'000, RoundingMode::HalfDown) == max);
    QVERIFY(retailos::divideRoundedWide(-numerator, 1'000'000, RoundingMode::HalfUp) == -(max + 1));
    QVERIFY(!fitsInt64(max + 1));
    QVERIFY(fitsInt64(-(max + 1)));
    QVERIFY(!fitsInt64(-(max + 2)));
}

void TestRounding::floorDivide_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("7/2") << qint64(7) << qint64(2) << qint64(3);
    QTest::newRow("-7/2") << qint64(-7) << qint64(2) << qint64(-4);
    QTest::newRow("-8/2") << qint64(-8) << qint64(2) << qint64(-4);
    QTest::newRow("0/5") << qint64(0) << qint64(5) << qint64(0);
    QTest::newRow("-1/1000000") << qint64(-1) << qint64(1'000'000) << qint64(-1);
}

void TestRounding::floorDivide()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);

    QVERIFY(retailos::floorDivide(numerator, denominator) == expected);
}

void TestRounding::apportion_data()
{
    QTest::addColumn<QList<qint64>>("numerators");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("target");
    QTest::addColumn<QList<qint64>>("expected");

    // Quotas 1/3 each, target 1: floors 0,0,0, one unit left, first wins the tie.
    QTest::newRow("thirds") << QList<qint64>{1, 1, 1} << qint64(3) << qint64(1) << QList<qint64>{1, 0, 0};
    // Quotas 0.2, 0.5, 0.3 target 1: the 0.5 gets the unit.
    QTest::newRow("largest") << QList<qint64>{2, 5, 3} << qint64(10) << qint64(1) << QList<qint64>{0, 1, 0};
    // Quotas 88.75 and -88.75 (a sale and its return), target 0: floors 88 and
    // -89, one unit left, to the .75 of the sale: 89 and -89.
    QTest::newRow("sale and return") << QList<qint64>{8875, -8875} << qint64(100) << qint64(0)
                                     << QList<qint64>{89, -89};
    // Quotas 1.5, 1.5, target 4 (rounded up): both get the extra unit.
    QTest::newRow("all up") << QList<qint64>{15, 15} << qint64(10) << qint64(4) << QList<qint64>{2, 2};
    // Exact quotas, nothing left.
    QTest::newRow("exact") << QList<qint64>{20, -30} << qint64(10) << qint64(-1) << QList<qint64>{2, -3};
    QTest::newRow("empty") << QList<qint64>{} << qint64(7) << qint64(0) << QList<qint64>{};
}

void TestRounding::apportion()
{
    QFETCH(QList<qint64>, numerators);
    QFETCH(qint64, denominator);
    QFETCH(qint64, target);
    QFETCH(QList<qint64>, expected);

    QList<Int128> wide;
    for (const qint64 n : numerators)
        wide.append(n);
    const QList<Int128> shares = retailos::apportion(wide, denominator, target);
    QList<qint64> narrow;
    for (const Int128 share : shares)
        narrow.append(static_cast<qint64>(share));
    QCOMPARE(narrow, expected);
}

void TestRounding::apportionRandom()
{
    QRandomGenerator random(20240611);
    const RoundingMode modes[] = {RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::Down,
                                  RoundingMode::Up, RoundingMode::HalfDown};
    for (int round = 0; round < 5000; ++round) {
        const qsizetype count = random.bounded(1, 10);
        const qint64 denominator = random.bounded(1, 2'000'000);
        QList<Int128> numerators;
        Int128 sum = 0;
        for (qsizetype i = 0; i < count; ++i) {
            numerators.append(Int128(random.bounded(-1'000'000'000, 1'000'000'000)) * random.bounded(1, 300'000));
            sum += numerators.last();
        }
        const RoundingMode mode = modes[random.bounded(5)];
        const Int128 target = retailos::divideRoundedWide(sum, denominator, mode);
        const QList<Int128> shares = retailos::apportion(numerators, denominator, target);
        Int128 total = 0;
        for (qsizetype i = 0; i < count; ++i) {
            total += shares[i];
            const Int128 error = shares[i] * denominator - numerators[i];
            QVERIFY2(error > -denominator && error < denominator, qPrintable(QString::number(round)));
        }
        QVERIFY2(total == target, qPrintable(QString::number(round)));
    }
}

void TestRounding::cashRound_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("increment");
    QTest::addColumn<RoundingMode>("mode");
    QTest::addColumn<qint64>("expected");

    // Swiss 0.05: x.x1, x.x2 go down, x.x3, x.x4 go up (1.025 cannot occur).
    QTest::newRow("CHF 1.00") << QStringLiteral("CHF") << qint64(100) << qint64(5) << RoundingMode::HalfUp << qint64(100);
    QTest::newRow("CHF 1.01") << QStringLiteral("CHF") << qint64(101) << qint64(5) << RoundingMode::HalfUp << qint64(100);
    QTest::newRow("CHF 1.02") << QStringLiteral("CHF") << qint64(102) << qint64(5) << RoundingMode::HalfUp << qint64(100);
    QTest::newRow("CHF 1.03") << QStringLiteral("CHF") << qint64(103) << qint64(5) << RoundingMode::HalfUp << qint64(105);
    QTest::newRow("CHF 1.04") << QStringLiteral("CHF") << qint64(104) << qint64(5) << RoundingMode::HalfUp << qint64(105);
    QTest::newRow("CHF 1.05") << QStringLiteral("CHF") << qint64(105) << qint64(5) << RoundingMode::HalfUp << qint64(105);
    QTest::newRow("CHF 1.07") << QStringLiteral("CHF") << qint64(107) << qint64(5) << RoundingMode::HalfUp << qint64(105);
    QTest::newRow("CHF 1.08") << QStringLiteral("CHF") << qint64(108) << qint64(5) << RoundingMode::HalfUp << qint64(110);
    QTest::newRow("CHF 1.08 HalfEven") << QStringLiteral("CHF") << qint64(108) << qint64(5) << RoundingMode::HalfEven << qint64(110);
    QTest::newRow("CHF -1.02") << QStringLiteral("CHF") << qint64(-102) << qint64(5) << RoundingMode::HalfUp << qint64(-100);
    QTest::newRow("CHF -1.03") << QStringLiteral("CHF") << qint64(-103) << qint64(5) << RoundingMode::HalfUp << qint64(-105);
    QTest::newRow("CHF 0.02") << QStringLiteral("CHF") << qint64(2) << qint64(5) << RoundingMode::HalfUp << qint64(0);
    QTest::newRow("CHF 1.01 Up") << QStringLiteral("CHF") << qint64(101) << qint64(5) << RoundingMode::Up << qint64(105);
    QTest::newRow("CHF 1.04 Down") << QStringLiteral("CHF") << qint64(104) << qint64(5) << RoundingMode::Down << qint64(100);
    // Canadian 0.05 after the penny: 1.01/1.02 down, 1.03/1.04 up.
    QTest::newRow("CAD 1.01") << QStringLiteral("CAD") << qint64(101) << qint64(5) << RoundingMode::HalfUp << qint64(100);
    QTest::newRow("CAD 1.03") << QStringLiteral("CAD") << qint64(103) << qint64(5) << RoundingMode::HalfUp << qint64(105);
    QTest::newRow("CAD 1.06") << QStringLiteral("CAD") << qint64(106) << qint64(5) << RoundingMode::HalfUp << qint64(105);
    QTest::newRow("CAD 1.08") << QStringLiteral("CAD") << qint64(108) << qint64(5) << RoundingMode::HalfUp << qint64(110);
    // Nordic/Dutch 0.10 style: x.x5 is the tie.
    QTest::newRow("SEK 1.04") << QStringLiteral("SEK") << qint64(104) << qint64(10) << RoundingMode::HalfUp << qint64(100);
    QTest::newRow("SEK 1.05 HalfUp") << QStringLiteral("SEK") << qint64(105) << qint64(10) << RoundingMode::HalfUp << qint64(110);
    QTest::newRow("SEK 1.05 HalfEven") << QStringLiteral("SEK") << qint64(105) << qint64(10) << RoundingMode::HalfEven << qint64(100);
    QTest::newRow("SEK 1.15 HalfEven") << QStringLiteral("SEK") << qint64(115) << qint64(10) << RoundingMode::HalfEven << qint64(120);
    QTest::newRow("SEK 1.05 HalfDown") << QStringLiteral("SEK") << qint64(105) << qint64(10) << RoundingMode::HalfDown << qint64(100);
    QTest::newRow("SEK -1.05 HalfUp") << QStringLiteral("SEK") << qint64(-105) << qint64(10) << RoundingMode::HalfUp << qint64(-110);
    QTest::newRow("SEK 1.06") << QStringLiteral("SEK") << qint64(106) << qint64(10) << RoundingMode::HalfUp << qint64(110);
    QTest::newRow("NOK 1.49 whole krone") << QStringLiteral("NOK") << qint64(149) << qint64(100) << RoundingMode::HalfUp << qint64(100);
    QTest::newRow("NOK 1.50 whole krone") << QStringLiteral("NOK") << qint64(150) << qint64(100) << RoundingMode::HalfUp << qint64(200);
    QTest::newRow("increment 1 is identity") << QStringLiteral("EUR") << qint64(-123) << qint64(1) << RoundingMode::Up << qint64(-123);
}

void TestRounding::cashRound()
{
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    QFETCH(qint64, increment);
    QFETCH(RoundingMode, mode);
    QFETCH(qint64, expected);

    const Currency cur = Currency::fromCode(code).value();
    const Result<Money> rounded = retailos::cashRound(Money(minor, cur), increment, mode);
    QVERIFY(rounded.has_value());
    QCOMPARE(rounded->minorUnits(), expected);
    QCOMPARE(rounded->currency(), cur);
}

void TestRounding::cashRoundErrors()
{
    const Currency chf = currency("CHF");
    QCOMPARE(retailos::cashRound(Money(100, chf), 0, RoundingMode::HalfUp).error().code,
             QStringLiteral("money.invalid_increment"));
    QCOMPARE(retailos::cashRound(Money(100, chf), -5, RoundingMode::HalfUp).error().code,
             QStringLiteral("money.invalid_increment"));
    // 92233720368547758.07 rounds up to …10, beyond qint64.
    QCOMPARE(retailos::cashRound(Money(std::numeric_limits<qint64>::max(), chf), 10, RoundingMode::HalfUp).error().code,
             QStringLiteral("money.overflow"));
    QCOMPARE(retailos::cashRound(Money(std::numeric_limits<qint64>::max(), chf), 10, RoundingMode::Down)->minorUnits(),
             std::numeric_limits<qint64>::max() / 10 * 10);
}

QTEST_APPLESS_MAIN(TestRounding)
#include "tst_rounding.moc"
