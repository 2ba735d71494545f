// The customer display's bytes: golden bytes for both command sets, umlauts
// and € through the code page, lines cut or padded to 20 columns; and the
// same bytes read back by the display simulator's parser, which decodes
// with ICU's tables rather than the encoder's.
#include "drivers/display/customer_display_encoder.h"
#include "drivers/simulator/display_simulator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray padded(const char *text)
{
    return QByteArray(text).leftJustified(20, ' ');
}
} // namespace

class tst_DisplayEncoder : public QObject
{
    Q_OBJECT

private slots:
    void epsonGoldenBytes();
    void cd5220GoldenBytes();
    void fitLine_data();
    void fitLine();
    void protocolNames();
    void roundTripThroughTheSimulator_data();
    void roundTripThroughTheSimulator();
    void parserKeepsUnfinishedCommands();
    void parserCursorAndModes();
    void parserSkipsUnknownBytes();
};

void tst_DisplayEncoder::epsonGoldenBytes()
{
    const CustomerDisplayEncoder encoder(DisplayProtocol::Epson, CodePage::Cp858);
    // ESC @, US MD1 (overwrite), US C 0 (cursor off), ESC t 19 (CP858)
    QCOMPARE(encoder.initialise(), hex("1b40 1f01 1f4300 1b7413"));
    QCOMPARE(encoder.screen(u"Milk 1l         1,99", u"Total          1,99"),
        hex("1f240101") + "Milk 1l         1,99" + hex("1f240102") + padded("Total          1,99"));
    QCOMPARE(encoder.clear(), hex("0c"));
    QCOMPARE(CustomerDisplayEncoder(DisplayProtocol::Epson, CodePage::Cp1252).initialise().right(3), hex("1b7410"));
    QCOMPARE(CustomerDisplayEncoder(DisplayProtocol::Epson, CodePage::Cp437).initialise().right(3), hex("1b7400"));
}

void tst_DisplayEncoder::cd5220GoldenBytes()
{
    const CustomerDisplayEncoder encoder(DisplayProtocol::Cd5220, CodePage::Cp437);
    // ESC @, ESC DC1 (overwrite), ESC _ 0 (cursor off); no table command
    QCOMPARE(encoder.initialise(), hex("1b40 1b11 1b5f00"));
    QCOMPARE(encoder.screen(u"Welcome", u""),
        hex("1b5141") + padded("Welcome") + hex("0d") + hex("1b5142") + padded("") + hex("0d"));
    QCOMPARE(encoder.clear(), hex("0c"));
}

void tst_DisplayEncoder::fitLine_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    const int cp858 = int(CodePage::Cp858);
    const int cp437 = int(CodePage::Cp437);
    const int cp1252 = int(CodePage::Cp1252);
    QTest::newRow("short: padded") << cp858 << u"Hi"_s << padded("Hi");
    QTest::newRow("exactly 20") << cp858 << u"12345678901234567890"_s << QByteArray("12345678901234567890");
    QTest::newRow("long: cut at 20") << cp858 << u"123456789012345678901234"_s << QByteArray("12345678901234567890");
    QTest::newRow("umlauts and euro, CP858")
        << cp858 << u"Käse Öl ß 2,50 €"_s << (QByteArray("K\x84se \x99l \xE1 2,50 \xD5")).leftJustified(20, ' ');
    QTest::newRow("euro, CP1252") << cp1252 << u"ä €"_s << QByteArray("\xE4 \x80").leftJustified(20, ' ');
    QTest::newRow("no euro in CP437: ?") << cp437 << u"ä €"_s << QByteArray("\x84 ?").leftJustified(20, ' ');
    QTest::newRow("decomposed é joins") << cp858 << u"Cafe\u0301"_s << QByteArray("Caf\x82").leftJustified(20, ' ');
    QTest::newRow("CJK and emoji: one ? each") << cp858 << u"A日😀B"_s << QByteArray("A??B").leftJustified(20, ' ');
    QTest::newRow("controls never reach the display")
        << cp858 << u"a\u001bb\nc\td"_s << QByteArray("a b c d").leftJustified(20, ' ');
    QTest::newRow("euro counts one column at the end")
        << cp858 << u"1234567890123456789€X"_s << QByteArray("1234567890123456789\xD5");
}

void tst_DisplayEncoder::fitLine()
{
    QFETCH(int, page);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const CustomerDisplayEncoder encoder(DisplayProtocol::Epson, CodePage(page));
    const QByteArray line = encoder.fitLine(text);
    QCOMPARE(line.size(), 20);
    QCOMPARE(line, expected);
}

void tst_DisplayEncoder::protocolNames()
{
    QCOMPARE(displayProtocolFromName(u"epson").value(), DisplayProtocol::Epson);
    QCOMPARE(displayProtocolFromName(u"cd5220").value(), DisplayProtocol::Cd5220);
    QCOMPARE(displayProtocolFromName(u"vfd").error().code, u"display.protocol"_s);
    QCOMPARE(displayProtocolName(DisplayProtocol::Cd5220), u"cd5220"_s);
}

