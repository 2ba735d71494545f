// GS1 element strings in bracket and raw (GS-separated) form.
#include "core/barcode/gs1.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;

namespace {

// Test strings write the GS separator as '|', which GS1 data never contains.
QString gs(QString text)
{
    return text.replace(u'|', QChar(kGs1Separator));
}

constexpr int kYear = 2025; // fixes the YY century window

Gs1Data parsed(const QString &input)
{
    const Result<Gs1Data> result = parseGs1(input, kYear);
    if (!result) {
        qWarning("%s: %s", qPrintable(result.error().code), qPrintable(result.error().message));
        return {};
    }
    return *result;
}

QStringList elementsOf(const Gs1Data &data)
{
    QStringList out;
    for (const Gs1Element &e : data.elements)
        out << u"("_s + e.ai + u")"_s + e.value;
    return out;
}

} // namespace

class TestGs1 : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void weight_data();
    void weight();
    void price_data();
    void price();
    void dates_data();
    void dates();
    void century_data();
    void century();
    void count();
    void rejects_data();
    void rejects();
};

void TestGs1::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("gtin14");
    QTest::addColumn<QString>("batch");
    QTest::addColumn<QString>("serial");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QStringList>("elements");

    const QStringList gtinExpiryBatch { u"(01)09501101530003"_s, u"(17)260131"_s, u"(10)AB-123"_s };
    QTest::newRow("bracket form") << u"(01)09501101530003(17)260131(10)AB-123"_s << u"09501101530003"_s << u"AB-123"_s
                                  << QString() << QDate(2026, 1, 31) << gtinExpiryBatch;
    QTest::newRow("raw, fixed fields need no GS")
        << u"0109501101530003"
           "17260131"
           "10AB-123"_s
        << u"09501101530003"_s << u"AB-123"_s << QString() << QDate(2026, 1, 31) << gtinExpiryBatch;
    QTest::newRow("raw, leading GS for FNC1")
        << gs(u"|0109501101530003"
              "17260131"
              "10AB-123"_s)
        << u"09501101530003"_s << u"AB-123"_s << QString() << QDate(2026, 1, 31) << gtinExpiryBatch;
    QTest::newRow("raw, batch first then GS")
        << gs(u"0109501101530003"
              "10AB-123|17260131"_s)
        << u"09501101530003"_s << u"AB-123"_s << QString() << QDate(2026, 1, 31)
        << QStringList { u"(01)09501101530003"_s, u"(10)AB-123"_s, u"(17)260131"_s };
    QTest::newRow("raw, GS after a fixed field tolerated")
        << gs(u"0109501101530003|17260131|10AB-123"_s) << u"09501101530003"_s << u"AB-123"_s << QString()
        << QDate(2026, 1, 31) << gtinExpiryBatch;
    QTest::newRow("raw, batch and serial") << gs(u"0104012345678901"
                                                 "10LOT42|21SN0001"_s)
                                           << u"04012345678901"_s << u"LOT42"_s << u"SN0001"_s << QDate()
                                           << QStringList { u"(01)04012345678901"_s, u"(10)LOT42"_s, u"(21)SN0001"_s };
    QTest::newRow("maximum batch length then GS")
        << gs(u"10ABCDEFGHIJ0123456789|0109501101530003"_s) << u"09501101530003"_s << u"ABCDEFGHIJ0123456789"_s
        << QString() << QDate() << QStringList { u"(10)ABCDEFGHIJ0123456789"_s, u"(01)09501101530003"_s };
    QTest::newRow("escaped bracket in value")
        << u"(01)09501101530003(10)AB\\(1"_s << u"09501101530003"_s << u"AB(1"_s << QString() << QDate()
        << QStringList { u"(01)09501101530003"_s, u"(10)AB(1"_s };
    QTest::newRow("identical repeat kept once")
        << u"(01)09501101530003(10)A1(10)A1"_s << u"09501101530003"_s << u"A1"_s << QString() << QDate()
        << QStringList { u"(01)09501101530003"_s, u"(10)A1"_s };
    QTest::newRow("SSCC, content GTIN and internal AIs")
        << u"(00)106141411234567897(02)09501101530003(37)24(91)XY(99)Z"_s << u"09501101530003"_s << QString()
        << QString() << QDate()
        << QStringList { u"(00)106141411234567897"_s, u"(02)09501101530003"_s, u"(37)24"_s, u"(91)XY"_s, u"(99)Z"_s };
    QTest::newRow("GLN ship-to 410 is fixed length")
        << u"4109501101530010"
           "0109501101530003"_s
        << u"09501101530003"_s << QString() << QString() << QDate()
        << QStringList { u"(410)9501101530010"_s, u"(01)09501101530003"_s };
}

