// The lane's ESC/POS encoder printing on the simulator: two sides written
// from the same command table must agree on every byte, the printed
// barcode and QR code must scan as the receipt number, and pictures (the
// logo, lines the code page lacks) arrive dot for dot.
#include "app/printing/printer_bitmap.h"
#include "app/printing/text_line_renderer.h"
#include "core/sale/receipt.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/simulator/escpos_parser.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/simulator/receipt_renderer.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace retailos;
using retailos::drivers::EscPosEncoder;
using retailos::drivers::PrinterProfile;
using retailos::drivers::RasterAlign;
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

// Rows of each `GS v 0` command from the first one on, as long as they
// follow each other with nothing in between.
QList<int> consecutiveRasterSlices(const QByteArray &bytes)
{
    QList<int> slices;
    qsizetype at = bytes.indexOf("\x1Dv0");
    while (at >= 0 && bytes.mid(at, 3) == "\x1Dv0" && at + 8 <= bytes.size()) {
        const auto u = [&](qsizetype k) { return int(quint8(bytes.at(at + k))); };
        const int rows = u(6) + 256 * u(7);
        slices.append(rows);
        at += 8 + qsizetype(u(4) + 256 * u(5)) * rows;
    }
    return slices;
}

// 576×3000: every row carries its own number as 12 bits in blocks of 16
// dots, beside a diagonal and a grey ramp that makes Auto dither. A lost,
// doubled or shifted byte or row shows as a wrong number or a broken line.
// A profile as the lane sets it up: lines the code page lacks are drawn
// with the lane's fonts.
PrinterProfile laneProfile(PrinterProfile profile)
{
    profile.textRenderer = printing::textLineRenderer();
    return profile;
}

QImage longPatternLogo()
{
    QImage image(576, 3000, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int bit = 0; bit < 12; ++bit) {
            if (y & (1 << bit)) {
                for (int x = 0; x < 14; ++x)
                    line[bit * 16 + x] = qRgb(0, 0, 0);
            }
        }
        line[192 + (y % 192)] = qRgb(0, 0, 0);
        for (int x = 384; x < 576; ++x) {
            const int g = (x - 384) * 255 / 191;
            line[x] = qRgb(g, g, g);
        }
    }
    return image;
}

// The bundled demo logo, from the source tree (the lane has it as ":/receipt/demo-logo.png").
QImage demoLogo()
{
    const auto logo = printing::loadLogo(qEnvironmentVariable("RETAILOS_SOURCE_DIR") + u"/resources/receipt/demo-logo.png"_s);
    return logo ? *logo : QImage();
}

bool hasInk(const QImage &bitmap)
{
    for (int y = 0; y < bitmap.height(); ++y) {
        for (int x = 0; x < bitmap.width(); ++x) {
            if (bitmap.pixelIndex(x, y) == 1)
                return true;
        }
    }
    return false;
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
    void longLogoArrivesDotForDot();
    void logoScaledToNarrowPaper();
    void unencodableLinesArePictures();
    void umlautsAndEuroStayText();
    void logoReceiptRendered();
    void statusBytesDecodeAsFaults_data();
    void statusBytesDecodeAsFaults();
};

