// Catalogue CSV import: good files land whole, bad rows are named with their
// line and reason, and a file with errors changes nothing unless told to skip.
#include "core/catalogue/catalogue.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_importer.h"
#include "tests/support/temp_database.h"

#include <QBuffer>
#include <QDateTime>
#include <QTimeZone>
#include <QTest>

using namespace retailos;

namespace {

const QByteArray kHeader = "sku,name,department,tax_class,price,currency,barcodes,plu,unit,age_limit,returnable,price_from\n";

Result<ImportReport> importText(Database &db, const QByteArray &text, bool skipBad = false)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.skipBadRows = skipBad;
    options.nowUtcSeconds = 1'795'000'000;
    return importCatalogueCsv(db, buffer, options);
}

qint64 count(Database &db, std::string_view table)
{
    return *db.queryInt("SELECT count(*) FROM " + std::string(table));
}

} // namespace

class tst_CatalogueImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsAGoodFile();
    void badRowsAreNamedAndNothingIsImported_data();
    void badRowsAreNamedAndNothingIsImported();
    void skipBadRowsImportsTheRest();
    void reportsEveryBadRowNotJustTheFirst();
    void reimportUpdatesAndSchedulesPrices();
    void duplicateRowIsReported();
    void barcodeOfAnotherSkuIsRefused();
    void headerProblemsStopTheImport_data();
    void headerProblemsStopTheImport();
    void brokenQuotingStopsTheImport();
    void pluOfAnotherSkuIsARowIssue();
    void codesTheLaneCannotFindAreRefused_data();
    void codesTheLaneCannotFindAreRefused();
    void barcodeSetIsReplacedSoABarcodeCanMove();
    void unchangedRowsAreLeftAlone();

private:
    std::unique_ptr<test::TempDatabase> m_tmp;
    std::optional<Database> m_db;
};

void tst_CatalogueImporter::init()
{
    m_db.reset();
    m_tmp = std::make_unique<test::TempDatabase>();
    m_db = m_tmp->open();
    QVERIFY(CatalogueGenerator::writeReferenceData(*m_db));
}

