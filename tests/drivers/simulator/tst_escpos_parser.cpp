// The simulator's ESC/POS parser: exact command lengths, any chunking giving
// the same receipts, junk never stopping it, code pages, raster slices.
#include "drivers/simulator/escpos_parser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos::drivers::sim;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// Every text line printed so far, across cuts, plus the open receipt's.
QStringList allLines(const EscPosParser &parser)
{
    QStringList lines;
    for (const Receipt &receipt : parser.receipts())
        lines += receipt.textLines();
    lines += parser.openReceipt().textLines();
    return lines;
}

int countEvents(const QList<ParserEvent> &events, ParserEvent::Kind kind)
{
    return int(std::count_if(events.cbegin(), events.cend(), [kind](const ParserEvent &e) { return e.kind == kind; }));
}

// A receipt using every command of the subset, as the encoder sends it.
QByteArray sampleReceipt()
{
    QByteArray b;
    b += hex("1b40 1c2e 1b7413");                              // init, no Kanji, CP858
    b += hex("1b6101 1d2111") + "M\x9ALLER GMBH\n";            // centred, double size
    b += hex("1d2100 1b6100 1b2d01") + "Filiale 12" + hex("1b2d00 0a");
    b += hex("1b3320") + "Milch 1,5%\t1,19 \xD5\n";
    b += hex("1b4501") + "SUMME" + hex("1b4500") + "    4,99 \xD5\r\n";
    b += hex("1b2138") + "BAR" + hex("1b2100 0a");
    b += hex("1b32 1b6402 1b4a40");
    b += hex("1d6850 1d7702 1d4802");
    b += hex("1d6b490d") + "{BRlane-01-42";                   // Code 128
    b += hex("1d6b02") + "4006381333931" + '\0';              // EAN-13, function A
    b += hex("1d286b0400314132 00 1d286b03003143 06 1d286b03003145 31");
    b += hex("1d286b0e00315030") + "Rlane-01-42";
    b += hex("1d286b0300315130");
    b += hex("1d7630 00 0200 0300") + hex("ff00 0a1b 1d10");  // raster whose data looks like commands
    b += hex("1b700019fa 1b700132c8");                         // kicks on pin 2 and pin 5
    b += hex("100401 100402 100404 1d6100");
    b += hex("1d564103");                                      // feed and full cut
    b += "Second receipt\n" + hex("1d5601");                   // partial cut
    b += "open" + hex("0a 1b99") + "after junk\n";
    return b;
}

void feedInChunks(EscPosParser &parser, const QByteArray &bytes, QRandomGenerator &random, int maxChunk)
{
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype n = std::min<qsizetype>(bytes.size() - pos, random.bounded(1, maxChunk + 1));
        parser.feed(bytes.mid(pos, n));
        pos += n;
    }
}

void compareModels(const EscPosParser &a, const EscPosParser &b)
{
    QCOMPARE(a.receipts().size(), b.receipts().size());
    for (qsizetype i = 0; i < a.receipts().size(); ++i)
        QVERIFY2(a.receipts()[i] == b.receipts()[i], qPrintable(u"receipt %1 differs"_s.arg(i)));
    QVERIFY(a.openReceipt() == b.openReceipt());
    QCOMPARE(a.pendingText(), b.pendingText());
    QCOMPARE(a.events().size(), b.events().size());
    for (qsizetype i = 0; i < a.events().size(); ++i)
        QVERIFY2(a.events()[i] == b.events()[i], qPrintable(a.events()[i].describe() + u" / "_s + b.events()[i].describe()));
    QCOMPARE(a.bytesPending(), b.bytesPending());
}

} // namespace

