// Enrolment from the lane against the real retailos-server over TLS, and the
// credential file the lane keeps.
#include "sync/client/lane_enrolment.h"
#include "sync/server/store/ids.h"
#include "tests/support/server_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace retailos;
using namespace retailos::sync;
using namespace retailos::test;

namespace {

constexpr const char *kJournalKey = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

std::unique_ptr<HttpsClient> clientOf(ServerFixture &server)
{
    HttpsClientConfig config;
    config.baseUrl = server.baseUrl();
    config.caFile = server.caFile();
    return std::make_unique<HttpsClient>(config);
}

int sessionStatus(ServerFixture &server, const std::string &credential)
{
    return server.call("GET", "/v1/session", {}, credential,
                       {"Retailos-Software: retailos/test", "Retailos-Outbox-Head: 0", "Retailos-Clock-Offset: 0"})
        .status;
}

mode_t modeOf(const QString &path)
{
    struct stat info{};
    ::stat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 0777;
}

} // namespace

class tst_LaneEnrolment : public QObject
{
    Q_OBJECT

private slots:
    void aCodeBecomesTheLanesOwnCredential()
    {
        ServerFixture server;
        QVERIFY2(server.start().isEmpty(), "server");
        QVERIFY(server.createStore("store-001"));
        const std::string code = server.createTerminal("store-001", "lane-02");
        QVERIFY(!code.empty());
        auto client = clientOf(server);

        EnrolmentRequest request{code, server::store::newUuid(), {}, {}, kJournalKey};
        const auto first = enrolLane(*client, request);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->storeId, std::string("store-001"));
        QCOMPARE(first->laneId, std::string("lane-02"));
        QCOMPARE(first->tenantId, server.tenantId());
        QVERIFY(!first->scopes.empty());
        QCOMPARE(sessionStatus(server, first->credential), 200);

        // The answer was lost: the same request again gets a new secret for the
        // same terminal, and the first secret stops working.
        const auto retry = enrolLane(*client, request);
        QVERIFY(retry);
        QCOMPARE(retry->terminalId, first->terminalId);
        QVERIFY(retry->credential != first->credential);
        QCOMPARE(sessionStatus(server, retry->credential), 200);
        QCOMPARE(sessionStatus(server, first->credential), 401);

        // Anyone else using the code is refused.
        EnrolmentRequest other{code, server::store::newUuid(), {}, {}, kJournalKey};
        const auto reused = enrolLane(*client, other);
        QVERIFY(!reused);
        QCOMPARE(reused.error().code, u"sync.enrol.code_invalid"_qs);
        QVERIFY(!reused.error().message.isEmpty());
    }

    void aCodeForAnotherLaneIsRefusedAndStaysUnused()
    {
        ServerFixture server;
        QVERIFY2(server.start().isEmpty(), "server");
        QVERIFY(server.createStore("store-001"));
        const std::string code = server.createTerminal("store-001", "lane-03");
        auto client = clientOf(server);
        const auto wrong = enrolLane(*client, {code, server::store::newUuid(), "store-001", "lane-09", kJournalKey});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, u"sync.enrol.mismatch"_qs);
        const auto right = enrolLane(*client, {code, server::store::newUuid(), "store-001", "lane-03", kJournalKey});
        QVERIFY2(right, qPrintable(right ? QString() : right.error().message));
        QCOMPARE(right->laneId, std::string("lane-03"));
        const auto typo = enrolLane(*client, {"ABCD-EFGH-JKMN-PQRS", server::store::newUuid(), {}, {}, kJournalKey});
        QVERIFY(!typo);
        QCOMPARE(typo.error().code, u"sync.enrol.code_invalid"_qs);
    }

    void theCredentialFileIsTheLanesUsersOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"credential.json"_qs);
        QCOMPARE(loadLaneCredential(path).error().code, u"sync.credential.missing"_qs);

        LaneCredential c{"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c", "0c1d2e3f-8a9d-4f6e-b2c7-1d3e4f5a6b7c", "store-001",
                         "lane-01", "Lane 1", "rtt1.secret-credential-value-0123456789", {"global", "store:store-001"}, 7};
        QVERIFY(saveLaneCredential(path, c));
        QCOMPARE(modeOf(path), mode_t(0600));
        const auto loaded = loadLaneCredential(path);
        QVERIFY(loaded);
        QCOMPARE(loaded->credential, c.credential);
        QCOMPARE(loaded->terminalId, c.terminalId);
        QCOMPARE(loaded->scopes, c.scopes);
        QCOMPARE(loaded->ackedThrough, 7);

        // Readable by others: refused, not used.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QCOMPARE(loadLaneCredential(path).error().code, u"sync.credential.permissions"_qs);

        // Damaged: refused with the file named.
        QFile::remove(path);
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"terminal_id\": 12");
        broken.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto damaged = loadLaneCredential(path);
        QCOMPARE(damaged.error().code, u"sync.credential.damaged"_qs);
        QVERIFY(damaged.error().message.contains(path));
    }
};

QTEST_GUILESS_MAIN(tst_LaneEnrolment)
#include "tst_lane_enrolment.moc"
