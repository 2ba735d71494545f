// Receipts as text and as an 80 mm image; the image's barcodes and QR code
// are read back by zbarimg, an independent decoder.
#include "drivers/simulator/escpos_parser.h"
#include "drivers/simulator/receipt_renderer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos::drivers::sim;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

Receipt parse(const QByteArray &bytes)
{
    EscPosParser parser;
    parser.feed(bytes + hex("1d5600"));
    return parser.receipts().value(0);
}

// Columns 0..width-1 of `image` that hold any dark pixel.
QList<int> inkColumns(const QImage &image)
{
    QList<int> columns;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (qGray(image.pixel(x, y)) < 128) {
                columns.append(x);
                break;
            }
        }
    }
    return columns;
}

} // namespace

class TestReceiptRenderer : public QObject
{
    Q_OBJECT

private slots:
    void textAlignment_data();
    void textAlignment();
    void textWrapsAtColumns();
    void textLabelsCodesAndImages();
    void imageIs576DotsWide();
    void imageFillsFortyTwoColumns();
    void doubleWidthIsTwiceAsWide();
    void rasterDrawnDotForDot();
    void code128Modules_data();
    void code128Modules();
    void code128RejectsBadData();
    void ean13Modules();
    void qrModulesFromLibqrencode();
    void zbarReadsRenderedCodes();
};

void TestReceiptRenderer::textAlignment_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("left") << QByteArray("Milch\n") << u"Milch\n"_s;
    QTest::newRow("centre, 42 columns") << hex("1b6101") + "MARKT\n" << QString(18, u' ') + u"MARKT\n"_s;
    QTest::newRow("right") << hex("1b6102") + "4,99\n" << QString(38, u' ') + u"4,99\n"_s;
    QTest::newRow("centre, double width counts twice")
        << hex("1b6101 1d2110") + "TOTAL\n" << QString(16, u' ') + u"TOTAL\n"_s;
    QTest::newRow("blank line") << QByteArray("\n") << u"\n"_s;
    QTest::newRow("euro in CP858") << hex("1b7413 1b6102") + "9,99 \xD5\n" << QString(36, u' ') + u"9,99 €\n"_s;
}

void TestReceiptRenderer::textAlignment()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(renderText(parse(bytes)), expected);
}

void TestReceiptRenderer::textWrapsAtColumns()
{
    const QByteArray fifty(50, 'a');
    QCOMPARE(renderText(parse(fifty + '\n')), QString(42, u'a') + u"\n"_s + QString(8, u'a') + u"\n"_s);
    // Double width: 21 characters a line.
    QCOMPARE(renderText(parse(hex("1d2110") + QByteArray(25, 'b') + '\n')),
        QString(21, u'b') + u"\n"_s + QString(4, u'b') + u"\n"_s);
}

void TestReceiptRenderer::textLabelsCodesAndImages()
{
    const Receipt receipt = parse(hex("1b6101 1d6b490d") + "{BRlane-01-42" + hex("1d286b0600315030") + "abc"
        + hex("1d286b0300315130 1b6100 1d7630 00 0100 0200 ffff"));
    const QStringList lines = renderText(receipt).split(u'\n');
    QCOMPARE(lines.value(0), QString(9, u' ') + u"[Code 128: Rlane-01-42]"_s);
    QCOMPARE(lines.value(1), QString(16, u' ') + u"[QR: abc]"_s);
    QCOMPARE(lines.value(2), u"[image 8×2]"_s);
}

void TestReceiptRenderer::imageIs576DotsWide()
{
    const QImage image = renderImage(parse("Hello\n"));
    QCOMPARE(image.width(), 576);
    QVERIFY(image.height() > 34);
    QVERIFY(!inkColumns(image).isEmpty());
}

void TestReceiptRenderer::imageFillsFortyTwoColumns()
{
    // 42 characters reach the right edge of 576 dots and no further; the
    // first one starts at the left edge.
    const QList<int> ink = inkColumns(renderImage(parse(QByteArray(42, 'H') + '\n')));
    QVERIFY(!ink.isEmpty());
    QVERIFY2(ink.first() < 4, qPrintable(QString::number(ink.first())));
    QVERIFY2(ink.last() > 576 - 14 && ink.last() < 576, qPrintable(QString::number(ink.last())));
    // 43 characters wrap: the 43rd starts the next line at the left.
    const QImage wrapped = renderImage(parse(QByteArray(43, 'H') + '\n'));
    QVERIFY(wrapped.height() > renderImage(parse(QByteArray(42, 'H') + '\n')).height());
}

void TestReceiptRenderer::doubleWidthIsTwiceAsWide()
{
    const QList<int> single = inkColumns(renderImage(parse("WWWW\n")));
    const QList<int> doubled = inkColumns(renderImage(parse(hex("1d2110") + "WWWW\n")));
    const int singleSpan = single.last() - single.first();
    const int doubleSpan = doubled.last() - doubled.first();
    QVERIFY2(std::abs(doubleSpan - 2 * singleSpan) < 8, qPrintable(u"%1 vs %2"_s.arg(singleSpan).arg(doubleSpan)));
}

