// The upstream half of a sync cycle: the lane's real outbox (sales made by the
// sale engine) to the real retailos-server over TLS on loopback, and to a
// scripted server for the answers a healthy server rarely gives.
#include "core/sale/outbox.h"
#include "sync/client/event_uploader.h"
#include "sync/server/db/sql.h"
#include "tests/support/lane_fixture.h"
#include "tests/support/server_fixture.h"
#include "tests/support/test_certificates.h"
#include "tests/support/tls_test_server.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retailos;
using namespace retailos::sync;
using namespace retailos::test;
using State = UploadOutcome::State;

namespace {

void sell(LaneFixture &lane, int sales)
{
    for (int i = 0; i < sales; ++i) {
        auto &s = lane.session();
        QVERIFY(s.scan(KnownItems::milk));
        QVERIFY(s.scan(KnownItems::soap));
        Tender cash;
        cash.kind = TenderKind::Cash;
        cash.received = Money(1000, *Currency::fromCode(u"EUR"));
        QVERIFY(s.addTender(cash));
        QVERIFY(s.complete());
    }
}

std::int64_t serverCount(ServerFixture &server, const std::string &sql)
{
    std::int64_t n = -1;
    server.database().transact(server::sql::TxMode::Read, [&](server::sql::Session &s) { n = s.queryInt(sql).value_or(-1); });
    return n;
}

std::unique_ptr<HttpsClient> clientOf(const std::string &baseUrl, const std::string &caFile)
{
    HttpsClientConfig config;
    config.baseUrl = baseUrl;
    config.caFile = caFile;
    return std::make_unique<HttpsClient>(config);
}

} // namespace

class tst_EventUploader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCertificates m_certs;

