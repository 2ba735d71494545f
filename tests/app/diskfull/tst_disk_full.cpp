// Disk full: with the lane database on a small private tmpfs, selling until
// the disk is full loses no completed sale, tells the cashier plainly, keeps
// the basket, and sells again once space is freed. Needs root to mount the
// tmpfs; skips with the reason otherwise (but fails when root cannot mount).
#include "core/catalogue/catalogue_generator.h"
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "core/journal/journal.h"
#include "core/journal/journal_verifier.h"
#include "core/lane/lane_services.h"
#include "core/sale/sale_session.h"
#include "core/staff/role.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>


#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace retailos {

namespace {

constexpr qint64 kT0 = 1'795'000'000'000;       // 2026-11-18 UTC, ms
constexpr int kTmpfsMiB = 8;
// One round each: the room left after the filler, and the main connection's
// page cache (0: as the lane runs; a few pages: dirty pages spill to the WAL
// mid-transaction, so the disk fills inside the commit, not at its COMMIT).
struct RoundPlan
{
    qint64 headroomBytes;
    int cachePages;
};
constexpr std::array<RoundPlan, 6> kRounds{{{96 * 1024, 0},
                                            {200 * 1024, 0},
                                            {700 * 1024, 0},
                                            {2 * 1024 * 1024, 0},
                                            {150 * 1024, 10},
                                            {500 * 1024, 10}}};
constexpr int kReserveChunks = 24;             // freed one by one when a scan or tender is refused
constexpr qint64 kReserveChunkBytes = 32 * 1024;
constexpr int kLinesPerSale = 4;
constexpr int kMaxSalesUntilFull = 500;        // the disk must be full long before this
constexpr int kSalesAfterFreeing = 5;
const QString kUserCode = u"2001"_qs;
const QString kUserPin = u"7391"_qs;

// A private tmpfs mounted on a folder; unmounted when it goes, whatever happened.
class TmpfsMount
{
public:
    TmpfsMount() = default;
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;
    ~TmpfsMount() { unmount(); }

