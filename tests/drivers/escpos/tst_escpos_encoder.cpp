// The ESC/POS encoder: golden bytes for a small receipt, the printed lines
// against renderReceiptText(), code pages, 58 mm paper, copies, barcodes,
// the logo, cutting, the drawer kick and real-time status. Runs without a
// QGuiApplication, like a command-line program: text the code page lacks
// falls back to replacement characters (tst_text_line_renderer draws it).
#include "app/printing/printer_bitmap.h"
#include "app/printing/text_line_renderer.h"
#include "drivers/escpos/escpos_encoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;

Q_DECLARE_METATYPE(retailos::ReceiptDocument)
Q_DECLARE_METATYPE(retailos::drivers::PrinterProfile)
Q_DECLARE_METATYPE(retailos::drivers::PrinterStatusBits)
Q_DECLARE_METATYPE(retailos::drivers::CodePage)

namespace {

QByteArray h(const char *hex)
{
    return QByteArray::fromHex(hex);
}

QByteArray sp(int n)
{
    return QByteArray(n, ' ');
}

// One line as a printer would print it, with the state at its LF.
struct PrintedLine
{
    QByteArray bytes;
    bool bold = false;
    int size = 0;          // GS ! n
    int align = 0;         // ESC a n
};

// What a simple ESC/POS reader makes of the encoder's output. Knows exactly
// the encoder's command subset and fails on anything else, so a new command
// shows up here before it confuses the simulator.
struct Printout
{
    QList<PrintedLine> lines;
    QList<QByteArray> code128;   // data after "{B"
    QList<QByteArray> qr;        // stored QR data, when printed
    QList<int> rasterSlices;     // rows of each GS v 0 command
    int codePage = -1;
    int cuts = 0;
    QByteArray error;

