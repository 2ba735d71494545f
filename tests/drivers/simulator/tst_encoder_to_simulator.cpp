// The lane's ESC/POS encoder printing on the simulator: two sides written
// from the same command table must agree on every byte, and the printed
// barcode and QR code must scan as the receipt number.
#include "core/sale/receipt.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/simulator/escpos_parser.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/simulator/receipt_renderer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;
using retailos::drivers::EscPosEncoder;
using retailos::drivers::PrinterProfile;
namespace sim = retailos::drivers::sim;

namespace {

ReceiptItem item(const QString &text, const QString &amount, const QString &detail = {})
{
    ReceiptItem i;
    i.text = text;
    i.amount = amount;
    i.detail = detail;
    i.taxCode = u"A"_s;
    return i;
}

ReceiptDocument germanReceipt()
{
    ReceiptDocument doc;
    doc.header = {u"Bio Laden Müller"_s, u"Hauptstr. 1, Köln"_s};
    doc.meta = {{u"Receipt"_s, u"42"_s}, {u"Lane"_s, u"01"_s}, {u"Cashier"_s, u"Jörg"_s}};
    doc.items = {item(u"Brötchen"_s, u"1,20"_s, u"3 × 0,40"_s), item(u"Käse Gouda"_s, u"2,24"_s),
                 item(u"Süßigkeiten"_s, u"0,99"_s)};
    doc.totals = {{u"Subtotal"_s, u"4,43"_s}, {u"TOTAL EUR"_s, u"4,43"_s}};
    doc.taxes = {{u"A"_s, u"7 %"_s, u"4,14"_s, u"0,29"_s, u"4,43"_s}};
    doc.tenders = {{u"Cash"_s, u"5,00"_s}};
    doc.change = u"0,57"_s;
    doc.footer = {u"Danke schön! 1 € = 1 Punkt"_s};
    doc.barcodePayload = u"Rlane-01-42"_s;
    doc.journalReference = u"#42 a1b2c3d4"_s;
    doc.receiptNumber = 42;
    return doc;
}

// Without the padding: the preview centres a double-width header over 42
// characters, the printer over 21 double cells.
QStringList trimmed(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out.append(line.trimmed());
    return out;
}

} // namespace

class TestEncoderToSimulator : public QObject
{
    Q_OBJECT

private slots:
    void encodedReceiptParsesCleanly();
    void printedTextMatchesLanePreview();
    void printedCodesScan();
    void drawerKickAsEncoded();
    void statusBytesDecodeAsFaults_data();
    void statusBytesDecodeAsFaults();
};

void TestEncoderToSimulator::encodedReceiptParsesCleanly()
{
    EscPosEncoder encoder;
    const QByteArray job = encoder.encode(germanReceipt(), PrinterProfile::epson80mm());
    sim::EscPosParser parser;
    parser.feed(job);
    for (const sim::ParserEvent &event : parser.events()) {
        QVERIFY2(event.kind == sim::ParserEvent::Kind::ReceiptCut, qPrintable(event.describe()));
    }
    QCOMPARE(parser.bytesPending(), 0);
    QCOMPARE(parser.receipts().size(), 1);
    QCOMPARE(parser.receipts()[0].cut, sim::CutKind::Partial);
    QVERIFY(parser.openReceipt().isEmpty());
    QCOMPARE(parser.codePage(), sim::CodePage::Cp858);
}

void TestEncoderToSimulator::printedTextMatchesLanePreview()
{
    const ReceiptDocument doc = germanReceipt();
    EscPosEncoder encoder;
    sim::EscPosParser parser;
    parser.feed(encoder.encode(doc, PrinterProfile::epson80mm()));
    QCOMPARE(parser.receipts().size(), 1);

    // The preview's lines, in order, among the printed ones (which add the
    // codes and the feed before the cut), as text without the padding.
    const QStringList printed = trimmed(sim::renderText(parser.receipts()[0]).split(u'\n'));
    const QStringList preview = trimmed(renderReceiptText(doc, 42).split(u'\n', Qt::SkipEmptyParts));
    qsizetype at = 0;
    for (const QString &line : preview) {
        const qsizetype found = printed.indexOf(line, at);
        QVERIFY2(found >= 0, qPrintable(u"preview line not printed: \"%1\"\nprinted:\n%2"_s.arg(line, printed.join(u'\n'))));
        at = found + 1;
    }
    QVERIFY(printed.join(u'\n').contains(u"Danke schön! 1 € = 1 Punkt"_s));
}