    // 0 on success, else errno.
    int mount(const QString &dir, int sizeMiB)
    {
        m_path = QFile::encodeName(dir);
        const QByteArray options = "size=" + QByteArray::number(sizeMiB) + "m,mode=0700";
        if (::mount("tmpfs", m_path.constData(), "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, options.constData()) != 0)
            return errno;
        m_mounted = true;
        return 0;
    }

    // true when nothing is (or stays) mounted. A busy mount is detached
    // lazily, so it never outlives the test.
    bool unmount()
    {
        if (!m_mounted)
            return true;
        if (::umount2(m_path.constData(), 0) != 0 && ::umount2(m_path.constData(), MNT_DETACH) != 0) {
            std::fprintf(stderr, "cannot unmount %s: %s\n", m_path.constData(), std::strerror(errno));
            return false;
        }
        m_mounted = false;
        return true;
    }

    [[nodiscard]] bool mounted() const { return m_mounted; }

private:
    QByteArray m_path;
    bool m_mounted = false;
};

qint64 freeBytes(const QString &dir)
{
    struct statvfs s {};
    if (::statvfs(QFile::encodeName(dir).constData(), &s) != 0)
        return -1;
    return qint64(s.f_bavail) * qint64(s.f_frsize);
}

// Writes real bytes (tmpfs gives a sparse file no space): true if all fit.
bool writeFiller(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray chunk(64 * 1024, 'x');
    for (qint64 left = bytes; left > 0;) {
        const qint64 n = std::min<qint64>(left, chunk.size());
        if (f.write(chunk.constData(), n) != n)
            return false;
        left -= n;
    }
    return f.flush();
}

bool isDiskError(const Error &e)
{
    return e.code == u"db.full" || e.code == u"db.io";
}

// Plain words for the cashier: the disk is full / could not be saved.
bool plainDiskMessage(const QString &message)
{
    const bool says = message.contains(u"disk", Qt::CaseInsensitive) || message.contains(u"full", Qt::CaseInsensitive);
    const bool sql = message.contains(u"COMMIT") || message.contains(u"INSERT") || message.contains(u"UPDATE");
    return says && !sql;
}

struct Round
{
    RoundPlan plan;
    int completedBeforeFailure = 0;
    QString failureCode;
    int completedAfterFreeing = 0;
};

struct Reported
{
    QString saleId;
    qint64 receiptNumber = 0;
    qint64 totalMinor = 0;
    int lines = 0;
};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sellUntilFullThenRecover();

private:
    void openLane();
    void seedCatalogue();
    // A refused scan or tender: a disk error, plain words, basket unchanged in
    // memory and on disk. Then frees one reserve chunk so selling can go on.
    void checkRefusedChange(const Error &error, const Sale &before, const char *what);
    // Builds the next basket (lines and cash), freeing reserve space when a
    // change is refused. The basket is ready to complete afterwards.
    void fillBasket();
    void sellFreely(int sales);
    // Fills the disk, sells until complete() fails, checks the failure, frees
    // the space, completes the kept basket and sells a few more.
    void fillUpAndRecover(Round &round);
    [[nodiscard]] bool freeReserveChunk();
    void record(const CompletedSale &done, qint64 totalMinor, int lines);
    void verifyDatabase(Database &db);
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    TmpfsMount m_mount;
    std::unique_ptr<LaneServices> m_lane;
    qint64 m_now = kT0;
    QList<QString> m_barcodes;             // plain, unrestricted, priced items
    int m_nextItem = 0;
    QList<Reported> m_reported;
    int m_refusedChanges = 0;
    int m_reserveLeft = 0;
};

void TestDiskFull::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const int error = m_mount.mount(m_dir.path(), kTmpfsMiB);
    if (error != 0) {
        const QString why = QStringLiteral("cannot mount a %1 MiB tmpfs on %2: %3")
                                .arg(kTmpfsMiB).arg(m_dir.path(), QString::fromLocal8Bit(std::strerror(error)));
        if (::geteuid() != 0)
            QSKIP(qPrintable(why + u" (not running as root; mounting needs root / CAP_SYS_ADMIN)"_qs));
        QFAIL(qPrintable(why + u" (running as root, so this is a failure)"_qs));
    }
    std::printf("tmpfs of %d MiB mounted on %s, %lld bytes free\n", kTmpfsMiB, qPrintable(m_dir.path()),
                freeBytes(m_dir.path()));
}

void TestDiskFull::cleanupTestCase()
{
    m_lane.reset();   // close the database before its file system goes
    QVERIFY2(m_mount.unmount(), "the tmpfs could not be unmounted");
}

void TestDiskFull::seedCatalogue()
{
    auto db = Database::open(path(u"lane.db"_qs));
    QVERIFY2(db, db ? "" : qPrintable(db.error().message));
    auto migrated = migrate(*db, laneMigrations());
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
    GeneratorOptions options;
    options.items = 200;
    options.nowUtcSeconds = kT0 / 1000;
    const CatalogueGenerator generator(options);
    auto written = generator.writeDatabase(*db);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    for (qint64 i = 0; i < options.items; ++i) {
        const GeneratedItem item = generator.item(i);
        const Product &p = item.record.product;
        if (p.active && !p.weighed() && p.ageLimit == 0 && item.record.price && !item.scheduledPrice
            && !item.barcode.isEmpty())
            m_barcodes.append(item.barcode);
    }
    QVERIFY2(m_barcodes.size() >= 20, "the generated catalogue has too few plain items");
}

void TestDiskFull::openLane()
{
    LaneOptions options;
    options.databasePath = path(u"lane.db"_qs);
    options.keyPath = path(u"lane-key.pem"_qs);
    options.staff.pinIterations = 1000;   // fast; the PIN hash is not under test
    options.sale.minFreeBytesForNewSale = 0;   // this test fills the disk on purpose
    options.nowUtcMs = [this] { return m_now; };
    auto lane = LaneServices::open(options);
    QVERIFY2(lane, lane ? "" : qPrintable(lane.error().message));
    m_lane = std::move(*lane);
}

bool TestDiskFull::freeReserveChunk()
{
    if (m_reserveLeft == 0)
        return false;
    --m_reserveLeft;
    return QFile::remove(path(QStringLiteral("reserve-%1").arg(m_reserveLeft)));
}

void TestDiskFull::checkRefusedChange(const Error &error, const Sale &before, const char *what)
{
    SaleSession &session = m_lane->session();
    ++m_refusedChanges;
    std::printf("%s refused while the disk is full (%s): %s\n", what, qPrintable(error.code),
                qPrintable(error.message));
    QVERIFY2(isDiskError(error), qPrintable(u"unexpected error: "_qs + error.code + u" "_qs + error.message));
    QVERIFY2(plainDiskMessage(error.message), qPrintable(error.message));
    QVERIFY2(session.sale() == before, "a refused change altered the basket in memory");
    auto saved = m_lane->store().loadBasket();
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    if (before.lines.isEmpty())
        QVERIFY2(!*saved, "a refused first scan left a basket behind");
    else
        QVERIFY2(*saved && **saved == before, "a refused change altered the saved basket");
    QVERIFY2(freeReserveChunk(), "the disk is full before complete() failed and no reserve is left to free");
}

void TestDiskFull::fillBasket()
{
    SaleSession &session = m_lane->session();
    QVERIFY(!session.hasOpenSale());
    for (int i = 0; i < kLinesPerSale; ++i) {
        const QString barcode = m_barcodes.at(m_nextItem++ % m_barcodes.size());
        while (true) {
            const Sale before = session.sale();
            auto line = session.scan(barcode);
            if (line)
                break;
            checkRefusedChange(line.error(), before, "scan");
            if (QTest::currentTestFailed())
                return;
        }
    }
    QCOMPARE(session.sale().lines.size(), kLinesPerSale);
    while (true) {
        const Sale before = session.sale();
        Tender cash;
        cash.kind = TenderKind::Cash;
        cash.received = Money(session.cashDue().minorUnits() + 500, session.sale().currency);
        auto tendered = session.addTender(cash);
        if (tendered)
            break;
        checkRefusedChange(tendered.error(), before, "cash tender");
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(!session.priced().due.isPositive());
}

void TestDiskFull::record(const CompletedSale &done, qint64 totalMinor, int lines)
{
    const qint64 expected = m_reported.size() + 1;
    QCOMPARE(done.receiptNumber, expected);   // no gap, also across the failure
    m_reported.append({done.saleId, done.receiptNumber, totalMinor, lines});
    m_now += 60'000;
}

void TestDiskFull::sellUntilFullThenRecover()
{
    seedCatalogue();
    if (QTest::currentTestFailed())
        return;
    openLane();
    if (QTest::currentTestFailed())
        return;
    NewUser user{kUserCode, u"Sam Supervisor"_qs, {RoleId::Supervisor.toString()}, {}};
    auto created = m_lane->staff().createUser(user, kUserPin, m_now);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    auto signedIn = m_lane->signIn(kUserCode, kUserPin);
    QVERIFY2(signedIn, signedIn ? "" : qPrintable(signedIn.error().message));

    // A few sales with room to spare: the lane works on this file system.
    sellFreely(3);
    if (QTest::currentTestFailed())
        return;
    const qsizetype beforeFull = m_reported.size();

    // The disk fills up several times, with different room left each time, so
    // the failure lands in different places (WAL growth, checkpoint, basket).
    QList<Round> rounds;
    for (const RoundPlan &plan : kRounds) {
        Round round{plan, 0, {}, 0};
        fillUpAndRecover(round);
        if (QTest::currentTestFailed())
            return;
        rounds.append(round);
    }

    // A restarted lane: no basket left open, and everything reported is there.
    m_lane.reset();
    openLane();
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!m_lane->session().hasOpenSale(), "a completed basket came back after the restart");
    auto again = m_lane->signIn(kUserCode, kUserPin);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    // Every receipt can be printed again, also one whose copy was not kept
    // because the disk was full.
    for (const Reported &r : std::as_const(m_reported)) {
        auto copy = m_lane->session().receiptCopy(r.receiptNumber);
        QVERIFY2(copy, copy ? "" : qPrintable(copy.error().message));
        QCOMPARE(copy->receiptNumber, r.receiptNumber);
        QCOMPARE(copy->items.size(), r.lines);
        QVERIFY(copy->copy);
    }
    verifyDatabase(m_lane->database());
    if (QTest::currentTestFailed())
        return;

    qint64 onFullDisk = 0;
    qint64 after = 0;
    QStringList codes;
    for (const Round &r : std::as_const(rounds)) {
        onFullDisk += r.completedBeforeFailure;
        after += r.completedAfterFreeing;
        if (!codes.contains(r.failureCode))
            codes.append(r.failureCode);
    }
    std::printf("disk full: %lld sales completed before full (%lld of them on a nearly full disk, %lld rounds) / "
                "failure code %s / basket kept / %d scans or tenders refused, basket unchanged / "
                "%lld sales after space freed / lost 0 / partial 0\n",
                qint64(beforeFull) + onFullDisk, onFullDisk, qint64(rounds.size()), qPrintable(codes.join(u'+')),
                m_refusedChanges, after);
}

void TestDiskFull::sellFreely(int sales)
{
    SaleSession &session = m_lane->session();
    for (int i = 0; i < sales; ++i) {
        fillBasket();
        if (QTest::currentTestFailed())
            return;
        const qint64 total = session.priced().total.minorUnits();
        auto done = session.complete();
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        record(*done, total, kLinesPerSale);
    }
}

void TestDiskFull::fillUpAndRecover(Round &round)
{
    SaleSession &session = m_lane->session();
    const int refusedBefore = m_refusedChanges;

    Database &db = m_lane->database();
    if (round.plan.cachePages > 0) {
        const std::string pragma = "PRAGMA cache_size=" + std::to_string(round.plan.cachePages);
        QVERIFY(db.exec(pragma));
    }

    // Fill the disk but for the reserve chunks and a little headroom.
    const qint64 reserve = kReserveChunks * kReserveChunkBytes;
    const qint64 filler = freeBytes(m_dir.path()) - reserve - round.plan.headroomBytes;
    QVERIFY2(filler > 0, "the tmpfs is too small for the test");
    QVERIFY2(writeFiller(path(u"filler"_qs), filler), "cannot write the filler file");
    for (int i = 0; i < kReserveChunks; ++i) {
        QVERIFY2(writeFiller(path(QStringLiteral("reserve-%1").arg(i)), kReserveChunkBytes),
                 "cannot write a reserve chunk");
    }
    m_reserveLeft = kReserveChunks;

    // Sell until complete() fails.
    std::optional<Error> failure;
    for (int attempt = 0; attempt < kMaxSalesUntilFull && !failure; ++attempt) {
        fillBasket();
        if (QTest::currentTestFailed())
            return;
        const qint64 total = session.priced().total.minorUnits();
        auto done = session.complete();
        if (done) {
            record(*done, total, kLinesPerSale);
            ++round.completedBeforeFailure;
        } else {
            failure = done.error();
        }
    }
    QVERIFY2(failure, "complete() never failed: the disk did not fill up");
    round.failureCode = failure->code;
    const int spilled = db.cacheSpills(true);
    std::printf("headroom %lld KiB, %s cache (%d pages spilled): complete() failed after %d sales "
                "(%d changes refused before): %s: %s\n", round.plan.headroomBytes / 1024,
                round.plan.cachePages > 0 ? "tiny" : "normal", spilled,
                round.completedBeforeFailure, m_refusedChanges - refusedBefore,
                qPrintable(failure->code), qPrintable(failure->message));
    if (round.plan.cachePages > 0)
        QVERIFY2(spilled > 0, "the tiny page cache did not spill: the round does not test a mid-commit failure");
    QVERIFY2(isDiskError(*failure), qPrintable(u"unexpected error: "_qs + failure->code));
    QVERIFY2(failure->message.contains(u"NOT saved"), qPrintable(failure->message));
    QVERIFY2(plainDiskMessage(failure->message), qPrintable(failure->message));

    // The basket stays, in memory and on disk, with its lines and payment.
    const Sale kept = session.sale();
    QVERIFY(session.hasOpenSale());
    QCOMPARE(kept.lines.size(), kLinesPerSale);
    QCOMPARE(kept.tenders.size(), 1);
    QVERIFY(!kept.id.isEmpty());
    const qint64 keptTotal = session.priced().total.minorUnits();
    auto savedBasket = m_lane->store().loadBasket();
    QVERIFY2(savedBasket, savedBasket ? "" : qPrintable(savedBasket.error().message));
    QVERIFY2(*savedBasket && **savedBasket == kept, "the saved basket is not the one kept on screen");

    // Nothing of the failed sale reached the database, and no receipt number was used.
    QVERIFY2(!db.inTransaction(), "a transaction was left open after the failed commit");
    QCOMPARE(db.queryInt("SELECT count(*) FROM sales").value_or(-1), qint64(m_reported.size()));
    auto lastReceipt = m_lane->store().lastReceiptNumber();
    QVERIFY2(lastReceipt, lastReceipt ? "" : qPrintable(lastReceipt.error().message));
    QCOMPARE(*lastReceipt, qint64(m_reported.size()));

    // Trying again while the disk is still full either fails the same way
    // and keeps the basket, or — when the rolled-back attempt left just
    // enough room — completes properly with the next number. Both are fine;
    // what must never happen is a half-saved or unreported sale.
    auto again = session.complete();
    if (again) {
        QCOMPARE(again->saleId, kept.id);
        QCOMPARE(again->receiptNumber, qint64(m_reported.size()) + 1);
        record(*again, keptTotal, kLinesPerSale);
        std::printf("  the retry on the full disk went through (receipt %lld)\n", again->receiptNumber);
    } else {
        QVERIFY2(isDiskError(again.error()), qPrintable(again.error().code));
        QVERIFY(session.sale() == kept);
    }

    // Free the space: the kept basket completes with the next receipt number.
    QVERIFY(QFile::remove(path(u"filler"_qs)));
    while (m_reserveLeft > 0)
        QVERIFY(freeReserveChunk());
    if (!again) {
        auto retried = session.complete();
        QVERIFY2(retried, retried ? "" : qPrintable(retried.error().message));
        QCOMPARE(retried->saleId, kept.id);
        record(*retried, keptTotal, kLinesPerSale);
    }
    QVERIFY(!session.hasOpenSale());
    sellFreely(kSalesAfterFreeing);
    if (QTest::currentTestFailed())
        return;
    round.completedAfterFreeing = 1 + kSalesAfterFreeing;
    QVERIFY(db.exec("PRAGMA cache_size=-32768"));   // as DatabaseOptions::cacheSizeKiB
}

void TestDiskFull::verifyDatabase(Database &db)
{
    auto find = db.prepare("SELECT receipt_number, total_minor, "
                           "(SELECT count(*) FROM sale_lines l WHERE l.sale_id = s.id) FROM sales s WHERE id = ?1");
    QVERIFY2(find, find ? "" : qPrintable(find.error().message));
    qint64 lost = 0;
    for (const Reported &r : std::as_const(m_reported)) {
        find->bind(1, r.saleId);
        auto row = find->step();
        const bool present = row && *row && find->int64(0) == r.receiptNumber && find->int64(1) == r.totalMinor
            && find->int64(2) == r.lines;
        const bool twice = present && find->step().value_or(true);
        find->reset();
        if (!present || twice) {
            ++lost;
            std::printf("sale %s (receipt %lld, total %lld) is %s\n", qPrintable(r.saleId), r.receiptNumber,
                        r.totalMinor, present ? "stored twice" : "missing or different");
        }
    }
    QCOMPARE(lost, qint64(0));

    const qint64 n = m_reported.size();
    auto count = [&](std::string_view sql) { return db.queryInt(sql).value_or(-1); };
    QCOMPARE(count("SELECT count(*) FROM sales"), n);
    QCOMPARE(count("SELECT count(DISTINCT receipt_number) FROM sales"), n);
    QCOMPARE(count("SELECT min(receipt_number) FROM sales"), qint64(1));
    QCOMPARE(count("SELECT max(receipt_number) FROM sales"), n);
    // No partial sale: every sale has its lines, tender, journal record and outbox event.
    QCOMPARE(count("SELECT count(*) FROM sale_lines"), n * kLinesPerSale);
    QCOMPARE(count("SELECT count(*) FROM sales s WHERE NOT EXISTS "
                   "(SELECT 1 FROM sale_tenders t WHERE t.sale_id = s.id)"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM sales s WHERE NOT EXISTS "
                   "(SELECT 1 FROM sale_taxes t WHERE t.sale_id = s.id)"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM outbox WHERE type = 'pos.sale.completed.v1'"), n);
    QCOMPARE(count("SELECT count(*) FROM journal WHERE type = 'sale'"), n);
    // The event names its sale in its payload, or points at the sale row.
    const bool outboxSaleColumn = count("SELECT count(*) FROM pragma_table_info('outbox') WHERE name = 'sale_id'") == 1;
    QCOMPARE(count(outboxSaleColumn
                       ? "SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                         "WHERE o.type = 'pos.sale.completed.v1' "
                         "AND coalesce(o.sale_id, json_extract(o.payload, '$.sale_id')) = s.id)"
                       : "SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                         "WHERE o.type = 'pos.sale.completed.v1' AND json_extract(o.payload, '$.sale_id') = s.id)"),
             qint64(0));
    QCOMPARE(count("SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM journal j "
                   "WHERE j.type = 'sale' AND json_extract(j.payload, '$.sale_id') = s.id)"),
             qint64(0));
    QCOMPARE(count("SELECT count(*) FROM sales WHERE journal_sequence NOT IN "
                   "(SELECT sequence FROM journal WHERE type = 'sale')"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM open_baskets"), qint64(0));

    auto integrity = db.prepare("PRAGMA integrity_check");
    QVERIFY2(integrity, integrity ? "" : qPrintable(integrity.error().message));
    auto row = integrity->step();
    QVERIFY2(row && *row, "integrity_check returned nothing");
    QCOMPARE(integrity->text(0), u"ok"_qs);
    integrity->reset();

    auto key = registeredPublicKey(db, u"lane-01"_qs);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    auto verified = verifyJournal(db, u"lane-01"_qs, *key);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    QVERIFY2(verified->ok, qPrintable(verified->summary()));
    std::printf("database after restart: %lld sales, receipts 1..%lld, integrity ok, journal %s\n", n, n,
                qPrintable(verified->summary()));
}

} // namespace retailos

QTEST_GUILESS_MAIN(retailos::TestDiskFull)
#include "tst_disk_full.moc"