    // The text view: centred lines padded like renderReceiptText's centred().
    QStringList text(int columns, CodePage page) const
    {
        QStringList out;
        for (const PrintedLine &l : lines) {
            const QString t = decodeText(l.bytes, page);
            out << (l.align == 1 ? QString(std::max<qsizetype>(0, (columns - t.size()) / 2), u' ') + t : t);
        }
        return out;
    }
};

Printout read(const QByteArray &b)
{
    Printout p;
    PrintedLine current;
    QByteArray pendingQr;
    qsizetype i = 0;
    const auto at = [&](qsizetype k) { return k < b.size() ? quint8(b.at(k)) : -1; };
    const auto need = [&](qsizetype n) {
        if (i + n > b.size())
            p.error = "truncated command at " + QByteArray::number(i);
        return i + n <= b.size();
    };
    while (i < b.size() && p.error.isEmpty()) {
        const int c = at(i);
        if (c == 0x0A) {
            p.lines.append(current);
            current.bytes.clear();
            ++i;
        } else if (c == 0x1B) {
            const int f = at(i + 1);
            if (f == '@') {
                i += 2;
            } else if (f == 't' && need(3)) {
                p.codePage = at(i + 2);
                i += 3;
            } else if (f == 'a' && need(3)) {
                current.align = at(i + 2);
                i += 3;
            } else if (f == 'E' && need(3)) {
                current.bold = at(i + 2) != 0;
                i += 3;
            } else if ((f == 'd' || f == 'J') && need(3)) {
                i += 3;
            } else {
                p.error = "unexpected ESC " + QByteArray::number(f, 16);
            }
        } else if (c == 0x1C) {
            if (at(i + 1) == '.')
                i += 2;
            else
                p.error = "unexpected FS";
        } else if (c == 0x1D) {
            const int f = at(i + 1);
            if (f == '!' && need(3)) {
                current.size = at(i + 2);
                i += 3;
            } else if ((f == 'h' || f == 'w' || f == 'H') && need(3)) {
                i += 3;
            } else if (f == 'v' && need(8) && at(i + 2) == '0') {
                if (!current.bytes.isEmpty())
                    p.error = "GS v 0 in the middle of a line";
                const int bytesPerRow = at(i + 4) + 256 * at(i + 5);
                const int rows = at(i + 6) + 256 * at(i + 7);
                if (!need(8 + qsizetype(bytesPerRow) * rows))
                    break;
                p.rasterSlices.append(rows);
                i += 8 + qsizetype(bytesPerRow) * rows;
            } else if (f == 'V' && need(4) && (at(i + 2) == 65 || at(i + 2) == 66)) {
                ++p.cuts;
                i += 4;
            } else if (f == 'k' && need(4) && at(i + 2) == 73) {
                const int len = at(i + 3);
                if (!need(4 + len))
                    break;
                const QByteArray data = b.mid(i + 4, len);
                if (!data.startsWith("{B"))
                    p.error = "Code 128 without {B";
                p.code128.append(data.mid(2));
                i += 4 + len;
            } else if (f == '(' && at(i + 2) == 'k' && need(5)) {
                const int len = at(i + 3) + 256 * at(i + 4);
                if (!need(5 + len))
                    break;
                const QByteArray body = b.mid(i + 5, len);
                if (body.startsWith("\x31\x50\x30"))
                    pendingQr = body.mid(3);
                else if (body == "\x31\x51\x30")
                    p.qr.append(pendingQr);
                i += 5 + len;
            } else {
                p.error = "unexpected GS " + QByteArray::number(f, 16);
            }
        } else if (c < 0x20 || c == 0x7F) {
            p.error = "control byte " + QByteArray::number(c, 16) + " in text";
        } else {
            current.bytes.append(char(c));
            ++i;
        }
    }
    if (!current.bytes.isEmpty())
        p.error = "text after the last LF";
    return p;
}

QStringList renderedLines(const ReceiptDocument &doc, int width)
{
    QStringList lines = renderReceiptText(doc, width).split(u'\n');
    lines.removeLast();   // after the final newline
    return lines;
}

ReceiptItem item(const QString &text, const QString &amount, const QString &detail = {},
                 QList<std::pair<QString, QString>> adjustments = {})
{
    ReceiptItem i;
    i.text = text;
    i.amount = amount;
    i.detail = detail;
    i.taxCode = u"A"_s;
    i.adjustments = std::move(adjustments);
    return i;
}

// A typical German receipt, short enough for 58 mm paper.
ReceiptDocument germanReceipt()
{
    ReceiptDocument doc;
    doc.header = {u"Bio Laden"_s, u"Hauptstr. 1, Köln"_s, u"USt-ID DE123456789"_s};
    doc.meta = {{u"Receipt"_s, u"1042"_s}, {u"Lane"_s, u"2"_s}, {u"Cashier"_s, u"Jörg"_s},
                {u"Date"_s, u"03.05.24 14:07"_s}};
    doc.items = {item(u"Brötchen"_s, u"1,20"_s, u"3 × 0,40"_s),
                 item(u"Käse Gouda"_s, u"2,24"_s, u"0,320 kg × 6,99/kg"_s),
                 item(u"Müsli"_s, u"3,49"_s, {}, {{u"Discount"_s, u"-0,35"_s}, {u"Spring offer"_s, QString()}})};
    ReceiptItem voided = item(u"Öl"_s, u"void"_s);
    voided.voided = true;
    doc.items.append(voided);
    doc.totals = {{u"Subtotal"_s, u"6,58"_s}, {u"TOTAL EUR"_s, u"6,58"_s}};
    doc.taxes = {{u"A"_s, u"7 %"_s, u"6,15"_s, u"0,43"_s, u"6,58"_s}};
    doc.tenders = {{u"Cash"_s, u"10,00"_s}};
    doc.change = u"3,42"_s;
    doc.footer = {u"Danke schön!"_s, u"Umtausch 14 Tage"_s};
    doc.barcodePayload = u"R2-1042"_s;
    doc.journalReference = u"#77 a1b2c3d4"_s;
    doc.receiptNumber = 1042;
    return doc;
}

bool isLarge(const PrintedLine &l)
{
    return l.bold && l.size == 0x11;
}

} // namespace

class TestEscPosEncoder : public QObject
{
    Q_OBJECT

private slots:
    void goldenSmallReceipt();
    void linesMatchRenderReceiptText_data();
    void linesMatchRenderReceiptText();
    void headerAndTotalStyles();
    void germanTextInCodePage_data();
    void germanTextInCodePage();
    void unencodableReportedAndReplaced();
    void logoWithoutGui();
    void logoOnlyWhereRasterWorks();
    void narrowPaperWrapsAndPads();
    void copyBannerTopAndBottom_data();
    void copyBannerTopAndBottom();
    void barcodeAndQr_data();
    void barcodeAndQr();
    void feedAndCut_data();
    void feedAndCut();
    void drawerKick_data();
    void drawerKick();
    void statusRequest_data();
    void statusRequest();
    void decodeStatus_data();
    void decodeStatus();
};