class TestEscPosParser : public QObject
{
    Q_OBJECT

private slots:
    void commandLength_data();
    void commandLength();
    void unknownSequences_data();
    void unknownSequences();
    void sampleReceiptModel();
    void chunkingGivesSameModel_data();
    void chunkingGivesSameModel();
    void randomBuffersNeverDesync();
    void codePages_data();
    void codePages();
    void codePageTablesComplete();
    void umlautsAndEuroLine();
    void rasterSlicesReassemble();
    void rasterSlicesWithTextBetweenStaySeparate();
    void rasterRefusesImpossibleSizes();
    void stylesPerLineAndRun();
    void alignmentAndFeeds();
    void initClearsBuffer();
    void discardingPrintsNothingButAnswers();
    void endOfStreamDropsCutCommand();
    void barcodeFunctionAStopsAtBadByte();
};

void TestEscPosParser::commandLength_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("event");   // ParserEvent::Kind expected once, -1 none

    const int none = -1;
    const auto kind = [](ParserEvent::Kind k) { return int(k); };
    QTest::newRow("ESC @ init") << hex("1b40") << 2 << none;
    QTest::newRow("FS . cancel Kanji") << hex("1c2e") << 2 << none;
    QTest::newRow("ESC t code page") << hex("1b7413") << 3 << none;
    QTest::newRow("ESC t unknown page") << hex("1b7401") << 3 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("ESC ! print mode") << hex("1b2138") << 3 << none;
    QTest::newRow("ESC E bold") << hex("1b4501") << 3 << none;
    QTest::newRow("ESC - underline") << hex("1b2d02") << 3 << none;
    QTest::newRow("ESC - underline out of range") << hex("1b2d07") << 3 << kind(ParserEvent::Kind::Invalid);
    QTest::newRow("ESC a align") << hex("1b6131") << 3 << none;
    QTest::newRow("GS ! size") << hex("1d2111") << 3 << none;
    QTest::newRow("GS ! size out of range") << hex("1d2188") << 3 << kind(ParserEvent::Kind::Invalid);
    QTest::newRow("LF") << hex("0a") << 1 << none;
    QTest::newRow("HT") << hex("09") << 1 << none;
    QTest::newRow("CR") << hex("0d") << 1 << none;
    QTest::newRow("ESC d feed lines") << hex("1b6403") << 3 << none;
    QTest::newRow("GS V 0 full cut") << hex("1d5600") << 3 << kind(ParserEvent::Kind::ReceiptCut);
    QTest::newRow("GS V 1 partial cut") << hex("1d5601") << 3 << kind(ParserEvent::Kind::ReceiptCut);
    QTest::newRow("GS V 48 full cut") << hex("1d5630") << 3 << kind(ParserEvent::Kind::ReceiptCut);
    QTest::newRow("GS V 49 partial cut") << hex("1d5631") << 3 << kind(ParserEvent::Kind::ReceiptCut);
    QTest::newRow("GS V 65 n feed and cut") << hex("1d564103") << 4 << kind(ParserEvent::Kind::ReceiptCut);
    QTest::newRow("GS V 66 n feed and partial cut") << hex("1d564200") << 4 << kind(ParserEvent::Kind::ReceiptCut);
    QTest::newRow("GS V 66 n = LF") << hex("1d56420a") << 4 << kind(ParserEvent::Kind::ReceiptCut);
    QTest::newRow("ESC p drawer kick") << hex("1b700019fa") << 5 << kind(ParserEvent::Kind::DrawerKick);
    QTest::newRow("ESC p kick, timings look like commands") << hex("1b70011b40") << 5 << kind(ParserEvent::Kind::DrawerKick);
    QTest::newRow("DLE EOT 1") << hex("100401") << 3 << kind(ParserEvent::Kind::StatusRequest);
    QTest::newRow("DLE EOT 2") << hex("100402") << 3 << kind(ParserEvent::Kind::StatusRequest);
    QTest::newRow("DLE EOT 4") << hex("100404") << 3 << kind(ParserEvent::Kind::StatusRequest);
    QTest::newRow("GS a automatic status") << hex("1d610f") << 3 << kind(ParserEvent::Kind::AutoStatus);
    QTest::newRow("GS v 0 raster 2x3") << hex("1d7630000200030001020a0b1b1d") << 8 + 6 << none;
    QTest::newRow("GS v 0 raster m=51") << hex("1d7630330100010080") << 9 << none;
    QTest::newRow("GS h height") << hex("1d6850") << 3 << none;
    QTest::newRow("GS w width") << hex("1d7702") << 3 << none;
    QTest::newRow("GS H HRI") << hex("1d4802") << 3 << none;
    QTest::newRow("GS k A Code 39 NUL-terminated") << hex("1d6b04") + "ABC-1" + hex("00") << 3 + 5 + 1 << none;
    QTest::newRow("GS k A EAN-13") << hex("1d6b02") + "400638133393" + hex("00") << 3 + 12 + 1 << none;
    QTest::newRow("GS k B Code 128") << hex("1d6b490d") + "{BRlane-01-42" << 4 + 13 << none;
    QTest::newRow("GS k B code C with LF and NUL") << hex("1d6b49047b430a00") << 8 << none;
    QTest::newRow("GS k B EAN-13") << hex("1d6b430d") + "4006381333931" << 4 + 13 << none;
    QTest::newRow("GS ( k QR model") << hex("1d286b040031413200") << 9 << none;
    QTest::newRow("GS ( k QR size") << hex("1d286b0300314306") << 8 << none;
    QTest::newRow("GS ( k QR error correction") << hex("1d286b0300314531") << 8 << none;
    QTest::newRow("GS ( k QR store") << hex("1d286b0e00315030") + "Rlane-01-42" << 8 + 11 << none;
    QTest::newRow("GS ( k QR store, data holds ESC") << hex("1d286b0500315030") + hex("1b40") << 10 << none;
    QTest::newRow("GS ( k QR print") << hex("1d286b0300315130") << 8 << none;
    QTest::newRow("GS ( k PDF417 (not QR)") << hex("1d286b0300304102") << 8 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("GS ( L graphics, 258 bytes")
        << hex("1d284c0201") + QByteArray(258, '\x1b') << 5 + 258 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("ESC J feed dots") << hex("1b4a40") << 3 << none;
    QTest::newRow("ESC 3 line spacing") << hex("1b3320") << 3 << none;
    QTest::newRow("ESC 2 default spacing") << hex("1b32") << 2 << none;
    QTest::newRow("ESC * bit image, 3 columns") << hex("1b2a000300") + hex("0a1b1d") << 8 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("ESC * 24-dot, 2 columns") << hex("1b2a210200") + QByteArray(6, '\n') << 11 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("ESC M font") << hex("1b4d01") << 3 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("ESC $ position") << hex("1b241000") << 4 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("ESC D tab stops") << hex("1b44081000") << 5 << kind(ParserEvent::Kind::Unsupported);
    QTest::newRow("GS L left margin") << hex("1d4c0000") << 4 << kind(ParserEvent::Kind::Unsupported);
}

