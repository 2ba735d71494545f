// Lines the code page cannot print, drawn in the printer's Font A grid; and
// the encoder choosing between text and picture line by line. Runs with a
// QGuiApplication (offscreen), as the lane does.
#include "drivers/escpos/escpos_encoder.h"
#include "app/printing/text_line_renderer.h"

#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;
using namespace retailos::printing;

Q_DECLARE_METATYPE(retailos::drivers::PrinterProfile)

namespace {

QList<TextCell> cellsOf(const QString &text)
{
    QList<TextCell> cells;
    for (const QChar c : text)
        cells.append(TextCell{QString(c), 1});
    return cells;
}

QRect inkBounds(const QImage &bitmap)
{
    QRect bounds;
    for (int y = 0; y < bitmap.height(); ++y) {
        for (int x = 0; x < bitmap.width(); ++x) {
            if (bitmap.pixelIndex(x, y) == 1)
                bounds |= QRect(x, y, 1, 1);
        }
    }
    return bounds;
}

int inkDots(const QImage &bitmap)
{
    int ink = 0;
    for (int y = 0; y < bitmap.height(); ++y) {
        for (int x = 0; x < bitmap.width(); ++x)
            ink += bitmap.pixelIndex(x, y);
    }
    return ink;
}

ReceiptItem item(const QString &text, const QString &amount)
{
    ReceiptItem i;
    i.text = text;
    i.amount = amount;
    i.taxCode = u"A"_s;
    return i;
}

// The `GS v 0` pictures in `bytes`, consecutive slices joined, as {white, black} bitmaps.
QList<QImage> pictures(const QByteArray &bytes)
{
    QList<QImage> out;
    qsizetype at = bytes.indexOf("\x1Dv0");
    qsizetype previousEnd = -1;
    while (at >= 0) {
        const auto u = [&](qsizetype k) { return int(quint8(bytes.at(at + k))); };
        const int bytesPerRow = u(4) + 256 * u(5);
        const int rows = u(6) + 256 * u(7);
        QImage slice(bytesPerRow * 8, rows, QImage::Format_Mono);
        slice.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        for (int y = 0; y < rows; ++y)
            std::memcpy(slice.scanLine(y), bytes.constData() + at + 8 + qsizetype(y) * bytesPerRow, size_t(bytesPerRow));
        if (previousEnd == at && !out.isEmpty() && out.last().width() == slice.width()) {
            QImage joined(slice.width(), out.last().height() + rows, QImage::Format_Mono);
            joined.setColorTable(slice.colorTable());
            for (int y = 0; y < joined.height(); ++y) {
                const QImage &from = y < out.last().height() ? out.last() : slice;
                const int row = y < out.last().height() ? y : y - out.last().height();
                std::memcpy(joined.scanLine(y), from.constScanLine(row), size_t(bytesPerRow));
            }
            out.last() = joined;
        } else {
            out.append(slice);
        }
        previousEnd = at + 8 + qsizetype(bytesPerRow) * rows;
        at = bytes.indexOf("\x1Dv0", previousEnd);
    }
    return out;
}

} // namespace

// A profile as the lane sets it up: lines the code page lacks are drawn
// with the lane's fonts.
static PrinterProfile laneProfile(PrinterProfile profile)
{
    profile.textRenderer = textLineRenderer();
    return profile;
}

class TestTextRaster : public QObject
{
    Q_OBJECT

private slots:
    void fontsCanBeDrawnHere();
    void displayCells_data();
    void displayCells();
    void greekLineInItsCells();
    void centredDoubleSize();
    void boldIsHeavier();
    void characterNoFontHasIsAQuestionMark();
    void encoderDrawsOnlyLinesThatNeedIt();
    void pictureLinesKeepTheColumns_data();
    void pictureLinesKeepTheColumns();
    void longForeignDetailWraps();
    void withoutRasterSupportTheFallbackStays();
};

void TestTextRaster::fontsCanBeDrawnHere()
{
    QVERIFY(canRenderText());
}

void TestTextRaster::displayCells_data()
{
    QTest::addColumn<QString>("grapheme");
    QTest::addColumn<int>("cells");
    QTest::newRow("latin") << u"a"_s << 1;
    QTest::newRow("greek") << u"Ω"_s << 1;
    QTest::newRow("cyrillic") << u"Ж"_s << 1;
    QTest::newRow("e with combining acute") << u"e\u0301"_s << 1;
    QTest::newRow("CJK ideograph") << u"寿"_s << 2;
    QTest::newRow("hiragana") << u"す"_s << 2;
    QTest::newRow("hangul") << u"한"_s << 2;
    QTest::newRow("full-width A") << u"Ａ"_s << 2;
    QTest::newRow("emoji outside the BMP") << u"😀"_s << 2;
    QTest::newRow("heart with emoji selector") << u"❤\uFE0F"_s << 2;
}