void TestReceiptRenderer::rasterDrawnDotForDot()
{
    // An 8-dot wide checkerboard, 2 rows, centred.
    const QImage image = renderImage(parse(hex("1b6101 1d7630 00 0100 0200 aa55")));
    const int x0 = (576 - 8) / 2;
    int top = -1;
    for (int y = 0; y < image.height() && top < 0; ++y) {
        if (qGray(image.pixel(x0, y)) < 128)
            top = y;
    }
    QVERIFY(top >= 0);
    for (int x = 0; x < 8; ++x) {
        QCOMPARE(qGray(image.pixel(x0 + x, top)) < 128, x % 2 == 0);
        QCOMPARE(qGray(image.pixel(x0 + x, top + 1)) < 128, x % 2 == 1);
    }
}

void TestReceiptRenderer::code128Modules_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("symbols");   // data symbols, without start, check and stop

    QTest::newRow("code B") << QByteArray("{BRlane-01-42") << 11;
    QTest::newRow("code C, two digits a symbol") << hex("7b430c2238") << 3;
    QTest::newRow("B then C") << QByteArray("{BAB{C") + hex("0c22") << 5;
    QTest::newRow("literal brace") << QByteArray("{Ba{{b") << 3;
    QTest::newRow("code A, control character") << QByteArray("{AAB") + '\t' << 3;
}

void TestReceiptRenderer::code128Modules()
{
    QFETCH(QByteArray, data);
    QFETCH(int, symbols);
    Barcode barcode;
    barcode.type = BarcodeType::Code128;
    barcode.data = data;
    const auto modules = barcodeModules(barcode);
    QVERIFY2(modules.has_value(), qPrintable(modules ? QString() : modules.error().message));
    // Start, data, check: 11 modules each; stop: 13.
    QCOMPARE(modules->size(), qsizetype(11 * (symbols + 2) + 13));
    QCOMPARE(modules->first(), true);
    QCOMPARE(modules->last(), true);
}

void TestReceiptRenderer::code128RejectsBadData()
{
    Barcode barcode;
    barcode.type = BarcodeType::Code128;
    for (const QByteArray &bad : {QByteArray("Rlane"), QByteArray(QByteArray("{C") + hex("64")), QByteArray("{X12")}) {
        barcode.data = bad;
        const auto modules = barcodeModules(barcode);
        QVERIFY(!modules.has_value());
        QCOMPARE(modules.error().code, u"barcode.data"_s);
    }
    barcode.type = BarcodeType::Codabar;
    barcode.data = "A123A";
    QCOMPARE(barcodeModules(barcode).error().code, u"barcode.unsupported"_s);
}

void TestReceiptRenderer::ean13Modules()
{
    Barcode barcode;
    barcode.type = BarcodeType::Ean13;
    barcode.data = "400638133393";   // check digit added: 1
    const auto withoutCheck = barcodeModules(barcode);
    QVERIFY(withoutCheck.has_value());
    QCOMPARE(withoutCheck->size(), 95);
    barcode.data = "4006381333931";
    QCOMPARE(*barcodeModules(barcode), *withoutCheck);
    barcode.data = "40063813339";
    QCOMPARE(barcodeModules(barcode).error().code, u"barcode.data"_s);
}

void TestReceiptRenderer::qrModulesFromLibqrencode()
{
    QrCode qr;
    qr.data = "Rlane-01-42";
    const auto symbol = qrModules(qr);
    QVERIFY(symbol.has_value());
    QCOMPARE(symbol->width(), 21);   // version 1
    // Finder pattern: dark corner module, dark ring.
    QCOMPARE(symbol->pixelIndex(0, 0), 1);
    QCOMPARE(symbol->pixelIndex(6, 6), 1);
    QCOMPARE(symbol->pixelIndex(1, 1), 0);
}

void TestReceiptRenderer::zbarReadsRenderedCodes()
{
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (zbarimg.isEmpty())
        QFAIL("zbarimg is not installed (Debian package zbar-tools; scripts/bootstrap.sh installs it)");

    // Bytes as a lane sends them: text, Code 128 with HRI, EAN-13, QR, cut.
    QByteArray job = hex("1b40 1b7413 1b6101") + "Retail OS Testmarkt\n" + "Summe 4,99 \xD5\n\n";
    job += hex("1d6864 1d7702 1d4802 1d6b490d") + "{BRlane-01-42";
    job += "\n" + hex("1d6b430c") + "400638133393";
    job += hex("1d286b0400314132 00 1d286b03003143 06 1d286b03003145 31");
    job += hex("1d286b0e00315030") + "Rlane-01-42" + hex("1d286b0300315130");
    job += "Danke!\n" + hex("1d564103");
    EscPosParser parser;
    parser.feed(job);
    QCOMPARE(parser.receipts().size(), 1);
    const QImage image = renderImage(parser.receipts()[0]);
    QCOMPARE(image.width(), 576);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(u"receipt.png"_s);
    QVERIFY(image.save(png, "PNG"));

    QProcess zbar;
    zbar.start(zbarimg, {u"--raw"_s, u"-q"_s, png});
    QVERIFY(zbar.waitForFinished(30000));
    const QString out = QString::fromUtf8(zbar.readAllStandardOutput());
    QCOMPARE(zbar.exitCode(), 0);
    QStringList symbols = out.split(u'\n', Qt::SkipEmptyParts);
    symbols.sort();
    QCOMPARE(symbols, (QStringList{u"4006381333931"_s, u"Rlane-01-42"_s, u"Rlane-01-42"_s}));
}

QTEST_MAIN(TestReceiptRenderer)
#include "tst_receipt_renderer.moc"
