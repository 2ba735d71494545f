// Price- and weight-embedded EAN-13/UPC-A codes: values, check digits, lookup keys.
#include "core/barcode/embedded_rule.h"
#include "core/barcode/gtin.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;

namespace {

EmbeddedRule rule(const QString &prefix, EmbeddedKind kind, int itemStart, int itemLength, int valueLength,
    int decimals, bool checkDigit, ItemLookup lookup, EmbeddedFormat format = EmbeddedFormat::Ean13)
{
    EmbeddedRule r;
    r.prefix = prefix;
    r.kind = kind;
    r.format = format;
    r.itemStart = itemStart;
    r.itemLength = itemLength;
    r.valueLength = valueLength;
    r.valueDecimals = decimals;
    r.valueCheckDigit = checkDigit;
    r.lookup = lookup;
    return r;
}

// Layouts as a store would configure them; digits: I item, K value check, V value, C check.
QList<EmbeddedRule> storeRules()
{
    using enum EmbeddedKind;
    using enum ItemLookup;
    return {
        rule(u"20"_s, Weight, 2, 5, 5, 3, false, Plu), // 20 IIIII VVVVV C, grams
        rule(u"21"_s, Price, 2, 5, 5, 2, false, Plu), // 21 IIIII VVVVV C, cents
        rule(u"22"_s, Price, 2, 4, 5, 2, true, ZeroedBarcode), // 22 IIII K VVVVV C
        rule(u"23"_s, Weight, 2, 4, 5, 3, true, ZeroedBarcode), // 23 IIII K VVVVV C
        rule(u"27"_s, Weight, 2, 5, 5, 3, false, Plu), // 27 IIIII VVVVV C
        rule(u"271"_s, Price, 3, 4, 5, 2, false, Plu), // 271 IIII VVVVV C (longer prefix wins)
        rule(u"28"_s, Price, 2, 5, 4, 2, true, Plu), // 28 IIIII K VVVV C
        rule(u"29"_s, Weight, 2, 5, 5, 2, false, Plu), // 29 IIIII VVVVV C, kg with 2 decimals
        rule(u"2"_s, Price, 1, 5, 5, 2, false, Plu, EmbeddedFormat::UpcA), // UPC-A 2 IIIII VVVVV C
    };
}

QString gtin14Of(const QString &code)
{
    return normalizeGtin(code).value();
}

} // namespace

class TestEmbeddedRules : public QObject
{
    Q_OBJECT

private slots:
    void priceCheckDigit_data();
    void priceCheckDigit();
    void candidates();
    void decode_data();
    void decode();
    void currencyExponent();
    void rejects_data();
    void rejects();
    void badRules_data();
    void badRules();
};

void TestEmbeddedRules::priceCheckDigit_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("check");

    // The worked examples of GS1 General Specifications 7.9.3.
    QTest::newRow("4-digit 2875") << u"2875"_s << 9;
    QTest::newRow("5-digit 14685") << u"14685"_s << 6;
    QTest::newRow("4-digit 1299") << u"1299"_s << 2;
    QTest::newRow("5-digit 01299") << u"01299"_s << 5;
    QTest::newRow("5-digit 02500") << u"02500"_s << 5;
    QTest::newRow("5-digit 00599") << u"00599"_s << 9;
    QTest::newRow("4 zeros") << u"0000"_s << 0;
    QTest::newRow("5 zeros") << u"00000"_s << 0;
}

void TestEmbeddedRules::priceCheckDigit()
{
    QFETCH(QString, value);
    QFETCH(int, check);
    QCOMPARE(retailos::priceCheckDigit(value), check);
}