// The command followed by "X\n": if the parser took too few bytes the rest
// shows up as text or junk, if it took too many the X is gone. Without its
// last byte the command must wait, not be guessed.
void TestEscPosParser::commandLength()
{
    QFETCH(QByteArray, command);
    QFETCH(int, length);
    QFETCH(int, event);
    QCOMPARE(command.size(), length);

    if (length > 1) {
        EscPosParser waiting;
        waiting.feed(command.chopped(1));
        QCOMPARE(waiting.bytesPending(), qsizetype(length - 1));
        QVERIFY(waiting.events().isEmpty());
        waiting.feed(command.right(1));
        QCOMPARE(waiting.bytesPending(), 0);
    }

    EscPosParser parser;
    parser.feed(command + "X\n");
    QCOMPARE(parser.bytesPending(), 0);
    QVERIFY(!allLines(parser).isEmpty());
    QCOMPARE(allLines(parser).last().trimmed(), u"X"_s);
    QCOMPARE(countEvents(parser.events(), ParserEvent::Kind::Unknown), 0);
    if (event >= 0) {
        QCOMPARE(parser.events().size(), 1);
        QCOMPARE(int(parser.events().first().kind), event);
        QCOMPARE(parser.events().first().offset, 0);
    } else {
        QVERIFY2(parser.events().isEmpty(), qPrintable(parser.events().value(0).describe()));
    }
}