private slots:
    void initTestCase()
    {
        auto certs = makeTestCertificates(m_dir.path().toStdString());
        QVERIFY2(certs, certs.error().c_str());
        m_certs = *certs;
    }

    void salesReachTheServerOnceAndAreMarkedSent()
    {
        ServerFixture server;
        QVERIFY2(server.start().isEmpty(), "server");
        QVERIFY(server.createStore("store-001"));
        const TestLane enrolled = server.enrolLane("store-001", "lane-01");
        QVERIFY(!enrolled.credential.empty());

        LaneFixture lane;
        sell(lane, 5);
        Outbox outbox(lane.db(), u"lane-01"_qs);
        QCOMPARE(outbox.unacknowledgedCount().value_or(-1), 5);
        auto client = clientOf(server.baseUrl(), server.caFile());
        const LaneHeaders headers{enrolled.credential};

        // Batches of 2: in order, each acknowledged before the next.
        for (std::int64_t through : {2, 4, 5}) {
            const auto out = uploadOneBatch(*client, headers, outbox, {.maxEvents = 2});
            QVERIFY(out);
            QCOMPARE(int(out->state), int(State::Sent));
            QCOMPARE(out->ackedThrough, through);
            QCOMPARE(out->rejected, 0);
        }
        QCOMPARE(outbox.unacknowledgedCount().value_or(-1), 0);
        QCOMPARE(serverCount(server, "SELECT count(*) FROM sales"), 5);
        QCOMPARE(serverCount(server, "SELECT count(*) FROM events WHERE status = 'applied'"), 5);
        const auto done = uploadOneBatch(*client, headers, outbox);
        QVERIFY(done);
        QCOMPARE(int(done->state), int(State::UpToDate));

        // The answer was lost after the server committed: the lane sends the
        // same events again and the server keeps one of each (R-7.7).
        QVERIFY(outbox.unacknowledgeAfter(0));
        const auto again = uploadOneBatch(*client, headers, outbox);
        QVERIFY(again);
        QCOMPARE(int(again->state), int(State::Sent));
        QCOMPARE(again->ackedThrough, 5);
        QCOMPARE(serverCount(server, "SELECT count(*) FROM sales"), 5);
        QCOMPARE(serverCount(server, "SELECT count(*) FROM events"), 5);
        QCOMPARE(outbox.unacknowledgedCount().value_or(-1), 0);
    }

    void anUnknownCredentialKeepsTheEventsForLater()
    {
        ServerFixture server;
        QVERIFY2(server.start().isEmpty(), "server");
        LaneFixture lane;
        sell(lane, 1);
        Outbox outbox(lane.db(), u"lane-01"_qs);
        auto client = clientOf(server.baseUrl(), server.caFile());
        const auto out = uploadOneBatch(*client, {"rtt.00000000-0000-7000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},
                                        outbox);
        QVERIFY(out);
        QCOMPARE(int(out->state), int(State::NotAuthorised));
        QVERIFY(!out->message.isEmpty());
        QCOMPARE(outbox.unacknowledgedCount().value_or(-1), 1);
    }

    // Answers a healthy server gives rarely, or a broken one: each is handled
    // and only a trustworthy acknowledgement marks anything sent.
    void answersOtherThanAnAcknowledgement_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("unackedAfter");   // events left to send
        QTest::newRow("restored server holds up to 1") << 409
            << QByteArray(R"({"error":{"code":"sequence_gap","message":"resend from 2","details":{"acked_through":1}}})")
            << int(State::ServerBehind) << qint64(2);
        QTest::newRow("conflict") << 409
            << QByteArray(R"({"error":{"code":"event_conflict","message":"another body","details":{"seq":3}}})")
            << int(State::Conflict) << qint64(0);
        QTest::newRow("server error") << 503 << QByteArray(R"({"error":{"code":"unavailable","message":"x"}})")
                                      << int(State::Failed) << qint64(0);
        QTest::newRow("acknowledges less than was sent") << 200
            << QByteArray(R"({"acked_through":2,"last_hash":"00","results":[]})") << int(State::Failed) << qint64(0);
        QTest::newRow("not JSON") << 200 << QByteArray("<html>proxy</html>") << int(State::Failed) << qint64(0);
        QTest::newRow("acked_through not a number") << 200
            << QByteArray(R"({"acked_through":"3","results":[]})") << int(State::Failed) << qint64(0);
        QTest::newRow("unknown status") << 200
            << QByteArray(R"({"acked_through":3,"results":[{"seq":3,"status":"maybe"}]})") << int(State::Failed) << qint64(0);
        QTest::newRow("gap position not below the batch") << 409
            << QByteArray(R"({"error":{"code":"sequence_gap","message":"x","details":{"acked_through":7}}})")
            << int(State::Failed) << qint64(0);
    }
    void answersOtherThanAnAcknowledgement()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        QFETCH(qint64, unackedAfter);

        LaneFixture lane;
        sell(lane, 3);
        Outbox outbox(lane.db(), u"lane-01"_qs);
        QVERIFY(outbox.acknowledgeThrough(2));   // 1 and 2 were acknowledged before: 3 is sent
        TlsTestServer fake;
        QVERIFY2(fake.start(QString::fromStdString(m_certs.serverCert), QString::fromStdString(m_certs.serverKey),
                            [&](const TlsTestRequest &) { return TlsTestReply::json(status, body); }),
                 qPrintable(fake.lastError()));
        auto client = clientOf(fake.url().toStdString(), m_certs.caCert);
        const auto out = uploadOneBatch(*client, {"credential"}, outbox);
        QVERIFY(out);
        QCOMPARE(int(out->state), state);
        if (state != int(State::Sent)) QVERIFY(!out->message.isEmpty());
        // Nothing is marked sent on such an answer; a restored server gets 2 and 3 again.
        QCOMPARE(outbox.unacknowledgedCount().value_or(-1), unackedAfter ? unackedAfter : 1);
    }
};

QTEST_GUILESS_MAIN(tst_EventUploader)
#include "tst_event_uploader.moc"
