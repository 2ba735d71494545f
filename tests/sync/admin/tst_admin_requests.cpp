// retailos-admin's request bodies (protocol §11) built from CSV files and
// options: what the server receives for what the operator typed.
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_importer.h"
#include "sync/admin/admin_requests.h"
#include "sync/protocol/json.h"
#include "tests/support/temp_database.h"

#include <QBuffer>
#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace retailos;
using namespace retailos::admin;
namespace json = retailos::sync::json;

namespace {

QBuffer *bufferOf(const QByteArray &text, QObject *parent)
{
    auto *buffer = new QBuffer(parent);
    buffer->setData(text);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

qint64 utcMs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

std::unique_ptr<json::Document> parse(const std::string &body)
{
    std::string why;
    auto doc = json::Document::parse(body, &why);
    if (!doc)
        qFatal("not JSON: %s: %s", why.c_str(), body.c_str());
    return doc;
}

const QByteArray kHeader = "sku,name,department,tax_class,price,currency,barcodes,plu,unit,age_limit,returnable,price_from\n";

} // namespace

class TestAdminRequests : public QObject
{
    Q_OBJECT

private slots:
    void momentsAreReadInTheGivenZone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("winter wall clock") << u"2026-12-01 06:00"_qs << u"Europe/Berlin"_qs << utcMs("2026-12-01T05:00:00Z");
        QTest::newRow("summer wall clock") << u"2026-07-01 06:00"_qs << u"Europe/Berlin"_qs << utcMs("2026-07-01T04:00:00Z");
        QTest::newRow("T separator, seconds") << u"2026-12-01T06:00:30"_qs << u"Europe/Berlin"_qs << utcMs("2026-12-01T05:00:30Z");
        QTest::newRow("date is local midnight") << u"2026-12-01"_qs << u"Europe/Berlin"_qs << utcMs("2026-11-30T23:00:00Z");
        QTest::newRow("explicit UTC wins over zone") << u"2026-12-01T06:00:00Z"_qs << u"Asia/Tokyo"_qs << utcMs("2026-12-01T06:00:00Z");
        QTest::newRow("explicit offset") << u"2026-12-01T06:00:00+02:00"_qs << u"Europe/Berlin"_qs << utcMs("2026-12-01T04:00:00Z");
        QTest::newRow("fraction dropped: whole seconds") << u"2026-12-01T06:00:00.750Z"_qs << QString() << utcMs("2026-12-01T06:00:00Z");
    }
    void momentsAreReadInTheGivenZone()
    {
        QFETCH(QString, text);
        QFETCH(QString, zone);
        QFETCH(qint64, expected);
        auto ms = parseMoment(text, zone);
        QVERIFY2(ms, qPrintable(ms ? QString() : ms.error().message));
        QCOMPARE(*ms, expected);
        QCOMPARE(*ms % 1000, 0);
    }

    void badMomentsAndZonesAreRefused()
    {
        auto badZone = parseMoment(u"2026-12-01 06:00"_qs, u"Europe/Atlantis"_qs);
        QVERIFY(!badZone);
        QCOMPARE(badZone.error().code, u"admin.bad_time_zone"_qs);
        auto badText = parseMoment(u"01.12.2026 06:00"_qs, u"Europe/Berlin"_qs);
        QVERIFY(!badText);
        QCOMPARE(badText.error().code, u"admin.bad_time"_qs);
    }

    void priceKeyIsSkuStoreAndStart()   // §8.2
    {
        QCOMPARE(priceKey(u"M1"_qs, QString(), 1795413600000), u"M1|*|1795413600000"_qs);
        QCOMPARE(priceKey(u"M1"_qs, u"store-007"_qs, 1795413600000), u"M1|store-007|1795413600000"_qs);
        const auto doc = parse(priceCancelBody(u"M1"_qs, QString(), 1795413600000));
        QCOMPARE(doc->root().member("prices").size(), 0u);
        QCOMPARE(doc->root().member("delete")[0].toString(), std::string_view("M1|*|1795413600000"));
    }

