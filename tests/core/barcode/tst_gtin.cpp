// GTIN check digits, validation and GTIN-14 normalisation on real codes.
#include "core/barcode/gtin.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;

class TestGtin : public QObject
{
    Q_OBJECT

private slots:
    void checkDigit_data();
    void checkDigit();
    void validate_data();
    void validate();
    void normalize_data();
    void normalize();
    void appendCheckDigit();
};

void TestGtin::checkDigit_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("expected");

    QTest::newRow("EAN-13 4006381333931") << u"400638133393"_s << 1;
    QTest::newRow("UPC-A 036000291452") << u"03600029145"_s << 2;
    QTest::newRow("EAN-8 73513537") << u"7351353"_s << 7;
    QTest::newRow("GTIN-14 10012345678902") << u"1001234567890"_s << 2;
    QTest::newRow("GS1 example 9501101530003") << u"950110153000"_s << 3;
    QTest::newRow("SSCC 106141411234567897") << u"10614141123456789"_s << 7;
    QTest::newRow("all zeros") << u"000000000000"_s << 0;
}

void TestGtin::checkDigit()
{
    QFETCH(QString, body);
    QFETCH(int, expected);
    QCOMPARE(gs1CheckDigit(body), expected);
}

void TestGtin::validate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errorCode"); // empty: valid
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("EAN-13") << u"4006381333931"_s << QString() << QString();
    QTest::newRow("UPC-A") << u"036000291452"_s << QString() << QString();
    QTest::newRow("EAN-8") << u"73513537"_s << QString() << QString();
    QTest::newRow("GTIN-14") << u"10012345678902"_s << QString() << QString();
    QTest::newRow("EAN-13 last digit off by one")
        << u"4006381333932"_s << u"barcode.check_digit"_s << u"Check digit should be 1, not 2"_s;
    QTest::newRow("UPC-A wrong check digit")
        << u"036000291457"_s << u"barcode.check_digit"_s << u"should be 2, not 7"_s;
    QTest::newRow("EAN-8 wrong check digit") << u"73513530"_s << u"barcode.check_digit"_s << u"should be 7, not 0"_s;
    QTest::newRow("GTIN-14 wrong check digit")
        << u"10012345678901"_s << u"barcode.check_digit"_s << u"should be 2, not 1"_s;
    QTest::newRow("transposed digits") << u"4006381339331"_s << u"barcode.check_digit"_s << u"should be 9, not 1"_s;
    QTest::newRow("11 digits") << u"03600029145"_s << u"barcode.length"_s
                               << u"A GTIN has 8, 12, 13 or 14 digits; this code has 11"_s;
    QTest::newRow("15 digits") << u"400638133393100"_s << u"barcode.length"_s << u"has 15"_s;
    QTest::newRow("empty") << QString() << u"barcode.length"_s << u"has 0"_s;
    QTest::newRow("letter") << u"40063813339X1"_s << u"barcode.not_digits"_s << u"“X”"_s;
    QTest::newRow("space inside") << u"4006381 333931"_s << u"barcode.not_digits"_s << u"“ ”"_s;
}

void TestGtin::validate()
{
    QFETCH(QString, code);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);

    const Result<void> result = validateGtin(code);
    if (errorCode.isEmpty()) {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        return;
    }
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, errorCode);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestGtin::normalize_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("gtin14");

    QTest::newRow("UPC-A") << u"036000291452"_s << u"00036000291452"_s;
    QTest::newRow("same item as EAN-13") << u"0036000291452"_s << u"00036000291452"_s;
    QTest::newRow("same item as GTIN-14") << u"00036000291452"_s << u"00036000291452"_s;
    QTest::newRow("EAN-13") << u"4006381333931"_s << u"04006381333931"_s;
    QTest::newRow("EAN-8") << u"73513537"_s << u"00000073513537"_s;
    QTest::newRow("GTIN-14") << u"10012345678902"_s << u"10012345678902"_s;
}

void TestGtin::normalize()
{
    QFETCH(QString, code);
    QFETCH(QString, gtin14);

    const Result<QString> result = normalizeGtin(code);
    QVERIFY(result.has_value());
    QCOMPARE(*result, gtin14);
    QCOMPARE(result->size(), 14);
}

void TestGtin::appendCheckDigit()
{
    QCOMPARE(retailos::appendCheckDigit(u"400638133393"), u"4006381333931"_s);
    QCOMPARE(retailos::appendCheckDigit(u"7351353"), u"73513537"_s);
    // Invalid input to normalisation fails rather than padding garbage.
    QCOMPARE(normalizeGtin(u"4006381333932").error().code, u"barcode.check_digit"_s);
}

QTEST_APPLESS_MAIN(TestGtin)
#include "tst_gtin.moc"
