// The downstream change log on both back ends: no change for an unchanged
// record, gap-free numbering in commit order under concurrent writers
// digests that follow the records, retention.
#include "sync/server/db/sql.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/downstream.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"
#include "sync/server/store/server_schema.h"
#include "tests/support/private_postgres.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace retailos;
using namespace retailos::server;

class tst_ChangeLog : public QObject
{
    Q_OBJECT

    test::PrivatePostgres m_postgres;
    bool m_postgresStarted = false;
    QTemporaryDir m_files;
    int m_count = 0;
    std::unique_ptr<sql::Database> m_db;
    std::string m_tenant;

    void write(const std::function<void(sql::Session &)> &work)
    {
        if (auto e = m_db->transact(sql::TxMode::Write, work)) QFAIL(e->message.c_str());
    }
    void read(const std::function<void(sql::Session &)> &work)
    {
        if (auto e = m_db->transact(sql::TxMode::Read, work)) QFAIL(e->message.c_str());
    }
    static std::string product(const std::string &sku, const std::string &name)
    {
        return "{\"name\":\"" + name + "\",\"sku\":\"" + sku + "\"}";
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        const QString problem = m_postgres.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_postgresStarted = true;
    }
    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        std::string url;
        if (backend == QLatin1String("sqlite")) {
            url = "sqlite:" + m_files.filePath(QStringLiteral("log-%1.db").arg(++m_count)).toStdString();
        } else {
            QString problem;
            url = m_postgres.createDatabase(&problem).toStdString();
            QVERIFY2(!url.empty(), qPrintable(problem));
        }
        std::string error;
        m_db = sql::Database::open(url, 8, &error);
        QVERIFY2(m_db, error.c_str());
        write([&](sql::Session &s) {
            store::createSchema(s);
            m_tenant = store::createTenant(s, "Test", store::nowMs());
        });
    }
    void cleanup() { m_db.reset(); }
    void cleanupTestCase() { m_postgres.stop(); }

    void anUnchangedRecordWritesNoChange_R_8_2()
    {
        std::int64_t first = 0, again = 0, changed = 0, deleted = 0, deletedAgain = 0;
        write([&](sql::Session &s) {
            first = store::writeChange(s, m_tenant, "global", "product", "M1", product("M1", "Milk"), 1000);
            again = store::writeChange(s, m_tenant, "global", "product", "M1", product("M1", "Milk"), 2000);
            changed = store::writeChange(s, m_tenant, "global", "product", "M1", product("M1", "Whole milk"), 3000);
            deleted = store::writeChange(s, m_tenant, "global", "product", "M1", std::nullopt, 4000);
            deletedAgain = store::writeChange(s, m_tenant, "global", "product", "M1", std::nullopt, 5000);
        });
        QCOMPARE(first, 1);
        QCOMPARE(again, 0);
        QCOMPARE(changed, 2);
        QCOMPARE(deleted, 3);
        QCOMPARE(deletedAgain, 0);
    }

    void digestsFollowTheRecords_R_8_11()
    {
        write([&](sql::Session &s) {
            for (int i = 0; i < 20; ++i)
                store::writeChange(s, m_tenant, "global", "product", "S" + std::to_string(i),
                                   product("S" + std::to_string(i), "Item " + std::to_string(i)), 1000);
            store::writeChange(s, m_tenant, "global", "product", "S3", product("S3", "Renamed"), 2000);
            store::writeChange(s, m_tenant, "global", "product", "S7", std::nullopt, 2000);
        });
        read([&](sql::Session &s) {
            // Recompute from the records as a lane would from its replica.
            std::uint64_t sum = 0;
            std::int64_t count = 0;
            auto rows = s.query("SELECT data FROM records WHERE tenant_id = ?1 AND scope = 'global' AND kind = 'product'",
                                {std::string_view(m_tenant)});
            while (rows->next()) {
                sum += static_cast<std::uint64_t>(store::rowHash(rows->text(0)));
                ++count;
            }
            rows.reset();
            const auto digests = store::scopeDigests(s, m_tenant, "global");
            QCOMPARE(digests.size(), std::size_t(1));
            QCOMPARE(digests[0].first, std::string("product"));
            QCOMPARE(digests[0].second.count, std::int64_t(19));
            QCOMPARE(count, std::int64_t(19));
            QCOMPARE(digests[0].second.sum, store::digestHex(static_cast<std::int64_t>(sum)));
        });
    }

    void concurrentWritersNumberGapFreeInCommitOrder_R_8_1()
    {
        constexpr int kThreads = 6, kEach = 40;
        std::atomic<bool> done{false};
        std::atomic<int> failures{0};
        std::atomic<std::int64_t> readerViolations{0};
        // A reader that has seen change n must never later see a change m < n appear.
        std::thread reader([&] {
            std::int64_t seenUpTo = 0;
            while (!done) {
                m_db->transact(sql::TxMode::Read, [&](sql::Session &s) {
                    const auto answers = store::pull(s, m_tenant, {{"store:s1", std::nullopt}}, {});
                    (void)answers;
                    auto rows = s.query("SELECT seq FROM changes WHERE tenant_id = ?1 AND scope = 'store:s1' AND seq > ?2 ORDER BY seq",
                                        {std::string_view(m_tenant), seenUpTo});
                    std::int64_t expected = seenUpTo + 1;
                    std::int64_t last = seenUpTo;
                    while (rows->next()) {
                        if (rows->integer(0) != expected) ++readerViolations;   // a hole a later commit could fill
                        last = rows->integer(0);
                        expected = last + 1;
                    }
                    seenUpTo = last;
                });
            }
        });
        std::vector<std::thread> writers;
        for (int t = 0; t < kThreads; ++t)
            writers.emplace_back([&, t] {
                for (int i = 0; i < kEach; ++i) {
                    const std::string key = "K" + std::to_string(t) + "-" + std::to_string(i);
                    const auto e = m_db->transact(sql::TxMode::Write, [&](sql::Session &s) {
                        // Half the writers batch their bookkeeping, half write it per change.
                        std::optional<store::ChangeLogBatch> batch;
                        if (t % 2 == 0) batch.emplace(s);
                        store::writeChange(s, m_tenant, "store:s1", "promotion", key, product(key, "x"), store::nowMs());
                        std::this_thread::sleep_for(std::chrono::microseconds(200));   // hold the head lock a little
                        store::writeChange(s, m_tenant, "store:s1", "promotion", key + "b", product(key, "y"), store::nowMs());
                        if (batch) batch->flush();
                    });
                    if (e) ++failures;
                }
            });
        for (auto &w : writers) w.join();
        done = true;
        reader.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(readerViolations.load(), std::int64_t(0));
        read([&](sql::Session &s) {
            QCOMPARE(s.queryInt("SELECT count(*) FROM changes WHERE tenant_id = ?1 AND scope = 'store:s1'", {std::string_view(m_tenant)}).value_or(0),
                     std::int64_t(kThreads * kEach * 2));
            QCOMPARE(s.queryInt("SELECT max(seq) FROM changes WHERE tenant_id = ?1 AND scope = 'store:s1'", {std::string_view(m_tenant)}).value_or(0),
                     std::int64_t(kThreads * kEach * 2));
            QCOMPARE(store::readScopeHead(s, m_tenant, "store:s1").seq, std::int64_t(kThreads * kEach * 2));
        });
    }

    void aBatchNumbersGapFreeAcrossARolledBackSavepoint_R_8_1()
    {
        std::vector<std::int64_t> seqs;
        write([&](sql::Session &s) {
            store::ChangeLogBatch batch(s);
            seqs.push_back(store::writeChange(s, m_tenant, "global", "product", "A", product("A", "a"), 1000));
            {
                store::Savepoint savepoint(s, "undone");
                seqs.push_back(store::writeChange(s, m_tenant, "global", "product", "B", product("B", "b"), 1000));
                seqs.push_back(store::writeChange(s, m_tenant, "store:new", "product", "C", product("C", "c"), 1000));
                savepoint.rollback();
            }
            seqs.push_back(store::writeChange(s, m_tenant, "global", "product", "D", product("D", "d"), 1000));
            batch.flush();
        });
        QCOMPARE(seqs, (std::vector<std::int64_t>{1, 2, 1, 2}));   // D takes B's number back
        read([&](sql::Session &s) {
            QCOMPARE(store::readScopeHead(s, m_tenant, "global").seq, std::int64_t(2));
            QVERIFY(!s.queryInt("SELECT 1 FROM scope_heads WHERE tenant_id = ?1 AND scope = 'store:new'", {std::string_view(m_tenant)}));
            const auto digests = store::scopeDigests(s, m_tenant, "global");
            QCOMPARE(digests.size(), std::size_t(1));
            QCOMPARE(digests[0].second.count, std::int64_t(2));   // A and D, not B
            QCOMPARE(digests[0].second.sum, store::digestHex(static_cast<std::int64_t>(
                static_cast<std::uint64_t>(store::rowHash(product("A", "a"))) + static_cast<std::uint64_t>(store::rowHash(product("D", "d"))))));
        });
        // The next transaction, without a batch, continues the numbering.
        std::int64_t next = 0;
        write([&](sql::Session &s) { next = store::writeChange(s, m_tenant, "global", "product", "E", product("E", "e"), 1000); });
        QCOMPARE(next, std::int64_t(3));
    }

    void prunedChangesMakeOldCursorsReload_R_8_5()
    {
        const std::int64_t day = 24LL * 3600 * 1000;
        const std::int64_t now = store::nowMs();
        write([&](sql::Session &s) {
            for (int i = 1; i <= 10; ++i)   // ten changes, 40 days old
                store::writeChange(s, m_tenant, "global", "product", "P" + std::to_string(i), product("P", std::to_string(i)), now - 40 * day);
        });
        std::int64_t removed = -1;
        write([&](sql::Session &s) { removed = store::pruneChangeLog(s, m_tenant, "global", 3, 35 * day, now); });
        QCOMPARE(removed, std::int64_t(6));   // the last 3 stay although they are old, and the boundary change 7
        read([&](sql::Session &s) {
            const store::ScopeHead head = store::readScopeHead(s, m_tenant, "global");
            QCOMPARE(head.retainedFrom, std::int64_t(8));
            auto cursorAt = [&](std::int64_t seq) {
                const auto id = s.queryText("SELECT change_id FROM changes WHERE tenant_id = ?1 AND scope = 'global' AND seq = ?2",
                                            {std::string_view(m_tenant), seq});
                return store::Cursor{head.epoch, seq, id.value_or(store::newUuid())};
            };
            const auto old = store::pull(s, m_tenant, {{"global", cursorAt(5)}}, {});
            QCOMPARE(old[0].status, std::string("snapshot_required"));
            QCOMPARE(old[0].reason, std::string("cursor_too_old"));
            const auto fine = store::pull(s, m_tenant, {{"global", cursorAt(8)}}, {});
            QCOMPARE(fine[0].status, std::string("changes"));
            QCOMPARE(fine[0].changeCount, std::size_t(2));
            // A cursor exactly at the boundary continues too.
            const auto boundary = store::pull(s, m_tenant, {{"global", cursorAt(7)}}, {});
            QCOMPARE(boundary[0].status, std::string("changes"));
            QCOMPARE(boundary[0].changeCount, std::size_t(3));
        });
        // Recent changes are kept whatever their number.
        write([&](sql::Session &s) {
            for (int i = 11; i <= 20; ++i)
                store::writeChange(s, m_tenant, "global", "product", "P" + std::to_string(i), product("P", std::to_string(i)), now);
        });
        write([&](sql::Session &s) { removed = store::pruneChangeLog(s, m_tenant, "global", 3, 35 * day, now); });
        QCOMPARE(removed, std::int64_t(3));   // 7, 8, 9: the old ones left from before but the new boundary 10
    }
};

QTEST_GUILESS_MAIN(tst_ChangeLog)
#include "tst_change_log.moc"