    void catalogueBecomesDepartmentsProductsAndChainPrices()
    {
        const QByteArray csv = kHeader
            + "M1,Nordhof Milk 1 l,dairy,reduced,1.19,EUR,4006381333931,,each,,yes,\n"
              "M1,Nordhof Milk 1 l,dairy,reduced,1.29,EUR,4006381333931,,each,,yes,2026-12-01T06:00:00Z\n"
              "W1,Bananas,produce,reduced,1.99,EUR,,4011,kg,,,\n"
              "B1,\"Lager, 6 × 330 ml\",alcohol,standard,5.49,EUR,73513537,,each,18,no,\n";
        CatalogueUploadOptions options;
        options.nowMs = 1795344000123;
        auto upload = buildCatalogueUpload(*bufferOf(csv, this), options);
        QVERIFY2(upload, qPrintable(upload ? QString() : upload.error().message));
        QCOMPARE(upload->rowsRead, 4);
        QCOMPARE(upload->badRows, 0);
        QCOMPARE(upload->departments, 3);
        QCOMPARE(upload->products, 3);
        QCOMPARE(upload->prices, 4);
        QCOMPARE(upload->batches.size(), size_t(3));   // departments, products, prices: in that order

        const RecordBatch &departments = upload->batches[0];
        QCOMPARE(departments.endpoint, u"/v1/admin/catalogue"_qs);
        QCOMPARE(QByteArray::fromStdString(departments.body),
                 QByteArray(R"({"departments":[{"id":"dairy","name":"dairy"},{"id":"produce","name":"produce"},)"
                            R"({"id":"alcohol","name":"alcohol"}]})"));

        const RecordBatch &products = upload->batches[1];
        QCOMPARE(products.array, u"products"_qs);
        QCOMPARE(products.lines, (std::vector<qint64>{3, 4, 5}));   // M1's last row wins
        auto p = parse(products.body);
        const auto m1 = p->root().member("products")[0];
        QCOMPARE(m1.member("sku").toString(), std::string_view("M1"));
        QCOMPARE(m1.member("department_id").toString(), std::string_view("dairy"));
        QCOMPARE(m1.member("tax_class_id").toString(), std::string_view("reduced"));
        QCOMPARE(m1.member("unit").toString(), std::string_view("each"));
        QCOMPARE(m1.member("barcodes")[0].toString(), std::string_view("04006381333931"));   // normalised GTIN-14
        QVERIFY(m1.member("active").toBool());
        QVERIFY(!m1.member("plu").exists());
        const auto w1 = p->root().member("products")[1];
        QCOMPARE(w1.member("unit").toString(), std::string_view("kg"));
        QCOMPARE(w1.member("plu").toString(), std::string_view("4011"));
        QCOMPARE(w1.member("barcodes").size(), 0u);
        const auto b1 = p->root().member("products")[2];
        QCOMPARE(b1.member("name").toString(), std::string_view("Lager, 6 × 330 ml"));
        QCOMPARE(b1.member("age_limit").toInt(), 18);
        QVERIFY(!b1.member("returnable").toBool());

        const RecordBatch &prices = upload->batches[2];
        QCOMPARE(prices.endpoint, u"/v1/admin/prices"_qs);
        QCOMPARE(prices.lines, (std::vector<qint64>{2, 3, 4, 5}));
        auto pr = parse(prices.body);
        const auto list = pr->root().member("prices");
        QCOMPARE(list[0].member("amount").toInt(), 119);
        QVERIFY(list[0].member("store_id").isNull());
        QCOMPARE(list[0].member("effective_from").toInt(), 1795344000000);   // now, whole seconds
        QVERIFY(list[0].member("effective_to").isNull());
        QCOMPARE(list[1].member("amount").toInt(), 129);
        QCOMPARE(list[1].member("effective_from").toInt(), utcMs("2026-12-01T06:00:00Z"));
        QCOMPARE(list[3].member("amount").toInt(), 549);
        QCOMPARE(list[3].member("currency").toString(), std::string_view("EUR"));
    }

    void storeColumnMakesAStorePrice()
    {
        const QByteArray csv = "sku,name,department,tax_class,price,store,price_to\n"
                               "M1,Milk,dairy,reduced,1.09,store-007,2030-01-01T00:00:00Z\n";
        CatalogueUploadOptions options;
        options.nowMs = 1795344000000;
        auto upload = buildCatalogueUpload(*bufferOf(csv, this), options);
        QVERIFY(upload);
        auto pr = parse(upload->batches.back().body);
        const auto price = pr->root().member("prices")[0];
        QCOMPARE(price.member("store_id").toString(), std::string_view("store-007"));
        QCOMPARE(price.member("effective_to").toInt(), utcMs("2030-01-01T00:00:00Z"));
    }

    void keepDepartmentNamesSendsNoDepartments()
    {
        CatalogueUploadOptions options;
        options.sendDepartments = false;
        auto upload = buildCatalogueUpload(*bufferOf(kHeader + "M1,Milk,dairy,reduced,1.19,,,,,,,\n", this), options);
        QVERIFY(upload);
        QCOMPARE(upload->departments, 0);
        QCOMPARE(upload->batches.front().array, u"products"_qs);
    }

