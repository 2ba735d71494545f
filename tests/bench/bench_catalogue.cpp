// Catalogue benchmark: barcode look-up through the catalogue API beside a bare
// prepared-statement SQLite look-up of the same barcodes, name search, and the
// import rate of a generated CSV. Figures are printed, never asserted.
//   bench_catalogue [--items N] [--lookups N] [--searches N] [--work DIR]
#include "core/barcode/gtin.h"
#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/catalogue/catalogue_importer.h"
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "tests/bench/bench_report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace retailos;
using bench::Clock;
using bench::die;
using bench::must;

namespace {

constexpr qint64 kNow = 1'795'000'000;

Database openMigrated(const QString &path)
{
    Database db = must(Database::open(path), "open");
    must(migrate(db, laneMigrations()), "migrate");
    return db;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption itemsOpt(u"items"_qs, u"Catalogue size."_qs, u"n"_qs, u"1000000"_qs);
    QCommandLineOption lookupsOpt(u"lookups"_qs, u"Barcode look-ups."_qs, u"n"_qs, u"10000"_qs);
    QCommandLineOption searchesOpt(u"searches"_qs, u"Name searches."_qs, u"n"_qs, u"1000"_qs);
    QCommandLineOption workOpt(u"work"_qs, u"Folder for the databases (kept between runs)."_qs, u"dir"_qs);
    QCommandLineOption reuseOpt(u"reuse"_qs, u"Reuse the replica a previous run imported (no import figure)."_qs);
    parser.addOptions({itemsOpt, lookupsOpt, searchesOpt, workOpt, reuseOpt});
    parser.process(app);
    const qint64 items = parser.value(itemsOpt).toLongLong();
    const int lookups = parser.value(lookupsOpt).toInt();
    const int searches = parser.value(searchesOpt).toInt();
    QTemporaryDir tmp;
    const QString work = parser.isSet(workOpt) ? parser.value(workOpt) : tmp.path();
    QDir().mkpath(work);
    const QString tag = QString::number(items);

    GeneratorOptions options;
    options.items = items;
    options.nowUtcSeconds = kNow;
    const CatalogueGenerator generator(options);

    // 1. Import rate of the generated CSV into an empty replica.
    const QString csvPath = work + u"/catalogue-" + tag + u".csv";
    const QString importPath = work + u"/import-" + tag + u".db";
    const bool reuse = parser.isSet(reuseOpt) && QFile::exists(importPath);
    if (!reuse) {
        QFile csv(csvPath);
        if (!csv.open(QIODevice::WriteOnly))
            die(u"cannot write "_qs + csvPath);
        must(generator.writeCsv(csv), "write csv");
        csv.close();
        for (const QString &suffix : {u""_qs, u"-wal"_qs, u"-shm"_qs})
            QFile::remove(importPath + suffix);
        Database db = openMigrated(importPath);
        must(CatalogueGenerator::writeReferenceData(db), "reference data");
        if (!csv.open(QIODevice::ReadOnly))
            die(u"cannot read "_qs + csvPath);
        ImportOptions importOptions;
        importOptions.nowUtcSeconds = kNow;
        const auto start = Clock::now();
        const ImportReport report = must(importCatalogueCsv(db, csv, importOptions), "import");
        const double seconds = bench::microsSince(start) / 1e6;
        if (!report.committed)
            die(u"the generated CSV did not import: "_qs + report.issues.value(0).message);
        bench::print({u"catalogue"_qs, u"csv_import_rate"_qs, double(report.rowsRead) / seconds, u"rows/s"_qs,
                      QString(), 0, QString()});
        QFile::remove(csvPath);
    }

    // The look-ups run on the imported replica, reopened cold.
    Database db = openMigrated(importPath);
    Catalogue catalogue = must(Catalogue::open(db, u"store-001"_qs), "catalogue");
    const ScanParser scanParser(ScanRules::defaults());

    QRandomGenerator rng(7);
    QList<QString> scans;
    QList<QByteArray> keys;
    for (int i = 0; i < lookups; ++i) {
        const GeneratedItem item = generator.item(qint64(rng.bounded(quint32(items))));
        scans.append(item.barcode);
        keys.append(item.record.barcodeKeys.first().toUtf8());
    }

    // 2a. The reference: the bare prepared statement on the same connection.
    sqlite3_stmt *bare = nullptr;
    sqlite3_prepare_v2(db.handle(), "SELECT product_id FROM product_barcodes WHERE code = ?1", -1, &bare, nullptr);
    auto bareLookup = [&](const QByteArray &key) {
        sqlite3_bind_text(bare, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(bare);
        sqlite3_reset(bare);
        if (rc != SQLITE_ROW)
            die(u"bare look-up missed "_qs + QString::fromUtf8(key));
    };
    // 2b. The catalogue API: parse the scan, find the item, pick the price in force.
    auto apiLookup = [&](const QString &scan) {
        auto match = catalogue.findByScan(scan, scanParser, kNow);
        if (!match || !match->item.price)
            die(u"look-up missed "_qs + scan);
    };
    for (int i = 0; i < std::min(lookups, 1000); ++i) { // warm both paths equally
        bareLookup(keys.at(i));
        apiLookup(scans.at(i));
    }
    QList<double> bareTimes;
    QList<double> apiTimes;
    bareTimes.reserve(lookups);
    apiTimes.reserve(lookups);
    for (int i = 0; i < lookups; ++i) {
        // Interleaved, so machine noise hits both series alike, and in turns
        // first, so neither always finds the pages the other just loaded.
        auto timeBare = [&] {
            const auto start = Clock::now();
            bareLookup(keys.at(i));
            bareTimes.append(bench::microsSince(start));
        };
        auto timeApi = [&] {
            const auto start = Clock::now();
            apiLookup(scans.at(i));
            apiTimes.append(bench::microsSince(start));
        };
        if (i % 2 == 0) {
            timeBare();
            timeApi();
        } else {
            timeApi();
            timeBare();
        }
    }
    sqlite3_finalize(bare);
    for (double p : {50.0, 99.0}) {
        const QString suffix = p == 50.0 ? u"p50"_qs : u"p99"_qs;
        bench::print({u"catalogue"_qs, u"barcode_lookup_"_qs + suffix, bench::percentile(apiTimes, p), u"us"_qs,
                      u"bare_sqlite_lookup_"_qs + suffix, bench::percentile(bareTimes, p),
                      p == 99.0 ? u"ratio <= 10 and p99 <= 500 us"_qs : u"ratio <= 10"_qs});
    }

    // 3. Name search: one or two words from the names, the last one cut short
    // as a person types it.
    const QList<QString> words = CatalogueGenerator::nameWords();
    QList<double> searchTimes;
    qint64 hits = 0;
    for (int i = 0; i < searches; ++i) {
        QString query;
        const int count = 1 + int(rng.bounded(2));
        for (int w = 0; w < count; ++w) {
            QString word = words.at(qsizetype(rng.bounded(quint32(words.size())))).section(u' ', 0, 0);
            if (w == count - 1)
                word = word.left(3 + int(rng.bounded(4)));
            query += (w ? u" "_qs : QString()) + word;
        }
        const auto start = Clock::now();
        auto found = catalogue.search(query, 20, kNow);
        searchTimes.append(bench::microsSince(start));
        if (!found)
            die(found.error().message);
        hits += found->size();
    }
    bench::print({u"catalogue"_qs, u"name_search_p50"_qs, bench::percentile(searchTimes, 50) / 1000.0, u"ms"_qs,
                  QString(), 0, QString()});
    bench::print({u"catalogue"_qs, u"name_search_p99"_qs, bench::percentile(searchTimes, 99) / 1000.0, u"ms"_qs,
                  QString(), 0, u"p99 <= 20 ms"_qs});
    // Type-ahead starts with one or two letters, the broadest queries there are.
    QList<double> shortTimes;
    for (int i = 0; i < std::max(1, searches / 5); ++i) {
        const QString word = words.at(qsizetype(rng.bounded(quint32(words.size()))));
        const QString query = word.left(1 + int(rng.bounded(2)));
        const auto start = Clock::now();
        auto found = catalogue.search(query, 20, kNow);
        shortTimes.append(bench::microsSince(start));
        if (!found)
            die(found.error().message);
    }
    bench::print({u"catalogue"_qs, u"name_search_1_2_letters_p99"_qs, bench::percentile(shortTimes, 99) / 1000.0,
                  u"ms"_qs, QString(), 0, u"p99 <= 20 ms"_qs});
    bench::print({u"catalogue"_qs, u"name_search_mean_hits"_qs, double(hits) / std::max(1, searches), u"items"_qs,
                  QString(), 0, QString()});
    bench::print({u"catalogue"_qs, u"catalogue_items"_qs, double(must(catalogue.productCount(), "count")),
                  u"items"_qs, QString(), 0, QString()});
    return 0;
}
