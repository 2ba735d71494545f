// Printer code pages: ESC t numbers, the byte of German and French letters
// and €, the tables against each other, and the fallback for the rest.
#include "drivers/escpos/code_page.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos::drivers;

Q_DECLARE_METATYPE(retailos::drivers::CodePage)

namespace {

QString characters(const QList<char32_t> &list)
{
    return QString::fromUcs4(list.constData(), list.size());
}

} // namespace

class TestCodePage : public QObject
{
    Q_OBJECT

private slots:
    void escPosNumber_data();
    void escPosNumber();
    void encode_data();
    void encode();
    void everyDefinedByteRoundTrips_data();
    void everyDefinedByteRoundTrips();
    void cp858IsCp850WithEuro();
    void decodeText();
    void fromName_data();
    void fromName();
};

void TestCodePage::escPosNumber_data()
{
    QTest::addColumn<CodePage>("page");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("name");

    QTest::newRow("CP437") << CodePage::Cp437 << 0 << u"CP437"_s;
    QTest::newRow("CP850") << CodePage::Cp850 << 2 << u"CP850"_s;
    QTest::newRow("CP858") << CodePage::Cp858 << 19 << u"CP858"_s;
    QTest::newRow("CP1252") << CodePage::Cp1252 << 16 << u"CP1252"_s;
}

void TestCodePage::escPosNumber()
{
    QFETCH(CodePage, page);
    QFETCH(int, n);
    QFETCH(QString, name);
    QCOMPARE(int(escPosCodePageNumber(page)), n);
    QCOMPARE(codePageName(page), name);
}

void TestCodePage::encode_data()
{
    QTest::addColumn<CodePage>("page");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::addColumn<QString>("unencodable");

    // The bytes from the IBM and Microsoft code charts.
    QTest::newRow("CP858 €") << CodePage::Cp858 << u"€"_s << "d5"_ba << QString();
    QTest::newRow("CP858 ä ö ü ß") << CodePage::Cp858 << u"äöüß"_s << "84 94 81 e1"_ba << QString();
    QTest::newRow("CP858 Ä Ö Ü") << CodePage::Cp858 << u"ÄÖÜ"_s << "8e 99 9a"_ba << QString();
    QTest::newRow("CP858 é à") << CodePage::Cp858 << u"éà"_s << "82 85"_ba << QString();
    QTest::newRow("CP858 price line") << CodePage::Cp858 << u"3 × 1,99 €"_s << "33 20 9e 20 31 2c 39 39 20 d5"_ba
                                      << QString();
    QTest::newRow("CP850 ä ö ü ß") << CodePage::Cp850 << u"äöüß"_s << "84 94 81 e1"_ba << QString();
    QTest::newRow("CP437 ä ö ü ß é") << CodePage::Cp437 << u"äöüßé"_s << "84 94 81 e1 82"_ba << QString();
    QTest::newRow("CP1252 € ä ß é") << CodePage::Cp1252 << u"€äßé"_s << "80 e4 df e9"_ba << QString();
    QTest::newRow("CP1252 quotes and dash") << CodePage::Cp1252 << u"„x“ – y"_s << "84 78 93 20 96 20 79"_ba
                                            << QString();
    QTest::newRow("ASCII passes") << CodePage::Cp858 << u"Milk 1,5% {x}"_s << QByteArray("Milk 1,5% {x}").toHex()
                                  << QString();
    QTest::newRow("decomposed é is composed first") << CodePage::Cp858 << u"e\u0301"_s << "82"_ba << QString();

    // What the page lacks: ASCII stand-in or '?', always reported.
    QTest::newRow("CP850 € → EUR") << CodePage::Cp850 << u"5 €"_s << "35 20 45 55 52"_ba << u"€"_s;
    QTest::newRow("CP437 € → EUR") << CodePage::Cp437 << u"€"_s << "45 55 52"_ba << u"€"_s;
    QTest::newRow("CP858 ı → i (€ took 0xD5)") << CodePage::Cp858 << u"ı"_s << "69"_ba << u"ı"_s;
    QTest::newRow("CP850 ı stays") << CodePage::Cp850 << u"ı"_s << "d5"_ba << QString();
    QTest::newRow("CP858 curly quotes") << CodePage::Cp858 << u"“Bio”"_s << "22 42 69 6f 22"_ba << u"“”"_s;
    QTest::newRow("CP858 en dash") << CodePage::Cp858 << u"1–2"_s << "31 2d 32"_ba << u"–"_s;
    QTest::newRow("CP858 ellipsis") << CodePage::Cp858 << u"a…"_s << "61 2e 2e 2e"_ba << u"…"_s;
    QTest::newRow("CP858 ǎ → a") << CodePage::Cp858 << u"ǎ"_s << "61"_ba << u"ǎ"_s;
    QTest::newRow("CP858 č → c, é kept") << CodePage::Cp858 << u"čé"_s << "63 82"_ba << u"č"_s;
    QTest::newRow("CP437 × → x") << CodePage::Cp437 << u"3 × 2"_s << "33 20 78 20 32"_ba << u"×"_s;
    QTest::newRow("CP858 no-break space") << CodePage::Cp858 << u"1\u202F000"_s << "31 20 30 30 30"_ba
                                          << u"\u202F"_s;
    QTest::newRow("check mark") << CodePage::Cp858 << u"Tee ✓"_s << "54 65 65 20 3f"_ba << u"✓"_s;
    QTest::newRow("CJK") << CodePage::Cp858 << u"寿司"_s << "3f 3f"_ba << u"寿司"_s;
    QTest::newRow("emoji is one character") << CodePage::Cp858 << u"a😀b"_s << "61 3f 62"_ba << u"😀"_s;
    QTest::newRow("reported once") << CodePage::Cp858 << u"✓✓"_s << "3f 3f"_ba << u"✓"_s;
    QTest::newRow("ESC never reaches the printer") << CodePage::Cp858 << u"a\u001B@b"_s << "61 3f 40 62"_ba
                                                   << u"\u001B"_s;
    QTest::newRow("newline never reaches the printer") << CodePage::Cp858 << u"a\nb"_s << "61 3f 62"_ba << u"\n"_s;
    QTest::newRow("tab becomes a space") << CodePage::Cp858 << u"a\tb"_s << "61 20 62"_ba << u"\t"_s;
}