void TestEncoderToSimulator::encodedReceiptParsesCleanly()
{
    EscPosEncoder encoder;
    const QByteArray job = encoder.encode(germanReceipt(), laneProfile(PrinterProfile::epson80mm()));
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
    parser.feed(encoder.encode(doc, laneProfile(PrinterProfile::epson80mm())));
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
    parser.feed(encoder.encode(germanReceipt(), laneProfile(PrinterProfile::epson80mm())));
    const sim::Receipt receipt = parser.receipts().value(0);
    QCOMPARE(receipt.barcodes().size(), 1);
    QCOMPARE(receipt.barcodes()[0].type, sim::BarcodeType::Code128);
    QCOMPARE(receipt.barcodes()[0].text(), u"Rlane-01-42"_s);
    QCOMPARE(receipt.qrCodes().size(), 1);
    QCOMPARE(receipt.qrCodes()[0].data, QByteArray("Rlane-01-42"));

    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        QFAIL("zbarimg is not installed (Debian package zbar-tools; scripts/bootstrap.sh installs it)");
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

void TestEncoderToSimulator::longLogoArrivesDotForDot()
{
    PrinterProfile profile = laneProfile(PrinterProfile::epson80mm());
    profile.logo = printing::receiptLogo(longPatternLogo(), profile);
    EscPosEncoder encoder;
    const QByteArray job = encoder.encode(germanReceipt(), profile);

    // 3000 rows in slices of at most 128, one after the other.
    const QList<int> slices = consecutiveRasterSlices(job);
    QCOMPARE(slices.size(), (3000 + 127) / 128);
    QCOMPARE(std::accumulate(slices.begin(), slices.end(), 0), 3000);
    for (const int rows : slices)
        QVERIFY(rows >= 1 && rows <= profile.rasterSliceRows);

    // Fed in awkward chunks, as a serial line delivers them.
    sim::EscPosParser parser;
    for (qsizetype at = 0; at < job.size(); at += 1000)
        parser.feed(job.mid(at, 1000));
    for (const sim::ParserEvent &event : parser.events())
        QVERIFY2(event.kind == sim::ParserEvent::Kind::ReceiptCut, qPrintable(event.describe()));
    const sim::Receipt receipt = parser.receipts().value(0);
    QCOMPARE(receipt.images().size(), 1);   // the slices join without a gap
    const QImage printed = receipt.images().at(0).image;
    const QImage dithered = printing::printerBitmap(longPatternLogo(), 576, RasterAlign::Center);
    QCOMPARE(printed.size(), QSize(576, 3000));
    QCOMPARE(printed, dithered);
    // The text after the logo still prints.
    QVERIFY(receipt.textLines().contains(u"Bio Laden Müller"_s));
}

void TestEncoderToSimulator::logoScaledToNarrowPaper()
{
    const QImage demo = demoLogo();
    QVERIFY(!demo.isNull());
    QImage wide = demo.scaled(576, 180);   // as wide as 80 mm paper
    PrinterProfile narrow = laneProfile(PrinterProfile::generic58mm());
    narrow.logo = printing::receiptLogo(wide, narrow);
    EscPosEncoder encoder;
    sim::EscPosParser parser;
    parser.feed(encoder.encode(germanReceipt(), narrow));
    QCOMPARE(parser.events().size(), 0);   // no cutter on this profile: the receipt stays open
    const QList<sim::RasterImage> images = parser.openReceipt().images();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).image.size(), QSize(384, 120));
    QCOMPARE(images.at(0).image, printing::printerBitmap(wide, 384));
    for (const int rows : consecutiveRasterSlices(encoder.encode(germanReceipt(), narrow)))
        QVERIFY(rows <= 24);
}