void TestEscPosParser::unknownSequences_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unknown");

    QTest::newRow("ESC unknown, text after") << hex("1b99") + "AB\n" << u"AB"_s << 1;
    QTest::newRow("GS unknown letter") << hex("1d5a") + "Hi\n" << u"Hi"_s << 1;
    QTest::newRow("ESC then LF: LF still feeds") << hex("1b0a") + "Z\n" << u"Z"_s << 1;
    QTest::newRow("ESC ESC @: the second ESC starts a command") << hex("1b1b40") + "Z\n" << u"Z"_s << 1;
    QTest::newRow("DLE EOT out of range, then BEL") << hex("100407") + "Q\n" << u"Q"_s << 2;
    QTest::newRow("stray BEL and NUL") << hex("0700") + "ok\n" << u"ok"_s << 2;
    QTest::newRow("FS p NV image: 2 skipped, rest is junk") << hex("1c70") + "ok\n" << u"ok"_s << 1;
    QTest::newRow("GS V bad m") << hex("1d5607") + "cut?\n" << u"cut?"_s << 2;
    QTest::newRow("GS k bad m") << hex("1d6b20") + "x\n" << u" x"_s << 1;
    QTest::newRow("GS v not 0") << hex("1d7631") + "img\n" << u"1img"_s << 1;
    QTest::newRow("DEL") << hex("7f") + "d\n" << u"d"_s << 1;
}

void TestEscPosParser::unknownSequences()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, unknown);

    EscPosParser parser;
    parser.feed(bytes);
    QCOMPARE(parser.bytesPending(), 0);
    QCOMPARE(allLines(parser).last(), text);
    QCOMPARE(countEvents(parser.events(), ParserEvent::Kind::Unknown), unknown);
}

void TestEscPosParser::sampleReceiptModel()
{
    EscPosParser parser;
    parser.feed(sampleReceipt());
    QCOMPARE(parser.receipts().size(), 2);

    const Receipt &first = parser.receipts()[0];
    QCOMPARE(first.cut, CutKind::Full);
    QCOMPARE(first.feedBeforeCut, 3);
    const QStringList lines = first.textLines();
    QCOMPARE(lines.value(0), u"MÜLLER GMBH"_s);
    QCOMPARE(lines.value(1), u"Filiale 12"_s);
    QCOMPARE(lines.value(2), u"Milch 1,5%      1,19 €"_s);   // tab to column 16
    QCOMPARE(lines.value(3), u"SUMME    4,99 €"_s);
    QCOMPARE(lines.value(4), u"BAR"_s);
    QCOMPARE(lines.value(5), QString());   // ESC d 2: two blank lines
    QCOMPARE(lines.size(), 7);

    QCOMPARE(first.barcodes().size(), 2);
    QCOMPARE(first.barcodes()[0].type, BarcodeType::Code128);
    QCOMPARE(first.barcodes()[0].data, QByteArray("{BRlane-01-42"));
    QCOMPARE(first.barcodes()[0].text(), u"Rlane-01-42"_s);
    QCOMPARE(first.barcodes()[0].height, 0x50);
    QCOMPARE(first.barcodes()[0].moduleWidth, 2);
    QCOMPARE(first.barcodes()[0].hri, HriPosition::Below);
    QCOMPARE(first.barcodes()[1].type, BarcodeType::Ean13);
    QCOMPARE(first.barcodes()[1].text(), u"4006381333931"_s);

    QCOMPARE(first.qrCodes().size(), 1);
    QCOMPARE(first.qrCodes()[0].data, QByteArray("Rlane-01-42"));
    QCOMPARE(first.qrCodes()[0].moduleSize, 6);
    QCOMPARE(first.qrCodes()[0].errorCorrection, 'M');
    QCOMPARE(first.qrCodes()[0].model, 2);

    QCOMPARE(first.images().size(), 1);
    const QImage image = first.images()[0].image;
    QCOMPARE(image.size(), QSize(16, 3));
    QCOMPARE(image.pixelIndex(0, 0), 1);
    QCOMPARE(image.pixelIndex(8, 0), 0);
    QCOMPARE(image.pixelIndex(4, 1), 1);   // 0x0a = 00001010
    QCOMPARE(image.pixelIndex(5, 1), 0);

    QCOMPARE(first.drawerKicks.size(), 2);
    QCOMPARE(first.drawerKicks[0], (DrawerKick{2, 50, 500}));
    QCOMPARE(first.drawerKicks[1], (DrawerKick{5, 100, 400}));

    const auto firstLine = first.lines().first();
    QCOMPARE(firstLine.align, Align::Center);
    QCOMPARE(firstLine.style.widthScale, 2);
    QCOMPARE(firstLine.style.heightScale, 2);

    QCOMPARE(parser.receipts()[1].cut, CutKind::Partial);
    QCOMPARE(parser.receipts()[1].textLines(), QStringList{u"Second receipt"_s});
    QCOMPARE(parser.openReceipt().textLines(), (QStringList{u"open"_s, u"after junk"_s}));

    const auto events = parser.events();
    QCOMPARE(countEvents(events, ParserEvent::Kind::StatusRequest), 3);
    QCOMPARE(countEvents(events, ParserEvent::Kind::DrawerKick), 2);
    QCOMPARE(countEvents(events, ParserEvent::Kind::ReceiptCut), 2);
    QCOMPARE(countEvents(events, ParserEvent::Kind::Unknown), 1);
    QCOMPARE(countEvents(events, ParserEvent::Kind::AutoStatus), 1);
    QCOMPARE(events.size(), 9);
}