void TestCodePage::encode()
{
    QFETCH(CodePage, page);
    QFETCH(QString, text);
    QFETCH(QByteArray, expectedHex);
    QFETCH(QString, unencodable);

    const EncodedText e = encodeText(text, page);
    QCOMPARE(e.bytes.toHex(' '), QByteArray::fromHex(expectedHex).toHex(' '));
    QCOMPARE(characters(e.unencodable), unencodable);
}

void TestCodePage::everyDefinedByteRoundTrips_data()
{
    QTest::addColumn<CodePage>("page");
    QTest::addColumn<int>("undefined");   // bytes 0x80–0xFF without a character

    QTest::newRow("CP437") << CodePage::Cp437 << 0;
    QTest::newRow("CP850") << CodePage::Cp850 << 0;
    QTest::newRow("CP858") << CodePage::Cp858 << 0;
    QTest::newRow("CP1252") << CodePage::Cp1252 << 5;   // 81 8D 8F 90 9D
}

void TestCodePage::everyDefinedByteRoundTrips()
{
    QFETCH(CodePage, page);
    QFETCH(int, undefined);

    int missing = 0;
    for (int b = 0x80; b <= 0xFF; ++b) {
        const char32_t c = codePageCharacter(page, quint8(b));
        if (c == 0xFFFD) {
            ++missing;
            continue;
        }
        const EncodedText e = encodeText(QString::fromUcs4(&c, 1), page);
        QVERIFY2(e.unencodable.isEmpty(), qPrintable(u"byte %1"_s.arg(b, 0, 16)));
        QCOMPARE(quint8(e.bytes.at(0)), quint8(b));   // also: no character appears twice in a table
    }
    QCOMPARE(missing, undefined);
}

void TestCodePage::cp858IsCp850WithEuro()
{
    for (int b = 0x00; b <= 0xFF; ++b) {
        if (b == 0xD5)
            continue;
        QCOMPARE(codePageCharacter(CodePage::Cp858, quint8(b)), codePageCharacter(CodePage::Cp850, quint8(b)));
    }
    QCOMPARE(codePageCharacter(CodePage::Cp858, 0xD5), char32_t(0x20AC));
    QCOMPARE(codePageCharacter(CodePage::Cp850, 0xD5), char32_t(0x0131));
}

void TestCodePage::decodeText()
{
    QCOMPARE(retailos::drivers::decodeText(QByteArray::fromHex("42 84 63 6b 65 72 20 d5"), CodePage::Cp858),
             u"Bäcker €"_s);
    QCOMPARE(retailos::drivers::decodeText(QByteArray::fromHex("80 e4 81"), CodePage::Cp1252), u"€ä\uFFFD"_s);
}

void TestCodePage::fromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("page");   // -1: rejected

    QTest::newRow("CP858") << u"CP858"_s << int(CodePage::Cp858);
    QTest::newRow("cp850") << u"cp850"_s << int(CodePage::Cp850);
    QTest::newRow("437") << u" 437 "_s << int(CodePage::Cp437);
    QTest::newRow("PC858") << u"PC858"_s << int(CodePage::Cp858);
    QTest::newRow("WPC1252") << u"WPC1252"_s << int(CodePage::Cp1252);
    QTest::newRow("windows-1252") << u"windows-1252"_s << int(CodePage::Cp1252);
    QTest::newRow("CP866") << u"CP866"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestCodePage::fromName()
{
    QFETCH(QString, name);
    QFETCH(int, page);

    const auto parsed = codePageFromName(name);
    if (page < 0) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, u"escpos.code_page"_s);
        QVERIFY(parsed.error().message.contains(name));
    } else {
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), page);
    }
}

QTEST_GUILESS_MAIN(TestCodePage)
#include "tst_code_page.moc"
