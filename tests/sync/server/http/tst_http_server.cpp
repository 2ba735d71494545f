// The HTTP layer of retailos-server over real TLS on 127.0.0.1 (decision 0006):
// keep-alive, limits, deadlines, gzip, connection cap, stop, plain listener.
#include "core/logging/log.h"
#include "sync/server/http/gzip_codec.h"
#include "sync/server/http/http_server.h"
#include "tests/support/test_certificates.h"
#include "tests/sync/server/http/http_test_client.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace retailos::server::http;
using namespace retailos::test;
using namespace std::chrono_literals;

namespace {

// What the handler saw, and the responders parked for the test to answer.
struct Recorder
{
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<HttpRequest> seen;
    std::deque<std::shared_ptr<HttpResponder>> parked;
    std::vector<std::thread> answerers;

    ~Recorder()
    {
        for (auto &t : answerers)
            t.join();
    }

    std::shared_ptr<HttpResponder> waitParked(std::chrono::milliseconds timeout = 5s)
    {
        std::unique_lock lock(mutex);
        if (!changed.wait_for(lock, timeout, [&] { return !parked.empty(); }))
            return nullptr;
        auto responder = parked.front();
        parked.pop_front();
        return responder;
    }
    HttpRequest last()
    {
        std::lock_guard lock(mutex);
        return seen.empty() ? HttpRequest{} : seen.back();
    }
};

HttpResponse text(int status, std::string body)
{
    HttpResponse response;
    response.status = status;
    response.headers.set("Content-Type", "text/plain");
    response.body = std::move(body);
    return response;
}

HttpHandler makeHandler(std::shared_ptr<Recorder> recorder)
{
    return [recorder](HttpRequest request, std::shared_ptr<HttpResponder> responder) {
        const std::string path = request.path;
        const std::string echo = request.method + " " + request.path + "?" + request.query + "\n" + request.body;
        {
            std::lock_guard lock(recorder->mutex);
            HttpRequest copy = request;
            copy.body = request.body.size() < 4096 ? request.body : std::string();
            recorder->seen.push_back(std::move(copy));
        }
        if (path == "/echo" || path == "/healthz" || path.starts_with("/v1/admin/") || path == "/v1/pull") {
            responder->send(text(200, echo));
        } else if (path == "/later") {
            std::lock_guard lock(recorder->mutex);
            recorder->answerers.emplace_back([responder] {
                std::this_thread::sleep_for(200ms);
                responder->send(text(200, "answered later"));
            });
        } else if (path == "/park") {
            std::lock_guard lock(recorder->mutex);
            recorder->parked.push_back(responder);
            recorder->changed.notify_all();
        } else if (path == "/drop") {
            // no answer: the dropped responder must answer 500
        } else if (path == "/big") {
            responder->send(text(200, std::string(static_cast<std::size_t>(std::stoul(request.query.empty() ? "65536" : request.query)), 'x')));
        } else if (path == "/inject") {
            HttpResponse response = text(200, "ok");
            response.headers.set("X-Evil", "a\r\nSet-Cookie: pwned=1");
            response.headers.set("X-Bad\r\nName", "v");
            response.headers.set("X-Fine", "fine");
            responder->send(std::move(response));
        } else {
            responder->send(text(404, "{}"));
        }
    };
}

std::string errorJson(int, std::string_view code, std::string_view message, std::string_view requestId)
{
    return std::string(R"({"error":{"code":")") + std::string(code) + R"(","message":")" + std::string(message)
        + R"(","request_id":")" + std::string(requestId) + R"(","details":{}},"server_time":0})";
}

QByteArray errorCode(const RawResponse &response)
{
    static const QRegularExpression re(QStringLiteral(R"re("code":"([a-z_]+)")re"));
    return re.match(QString::fromUtf8(response.body)).captured(1).toUtf8();
}

bool isUuidV4(const QByteArray &id)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re.match(QString::fromLatin1(id)).hasMatch();
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// Polls `condition` while letting sockets and timers run; true when it held in time.
template<class F>
bool eventually(F condition, std::chrono::milliseconds timeout = 5s)
{
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        if (condition())
            return true;
        QTest::qWait(20);
    }
    return condition();
}

} // namespace

class HttpServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    QList<QSslCertificate> m_ca;

    HttpServerConfig config() const
    {
        HttpServerConfig c;
        c.address = "127.0.0.1";
        c.port = 0;
        c.certificateChainFile = m_certs.serverCert;
        c.privateKeyFile = m_certs.serverKey;
        c.errorBody = errorJson;
        c.ioThreads = 2;
        return c;
    }

    std::unique_ptr<HttpServer> start(const HttpServerConfig &c, std::shared_ptr<Recorder> recorder)
    {
        std::string error;
        auto server = HttpServer::start(c, makeHandler(std::move(recorder)), &error);
        if (!server)
            qWarning("server did not start: %s", error.c_str());
        return server;
    }

    std::unique_ptr<RawHttpClient> connected(quint16 port, bool tls = true)
    {
        auto client = std::make_unique<RawHttpClient>(port, m_ca, tls);
        if (!client->connect())
            qWarning("connect failed: %s", qPrintable(client->errorString()));
        return client;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto certs = makeTestCertificates(m_dir.path().toStdString(), {.otherCa = true});
        QVERIFY2(certs, certs ? "" : certs.error().c_str());
        m_certs = *certs;
        m_ca = QSslCertificate::fromPath(QString::fromStdString(m_certs.caCert));
        QCOMPARE(m_ca.size(), 1);
    }

    // R-3.7: keep-alive, Content-Length and chunked bodies, one request id each (R-5.1).
    void getAndPostShareOneKeepAliveConnection()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        QVERIFY(client->isConnected());

        auto first = client->request(get("/echo?a=1"));
        QVERIFY(first);
        QCOMPARE(first->status, 200);
        QCOMPARE(first->body, QByteArray("GET /echo?a=1\n"));
        QCOMPARE(first->header("Content-Type"), QByteArray("text/plain"));
        const QByteArray firstId = first->header("Retailos-Request-Id");
        QVERIFY2(isUuidV4(firstId), firstId.constData());
        QCOMPARE(QByteArray::fromStdString(recorder->last().requestId), firstId);
        QVERIFY(recorder->last().secure);
        QCOMPARE(recorder->last().peer, std::string("127.0.0.1"));

        auto second = client->request(post("/echo", R"({"n":1})"));
        QVERIFY(second);
        QCOMPARE(second->status, 200);
        QCOMPARE(second->body, QByteArray("POST /echo?\n{\"n\":1}"));
        QVERIFY(second->header("Retailos-Request-Id") != firstId);
        QVERIFY(isUuidV4(second->header("Retailos-Request-Id")));

        auto third = client->request("POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                                     "3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n");
        QVERIFY(third);
        QCOMPARE(third->status, 200);
        QCOMPARE(third->body, QByteArray("POST /echo?\nabcdefg"));
        QVERIFY(client->isConnected());
        QCOMPARE(recorder->seen.size(), 3u);
        QCOMPARE(server->openConnections(), 1u);
    }

    // R-3.1: TLS 1.2 and 1.3 are both served.
    void servesTls12AndTls13()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        for (const auto protocol : {QSsl::TlsV1_2, QSsl::TlsV1_3}) {
            RawHttpClient client(server->port(), m_ca, true, protocol);
            QVERIFY2(client.connect(), qPrintable(client.errorString()));
            QCOMPARE(client.sessionProtocol(), protocol);
            auto response = client.request(get("/echo"));
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
    }

    // A stock client (QNetworkAccessManager) over TLS, with gzip responses (R-3.4).
    void networkAccessManagerRoundTripWithGzipResponse()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);

        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/big?100000").arg(server->port())));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
        QNetworkReply *reply = manager.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray(100000, 'x'));
        reply->deleteLater();

        // The same over a raw socket: compressed only when asked for.
        auto client = connected(server->port());
        auto zipped = client->request(get("/big?100000", "Accept-Encoding: gzip\r\n"));
        QVERIFY(zipped);
        QCOMPARE(zipped->header("Content-Encoding"), QByteArray("gzip"));
        QVERIFY(zipped->body.size() < 10000);
        std::string inflated;
        QCOMPARE(gunzip(zipped->body.toStdString(), 1 << 20, inflated), InflateStatus::Ok);
        QCOMPARE(inflated, std::string(100000, 'x'));
        auto plain = client->request(get("/big?100000"));
        QVERIFY(plain);
        QVERIFY(!plain->hasHeader("Content-Encoding"));
        QCOMPARE(plain->body.size(), 100000);
        auto small = client->request(get("/big?100", "Accept-Encoding: gzip\r\n"));
        QVERIFY(small);
        QVERIFY(!small->hasHeader("Content-Encoding"));
    }

    void handlerAnswersLaterFromAnotherThread()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        auto response = client->request(get("/later"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("answered later"));
        auto again = client->request(get("/echo"));
        QVERIFY(again);
        QCOMPARE(again->status, 200);
    }

    // A long-poll (R-8.9) waits longer than the write and idle timeouts; it is not cut.
    void parkedRequestOutlivesWriteAndIdleTimeouts()
    {
        auto recorder = std::make_shared<Recorder>();
        HttpServerConfig c = config();
        c.writeTimeout = 1s;
        c.idleTimeout = 1s;
        c.requestTimeout = 1s;
        c.ioThreads = 1; // the parked request must not hold the only thread
        auto server = start(c, recorder);
        QVERIFY(server);
        auto parkedClient = connected(server->port());
        parkedClient->send(get("/park"));
        auto responder = recorder->waitParked();
        QVERIFY(responder);

        // Meanwhile the one I/O thread serves others.
        auto other = connected(server->port());
        auto otherResponse = other->request(get("/echo"));
        QVERIFY(otherResponse);
        QCOMPARE(otherResponse->status, 200);

        QTest::qWait(2500);
        std::thread answerer([responder] { responder->send(text(200, "woken")); });
        answerer.join();
        auto response = parkedClient->read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("woken"));
    }

    void droppedResponderAnswers500Internal()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        auto response = client->request(get("/drop"));
        QVERIFY(response);
        QCOMPARE(response->status, 500);
        QCOMPARE(errorCode(*response), QByteArray("internal"));
        QCOMPARE(response->header("Content-Type"), QByteArray("application/json"));
        QVERIFY(response->body.contains(response->header("Retailos-Request-Id")));
        auto next = client->request(get("/echo"));
        QVERIFY(next);
        QCOMPARE(next->status, 200);
    }

    // R-3.5: request line and headers beyond the limit.
    void hugeHeadersAnswer431()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        auto response = client->request(get("/echo", "X-Filler: " + QByteArray(16 * 1024, 'a') + "\r\n"));
        QVERIFY(response);
        QCOMPARE(response->status, 431);
        QCOMPARE(errorCode(*response), QByteArray("headers_too_large"));
        QCOMPARE(response->header("Content-Type"), QByteArray("application/json"));
        QVERIFY(client->waitClosedByPeer(5000));
        QVERIFY(recorder->seen.empty());
    }

    // R-3.5: 413 at once from Content-Length, without reading the body; admin paths allow more.
    void hugeBodyAnswers413WithoutReadingIt()
    {
        auto recorder = std::make_shared<Recorder>();
        HttpServerConfig c = config();
        c.bodyLimit = 64 * 1024;
        c.adminBodyLimit = 256 * 1024;
        auto server = start(c, recorder);
        QVERIFY(server);

        auto client = connected(server->port());
        // Announce 50 MiB, send only the headers: the answer must not wait for the body.
        client->send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 52428800\r\n\r\n");
        auto response = client->read();
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QCOMPARE(errorCode(*response), QByteArray("body_too_large"));
        QVERIFY(client->waitClosedByPeer(5000));

        // Chunked: cut while reading, at the limit.
        auto chunked = connected(server->port());
        QByteArray chunks = "POST /echo HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
        for (int i = 0; i < 20; ++i)
            chunks += "4000\r\n" + QByteArray(0x4000, 'b') + "\r\n";
        auto chunkedResponse = chunked->request(chunks);
        QVERIFY(chunkedResponse);
        QCOMPARE(chunkedResponse->status, 413);

        // 100 KiB: too much for a terminal path, fine under the admin prefix.
        const QByteArray body(100 * 1024, 'c');
        auto terminal = connected(server->port());
        auto refused = terminal->request(post("/v1/pull", body));
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
        auto admin = connected(server->port());
        auto accepted = admin->request(post("/v1/admin/items", body));
        QVERIFY(accepted);
        QCOMPARE(accepted->status, 200);
        QVERIFY(accepted->body.endsWith(body));
        QVERIFY(recorder->seen.size() == 1u);
    }

    // R-3.4: a gzip body is inflated for the handler; a bomb is refused while inflating.
    void gzipBodyIsInflatedAndABombIsRefused()
    {
        auto recorder = std::make_shared<Recorder>();
        HttpServerConfig c = config();
        c.bodyLimit = 1024 * 1024;
        auto server = start(c, recorder);
        QVERIFY(server);

        const std::string original = R"({"events":[)" + std::string(5000, ' ') + "]}";
        const std::string packed = gzip(original);
        QVERIFY(!packed.empty());
        auto client = connected(server->port());
        auto response = client->request(post("/echo", QByteArray::fromStdString(packed), "Content-Encoding: gzip\r\n"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, "POST /echo?\n" + QByteArray::fromStdString(original));

        const std::string bomb = gzip(std::string(64 * 1024 * 1024, '\0')); // 64 MiB in ~64 KiB
        QVERIFY(bomb.size() < c.bodyLimit);
        auto bomber = connected(server->port());
        auto refused = bomber->request(post("/echo", QByteArray::fromStdString(bomb), "Content-Encoding: gzip\r\n"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 413);
        QCOMPARE(errorCode(*refused), QByteArray("body_too_large"));

        // R-3.4 "while it is being read": the first 16 KiB of the bomb already
        // inflate past the limit; the answer comes without the rest being sent.
        auto early = connected(server->port());
        early->send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Encoding: gzip\r\nContent-Length: "
                    + QByteArray::number(qsizetype(bomb.size())) + "\r\n\r\n"
                    + QByteArray::fromStdString(bomb.substr(0, 16 * 1024)));
        auto earlyRefusal = early->read();
        QVERIFY(earlyRefusal);
        QCOMPARE(earlyRefusal->status, 413);

        // Chunked and gzip together: inflated as the chunks arrive.
        auto chunkedClient = connected(server->port());
        QByteArray chunked = "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Encoding: gzip\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n";
        for (std::size_t at = 0; at < packed.size(); at += 7) {
            const std::string piece = packed.substr(at, 7);
            chunked += QByteArray::number(qsizetype(piece.size()), 16) + "\r\n" + QByteArray::fromStdString(piece) + "\r\n";
        }
        chunked += "0\r\n\r\n";
        auto chunkedResponse = chunkedClient->request(chunked);
        QVERIFY(chunkedResponse);
        QCOMPARE(chunkedResponse->status, 200);
        QCOMPARE(chunkedResponse->body, "POST /echo?\n" + QByteArray::fromStdString(original));

        auto other = connected(server->port());
        auto unsupported = other->request(post("/echo", "x", "Content-Encoding: br\r\n"));
        QVERIFY(unsupported);
        QCOMPARE(unsupported->status, 415);
        QCOMPARE(errorCode(*unsupported), QByteArray("unsupported_media_type"));

        auto corrupt = connected(server->port());
        auto bad = corrupt->request(post("/echo", "not gzip at all", "Content-Encoding: gzip\r\n"));
        QVERIFY(bad);
        QCOMPARE(bad->status, 400);
        QCOMPARE(errorCode(*bad), QByteArray("bad_request"));
        QCOMPARE(recorder->seen.size(), 2u);
    }

    // R-3.5 / decision 0006: 200 clients sending a header byte a second are cut
    // at the header deadline while ordinary requests keep being answered.
    void slowlorisIsCutAtTheHeaderDeadline()
    {
        auto recorder = std::make_shared<Recorder>();
        HttpServerConfig c = config();
        c.headerTimeout = 1s;
        c.idleTimeout = 30s; // so only the header deadline can cut them
        auto server = start(c, recorder);
        QVERIFY(server);

        std::vector<std::unique_ptr<RawHttpClient>> slow;
        for (int i = 0; i < 200; ++i) {
            slow.push_back(connected(server->port()));
            QVERIFY(slow.back()->isConnected());
            slow.back()->send("G");
        }
        const QByteArray rest = "ET /echo HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaa";
        int answered = 0;
        const auto started = std::chrono::steady_clock::now();
        for (int second = 0; second < 5; ++second) {
            for (auto &client : slow) {
                if (client->isConnected())
                    client->send(rest.mid(second, 1));
            }
            auto normal = connected(server->port());
            auto response = normal->request(get("/echo"));
            QVERIFY(response);
            QCOMPARE(response->status, 200);
            ++answered;
            QTest::qWait(1000);
            if (std::ranges::none_of(slow, [](auto &s) { return s->isConnected(); }))
                break;
        }
        QVERIFY(eventually([&] {
            return std::ranges::none_of(slow, [](auto &s) {
                s->socket()->waitForReadyRead(1);
                return s->isConnected();
            });
        }, 5s));
        QVERIFY(std::chrono::steady_clock::now() - started < 15s);
        QVERIFY(answered >= 1);
        QCOMPARE(recorder->seen.size(), static_cast<std::size_t>(answered));
        QVERIFY(eventually([&] { return server->openConnections() == 0; }));
    }

    // R-3.5: a kept-alive connection that sends nothing is closed.
    void idleKeepAliveConnectionIsClosed()
    {
        auto recorder = std::make_shared<Recorder>();
        HttpServerConfig c = config();
        c.idleTimeout = 1s;
        auto server = start(c, recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        auto response = client->request(get("/echo"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(client->waitClosedByPeer(5000));
        QVERIFY(eventually([&] { return server->openConnections() == 0; }));
    }

    // R-3.5: beyond max_connections a new connection is answered 503 overloaded and closed.
    void connectionCapAnswers503Overloaded()
    {
        auto recorder = std::make_shared<Recorder>();
        HttpServerConfig c = config();
        c.maxConnections = 2;
        auto server = start(c, recorder);
        QVERIFY(server);
        auto a = connected(server->port());
        auto b = connected(server->port());
        QVERIFY(a->request(get("/echo")));
        QVERIFY(b->request(get("/echo")));
        QCOMPARE(server->openConnections(), 2u);

        auto third = connected(server->port());
        auto refused = third->request(get("/echo"));
        QVERIFY(refused);
        QCOMPARE(refused->status, 503);
        QCOMPARE(errorCode(*refused), QByteArray("overloaded"));
        QCOMPARE(refused->header("Retry-After"), QByteArray("1"));
        QVERIFY(third->waitClosedByPeer(5000));
        QCOMPARE(recorder->seen.size(), 2u);

        a->abort();
        QVERIFY(eventually([&] { return server->openConnections() < 2; }));
        auto fourth = connected(server->port());
        auto served = fourth->request(get("/echo"));
        QVERIFY(served);
        QCOMPARE(served->status, 200);
    }

    void clientVanishingMidResponseDoesNotHurtTheServer()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        for (int i = 0; i < 5; ++i) {
            auto client = connected(server->port());
            client->send(get("/big?" + QByteArray::number(16 * 1024 * 1024)));
            client->flush(200);
            client->socket()->waitForReadyRead(2000); // the answer has started
            client->abort();
        }
        auto client = connected(server->port());
        auto response = client->request(get("/echo"));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QVERIFY(eventually([&] { return server->openConnections() == 1; }, 10s));
    }

    // stop(): a request in flight still gets its answer; idle connections close; idempotent.
    void stopLetsARequestInFlightFinish()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto idle = connected(server->port());
        QVERIFY(idle->request(get("/echo")));
        auto busy = connected(server->port());
        busy->send(get("/park"));
        auto responder = recorder->waitParked();
        QVERIFY(responder);

        std::thread answerer([responder] {
            std::this_thread::sleep_for(300ms);
            responder->send(text(200, "finished"));
        });
        const auto before = std::chrono::steady_clock::now();
        server->stop(10s);
        answerer.join();
        QVERIFY(std::chrono::steady_clock::now() - before < 8s);
        auto response = busy->read();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, QByteArray("finished"));
        QCOMPARE(response->header("Connection").toLower(), QByteArray("close"));
        QVERIFY(idle->waitClosedByPeer(5000));
        server->stop(); // idempotent

        auto refused = std::make_unique<RawHttpClient>(server->port(), m_ca);
        QVERIFY(!refused->connect(2000));
    }

    // A handler that never answers cannot hold stop() past its grace; a late answer is harmless.
    void stopGivesUpOnAnUnansweredRequestAfterTheGrace()
    {
        auto recorder = std::make_shared<Recorder>();
        std::shared_ptr<HttpResponder> responder;
        {
            auto server = start(config(), recorder);
            QVERIFY(server);
            auto busy = connected(server->port());
            busy->send(get("/park"));
            responder = recorder->waitParked();
            QVERIFY(responder);
            const auto before = std::chrono::steady_clock::now();
            server->stop(300ms);
            QVERIFY(std::chrono::steady_clock::now() - before < 5s);
            QVERIFY(busy->waitClosedByPeer(5000));
        }
        responder->send(text(200, "too late")); // server gone: dropped, no crash
        responder.reset();
    }

    // R-3.9: the plain listener exists only when configured, only on loopback, and
    // passes only the health and metrics paths.
    void plainListenerServesHealthOnlyAndOnlyOnLoopback()
    {
        auto recorder = std::make_shared<Recorder>();
        {
            auto server = start(config(), recorder);
            QVERIFY(server);
            QCOMPARE(server->plainPort(), quint16(0));
        }
        HttpServerConfig c = config();
        c.plainAddress = "127.0.0.1";
        auto server = start(c, recorder);
        QVERIFY(server);
        QVERIFY(server->plainPort() != 0);
        QVERIFY(server->plainPort() != server->port());
        auto client = connected(server->plainPort(), /*tls=*/false);
        auto health = client->request(get("/healthz"));
        QVERIFY(health);
        QCOMPARE(health->status, 200);
        QVERIFY(!recorder->last().secure);
        auto other = client->request(get("/v1/pull"));
        QVERIFY(other);
        QCOMPARE(other->status, 404);
        QCOMPARE(errorCode(*other), QByteArray("not_found"));
        QCOMPARE(recorder->seen.size(), 1u);

        for (const char *address : {"0.0.0.0", "::", "192.0.2.1"}) {
            HttpServerConfig open = config();
            open.plainAddress = address;
            std::string error;
            auto refused = HttpServer::start(open, makeHandler(recorder), &error);
            QVERIFY(!refused);
            QVERIFY2(error.find("loopback") != std::string::npos, error.c_str());
        }
    }

    // R-3.1: no certificate or key, no server; the error names the file and why.
    void missingOrWrongTlsFilesRefuseToStart()
    {
        auto recorder = std::make_shared<Recorder>();
        const std::string missing = m_dir.path().toStdString() + "/nowhere.crt";
        struct Case
        {
            std::string cert, key, expected1, expected2;
        };
        const Case cases[] = {
            {missing, m_certs.serverKey, missing, "No such file"},
            {m_certs.serverCert, missing, missing, "No such file"},
            {"", m_certs.serverKey, "certificate", "R-3.1"},
            {m_certs.serverKey, m_certs.serverKey, m_certs.serverKey, "certificate"},
            {m_certs.serverCert, m_certs.otherCaServerKey, m_certs.otherCaServerKey, "does not belong"},
        };
        for (const Case &test : cases) {
            HttpServerConfig c = config();
            c.certificateChainFile = test.cert;
            c.privateKeyFile = test.key;
            std::string error;
            auto server = HttpServer::start(c, makeHandler(recorder), &error);
            QVERIFY(!server);
            QVERIFY2(error.find(test.expected1) != std::string::npos, error.c_str());
            QVERIFY2(error.find(test.expected2) != std::string::npos, error.c_str());
        }
    }

    // Decision 0006 (CRLF finding): no response header line carries CR or LF,
    // client text never reaches a header, the request id is always the server's.
    void noResponseHeaderContainsCrOrLf()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        const QByteArray requests[] = {
            get("/inject"),
            get("/echo%0D%0ASet-Cookie:%20x=1?q=%0d%0a", "Retailos-Request-Id: evil\r\nAccept-Encoding: gzip\r\n"),
            get("/nothing%0D%0AX:%20y"),
            get("/drop"),
        };
        for (const QByteArray &request : requests) {
            auto response = client->request(request);
            QVERIFY(response);
            QVERIFY(response->headerBlock.endsWith("\r\n"));
            QList<QByteArray> lines = response->headerBlock.split('\n');
            lines.removeLast();
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QByteArray line = lines[i];
                QVERIFY2(line.endsWith('\r'), line.constData()); // every line ends in CRLF, nothing bare
                line.chop(1);
                QVERIFY2(!line.contains('\r') && !line.contains('\n') && !line.contains('\0'), line.constData());
            }
            QVERIFY(!response->hasHeader("Set-Cookie"));
            QVERIFY(!response->hasHeader("X"));
            QVERIFY(isUuidV4(response->header("Retailos-Request-Id")));
            QVERIFY(!response->headerBlock.contains("evil"));
        }
        auto injected = client->request(get("/inject"));
        QVERIFY(injected);
        QCOMPARE(injected->header("X-Fine"), QByteArray("fine"));
        QVERIFY(!injected->hasHeader("X-Evil"));
    }

    void malformedRequestAnswers400()
    {
        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        auto response = client->request("GARBAGE\r\n\r\n");
        QVERIFY(response);
        QCOMPARE(response->status, 400);
        QCOMPARE(errorCode(*response), QByteArray("bad_request"));
        QVERIFY(recorder->seen.empty());
    }

    // One structured access-log line per request, without the query (it may hold secrets).
    void accessLogHasOneLinePerRequestWithoutTheQuery()
    {
        const QString logFile = m_dir.filePath(QStringLiteral("access.log"));
        retailos::log::LogConfig logConfig;
        logConfig.file = logFile;
        logConfig.console = false;
        QVERIFY(retailos::log::init(logConfig));
        struct ShutdownLog { ~ShutdownLog() { retailos::log::shutdown(); } } shutdownLog;

        auto recorder = std::make_shared<Recorder>();
        auto server = start(config(), recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        auto response = client->request(get("/echo?token=s3cret-value"));
        QVERIFY(response);
        const QByteArray id = response->header("Retailos-Request-Id");
        server->stop();
        retailos::log::flush();

        QFile file(logFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray log = file.readAll();
        QVERIFY(!log.contains("s3cret-value"));
        const QList<QByteArray> lines = log.split('\n');
        const QByteArray idField = QByteArray("request_id=").append(id);
        const auto line = std::ranges::find_if(lines, [&](const QByteArray &l) { return l.contains(idField); });
        QVERIFY2(line != lines.end(), log.constData());
        for (const char *part : {"method=GET", "path=/echo ", "status=200", "bytes=", "ms=", "peer=127.0.0.1"})
            QVERIFY2(line->contains(part), line->constData());
    }

    // The metrics hook sees every response, the HTTP layer's own errors included.
    void onResponseHookSeesEveryResponse()
    {
        auto recorder = std::make_shared<Recorder>();
        struct Seen { std::mutex mutex; std::vector<std::pair<std::string, int>> statuses; };
        auto seen = std::make_shared<Seen>();
        HttpServerConfig c = config();
        c.onResponse = [seen](const HttpRequest &request, int status, std::chrono::microseconds) {
            std::lock_guard lock(seen->mutex);
            seen->statuses.emplace_back(request.path, status);
        };
        auto server = start(c, recorder);
        QVERIFY(server);
        auto client = connected(server->port());
        QVERIFY(client->request(get("/echo")));
        QVERIFY(client->request(get("/drop")));
        QVERIFY(client->request(get("/echo", "X-Filler: " + QByteArray(16 * 1024, 'a') + "\r\n")));
        QVERIFY(eventually([&] {
            std::lock_guard lock(seen->mutex);
            return seen->statuses.size() == 3;
        }));
        std::lock_guard lock(seen->mutex);
        QCOMPARE(seen->statuses[0], std::make_pair(std::string("/echo"), 200));
        QCOMPARE(seen->statuses[1], std::make_pair(std::string("/drop"), 500));
        QCOMPARE(seen->statuses[2].second, 431);
    }
};

QTEST_GUILESS_MAIN(HttpServerTest)
#include "tst_http_server.moc"