void TestGs1::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, gtin14);
    QFETCH(QString, batch);
    QFETCH(QString, serial);
    QFETCH(QDate, expiry);
    QFETCH(QStringList, elements);

    const Result<Gs1Data> result = parseGs1(input, kYear);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->gtin14, gtin14);
    QCOMPARE(result->batch, batch);
    QCOMPARE(result->serial, serial);
    QCOMPARE(result->expiry, expiry);
    QCOMPARE(elementsOf(*result), elements);
    QVERIFY(!result->netWeightGrams.has_value());
    QVERIFY(!result->price.has_value());
}

void TestGs1::weight_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("grams");

    QTest::newRow("3103 000750 = 0.750 kg") << u"(01)09501101530003(3103)000750"_s << qint64(750);
    QTest::newRow("3102 001250 = 12.50 kg") << u"(01)09501101530003(3102)001250"_s << qint64(12500);
    QTest::newRow("3101 000125 = 12.5 kg") << u"(01)09501101530003(3101)000125"_s << qint64(12500);
    QTest::newRow("3100 000002 = 2 kg") << u"(01)09501101530003(3100)000002"_s << qint64(2000);
    QTest::newRow("3104 012345 = 1234.5 g, half up") << u"(01)09501101530003(3104)012345"_s << qint64(1235);
    QTest::newRow("3105 001234 = 12.34 g") << u"(01)09501101530003(3105)001234"_s << qint64(12);
    QTest::newRow("raw 3103 then batch") << u"0109501101530003"
                                            "3103001500"
                                            "10L1"_s
                                         << qint64(1500);
    QTest::newRow("3202 000100 = 1.00 lb = 453.59237 g") << u"(01)09501101530003(3202)000100"_s << qint64(454);
    QTest::newRow("3203 002205 = 2.205 lb = 1000.17 g") << u"(01)09501101530003(3203)002205"_s << qint64(1000);
    QTest::newRow("3200 000010 = 10 lb = 4535.9237 g") << u"(01)09501101530003(3200)000010"_s << qint64(4536);
    QTest::newRow("kg wins over lb") << u"(01)09501101530003(3202)000100(3103)000500"_s << qint64(500);
}

void TestGs1::weight()
{
    QFETCH(QString, input);
    QFETCH(qint64, grams);

    const Gs1Data data = parsed(input);
    QCOMPARE(data.gtin14, u"09501101530003"_s);
    QVERIFY(data.netWeightGrams.has_value());
    QCOMPARE(*data.netWeightGrams, grams);
}

void TestGs1::price_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("currency");

    QTest::newRow("3922 1299 = 12.99 local") << u"(01)09501101530003(3922)1299"_s << qint64(1299) << 2 << QString();
    QTest::newRow("3920 15 = 15 local") << u"(01)09501101530003(3920)15"_s << qint64(15) << 0 << QString();
    QTest::newRow("3932 978 001299 = EUR 12.99")
        << u"(01)09501101530003(3932)978001299"_s << qint64(1299) << 2 << u"978"_s;
    QTest::newRow("raw 3923 then weight") << gs(u"0109501101530003"
                                                "3923012990|"
                                                "3103000750"_s)
                                          << qint64(12990) << 3 << QString();
}

void TestGs1::price()
{
    QFETCH(QString, input);
    QFETCH(qint64, price);
    QFETCH(int, decimals);
    QFETCH(QString, currency);

    const Gs1Data data = parsed(input);
    QVERIFY(data.price.has_value());
    QCOMPARE(*data.price, price);
    QCOMPARE(data.priceDecimals, decimals);
    QCOMPARE(data.priceCurrency, currency);
}