void TestEscPosParser::chunkingGivesSameModel_data()
{
    QTest::addColumn<int>("maxChunk");   // 0: whole, 1: byte by byte
    QTest::newRow("byte by byte") << 1;
    QTest::newRow("chunks up to 2") << 2;
    QTest::newRow("chunks up to 7") << 7;
    QTest::newRow("chunks up to 64") << 64;
    QTest::newRow("chunks up to 1000") << 1000;
}

void TestEscPosParser::chunkingGivesSameModel()
{
    QFETCH(int, maxChunk);
    const QByteArray bytes = sampleReceipt() + sampleReceipt();
    EscPosParser whole;
    whole.feed(bytes);
    QRandomGenerator random(quint32(4242 + maxChunk));
    for (int round = 0; round < 20; ++round) {
        EscPosParser chunked;
        feedInChunks(chunked, bytes, random, maxChunk);
        compareModels(whole, chunked);
        if (QTest::currentTestFailed())
            return;
    }
}

// 10,000 random buffers, biased towards command prefixes so the parser meets
// many half-commands. Whole and chunked must agree; after endOfStream() a
// clean job prints again.
void TestEscPosParser::randomBuffersNeverDesync()
{
    QRandomGenerator random(20240601);
    static constexpr char kInteresting[] = {'\x1b', '\x1d', '\x10', '\x1c', '\x0a', '\x00', '\x04', '\x6b', '\x56',
        '\x76', '\x30', '\x28', '\x70', '\x40', '\x49', '\x31'};
    for (int i = 0; i < 10000; ++i) {
        QByteArray junk(random.bounded(0, 400), Qt::Uninitialized);
        for (char &c : junk)
            c = random.bounded(3) == 0 ? kInteresting[random.bounded(int(sizeof kInteresting))] : char(random.bounded(256));
        EscPosParser whole;
        whole.feed(junk);
        EscPosParser chunked;
        feedInChunks(chunked, junk, random, 1 + random.bounded(16));
        compareModels(whole, chunked);
        if (QTest::currentTestFailed()) {
            qWarning("buffer %d: %s", i, junk.toHex().constData());
            return;
        }
        whole.endOfStream();
        whole.feed(hex("1b40") + "RESYNC\n");
        QCOMPARE(allLines(whole).last(), u"RESYNC"_s);
        QCOMPARE(whole.bytesPending(), 0);
    }
}

