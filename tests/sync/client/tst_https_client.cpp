// HttpsClient against a real TLS server on loopback (protocol §3): what a lane
// or the admin tool notices when the server is normal, misconfigured or hostile.
#include "sync/client/https_client.h"
#include "tests/support/test_certificates.h"
#include "tests/support/tls_test_server.h"

#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace retailos::sync;
using namespace retailos::test;

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);   // +16: gzip wrapper
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

class TestHttpsClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;

    HttpsClientConfig configFor(const TlsTestServer &server) const
    {
        HttpsClientConfig config;
        config.baseUrl = text(server.url());
        config.caFile = m_certs.caCert;
        return config;
    }
    bool startNormal(TlsTestServer &server, TlsTestHandler handler) const
    {
        return server.start(QString::fromStdString(m_certs.serverCert), QString::fromStdString(m_certs.serverKey),
                            std::move(handler));
    }
    static TlsTestReply okJson(const TlsTestRequest &)
    {
        return TlsTestReply::json(200, R"({"status":"ok","server_time":1795344000123})");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto certs = makeTestCertificates(m_dir.path().toStdString(), {.otherCa = true, .wrongHost = true});
        QVERIFY2(certs, certs ? "" : certs.error().c_str());
        m_certs = *certs;
    }

    void normalJsonAnswerArrivesWithHeadersAndStatus()
    {
        TlsTestServer server;
        QVERIFY2(startNormal(server, okJson), qPrintable(server.lastError()));
        HttpsClient client(configFor(server));
        auto r = client.request("POST", "/v1/admin/stores", R"({"store_id":"s1"})",
                                {"Content-Type: application/json", "Authorization: Bearer rta1.x.y"});
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QCOMPARE(r->status, 200);
        QCOMPARE(QByteArray::fromStdString(r->body), QByteArray(R"({"status":"ok","server_time":1795344000123})"));
        QCOMPARE(r->header("content-type").value_or(""), std::string("application/json"));
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].path, QByteArray("/v1/admin/stores"));
        QCOMPARE(requests[0].body, QByteArray(R"({"store_id":"s1"})"));
        QCOMPARE(requests[0].header("Authorization"), QByteArray("Bearer rta1.x.y"));
        QCOMPARE(requests[0].header("Accept-Encoding"), QByteArray("gzip"));   // R-3.4
    }

    void errorStatusesAreAnswersNotTransportErrors()
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(422, R"({"error":{"code":"invalid_value"}})");
        }));
        HttpsClient client(configFor(server));
        auto r = client.request("GET", "/v1/admin/terminals");
        QVERIFY(r);
        QCOMPARE(r->status, 422);
        QVERIFY(r->body.find("invalid_value") != std::string::npos);
    }

    void connectionIsReusedBetweenRequests()   // R-3.7
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, okJson));
        HttpsClient client(configFor(server));
        for (int i = 0; i < 3; ++i) {
            auto r = client.request("GET", "/healthz");
            QVERIFY2(r, r ? "" : r.error().message.c_str());
        }
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.connections(), 1);
        QCOMPARE(client.connectionsOpened(), qint64(1));
    }

    void redirectIsRefusedAndNotFollowed()   // R-3.3
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, [](const TlsTestRequest &request) {
            if (request.path == "/v1/pull")
                return TlsTestReply::json(302, "{}", "Location: https://127.0.0.1:1/v1/elsewhere\r\n");
            return TlsTestReply::json(200, R"({"followed":true})");
        }));
        HttpsClient client(configFor(server));
        auto r = client.request("POST", "/v1/pull", "{}");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::RedirectRefused));
        QVERIFY2(r.error().message.find("https://127.0.0.1:1/v1/elsewhere") != std::string::npos, r.error().message.c_str());
        QCOMPARE(server.requests().size(), 1);   // nothing followed
    }

    void bodyBeyondTheCapIsCutWhileReceiving()   // R-3.6
    {
        TlsTestServer server;
        // 256 MiB offered, chunked: the client only learns the size by reading it.
        QVERIFY(startNormal(server, [](const TlsTestRequest &) {
            return TlsTestReply::chunked(200, "Content-Type: application/json\r\n",
                                         TlsTestReply::repeated(256LL * 1024 * 1024));
        }));
        HttpsClientConfig config = configFor(server);
        config.maxResponseBodyBytes = 1024 * 1024;
        HttpsClient client(config);
        auto r = client.request("GET", "/v1/admin/sales");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::ResponseTooLarge));
        // The transfer stopped near the cap instead of reading all 256 MiB.
        QVERIFY2(server.bodyBytesWritten() < 64LL * 1024 * 1024, QByteArray::number(server.bodyBytesWritten()));
    }

    void defaultCapIs16MiBDecoded_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("exactly 16 MiB") << qint64(16 * 1024 * 1024) << true;
        QTest::newRow("16 MiB + 1 byte") << qint64(16 * 1024 * 1024 + 1) << false;
    }
    void defaultCapIs16MiBDecoded()
    {
        QFETCH(qint64, size);
        QFETCH(bool, accepted);
        TlsTestServer server;
        QVERIFY(startNormal(server, [size](const TlsTestRequest &) {
            return TlsTestReply::chunked(200, "Content-Type: application/json\r\n", TlsTestReply::repeated(size));
        }));
        HttpsClient client(configFor(server));
        auto r = client.request("GET", "/big");
        QCOMPARE(bool(r), accepted);
        if (accepted)
            QCOMPARE(qint64(r->body.size()), size);
        else
            QCOMPARE(r.error().code, std::string(https_error::ResponseTooLarge));
    }

    void contentLengthBeyondTheCapIsRefusedBeforeTheBody()
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, [](const TlsTestRequest &) {
            TlsTestReply reply;
            reply.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n";
            reply.nextChunk = TlsTestReply::repeated(1LL << 30);
            return reply;
        }));
        HttpsClientConfig config = configFor(server);
        config.maxResponseBodyBytes = 1024 * 1024;
        HttpsClient client(config);
        auto r = client.request("GET", "/x");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::ResponseTooLarge));
    }

    void gzipBodyIsDecoded()   // R-3.4
    {
        const QByteArray json = R"({"changes":[)" + QByteArray(5000, ' ') + "]}";
        TlsTestServer server;
        QVERIFY(startNormal(server, [json](const TlsTestRequest &) {
            return TlsTestReply::body(200, "application/json", gzip(json), "Content-Encoding: gzip\r\n");
        }));
        HttpsClient client(configFor(server));
        auto r = client.request("GET", "/v1/x");
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QCOMPARE(QByteArray::fromStdString(r->body), json);
    }

    void gzipBodyThatInflatesBeyondTheCapIsCut()   // R-3.4, R-3.6
    {
        // 64 MiB of zeros compress to about 64 KiB: small on the wire, far past the cap decoded.
        const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 1024 * 1024);
        TlsTestServer server;
        QVERIFY(startNormal(server, [bomb](const TlsTestRequest &) {
            TlsTestReply reply = TlsTestReply::chunked(200, "Content-Type: application/json\r\nContent-Encoding: gzip\r\n",
                                                       TlsTestReply::slices(bomb, 16 * 1024));
            return reply;
        }));
        HttpsClient client(configFor(server));   // default cap: 16 MiB decoded
        auto r = client.request("GET", "/v1/x");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::ResponseTooLarge));
    }

    void oversizedHeadersAreRefused()   // R-3.6: 16 KiB
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(200, "{}", "X-Padding: " + QByteArray(20 * 1024, 'p') + "\r\n");
        }));
        HttpsClient client(configFor(server));
        auto r = client.request("GET", "/v1/x");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::ResponseTooLarge));
        QVERIFY2(r.error().message.find("headers") != std::string::npos, r.error().message.c_str());
    }

    void slowDripBelowTheLowSpeedLimitTimesOut()   // R-3.6
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, [](const TlsTestRequest &) {
            TlsTestReply reply;
            reply.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
            reply.nextChunk = TlsTestReply::repeated(100000, 8, ' ');
            reply.chunkIntervalMs = 200;   // 40 bytes/s
            return reply;
        }));
        HttpsClientConfig config = configFor(server);
        config.lowSpeedBytesPerSecond = 1024;
        config.lowSpeedTime = std::chrono::seconds(1);
        HttpsClient client(config);
        auto r = client.request("GET", "/v1/x");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::Timeout));
    }

    void perCallTimeoutReplacesTheTotalTimeout()
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, [](const TlsTestRequest &) {
            TlsTestReply reply;
            reply.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
            reply.nextChunk = TlsTestReply::repeated(100000, 2048, ' ');
            reply.chunkIntervalMs = 500;   // fast enough for the low-speed limit, never finishes in 1 s
            return reply;
        }));
        HttpsClient client(configFor(server));
        HttpsRequestOptions options;
        options.totalTimeout = std::chrono::milliseconds(1000);
        auto r = client.request("GET", "/v1/x", {}, {}, options);
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::Timeout));
    }

    // R-8.9 / R-3.6: a long-poll that the server holds quietly is not a stalled transfer.
    void longPollMayBeQuietForItsWait_data()
    {
        QTest::addColumn<int>("serverMayWaitMs");
        QTest::addColumn<bool>("answered");
        QTest::newRow("plain request: quiet server cut by the low-speed limit") << 0 << false;
        QTest::newRow("long-poll: quiet for its wait, then answers") << 3000 << true;
    }
    void longPollMayBeQuietForItsWait()
    {
        QFETCH(int, serverMayWaitMs);
        QFETCH(bool, answered);
        TlsTestServer server;
        QVERIFY(startNormal(server, [](const TlsTestRequest &) {
            // Headers at once, then nothing for 2.5 s, then the body.
            TlsTestReply reply;
            reply.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n";
            auto step = std::make_shared<int>(0);
            reply.nextChunk = [step]() -> QByteArray {
                switch ((*step)++) {
                case 0: return QByteArray(" ");   // one byte, then the pause
                case 1: return QByteArray(" ");
                default: return {};
                }
            };
            reply.chunkIntervalMs = 2500;
            return reply;
        }));
        HttpsClientConfig config = configFor(server);
        config.lowSpeedTime = std::chrono::seconds(1);
        HttpsClient client(config);
        HttpsRequestOptions options;
        options.serverMayWait = std::chrono::milliseconds(serverMayWaitMs);
        auto r = client.request("POST", "/v1/pull", "{}", {}, options);
        QCOMPARE(bool(r), answered);
        if (!answered)
            QCOMPARE(r.error().code, std::string(https_error::Timeout));
    }

    void certificateFromAnotherCaIsRefusedAndNothingIsSent()   // R-3.2
    {
        TlsTestServer server;
        QVERIFY(server.start(QString::fromStdString(m_certs.otherCaServerCert),
                             QString::fromStdString(m_certs.otherCaServerKey), okJson));
        HttpsClient client(configFor(server));
        auto r = client.request("POST", "/v1/events", R"({"events":[]})", {"Authorization: Bearer rtt1.secret"});
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::TlsVerifyFailed));
        QVERIFY(server.requests().isEmpty());
    }

    void certificateForAnotherHostIsRefused()   // R-3.2
    {
        TlsTestServer server;
        QVERIFY(server.start(QString::fromStdString(m_certs.wrongHostCert), QString::fromStdString(m_certs.wrongHostKey),
                             okJson));
        HttpsClient client(configFor(server));
        auto r = client.request("GET", "/v1/session");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::TlsVerifyFailed));
        QVERIFY(server.requests().isEmpty());
    }

    void systemTrustStoreDoesNotTrustTheTestCa()   // R-3.2: no CA file means the system store, not "anything"
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, okJson));
        HttpsClientConfig config = configFor(server);
        config.caFile.clear();
        HttpsClient client(config);
        auto r = client.request("GET", "/healthz");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::TlsVerifyFailed));
    }

    void pinOfAnotherKeyIsRefused()   // R-3.2
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, okJson));
        HttpsClientConfig config = configFor(server);
        config.pinsSha256 = {m_certs.otherCaServerSpkiSha256};
        HttpsClient client(config);
        auto r = client.request("POST", "/v1/events", "{}");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::PinMismatch));
        QVERIFY(server.requests().isEmpty());
    }

    void matchingPinAmongSeveralIsAccepted()   // R-3.2
    {
        TlsTestServer server;
        QVERIFY(startNormal(server, okJson));
        HttpsClientConfig config = configFor(server);
        config.pinsSha256 = {m_certs.otherCaServerSpkiSha256, m_certs.serverSpkiSha256};
        HttpsClient client(config);
        auto r = client.request("GET", "/healthz");
        QVERIFY2(r, r ? "" : r.error().message.c_str());
        QCOMPARE(r->status, 200);
    }

    void nothingListeningIsConnectFailed()
    {
        quint16 port = 0;
        {
            TlsTestServer server;   // a port that was free a moment ago and is closed now
            QVERIFY(startNormal(server, okJson));
            port = server.port();
        }
        HttpsClientConfig config;
        config.baseUrl = "https://127.0.0.1:" + std::to_string(port);
        config.caFile = m_certs.caCert;
        HttpsClient client(config);
        auto r = client.request("GET", "/healthz");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::ConnectFailed));
    }

    void plainHttpIsRefused()   // R-3.1
    {
        HttpsClientConfig config;
        config.baseUrl = "http://127.0.0.1:1";
        HttpsClient client(config);
        auto r = client.request("GET", "/healthz");
        QVERIFY(!r);
        QCOMPARE(r.error().code, std::string(https_error::InvalidConfig));
    }

    void pinListHasCurlsFormat()
    {
        QCOMPARE(curlPinList({"AAA=", "BBB="}), std::string("sha256//AAA=;sha256//BBB="));
        QCOMPARE(curlPinList({}), std::string());
    }
};

QTEST_GUILESS_MAIN(TestHttpsClient)
#include "tst_https_client.moc"