void TestTextRaster::displayCells()
{
    QFETCH(QString, grapheme);
    QFETCH(int, cells);
    QCOMPARE(drivers::displayCells(grapheme), cells);
}

void TestTextRaster::greekLineInItsCells()
{
    const TextLinePicture line = renderTextLine(cellsOf(u"Καλημέρα"_s), {}, 576);
    QVERIFY(line.missing.isEmpty());
    QCOMPARE(line.bitmap.size(), QSize(576, kLineSpacingDots));
    const QRect ink = inkBounds(line.bitmap);
    QVERIFY(!ink.isNull());
    // Eight 12-dot cells from the left, within the 24-dot character row.
    QVERIFY2(ink.left() < 12 && ink.right() < 8 * 12 && ink.right() > 7 * 12, qPrintable(u"%1..%2"_s.arg(ink.left()).arg(ink.right())));
    QVERIFY(ink.top() >= 0 && ink.bottom() < kFontACellHeightDots);
}

void TestTextRaster::centredDoubleSize()
{
    TextLineStyle style;
    style.widthScale = 2;
    style.heightScale = 2;
    style.align = RasterAlign::Center;
    const TextLinePicture line = renderTextLine(cellsOf(u"ΑΒΓΔ"_s), style, 384);
    QCOMPARE(line.bitmap.size(), QSize(384, 2 * kFontACellHeightDots));
    const QRect ink = inkBounds(line.bitmap);
    const int used = 4 * 2 * kFontACellWidthDots;
    QVERIFY2(ink.left() >= (384 - used) / 2 && ink.right() < (384 + used) / 2,
             qPrintable(u"%1..%2"_s.arg(ink.left()).arg(ink.right())));
    QVERIFY(ink.height() > kFontACellHeightDots);   // taller than a single-height letter
}

void TestTextRaster::boldIsHeavier()
{
    TextLineStyle bold;
    bold.bold = true;
    const int regularInk = inkDots(renderTextLine(cellsOf(u"Пельмени"_s), {}, 576).bitmap);
    const int boldInk = inkDots(renderTextLine(cellsOf(u"Пельмени"_s), bold, 576).bitmap);
    QVERIFY2(boldInk > regularInk * 11 / 10, qPrintable(u"%1 vs %2"_s.arg(boldInk).arg(regularInk)));
}

void TestTextRaster::characterNoFontHasIsAQuestionMark()
{
    // U+E000 is private use: no font on any lane has it.
    const TextLinePicture line = renderTextLine(cellsOf(u"A\uE000B"_s), {}, 576);
    QCOMPARE(line.missing, QList<char32_t>{0xE000});
    const TextLinePicture question = renderTextLine(cellsOf(u"A?B"_s), {}, 576);
    QCOMPARE(line.bitmap, question.bitmap);
}

void TestTextRaster::encoderDrawsOnlyLinesThatNeedIt()
{
    ReceiptDocument doc;
    doc.items = {item(u"Brötchen"_s, u"1,20"_s), item(u"Feta Ελληνική"_s, u"3,49"_s), item(u"Käse"_s, u"2,00"_s)};
    doc.footer = {u"Спасибо!"_s};
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(doc, laneProfile(PrinterProfile::epson80mm()));

    QVERIFY(encoder.unencodable().isEmpty());
    for (const char32_t c : u"ΕλληνικήСпасибо"_s.toUcs4())
        QVERIFY2(encoder.rasterised().contains(c), qPrintable(QString::fromUcs4(&c, 1)));
    QVERIFY(!encoder.rasterised().contains(U'ö'));
    // The neighbours are text in CP858, the two lines pictures of 34 rows each.
    QVERIFY(bytes.contains(QByteArray("Br\x94tchen" + QByteArray(42 - 8 - 6, ' ') + "1,20 A\n")));
    QVERIFY(bytes.contains(QByteArray("K\x84se" + QByteArray(42 - 4 - 6, ' ') + "2,00 A\n")));
    QVERIFY(!bytes.contains("Feta"));
    QCOMPARE(bytes.count("\x1Dv0\x00\x48\x00\x22\x00"_ba), 2);   // 72 bytes × 34 rows, one slice each
}