    // The same file gives the same issues (line, column, words) as the lane's importer.
    void badRowsAreReportedExactlyAsTheLaneImporterDoes_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::newRow("price with comma") << QByteArray("X1,Tea,pantry,reduced,\"1,99\",EUR,,,each,,,\n");
        QTest::newRow("too many decimals") << QByteArray("X1,Tea,pantry,reduced,1.999,EUR,,,each,,,\n");
        QTest::newRow("negative price") << QByteArray("X1,Tea,pantry,reduced,-1.00,EUR,,,each,,,\n");
        QTest::newRow("no price") << QByteArray("X1,Tea,pantry,reduced,,EUR,,,each,,,\n");
        QTest::newRow("unknown currency") << QByteArray("X1,Tea,pantry,reduced,1.00,EUX,,,each,,,\n");
        QTest::newRow("bad check digit") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,4006381333932,,each,,,\n");
        QTest::newRow("PLU in barcodes") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,4011,,each,,,\n");
        QTest::newRow("empty name") << QByteArray("X1,,pantry,reduced,1.00,EUR,,,each,,,\n");
        QTest::newRow("bad unit") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,litre,,,\n");
        QTest::newRow("bad age") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,each,old,,\n");
        QTest::newRow("bad flag") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,each,,maybe,\n");
        QTest::newRow("bad date") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,,each,,,31/12/2026\n");
        QTest::newRow("bad PLU") << QByteArray("X1,Tea,pantry,reduced,1.00,EUR,,40a1,kg,,,\n");
        QTest::newRow("missing field") << QByteArray("X1,Tea,pantry,reduced,1.00\n");
        QTest::newRow("several issues in one row") << QByteArray(",,,reduced,abc,EUR,,,box,,,\n");
        QTest::newRow("repeated SKU and start") << QByteArray("G1,Again,pantry,reduced,2.50,EUR,,,each,,,\n");
    }
    void badRowsAreReportedExactlyAsTheLaneImporterDoes()
    {
        QFETCH(QByteArray, row);
        const QByteArray csv = kHeader + "G1,Good Item,pantry,reduced,2.00,EUR,4006381333931,,each,,,\n" + row
                               + "G2,Good Item,pantry,reduced,2.00,EUR,,,each,,,\n";
        test::TempDatabase tmp;
        Database db = tmp.open();
        QVERIFY(CatalogueGenerator::writeReferenceData(db));
        ImportOptions laneOptions;
        laneOptions.nowUtcSeconds = 1'795'000'000;
        auto lane = importCatalogueCsv(db, *bufferOf(csv, this), laneOptions);
        QVERIFY(lane);
        QVERIFY(!lane->issues.isEmpty());

        auto upload = buildCatalogueUpload(*bufferOf(csv, this), CatalogueUploadOptions{});
        QVERIFY(upload);
        QCOMPARE(upload->badRows, lane->rejected);
        QCOMPARE(upload->issues.size(), lane->issues.size());
        for (qsizetype i = 0; i < lane->issues.size(); ++i) {
            QCOMPARE(upload->issues[i].line, lane->issues[i].line);
            QCOMPARE(upload->issues[i].column, lane->issues[i].column);
            QCOMPARE(upload->issues[i].message, lane->issues[i].message);
        }
    }

    void headerProblemsStopBeforeAnyRow()
    {
        auto unknown = buildCatalogueUpload(*bufferOf("sku,name,department,tax_class,price,colour\n", this), {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, u"import.header"_qs);
        QVERIFY(unknown.error().message.contains(u"colour"));
        auto missing = buildCatalogueUpload(*bufferOf("sku,name,department,price\n", this), {});
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"tax_class"));
        auto quoting = buildCatalogueUpload(*bufferOf(kHeader + "X1,\"Tea,pantry,reduced,1.00,,,,,,,\n", this), {});
        QVERIFY(!quoting);
    }

    void batchesHoldAtMostTheLimitAndRememberTheirLines()
    {
        QByteArray csv = "sku,name,department,tax_class,price\n";
        for (int i = 1; i <= 5; ++i)
            csv += "S" + QByteArray::number(i) + ",Item,dept,standard,1.00\n";
        CatalogueUploadOptions options;
        options.limits.maxRecords = 2;
        auto upload = buildCatalogueUpload(*bufferOf(csv, this), options);
        QVERIFY(upload);
        // 1 department batch, 3 product batches (2+2+1), 3 price batches.
        QCOMPARE(upload->batches.size(), size_t(7));
        QCOMPARE(upload->batches[1].array, u"products"_qs);
        QCOMPARE(upload->batches[1].lines, (std::vector<qint64>{2, 3}));
        QCOMPARE(upload->batches[3].lines, (std::vector<qint64>{6}));
        QCOMPARE(parse(upload->batches[3].body)->root().member("products")[0].member("sku").toString(), std::string_view("S5"));
    }

    void defaultBatchIs50000Records()   // §11
    {
        QByteArray csv = "sku,name,department,tax_class,price\n";
        csv.reserve(50'001 * 32);
        for (int i = 1; i <= 50'001; ++i)
            csv += "S" + QByteArray::number(i) + ",Item,dept,standard,1.00\n";
        auto upload = buildCatalogueUpload(*bufferOf(csv, this), CatalogueUploadOptions{});
        QVERIFY(upload);
        QCOMPARE(upload->products, 50'001);
        std::vector<size_t> productBatches;
        for (const RecordBatch &b : upload->batches) {
            if (b.array == u"products")
                productBatches.push_back(b.lines.size());
        }
        QCOMPARE(productBatches, (std::vector<size_t>{50'000, 1}));
    }

    void batchesStayBelowTheByteLimit()
    {
        QByteArray csv = "sku,name,department,tax_class,price\n";
        for (int i = 1; i <= 10; ++i)
            csv += "S" + QByteArray::number(i) + "," + QByteArray(150, 'n') + ",dept,standard,1.00\n";
        CatalogueUploadOptions options;
        options.limits.maxBytes = 1000;
        auto upload = buildCatalogueUpload(*bufferOf(csv, this), options);
        QVERIFY(upload);
        size_t products = 0;
        for (const RecordBatch &b : upload->batches) {
            QVERIFY2(b.body.size() <= 1000, b.body.c_str());
            if (b.array == u"products")
                products += b.lines.size();
        }
        QCOMPARE(products, size_t(10));
    }

    // Major units to integer minor units exactly, never through a double.
    void scheduledPricesAreExactMinorUnits_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("0.29 EUR (28.999… as a double)") << u"0.29"_qs << u"EUR"_qs << qint64(29);
        QTest::newRow("4.35 EUR") << u"4.35"_qs << u"EUR"_qs << qint64(435);
        QTest::newRow("1.1 EUR") << u"1.1"_qs << u"EUR"_qs << qint64(110);
        QTest::newRow("99999999.99 EUR") << u"99999999.99"_qs << u"EUR"_qs << qint64(9'999'999'999);
        QTest::newRow("500 JPY") << u"500"_qs << u"JPY"_qs << qint64(500);
        QTest::newRow("1.234 KWD") << u"1.234"_qs << u"KWD"_qs << qint64(1234);
        QTest::newRow("0 EUR") << u"0"_qs << u"EUR"_qs << qint64(0);
    }
    void scheduledPricesAreExactMinorUnits()
    {
        QFETCH(QString, price);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        PriceScheduleOptions options;
        options.fromMs = utcMs("2026-12-01T05:00:00Z");
        options.defaultCurrency = currency;
        auto schedule = buildPriceSchedule(*bufferOf("sku,price\nM1," + price.toUtf8() + "\n", this), options);
        QVERIFY2(schedule, qPrintable(schedule ? QString() : schedule.error().message));
        QVERIFY(schedule->issues.isEmpty());
        auto doc = parse(schedule->batches.at(0).body);
        const auto record = doc->root().member("prices")[0];
        QCOMPARE(record.member("amount").toInt(), minor);
        QCOMPARE(QString::fromUtf8(record.member("currency").toString()), currency);
        QCOMPARE(record.member("effective_from").toInt(), utcMs("2026-12-01T05:00:00Z"));
        QVERIFY(record.member("effective_to").isNull());
        QVERIFY(record.member("store_id").isNull());
    }

    void scheduleForAStoreWithAnEnd()
    {
        PriceScheduleOptions options;
        options.fromMs = utcMs("2026-12-01T05:00:00Z");
        options.untilMs = utcMs("2026-12-08T05:00:00Z");
        options.storeId = u"store-007"_qs;
        auto schedule = buildPriceSchedule(*bufferOf("SKU,Price,Currency\nM1,1.49,\nM2,2.00,EUR\n", this), options);
        QVERIFY(schedule);
        QCOMPARE(schedule->prices, 2);
        auto doc = parse(schedule->batches.at(0).body);
        const auto record = doc->root().member("prices")[1];
        QCOMPARE(record.member("store_id").toString(), std::string_view("store-007"));
        QCOMPARE(record.member("effective_to").toInt(), utcMs("2026-12-08T05:00:00Z"));
        QCOMPARE(schedule->batches.at(0).lines, (std::vector<qint64>{2, 3}));
    }

    void badPriceRowsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("column");
        QTest::newRow("comma decimal") << QByteArray("M1,\"1,99\"\n") << u"price"_qs;
        QTest::newRow("too many decimals") << QByteArray("M1,1.999\n") << u"price"_qs;
        QTest::newRow("negative") << QByteArray("M1,-0.50\n") << u"price"_qs;
        QTest::newRow("empty sku") << QByteArray(",1.00\n") << u"sku"_qs;
        QTest::newRow("field count") << QByteArray("M1\n") << QString();
        QTest::newRow("repeated sku") << QByteArray("G1,3.00\n") << u"sku"_qs;
    }
    void badPriceRowsAreNamed()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, column);
        PriceScheduleOptions options;
        options.fromMs = 1795344000000;
        auto schedule = buildPriceSchedule(*bufferOf("sku,price\nG1,1.00\n" + row, this), options);
        QVERIFY(schedule);
        QCOMPARE(schedule->badRows, 1);
        QCOMPARE(schedule->issues.size(), 1);
        QCOMPARE(schedule->issues[0].line, 3);
        QCOMPARE(schedule->issues[0].column, column);
    }

    void untilMustFollowFrom()
    {
        PriceScheduleOptions options;
        options.fromMs = 1795344000000;
        options.untilMs = 1795344000000;
        QVERIFY(!buildPriceSchedule(*bufferOf("sku,price\nM1,1.00\n", this), options));
    }

    void otherBodiesAndPaths()
    {
        QCOMPARE(QByteArray::fromStdString(storeBody(u"s1"_qs, u"Berlin Mitte"_qs, u"EUR"_qs, u"Europe/Berlin"_qs)),
                 QByteArray(R"({"store_id":"s1","name":"Berlin Mitte","currency":"EUR","time_zone":"Europe/Berlin"})"));
        QCOMPARE(QByteArray::fromStdString(terminalBody(u"s1"_qs, u"lane-03"_qs, u"Lane \"3\""_qs)),
                 QByteArray("{\"store_id\":\"s1\",\"lane_id\":\"lane-03\",\"name\":\"Lane \\\"3\\\"\"}"));
        QCOMPARE(QByteArray::fromStdString(enrolmentCodeBody(true)), QByteArray(R"({"new_key":true})"));
        QCOMPARE(QByteArray::fromStdString(revokeBody(u"stolen"_qs)), QByteArray(R"({"reason":"stolen"})"));
        QCOMPARE(terminalsPath(QString()), u"/v1/admin/terminals"_qs);
        QCOMPARE(terminalsPath(u"store 7&x"_qs), u"/v1/admin/terminals?store_id=store%207%26x"_qs);
        QCOMPARE(salesPath(u"s1"_qs, u"2026-11-21"_qs, QString()), u"/v1/admin/sales?store_id=s1&day=2026-11-21"_qs);
        QCOMPARE(salesPath(u"s1"_qs, u"2026-11-21"_qs, u"a+b/c="_qs),
                 u"/v1/admin/sales?store_id=s1&day=2026-11-21&page_token=a%2Bb%2Fc%3D"_qs);
        QCOMPARE(terminalPath(u"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c"_qs, u"revoke"_qs),
                 u"/v1/admin/terminals/5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c/revoke"_qs);
    }

    void localChecks()
    {
        QVERIFY(checkCode(u"--store"_qs, u"store-007"_qs));
        QVERIFY(!checkCode(u"--store"_qs, u" store"_qs));
        QVERIFY(!checkCode(u"--store"_qs, QString()));
        QVERIFY(checkCurrency(u"EUR"_qs));
        QVERIFY(!checkCurrency(u"EURO"_qs));
        QVERIFY(checkTimeZone(u"Europe/Berlin"_qs));
        QVERIFY(!checkTimeZone(u"Berlin"_qs));
        QVERIFY(checkDay(u"2026-11-21"_qs));
        QVERIFY(!checkDay(u"2026-11-31"_qs));
        QVERIFY(!checkDay(u"21.11.2026"_qs));
    }
};

QTEST_GUILESS_MAIN(TestAdminRequests)
#include "tst_admin_requests.moc"
