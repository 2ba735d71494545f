// Tests for Quantity: exact parsing and formatting of 3-decimal quantities.
#include "core/money/quantity.h"

#include <QTest>

using namespace retailos;

class TestQuantity : public QObject
{
    Q_OBJECT

private slots:
    void fromString_data();
    void fromString();
    void fromInt();
    void toString_data();
    void toString();
};

void TestQuantity::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("thousandths");
    QTest::addColumn<QString>("error");

    const QString ok;
    const QString invalid = QStringLiteral("quantity.invalid");
    const QString decimals = QStringLiteral("quantity.too_many_decimals");
    const QString overflow = QStringLiteral("quantity.overflow");

    QTest::newRow("1.250") << QStringLiteral("1.250") << qint64(1250) << ok;
    QTest::newRow("1.25") << QStringLiteral("1.25") << qint64(1250) << ok;
    QTest::newRow("3") << QStringLiteral("3") << qint64(3000) << ok;
    QTest::newRow("0.001") << QStringLiteral("0.001") << qint64(1) << ok;
    QTest::newRow("-0.5") << QStringLiteral("-0.5") << qint64(-500) << ok;
    QTest::newRow("+2") << QStringLiteral("+2") << qint64(2000) << ok;
    QTest::newRow("trailing zero") << QStringLiteral("1.2340") << qint64(1234) << ok;
    QTest::newRow("spaces") << QStringLiteral(" 0.750 ") << qint64(750) << ok;
    QTest::newRow("max") << QStringLiteral("9223372036854775.807") << qint64(9223372036854775807) << ok;
    QTest::newRow("1.2345") << QStringLiteral("1.2345") << qint64(0) << decimals;
    QTest::newRow("0.0001") << QStringLiteral("0.0001") << qint64(0) << decimals;
    QTest::newRow("max + 0.001") << QStringLiteral("9223372036854775.808") << qint64(0) << overflow;
    QTest::newRow("too many units") << QStringLiteral("9223372036854776") << qint64(0) << overflow;
    QTest::newRow("empty") << QString() << qint64(0) << invalid;
    QTest::newRow("letters") << QStringLiteral("two") << qint64(0) << invalid;
    QTest::newRow("unit") << QStringLiteral("1.5kg") << qint64(0) << invalid;
    QTest::newRow("comma") << QStringLiteral("1,5") << qint64(0) << invalid;
    QTest::newRow("trailing dot") << QStringLiteral("1.") << qint64(0) << invalid;
    QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(0) << invalid;
    QTest::newRow("two dots") << QStringLiteral("1.2.3") << qint64(0) << invalid;
}

void TestQuantity::fromString()
{
    QFETCH(QString, text);
    QFETCH(qint64, thousandths);
    QFETCH(QString, error);

    const Result<Quantity> quantity = Quantity::fromString(text);
    if (error.isEmpty()) {
        QVERIFY(quantity.has_value());
        QCOMPARE(quantity->thousandths(), thousandths);
    } else {
        QVERIFY(!quantity.has_value());
        QCOMPARE(quantity.error().code, error);
        QVERIFY(quantity.error().message.contains(text));
    }
}

void TestQuantity::fromInt()
{
    QCOMPARE(Quantity::fromInt(3).thousandths(), qint64(3000));
    QCOMPARE(Quantity::fromInt(-2).thousandths(), qint64(-2000));
    QCOMPARE(Quantity::fromInt(Quantity::maxUnits()).thousandths(), qint64(9223372036854775000));
    QCOMPARE(Quantity::fromInt(3), Quantity::fromString(u"3.000").value());
    QVERIFY(Quantity::fromInt(3).isWhole());
    QVERIFY(!Quantity::fromThousandths(3001).isWhole());
    QVERIFY(Quantity::fromThousandths(999) < Quantity::fromInt(1));
    QCOMPARE(Quantity().thousandths(), qint64(0));
}

void TestQuantity::toString_data()
{
    QTest::addColumn<qint64>("thousandths");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1.250") << qint64(1250) << QStringLiteral("1.250");
    QTest::newRow("3.000") << qint64(3000) << QStringLiteral("3.000");
    QTest::newRow("0.000") << qint64(0) << QStringLiteral("0.000");
    QTest::newRow("-0.005") << qint64(-5) << QStringLiteral("-0.005");
    QTest::newRow("12.345") << qint64(12345) << QStringLiteral("12.345");
}

void TestQuantity::toString()
{
    QFETCH(qint64, thousandths);
    QFETCH(QString, expected);

    const Quantity quantity = Quantity::fromThousandths(thousandths);
    QCOMPARE(quantity.toString(), expected);
    QCOMPARE(Quantity::fromString(expected).value(), quantity);
}

QTEST_APPLESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
