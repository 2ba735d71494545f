// The demo/bench catalogue generator: valid, unique, deterministic items, and
// a CSV the importer accepts as a whole.
#include "core/barcode/gtin.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_importer.h"
#include "tests/support/temp_database.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace retailos;

class tst_CatalogueGenerator : public QObject
{
    Q_OBJECT

private slots:
    void itemsAreValidUniqueAndDeterministic();
    void csvImportsCompletely();
    void databaseMatchesCsvImport();
};

void tst_CatalogueGenerator::itemsAreValidUniqueAndDeterministic()
{
    GeneratorOptions options;
    options.items = 5000;
    const CatalogueGenerator gen(options);
    QSet<QString> keys;
    QSet<QString> skus;
    QSet<QString> plus;
    int weighed = 0;
    int ageRestricted = 0;
    int scheduled = 0;
    for (qint64 i = 0; i < options.items; ++i) {
        const GeneratedItem item = gen.item(i);
        QVERIFY2(validateGtin(item.barcode), qPrintable(item.barcode));
        for (const QString &key : item.record.barcodeKeys) {
            QCOMPARE(key.size(), 14);
            QVERIFY2(validateGtin(key), qPrintable(key));
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
        }
        QVERIFY(!skus.contains(item.record.product.sku));
        skus.insert(item.record.product.sku);
        if (!item.record.product.plu.isEmpty()) {
            QVERIFY(!plus.contains(item.record.product.plu));
            plus.insert(item.record.product.plu);
        }
        weighed += item.record.product.weighed();
        ageRestricted += item.record.product.ageRestricted();
        scheduled += item.scheduledPrice.has_value();
        QVERIFY(item.record.price->amountMinor > 0);
    }
    QVERIFY(weighed > 50);
    QVERIFY(ageRestricted > 300);
    QVERIFY(scheduled > 40);
    QCOMPARE(gen.item(1234).record.product.name, CatalogueGenerator(options).item(1234).record.product.name);
    options.seed += 1;
    QVERIFY(gen.item(1234).record.product.name != CatalogueGenerator(options).item(1234).record.product.name
            || gen.item(1235).record.product.name != CatalogueGenerator(options).item(1235).record.product.name);
}

void tst_CatalogueGenerator::csvImportsCompletely()
{
    GeneratorOptions options;
    options.items = 3000;
    options.nowUtcSeconds = 1'795'000'000;
    QBuffer csv;
    csv.open(QIODevice::ReadWrite);
    QVERIFY(CatalogueGenerator(options).writeCsv(csv));
    csv.seek(0);

    test::TempDatabase tmp;
    Database db = tmp.open();
    QVERIFY(CatalogueGenerator::writeReferenceData(db));
    ImportOptions importOptions;
    importOptions.nowUtcSeconds = options.nowUtcSeconds;
    auto report = importCatalogueCsv(db, csv, importOptions);
    QVERIFY(report);
    QVERIFY2(report->committed, qPrintable(report->issues.isEmpty() ? QString() : report->issues.first().message));
    QCOMPARE(*db.queryInt("SELECT count(*) FROM products"), 3000);
}

void tst_CatalogueGenerator::databaseMatchesCsvImport()
{
    GeneratorOptions options;
    options.items = 500;
    options.nowUtcSeconds = 1'795'000'000;
    test::TempDatabase tmp;
    Database direct = tmp.open(u"direct.db"_qs);
    QCOMPARE(*CatalogueGenerator(options).writeDatabase(direct), 500);

    QBuffer csv;
    csv.open(QIODevice::ReadWrite);
    QVERIFY(CatalogueGenerator(options).writeCsv(csv));
    csv.seek(0);
    Database imported = tmp.open(u"imported.db"_qs);
    QVERIFY(CatalogueGenerator::writeReferenceData(imported));
    ImportOptions importOptions;
    importOptions.nowUtcSeconds = options.nowUtcSeconds;
    QVERIFY(importCatalogueCsv(imported, csv, importOptions)->committed);

    for (std::string_view table : {"products", "product_barcodes", "prices"}) {
        const std::string sql = "SELECT count(*) FROM " + std::string(table);
        QCOMPARE(*direct.queryInt(sql), *imported.queryInt(sql));
    }
    const std::string sum = "SELECT sum(amount_minor * (effective_from + 1)) FROM prices";
    QCOMPARE(*direct.queryInt(sum), *imported.queryInt(sum));
}

QTEST_GUILESS_MAIN(tst_CatalogueGenerator)
#include "tst_catalogue_generator.moc"