void TestGs1::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QDate>("bestBefore");

    QTest::newRow("17 260131") << u"(01)09501101530003(17)260131"_s << QDate(2026, 1, 31) << QDate();
    QTest::newRow("17 day 00 = end of January") << u"(01)09501101530003(17)260100"_s << QDate(2026, 1, 31) << QDate();
    QTest::newRow("17 day 00 in leap February") << u"(01)09501101530003(17)280200"_s << QDate(2028, 2, 29) << QDate();
    QTest::newRow("17 day 00 in February") << u"(01)09501101530003(17)270200"_s << QDate(2027, 2, 28) << QDate();
    QTest::newRow("15 best before") << u"(01)09501101530003(15)251231"_s << QDate() << QDate(2025, 12, 31);
    QTest::newRow("both") << u"(01)09501101530003(15)250601(17)250615"_s << QDate(2025, 6, 15) << QDate(2025, 6, 1);
    QTest::newRow("11 and 13 are validated but not surfaced")
        << u"(01)09501101530003(11)250100(13)250102"_s << QDate() << QDate();
}

void TestGs1::dates()
{
    QFETCH(QString, input);
    QFETCH(QDate, expiry);
    QFETCH(QDate, bestBefore);

    const Gs1Data data = parsed(input);
    QCOMPARE(data.gtin14, u"09501101530003"_s);
    QCOMPARE(data.expiry, expiry);
    QCOMPARE(data.bestBefore, bestBefore);
}

void TestGs1::century_data()
{
    QTest::addColumn<QString>("yymmdd");
    QTest::addColumn<int>("currentYear");
    QTest::addColumn<QDate>("date");

    QTest::newRow("same century") << u"300615"_s << 2025 << QDate(2030, 6, 15);
    QTest::newRow("50 ahead stays") << u"750101"_s << 2025 << QDate(2075, 1, 1);
    QTest::newRow("51 ahead is last century") << u"760101"_s << 2025 << QDate(1976, 1, 1);
    QTest::newRow("99 is 1999 in 2025") << u"991231"_s << 2025 << QDate(1999, 12, 31);
    QTest::newRow("50 behind is next century") << u"100101"_s << 2060 << QDate(2110, 1, 1);
    QTest::newRow("49 behind stays") << u"110101"_s << 2060 << QDate(2011, 1, 1);
    QTest::newRow("month 13") << u"251301"_s << 2025 << QDate();
    QTest::newRow("month 00") << u"250001"_s << 2025 << QDate();
    QTest::newRow("31 April") << u"250431"_s << 2025 << QDate();
    QTest::newRow("29 February 2027") << u"270229"_s << 2025 << QDate();
}

void TestGs1::century()
{
    QFETCH(QString, yymmdd);
    QFETCH(int, currentYear);
    QFETCH(QDate, date);

    QCOMPARE(gs1Date(yymmdd, currentYear), date);
}

void TestGs1::count()
{
    QCOMPARE(parsed(u"(01)09501101530003(30)12"_s).count, std::optional<qint64>(12));
    QCOMPARE(parsed(u"(02)09501101530003(37)24"_s).count, std::optional<qint64>(24));
    QCOMPARE(parsed(u"(02)09501101530003(37)24"_s).gtin14, u"09501101530003"_s);
    QVERIFY(!parsed(u"(01)09501101530003"_s).count.has_value());
    QVERIFY(!gs1Date(u"250100", 2025, false).isValid()); // day 00 only where GS1 allows it
}

