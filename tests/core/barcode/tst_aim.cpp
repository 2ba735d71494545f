// AIM symbology identifiers: stripping, symbology, GS1 flag, unknown ids.
#include "core/barcode/aim.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;

class TestAim : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void unknown_data();
    void unknown();
    void names();
};

void TestAim::split_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("hasId");
    QTest::addColumn<QString>("symbology"); // symbologyName()
    QTest::addColumn<bool>("gs1");
    QTest::addColumn<bool>("addOn");
    QTest::addColumn<QString>("data");

    QTest::newRow("no prefix") << u"4006381333931"_s << false << u"unknown"_s << false << false << u"4006381333931"_s;
    QTest::newRow("]E0 EAN-13") << u"]E04006381333931"_s << true << u"EAN-13"_s << false << false << u"4006381333931"_s;
    QTest::newRow("]E0 UPC-E data") << u"]E004252614"_s << true << u"EAN-13"_s << false << false << u"04252614"_s;
    QTest::newRow("]E1 2-digit add-on") << u"]E112"_s << true << u"EAN add-on"_s << false << false << u"12"_s;
    QTest::newRow("]E2 5-digit add-on") << u"]E251299"_s << true << u"EAN add-on"_s << false << false << u"51299"_s;
    QTest::newRow("]E3 with add-on") << u"]E3977123456700312"_s << true << u"EAN-13"_s << false << true
                                     << u"977123456700312"_s;
    QTest::newRow("]E4 EAN-8") << u"]E473513537"_s << true << u"EAN-8"_s << false << false << u"73513537"_s;
    QTest::newRow("]C0 Code 128") << u"]C0ABC-123"_s << true << u"Code 128"_s << false << false << u"ABC-123"_s;
    QTest::newRow("]C1 GS1-128") << u"]C10109501101530003"_s << true << u"GS1-128"_s << true << false
                                 << u"0109501101530003"_s;
    QTest::newRow("]C2 FNC1 second position is not GS1")
        << u"]C2A1234"_s << true << u"Code 128"_s << false << false << u"A1234"_s;
    QTest::newRow("]d1 Data Matrix") << u"]d1hello"_s << true << u"Data Matrix"_s << false << false << u"hello"_s;
    QTest::newRow("]d2 GS1 DataMatrix") << u"]d20109501101530003"_s << true << u"GS1 DataMatrix"_s << true << false
                                        << u"0109501101530003"_s;
    QTest::newRow("]Q1 QR") << u"]Q1https://example.org"_s << true << u"QR Code"_s << false << false
                            << u"https://example.org"_s;
    QTest::newRow("]Q3 GS1 QR") << u"]Q30109501101530003"_s << true << u"GS1 QR Code"_s << true << false
                                << u"0109501101530003"_s;
    QTest::newRow("]e0 GS1 DataBar") << u"]e00109501101530003"_s << true << u"GS1 DataBar"_s << true << false
                                     << u"0109501101530003"_s;
    QTest::newRow("]A0 Code 39") << u"]A0SC-1042"_s << true << u"Code 39"_s << false << false << u"SC-1042"_s;
    QTest::newRow("]I0 ITF") << u"]I010012345678902"_s << true << u"ITF"_s << false << false << u"10012345678902"_s;
    QTest::newRow("]I1 ITF check digit verified")
        << u"]I110012345678902"_s << true << u"ITF"_s << false << false << u"10012345678902"_s;
    QTest::newRow("identifier only") << u"]E0"_s << true << u"EAN-13"_s << false << false << QString();
}

void TestAim::split()
{
    QFETCH(QString, raw);
    QFETCH(bool, hasId);
    QFETCH(QString, symbology);
    QFETCH(bool, gs1);
    QFETCH(bool, addOn);
    QFETCH(QString, data);

    const Result<AimSplit> result = splitAimId(raw);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->data.toString(), data);
    QCOMPARE(result->id.has_value(), hasId);
    if (!hasId)
        return;
    QCOMPARE(QString::fromLatin1(symbologyName(result->id->symbology)), symbology);
    QCOMPARE(result->id->gs1, gs1);
    QCOMPARE(result->id->addOn, addOn);
    QCOMPARE(result->id->code, raw[1]);
    QCOMPARE(result->id->modifier, raw[2]);
}

void TestAim::unknown_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("named");

    QTest::newRow("unknown symbology ]Z9") << u"]Z9123"_s << u"]Z9"_s;
    QTest::newRow("unknown modifier ]C9") << u"]C9123"_s << u"]C9"_s;
    QTest::newRow("EAN modifier 5") << u"]E54006381333931"_s << u"]E5"_s;
    QTest::newRow("lower-case e only has 0") << u"]e1123"_s << u"]e1"_s;
    QTest::newRow("truncated identifier") << u"]E"_s << u"]E"_s;
    QTest::newRow("bracket alone") << u"]"_s << u"]"_s;
}

void TestAim::unknown()
{
    QFETCH(QString, raw);
    QFETCH(QString, named);

    const Result<AimSplit> result = splitAimId(raw);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code, u"barcode.aim_unknown"_s);
    QVERIFY2(result.error().message.contains(named), qPrintable(result.error().message));
}

void TestAim::names()
{
    QCOMPARE(QString::fromLatin1(symbologyName(Symbology::UpcA)), u"UPC-A"_s);
    QCOMPARE(QString::fromLatin1(symbologyName(Symbology::Gs1_128)), u"GS1-128"_s);
    QVERIFY(!lookupAimId(u'F', u'0').has_value()); // Codabar: not used at the till
    QCOMPARE(lookupAimId(u'd', u'5')->gs1, true); // GS1 DataMatrix with ECI
}

QTEST_APPLESS_MAIN(TestAim)
#include "tst_aim.moc"
