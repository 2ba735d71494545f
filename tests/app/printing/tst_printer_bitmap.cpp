// Pictures for the printer: golden GS v 0 bytes with their slice headers,
// scaling to the paper, alignment, transparency, dithering and loading the
// logo file. No QGuiApplication: none of this may need one.
#include "app/printing/printer_bitmap.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::printing;

Q_DECLARE_METATYPE(retailos::drivers::RasterAlign)

namespace {

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

// 16×3: row 0 the left half black, row 1 every other dot, row 2 the last dot.
QImage tinyImage()
{
    QImage image(16, 3, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int x = 0; x < 8; ++x)
        image.setPixel(x, 0, qRgb(0, 0, 0));
    for (int x = 0; x < 16; x += 2)
        image.setPixel(x, 1, qRgb(0, 0, 0));
    image.setPixel(15, 2, qRgb(0, 0, 0));
    return image;
}

bool inked(const QImage &bitmap, int x, int y)
{
    return bitmap.pixelIndex(x, y) == 1;
}

// Left, top, right, bottom of the inked dots; a null rect when blank.
QRect inkBounds(const QImage &bitmap)
{
    QRect bounds;
    for (int y = 0; y < bitmap.height(); ++y) {
        for (int x = 0; x < bitmap.width(); ++x) {
            if (inked(bitmap, x, y))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

double inkShare(const QImage &bitmap)
{
    qint64 ink = 0;
    for (int y = 0; y < bitmap.height(); ++y) {
        for (int x = 0; x < bitmap.width(); ++x)
            ink += inked(bitmap, x, y) ? 1 : 0;
    }
    return double(ink) / (double(bitmap.width()) * bitmap.height());
}

} // namespace

class TestRasterImage : public QObject
{
    Q_OBJECT

private slots:
    void goldenTinyImageInSlices_data();
    void goldenTinyImageInSlices();
    void bitmapFormatIsWhatGsV0Sends();
    void scaledDownKeepingAspect_data();
    void scaledDownKeepingAspect();
    void neverScaledUpAndAligned_data();
    void neverScaledUpAndAligned();
    void widthRoundedDownToWholeBytes();
    void transparentPrintsWhite();
    void lineArtThresholdedPhotoDithered();
    void nothingForNothing();
    void loadsTheDemoLogo();
    void loadLogoErrors();
};

void TestRasterImage::goldenTinyImageInSlices_data()
{
    QTest::addColumn<int>("sliceRows");
    QTest::addColumn<QByteArray>("expected");

    // GS v 0, m 0, xL xH = 2 bytes per row, yL yH = rows, then the rows.
    QTest::newRow("one command") << 3 << h("1D 76 30 00 02 00 03 00  FF 00  AA AA  00 01");
    QTest::newRow("a longer limit changes nothing") << 256 << h("1D 76 30 00 02 00 03 00  FF 00  AA AA  00 01");
    QTest::newRow("2 + 1 rows, nothing in between")
        << 2 << h("1D 76 30 00 02 00 02 00  FF 00  AA AA   1D 76 30 00 02 00 01 00  00 01");
    QTest::newRow("row by row")
        << 1 << h("1D 76 30 00 02 00 01 00 FF 00  1D 76 30 00 02 00 01 00 AA AA  1D 76 30 00 02 00 01 00 00 01");
    QTest::newRow("0 is taken as 1")
        << 0 << h("1D 76 30 00 02 00 01 00 FF 00  1D 76 30 00 02 00 01 00 AA AA  1D 76 30 00 02 00 01 00 00 01");
}

void TestRasterImage::goldenTinyImageInSlices()
{
    QFETCH(int, sliceRows);
    QFETCH(QByteArray, expected);
    const QImage bitmap = printerBitmap(tinyImage(), 16, RasterAlign::Left, Dither::Threshold);
    QCOMPARE(rasterCommands(bitmap, sliceRows).toHex(' '), expected.toHex(' '));
    // Any image goes: one that is not a printer bitmap yet is thresholded first.
    QCOMPARE(rasterCommands(tinyImage(), sliceRows).toHex(' '), expected.toHex(' '));
}

void TestRasterImage::bitmapFormatIsWhatGsV0Sends()
{
    const QImage bitmap = printerBitmap(tinyImage(), 16, RasterAlign::Left, Dither::Threshold);
    QCOMPARE(bitmap.format(), QImage::Format_Mono);
    QCOMPARE(bitmap.colorTable(), (QList<QRgb>{qRgb(255, 255, 255), qRgb(0, 0, 0)}));
    QCOMPARE(bitmap.size(), QSize(16, 3));
    QCOMPARE(uchar(bitmap.constScanLine(0)[0]), uchar(0xFF));   // MSB = leftmost dot
    QCOMPARE(uchar(bitmap.constScanLine(2)[1]), uchar(0x01));
}

void TestRasterImage::scaledDownKeepingAspect_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<int>("widthDots");
    QTest::addColumn<QSize>("printed");

    QTest::newRow("80 mm: 1152×300 to 576×150") << QSize(1152, 300) << 576 << QSize(576, 150);
    QTest::newRow("58 mm: 576×180 to 384×120") << QSize(576, 180) << 384 << QSize(384, 120);
    QTest::newRow("58 mm: 1000×333 to 384×128") << QSize(1000, 333) << 384 << QSize(384, 128);
    QTest::newRow("very flat keeps a row") << QSize(4000, 2) << 576 << QSize(576, 1);
}

void TestRasterImage::scaledDownKeepingAspect()
{
    QFETCH(QSize, source);
    QFETCH(int, widthDots);
    QFETCH(QSize, printed);
    QImage image(source, QImage::Format_RGB32);
    image.fill(Qt::black);
    const QImage bitmap = printerBitmap(image, widthDots);
    QCOMPARE(bitmap.size(), printed);
    QCOMPARE(inkBounds(bitmap), QRect(QPoint(0, 0), printed));
}

void TestRasterImage::neverScaledUpAndAligned_data()
{
    QTest::addColumn<RasterAlign>("align");
    QTest::addColumn<int>("left");

    QTest::newRow("left") << RasterAlign::Left << 0;
    QTest::newRow("centre") << RasterAlign::Center << (576 - 200) / 2;
    QTest::newRow("right") << RasterAlign::Right << 576 - 200;
}

void TestRasterImage::neverScaledUpAndAligned()
{
    QFETCH(RasterAlign, align);
    QFETCH(int, left);
    QImage image(200, 50, QImage::Format_RGB32);
    image.fill(Qt::black);
    const QImage bitmap = printerBitmap(image, 576, align);
    // The full width, so the picture lands right even where ESC a is ignored for images.
    QCOMPARE(bitmap.size(), QSize(576, 50));
    QCOMPARE(inkBounds(bitmap), QRect(left, 0, 200, 50));
}

void TestRasterImage::widthRoundedDownToWholeBytes()
{
    QImage image(30, 4, QImage::Format_RGB32);
    image.fill(Qt::black);
    const QImage bitmap = printerBitmap(image, 20, RasterAlign::Left, Dither::Threshold);
    QCOMPARE(bitmap.width(), 16);
    QCOMPARE(rasterCommands(bitmap, 128).left(8), h("1D 76 30 00 02 00 02 00"));   // 30×4 scaled to 16×2.13: 2 rows
}

void TestRasterImage::transparentPrintsWhite()
{
    QImage image(64, 16, QImage::Format_ARGB32);
    image.fill(Qt::transparent);   // transparent black: a careless conversion prints a black box
    for (int y = 4; y < 12; ++y) {
        for (int x = 8; x < 24; ++x)
            image.setPixel(x, y, qRgba(0, 0, 0, 255));
    }
    const QImage bitmap = printerBitmap(image, 64, RasterAlign::Left);
    QCOMPARE(inkBounds(bitmap), QRect(8, 4, 16, 8));
    QCOMPARE(inkShare(bitmap), 16.0 * 8 / (64 * 16));
}

void TestRasterImage::lineArtThresholdedPhotoDithered()
{
    // A flat 40 % grey (luminance 153): thresholding prints it white, error
    // diffusion prints about 40 % of the dots.
    QImage grey(256, 64, QImage::Format_RGB32);
    grey.fill(qRgb(153, 153, 153));
    QCOMPARE(inkShare(printerBitmap(grey, 256, RasterAlign::Left, Dither::Threshold)), 0.0);
    const double diffused = inkShare(printerBitmap(grey, 256, RasterAlign::Left, Dither::FloydSteinberg));
    QVERIFY2(diffused > 0.35 && diffused < 0.45, qPrintable(QString::number(diffused)));
    // Auto sees a photo: mostly mid-grey.
    QCOMPARE(printerBitmap(grey, 256, RasterAlign::Left, Dither::Auto),
             printerBitmap(grey, 256, RasterAlign::Left, Dither::FloydSteinberg));

    // Line art with a few grey edge dots stays crisp under Auto.
    QImage art(256, 64, QImage::Format_RGB32);
    art.fill(Qt::white);
    for (int y = 10; y < 50; ++y) {
        for (int x = 20; x < 120; ++x)
            art.setPixel(x, y, x == 20 ? qRgb(100, 100, 100) : qRgb(0, 0, 0));
    }
    const QImage bitmap = printerBitmap(art, 256, RasterAlign::Left, Dither::Auto);
    QCOMPARE(bitmap, printerBitmap(art, 256, RasterAlign::Left, Dither::Threshold));
    QCOMPARE(inkBounds(bitmap), QRect(20, 10, 100, 40));
}

void TestRasterImage::nothingForNothing()
{
    QVERIFY(printerBitmap(QImage(), 576).isNull());
    QVERIFY(printerBitmap(tinyImage(), 7).isNull());
    QVERIFY(rasterCommands(QImage(), 128).isEmpty());
}

void TestRasterImage::loadsTheDemoLogo()
{
    const auto logo = loadLogo(u":/receipt/demo-logo.png"_s);
    QVERIFY2(logo.has_value(), logo ? "" : qPrintable(logo.error().message));
    QCOMPARE(logo->size(), QSize(384, 120));
    // Line art: no dithering noise, and real ink.
    const QImage bitmap = printerBitmap(*logo, 576);
    QCOMPARE(bitmap, printerBitmap(*logo, 576, RasterAlign::Center, Dither::Threshold));
    const double ink = inkShare(bitmap);
    QVERIFY2(ink > 0.05 && ink < 0.5, qPrintable(QString::number(ink)));
    QCOMPARE(inkBounds(bitmap).width(), inkBounds(printerBitmap(*logo, 384)).width());
}

void TestRasterImage::loadLogoErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    auto missing = loadLogo(dir.filePath(u"nowhere.png"_s));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"escpos.logo_missing"_s);
    QVERIFY(missing.error().message.contains(u"nowhere.png"_s));
    QCOMPARE(loadLogo(QString()).error().code, u"escpos.logo_missing"_s);

    const QString notAnImage = dir.filePath(u"logo.png"_s);
    QFile text(notAnImage);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not a picture\n");
    text.close();
    auto garbage = loadLogo(notAnImage);
    QVERIFY(!garbage);
    QCOMPARE(garbage.error().code, u"escpos.logo_format"_s);

    const QString huge = dir.filePath(u"huge.png"_s);
    QImage wide(5000, 2, QImage::Format_Mono);
    wide.fill(0);
    QVERIFY(wide.save(huge, "PNG"));
    auto tooBig = loadLogo(huge);
    QVERIFY(!tooBig);
    QCOMPARE(tooBig.error().code, u"escpos.logo_size"_s);
    QVERIFY(tooBig.error().message.contains(u"5000"_s));
}

QTEST_GUILESS_MAIN(TestRasterImage)
#include "tst_printer_bitmap.moc"
