// The server's storage layer (sync/server/db/sql.h) against both back ends:
// every test with rows runs once on a SQLite file and once on a private
// PostgreSQL 15. Protocol rules proven here: R-8.1 (gapless seq in commit
// order under the head-row lock), R-7.4/R-7.5 (one request = one
// transaction: all or nothing, unique keys reported and retried).
#include "sync/server/db/sql.h"
#include "sync/server/db/sql_text.h"

#include "tests/support/private_cups.h" // freePort
#include "tests/support/private_postgres.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <chrono>
#include <future>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace retailos;
using namespace retailos::server;
using sql::Blob;
using sql::ErrorKind;
using sql::Param;
using sql::TxMode;

namespace {

QByteArray describe(const std::optional<sql::TxError> &failure)
{
    return failure ? QByteArray::fromStdString(failure->message) : QByteArray("no error");
}

// Thrown by a test's work function to make a transaction roll back.
struct RollBackOnPurpose
{
};

void sleepMicros(std::minstd_rand &random, int most)
{
    std::uniform_int_distribution<int> spread(0, most);
    std::this_thread::sleep_for(std::chrono::microseconds(spread(random)));
}

} // namespace

// The work is the variadic part: a lambda's commas would split macro arguments.
#define TRANSACT_OK(db, mode, ...)                                                                                         \
    do {                                                                                                                   \
        const auto failure_ = (db).transact((mode), __VA_ARGS__);                                                          \
        QVERIFY2(!failure_, describe(failure_).constData());                                                               \
    } while (false)

class tst_SqlDatabase : public QObject
{
    Q_OBJECT