void TestEscPosEncoder::goldenSmallReceipt()
{
    ReceiptDocument doc;
    doc.header = {u"Bäckerei Süß"_s, u"Hauptstr. 1"_s};
    doc.meta = {{u"Receipt"_s, u"7"_s}};
    doc.items = {item(u"Brötchen"_s, u"1,20"_s, u"3 × 0,40"_s, {{u"Discount"_s, u"-0,10"_s}})};
    doc.totals = {{u"Subtotal"_s, u"1,10"_s}, {u"TOTAL EUR"_s, u"1,10"_s}};
    doc.taxes = {{u"A"_s, u"7 %"_s, u"1,03"_s, u"0,07"_s, u"1,10"_s}};
    doc.tenders = {{u"Cash"_s, u"2,00"_s}};
    doc.change = u"0,90"_s;
    doc.footer = {u"1 € = 1 Punkt"_s};
    doc.barcodePayload = u"R1-7"_s;
    doc.journalReference = u"#3"_s;

    // Written out from the command table, 42 columns, CP858.
    const QByteArray rule = QByteArray(42, '-') + '\n';
    const QByteArray expected =
        h("1B 40") + h("1C 2E") + h("1B 74 13")                           // init, no Kanji, CP858
        + h("1B 61 01")                                                     // centre
        + h("1B 45 01 1D 21 11") + "B" + h("84") + "ckerei S" + h("81 E1") + "\n" + h("1D 21 00 1B 45 00")
        + "Hauptstr. 1\n"
        + h("1B 61 00")                                                     // left
        + rule
        + "Receipt" + sp(34) + "7\n"
        + rule
        + "Br" + h("94") + "tchen" + sp(28) + "1,20 A\n"
        + "  3 " + h("9E") + " 0,40\n"
        + "  Discount" + sp(27) + "-0,10\n"
        + rule
        + "Subtotal" + sp(30) + "1,10\n"
        + h("1B 45 01 1D 21 01") + "TOTAL EUR" + sp(29) + "1,10\n" + h("1D 21 00 1B 45 00")
        + rule
        + "Cash" + sp(34) + "2,00\n"
        + "Change" + sp(32) + "0,90\n"
        + rule
        + "A 7 %" + sp(20) + "net 1,03 tax 0,07\n"
        + rule
        + h("1B 61 01")
        + "1 " + h("D5") + " = 1 Punkt\n"
        + "R1-7\n"
        + "Journal #3\n"
        + h("1D 68 50 1D 77 02 1D 48 02") + h("1D 6B 49 06") + "{BR1-7" + h("1B 64 01")
        + h("1D 28 6B 04 00 31 41 32 00")                                   // 165 model 2
        + h("1D 28 6B 03 00 31 43 06")                                      // 167 size 6
        + h("1D 28 6B 03 00 31 45 31")                                      // 169 EC level M
        + h("1D 28 6B 07 00 31 50 30") + "R1-7"                             // 180 store
        + h("1D 28 6B 03 00 31 51 30")                                      // 181 print
        + h("1B 64 01")
        + h("1B 61 00")
        + h("1B 64 04") + h("1D 56 42 00");                                 // feed, partial cut

    EscPosEncoder encoder;
    const QByteArray actual = encoder.encode(doc, PrinterProfile::epson80mm());
    QCOMPARE(actual.toHex(' '), expected.toHex(' '));
    QVERIFY(encoder.unencodable().isEmpty());
}