void TestEscPosParser::codePages_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("byte");
    QTest::addColumn<QString>("expected");

    QTest::newRow("CP858 0xD5 euro") << 19 << 0xD5 << u"€"_s;
    QTest::newRow("CP850 0xD5 dotless i") << 2 << 0xD5 << u"ı"_s;
    QTest::newRow("CP437 0x84 ä") << 0 << 0x84 << u"ä"_s;
    QTest::newRow("CP437 0x94 ö") << 0 << 0x94 << u"ö"_s;
    QTest::newRow("CP437 0x81 ü") << 0 << 0x81 << u"ü"_s;
    QTest::newRow("CP437 0x8E Ä") << 0 << 0x8E << u"Ä"_s;
    QTest::newRow("CP437 0x99 Ö") << 0 << 0x99 << u"Ö"_s;
    QTest::newRow("CP437 0x9A Ü") << 0 << 0x9A << u"Ü"_s;
    QTest::newRow("CP437 0xE1 ß") << 0 << 0xE1 << u"ß"_s;
    QTest::newRow("CP437 0x82 é") << 0 << 0x82 << u"é"_s;
    QTest::newRow("CP437 0x9C £") << 0 << 0x9C << u"£"_s;
    QTest::newRow("CP437 0xC4 box line") << 0 << 0xC4 << u"─"_s;
    QTest::newRow("CP858 0x84 ä") << 19 << 0x84 << u"ä"_s;
    QTest::newRow("CP858 0xE1 ß") << 19 << 0xE1 << u"ß"_s;
    QTest::newRow("CP858 0x9D Ø") << 19 << 0x9D << u"Ø"_s;
    QTest::newRow("CP850 0xB8 ©") << 2 << 0xB8 << u"©"_s;
    QTest::newRow("CP1252 0x80 euro") << 16 << 0x80 << u"€"_s;
    QTest::newRow("CP1252 0xE4 ä") << 16 << 0xE4 << u"ä"_s;
    QTest::newRow("CP1252 0xDF ß") << 16 << 0xDF << u"ß"_s;
    QTest::newRow("CP1252 0x84 „") << 16 << 0x84 << u"„"_s;
    QTest::newRow("CP1252 0x81 undefined") << 16 << 0x81 << QString(QChar(QChar::ReplacementCharacter));
}

void TestEscPosParser::codePages()
{
    QFETCH(int, page);
    QFETCH(int, byte);
    QFETCH(QString, expected);

    EscPosParser parser;
    parser.feed(hex("1b74") + char(page) + char(byte) + '\n');
    QCOMPARE(parser.openReceipt().textLines(), QStringList{expected});
}

void TestEscPosParser::codePageTablesComplete()
{
    for (const CodePage page : {CodePage::Cp437, CodePage::Cp850, CodePage::Cp858, CodePage::Cp1252}) {
        QSet<QChar> seen;
        int undefined = 0;
        for (int b = 0x80; b <= 0xFF; ++b) {
            const QChar c = decodeByte(page, static_cast<unsigned char>(b));
            QVERIFY2(c.unicode() >= 0xA0, qPrintable(u"%1 0x%2"_s.arg(codePageName(page)).arg(b, 0, 16)));
            if (c == QChar(QChar::ReplacementCharacter))
                ++undefined;
            else
                seen.insert(c);
        }
        // One character per byte: a table with a shifted row repeats some.
        QCOMPARE(seen.size() + undefined, 128);
        QCOMPARE(undefined, page == CodePage::Cp1252 ? 5 : 0);
        QCOMPARE(codePageFromEscPos(escPosNumber(page)), page);
    }
}

void TestEscPosParser::umlautsAndEuroLine()
{
    EscPosParser parser;
    parser.feed(hex("1b40 1b7413") + "Gr\x81\xE1" "e aus K\x94ln: 4,99 \xD5" "\n");
    parser.feed(hex("1b7410") + "\xC4pfel 1,00 \x80\n");   // CP1252
    parser.feed(hex("1b7400") + "Caf\x82 \x9C\n");         // CP437
    QCOMPARE(parser.openReceipt().textLines(),
        (QStringList{u"Grüße aus Köln: 4,99 €"_s, u"Äpfel 1,00 €"_s, u"Café £"_s}));
    QCOMPARE(parser.codePage(), CodePage::Cp437);
}

