// The retailos-server program as an operator runs it: a config file, `init`
// for the first tenant and its admin token, `serve` printing where it listens,
// a clean stop on SIGTERM, `restore` giving every scope a new epoch (R-8.3), and
// configuration mistakes named by key.
#include "sync/client/https_client.h"
#include "sync/protocol/json.h"
#include "tests/support/test_certificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace retailos;

namespace {

const QString kServer = QStringLiteral(RETAILOS_SERVER_BIN);

QString writeConfig(const QTemporaryDir &dir, const test::TestCertificates &certs, const QJsonObject &overrides = {})
{
    QJsonObject server{{u"listen"_s, u"127.0.0.1"_s}, {u"port"_s, 0}, {u"certificate"_s, QString::fromStdString(certs.serverCert)},
                       {u"private_key"_s, QString::fromStdString(certs.serverKey)}, {u"plain_listen"_s, u"127.0.0.1"_s},
                       {u"plain_port"_s, 0}};
    QJsonObject root{{u"server"_s, server}, {u"database"_s, QJsonObject{{u"url"_s, u"server.db"_s}}},
                     {u"log"_s, QJsonObject{{u"level"_s, u"info"_s}, {u"file"_s, u"server.log"_s}}}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it) root[it.key()] = it.value();
    const QString path = dir.filePath(QStringLiteral("server.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(root).toJson());
    return path;
}

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

// The program speaks the operator's language; these checks read its English.
QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

Run run(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(englishEnvironment());
    p.start(kServer, args);
    p.waitForFinished(60000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class tst_ServerProgram : public QObject
{
    Q_OBJECT

private slots:
    void initServeAndStopCleanly()
    {
        QTemporaryDir dir;
        auto certs = test::makeTestCertificates(dir.path().toStdString());
        QVERIFY2(certs, certs.error().c_str());
        const QString config = writeConfig(dir, *certs);

        const Run init = run({QStringLiteral("init"), QStringLiteral("--config"), config, QStringLiteral("--tenant"), QStringLiteral("Demo chain")});
        QCOMPARE(init.exitCode, 0);
        const QJsonObject created = QJsonDocument::fromJson(init.out).object();
        QVERIFY(created.value(u"admin_token"_s).toString().startsWith(u"rta1."));
        QVERIFY(!created.value(u"tenant_id"_s).toString().isEmpty());

        QProcess serve;
        serve.start(kServer, {QStringLiteral("serve"), QStringLiteral("--config"), config});
        QVERIFY(serve.waitForReadyRead(30000));
        const QJsonObject listening = QJsonDocument::fromJson(serve.readLine()).object();
        const int port = listening.value(u"listening"_s).toInt();
        QVERIFY(port > 0);
        QVERIFY(listening.value(u"plain_port"_s).toInt() > 0);

        sync::HttpsClientConfig c;
        c.baseUrl = "https://127.0.0.1:" + std::to_string(port);
        c.caFile = certs->caCert;
        sync::HttpsClient client(c);
        const auto health = client.request("GET", "/healthz");
        QVERIFY2(health, health ? "" : health.error().message.c_str());
        QCOMPARE(health->status, 200);
        // The token from init works on the admin API.
        const auto stores = client.request("POST", "/v1/admin/stores",
                                           R"({"store_id":"store-1","name":"First","currency":"EUR","time_zone":"Europe/Berlin"})",
                                           {"Content-Type: application/json",
                                            "Authorization: Bearer " + created.value(u"admin_token"_s).toString().toStdString()});
        QVERIFY(stores);
        QCOMPARE(stores->status, 201);

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QFile log(dir.filePath(QStringLiteral("server.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("listening on 127.0.0.1"));
        QVERIFY(logText.contains("stopped"));

        // After a database restore the operator runs `restore`: every scope gets a new epoch.
        const Run restore = run({QStringLiteral("restore"), QStringLiteral("--config"), config});
        QCOMPARE(restore.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(restore.out).object().value(u"scopes_reset"_s).toInt() >= 3);
    }

    void configurationMistakesAreNamed_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key") << QJsonObject{{u"server"_s, QJsonObject{{u"prot"_s, 1}}}} << QStringLiteral("server.prot");
        QTest::newRow("port") << QJsonObject{{u"server"_s, QJsonObject{{u"port"_s, 70000}, {u"certificate"_s, u"a"_s}, {u"private_key"_s, u"b"_s}}}}
                              << QStringLiteral("server.port");
        QTest::newRow("no TLS") << QJsonObject{{u"server"_s, QJsonObject{{u"port"_s, 0}}}} << QStringLiteral("server.certificate");
        QTest::newRow("no database") << QJsonObject{{u"database"_s, QJsonObject{}}} << QStringLiteral("database.url");
    }
    void configurationMistakesAreNamed()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QString, message);
        QTemporaryDir dir;
        auto certs = test::makeTestCertificates(dir.path().toStdString());
        QVERIFY(certs);
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--config"), writeConfig(dir, *certs, overrides)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void aMissingCertificateStopsTheStart()
    {
        QTemporaryDir dir;
        auto certs = test::makeTestCertificates(dir.path().toStdString());
        QVERIFY(certs);
        test::TestCertificates broken = *certs;
        broken.serverKey = dir.filePath(QStringLiteral("missing.pem")).toStdString();
        const Run r = run({QStringLiteral("serve"), QStringLiteral("--config"), writeConfig(dir, broken)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("missing.pem"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_ServerProgram)
#include "tst_server_program.moc"
