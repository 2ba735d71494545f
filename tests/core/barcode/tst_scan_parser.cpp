// End-to-end scan decision table with the default European rules.
#include "core/barcode/scan_parser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;

namespace {

// Test strings write the GS separator as '|'.
QString gs(QString text)
{
    return text.replace(u'|', QChar(kGs1Separator));
}

QString kindName(LookupKind kind)
{
    switch (kind) {
    case LookupKind::Gtin:
        return u"gtin"_s;
    case LookupKind::Plu:
        return u"plu"_s;
    case LookupKind::StoreCode:
        return u"store"_s;
    }
    return QString();
}

} // namespace

class TestScanParser : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void sameItemWhateverTheForm();
    void gs1Details();
    void addOn();
    void storeCodePrefixesOnly();
    void otherCurrencyExponent();
};

void TestScanParser::accepts_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("symbology"); // symbologyName()
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("price"); // -1: none
    QTest::addColumn<qint64>("grams"); // -1: none

    const qint64 none = -1;
    // EAN/UPC family.
    QTest::newRow("EAN-13") << u"4006381333931"_s << u"EAN-13"_s << u"gtin"_s << u"04006381333931"_s << none << none;
    QTest::newRow("EAN-13 + CR LF") << u"4006381333931\r\n"_s << u"EAN-13"_s << u"gtin"_s << u"04006381333931"_s << none
                                    << none;
    QTest::newRow("EAN-13 with spaces and tab")
        << u"  4006381333931\t"_s << u"EAN-13"_s << u"gtin"_s << u"04006381333931"_s << none << none;
    QTest::newRow("]E0 EAN-13 + CR") << u"]E04006381333931\r"_s << u"EAN-13"_s << u"gtin"_s << u"04006381333931"_s
                                     << none << none;
    QTest::newRow("UPC-A") << u"036000291452"_s << u"UPC-A"_s << u"gtin"_s << u"00036000291452"_s << none << none;
    QTest::newRow("]E0 UPC-A as 12 digits")
        << u"]E0036000291452"_s << u"UPC-A"_s << u"gtin"_s << u"00036000291452"_s << none << none;
    QTest::newRow("EAN-8") << u"73513537"_s << u"EAN-8"_s << u"gtin"_s << u"00000073513537"_s << none << none;
    QTest::newRow("]E4 EAN-8") << u"]E473513537"_s << u"EAN-8"_s << u"gtin"_s << u"00000073513537"_s << none << none;
    QTest::newRow("8 digits, EAN-8 fails, UPC-E fits")
        << u"04252614"_s << u"UPC-E"_s << u"gtin"_s << u"00042100005264"_s << none << none;
    QTest::newRow("8 digits valid as both: EAN-8 wins")
        << u"01234565"_s << u"EAN-8"_s << u"gtin"_s << u"00000001234565"_s << none << none;
    QTest::newRow("same 8 digits with ]E0: UPC-E")
        << u"]E001234565"_s << u"UPC-E"_s << u"gtin"_s << u"00012345000065"_s << none << none;
    QTest::newRow("UPC-E 7 digits") << u"0425261"_s << u"UPC-E"_s << u"gtin"_s << u"00042100005264"_s << none << none;
    QTest::newRow("UPC-E 6 digits") << u"425261"_s << u"UPC-E"_s << u"gtin"_s << u"00042100005264"_s << none << none;
    QTest::newRow("Coca-Cola UPC-E") << u"04963406"_s << u"UPC-E"_s << u"gtin"_s << u"00049000006346"_s << none << none;
    QTest::newRow("GTIN-14 keyed") << u"10012345678902"_s << u"unknown"_s << u"gtin"_s << u"10012345678902"_s << none
                                   << none;
    QTest::newRow("]I1 ITF-14") << u"]I110012345678902"_s << u"ITF"_s << u"gtin"_s << u"10012345678902"_s << none
                                << none;
    QTest::newRow("]C0 Code 128 with a GTIN")
        << u"]C04006381333931"_s << u"Code 128"_s << u"gtin"_s << u"04006381333931"_s << none << none;
    // Embedded values with the default rules.
    QTest::newRow("20 weight 1.500 kg, PLU")
        << u"2004011015006"_s << u"EAN-13"_s << u"plu"_s << u"4011"_s << none << qint64(1500);
    QTest::newRow("21 price 12.34, PLU") << u"2100042012349"_s << u"EAN-13"_s << u"plu"_s << u"42"_s << qint64(1234)
                                         << none;
    QTest::newRow("22 price 12.99 checked, zeroed")
        << u"2212345012992"_s << u"EAN-13"_s << u"gtin"_s << u"02212340000000"_s << qint64(1299) << none;
    QTest::newRow("23 weight 2.500 kg checked, zeroed")
        << u"2304565025002"_s << u"EAN-13"_s << u"gtin"_s << u"02304560000004"_s << none << qint64(2500);
    QTest::newRow("21 as GTIN-14") << u"02100042012349"_s << u"unknown"_s << u"plu"_s << u"42"_s << qint64(1234)
                                   << none;
    // PLUs.
    QTest::newRow("PLU 4011 bananas") << u"4011"_s << u"unknown"_s << u"plu"_s << u"4011"_s << none << none;
    QTest::newRow("PLU 94011 organic") << u"94011"_s << u"unknown"_s << u"plu"_s << u"94011"_s << none << none;
    QTest::newRow("PLU with leading zero") << u"04011\n"_s << u"unknown"_s << u"plu"_s << u"4011"_s << none << none;
    // GS1.
    QTest::newRow("]C1 GS1-128 with weight") << u"]C1"
                                                "0109501101530003"
                                                "3103000750"
                                                "10AB-123"_s
                                             << u"GS1-128"_s << u"gtin"_s << u"09501101530003"_s << none << qint64(750);
    QTest::newRow("GS1 brackets keyed") << u"(01)09501101530003(17)260131(10)AB-123"_s << u"unknown"_s << u"gtin"_s
                                        << u"09501101530003"_s << none << none;
    QTest::newRow("raw GS1 without AIM, with GS")
        << gs(u"0109501101530003"
              "10AB-123|3103000750"_s)
        << u"unknown"_s << u"gtin"_s << u"09501101530003"_s << none << qint64(750);
    QTest::newRow("]e0 DataBar price 3922")
        << u"]e0"
           "0109501101530003"
           "39221299"_s
        << u"GS1 DataBar"_s << u"gtin"_s << u"09501101530003"_s << qint64(1299) << none;
    QTest::newRow("]d2 price in EUR 3932")
        << u"]d2"
           "0109501101530003"
           "3932978001299"_s
        << u"GS1 DataMatrix"_s << u"gtin"_s << u"09501101530003"_s << qint64(1299) << none;
    QTest::newRow("]Q3 price with 3 decimals, lb weight")
        << gs(u"]Q3"
              "0109501101530003"
              "3923012995|"
              "3202000100"_s)
        << u"GS1 QR Code"_s << u"gtin"_s << u"09501101530003"_s << qint64(1300) << qint64(454);
    // Store codes.
    QTest::newRow("store code") << u"SC-1042"_s << u"unknown"_s << u"store"_s << u"SC-1042"_s << none << none;
    QTest::newRow("store code upper-cased")
        << u"abc123\r\n"_s << u"unknown"_s << u"store"_s << u"ABC123"_s << none << none;
    QTest::newRow("]A0 Code 39 store code")
        << u"]A0GIFT-50"_s << u"Code 39"_s << u"store"_s << u"GIFT-50"_s << none << none;
    QTest::newRow("20 characters") << u"ABCDEFGHIJ0123456789"_s << u"unknown"_s << u"store"_s
                                   << u"ABCDEFGHIJ0123456789"_s << none << none;
}

