// The crash test: the headless lane sells random baskets while this program
// kills it with SIGKILL at random moments and restarts it. Afterwards every
// sale whose completion was reported must exist exactly once, receipt numbers
// must have no gap, the journal must verify, and every basket interrupted
// before its commit must come back after the restart.
//   crash_kill9 --retailos BIN [--sales 2000] [--kills 200] [--seed N]
#include "core/db/database.h"
#include "core/journal/journal.h"
#include "core/journal/journal_verifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

using namespace retailos;

namespace {

int g_failures = 0;

void check(bool ok, const QString &what)
{
    std::printf("%s: %s\n", ok ? "PASS" : "FAIL", qPrintable(what));
    if (!ok)
        ++g_failures;
}

bool run(const QString &bin, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(bin, args);
    if (!p.waitForFinished(300'000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(bin), qPrintable(args.join(u' ')),
                     p.readAllStandardError().constData());
        return false;
    }
    return true;
}

qint64 queryInt(Database &db, std::string_view sql)
{
    return db.queryInt(sql).value_or(-1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption binOpt(u"retailos"_qs, u"The retailos program."_qs, u"path"_qs);
    QCommandLineOption salesOpt(u"sales"_qs, u"Sales to reach."_qs, u"n"_qs, u"2000"_qs);
    QCommandLineOption killsOpt(u"kills"_qs, u"SIGKILLs at least."_qs, u"n"_qs, u"200"_qs);
    QCommandLineOption seedOpt(u"seed"_qs, u"Random seed."_qs, u"n"_qs, u"1"_qs);
    parser.addOptions({binOpt, salesOpt, killsOpt, seedOpt});
    parser.process(app);
    const QString bin = parser.value(binOpt);
    const int sales = parser.value(salesOpt).toInt();
    const int kills = parser.value(killsOpt).toInt();
    QRandomGenerator rng(parser.value(seedOpt).toUInt());

    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RETAILOS_CONFIG"_qs, dir.filePath(u"none.json"_qs));
    env.insert(u"RETAILOS_DATA_DIR"_qs, dir.filePath(u"data"_qs));
    const QString db = dir.filePath(u"lane.db"_qs);
    if (!run(bin, {u"catalogue"_qs, u"init"_qs, u"--db"_qs, db}, env)
        || !run(bin, {u"catalogue"_qs, u"generate"_qs, u"--items"_qs, u"3000"_qs, u"--csv"_qs, dir.filePath(u"c.csv"_qs)}, env)
        || !run(bin, {u"catalogue"_qs, u"import"_qs, u"--db"_qs, db, dir.filePath(u"c.csv"_qs)}, env))
        return 2;

    QHash<QString, qint64> reported;        // sale id → receipt number, from DONE lines
    QHash<QString, qint64> reportedTotals;
    QSet<QString> attempted;                // BASKET lines
    int killed = 0;
    int runs = 0;
    int interrupted = 0;
    int restored = 0;
    QString pendingBasket;                  // basket open when the last run was killed
    qint64 pendingLines = 0;                // lines it was reported to hold
    int shortRestores = 0;                  // restored with fewer lines than reported
    bool finished = false;

    // Each run sells up to `step` more sales, so the kills spread over the
    // whole test instead of piling up at its end.
    const qint64 step = std::max(1, sales / std::max(1, kills));
    qint64 highestReceipt = 0;
    while (!finished) {
        const bool killNow = killed < kills;
        const qint64 target = killNow ? highestReceipt + step : std::max<qint64>(sales, highestReceipt);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(bin, {u"lane-sim"_qs, u"--simulation"_qs, u"--db"_qs, db, u"--sales"_qs, QString::number(target), u"--seed"_qs,
                      QString::number(rng.generate())});
        if (!p.waitForStarted(10'000)) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(bin));
            return 2;
        }
        ++runs;
        if (killNow) {
            // One run in ten dies during start-up (opening, restoring the
            // basket); the others a random moment after they began selling,
            // which lands in scans, tenders and commits alike.
            if (rng.bounded(10) != 0)
                p.waitForReadyRead(10'000);
            if (!p.waitForFinished(int(rng.bounded(60)))) {
                p.kill();   // SIGKILL
                p.waitForFinished(10'000);
                ++killed;
            }
        } else {
            p.waitForFinished(600'000);
        }
        const QByteArray output = p.readAllStandardOutput();
        // A line cut off by the kill has no newline: it was never fully reported.
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast();
        QString openBasket;
        qint64 openLines = 0;
        bool first = true;
        for (const QByteArray &raw : lines) {
            const QStringList w = QString::fromUtf8(raw).split(u' ');
            if (first && !pendingBasket.isEmpty()) {
                // The first thing a restarted lane says about the interrupted basket.
                if (w.value(0) == u"RESTORED" && w.value(1) == pendingBasket) {
                    ++restored;
                    if (w.value(2).toLongLong() < pendingLines)
                        ++shortRestores;
                }
                pendingBasket.clear();
            }
            first = false;
            if (w.value(0) == u"BASKET" || w.value(0) == u"RESTORED") {
                attempted.insert(w.value(1));
                openBasket = w.value(1);
                openLines = w.value(0) == u"RESTORED" ? w.value(2).toLongLong() : 0;
            } else if (w.value(0) == u"LINES" && w.value(1) == openBasket) {
                openLines = w.value(2).toLongLong();
            } else if (w.value(0) == u"DONE") {
                if (reported.contains(w.value(2)))
                    check(false, u"sale "_qs + w.value(2) + u" reported complete twice"_qs);
                reported.insert(w.value(2), w.value(1).toLongLong());
                highestReceipt = std::max(highestReceipt, w.value(1).toLongLong());
                reportedTotals.insert(w.value(2), w.value(3).toLongLong());
                openBasket.clear();
            }
        }
        if (p.exitStatus() == QProcess::NormalExit && p.exitCode() != 0) {
            std::fprintf(stderr, "lane-sim failed: %s\n", p.readAllStandardError().constData());
            return 2;
        }
        if (!openBasket.isEmpty() && p.exitStatus() == QProcess::CrashExit) {
            // Interrupted before its DONE; unless the commit made it before the
            // kill, the restarted lane must bring it back.
            bool committed = false;
            if (auto reader = Database::open(db, DatabaseOptions{true, false, 5000, 1024, true})) {
                if (auto q = reader->prepare("SELECT count(*) FROM sales WHERE id = ?1")) {
                    q->bind(1, openBasket);
                    committed = q->step().value_or(false) && q->int64(0) > 0;
                }
            }
            if (!committed) {
                ++interrupted;
                pendingBasket = openBasket;
                pendingLines = openLines;
            }
        }
        if (p.exitStatus() == QProcess::NormalExit)
            highestReceipt = std::max(highestReceipt, target);   // it stops only once there
        finished = !killNow && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    auto opened = Database::open(db, DatabaseOptions{true, false, 5000, 1024 * 8, true});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 2;
    }
    Database &d = *opened;
    qint64 present = 0;
    qint64 lost = 0;
    auto find = d.prepare("SELECT receipt_number, total_minor FROM sales WHERE id = ?1");
    for (auto it = reported.constBegin(); it != reported.constEnd(); ++it) {
        find->bind(1, it.key());
        if (find->step().value_or(false) && find->int64(0) == it.value() && find->int64(1) == reportedTotals.value(it.key()))
            ++present;
        else
            ++lost;
        find->reset();
    }
    const qint64 inDb = queryInt(d, "SELECT count(*) FROM sales");
    const qint64 maxReceipt = queryInt(d, "SELECT max(receipt_number) FROM sales");
    const qint64 duplicatedEvents = queryInt(d, "SELECT count(*) FROM (SELECT sale_id FROM outbox "
                                                "WHERE sale_id IS NOT NULL GROUP BY sale_id HAVING count(*) > 1)");
    const qint64 duplicatedJournal = queryInt(d, "SELECT count(*) FROM (SELECT json_extract(payload, '$.sale_id') AS s "
                                                 "FROM journal WHERE type = 'sale' GROUP BY s HAVING count(*) > 1)");
    const qint64 events = queryInt(d, "SELECT count(*) FROM outbox WHERE type = 'pos.sale.completed.v1'");
    const qint64 journaled = queryInt(d, "SELECT count(*) FROM journal WHERE type = 'sale'");
    auto key = registeredPublicKey(d, u"lane-01"_qs);
    auto verified = key ? verifyJournal(d, u"lane-01"_qs, *key) : Result<VerifyReport>(std::unexpected(key.error()));

    std::printf("crash test: %d runs, %d killed with SIGKILL\n", runs, killed);
    std::printf("sales attempted %lld / reported complete %lld / present %lld / lost %lld / duplicated %lld\n",
                qint64(attempted.size()), qint64(reported.size()), present, lost, duplicatedEvents + duplicatedJournal);
    std::printf("baskets interrupted before commit %d / restored after restart %d\n", interrupted, restored);
    check(killed >= kills, QStringLiteral("at least %1 kills (%2)").arg(kills).arg(killed));
    check(qint64(reported.size()) >= sales - killed, QStringLiteral("enough sales reported (%1)").arg(reported.size()));
    check(lost == 0, QStringLiteral("no reported sale lost (%1)").arg(lost));
    check(duplicatedEvents == 0 && duplicatedJournal == 0, u"no sale committed twice"_qs);
    check(inDb == maxReceipt && inDb >= sales,
          QStringLiteral("receipt numbers 1..%1 without a gap (%2 sales)").arg(maxReceipt).arg(inDb));
    check(events == inDb && journaled == inDb,
          QStringLiteral("one outbox event (%1) and one journal record (%2) per sale").arg(events).arg(journaled));
    check(verified && verified->ok, verified ? verified->summary() : verified.error().message);
    check(restored == interrupted, QStringLiteral("every interrupted basket restored (%1 of %2)").arg(restored).arg(interrupted));
    check(shortRestores == 0, QStringLiteral("every restored basket holds all its reported lines (%1 short)").arg(shortRestores));
    check(queryInt(d, "SELECT count(*) FROM open_baskets") == 0, u"no basket left open at the end"_qs);
    std::printf("%d passed, %d failed\n", 10 - g_failures, g_failures);
    return g_failures == 0 ? 0 : 1;
}