void TestEscPosEncoder::linesMatchRenderReceiptText_data()
{
    QTest::addColumn<ReceiptDocument>("doc");
    QTest::addColumn<PrinterProfile>("profile");

    const ReceiptDocument german = germanReceipt();
    QTest::newRow("80 mm") << german << PrinterProfile::epson80mm();
    QTest::newRow("58 mm") << german << PrinterProfile::generic58mm();

    ReceiptDocument copy = german;
    copy.copy = true;
    QTest::newRow("copy, 80 mm") << copy << PrinterProfile::epson80mm();
    QTest::newRow("copy, 58 mm") << copy << PrinterProfile::generic58mm();

    ReceiptDocument sparse;
    sparse.meta = {{u"Receipt"_s, u"1"_s}};
    sparse.items = {item(u"A very long product name that will not fit at all"_s, u"12,34"_s)};
    sparse.totals = {{u"TOTAL EUR"_s, u"12,34"_s}};
    sparse.tenders = {{u"Card ****1234 (auth 123456)"_s, u"12,34"_s}};
    sparse.loyalty = u"Points: 12"_s;
    sparse.footer = {u"Returns within 30 days with this receipt and the original packaging"_s};
    sparse.barcodePayload = u"R1-1"_s;
    sparse.journalReference = u"#1"_s;
    QTest::newRow("no header, no taxes, loyalty, truncated name and footer") << sparse << PrinterProfile::epson80mm();

    PrinterProfile cp1252 = PrinterProfile::epson80mm();
    cp1252.codePage = CodePage::Cp1252;
    QTest::newRow("CP1252") << german << cp1252;
}

void TestEscPosEncoder::linesMatchRenderReceiptText()
{
    QFETCH(ReceiptDocument, doc);
    QFETCH(PrinterProfile, profile);

    EscPosEncoder encoder;
    const Printout p = read(encoder.encode(doc, profile));
    QVERIFY2(p.error.isEmpty(), p.error.constData());
    QCOMPARE(p.text(profile.columns, profile.codePage), renderedLines(doc, profile.columns));
    QVERIFY(encoder.unencodable().isEmpty());
}

void TestEscPosEncoder::headerAndTotalStyles()
{
    EscPosEncoder encoder;
    const Printout p = read(encoder.encode(germanReceipt(), PrinterProfile::epson80mm()));
    QVERIFY2(p.error.isEmpty(), p.error.constData());

    QCOMPARE(p.lines.at(0).bytes, "Bio Laden"_ba);
    QVERIFY(isLarge(p.lines.at(0)));
    QCOMPARE(p.lines.at(0).align, 1);
    QCOMPARE(p.lines.at(1).align, 1);
    QVERIFY(!p.lines.at(1).bold);
    QCOMPARE(p.lines.at(1).size, 0);

    int emphasised = 0;
    for (const PrintedLine &l : p.lines) {
        if (l.bold && l.size == 0x01) {
            ++emphasised;
            QVERIFY(l.bytes.startsWith("TOTAL EUR"));
            QCOMPARE(l.bytes.size(), 42);   // double height only: the full width is available
        }
    }
    QCOMPARE(emphasised, 1);
}

void TestEscPosEncoder::germanTextInCodePage_data()
{
    QTest::addColumn<CodePage>("page");
    QTest::addColumn<int>("escT");
    QTest::addColumn<QByteArray>("expected");   // hex of the item line's name and amount

    // ÄÖÜ 8E 99 9A, äöü 84 94 81, ß E1, é 82, à 85, € D5
    QTest::newRow("CP858") << CodePage::Cp858 << 19 << "8e 99 9a 84 94 81 e1 82 85 d5"_ba;
    QTest::newRow("CP1252") << CodePage::Cp1252 << 16 << "c4 d6 dc e4 f6 fc df e9 e0 80"_ba;
}

void TestEscPosEncoder::germanTextInCodePage()
{
    QFETCH(CodePage, page);
    QFETCH(int, escT);
    QFETCH(QByteArray, expected);

    ReceiptDocument doc;
    doc.items = {item(u"ÄÖÜäöüß"_s, u"éà€"_s)};
    PrinterProfile profile = PrinterProfile::epson80mm();
    profile.codePage = page;
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(doc, profile);
    QVERIFY(bytes.startsWith(QByteArray(h("1B 40 1C 2E 1B 74") + char(escT))));
    QVERIFY(encoder.unencodable().isEmpty());
    const QByteArray e = QByteArray::fromHex(expected);
    const QByteArray line = e.left(7) + sp(42 - 7 - 5) + e.mid(7) + " A\n";
    QVERIFY2(bytes.contains(line), bytes.toHex(' ').constData());
}