    test::PrivatePostgres m_postgres;
    QTemporaryDir m_files;
    int m_sqliteFiles = 0;

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_qs;
        QTest::newRow("postgresql") << u"postgresql"_qs;
    }

    // A new, empty database of the row's back end (nullptr and a failed test if not).
    std::unique_ptr<sql::Database> fresh(int poolSize = 4)
    {
        QFETCH(QString, backend);
        return fresh(backend, poolSize);
    }

    // The URL of a new, empty database (empty and a failed test if none).
    std::string freshUrl(const QString &backend)
    {
        if (backend == u"sqlite"_qs)
            return "sqlite:" + m_files.filePath(u"store-%1.db"_qs.arg(++m_sqliteFiles)).toStdString();
        QString problem;
        const std::string url = m_postgres.createDatabase(&problem).toStdString();
        if (url.empty())
            QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return url;
    }

    std::unique_ptr<sql::Database> fresh(const QString &backend, int poolSize)
    {
        const std::string url = freshUrl(backend);
        if (url.empty())
            return nullptr;
        std::string error;
        auto db = sql::Database::open(url, poolSize, &error);
        if (!db)
            QTest::qFail(error.c_str(), __FILE__, __LINE__);
        return db;
    }

    static std::optional<sql::TxError> schema(sql::Database &db, std::string_view portable)
    {
        return db.transact(TxMode::Write, [&](sql::Session &s) { s.script(sql::adaptSchema(portable, db.dialect())); });
    }

    static std::int64_t count(sql::Database &db, std::string_view table)
    {
        std::int64_t n = -1;
        const auto failure = db.transact(TxMode::Read, [&](sql::Session &s) {
            n = s.queryInt("SELECT count(*) FROM " + std::string(table)).value_or(-1);
        });
        if (failure)
            qWarning("count failed: %s", failure->message.c_str());
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_files.isValid(), "no temporary folder");
        const QString problem = m_postgres.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase() { m_postgres.stop(); }

    // --- SQL text -------------------------------------------------------------

    void placeholdersBecomeDollarsOutsideLiteralsAndComments()
    {
        const auto rewritten = sql::detail::toDollarPlaceholders(
            "SELECT '?1 it''s', ?1, \"?2\", ?12 -- ?3\n/* ?4 /* ?5 */ ?6 */ $$?7$$, E'\\'?8', ?2 ?| x");
        QCOMPARE(QString::fromStdString(rewritten.text),
                 uR"(SELECT '?1 it''s', $1, "?2", $12 -- ?3
/* ?4 /* ?5 */ ?6 */ $$?7$$, E'\'?8', $2 ?| x)"_qs);
        QCOMPARE(rewritten.parameterCount, 12);
        QCOMPARE(sql::detail::placeholderCount("SELECT 1"), 0);
    }

    void schemaIsWrittenOnceForBothDialects()
    {
        const std::string_view portable = "CREATE TABLE x (id AUTO_ID, b BLOB, c TEXT DEFAULT 'BLOB') -- BLOB";
        QCOMPARE(QString::fromStdString(sql::adaptSchema(portable, sql::Dialect::Postgres)),
                 u"CREATE TABLE x (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, b BYTEA, c TEXT DEFAULT 'BLOB') -- BLOB"_qs);
        QCOMPARE(QString::fromStdString(sql::adaptSchema(portable, sql::Dialect::Sqlite)),
                 u"CREATE TABLE x (id INTEGER PRIMARY KEY, b BLOB, c TEXT DEFAULT 'BLOB') -- BLOB"_qs);
    }

    // --- values -----------------------------------------------------------------

    void everyTypeRoundTrips_data() { backends(); }
    void everyTypeRoundTrips()
    {
        auto db = fresh();
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE item (id BIGINT PRIMARY KEY, number BIGINT, words TEXT, bytes BLOB);"));

        const std::string zeros("\0\x01\xff\0", 4);
        std::string large(1 << 20, '\0');
        for (std::size_t i = 0; i < large.size(); ++i)
            large[i] = static_cast<char>(i * 7 % 256);
        const std::string utf8 = "Grüße aus Köln, 東京, 😀 — ‘quoted’";
        const std::string longText(100000, 'x');
        const std::string quotes = "it's a 'quote' and ?1 -- not a comment";

        TRANSACT_OK(*db, TxMode::Write, [&](sql::Session &s) {
            const std::string_view insert = "INSERT INTO item (id, number, words, bytes) VALUES (?1, ?2, ?3, ?4)";
            const std::array<Param, 4> nulls{std::int64_t{1}, nullptr, nullptr, nullptr};
            s.exec(insert, nulls);
            s.exec(insert, {2, 0, std::string_view(""), Blob{""}});
            s.exec(insert, {3, std::numeric_limits<std::int64_t>::min(), utf8, Blob{zeros}});
            s.exec(insert, {4, std::numeric_limits<std::int64_t>::max(), quotes, Blob{large}});
            s.exec(insert, {5, -1, longText, Blob{"x"}});
        });

        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) {
            auto rows = s.query("SELECT id, number, words, bytes FROM item ORDER BY id");
            QCOMPARE(rows->columnCount(), 4);

            QVERIFY(rows->next());
            QCOMPARE(rows->integer(0), 1);
            QVERIFY(rows->isNull(1));
            QVERIFY(rows->isNull(2));
            QVERIFY(rows->isNull(3));

            QVERIFY(rows->next());
            QVERIFY(!rows->isNull(1));
            QCOMPARE(rows->integer(1), 0);
            QVERIFY2(!rows->isNull(2), "the empty text is not NULL");
            QCOMPARE(rows->text(2), std::string_view());
            QVERIFY2(!rows->isNull(3), "the empty blob is not NULL");
            QCOMPARE(rows->blob(3).size(), 0u);

            QVERIFY(rows->next());
            QCOMPARE(rows->integer(1), std::numeric_limits<std::int64_t>::min());
            QCOMPARE(rows->text(2), std::string_view(utf8));
            QCOMPARE(rows->blob(3), std::string_view(zeros));

            QVERIFY(rows->next());
            QCOMPARE(rows->integer(1), std::numeric_limits<std::int64_t>::max());
            QCOMPARE(rows->text(2), std::string_view(quotes));
            QVERIFY(rows->blob(3) == std::string_view(large));

            QVERIFY(rows->next());
            QCOMPARE(rows->integer(1), -1);
            QCOMPARE(rows->text(2).size(), longText.size());
            QCOMPARE(rows->blob(3), std::string_view("x"));
            QVERIFY(!rows->next());
            QVERIFY(!rows->next());
        });

        // Aggregates and comparisons read as integers on both (PostgreSQL:
        // count is BIGINT, sum of BIGINT is NUMERIC, a comparison BOOLEAN).
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) {
            auto rows = s.query("SELECT count(*), sum(number), 2 > 1, 1 > 2 FROM item WHERE id IN (?1, ?2)", {2, 5});
            QVERIFY(rows->next());
            QCOMPARE(rows->integer(0), 2);
            QCOMPARE(rows->integer(1), -1);
            QCOMPARE(rows->integer(2), 1);
            QCOMPARE(rows->integer(3), 0);
            auto big = s.query("SELECT sum(number) FROM item WHERE id IN (4, 5)");
            QVERIFY(big->next());
            QCOMPARE(big->integer(0), std::numeric_limits<std::int64_t>::max() - 1);
            QCOMPARE(s.queryInt("SELECT sum(number) FROM item WHERE id = 3"), std::numeric_limits<std::int64_t>::min());
        });
    }

    void convenienceReadersAndChangedRows_data() { backends(); }
    void convenienceReadersAndChangedRows()
    {
        auto db = fresh();
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE item (id BIGINT PRIMARY KEY, words TEXT);"));
        TRANSACT_OK(*db, TxMode::Write, [&](sql::Session &s) {
            QCOMPARE(s.exec("INSERT INTO item (id, words) VALUES (1, 'Grüße'), (2, NULL), (3, 'c')"), 3);
            QCOMPARE(s.exec("UPDATE item SET words = ?1 WHERE id >= ?2", {std::string_view("new"), 2}), 2);
            QCOMPARE(s.exec("DELETE FROM item WHERE id = ?1", {99}), 0);
            QCOMPARE(s.exec("UPDATE item SET words = NULL WHERE id = 2"), 1);
        });
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) {
            QCOMPARE(s.queryText("SELECT words FROM item WHERE id = ?1", {1}), std::optional<std::string>("Grüße"));
            QCOMPARE(s.queryText("SELECT words FROM item WHERE id = ?1", {2}), std::nullopt); // NULL
            QCOMPARE(s.queryText("SELECT words FROM item WHERE id = ?1", {42}), std::nullopt); // no row
            QCOMPARE(s.queryInt("SELECT id FROM item WHERE words = ?1", {std::string_view("new")}), 3);
            QCOMPARE(s.queryInt("SELECT id FROM item WHERE id > 100"), std::nullopt);
            // The same statement, prepared once, with other values.
            for (int id = 1; id <= 3; ++id)
                QCOMPARE(s.queryInt("SELECT id FROM item WHERE id = ?1", {id}), id);
            // …and nested inside its own open rows.
            const std::string_view after = "SELECT id FROM item WHERE id > ?1 ORDER BY id";
            std::vector<std::int64_t> pairs;
            auto outer = s.query(after, {0});
            while (outer->next()) {
                const std::int64_t id = outer->integer(0);
                auto inner = s.query(after, {id});
                while (inner->next())
                    pairs.push_back(id * 10 + inner->integer(0));
            }
            QCOMPARE(pairs, (std::vector<std::int64_t>{12, 13, 23}));
        });
    }

    void placeholdersInLiteralsAreText_data() { backends(); }
    void placeholdersInLiteralsAreText()
    {
        auto db = fresh();
        QVERIFY(db);
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) {
            auto rows = s.query("SELECT '?2 it''s', ?1 /* ?3 */ -- ?4\n", {7});
            QVERIFY(rows->next());
            QCOMPARE(rows->text(0), std::string_view("?2 it's"));
            QCOMPARE(rows->integer(1), 7);
            // ?10 is not ?1 followed by 0.
            QCOMPARE(s.queryInt("SELECT ?10 - ?1", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), 9);
            QCOMPARE(s.queryText("SELECT ?1 || '?2'", {std::string_view("a")}), std::optional<std::string>("a?2"));
        });
        // Too few parameters is a clear error, not a silent NULL.
        const auto failure = db->transact(TxMode::Read, [&](sql::Session &s) { s.queryInt("SELECT ?1 + ?2", {1}); });
        QVERIFY(failure);
        QCOMPARE(failure->kind, ErrorKind::Other);
        QVERIFY2(failure->message.find("parameters") != std::string::npos, failure->message.c_str());
    }

    void autoIdNumbersRows_data() { backends(); }
    void autoIdNumbersRows()
    {
        auto db = fresh();
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE note (id AUTO_ID, body BLOB NOT NULL);"));
        TRANSACT_OK(*db, TxMode::Write, [&](sql::Session &s) {
            QCOMPARE(s.queryInt("INSERT INTO note (body) VALUES (?1) RETURNING id", {Blob{"a"}}), 1);
            QCOMPARE(s.queryInt("INSERT INTO note (body) VALUES (?1) RETURNING id", {Blob{"b"}}), 2);
        });
    }

    // --- errors, retries, rollback (R-7.4, R-7.5) ------------------------------------

    void uniqueViolationIsRetriedAfterRollback_R_7_4_data() { backends(); }
    void uniqueViolationIsRetriedAfterRollback_R_7_4()
    {
        auto db = fresh();
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE event (id BIGINT PRIMARY KEY, body TEXT NOT NULL);"));
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) { s.exec("INSERT INTO event VALUES (1, 'first')"); });

        // Attempt 1 stores event 2, then hits event 1's key: everything of
        // attempt 1 rolls back, so attempt 2 can store event 2 again.
        int attempts = 0;
        TRANSACT_OK(*db, TxMode::Write, [&](sql::Session &s) {
            ++attempts;
            s.exec("INSERT INTO event VALUES (?1, ?2)", {2, std::string_view("second")});
            if (attempts == 1)
                s.exec("INSERT INTO event VALUES (?1, ?2)", {1, std::string_view("again")});
        });
        QCOMPARE(attempts, 2);
        QCOMPARE(count(*db, "event"), 2);

        // Given up after the last attempt: the kind and the constraint are named.
        ErrorKind seen = ErrorKind::Other;
        std::string constraint;
        attempts = 0;
        const auto failure = db->transact(
            TxMode::Write,
            [&](sql::Session &s) {
                ++attempts;
                try {
                    s.exec("INSERT INTO event VALUES (?1, ?2)", {1, std::string_view("again")});
                } catch (const sql::Error &error) {
                    seen = error.kind();
                    constraint = error.constraint();
                    throw;
                }
            },
            3);
        QVERIFY(failure);
        QCOMPARE(failure->kind, ErrorKind::UniqueViolation);
        QCOMPARE(seen, ErrorKind::UniqueViolation);
        QCOMPARE(attempts, 3);
        QVERIFY2(!constraint.empty(), failure->message.c_str());
        QCOMPARE(count(*db, "event"), 2);

        // The failed statement stays usable (its prepared form is not poisoned).
        TRANSACT_OK(*db, TxMode::Write,
                    [](sql::Session &s) { s.exec("INSERT INTO event VALUES (?1, ?2)", {1 + 2, std::string_view("third")}); });
        QCOMPARE(count(*db, "event"), 3);
    }

    void concurrentInsertsOfOneKeyAllSucceed_data() { backends(); }
    void concurrentInsertsOfOneKeyAllSucceed()
    {
        auto db = fresh(4);
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE terminal (id TEXT PRIMARY KEY, first_writer BIGINT NOT NULL);"));
        constexpr int threads = 8;
        std::vector<std::optional<sql::TxError>> failures(threads);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                failures[t] = db->transact(TxMode::Write, [&](sql::Session &s) {
                    if (s.queryInt("SELECT count(*) FROM terminal WHERE id = ?1", {std::string_view("lane-1")}).value_or(0) > 0)
                        return;
                    s.exec("INSERT INTO terminal (id, first_writer) VALUES (?1, ?2)", {std::string_view("lane-1"), t});
                });
            });
        }
        for (auto &worker : workers)
            worker.join();
        for (const auto &failure : failures)
            QVERIFY2(!failure, describe(failure).constData());
        QCOMPARE(count(*db, "terminal"), 1);
    }

    // PostgreSQL only: on SQLite writers never overlap (BEGIN IMMEDIATE), so
    // the loser's first attempt cannot run beside the winner's.
    void loserOfAKeyRaceRetriesAndSeesTheWinner()
    {
        auto db = fresh(u"postgresql"_qs, 2);
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE terminal (id TEXT PRIMARY KEY, first_writer TEXT NOT NULL);"));
        std::promise<void> winnerInserted;
        std::promise<void> loserChecked;
        std::optional<sql::TxError> winnerFailure;
        std::thread winner([&] {
            bool first = true;
            winnerFailure = db->transact(TxMode::Write, [&](sql::Session &s) {
                s.exec("INSERT INTO terminal VALUES ('lane-1', 'winner')");
                if (std::exchange(first, false)) {
                    winnerInserted.set_value();
                    loserChecked.get_future().wait(); // the loser has seen no row yet
                }
            });
        });
        winnerInserted.get_future().wait();
        int attempts = 0;
        std::optional<std::string> seenOnRetry;
        const auto loserFailure = db->transact(TxMode::Write, [&](sql::Session &s) {
            ++attempts;
            if (auto writer = s.queryText("SELECT first_writer FROM terminal WHERE id = 'lane-1'")) {
                seenOnRetry = writer;
                return;
            }
            if (attempts == 1)
                loserChecked.set_value();
            // Waits for the winner's row lock, then fails on its key.
            s.exec("INSERT INTO terminal VALUES ('lane-1', 'loser')");
        });
        winner.join();
        QVERIFY2(!winnerFailure, describe(winnerFailure).constData());
        QVERIFY2(!loserFailure, describe(loserFailure).constData());
        QCOMPARE(attempts, 2);
        QCOMPARE(seenOnRetry, std::optional<std::string>("winner"));
    }

    void anExceptionRollsBackEverything_R_7_5_data() { backends(); }
    void anExceptionRollsBackEverything_R_7_5()
    {
        auto db = fresh(1); // one session: it must come back clean each time
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE event (id BIGINT PRIMARY KEY);"));

        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db->transact(TxMode::Write, [](sql::Session &s) {
            s.exec("INSERT INTO event VALUES (1)");
            s.exec("INSERT INTO event VALUES (2)");
            throw std::runtime_error("the request's third event is malformed");
        }));
        QCOMPARE(count(*db, "event"), 0);

        // A statement error is returned, not thrown, and undoes the rest.
        int attempts = 0;
        const auto failure = db->transact(TxMode::Write, [&](sql::Session &s) {
            ++attempts;
            s.exec("INSERT INTO event VALUES (1)");
            s.exec("INSERT INTO no_such_table VALUES (1)");
        });
        QVERIFY(failure);
        QCOMPARE(failure->kind, ErrorKind::Other);
        QCOMPARE(attempts, 1); // a bug is not retried
        QVERIFY2(failure->message.find("no_such_table") != std::string::npos, failure->message.c_str());
        QCOMPARE(count(*db, "event"), 0);

        // Also when the very first statement fails (PostgreSQL sends BEGIN with it).
        const auto first = db->transact(TxMode::Write, [](sql::Session &s) { s.exec("INSERT INTO no_such_table VALUES (1)"); });
        QVERIFY(first);
        QCOMPARE(first->kind, ErrorKind::Other);

        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) { s.exec("INSERT INTO event VALUES (1)"); });
        QCOMPARE(count(*db, "event"), 1);

        // A transaction that runs no statement commits (and rolls back) cleanly.
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &) {});
        TRANSACT_OK(*db, TxMode::Read, [](sql::Session &) {});
        QVERIFY_THROWS_EXCEPTION(std::logic_error, db->transact(TxMode::Write, [](sql::Session &) {
            throw std::logic_error("nothing done");
        }));
        QCOMPARE(count(*db, "event"), 1);
    }

    // execLater: in order with the statements around it, many in a row, and
    // an error in one fails the transaction (thrown by the next statement or
    // by commit), leaving nothing behind; the session is clean afterwards.
    void laterStatementsRunInOrderAndTheirErrorsFailTheTransaction_data() { backends(); }
    void laterStatementsRunInOrderAndTheirErrorsFailTheTransaction()
    {
        auto db = fresh(1);
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE line (id BIGINT PRIMARY KEY, note TEXT NOT NULL);"));
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) {
            s.execLater("INSERT INTO line VALUES (?1, ?2)", {std::int64_t(1), std::string_view("first")});
            s.execLater("SAVEPOINT one");
            s.execLater("UPDATE line SET note = ?2 WHERE id = ?1", {std::int64_t(1), std::string_view("changed")});
            s.execLater("RELEASE SAVEPOINT one");
            QCOMPARE(s.queryText("SELECT note FROM line WHERE id = 1").value_or(""), std::string("changed"));
            for (std::int64_t i = 2; i <= 1000; ++i)   // more than one pipeline's worth
                s.execLater("INSERT INTO line VALUES (?1, ?2)", {i, std::string_view("many")});
        });
        QCOMPARE(count(*db, "line"), 1000);

        // A key clash in a later statement, found by the next query.
        int attempts = 0;
        const auto clash = db->transact(TxMode::Write, [&](sql::Session &s) {
            ++attempts;
            s.execLater("INSERT INTO line VALUES (?1, ?2)", {std::int64_t(2000), std::string_view("new")});
            s.execLater("INSERT INTO line VALUES (?1, ?2)", {std::int64_t(5), std::string_view("taken")});
            s.execLater("INSERT INTO line VALUES (?1, ?2)", {std::int64_t(2001), std::string_view("after")});
            s.queryInt("SELECT count(*) FROM line");
        });
        QVERIFY(clash);
        QCOMPARE(clash->kind, ErrorKind::UniqueViolation);
        QVERIFY(attempts >= 1);
        QCOMPARE(count(*db, "line"), 1000);

        // … and by commit when nothing follows it.
        const auto atCommit = db->transact(TxMode::Write, [&](sql::Session &s) {
            s.exec("INSERT INTO line VALUES (3000, 'first')");
            s.execLater("INSERT INTO no_such_table VALUES (1)");
        });
        QVERIFY(atCommit);
        QVERIFY2(atCommit->message.find("no_such_table") != std::string::npos, atCommit->message.c_str());
        QCOMPARE(count(*db, "line"), 1000);

        // The one session is clean again.
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) {
            s.execLater("DELETE FROM line WHERE id > ?1", {std::int64_t(10)});
        });
        QCOMPARE(count(*db, "line"), 10);
    }

    void foreignKeysAreEnforced_data() { backends(); }
    void foreignKeysAreEnforced()
    {
        auto db = fresh();
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE store (id TEXT PRIMARY KEY);"
                             "CREATE TABLE lane (id TEXT PRIMARY KEY, store_id TEXT NOT NULL REFERENCES store (id));"));
        const auto failure = db->transact(TxMode::Write, [](sql::Session &s) {
            s.exec("INSERT INTO store VALUES ('s1')");
            s.exec("INSERT INTO lane VALUES ('l1', 'no-such-store')");
        });
        QVERIFY(failure);
        QCOMPARE(failure->kind, ErrorKind::Other);
        QCOMPARE(count(*db, "store"), 0);
    }

    void readTransactionsSeeOneSnapshotAndRefuseWrites_data() { backends(); }
    void readTransactionsSeeOneSnapshotAndRefuseWrites()
    {
        auto db = fresh(2);
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE change (seq BIGINT PRIMARY KEY);"));
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) { s.exec("INSERT INTO change VALUES (1)"); });

        const auto refused = db->transact(TxMode::Read, [](sql::Session &s) { s.exec("INSERT INTO change VALUES (2)"); });
        QVERIFY(refused);
        QCOMPARE(refused->kind, ErrorKind::Other);

        // A reader's counts agree even when a writer commits between them.
        std::int64_t before = -1;
        std::int64_t after = -1;
        std::optional<sql::TxError> writerFailure;
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) {
            before = s.queryInt("SELECT count(*) FROM change").value_or(-1);
            std::thread writer([&] {
                writerFailure = db->transact(TxMode::Write, [](sql::Session &w) { w.exec("INSERT INTO change VALUES (2)"); });
            });
            writer.join();
            after = s.queryInt("SELECT count(*) FROM change").value_or(-1);
        });
        QVERIFY2(!writerFailure, describe(writerFailure).constData());
        QCOMPARE(before, 1);
        QCOMPARE(after, 1);
        QCOMPARE(count(*db, "change"), 2);

        // The session that refused a write is usable for writes afterwards.
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) { s.exec("INSERT INTO change VALUES (3)"); });
    }

    // --- the pool -----------------------------------------------------------------------

    void poolLendsEachSessionToOneThreadAtATime_data() { backends(); }
    void poolLendsEachSessionToOneThreadAtATime()
    {
        constexpr int poolSize = 3;
        auto db = fresh(poolSize);
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE hit (thread BIGINT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (thread, n));"));
        constexpr int threads = 8;
        constexpr int each = 25;
        std::atomic<int> active = 0;
        std::atomic<int> mostActive = 0;
        std::mutex sessionsMutex;
        std::vector<const sql::Session *> lent;
        std::vector<std::optional<sql::TxError>> failures(threads * each);
        std::vector<std::thread> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                std::minstd_rand random(static_cast<unsigned>(t));
                for (int n = 0; n < each; ++n) {
                    failures[t * each + n] = db->transact(n % 3 == 0 ? TxMode::Read : TxMode::Write, [&](sql::Session &s) {
                        const int now = ++active;
                        int seen = mostActive;
                        while (now > seen && !mostActive.compare_exchange_weak(seen, now)) {
                        }
                        {
                            std::lock_guard lock(sessionsMutex);
                            if (std::find(lent.begin(), lent.end(), &s) == lent.end())
                                lent.push_back(&s);
                        }
                        if (n % 3 == 0)
                            s.queryInt("SELECT count(*) FROM hit");
                        else
                            s.exec("INSERT INTO hit VALUES (?1, ?2)", {t, n});
                        sleepMicros(random, 500);
                        --active;
                    });
                }
            });
        }
        for (auto &worker : workers)
            worker.join();
        for (const auto &failure : failures)
            QVERIFY2(!failure, describe(failure).constData());
        QVERIFY2(mostActive <= poolSize, qPrintable(u"%1 transactions at once"_qs.arg(mostActive.load())));
        QVERIFY(lent.size() <= poolSize);
        QCOMPARE(count(*db, "hit"), threads * (each - (each + 2) / 3));
    }

    void aCallerWaitsForAFreeSession_data() { backends(); }
    void aCallerWaitsForAFreeSession()
    {
        auto db = fresh(1);
        QVERIFY(db);
        std::mutex orderMutex;
        std::vector<std::string> order;
        auto note = [&](std::string what) {
            std::lock_guard lock(orderMutex);
            order.push_back(std::move(what));
        };
        std::promise<void> firstInside;
        std::thread first([&] {
            db->transact(TxMode::Read, [&](sql::Session &s) {
                s.queryInt("SELECT 1");
                firstInside.set_value();
                // A window in which a second caller would get in if the pool let it.
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                note("first done");
            });
        });
        firstInside.get_future().wait();
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) {
            note("second inside");
            s.queryInt("SELECT 1");
        });
        first.join();
        QCOMPARE(order, (std::vector<std::string>{"first done", "second inside"}));
    }

    // --- R-8.1: gapless seq in commit order --------------------------------------------

    void seqIsGaplessInCommitOrder_R_8_1_data() { backends(); }
    void seqIsGaplessInCommitOrder_R_8_1()
    {
        constexpr int writers = 6;
        constexpr int each = 30;
        auto db = fresh(writers + 2);
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE scope_heads (scope TEXT PRIMARY KEY, seq BIGINT NOT NULL);"
                             "CREATE TABLE changes (scope TEXT NOT NULL, seq BIGINT NOT NULL, writer BIGINT NOT NULL,"
                             " PRIMARY KEY (scope, seq));"
                             "INSERT INTO scope_heads VALUES ('store:1', 0);"));
        const std::string_view scope = "store:1";

        std::atomic<int> committed = 0;
        std::atomic<bool> writing = true;
        std::vector<std::optional<sql::TxError>> failures(writers * each);
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w) {
            threads.emplace_back([&, w] {
                std::minstd_rand random(static_cast<unsigned>(w + 1));
                for (int n = 0; n < each; ++n) {
                    const bool rollBack = n % 5 == 4; // gives its number back
                    try {
                        failures[w * each + n] = db->transact(TxMode::Write, [&](sql::Session &s) {
                            const auto seq = s.queryInt("UPDATE scope_heads SET seq = seq + 1 WHERE scope = ?1 RETURNING seq",
                                                        {scope});
                            if (!seq)
                                throw std::runtime_error("no scope head");
                            sleepMicros(random, 2000);
                            s.exec("INSERT INTO changes (scope, seq, writer) VALUES (?1, ?2, ?3)", {scope, *seq, w});
                            sleepMicros(random, 2000);
                            if (rollBack)
                                throw RollBackOnPurpose{};
                        });
                        if (!failures[w * each + n])
                            ++committed;
                    } catch (const RollBackOnPurpose &) {
                    }
                }
            });
        }

        // A lane pulling by cursor: each poll must continue exactly at cursor + 1.
        std::vector<std::string> violations;
        std::int64_t cursor = 0;
        int polls = 0;
        std::optional<sql::TxError> readerFailure;
        std::thread reader([&] {
            bool last = false;
            while (!last && !readerFailure && violations.size() < 10) {
                last = !writing; // one more poll after the writers are done
                ++polls;
                readerFailure = db->transact(TxMode::Read, [&](sql::Session &s) {
                    const std::int64_t head = s.queryInt("SELECT max(seq) FROM changes WHERE scope = ?1", {scope}).value_or(0);
                    auto rows = s.query("SELECT seq FROM changes WHERE scope = ?1 AND seq > ?2 ORDER BY seq", {scope, cursor});
                    std::int64_t at = cursor;
                    while (rows->next()) {
                        const std::int64_t seq = rows->integer(0);
                        if (seq != at + 1)
                            violations.push_back("after " + std::to_string(at) + " came " + std::to_string(seq));
                        at = seq;
                    }
                    if (at < head)
                        violations.push_back("max(seq) " + std::to_string(head) + " but rows only to " + std::to_string(at));
                    cursor = at;
                });
            }
        });
        for (auto &thread : threads)
            thread.join();
        writing = false;
        reader.join();

        for (const auto &failure : failures)
            QVERIFY2(!failure, describe(failure).constData());
        QVERIFY2(!readerFailure, describe(readerFailure).constData());
        QVERIFY2(violations.empty(), violations.empty() ? "" : violations.front().c_str());
        const int total = committed;
        QCOMPARE(total, writers * each - writers * (each / 5));
        QCOMPARE(cursor, total);
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) {
            QCOMPARE(s.queryInt("SELECT seq FROM scope_heads WHERE scope = ?1", {scope}), total);
            QCOMPARE(s.queryInt("SELECT count(*) FROM changes WHERE scope = ?1", {scope}), total);
            QCOMPARE(s.queryInt("SELECT max(seq) FROM changes WHERE scope = ?1", {scope}), total);
            QCOMPARE(s.queryInt("SELECT min(seq) FROM changes WHERE scope = ?1", {scope}), 1);
        });
        qInfo("%d polls", polls);
    }

    // --- failures of the server ------------------------------------------------------

    void lostPostgresConnectionIsUnavailableAndThePoolRecovers()
    {
        auto db = fresh(u"postgresql"_qs, 1);
        QVERIFY(db);
        auto admin = fresh(u"postgresql"_qs, 1); // another database on the same server
        QVERIFY(admin);
        auto terminate = [&](std::int64_t pid) {
            std::optional<std::int64_t> done;
            const auto failure = admin->transact(TxMode::Write, [&](sql::Session &s) {
                done = s.queryInt("SELECT CASE WHEN pg_terminate_backend(CAST(?1 AS INTEGER), 10000) THEN 1 ELSE 0 END", {pid});
            });
            return !failure && done == 1;
        };

        // Lost inside a transaction: Unavailable, not retried.
        bool terminated = false;
        int attempts = 0;
        const auto failure = db->transact(TxMode::Write, [&](sql::Session &s) {
            ++attempts;
            const std::int64_t pid = s.queryInt("SELECT pg_backend_pid()").value_or(0);
            terminated = terminate(pid);
            s.queryInt("SELECT 1");
        });
        QVERIFY(terminated);
        QVERIFY(failure);
        QCOMPARE(failure->kind, ErrorKind::Unavailable);
        QCOMPARE(attempts, 1);

        // The next transaction gets a new session.
        std::int64_t pid = 0;
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) { pid = s.queryInt("SELECT pg_backend_pid()").value_or(0); });
        QVERIFY(pid > 0);

        // Lost while idle in the pool: the next transaction reconnects by itself.
        QVERIFY(terminate(pid));
        std::int64_t newPid = 0;
        TRANSACT_OK(*db, TxMode::Read, [&](sql::Session &s) { newPid = s.queryInt("SELECT pg_backend_pid()").value_or(0); });
        QVERIFY(newPid > 0);
        QVERIFY(newPid != pid);
    }

    // R-8.9 with several server processes: a commit in one wakes the others.
    void notificationsReachListenersOnTheSameDatabase()
    {
        const std::string url = freshUrl(u"postgresql"_qs);
        QVERIFY(!url.empty());
        std::string error;
        auto listening = sql::Database::open(url, 1, &error); // "another server process"
        QVERIFY2(listening, error.c_str());
        auto writing = sql::Database::open(url, 1, &error);
        QVERIFY2(writing, error.c_str());

        std::mutex mutex;
        std::condition_variable arrived;
        std::vector<std::string> received;
        auto subscription = listening->listen("changes", [&](std::string_view payload) {
            {
                std::lock_guard lock(mutex);
                received.emplace_back(payload);
            }
            arrived.notify_all();
        }, &error);
        QVERIFY2(subscription, error.c_str());
        // Waits (for at most 20 s, a bound on a hang, not a measurement) until `payload` has come.
        auto receivedPayload = [&](const std::string &payload) {
            std::unique_lock lock(mutex);
            return arrived.wait_for(lock, std::chrono::seconds(20), [&] {
                return std::find(received.begin(), received.end(), payload) != received.end();
            });
        };
        auto notify = [&](const std::string &payload, bool commit) {
            try {
                return writing->transact(TxMode::Write, [&](sql::Session &s) {
                    s.notify("changes", payload);
                    if (!commit)
                        throw RollBackOnPurpose{};
                });
            } catch (const RollBackOnPurpose &) {
                return std::optional<sql::TxError>();
            }
        };

        QVERIFY(!notify("rolled back", false));
        QVERIFY(!notify("store:1", true));
        QVERIFY(receivedPayload("store:1"));
        {
            std::lock_guard lock(mutex);
            QCOMPARE(received, std::vector<std::string>{"store:1"}); // nothing from the rollback
        }

        // The listening connection is cut: it comes back and says so with "".
        std::optional<std::int64_t> terminated;
        TRANSACT_OK(*writing, TxMode::Write, [&](sql::Session &s) {
            terminated = s.queryInt("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                    " AND query LIKE 'LISTEN%' AND pg_terminate_backend(pid, 10000)");
        });
        QCOMPARE(terminated, 1);
        QVERIFY(receivedPayload(""));
        QVERIFY(!notify("store:2", true));
        QVERIFY(receivedPayload("store:2"));
        subscription.reset(); // stops and joins its thread
    }

    void privatePostgresIsFastOrDurableOnRequest()
    {
        auto fsyncOf = [](const std::string &url) {
            std::string error;
            auto db = sql::Database::open(url, 1, &error);
            std::optional<std::string> value;
            if (db)
                db->transact(TxMode::Read, [&](sql::Session &s) { value = s.queryText("SELECT current_setting('fsync')"); });
            return value.value_or(error);
        };
        QCOMPARE(fsyncOf(m_postgres.url(u"postgres"_qs).toStdString()), std::string("off"));
        test::PrivatePostgres durable;
        const QString problem = durable.start(true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(fsyncOf(durable.url(u"postgres"_qs).toStdString()), std::string("on"));
    }

    void sqliteHasNoCrossProcessNotifications()
    {
        auto db = fresh(u"sqlite"_qs, 1);
        QVERIFY(db);
        std::string error;
        QVERIFY(!db->listen("changes", [](std::string_view) {}, &error));
        QVERIFY(!error.empty());
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) { s.notify("changes", "store:1"); }); // nothing to do
    }

    void swallowedErrorIsNotReportedAsCommitted()
    {
        // PostgreSQL aborts the whole transaction on an error; if work() hides
        // it, COMMIT silently rolls back. transact() must say so.
        auto db = fresh(u"postgresql"_qs, 1);
        QVERIFY(db);
        QVERIFY(!schema(*db, "CREATE TABLE event (id BIGINT PRIMARY KEY);"));
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) { s.exec("INSERT INTO event VALUES (1)"); });
        const auto failure = db->transact(TxMode::Write, [](sql::Session &s) {
            try {
                s.exec("INSERT INTO event VALUES (1)");
            } catch (const sql::Error &) {
            }
        });
        QVERIFY(failure);
        QCOMPARE(failure->kind, ErrorKind::Other);
    }

    void sqliteFileIsInWalModeWithFullSync()
    {
        const QString path = m_files.filePath(u"wal.db"_qs);
        std::string error;
        auto db = sql::Database::open("sqlite:" + path.toStdString(), 2, &error);
        QVERIFY2(db, error.c_str());
        QCOMPARE(db->dialect(), sql::Dialect::Sqlite);
        QCOMPARE(QString::fromStdString(db->describe()), u"sqlite:"_qs + path);
        TRANSACT_OK(*db, TxMode::Write, [](sql::Session &s) {
            s.script("CREATE TABLE t (x BIGINT)");
            s.exec("INSERT INTO t VALUES (1)");
        });
        TRANSACT_OK(*db, TxMode::Read, [](sql::Session &s) {
            QCOMPARE(s.queryText("PRAGMA journal_mode"), std::optional<std::string>("wal"));
            QCOMPARE(s.queryInt("PRAGMA synchronous"), 2); // FULL
            QCOMPARE(s.queryInt("PRAGMA foreign_keys"), 1);
            QCOMPARE(s.queryInt("PRAGMA busy_timeout"), 5000);
        });
        QVERIFY(QFileInfo::exists(path + u"-wal"_qs));
        // A plain path works as well.
        auto plain = sql::Database::open(path.toStdString(), 1, &error);
        QVERIFY2(plain, error.c_str());
        QCOMPARE(count(*plain, "t"), 1);
    }

    void openRefusesWhatItCannotUse()
    {
        struct Case
        {
            std::string url;
            int poolSize;
            std::string mentions;
        };
        const quint16 closedPort = test::freePort();
        QVERIFY(closedPort != 0);
        const std::vector<Case> cases{
            {"mysql://root@127.0.0.1/store", 4, "mysql"},
            {"", 4, "no database"},
            {"sqlite:" + m_files.filePath(u"x.db"_qs).toStdString(), 0, "at least one"},
            {"sqlite:/no-such-folder-retailos/x.db", 2, "/no-such-folder-retailos/x.db"},
            {"postgresql://postgres@127.0.0.1:" + std::to_string(closedPort) + "/store", 2, "127.0.0.1"},
            {m_postgres.url(u"no_such_database"_qs).toStdString(), 2, "no_such_database"},
        };
        for (const Case &c : cases) {
            std::string error;
            auto db = sql::Database::open(c.url, c.poolSize, &error);
            QVERIFY2(!db, c.url.c_str());
            QVERIFY2(error.find(c.mentions) != std::string::npos, (c.url + " → " + error).c_str());
        }

        // describe() never shows a password (trust authentication ignores it here).
        const QString name = m_postgres.createDatabase();
        QVERIFY(!name.isEmpty());
        const std::string withPassword = "postgresql://postgres:s3cret@127.0.0.1:" + std::to_string(m_postgres.port()) + "/"
                                         + QUrl(name).path().mid(1).toStdString();
        std::string error;
        auto db = sql::Database::open(withPassword, 1, &error);
        QVERIFY2(db, error.c_str());
        QCOMPARE(db->dialect(), sql::Dialect::Postgres);
        QVERIFY2(db->describe().find("s3cret") == std::string::npos, db->describe().c_str());
        QVERIFY2(db->describe().find("127.0.0.1") != std::string::npos, db->describe().c_str());
    }
};

QTEST_GUILESS_MAIN(tst_SqlDatabase)
#include "tst_sql_database.moc"