void tst_CatalogueImporter::importsAGoodFile()
{
    auto report = importText(*m_db, kHeader
        + "M1,Nordhof Milk 1 l,dairy,reduced,1.19,EUR,4006381333931,,each,,yes,\n"
          "M2,\"Crème Fraîche, 200 g\",dairy,reduced,0.99,,036000291452|10036000291459,,each,0,yes,\n"
          "W1,Bananas,produce,reduced,1.99,EUR,,4011,kg,,,\n"
          "B1,Lager 6 × 330 ml,newdept,standard,5.49,EUR,73513537,,each,18,no,\n");
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY(report->committed);
    QCOMPARE(report->rowsRead, 4);
    QCOMPARE(report->imported, 4);
    QCOMPARE(report->rejected, 0);
    QCOMPARE(count(*m_db, "products"), 4);
    QCOMPARE(count(*m_db, "product_barcodes"), 4);

    auto catalogue = Catalogue::open(*m_db, u"store-001"_qs);
    QVERIFY(catalogue);
    auto cream = catalogue->findByBarcodeKey(u"00036000291452", 1'795'000'000);
    QVERIFY(cream);
    QCOMPARE(cream->product.name, QStringLiteral("Crème Fraîche, 200 g"));
    QCOMPARE(cream->price->amountMinor, 99);
    QCOMPARE(cream->price->currency, QStringLiteral("EUR"));
    auto banana = catalogue->findByPlu(u"4011", 1'795'000'000);
    QVERIFY(banana);
    QVERIFY(banana->product.weighed());
    auto beer = catalogue->findByBarcodeKey(u"00000073513537", 1'795'000'000);
    QVERIFY(beer);
    QCOMPARE(beer->product.ageLimit, 18);
    QVERIFY(!beer->product.returnable);
    QCOMPARE(*m_db->queryInt("SELECT count(*) FROM departments WHERE id = 'newdept'"), 1);
}

void tst_CatalogueImporter::badRowsAreNamedAndNothingIsImported_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("price with comma") << QByteArray("X1,Tea,pantry,reduced,\"1,99\",EUR,,,each,,,\n") << u"price"_qs << u"1,99"_qs;
    QTest::newRow("too many decimals") << QByteArray("X1,Tea,pantry,reduced,1.999,EUR,,,each,,,\n") << u"price"_qs << u"1.999"_qs;
    QTest::newRow("negative price") << QByteArray("X1,Tea,pantry,reduced,-1.00,EUR,,,each,,,\n") << u"price"_qs << u"negative"_qs;
    QTest::newRow("no price") << QByteArray("X1,Tea,pantry,reduced,,EUR,,,each,,,\n") << u"price"_qs << QString();
    QTest::newRow("unknown currency") << QByteArray("X1,Tea,pantry,reduced,1.00,EUX,,,each,,,\n") << u"currency"_qs << u"EUX"_qs;
    QTest::newRow("bad check digit") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,4006381333932,,each,,,\n") << u"barcodes"_qs << u"4006381333932"_qs;
    QTest::newRow("unknown tax class") << QByteArray("X1,Tea,pantry,luxury,1.00,EUR,,,each,,,\n") << u"tax_class"_qs << u"luxury"_qs;
    QTest::newRow("empty name") << QByteArray("X1,,pantry,reduced,1.00,EUR,,,each,,,\n") << u"name"_qs << QString();
    QTest::newRow("bad unit") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,litre,,,\n") << u"unit"_qs << u"litre"_qs;
    QTest::newRow("bad age") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,each,old,,\n") << u"age_limit"_qs << QString();
    QTest::newRow("bad flag") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,each,,maybe,\n") << u"returnable"_qs << QString();
    QTest::newRow("bad date") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,each,,,31/12/2026\n") << u"price_from"_qs << u"31/12/2026"_qs;
    QTest::newRow("bad PLU") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,40a1,kg,,,\n") << u"plu"_qs << u"40a1"_qs;
    QTest::newRow("missing field") << QByteArray("X1,Tea,pantry,reduced,1.00\n") << QString() << u"12"_qs;
}

void tst_CatalogueImporter::badRowsAreNamedAndNothingIsImported()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, mentions);
    const QByteArray good = "G1,Good Item,pantry,reduced,2.00,EUR,4006381333931,,each,,,\n";
    const QByteArray alsoGood = "G2,Good Item,pantry,reduced,2.00,EUR,,,each,,,\n";
    auto report = importText(*m_db, kHeader + good + row + alsoGood);
    QVERIFY(report);
    QVERIFY(!report->committed);
    QCOMPARE(report->imported, 0);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.first().line, 3);
    QCOMPARE(report->issues.first().column, column);
    QVERIFY2(report->issues.first().message.contains(mentions), qPrintable(report->issues.first().message));
    QCOMPARE(count(*m_db, "products"), 0);
    QCOMPARE(count(*m_db, "prices"), 0);
}

void tst_CatalogueImporter::skipBadRowsImportsTheRest()
{
    auto report = importText(*m_db, kHeader
        + "G1,Good,pantry,reduced,2.00,EUR,,,each,,,\n"
          "X1,Bad,pantry,reduced,abc,EUR,,,each,,,\n"
          "G2,Good too,pantry,reduced,3.00,EUR,,,each,,,\n", true);
    QVERIFY(report);
    QVERIFY(report->committed);
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->rejected, 1);
    QCOMPARE(count(*m_db, "products"), 2);
    QCOMPARE(*m_db->queryInt("SELECT count(*) FROM products WHERE sku = 'X1'"), 0);
}

void tst_CatalogueImporter::reportsEveryBadRowNotJustTheFirst()
{
    QByteArray text = kHeader;
    for (int i = 0; i < 50; ++i)
        text += "S" + QByteArray::number(i) + ",Item,pantry,reduced," + (i % 10 == 3 ? "x" : "1.00") + ",EUR,,,each,,,\n";
    auto report = importText(*m_db, text);
    QVERIFY(report);
    QCOMPARE(report->rejected, 5);
    QList<qint64> lines;
    for (const ImportIssue &issue : report->issues)
        lines.append(issue.line);
    QCOMPARE(lines, (QList<qint64>{5, 15, 25, 35, 45}));
}