void TestEscPosEncoder::unencodableReportedAndReplaced()
{
    ReceiptDocument doc;
    doc.items = {item(u"Tee ✓"_s, u"1,00"_s), item(u"寿司 Box"_s, u"8,90"_s)};
    doc.footer = {u"„Danke“ – bis bald"_s};
    EscPosEncoder encoder;
    // As the lane sets it up, but in a command-line program: no fonts.
    PrinterProfile profile = PrinterProfile::epson80mm();
    profile.textRenderer = printing::textLineRenderer();
    const QByteArray bytes = encoder.encode(doc, profile);

    QVERIFY(bytes.contains(QByteArray("Tee ?" + sp(42 - 5 - 6) + "1,00 A\n")));
    QVERIFY(bytes.contains(QByteArray("?? Box" + sp(42 - 6 - 6) + "8,90 A\n")));
    QVERIFY(bytes.contains("\"Danke\" - bis bald\n"));
    QCOMPARE(encoder.unencodable(), (QList<char32_t>{U'✓', U'寿', U'司', U'„', U'“', U'–'}));
    QVERIFY2(read(bytes).error.isEmpty(), read(bytes).error.constData());
    // No QGuiApplication, no fonts: nothing was drawn.
    QVERIFY(read(bytes).rasterSlices.isEmpty());
    QVERIFY(encoder.rasterised().isEmpty());

    // The report belongs to the last document only.
    (void)encoder.encode(germanReceipt(), PrinterProfile::epson80mm());
    QVERIFY(encoder.unencodable().isEmpty());
}

// Pictures need no fonts: the logo prints from a command-line program too.
void TestEscPosEncoder::logoWithoutGui()
{
    QImage logo(16, 3, QImage::Format_RGB32);
    logo.fill(Qt::black);
    PrinterProfile profile = PrinterProfile::epson80mm();
    profile.logo = printing::receiptLogo(logo, profile);
    ReceiptDocument doc = germanReceipt();
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(doc, profile);

    // 576 dots are 72 bytes a row; the 16 black dots centred at dot 280.
    QByteArray row(72, '\0');
    row[35] = char(0xFF);
    row[36] = char(0xFF);
    const QByteArray expected = h("1B 40 1C 2E 1B 74 13")
        + h("1D 76 30 00 48 00 03 00") + row + row + row
        + h("1B 4A 10")                                      // 16 dots of paper before the text
        + h("1B 61 01 1B 45 01 1D 21 11") + "Bio Laden\n";
    QCOMPARE(bytes.left(expected.size()).toHex(' '), expected.toHex(' '));
    const Printout p = read(bytes);
    QVERIFY2(p.error.isEmpty(), p.error.constData());
    QCOMPARE(p.rasterSlices, QList<int>{3});
    // The rest of the receipt is unchanged.
    EscPosEncoder plain;
    QCOMPARE(bytes.mid(expected.size()), plain.encode(doc, PrinterProfile::epson80mm()).mid(7 + 3 + 6 + 10));
}

void TestEscPosEncoder::logoOnlyWhereRasterWorks()
{
    QImage logo(600, 400, QImage::Format_RGB32);
    logo.fill(Qt::black);
    EscPosEncoder encoder;

    // 58 mm: 384 dots (48 bytes), 256 rows, in slices of 24 rows.
    PrinterProfile narrow = PrinterProfile::generic58mm();
    narrow.logo = printing::receiptLogo(logo, narrow);
    const QByteArray bytes = encoder.encode(germanReceipt(), narrow);
    QVERIFY(bytes.startsWith(h("1B 40 1C 2E 1B 74 13 1D 76 30 00 30 00 18 00")));
    const Printout p = read(bytes);
    QVERIFY2(p.error.isEmpty(), p.error.constData());
    QList<int> slices(10, 24);
    slices.append(256 - 240);
    QCOMPARE(p.rasterSlices, slices);

    PrinterProfile noRaster = narrow;
    noRaster.supportsRaster = false;
    QCOMPARE(encoder.encode(germanReceipt(), noRaster), encoder.encode(germanReceipt(), PrinterProfile::generic58mm()));
}