void TestEscPosParser::rasterSlicesReassemble()
{
    // 576 × 1000 dots of noise: any lost, doubled or shifted byte shows.
    constexpr int widthBytes = 72, height = 1000, slice = 24;
    QRandomGenerator random(576);
    QByteArray bits(widthBytes * height, Qt::Uninitialized);
    for (char &c : bits)
        c = char(random.bounded(256));

    QByteArray job = hex("1b40 1b6101");
    for (int top = 0; top < height; top += slice) {
        const int rows = std::min(slice, height - top);
        job += hex("1d7630 00") + char(widthBytes) + '\0' + char(rows) + '\0';
        job += bits.mid(top * widthBytes, rows * widthBytes);
    }
    job += hex("1d5600");

    EscPosParser parser;
    feedInChunks(parser, job, random, 300);
    QCOMPARE(parser.receipts().size(), 1);
    const auto images = parser.receipts()[0].images();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images[0].align, Align::Center);
    const QImage &image = images[0].image;
    QCOMPARE(image.size(), QSize(576, 1000));
    QCOMPARE(image.format(), QImage::Format_Mono);
    for (int y = 0; y < height; ++y) {
        const QByteArray row(reinterpret_cast<const char *>(image.constScanLine(y)), widthBytes);
        if (row != bits.mid(y * widthBytes, widthBytes))
            QFAIL(qPrintable(u"row %1 differs"_s.arg(y)));
    }
    QCOMPARE(QColor(image.pixel(0, 0)) == QColor(Qt::black), bool(static_cast<unsigned char>(bits[0]) & 0x80));
}

void TestEscPosParser::rasterSlicesWithTextBetweenStaySeparate()
{
    EscPosParser parser;
    parser.feed(hex("1d7630 00 0100 0100 ff") + "text\n" + hex("1d7630 00 0100 0100 ff 1d7630 00 0100 0100 0f"));
    const auto images = parser.openReceipt().images();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images[0].image.height(), 1);
    QCOMPARE(images[1].image.height(), 2);
}

void TestEscPosParser::rasterRefusesImpossibleSizes()
{
    EscPosParser parser;
    // 0 bytes per row, and 200 bytes per row (1600 dots): header refused, text after it prints.
    parser.feed(hex("1d7630 00 0000 0100") + "A\n" + hex("1d7630 00 c800 0100") + "B\n");
    QCOMPARE(parser.openReceipt().textLines(), (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(countEvents(parser.events(), ParserEvent::Kind::Invalid), 2);
}

void TestEscPosParser::stylesPerLineAndRun()
{
    EscPosParser parser;
    parser.feed("Total " + hex("1b4501") + "9,99" + hex("1b4500 0a"));
    parser.feed(hex("1d2101") + "tall" + hex("1d2100 0a 1b2130") + "big" + hex("1b2100 0a"));
    parser.feed(hex("1b2d01") + "under\n" + hex("1b2d00"));
    const auto lines = parser.openReceipt().lines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0].runs.size(), 2);
    QCOMPARE(lines[0].runs[0].style.bold, false);
    QCOMPARE(lines[0].runs[1].text, u"9,99"_s);
    QCOMPARE(lines[0].runs[1].style.bold, true);
    QCOMPARE(lines[0].style.bold, false);
    QCOMPARE(lines[1].style.heightScale, 2);
    QCOMPARE(lines[1].style.widthScale, 1);
    QCOMPARE(lines[2].style.widthScale, 2);
    QCOMPARE(lines[2].style.heightScale, 2);
    QCOMPARE(lines[2].maxWidthScale(), 2);
    QCOMPARE(lines[3].style.underline, 1);
}