void tst_CatalogueImporter::reimportUpdatesAndSchedulesPrices()
{
    QVERIFY(importText(*m_db, kHeader + "M1,Milk,dairy,reduced,1.19,EUR,4006381333931,,each,,,\n")->committed);
    auto report = importText(*m_db, kHeader
        + "M1,Fresh Milk,dairy,reduced,1.19,EUR,4006381333931,,each,,,\n"
          "M1,Fresh Milk,dairy,reduced,1.29,EUR,4006381333931,,each,,,2026-12-01T00:00:00Z\n");
    QVERIFY(report);
    QVERIFY(report->committed);
    QCOMPARE(count(*m_db, "products"), 1);
    QCOMPARE(count(*m_db, "prices"), 2);
    auto catalogue = Catalogue::open(*m_db, u"store-001"_qs);
    const qint64 dec1 = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    auto before = catalogue->findByBarcodeKey(u"04006381333931", dec1 - 1);
    QCOMPARE(before->product.name, QStringLiteral("Fresh Milk"));
    QCOMPARE(before->price->amountMinor, 119);
    QCOMPARE(catalogue->findByBarcodeKey(u"04006381333931", dec1)->price->amountMinor, 129);
    // The renamed product is found under its new name only.
    QCOMPARE(catalogue->search(u"fresh", 5, dec1)->size(), 1);
    QCOMPARE(catalogue->search(u"milk", 5, dec1)->size(), 1);
}

void tst_CatalogueImporter::duplicateRowIsReported()
{
    auto report = importText(*m_db, kHeader
        + "M1,Milk,dairy,reduced,1.19,EUR,,,each,,,\n"
          "M1,Milk,dairy,reduced,1.25,EUR,,,each,,,\n");
    QVERIFY(report);
    QVERIFY(!report->committed);
    QCOMPARE(report->issues.first().line, 3);
    QVERIFY(report->issues.first().message.contains(u"line 2"));
}

void tst_CatalogueImporter::barcodeOfAnotherSkuIsRefused()
{
    auto report = importText(*m_db, kHeader
        + "M1,Milk,dairy,reduced,1.19,EUR,4006381333931,,each,,,\n"
          "M2,Other,dairy,reduced,1.25,EUR,4006381333931,,each,,,\n");
    QVERIFY(report);
    QVERIFY(!report->committed);
    QCOMPARE(report->issues.first().line, 3);
    QCOMPARE(report->issues.first().column, QStringLiteral("barcodes"));
    QVERIFY(report->issues.first().message.contains(u"M1"));
    QCOMPARE(count(*m_db, "products"), 0);
}

void tst_CatalogueImporter::headerProblemsStopTheImport_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << u"empty"_qs;
    QTest::newRow("missing price") << QByteArray("sku,name,department,tax_class\n") << u"price"_qs;
    QTest::newRow("typo") << QByteArray("sku,name,department,tax_class,prcie\n") << u"prcie"_qs;
    QTest::newRow("twice") << QByteArray("sku,name,department,tax_class,price,sku\n") << u"twice"_qs;
}

void tst_CatalogueImporter::headerProblemsStopTheImport()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    auto report = importText(*m_db, text);
    QVERIFY(!report);
    QVERIFY2(report.error().message.contains(mentions), qPrintable(report.error().message));
}

void tst_CatalogueImporter::brokenQuotingStopsTheImport()
{
    // Even with --skip-bad: after broken quoting no row can be trusted.
    for (bool skip : {false, true}) {
        auto report = importText(*m_db, kHeader
            + "M1,Milk,dairy,reduced,1.19,EUR,,,each,,,\n"
              "M2,\"Broken,dairy,reduced,1.19,EUR,,,each,,,\n"
              "M3,Cream,dairy,reduced,1.19,EUR,,,each,,,\n", skip);
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("csv.quote"));
        QCOMPARE(count(*m_db, "products"), 0);
    }
}