void TestEmbeddedRules::candidates()
{
    QVERIFY(isEmbeddedCandidate(u"02100042012349")); // EAN-13 prefix 21
    QVERIFY(isEmbeddedCandidate(u"02900123001251")); // EAN-13 prefix 29
    QVERIFY(isEmbeddedCandidate(u"00201234005995")); // UPC-A number system 2
    QVERIFY(!isEmbeddedCandidate(u"04006381333931")); // ordinary EAN-13
    QVERIFY(!isEmbeddedCandidate(u"00036000291452")); // ordinary UPC-A
    QVERIFY(!isEmbeddedCandidate(u"12100042012346")); // GTIN-14 with indicator 1
    QVERIFY(!isEmbeddedCandidate(u"00000073513537")); // EAN-8
}

void TestEmbeddedRules::decode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("lookup"); // ItemLookup
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("price"); // -1: none
    QTest::addColumn<qint64>("grams"); // -1: none

    const int plu = int(ItemLookup::Plu);
    const int zeroed = int(ItemLookup::ZeroedBarcode);
    QTest::newRow("21 price 12.34, PLU 00042") << u"2100042012349"_s << plu << u"42"_s << qint64(1234) << qint64(-1);
    QTest::newRow("20 weight 1.500 kg, PLU 4011")
        << u"2004011015006"_s << plu << u"4011"_s << qint64(-1) << qint64(1500);
    QTest::newRow("22 price 12.99 with check digit 5, zeroed")
        << u"2212345012992"_s << zeroed << u"02212340000000"_s << qint64(1299) << qint64(-1);
    QTest::newRow("23 weight 2.500 kg with check digit 5, zeroed")
        << u"2304565025002"_s << zeroed << u"02304560000004"_s << qint64(-1) << qint64(2500);
    QTest::newRow("28 4-digit price 28.75, check digit 9")
        << u"2812345928752"_s << plu << u"12345"_s << qint64(2875) << qint64(-1);
    QTest::newRow("29 weight 1.25 kg in 2 decimals")
        << u"2900123001251"_s << plu << u"123"_s << qint64(-1) << qint64(1250);
    QTest::newRow("27 weight, not the 271 rule") << u"2700042002502"_s << plu << u"42"_s << qint64(-1) << qint64(250);
    QTest::newRow("271 price by longest prefix") << u"2710042019998"_s << plu << u"42"_s << qint64(1999) << qint64(-1);
    QTest::newRow("UPC-A number system 2, price 5.99")
        << u"201234005995"_s << plu << u"1234"_s << qint64(599) << qint64(-1);
}

void TestEmbeddedRules::decode()
{
    QFETCH(QString, code);
    QFETCH(int, lookup);
    QFETCH(QString, key);
    QFETCH(qint64, price);
    QFETCH(qint64, grams);

    const Result<EmbeddedItem> item = decodeEmbedded(storeRules(), gtin14Of(code), 2);
    QVERIFY2(item.has_value(), qPrintable(item ? QString() : item.error().message));
    QCOMPARE(int(item->lookup), lookup);
    QCOMPARE(item->lookupKey, key);
    QCOMPARE(item->priceMinor.value_or(-1), price);
    QCOMPARE(item->weightGrams.value_or(-1), grams);
    if (item->lookup == ItemLookup::ZeroedBarcode) {
        // The catalogue's zeroed form is itself a valid GTIN-14.
        QVERIFY(validateGtin(item->lookupKey).has_value());
    }
}

void TestEmbeddedRules::currencyExponent()
{
    const EmbeddedRule cents = rule(u"21"_s, EmbeddedKind::Price, 2, 5, 5, 2, false, ItemLookup::Plu);
    // 12.34 in a 3-decimal currency, and rounded half up to whole units.
    QCOMPARE(decodeEmbedded(cents, u"02100042012349", 3)->priceMinor, std::optional<qint64>(12340));
    QCOMPARE(decodeEmbedded(cents, u"02100042012349", 0)->priceMinor, std::optional<qint64>(12));
    QCOMPARE(decodeEmbedded(cents, gtin14Of(u"2123456000993"_s), 1)->priceMinor, std::optional<qint64>(10));
    // Whole units on the label, cents at the till: 1234 → 1234.00.
    const EmbeddedRule units = rule(u"21"_s, EmbeddedKind::Price, 2, 5, 5, 0, false, ItemLookup::Plu);
    QCOMPARE(decodeEmbedded(units, u"02100042012349", 2)->priceMinor, std::optional<qint64>(123400));
}