void TestEscPosEncoder::narrowPaperWrapsAndPads()
{
    ReceiptDocument doc = germanReceipt();
    doc.header.first() = u"Bioladen am Marktplatz Köln"_s;   // 27 characters, 16 fit in double width
    doc.items.append(item(u"Tomaten"_s, u"1,98"_s, u"0,660 kg × 2,99/kg, Handelsklasse I, Herkunft Spanien"_s));
    doc.loyalty = u"Sie haben 6 Punkte gesammelt und 120 Punkte auf Ihrem Konto"_s;
    const PrinterProfile narrow = PrinterProfile::generic58mm();
    QCOMPARE(narrow.columns, 32);

    EscPosEncoder encoder;
    const Printout p = read(encoder.encode(doc, narrow));
    QVERIFY2(p.error.isEmpty(), p.error.constData());

    for (const PrintedLine &l : p.lines) {
        const int cells = int(l.bytes.size()) * ((l.size & 0x10) ? 2 : 1);
        QVERIFY2(cells <= 32, l.bytes.constData());
    }
    QCOMPARE(p.lines.at(0).bytes, "Bioladen am Mark"_ba);
    const QStringList text = p.text(32, narrow.codePage);
    QVERIFY(text.contains(u"Receipt"_s + QString(32 - 7 - 4, u' ') + u"1042"_s));
    QVERIFY(text.contains(QString(32, u'-')));
    QVERIFY(text.contains(u"Date"_s + QString(32 - 4 - 14, u' ') + u"03.05.24 14:07"_s));
    QVERIFY(text.contains(u"Tomaten"_s + QString(32 - 7 - 6, u' ') + u"1,98 A"_s));
    // Broken at spaces, continuation indented like the detail itself.
    const qsizetype at = text.indexOf(u"  0,660 kg × 2,99/kg,"_s);
    QVERIFY(at > 0);
    QCOMPARE(text.mid(at, 3), (QStringList{u"  0,660 kg × 2,99/kg,"_s, u"  Handelsklasse I, Herkunft"_s,
                                           u"  Spanien"_s}));
    QVERIFY(text.contains(u"Sie haben 6 Punkte gesammelt und"_s));
    QVERIFY(text.contains(u"120 Punkte auf Ihrem Konto"_s));
}

void TestEscPosEncoder::copyBannerTopAndBottom_data()
{
    QTest::addColumn<bool>("copy");
    QTest::newRow("original") << false;
    QTest::newRow("copy") << true;
}

void TestEscPosEncoder::copyBannerTopAndBottom()
{
    QFETCH(bool, copy);
    ReceiptDocument doc = germanReceipt();
    doc.copy = copy;
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(doc, PrinterProfile::epson80mm());
    const Printout p = read(bytes);
    QVERIFY2(p.error.isEmpty(), p.error.constData());

    const QByteArray banner = h("1B 45 01 1D 21 11") + "*** COPY ***\n" + h("1D 21 00 1B 45 00");
    QCOMPARE(bytes.count(banner), copy ? 2 : 0);
    if (copy) {
        QCOMPARE(p.lines.first().bytes, "*** COPY ***"_ba);
        QVERIFY(isLarge(p.lines.first()));
        QCOMPARE(p.lines.last().bytes, "*** COPY ***"_ba);
        QVERIFY(isLarge(p.lines.last()));
        QCOMPARE(p.lines.last().align, 1);
    } else {
        QCOMPARE(p.lines.first().bytes, "Bio Laden"_ba);
    }
}

