// Checkout benchmark on a large catalogue: scan-to-line (parse → find → price
// → tax → basket updated and saved) beside a bare SQLite look-up of the same
// barcodes, and the durable sale commit beside one raw fdatasync of a small
// write on the same disk. Figures are printed, never asserted.
//   bench_checkout [--items N] [--scans N] [--commits N] [--work DIR]
#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue.h"
#include "core/catalogue/catalogue_generator.h"
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/lane/lane_services.h"
#include "core/sale/sale_session.h"
#include "core/sale/sale_store.h"
#include "tests/bench/bench_report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

using namespace retailos;
using bench::Clock;
using bench::die;
using bench::must;

namespace {

// The reference: what the disk costs for one small durable write.
double rawFdatasyncMicros(int fd)
{
    static char block[4096] = {1};
    const auto start = Clock::now();
    if (::pwrite(fd, block, sizeof block, 0) != qint64(sizeof block) || ::fdatasync(fd) != 0)
        die(u"fdatasync failed"_qs);
    return bench::microsSince(start);
}

void payCash(SaleSession &s)
{
    Tender cash;
    cash.kind = TenderKind::Cash;
    cash.received = Money((s.priced().due.minorUnits() / 1000 + 1) * 1000, s.sale().currency);
    must(s.addTender(cash), "tender");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption itemsOpt(u"items"_qs, u"Catalogue size."_qs, u"n"_qs, u"1000000"_qs);
    QCommandLineOption scansOpt(u"scans"_qs, u"Scans to time."_qs, u"n"_qs, u"10000"_qs);
    QCommandLineOption commitsOpt(u"commits"_qs, u"Sale commits to time."_qs, u"n"_qs, u"500"_qs);
    QCommandLineOption workOpt(u"work"_qs, u"Folder for the replica (kept between runs)."_qs, u"dir"_qs);
    parser.addOptions({itemsOpt, scansOpt, commitsOpt, workOpt});
    parser.process(app);
    const qint64 items = parser.value(itemsOpt).toLongLong();
    const int scans = parser.value(scansOpt).toInt();
    const int commits = parser.value(commitsOpt).toInt();
    QTemporaryDir tmp;
    const QString work = parser.isSet(workOpt) ? parser.value(workOpt) : tmp.path();
    QDir().mkpath(work);
    const QString path = work + u"/checkout-" + QString::number(items) + u".db";

    GeneratorOptions generatorOptions;
    generatorOptions.items = items;
    generatorOptions.nowUtcSeconds = 1'795'000'000;
    const CatalogueGenerator generator(generatorOptions);
    {
        Database db = must(Database::open(path), "open");
        must(migrate(db, laneMigrations()), "migrate");
        if (must(db.queryInt("SELECT count(*) FROM products"), "count") != items) {
            std::fprintf(stderr, "bench_checkout: generating %lld items into %s\n", items, qPrintable(path));
            must(generator.writeDatabase(db), "generate");
        }
    }

    LaneOptions options;
    options.databasePath = path;
    options.keyPath = work + u"/checkout-lane-key.pem";
    options.laneId = u"bench-lane"_qs;
    auto lane = must(LaneServices::open(options), "lane");
    if (!lane->staff().findByCode(u"7001"))
        must(lane->staff().createUser({u"7001"_qs, u"Bench Cashier"_qs, {u"supervisor"_qs}, QString()}, u"2468",
                                      lane->now()), "staff");
    must(lane->signIn(u"7001", u"2468"), "sign in");
    SaleSession &session = lane->session();
    if (session.hasOpenSale()) {
        (void)session.confirmAge(0);
        payCash(session);
        must(session.complete(), "complete restored basket");
    }

    // Scan codes of items sold by the piece (weighed ones need a scale).
    QRandomGenerator rng(11);
    QList<QString> codes;
    QList<QByteArray> keys;
    while (codes.size() < scans) {
        const GeneratedItem item = generator.item(qint64(rng.bounded(quint32(items))));
        if (item.record.product.weighed())
            continue;
        codes.append(item.barcode);
        keys.append(item.record.barcodeKeys.first().toUtf8());
    }

    sqlite3_stmt *bare = nullptr;
    sqlite3_prepare_v2(lane->database().handle(), "SELECT product_id FROM product_barcodes WHERE code = ?1", -1, &bare,
                       nullptr);
    auto bareLookup = [&](const QByteArray &key) {
        sqlite3_bind_text(bare, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        if (sqlite3_step(bare) != SQLITE_ROW)
            die(u"bare look-up missed "_qs + QString::fromUtf8(key));
        sqlite3_reset(bare);
    };

    // Warm both paths alike, as a lane that has been selling for a while
    // (its cold start is a figure of its own).
    const ScanParser warmParser(ScanRules::defaults());
    for (int i = 0; i < std::min<int>(scans, 1000); ++i) {
        bareLookup(keys.at(i));
        (void)lane->catalogue().findByScan(codes.at(i), warmParser, lane->now() / 1000);
    }

    // Scan-to-line, in baskets of 20 like a big shop; the commit between
    // baskets is not timed here.
    QList<double> scanTimes;
    QList<double> bareTimes;
    for (int i = 0; i < scans; ++i) {
        auto start = Clock::now();
        bareLookup(keys.at(i));
        bareTimes.append(bench::microsSince(start));
        start = Clock::now();
        must(session.scan(codes.at(i)), "scan");
        scanTimes.append(bench::microsSince(start));
        if (session.sale().lines.size() == 20) {
            (void)session.confirmAge(0);
            payCash(session);
            must(session.complete(), "complete");
        }
    }
    sqlite3_finalize(bare);
    for (double p : {50.0, 99.0}) {
        const QString suffix = p == 50.0 ? u"p50"_qs : u"p99"_qs;
        bench::print({u"checkout"_qs, u"scan_to_line_"_qs + suffix, bench::percentile(scanTimes, p), u"us"_qs,
                      u"bare_sqlite_lookup_"_qs + suffix, bench::percentile(bareTimes, p),
                      p == 99.0 ? u"p99 <= 1000 us and ratio <= 10"_qs : QString()});
    }

    // Sale commit: three items, cash; timed from "complete" to durable.
    const QString syncPath = work + u"/fdatasync-probe.bin";
    const int fd = ::open(QFile::encodeName(syncPath).constData(), O_RDWR | O_CREAT, 0600);
    if (fd < 0)
        die(u"cannot open "_qs + syncPath);
    QList<double> commitTimes;
    QList<double> durableTimes;
    QList<double> syncTimes;
    for (int i = 0; i < commits; ++i) {
        if (session.hasOpenSale()) {
            (void)session.confirmAge(0);
            payCash(session);
            must(session.complete(), "complete");
        }
        for (int k = 0; k < 3; ++k)
            must(session.scan(codes.at((i * 3 + k) % codes.size())), "scan");
        (void)session.confirmAge(0);
        payCash(session);
        syncTimes.append(rawFdatasyncMicros(fd));
        const auto start = Clock::now();
        must(session.complete(), "commit");
        commitTimes.append(bench::microsSince(start));
        durableTimes.append(session.lastCommitMicros());
    }
    ::close(fd);
    QFile::remove(syncPath);
    // Tender to durable (the transaction with journal and outbox), and the
    // whole complete() a cashier waits for, which also builds the receipt.
    bench::print({u"checkout"_qs, u"sale_commit_p50"_qs, bench::percentile(durableTimes, 50), u"us"_qs,
                  u"raw_fdatasync_p50"_qs, bench::percentile(syncTimes, 50), u"ratio <= 2"_qs});
    bench::print({u"checkout"_qs, u"sale_commit_p99"_qs, bench::percentile(durableTimes, 99), u"us"_qs,
                  u"raw_fdatasync_p99"_qs, bench::percentile(syncTimes, 99), QString()});
    bench::print({u"checkout"_qs, u"complete_with_receipt_p50"_qs, bench::percentile(commitTimes, 50), u"us"_qs,
                  u"raw_fdatasync_p50"_qs, bench::percentile(syncTimes, 50), QString()});
    bench::print({u"checkout"_qs, u"catalogue_items"_qs, double(lane->catalogue().productCount().value_or(0)),
                  u"items"_qs, QString(), 0, QString()});
    return 0;
}
