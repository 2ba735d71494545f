// IEEE 1284 device ids as real printers send them: the keys an installer
// needs (maker, model, command set) come out of short and long key forms,
// with or without the two-byte length, with the quirks printers have.
#include "drivers/usb/ieee1284_device_id.h"

#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

namespace {
QByteArray withLength(const QByteArray &text)
{
    const int length = int(text.size()) + 2;
    return QByteArray(1, char(length >> 8)) + QByteArray(1, char(length & 0xff)) + text;
}
} // namespace

class tst_Ieee1284DeviceId : public QObject
{
    Q_OBJECT

private slots:
    void goldenIds_data();
    void goldenIds();
    void replyLengthQuirks_data();
    void replyLengthQuirks();
    void unreadableIdsAreErrors_data();
    void unreadableIdsAreErrors();
};

void tst_Ieee1284DeviceId::goldenIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("manufacturer");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("commandSets");
    QTest::addColumn<QString>("deviceClass");

    QTest::newRow("Epson TM-T20II") << u"MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;CLS:PRINTER;"_qs << u"EPSON"_qs
                                    << u"TM-T20II"_qs << QStringList{u"ESC/POS"_qs} << u"PRINTER"_qs;
    QTest::newRow("Epson TM-T88V with DES and CID")
        << u"MFG:EPSON;CMD:ESC/POS;MDL:TM-T88V-JPN;CLS:PRINTER;DES:EPSON TM-T88V;CID:EpsonTM00000101;"_qs
        << u"EPSON"_qs << u"TM-T88V-JPN"_qs << QStringList{u"ESC/POS"_qs} << u"PRINTER"_qs;
    QTest::newRow("Epson TM-m30II, no final semicolon")
        << u"MFG:EPSON;CMD:ESC/POS;MDL:TM-m30II;CLS:PRINTER;DES:EPSON TM-m30II"_qs << u"EPSON"_qs << u"TM-m30II"_qs
        << QStringList{u"ESC/POS"_qs} << u"PRINTER"_qs;
    QTest::newRow("Star TSP143") << u"MFG:Star;CMD:STAR;MDL:TSP143 (STR_T-001);CLS:PRINTER;"_qs << u"Star"_qs
                                 << u"TSP143 (STR_T-001)"_qs << QStringList{u"STAR"_qs} << u"PRINTER"_qs;
    QTest::newRow("long keys, several command sets")
        << u"MANUFACTURER:Hewlett-Packard;COMMAND SET:PJL,MLC,PCL,POSTSCRIPT;MODEL:HP Color LaserJet 550;CLASS:PRINTER;COMMENT:HP LaserJet;"_qs
        << u"Hewlett-Packard"_qs << u"HP Color LaserJet 550"_qs
        << QStringList{u"PJL"_qs, u"MLC"_qs, u"PCL"_qs, u"POSTSCRIPT"_qs} << u"PRINTER"_qs;
    QTest::newRow("spaces and lower-case keys") << u" mfg : Bixolon ; cmd: BXL/POS , ESC/POS ;mdl:SRP-350III;"_qs
                                                << u"Bixolon"_qs << u"SRP-350III"_qs
                                                << QStringList{u"BXL/POS"_qs, u"ESC/POS"_qs} << QString();
}

void tst_Ieee1284DeviceId::goldenIds()
{
    QFETCH(QString, text);
    QFETCH(QString, manufacturer);
    QFETCH(QString, model);
    QFETCH(QStringList, commandSets);
    QFETCH(QString, deviceClass);
    auto id = parseIeee1284DeviceId(text);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QCOMPARE(id->manufacturer, manufacturer);
    QCOMPARE(id->model, model);
    QCOMPARE(id->commandSets, commandSets);
    QCOMPARE(id->deviceClass, deviceClass);
    // The same text as the printer sends it over USB.
    auto reply = parseIeee1284DeviceIdReply(withLength(text.toLatin1()));
    QVERIFY(reply);
    QCOMPARE(reply->model, model);
}

void tst_Ieee1284DeviceId::replyLengthQuirks_data()
{
    const QByteArray text = "MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;CLS:PRINTER;";
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("model");
    QTest::newRow("big-endian length") << withLength(text) << u"TM-T20II"_qs;
    QTest::newRow("length then NUL padding") << withLength(text) + QByteArray(20, '\0') << u"TM-T20II"_qs;
    QByteArray littleEndian = withLength(text);
    std::swap(littleEndian[0], littleEndian[1]);
    QTest::newRow("little-endian length (read to the end)") << littleEndian << u"TM-T20II"_qs;
    const QByteArray withoutOwnBytes = QByteArray(1, '\0') + QByteArray(1, char(text.size())) + text;
    QTest::newRow("length without its own two bytes") << withoutOwnBytes << u"TM-T20II"_qs;
    // Only what the length covers: the rest is another answer's leftovers.
    QTest::newRow("bytes beyond the length ignored") << withLength("MFG:EPSON;MDL:TM-T88V;") + "MDL:junk;" << u"TM-T88V"_qs;
}

void tst_Ieee1284DeviceId::replyLengthQuirks()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, model);
    auto id = parseIeee1284DeviceIdReply(reply);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QCOMPARE(id->model, model);
    QCOMPARE(id->manufacturer, u"EPSON"_qs);
}

void tst_Ieee1284DeviceId::unreadableIdsAreErrors_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("one byte") << QByteArray(1, '\x10');
    QTest::newRow("length only") << QByteArray("\x00\x02", 2);
    QTest::newRow("no key:value") << withLength("EPSON TM-T20II");
    QTest::newRow("zeros") << QByteArray(64, '\0');
}

void tst_Ieee1284DeviceId::unreadableIdsAreErrors()
{
    QFETCH(QByteArray, reply);
    auto id = parseIeee1284DeviceIdReply(reply);
    QVERIFY(!id);
    QCOMPARE(id.error().code, u"usb.bad_device_id"_qs);
    QVERIFY(!id.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(tst_Ieee1284DeviceId)
#include "tst_ieee1284_device_id.moc"