void tst_CatalogueImporter::pluOfAnotherSkuIsARowIssue()
{
    auto report = importText(*m_db, kHeader
        + "W1,Bananas,produce,reduced,1.99,EUR,,4011,kg,,,\n"
          "W2,Plantains,produce,reduced,2.49,EUR,,4011,kg,,,\n"
          "W3,Apples,produce,reduced,2.99,EUR,,4012,kg,,,\n", true);
    QVERIFY(report);
    QVERIFY(report->committed);
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.first().line, 3);
    QCOMPARE(report->issues.first().column, QStringLiteral("plu"));
    QVERIFY(report->issues.first().message.contains(u"W1"));
}

void tst_CatalogueImporter::codesTheLaneCannotFindAreRefused_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("mentions");
    // No label rule for prefix 24 in the default scan rules: such a code could never be scanned.
    QTest::newRow("prefix without rule") << QByteArray("X1,Cheese,dairy,reduced,1.00,EUR,2412345000009,,each,,,\n")
                                         << u"barcodes"_qs << u"24"_qs;
    // Prefix 21 labels are found by PLU, so a stored 21 code would never be used.
    QTest::newRow("label found by PLU") << QByteArray("X1,Cheese,dairy,reduced,1.00,EUR,2100042000001,,each,,,\n")
                                        << u"barcodes"_qs << u"plu"_qs;
    QTest::newRow("PLU too short to key") << QByteArray("X1,Cheese,dairy,reduced,1.00,EUR,,123,kg,,,\n")
                                          << u"plu"_qs << u"123"_qs;
    QTest::newRow("PLU too long to key") << QByteArray("X1,Cheese,dairy,reduced,1.00,EUR,,123456,kg,,,\n")
                                         << u"plu"_qs << u"123456"_qs;
}

void tst_CatalogueImporter::codesTheLaneCannotFindAreRefused()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, mentions);
    auto report = importText(*m_db, kHeader + row);
    QVERIFY(report);
    QVERIFY(!report->committed);
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.first().column, column);
    QVERIFY2(report->issues.first().message.contains(mentions), qPrintable(report->issues.first().message));
}

void tst_CatalogueImporter::barcodeSetIsReplacedSoABarcodeCanMove()
{
    QVERIFY(importText(*m_db, kHeader + "A,Old Pack,dairy,reduced,1.00,EUR,4006381333931,,each,,,\n")->committed);
    // The same file first drops the code from A, then gives it to B.
    auto report = importText(*m_db, kHeader
        + "A,Old Pack,dairy,reduced,1.00,EUR,,,each,,,\n"
          "B,New Pack,dairy,reduced,1.10,EUR,4006381333931,,each,,,\n");
    QVERIFY(report);
    QVERIFY2(report->committed, qPrintable(report->issues.value(0).message));
    auto catalogue = Catalogue::open(*m_db, u"store-001"_qs);
    QCOMPARE(catalogue->findByBarcodeKey(u"04006381333931", 1'795'000'000)->product.sku, QStringLiteral("B"));
}

void tst_CatalogueImporter::unchangedRowsAreLeftAlone()
{
    const QByteArray file = kHeader + "M1,Milk,dairy,reduced,1.19,EUR,4006381333931,,each,,,\n";
    QVERIFY(importText(*m_db, file)->committed);
    QVERIFY(m_db->exec("UPDATE products SET updated_at = 42"));
    QVERIFY(importText(*m_db, file)->committed);
    QCOMPARE(*m_db->queryInt("SELECT updated_at FROM products WHERE sku = 'M1'"), 42);
    QVERIFY(importText(*m_db, kHeader + "M1,Whole Milk,dairy,reduced,1.19,EUR,4006381333931,,each,,,\n")->committed);
    QCOMPARE(*m_db->queryInt("SELECT updated_at FROM products WHERE sku = 'M1'"), 1'795'000'000);
}

QTEST_GUILESS_MAIN(tst_CatalogueImporter)
#include "tst_catalogue_importer.moc"
