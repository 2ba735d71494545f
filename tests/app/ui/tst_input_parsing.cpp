// What a cashier types, turned into amounts: either decimal separator,
// thousands only where they cannot be decimals, "3*" quantity prefixes.
#include "app/ui/input_parsing.h"

#include <QTest>

using namespace retailos;
using namespace retailos::ui;

class tst_InputParsing : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void weight_data();
    void weight();
    void discount_data();
    void discount();
    void quantityPrefix_data();
    void quantityPrefix();
};

void tst_InputParsing::money_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("minor");   // -1: refused
    QTest::newRow("de comma") << u"de_DE"_qs << u"EUR"_qs << u"12,50"_qs << qint64(1250);
    QTest::newRow("de point") << u"de_DE"_qs << u"EUR"_qs << u"12.50"_qs << qint64(1250);
    QTest::newRow("de one decimal") << u"de_DE"_qs << u"EUR"_qs << u"12,5"_qs << qint64(1250);
    QTest::newRow("de whole") << u"de_DE"_qs << u"EUR"_qs << u"20"_qs << qint64(2000);
    QTest::newRow("de thousand") << u"de_DE"_qs << u"EUR"_qs << u"1.000"_qs << qint64(100000);
    QTest::newRow("de grouped with decimals") << u"de_DE"_qs << u"EUR"_qs << u"1.234,50"_qs << qint64(123450);
    QTest::newRow("us thousand") << u"en_US"_qs << u"USD"_qs << u"1,000"_qs << qint64(100000);
    QTest::newRow("us grouped with decimals") << u"en_US"_qs << u"USD"_qs << u"1,234.50"_qs << qint64(123450);
    QTest::newRow("two groups") << u"de_DE"_qs << u"EUR"_qs << u"1.000.000"_qs << qint64(100000000);
    QTest::newRow("spaces") << u"fr_FR"_qs << u"EUR"_qs << u" 1 234,50 "_qs << qint64(123450);
    QTest::newRow("yen grouped") << u"ja_JP"_qs << u"JPY"_qs << u"1,234"_qs << qint64(1234);
    QTest::newRow("yen as the lane shows it") << u"de_DE"_qs << u"JPY"_qs << u"1.234"_qs << qint64(1234);
    QTest::newRow("dinar three decimals") << u"ar_KW"_qs << u"KWD"_qs << u"1.250"_qs << qint64(1250);
    QTest::newRow("too many decimals") << u"de_DE"_qs << u"EUR"_qs << u"1,2345"_qs << qint64(-1);
    QTest::newRow("letters") << u"de_DE"_qs << u"EUR"_qs << u"12a"_qs << qint64(-1);
    QTest::newRow("empty") << u"de_DE"_qs << u"EUR"_qs << u""_qs << qint64(-1);
}

void tst_InputParsing::money()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, typed);
    QFETCH(qint64, minor);
    auto parsed = parseMoneyInput(typed, *Currency::fromCode(currency), QLocale(locale));
    if (minor < 0) {
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
        return;
    }
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->minorUnits(), minor);
}

void tst_InputParsing::weight_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("grams");   // -1: refused
    QTest::newRow("comma") << u"0,750"_qs << qint64(750);
    QTest::newRow("point") << u"0.750"_qs << qint64(750);
    QTest::newRow("short") << u"1,5"_qs << qint64(1500);
    QTest::newRow("whole kg") << u"2"_qs << qint64(2000);
    QTest::newRow("zero") << u"0"_qs << qint64(-1);
    QTest::newRow("four decimals") << u"0,7505"_qs << qint64(-1);
}

void tst_InputParsing::weight()
{
    QFETCH(QString, typed);
    QFETCH(qint64, grams);
    auto parsed = parseWeightInput(typed, QLocale(u"de_DE"_qs));
    if (grams < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->thousandths(), grams);
}

void tst_InputParsing::discount_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<qint64>("value");   // ppm or minor units; -1: refused
    QTest::newRow("10 %") << u"10 %"_qs << true << qint64(100000);
    QTest::newRow("12,5%") << u"12,5%"_qs << true << qint64(125000);
    QTest::newRow("amount") << u"1,50"_qs << false << qint64(150);
    QTest::newRow("over 100 %") << u"150%"_qs << true << qint64(-1);
    QTest::newRow("zero") << u"0"_qs << false << qint64(-1);
}

void tst_InputParsing::discount()
{
    QFETCH(QString, typed);
    QFETCH(bool, percent);
    QFETCH(qint64, value);
    auto parsed = parseDiscountInput(typed, *Currency::fromCode(u"EUR"), QLocale(u"de_DE"_qs));
    if (value < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->kind == Discount::Kind::Percent, percent);
    QCOMPARE(parsed->value, value);
}

void tst_InputParsing::quantityPrefix_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("rest");
    QTest::newRow("3*") << u"3*"_qs << 3 << QString();
    QTest::newRow("3x code") << u"3x4006381333931"_qs << 3 << u"4006381333931"_qs;
    QTest::newRow("12 × name") << u"12 × milk"_qs << 12 << u"milk"_qs;
    QTest::newRow("plain code") << u"4006381333931"_qs << 0 << u"4006381333931"_qs;
    QTest::newRow("name with x") << u"xmas cake"_qs << 0 << u"xmas cake"_qs;
}

void tst_InputParsing::quantityPrefix()
{
    QFETCH(QString, typed);
    QFETCH(int, quantity);
    QFETCH(QString, rest);
    const QuantityPrefix prefix = splitQuantityPrefix(typed);
    QCOMPARE(prefix.quantity, quantity);
    QCOMPARE(prefix.rest, rest);
}

QTEST_GUILESS_MAIN(tst_InputParsing)
#include "tst_input_parsing.moc"