void TestScanParser::accepts()
{
    QFETCH(QString, raw);
    QFETCH(QString, symbology);
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(qint64, price);
    QFETCH(qint64, grams);

    const ScanParser parser;
    const Result<ScannedCode> code = parser.parse(raw);
    QVERIFY2(code.has_value(), qPrintable(code ? QString() : code.error().code + u": "_s + code.error().message));
    QCOMPARE(QString::fromLatin1(symbologyName(code->symbology)), symbology);
    QCOMPARE(kindName(code->lookupKind), kind);
    QCOMPARE(code->lookupKey, key);
    QCOMPARE(code->embeddedPriceMinor.value_or(-1), price);
    QCOMPARE(code->embeddedWeightGrams.value_or(-1), grams);
    QCOMPARE(code->raw, raw);
}

void TestScanParser::rejects_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << u"barcode.empty"_s << QString();
    QTest::newRow("only CR LF and spaces") << u"  \r\n"_s << u"barcode.empty"_s << QString();
    QTest::newRow("AIM id without data") << u"]E0\r"_s << u"barcode.empty"_s << QString();
    QTest::newRow("EAN-13 wrong check digit")
        << u"4006381333932"_s << u"barcode.check_digit"_s << u"Check digit should be 1, not 2"_s;
    QTest::newRow("UPC-A wrong check digit")
        << u"036000291457\r\n"_s << u"barcode.check_digit"_s << u"should be 2, not 7"_s;
    QTest::newRow("8 digits, neither EAN-8 nor UPC-E")
        << u"73513530"_s << u"barcode.check_digit"_s << u"should be 7, not 0"_s;
    QTest::newRow("]E0 UPC-E wrong check digit")
        << u"]E004252615"_s << u"barcode.check_digit"_s << u"should be 4, not 5"_s;
    QTest::newRow("11 digits") << u"03600029145"_s << u"barcode.length"_s
                               << u"A GTIN has 8, 12, 13 or 14 digits; this code has 11"_s;
    QTest::newRow("3 digits") << u"123"_s << u"barcode.length"_s << u"has 3"_s;
    QTest::newRow("7 digits not UPC-E") << u"5425261"_s << u"barcode.length"_s << u"has 7"_s;
    QTest::newRow("]E0 with 10 digits") << u"]E01234567890"_s << u"barcode.length"_s << u"has 10"_s;
    QTest::newRow("]E4 with 13 digits") << u"]E44006381333931"_s << u"barcode.length"_s << u"has 13"_s;
    QTest::newRow("]E0 with letters") << u"]E0ABC"_s << u"barcode.not_digits"_s << u"“A”"_s;
    QTest::newRow("prefix 24 has no rule")
        << u"2400012012349"_s << u"barcode.embedded_no_rule"_s << u"No rule for prefix 24"_s;
    QTest::newRow("UPC-A number system 2 has no rule")
        << u"201234005995"_s << u"barcode.embedded_no_rule"_s << u"prefix 2"_s;
    QTest::newRow("22 with wrong price check digit")
        << u"2212348012999"_s << u"barcode.embedded_check_digit"_s << u"Price check digit should be 5, not 8"_s;
    QTest::newRow("unknown AIM id") << u"]X04006381333931"_s << u"barcode.aim_unknown"_s << u"]X0"_s;
    QTest::newRow("add-on alone") << u"]E212345"_s << u"barcode.addon_only"_s << QString();
    QTest::newRow("garbage") << u"12$%&"_s << u"barcode.bad_chars"_s << u"“$”"_s;
    QTest::newRow("space inside") << u"ABC 123"_s << u"barcode.bad_chars"_s << u"“ ”"_s;
    QTest::newRow("escape character") << u"AB\x1b"
                                         "C"_s
                                      << u"barcode.bad_chars"_s << u"0x1b"_s;
    QTest::newRow("store code too long") << u"ABCDEFGHIJ01234567890"_s << u"barcode.store_code_length"_s
                                         << u"this one has 21"_s;
    QTest::newRow("GS1 bad GTIN") << u"]C10109501101530004"_s << u"barcode.check_digit"_s
                                  << u"(01) should be 3, not 4"_s;
    QTest::newRow("GS1 unknown AI") << u"]C1010950110153000327123"_s << u"barcode.gs1_unknown_ai"_s << u"(27)"_s;
    QTest::newRow("GS1 without GTIN") << u"]C100106141411234567897"_s << u"barcode.gs1_no_gtin"_s << QString();
    QTest::newRow("GS1 price in USD") << u"(01)09501101530003(3932)840001299"_s << u"barcode.gs1_currency"_s
                                      << u"840"_s;
    QTest::newRow("GS1 truncated") << u"]C101095011015300"_s << u"barcode.gs1_truncated"_s << u"(01)"_s;
}