void TestEmbeddedRules::rejects_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("price check digit") << u"2212348012999"_s << u"barcode.embedded_check_digit"_s
                                       << u"Price check digit should be 5, not 8"_s;
    QTest::newRow("weight check digit") << u"2304567025000"_s << u"barcode.embedded_check_digit"_s
                                        << u"Weight check digit should be 5, not 7"_s;
    QTest::newRow("4-digit price check digit")
        << u"2812345028759"_s << u"barcode.embedded_check_digit"_s << u"should be 9, not 0"_s;
    QTest::newRow("no rule for 24") << u"2400012012349"_s << u"barcode.embedded_no_rule"_s
                                    << u"No rule for prefix 24"_s;
    QTest::newRow("no rule for 25") << u"2500012012346"_s << u"barcode.embedded_no_rule"_s
                                    << u"No rule for prefix 25"_s;
}

void TestEmbeddedRules::rejects()
{
    QFETCH(QString, code);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);

    const Result<EmbeddedItem> item = decodeEmbedded(storeRules(), gtin14Of(code), 2);
    QVERIFY(!item.has_value());
    QCOMPARE(item.error().code, errorCode);
    QVERIFY2(item.error().message.contains(messagePart), qPrintable(item.error().message));
}

void TestEmbeddedRules::badRules_data()
{
    QTest::addColumn<EmbeddedRule>("rule");
    QTest::addColumn<bool>("valid");

    using enum EmbeddedKind;
    using enum ItemLookup;
    QTest::newRow("default layout") << rule(u"21"_s, Price, 2, 5, 5, 2, false, Plu) << true;
    QTest::newRow("item runs into value") << rule(u"21"_s, Price, 2, 6, 5, 2, false, Plu) << false;
    QTest::newRow("item runs into check digit") << rule(u"22"_s, Price, 2, 5, 5, 2, true, Plu) << false;
    QTest::newRow("item overlaps prefix") << rule(u"21"_s, Price, 1, 5, 5, 2, false, Plu) << false;
    QTest::newRow("check digit needs 4 or 5 digits") << rule(u"22"_s, Price, 2, 3, 6, 2, true, Plu) << false;
    QTest::newRow("prefix not 2") << rule(u"31"_s, Price, 2, 5, 5, 2, false, Plu) << false;
    QTest::newRow("prefix not digits") << rule(u"2A"_s, Price, 2, 5, 5, 2, false, Plu) << false;
    QTest::newRow("negative decimals") << rule(u"21"_s, Price, 2, 5, 5, -1, false, Plu) << false;
    QTest::newRow("UPC-A layout") << rule(u"2"_s, Price, 1, 5, 5, 2, false, Plu, EmbeddedFormat::UpcA) << true;
    QTest::newRow("UPC-A item too long") << rule(u"2"_s, Price, 1, 6, 5, 2, false, Plu, EmbeddedFormat::UpcA) << false;
}

void TestEmbeddedRules::badRules()
{
    QFETCH(EmbeddedRule, rule);
    QFETCH(bool, valid);

    const Result<void> result = rule.validate();
    QCOMPARE(result.has_value(), valid);
    if (!valid) {
        QCOMPARE(result.error().code, u"barcode.embedded_bad_rule"_s);
        QVERIFY2(result.error().message.contains(rule.prefix), qPrintable(result.error().message));
        // A bad rule is reported when used, never read out of range.
        QCOMPARE(decodeEmbedded(rule, u"02100042012349", 2).error().code, u"barcode.embedded_bad_rule"_s);
    }
}

QTEST_APPLESS_MAIN(TestEmbeddedRules)
#include "tst_embedded_rules.moc"