void TestEncoderToSimulator::printedCodesScan()
{
    EscPosEncoder encoder;
    sim::EscPosParser parser;
    parser.feed(encoder.encode(germanReceipt(), PrinterProfile::epson80mm()));
    const sim::Receipt receipt = parser.receipts().value(0);
    QCOMPARE(receipt.barcodes().size(), 1);
    QCOMPARE(receipt.barcodes()[0].type, sim::BarcodeType::Code128);
    QCOMPARE(receipt.barcodes()[0].text(), u"Rlane-01-42"_s);
    QCOMPARE(receipt.qrCodes().size(), 1);
    QCOMPARE(receipt.qrCodes()[0].data, QByteArray("Rlane-01-42"));

    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        QSKIP("zbarimg is not installed (Debian package zbar-tools; scripts/bootstrap.sh installs it)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(u"lane.png"_s);
    QVERIFY(sim::renderImage(receipt).save(png, "PNG"));
    QProcess zbar;
    zbar.start(zbarimg, {u"--raw"_s, u"-q"_s, png});
    QVERIFY(zbar.waitForFinished(30000));
    QCOMPARE(zbar.exitCode(), 0);
    const QStringList symbols = QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(symbols, (QStringList{u"Rlane-01-42"_s, u"Rlane-01-42"_s}));
}

void TestEncoderToSimulator::drawerKickAsEncoded()
{
    sim::EscPosParser parser;
    parser.feed(EscPosEncoder::drawerKick() + EscPosEncoder::drawerKick(1, 100, 200));
    QCOMPARE(parser.openReceipt().drawerKicks,
        (QList<sim::DrawerKick>{sim::DrawerKick{2, 50, 500}, sim::DrawerKick{5, 100, 200}}));
}

void TestEncoderToSimulator::statusBytesDecodeAsFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("all well") << QString();
    QTest::newRow("paper out") << u"paper"_s;
    QTest::newRow("paper near end") << u"near"_s;
    QTest::newRow("cover open") << u"cover"_s;
    QTest::newRow("offline") << u"offline"_s;
    QTest::newRow("drawer") << u"drawer"_s;
}

// The simulator's answers, read by the lane's own decoder.
void TestEncoderToSimulator::statusBytesDecodeAsFaults()
{
    QFETCH(QString, fault);
    sim::PrinterSimulator printer;
    printer.setPaperOut(fault == u"paper");
    printer.setPaperNearEnd(fault == u"near");
    printer.setCoverOpen(fault == u"cover");
    printer.setOffline(fault == u"offline");
    printer.setDrawerOpen(fault == u"drawer");

    const auto one = EscPosEncoder::decodeStatus(1, printer.statusByte(1));
    const auto two = EscPosEncoder::decodeStatus(2, printer.statusByte(2));
    const auto four = EscPosEncoder::decodeStatus(4, printer.statusByte(4));
    QVERIFY(one.valid && two.valid && four.valid);
    QCOMPARE(one.offline, fault == u"paper" || fault == u"cover" || fault == u"offline");
    QCOMPARE(one.drawerSensorHigh, fault == u"drawer");
    QCOMPARE(two.coverOpen, fault == u"cover");
    QCOMPARE(two.paperEndStop, fault == u"paper");
    QCOMPARE(two.error, false);
    QCOMPARE(four.paperOut, fault == u"paper");
    QCOMPARE(four.paperNearEnd, fault == u"near");
}

QTEST_MAIN(TestEncoderToSimulator)
#include "tst_encoder_to_simulator.moc"