void TestScanParser::rejects()
{
    QFETCH(QString, raw);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);

    const ScanParser parser;
    const Result<ScannedCode> code = parser.parse(raw);
    QVERIFY2(!code.has_value(), qPrintable(code ? u"accepted as "_s + code->lookupKey : QString()));
    QCOMPARE(code.error().code, errorCode);
    QVERIFY2(code.error().message.contains(messagePart), qPrintable(code.error().message));
    QVERIFY(!code.error().message.isEmpty());
}

void TestScanParser::sameItemWhateverTheForm()
{
    const ScanParser parser;
    const QString key = u"00036000291452"_s;
    for (const QString &raw : { u"036000291452"_s, u"0036000291452"_s, u"00036000291452"_s, u"]E0036000291452"_s,
             u"]E00036000291452\r\n"_s, u"(01)00036000291452"_s }) {
        const Result<ScannedCode> code = parser.parse(raw);
        QVERIFY2(code.has_value(), qPrintable(raw));
        QCOMPARE(code->lookupKey, key);
        QCOMPARE(code->lookupKind, LookupKind::Gtin);
    }
}

void TestScanParser::gs1Details()
{
    const Result<ScannedCode> code = ScanParser().parse(u"]C1"
                                                        "0109501101530003"
                                                        "17260131"
                                                        "10AB-123\r\n"_s);
    QVERIFY(code.has_value());
    QVERIFY(code->gs1.has_value());
    QCOMPARE(code->gs1->expiry, QDate(2026, 1, 31));
    QCOMPARE(code->gs1->batch, u"AB-123"_s);
    QCOMPARE(code->gs1->elements.size(), 3);
    QVERIFY(!ScanParser().parse(u"4006381333931"_s)->gs1.has_value());
}