void TestEscPosEncoder::barcodeAndQr_data()
{
    QTest::addColumn<PrinterProfile>("profile");
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QByteArray>("code128");   // empty: none printed
    QTest::addColumn<QByteArray>("qr");

    const PrinterProfile both = PrinterProfile::epson80mm();
    PrinterProfile noQr = both;
    noQr.supportsQr = false;
    PrinterProfile noBarcode = both;
    noBarcode.supportsBarcode = false;
    PrinterProfile neither = noQr;
    neither.supportsBarcode = false;

    QTest::newRow("both") << both << u"R2-1042"_s << "R2-1042"_ba << "R2-1042"_ba;
    QTest::newRow("barcode only") << noQr << u"R2-1042"_s << "R2-1042"_ba << QByteArray();
    QTest::newRow("QR only") << noBarcode << u"R2-1042"_s << QByteArray() << "R2-1042"_ba;
    QTest::newRow("neither") << neither << u"R2-1042"_s << QByteArray() << QByteArray();
    QTest::newRow("no payload") << both << QString() << QByteArray() << QByteArray();
    QTest::newRow("{ is doubled in code set B") << both << u"R{1"_s << "R{{1"_ba << "R{1"_ba;
    // 58 mm, 384 dots: 14 characters at 2 dots per module, 15 do not fit.
    QTest::newRow("58 mm, 14 characters") << PrinterProfile::generic58mm() << u"R12-1234567890"_s
                                          << "R12-1234567890"_ba << QByteArray();
    QTest::newRow("58 mm, 15 characters") << PrinterProfile::generic58mm() << u"R12-12345678901"_s << QByteArray()
                                          << QByteArray();
    QTest::newRow("non-ASCII: QR only") << both << u"R1-ä"_s << QByteArray() << "R1-\xc3\xa4"_ba;
}

void TestEscPosEncoder::barcodeAndQr()
{
    QFETCH(PrinterProfile, profile);
    QFETCH(QString, payload);
    QFETCH(QByteArray, code128);
    QFETCH(QByteArray, qr);

    ReceiptDocument doc = germanReceipt();
    doc.barcodePayload = payload;
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(doc, profile);
    const Printout p = read(bytes);
    QVERIFY2(p.error.isEmpty(), p.error.constData());

    QCOMPARE(p.code128, code128.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{code128});
    QCOMPARE(p.qr, qr.isEmpty() ? QList<QByteArray>() : QList<QByteArray>{qr});
    if (!code128.isEmpty()) {
        QVERIFY(bytes.contains(QByteArray(h("1D 68 50 1D 77 02 1D 48 02 1D 6B 49") + char(code128.size() + 2) + "{B" + code128)));
    }
    if (!qr.isEmpty()) {
        QVERIFY(bytes.contains(h("1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 06 1D 28 6B 03 00 31 45 31")));
        QVERIFY(bytes.contains(QByteArray(h("1D 28 6B") + char(qr.size() + 3) + '\0' + h("31 50 30") + qr)));
        QVERIFY(bytes.contains(h("1D 28 6B 03 00 31 51 30")));
    }
}

void TestEscPosEncoder::feedAndCut_data()
{
    QTest::addColumn<PrinterProfile>("profile");
    QTest::addColumn<QByteArray>("ending");

    PrinterProfile full = PrinterProfile::epson80mm();
    full.partialCut = false;
    PrinterProfile longFeed = PrinterProfile::epson80mm();
    longFeed.feedBeforeCut = 6;
    QTest::newRow("partial cut") << PrinterProfile::epson80mm() << h("1B 61 00 1B 64 04 1D 56 42 00");
    QTest::newRow("full cut") << full << h("1B 61 00 1B 64 04 1D 56 41 00");
    QTest::newRow("longer feed") << longFeed << h("1B 61 00 1B 64 06 1D 56 42 00");
    QTest::newRow("no cutter: feed to the tear bar") << PrinterProfile::generic58mm() << h("1B 61 00 1B 64 04");
}

void TestEscPosEncoder::feedAndCut()
{
    QFETCH(PrinterProfile, profile);
    QFETCH(QByteArray, ending);
    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(germanReceipt(), profile);
    QCOMPARE(bytes.right(ending.size()).toHex(' '), ending.toHex(' '));
    QCOMPARE(read(bytes).cuts, profile.hasCutter ? 1 : 0);
}

void TestEscPosEncoder::drawerKick_data()
{
    QTest::addColumn<int>("pin");
    QTest::addColumn<int>("onMs");
    QTest::addColumn<int>("offMs");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("defaults") << 0 << 50 << 500 << h("1B 70 00 19 FA");
    QTest::newRow("pin 5") << 1 << 100 << 200 << h("1B 70 01 32 64");
    QTest::newRow("odd milliseconds round down") << 0 << 51 << 501 << h("1B 70 00 19 FA");
    QTest::newRow("too short is 2 ms") << 0 << 0 << 1 << h("1B 70 00 01 01");
    QTest::newRow("too long is 510 ms") << 0 << 2000 << 600 << h("1B 70 00 FF FF");
}