void TestEscPosParser::alignmentAndFeeds()
{
    EscPosParser parser;
    parser.feed(hex("1b6102") + "right\n" + hex("1b6101") + "centre" + hex("1b6100") + " still centre\n");
    parser.feed("x" + hex("1b6403") + hex("1b6402") + hex("1b3318") + "y\n" + hex("1b4a50") + "z" + hex("1b4a10"));
    const auto lines = parser.openReceipt().lines();
    QCOMPARE(lines[0].align, Align::Right);
    QCOMPARE(lines[1].align, Align::Center);   // alignment counts where the line begins
    QCOMPARE(lines[1].text(), u"centre still centre"_s);
    // "x" + ESC d 3: the line and two blank ones; ESC d 2 with nothing pending: two blank lines.
    QCOMPARE(parser.openReceipt().textLines().mid(2),
        (QStringList{u"x"_s, QString(), QString(), QString(), QString(), u"y"_s, u"z"_s}));
    QCOMPARE(lines[7].feedDots, 0x18);
    QCOMPARE(lines[8].feedDots, 0x10);   // ESC J prints the line and feeds n dots
    QVERIFY(std::holds_alternative<PaperFeed>(parser.openReceipt().blocks[8]));
    QCOMPARE(std::get<PaperFeed>(parser.openReceipt().blocks[8]).dots, 0x50);
}

void TestEscPosParser::initClearsBuffer()
{
    EscPosParser parser;
    parser.feed(hex("1b4501 1d2111 1b6101 1b7413") + "lost" + hex("1b40") + "kept\n");
    const auto lines = parser.openReceipt().lines();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines[0].text(), u"kept"_s);
    QCOMPARE(lines[0].style, TextStyle{});
    QCOMPARE(lines[0].align, Align::Left);
    QCOMPARE(parser.codePage(), CodePage::Cp437);
}

void TestEscPosParser::discardingPrintsNothingButAnswers()
{
    EscPosParser parser;
    parser.setDiscarding(true);
    parser.feed("lost\n" + hex("1b700019fa 100402 1d5600"));
    QVERIFY(parser.receipts().isEmpty());
    QVERIFY(parser.openReceipt().isEmpty());
    QCOMPARE(parser.events().size(), 1);
    QCOMPARE(parser.events()[0].kind, ParserEvent::Kind::StatusRequest);
    QCOMPARE(parser.events()[0].value, 2);
    parser.setDiscarding(false);
    parser.feed("printed\n" + hex("1d5600"));
    QCOMPARE(parser.receipts().size(), 1);
    QCOMPARE(parser.receipts()[0].textLines(), QStringList{u"printed"_s});
}

void TestEscPosParser::endOfStreamDropsCutCommand()
{
    EscPosParser parser;
    parser.feed("waiting" + hex("1d7630 00 4800 e803") + QByteArray(100, '\xff'));
    QCOMPARE(parser.bytesPending(), 108);
    parser.endOfStream();
    QCOMPARE(parser.bytesPending(), 0);
    QCOMPARE(parser.events().size(), 1);
    QCOMPARE(parser.events()[0].kind, ParserEvent::Kind::Truncated);
    QCOMPARE(parser.events()[0].offset, 7);
    QCOMPARE(parser.pendingText(), u"waiting"_s);   // still in the printer's buffer
    parser.feed(" more\n");
    QCOMPARE(parser.openReceipt().textLines(), QStringList{u"waiting more"_s});
    QCOMPARE(parser.bytesFed(), 7 + 108 + 6);
}

void TestEscPosParser::barcodeFunctionAStopsAtBadByte()
{
    EscPosParser parser;
    // No NUL before the line feed: the barcode is refused and its data prints as text.
    parser.feed(hex("1d6b04") + "ABC\nnext\n");
    QCOMPARE(parser.openReceipt().textLines(), (QStringList{u"ABC"_s, u"next"_s}));
    QVERIFY(parser.openReceipt().barcodes().isEmpty());
    QCOMPARE(countEvents(parser.events(), ParserEvent::Kind::Invalid), 1);
}

QTEST_APPLESS_MAIN(TestEscPosParser)
#include "tst_escpos_parser.moc"
