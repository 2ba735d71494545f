// Events of a type an older server did not know wait as `held` and are settled
// when a version that knows them starts (R-7.15): applied or rejected, never lost.
#include "sync/protocol/events/event_types.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/event_effects.h"
#include "sync/server/store/event_ingest.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"
#include "sync/server/store/server_schema.h"
#include "tests/support/private_postgres.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retailos;
using namespace retailos::server;

class tst_EventIngest : public QObject
{
    Q_OBJECT

    test::PrivatePostgres m_postgres;
    QTemporaryDir m_files;
    int m_count = 0;

    std::unique_ptr<sql::Database> open()
    {
        QFETCH_GLOBAL(QString, backend);
        std::string url;
        if (backend == QLatin1String("sqlite")) {
            url = "sqlite:" + m_files.filePath(QStringLiteral("ingest-%1.db").arg(++m_count)).toStdString();
        } else {
            QString problem;
            url = m_postgres.createDatabase(&problem).toStdString();
            if (url.empty()) qFatal("%s", qPrintable(problem));
        }
        std::string error;
        auto db = sql::Database::open(url, 4, &error);
        if (!db) qFatal("%s", error.c_str());
        return db;
    }

    static store::IncomingEvent event(std::int64_t seq, const std::string &prev, const std::string &payload)
    {
        store::IncomingEvent e;
        e.eventId = store::newUuid();
        e.seq = seq;
        e.type = "inventory.stock.moved.v1";
        e.createdAt = store::nowMs();
        e.prevHash = prev;
        e.payload = payload;
        e.hash = store::chainHash(prev, seq, e.type, payload);
        return e;
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
    }
    void cleanupTestCase() { m_postgres.stop(); }

    void heldEventsAreSettledByAVersionThatKnowsThem_R_7_15()
    {
        auto db = open();
        store::TerminalIdentity terminal;
        std::string tenant;
        const auto setup = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
            store::createSchema(s);
            tenant = store::createTenant(s, "T", store::nowMs());
            QVERIFY(store::upsertStore(s, tenant, {"store-a", "A", "EUR", "Europe/Berlin"}, store::nowMs()));
            auto code = store::createTerminal(s, tenant, "store-a", "lane-1", "Lane 1", store::nowMs());
            QVERIFY(code);
            auto enrolled = store::enrol(s, {code->code, store::newUuid(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "t", {}, {}}, store::nowMs());
            QVERIFY(enrolled);
            terminal = enrolled->terminal;
        });
        QVERIFY(!setup);

        const std::string good = R"({"delta_milli":3000,"movement_id":"1b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","note":"","reason":"correction","sku":"M1"})";
        const std::string bad = R"({"delta_milli":0,"movement_id":"2b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","note":"","reason":"correction","sku":"M1"})";
        std::vector<store::IncomingEvent> events{event(1, std::string(64, '0'), good)};
        events.push_back(event(2, events[0].hash, bad));
        // An old server version: it does not know the type yet.
        const auto unknown = [](std::string_view) { return false; };
        const auto known = [](std::string_view t) { return sync::events::isKnownEventType(t); };
        const auto ingest = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
            auto outcome = store::ingestEvents(s, terminal, "EUR", events, unknown, store::applyEvent, store::nowMs());
            QVERIFY(outcome);
            QCOMPARE(outcome->results[0].status, std::string("held"));
            QCOMPARE(outcome->ackedThrough, std::int64_t(2));
        });
        QVERIFY(!ingest);

        std::int64_t settled = -1;
        const auto settle = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
            settled = store::settleHeldUnknownTypes(s, known, store::applyEvent, store::nowMs());
        });
        QVERIFY(!settle);
        QCOMPARE(settled, std::int64_t(2));
        const auto check = db->transact(sql::TxMode::Read, [&](sql::Session &s) {
            QCOMPARE(s.queryText("SELECT status FROM events WHERE terminal_id = ?1 AND seq = 1", {std::string_view(terminal.terminalId)}),
                     std::optional<std::string>("applied"));
            QCOMPARE(s.queryText("SELECT code FROM events WHERE terminal_id = ?1 AND seq = 2", {std::string_view(terminal.terminalId)}),
                     std::optional<std::string>("bad_payload"));
            QCOMPARE(s.queryInt("SELECT quantity_milli FROM stock WHERE tenant_id = ?1 AND sku = 'M1'", {std::string_view(tenant)}),
                     std::optional<std::int64_t>(3000));
            const auto stream = store::readStream(s, terminal.terminalId);
            QCOMPARE(stream.heldCount, std::int64_t(0));
            QCOMPARE(stream.rejectedCount, std::int64_t(1));
            QCOMPARE(stream.ackedThrough, std::int64_t(2));
        });
        QVERIFY(!check);
        // Settling again finds nothing: effects are applied once.
        const auto again = db->transact(sql::TxMode::Write, [&](sql::Session &s) {
            settled = store::settleHeldUnknownTypes(s, known, store::applyEvent, store::nowMs());
        });
        QVERIFY(!again);
        QCOMPARE(settled, std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(tst_EventIngest)
#include "tst_event_ingest.moc"