void TestEscPosEncoder::drawerKick()
{
    QFETCH(int, pin);
    QFETCH(int, onMs);
    QFETCH(int, offMs);
    QFETCH(QByteArray, expected);
    QCOMPARE(EscPosEncoder::drawerKick(pin, onMs, offMs).toHex(' '), expected.toHex(' '));
    if (pin == 0 && onMs == 50 && offMs == 500)
        QCOMPARE(EscPosEncoder::drawerKick(), expected);
}

void TestEscPosEncoder::statusRequest_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("printer") << 1 << h("10 04 01");
    QTest::newRow("offline cause") << 2 << h("10 04 02");
    QTest::newRow("error cause") << 3 << h("10 04 03");
    QTest::newRow("paper sensor") << 4 << h("10 04 04");
    QTest::newRow("0 is not a query") << 0 << QByteArray();
    QTest::newRow("5 is not a query") << 5 << QByteArray();
}

void TestEscPosEncoder::statusRequest()
{
    QFETCH(int, n);
    QFETCH(QByteArray, expected);
    QCOMPARE(EscPosEncoder::statusRequest(n), expected);
}

void TestEscPosEncoder::decodeStatus_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("byte");
    QTest::addColumn<PrinterStatusBits>("expected");

    const auto bits = [](auto set) {
        PrinterStatusBits s;
        s.valid = true;
        set(s);
        return s;
    };
    const auto none = [](PrinterStatusBits &) {};

    QTest::newRow("n=1 all clear") << 1 << 0x12 << bits(none);
    QTest::newRow("n=1 drawer pin high") << 1 << 0x16 << bits([](auto &s) { s.drawerSensorHigh = true; });
    QTest::newRow("n=1 offline") << 1 << 0x1A << bits([](auto &s) { s.offline = true; });
    QTest::newRow("n=1 both") << 1 << 0x1E << bits([](auto &s) { s.drawerSensorHigh = s.offline = true; });
    QTest::newRow("n=2 all clear") << 2 << 0x12 << bits(none);
    QTest::newRow("n=2 cover open") << 2 << 0x16 << bits([](auto &s) { s.coverOpen = true; });
    QTest::newRow("n=2 paper end stop") << 2 << 0x32 << bits([](auto &s) { s.paperEndStop = true; });
    QTest::newRow("n=2 error") << 2 << 0x52 << bits([](auto &s) { s.error = true; });
    QTest::newRow("n=2 feed button is not an error") << 2 << 0x1A << bits(none);
    QTest::newRow("n=2 cover open, stopped, error")
        << 2 << 0x76 << bits([](auto &s) { s.coverOpen = s.paperEndStop = s.error = true; });
    QTest::newRow("n=4 paper present") << 4 << 0x12 << bits(none);
    QTest::newRow("n=4 near end") << 4 << 0x1E << bits([](auto &s) { s.paperNearEnd = true; });
    QTest::newRow("n=4 paper out") << 4 << 0x72 << bits([](auto &s) { s.paperOut = true; });
    QTest::newRow("n=4 near end and out")
        << 4 << 0x7E << bits([](auto &s) { s.paperNearEnd = s.paperOut = true; });
    QTest::newRow("n=4 one bit of the near-end pair") << 4 << 0x16 << bits([](auto &s) { s.paperNearEnd = true; });
    QTest::newRow("n=4 one bit of the paper-out pair") << 4 << 0x32 << bits([](auto &s) { s.paperOut = true; });
    QTest::newRow("fixed bits missing") << 1 << 0x08 << PrinterStatusBits{};
    QTest::newRow("bit 7 set") << 4 << 0x92 << PrinterStatusBits{};
    QTest::newRow("bit 0 set") << 2 << 0x13 << PrinterStatusBits{};
    QTest::newRow("n=3 not decoded") << 3 << 0x12 << PrinterStatusBits{};
}

void TestEscPosEncoder::decodeStatus()
{
    QFETCH(int, n);
    QFETCH(int, byte);
    QFETCH(PrinterStatusBits, expected);
    QCOMPARE(EscPosEncoder::decodeStatus(n, quint8(byte)), expected);
}

QTEST_GUILESS_MAIN(TestEscPosEncoder)
#include "tst_escpos_encoder.moc"