void TestEncoderToSimulator::unencodableLinesArePictures()
{
    ReceiptDocument doc = germanReceipt();
    doc.items = {item(u"Brötchen"_s, u"1,20"_s), item(u"Feta Ελληνική"_s, u"3,49"_s), item(u"Käse Gouda"_s, u"2,24"_s),
                 item(u"Пельмени"_s, u"4,99"_s), item(u"Süßigkeiten"_s, u"0,99"_s), item(u"寿司 Box"_s, u"8,90"_s),
                 item(u"Tee"_s, u"1,00"_s)};
    EscPosEncoder encoder;
    sim::EscPosParser parser;
    parser.feed(encoder.encode(doc, laneProfile(PrinterProfile::epson80mm())));
    for (const sim::ParserEvent &event : parser.events())
        QVERIFY2(event.kind == sim::ParserEvent::Kind::ReceiptCut, qPrintable(event.describe()));
    const sim::Receipt receipt = parser.receipts().value(0);

    // Each foreign line is a picture between text lines that decode exactly.
    const auto textAt = [&](qsizetype i) -> QString {
        const auto *line = std::get_if<sim::TextLine>(&receipt.blocks.at(i));
        return line ? line->text() : u"<not text>"_s;
    };
    const auto padded = [](const QString &left, const QString &right) -> QString {
        return left + QString(42 - left.size() - right.size(), u' ') + right;
    };
    qsizetype at = -1;
    for (qsizetype i = 0; i < receipt.blocks.size(); ++i) {
        if (textAt(i) == padded(u"Brötchen"_s, u"1,20 A"_s))
            at = i;
    }
    QVERIFY(at >= 0);
    const QStringList expectedText = {padded(u"Brötchen"_s, u"1,20 A"_s), padded(u"Käse Gouda"_s, u"2,24 A"_s),
                                      padded(u"Süßigkeiten"_s, u"0,99 A"_s), padded(u"Tee"_s, u"1,00 A"_s)};
    for (int k = 0; k < 7; ++k) {
        const sim::ReceiptBlock &block = receipt.blocks.at(at + k);
        if (k % 2 == 0) {
            QCOMPARE(textAt(at + k), expectedText.at(k / 2));
        } else {
            const auto *image = std::get_if<sim::RasterImage>(&block);
            QVERIFY2(image, qPrintable(u"block %1 is not a picture"_s.arg(k)));
            QCOMPARE(image->image.size(), QSize(576, 34));   // one text line's height
            QVERIFY(hasInk(image->image));
        }
    }
    QCOMPARE(receipt.images().size(), 3);

    for (const char32_t c : u"ΕλληνικήПельмени"_s.toUcs4())
        QVERIFY(encoder.rasterised().contains(c));
    // CJK needs a CJK font: drawn when one is installed, a '?' and reported otherwise.
    for (const char32_t c : {U'寿', U'司'})
        QVERIFY(encoder.rasterised().contains(c) != encoder.unencodable().contains(c));
    QCOMPARE(encoder.unencodable().size() + encoder.rasterised().size(), 7 + 7 + 2);   // each once: Ελληνική, Пельмени (7 letters each), 寿司
}

void TestEncoderToSimulator::umlautsAndEuroStayText()
{
    EscPosEncoder encoder;
    sim::EscPosParser parser;
    parser.feed(encoder.encode(germanReceipt(), laneProfile(PrinterProfile::epson80mm())));
    const sim::Receipt receipt = parser.receipts().value(0);
    QVERIFY(receipt.images().isEmpty());
    QVERIFY(encoder.rasterised().isEmpty());
    QVERIFY(encoder.unencodable().isEmpty());
    QVERIFY(receipt.textLines().contains(u"Danke schön! 1 € = 1 Punkt"_s));
}

// For eyeballing: the demo logo, a Greek and a Cyrillic line, the codes.
// Saved beside the test in the build tree.
void TestEncoderToSimulator::logoReceiptRendered()
{
    const QImage demo = demoLogo();
    QVERIFY(!demo.isNull());
    PrinterProfile profile = laneProfile(PrinterProfile::epson80mm());
    profile.logo = printing::receiptLogo(demo, profile);
    ReceiptDocument doc = germanReceipt();
    doc.header.append(u"Καλώς ήρθατε · Добро пожаловать"_s);
    doc.items.insert(1, item(u"Feta Ελληνική"_s, u"3,49"_s));
    doc.totals.last().first = u"ИТОГО EUR"_s;
    EscPosEncoder encoder;
    sim::EscPosParser parser;
    parser.feed(encoder.encode(doc, profile));
    const sim::Receipt receipt = parser.receipts().value(0);
    const QImage picture = sim::renderImage(receipt);
    const QString path = QDir::current().filePath(u"encoder-logo-receipt.png"_s);
    QVERIFY(picture.save(path, "PNG"));
    qInfo("rendered receipt: %s", qPrintable(path));
    // Logo, welcome line and TOTAL line are pictures; the rest is text.
    QCOMPARE(receipt.images().size(), 4);
    QCOMPARE(receipt.images().at(0).image, printing::printerBitmap(demo, 576));
    QCOMPARE(receipt.images().at(3).image.height(), 48);   // double height
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