void TestScanParser::addOn()
{
    const ScanParser parser;
    const Result<ScannedCode> two = parser.parse(u"]E3977123456700312"_s);
    QVERIFY(two.has_value());
    QCOMPARE(two->lookupKey, u"09771234567003"_s);
    QCOMPARE(two->addOn, u"12"_s);
    QCOMPARE(two->symbology, Symbology::Ean13);

    const Result<ScannedCode> five = parser.parse(u"]E303600029145251299"_s);
    QVERIFY(five.has_value());
    QCOMPARE(five->lookupKey, u"00036000291452"_s);
    QCOMPARE(five->addOn, u"51299"_s);
    QCOMPARE(five->symbology, Symbology::UpcA);

    QCOMPARE(parser.parse(u"]E34006381333931123"_s).error().code, u"barcode.length"_s);
}

void TestScanParser::storeCodePrefixesOnly()
{
    ScanRules rules = ScanRules::defaults();
    rules.anyAlphanumericIsStoreCode = false;
    rules.storeCodePrefixes = { u"sc"_s, u"GIFT"_s };
    const ScanParser parser(rules);

    QCOMPARE(parser.parse(u"sc42"_s)->lookupKey, u"SC42"_s);
    QCOMPARE(parser.parse(u"GIFT-50"_s)->lookupKind, LookupKind::StoreCode);
    const Result<ScannedCode> other = parser.parse(u"AB42"_s);
    QVERIFY(!other.has_value());
    QCOMPARE(other.error().code, u"barcode.unrecognised"_s);
    QVERIFY(other.error().message.contains(u"AB42"_s));
    // Barcodes are unaffected.
    QCOMPARE(parser.parse(u"4006381333931"_s)->lookupKey, u"04006381333931"_s);
}

void TestScanParser::otherCurrencyExponent()
{
    ScanRules rules = ScanRules::defaults();
    rules.currencyExponent = 3; // e.g. KWD
    rules.currencyNumericCode = u"414"_s;
    const ScanParser parser(rules);
    QCOMPARE(parser.parse(u"2100042012349"_s)->embeddedPriceMinor, std::optional<qint64>(12340));
    QCOMPARE(parser.parse(u"(01)09501101530003(3932)414012345"_s)->embeddedPriceMinor, std::optional<qint64>(123450));
    QCOMPARE(parser.parse(u"(01)09501101530003(3932)978001299"_s).error().code, u"barcode.gs1_currency"_s);
    QVERIFY(rules.validate().has_value());
    QVERIFY(ScanRules::defaults().validate().has_value());
}

QTEST_APPLESS_MAIN(TestScanParser)
#include "tst_scan_parser.moc"