void TestGs1::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("bad GTIN check digit in 01")
        << u"(01)09501101530004"_s << u"barcode.check_digit"_s << u"(01) should be 3, not 4"_s;
    QTest::newRow("raw bad GTIN check digit")
        << u"0109501101530009"_s << u"barcode.check_digit"_s << u"should be 3, not 9"_s;
    QTest::newRow("bad SSCC check digit")
        << u"(00)106141411234567890"_s << u"barcode.check_digit"_s << u"(00) should be 7, not 0"_s;
    QTest::newRow("unknown AI 14 bracket")
        << u"(01)09501101530003(14)250101"_s << u"barcode.gs1_unknown_ai"_s << u"(14)"_s;
    QTest::newRow("unknown AI 27 raw") << u"010950110153000327123"_s << u"barcode.gs1_unknown_ai"_s << u"(27)"_s;
    QTest::newRow("unknown 4-digit AI 4399") << u"(4399)X"_s << u"barcode.gs1_unknown_ai"_s << u"(4399)"_s;
    QTest::newRow("3106 has no 6 decimals")
        << u"(01)09501101530003(3106)000750"_s << u"barcode.gs1_unknown_ai"_s << u"(3106)"_s;
    QTest::newRow("letters where an AI belongs") << u"0109501101530003AB"_s << u"barcode.gs1_unknown_ai"_s << u"(AB)"_s;
    QTest::newRow("GTIN truncated") << u"01095011015300"_s << u"barcode.gs1_truncated"_s
                                    << u"needs 14 characters, only 12 follow"_s;
    QTest::newRow("date truncated") << u"0109501101530003"
                                       "1726"_s
                                    << u"barcode.gs1_truncated"_s << u"(17) is cut short"_s;
    QTest::newRow("GS inside a fixed field")
        << gs(u"01095011015300031726|01"_s) << u"barcode.gs1_truncated"_s << u"only 2 follow"_s;
    QTest::newRow("ends inside an AI") << u"01095011015300033"_s << u"barcode.gs1_truncated"_s
                                       << u"application identifier"_s;
    QTest::newRow("missing GS after serial") << u"010950110153000321"
                                                "12345678901234567890"
                                                "10LOT1"_s
                                             << u"barcode.gs1_missing_separator"_s << u"(21)"_s;
    QTest::newRow("bracket value too long")
        << u"(10)ABCDEFGHIJ01234567890"_s << u"barcode.gs1_length"_s << u"must have 1 to 20 characters, not 21"_s;
    QTest::newRow("bracket fixed too short")
        << u"(01)09501101530003(17)2601"_s << u"barcode.gs1_length"_s << u"(17) must have 6 characters, not 4"_s;
    QTest::newRow("empty value") << gs(u"0109501101530003"
                                       "10|17260131"_s)
                                 << u"barcode.gs1_length"_s << u"(10)"_s;
    QTest::newRow("letter in GTIN") << u"(01)0950110153000A"_s << u"barcode.gs1_not_numeric"_s << u"“A”"_s;
    QTest::newRow("letter O in weight") << u"(01)09501101530003(3103)00075O"_s << u"barcode.gs1_not_numeric"_s
                                        << u"(3103)"_s;
    QTest::newRow("space in batch") << u"(01)09501101530003(10)AB 123"_s << u"barcode.gs1_bad_char"_s << u"(10)"_s;
    QTest::newRow("invalid month") << u"(01)09501101530003(17)261301"_s << u"barcode.gs1_date"_s << u"261301"_s;
    QTest::newRow("30 February") << u"(01)09501101530003(17)260230"_s << u"barcode.gs1_date"_s << u"260230"_s;
    QTest::newRow("different batches") << u"(01)09501101530003(10)A(10)B"_s << u"barcode.gs1_duplicate_ai"_s
                                       << u"(10)"_s;
    QTest::newRow("01 with 02") << u"(01)09501101530003(02)09501101530003"_s << u"barcode.gs1_conflict"_s
                                << u"(01) and (02)"_s;
    QTest::newRow("two prices") << u"(01)09501101530003(3922)1299(3932)978001299"_s << u"barcode.gs1_conflict"_s
                                << u"(3922) and (3932)"_s;
    QTest::newRow("two kg weights") << u"(01)09501101530003(3103)000750(3102)000075"_s << u"barcode.gs1_conflict"_s
                                    << u"(3103) and (3102)"_s;
    QTest::newRow("unclosed bracket") << u"(01"_s << u"barcode.gs1_syntax"_s << u"position 1"_s;
    QTest::newRow("empty") << QString() << u"barcode.gs1_empty"_s << QString();
    QTest::newRow("only GS") << gs(u"|"_s) << u"barcode.gs1_empty"_s << QString();
}

void TestGs1::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, errorCode);
    QFETCH(QString, messagePart);

    const Result<Gs1Data> result = parseGs1(input, kYear);
    QVERIFY2(!result.has_value(), qPrintable(u"parsed: "_s + (result ? elementsOf(*result).join(u' ') : QString())));
    QCOMPARE(result.error().code, errorCode);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

QTEST_APPLESS_MAIN(TestGs1)
#include "tst_gs1.moc"
