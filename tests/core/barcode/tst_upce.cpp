// UPC-E expansion for every last-digit case and input form, and compression back.
#include "core/barcode/upce.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;

class TestUpcE : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void expandRejects_data();
    void expandRejects();
    void compress_data();
    void compress();
};

void TestUpcE::expand_data()
{
    QTest::addColumn<QString>("upce");
    QTest::addColumn<QString>("upcA");

    // The same code in its 8-, 7- and 6-digit forms.
    QTest::newRow("8 digits 04252614") << u"04252614"_s << u"042100005264"_s;
    QTest::newRow("7 digits 0425261") << u"0425261"_s << u"042100005264"_s;
    QTest::newRow("6 digits 425261") << u"425261"_s << u"042100005264"_s;
    // Coca-Cola 12 oz can.
    QTest::newRow("Coca-Cola 04963406") << u"04963406"_s << u"049000006346"_s;
    // Last digit 0-2: manufacturer d1 d2 d6 00, item 00 d3 d4 d5.
    QTest::newRow("last 0") << u"01234505"_s << u"012000003455"_s;
    QTest::newRow("last 1") << u"01234514"_s << u"012100003454"_s;
    QTest::newRow("last 2") << u"01234523"_s << u"012200003453"_s;
    // Last digit 3: manufacturer d1 d2 d3 00, item 000 d4 d5.
    QTest::newRow("last 3") << u"01234531"_s << u"012300000451"_s;
    // Last digit 4: manufacturer d1-d4 0, item 0000 d5.
    QTest::newRow("last 4") << u"01234543"_s << u"012340000053"_s;
    // Last digit 5-9: manufacturer d1-d5, item 0000 d6.
    QTest::newRow("last 5") << u"01234558"_s << u"012345000058"_s;
    QTest::newRow("last 6 01234565") << u"01234565"_s << u"012345000065"_s;
    QTest::newRow("last 7") << u"01234572"_s << u"012345000072"_s;
    QTest::newRow("last 8") << u"01234589"_s << u"012345000089"_s;
    QTest::newRow("last 9") << u"01234596"_s << u"012345000096"_s;
    // Number system 1.
    QTest::newRow("NS 1, last 7") << u"12345670"_s << u"123456000070"_s;
    QTest::newRow("NS 1, last 4") << u"19876544"_s << u"198760000054"_s;
    QTest::newRow("NS 1, last 0, 7 digits") << u"1000010"_s << u"100000000014"_s;
}

void TestUpcE::expand()
{
    QFETCH(QString, upce);
    QFETCH(QString, upcA);

    const Result<QString> result = expandUpcE(upce);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(*result, upcA);
}

void TestUpcE::expandRejects_data()
{
    QTest::addColumn<QString>("upce");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("wrong check digit") << u"04252615"_s << u"barcode.check_digit"_s
                                       << u"Check digit should be 4, not 5"_s;
    QTest::newRow("Coca-Cola misread") << u"04963400"_s << u"barcode.check_digit"_s << u"should be 6, not 0"_s;
    QTest::newRow("number system 2") << u"24252614"_s << u"barcode.upce_number_system"_s << u"not 2"_s;
    QTest::newRow("7 digits, number system 9") << u"9425261"_s << u"barcode.upce_number_system"_s << u"not 9"_s;
    QTest::newRow("5 digits") << u"42526"_s << u"barcode.length"_s << u"this code has 5"_s;
    QTest::newRow("9 digits") << u"042526140"_s << u"barcode.length"_s << u"this code has 9"_s;
    QTest::newRow("letter") << u"0425A614"_s << u"barcode.not_digits"_s << u"“A”"_s;
}

void TestUpcE::expandRejects()
{
    QFETCH(QString, upce);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);

    const Result<QString> result = expandUpcE(upce);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, errorCode);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void TestUpcE::compress_data()
{
    QTest::addColumn<QString>("upcA");
    QTest::addColumn<QString>("upce"); // empty: not zero-suppressible

    QTest::newRow("042100005264") << u"042100005264"_s << u"04252614"_s;
    QTest::newRow("012345000065") << u"012345000065"_s << u"01234565"_s;
    QTest::newRow("Coca-Cola") << u"049000006346"_s << u"04963406"_s;
    QTest::newRow("last 0") << u"012000003455"_s << u"01234505"_s;
    QTest::newRow("last 3") << u"012300000451"_s << u"01234531"_s;
    QTest::newRow("last 4") << u"012340000053"_s << u"01234543"_s;
    QTest::newRow("NS 1") << u"123456000070"_s << u"12345670"_s;
    QTest::newRow("not suppressible 036000291452") << u"036000291452"_s << QString();
    QTest::newRow("item 00001 needs last 5-9") << u"012345000010"_s << QString();
    QTest::newRow("number system 2") << u"212345000076"_s << QString();
    QTest::newRow("bad check digit") << u"042100005265"_s << QString();
}

void TestUpcE::compress()
{
    QFETCH(QString, upcA);
    QFETCH(QString, upce);

    const std::optional<QString> result = compressToUpcE(upcA);
    if (upce.isEmpty()) {
        QVERIFY2(!result.has_value(), qPrintable(result.value_or(QString())));
        return;
    }
    QVERIFY(result.has_value());
    QCOMPARE(*result, upce);
    // And back again.
    QCOMPARE(expandUpcE(*result).value(), upcA);
}

QTEST_APPLESS_MAIN(TestUpcE)
#include "tst_upce.moc"