void tst_DisplayEncoder::roundTripThroughTheSimulator_data()
{
    QTest::addColumn<bool>("cd5220");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("line1");
    QTest::addColumn<QString>("line2");
    QTest::addColumn<QString>("shown1");
    QTest::addColumn<QString>("shown2");
    QTest::newRow("epson CP858") << false << int(CodePage::Cp858) << u"Käse           2,50 €"_s << u"Total"_s
                                 << u"Käse           2,50 "_s << u"Total               "_s;
    QTest::newRow("epson CP1252") << false << int(CodePage::Cp1252) << u"Grüße €"_s << u"Ωmega"_s
                                  << u"Grüße €             "_s << u"?mega               "_s;
    QTest::newRow("cd5220 CP437") << true << int(CodePage::Cp437) << u"Milk 1l         1,99"_s
                                  << u"Total €        1,99"_s << u"Milk 1l         1,99"_s << u"Total ?        1,99 "_s;
}

void tst_DisplayEncoder::roundTripThroughTheSimulator()
{
    QFETCH(bool, cd5220);
    QFETCH(int, page);
    QFETCH(QString, line1);
    QFETCH(QString, line2);
    QFETCH(QString, shown1);
    QFETCH(QString, shown2);
    const CustomerDisplayEncoder encoder(cd5220 ? DisplayProtocol::Cd5220 : DisplayProtocol::Epson, CodePage(page));
    sim::DisplayCommandParser display(cd5220 ? sim::DisplayDialect::Cd5220 : sim::DisplayDialect::Epson);
    display.feed(encoder.initialise());
    display.feed(encoder.screen(u"old text that is long", u"old"));
    display.feed(encoder.screen(line1, line2));
    QCOMPARE(display.lines(), (QStringList { shown1, shown2 }));
    display.feed(encoder.clear());
    QCOMPARE(display.lines(), (QStringList { QString(20, u' '), QString(20, u' ') }));
}

void tst_DisplayEncoder::parserKeepsUnfinishedCommands()
{
    const CustomerDisplayEncoder encoder(DisplayProtocol::Cd5220, CodePage::Cp437);
    const QByteArray bytes = encoder.screen(u"Split across reads", u"second line");
    sim::DisplayCommandParser display(sim::DisplayDialect::Cd5220);
    for (char byte : bytes) // one byte a read, as a slow line delivers them
        display.feed(QByteArray(1, byte));
    QCOMPARE(display.lines(), (QStringList { u"Split across reads  "_s, u"second line         "_s }));

    const CustomerDisplayEncoder epson(DisplayProtocol::Epson);
    const QByteArray epsonBytes = epson.screen(u"Epson", u"split");
    sim::DisplayCommandParser other(sim::DisplayDialect::Epson);
    other.feed(epsonBytes.left(2));
    other.feed(epsonBytes.mid(2, 1));
    other.feed(epsonBytes.mid(3));
    QCOMPARE(other.lines(), (QStringList { u"Epson               "_s, u"split               "_s }));
}

void tst_DisplayEncoder::parserCursorAndModes()
{
    sim::DisplayCommandParser display(sim::DisplayDialect::Epson);
    // Text runs on from the end of the upper line to the lower one.
    display.feed(hex("1f2413 01") + "ABCD");
    QCOMPARE(display.lines(), (QStringList { u"                  AB"_s, u"CD                  "_s }));
    // CAN clears the cursor's line; CR and HOM move the cursor.
    display.feed(hex("18") + "x" + hex("0b") + "y");
    QCOMPARE(display.lines(), (QStringList { u"y                 AB"_s, u"x                   "_s }));
    // Vertical scroll mode: a line feed at the bottom moves the lines up.
    display.feed(hex("1f02 1f240102") + "low" + hex("0a"));
    QCOMPARE(display.lines(), (QStringList { u"low                 "_s, QString(20, u' ') }));
    // ESC @ resets everything.
    display.feed(hex("1b40"));
    QCOMPARE(display.lines(), (QStringList { QString(20, u' '), QString(20, u' ') }));
    QCOMPARE(display.codeTable(), 0);

    sim::DisplayCommandParser cd(sim::DisplayDialect::Cd5220);
    cd.feed(hex("1b6c0302") + "z" + hex("1b5b48") + "a");
    QCOMPARE(cd.lines(), (QStringList { u"a                   "_s, u"  z                 "_s }));
}

void tst_DisplayEncoder::parserSkipsUnknownBytes()
{
    sim::DisplayCommandParser display(sim::DisplayDialect::Epson);
    display.feed(hex("1b7a 01 02 1f7f 1f24 15 09") + "ok"); // unknown ESC z, US 7F; US $ out of range
    QVERIFY(display.ignoredBytes() > 0);
    QCOMPARE(display.lines().size(), 2);
    QCOMPARE(display.lines()[0].size(), 20);
    QVERIFY2(display.lines().join(QString()).contains(u"ok"), qPrintable(display.lines().join(u'|')));
    // A table the simulator does not know keeps the last one.
    display.feed(hex("1b74 13 1b74 63") + "\xD5");
    QCOMPARE(display.codeTable(), 19);
    QVERIFY(display.lines().join(QString()).contains(u"€"));
}

QTEST_APPLESS_MAIN(tst_DisplayEncoder)
#include "tst_display_encoder.moc"