void TestTextRaster::pictureLinesKeepTheColumns_data()
{
    QTest::addColumn<PrinterProfile>("profile");
    QTest::addColumn<int>("cell");
    QTest::newRow("80 mm, 42 columns of 13 dots") << laneProfile(PrinterProfile::epson80mm()) << 13;
    QTest::newRow("58 mm, 32 columns of 12 dots") << laneProfile(PrinterProfile::generic58mm()) << 12;
    PrinterProfile wide = laneProfile(PrinterProfile::epson80mm());
    wide.columns = 48;
    QTest::newRow("80 mm, 48 columns of 12 dots") << wide << 12;
}

// The amount of a picture line ends in the last column, like its text
// neighbours; a wide CJK character takes two columns.
void TestTextRaster::pictureLinesKeepTheColumns()
{
    QFETCH(PrinterProfile, profile);
    QFETCH(int, cell);
    QCOMPARE(fontACellWidth(profile.dotsPerLine, profile.columns), cell);
    ReceiptDocument doc;
    doc.items = {item(u"Ελληνικό"_s, u"3,49"_s), item(u"寿司寿司"_s, u"8,90"_s)};
    EscPosEncoder encoder;
    const QList<QImage> images = pictures(encoder.encode(doc, profile));
    QCOMPARE(images.size(), 1);   // the two lines follow each other: one picture, 2 × 34 rows
    QCOMPARE(images.at(0).size(), QSize(profile.dotsPerLine, 2 * kLineSpacingDots));
    const QImage greek = images.at(0).copy(0, 0, profile.dotsPerLine, kLineSpacingDots);
    const QRect ink = inkBounds(greek);
    const int lastColumnEnd = profile.columns * cell;
    QVERIFY2(ink.right() < lastColumnEnd && ink.right() >= lastColumnEnd - cell,
             qPrintable(u"ink ends at %1, the last column at %2"_s.arg(ink.right()).arg(lastColumnEnd)));
    QVERIFY(ink.left() < cell);
    // "8,90 A" in the same place under it, whatever the CJK font.
    const QImage cjk = images.at(0).copy(0, kLineSpacingDots, profile.dotsPerLine, kLineSpacingDots);
    const int amountLeft = (profile.columns - 6) * cell;
    QCOMPARE(inkBounds(cjk.copy(amountLeft, 0, 6 * cell, kLineSpacingDots)).right(),
             inkBounds(greek.copy(amountLeft, 0, 6 * cell, kLineSpacingDots)).right());
}

void TestTextRaster::longForeignDetailWraps()
{
    ReceiptDocument doc;
    ReceiptItem feta = item(u"Feta"_s, u"3,49"_s);
    feta.detail = u"0,250 kg × 13,96/kg, Ελληνικό τυρί από πρόβειο γάλα"_s;   // 53 characters
    doc.items = {feta};
    const PrinterProfile narrow = laneProfile(PrinterProfile::generic58mm());
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(doc, narrow);
    // Broken at spaces into two picture lines of 32 columns at most.
    const QList<QImage> images = pictures(bytes);
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).height(), 2 * kLineSpacingDots);
    QVERIFY(inkBounds(images.at(0)).right() < 384);
    // The first picture line is "  0,250 kg × 13,96/kg, Ελληνικό" (31 columns); the
    // second is indented by 2 columns like a text continuation line.
    const QRect second = inkBounds(images.at(0).copy(0, kLineSpacingDots, 384, kLineSpacingDots));
    QVERIFY2(second.left() >= 2 * 12 && second.left() < 3 * 12, qPrintable(QString::number(second.left())));
    QVERIFY(bytes.contains(QByteArray("Feta" + QByteArray(32 - 4 - 6, ' ') + "3,49 A\n")));
}

void TestTextRaster::withoutRasterSupportTheFallbackStays()
{
    ReceiptDocument doc;
    doc.items = {item(u"Feta Ελληνική"_s, u"3,49"_s)};
    PrinterProfile profile = laneProfile(PrinterProfile::epson80mm());
    profile.supportsRaster = false;
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(doc, profile);
    QVERIFY(!bytes.contains("\x1Dv0"_ba));
    QVERIFY(bytes.contains(QByteArray("Feta ????????" + QByteArray(42 - 13 - 6, ' ') + "3,49 A\n")));
    QVERIFY(encoder.unencodable().contains(U'Ε'));
    QVERIFY(encoder.rasterised().isEmpty());
}

QTEST_MAIN(TestTextRaster)
#include "tst_text_line_renderer.moc"
