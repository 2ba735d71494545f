// The whole retailos-admin command line against a scripted TLS server: what
// it sends for each command, what the operator reads back, and how it behaves
// when the server refuses, redirects, is not trusted or answers nonsense.
#include "sync/admin/admin_cli.h"
#include "sync/protocol/json.h"
#include "tests/support/test_certificates.h"
#include "tests/support/tls_test_server.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace retailos;
using namespace retailos::admin;
using namespace retailos::test;

namespace {

constexpr auto kToken = "rta1.6a1b2c3d-0000-4000-8000-000000000001.c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I";
constexpr auto kSecret = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3I";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAdminCliScripted : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    QString m_tokenFile;

    bool start(TlsTestServer &server, TlsTestHandler handler)
    {
        return server.start(QString::fromStdString(m_certs.serverCert), QString::fromStdString(m_certs.serverKey),
                            std::move(handler));
    }

    Run admin(const TlsTestServer &server, QStringList args, QProcessEnvironment env = QProcessEnvironment())
    {
        QStringList full{u"retailos-admin"_qs, u"--server"_qs, server.url(), u"--ca-file"_qs,
                         QString::fromStdString(m_certs.caCert)};
        if (!env.contains(u"RETAILOS_ADMIN_TOKEN"_qs))
            full << u"--token-file"_qs << m_tokenFile;
        full += args;
        Run run;
        QTextStream out(&run.out), err(&run.err);
        run.exitCode = runAdmin(full, out, err, env);
        out.flush();
        err.flush();
        // The secret never reaches the operator's screen or a log pasted into a ticket.
        if (run.out.contains(QLatin1String(kSecret)) || run.err.contains(QLatin1String(kSecret)))
            qFatal("the admin token's secret was printed");
        return run;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(content);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto certs = makeTestCertificates(m_dir.path().toStdString(), {.otherCa = true});
        QVERIFY2(certs, certs ? "" : certs.error().c_str());
        m_certs = *certs;
        m_tokenFile = writeFile(u"token"_qs, QByteArray(kToken) + "\n");
        QFile::setPermissions(m_tokenFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void storesCreateSendsTheBodyWithTheToken()   // §11, R-4.8
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(201, R"({"store_id":"store-007","result":"created","server_time":1})");
        }));
        const Run run = admin(server, {u"stores"_qs, u"create"_qs, u"--store"_qs, u"store-007"_qs, u"--name"_qs,
                                       u"Berlin Mitte"_qs, u"--currency"_qs, u"EUR"_qs, u"--time-zone"_qs, u"Europe/Berlin"_qs});
        QCOMPARE(run.exitCode, kExitOk);
        QVERIFY2(run.out.contains(u"Store store-007 created"), qPrintable(run.out));
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].path, QByteArray("/v1/admin/stores"));
        QCOMPARE(requests[0].header("Authorization"), QByteArray("Bearer ") + kToken);
        QCOMPARE(requests[0].header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(requests[0].body,
                 QByteArray(R"({"store_id":"store-007","name":"Berlin Mitte","currency":"EUR","time_zone":"Europe/Berlin"})"));
    }

    void tokenComesFromTheEnvironmentWhenNoFileIsGiven()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, R"({"terminals":[],"server_time":1})"); }));
        QProcessEnvironment env;
        env.insert(u"RETAILOS_ADMIN_TOKEN"_qs, QString::fromLatin1(kToken));
        const Run run = admin(server, {u"terminals"_qs, u"list"_qs}, env);
        QCOMPARE(run.exitCode, kExitOk);
        QCOMPARE(server.requests().value(0).header("Authorization"), QByteArray("Bearer ") + kToken);
    }

    void missingOrMalformedTokenSendsNothing()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, "{}"); }));
        QStringList noToken{u"retailos-admin"_qs, u"--server"_qs, server.url(), u"terminals"_qs, u"list"_qs};
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(runAdmin(noToken, o, e, QProcessEnvironment()), kExitUsage);
        e.flush();
        QVERIFY2(err.contains(u"no admin token"), qPrintable(err));

        QProcessEnvironment env;
        env.insert(u"RETAILOS_ADMIN_TOKEN"_qs, u"rtt1.terminal.credential-secret-zzz"_qs);
        const Run run = admin(server, {u"terminals"_qs, u"list"_qs}, env);
        QCOMPARE(run.exitCode, kExitUsage);
        QVERIFY(!run.err.contains(u"credential-secret-zzz"));
        QVERIFY(server.requests().isEmpty());
    }

    void tokenFileOthersCanReadIsWarnedAbout()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, R"({"terminals":[]})"); }));
        const QString open = writeFile(u"open.token"_qs, QByteArray(kToken));
        QFile::setPermissions(open, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                        | QFileDevice::ReadOther);
        const Run warned = admin(server, {u"--token-file"_qs, open, u"terminals"_qs, u"list"_qs});
        QCOMPARE(warned.exitCode, kExitOk);
        QVERIFY2(warned.err.contains(u"can be read by other users; chmod 600 it"), qPrintable(warned.err));
        const Run quiet = admin(server, {u"terminals"_qs, u"list"_qs});   // the 0600 file
        QVERIFY2(!quiet.err.contains(u"chmod"), qPrintable(quiet.err));
    }

    void tokenOnTheCommandLineIsRefused()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, "{}"); }));
        const Run run = admin(server, {u"--token"_qs, u"rta1.x.y"_qs, u"terminals"_qs, u"list"_qs});
        QCOMPARE(run.exitCode, kExitUsage);
        QVERIFY(run.err.contains(u"never given on the command line"));
        QVERIFY(server.requests().isEmpty());
    }

    void catalogueWithBadRowsSendsNothing()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, R"({"written":1,"unchanged":0})"); }));
        const QString csv = writeFile(u"bad.csv"_qs, "sku,name,department,tax_class,price\n"
                                                     "M1,Milk,dairy,reduced,1.19\n"
                                                     "M2,Cream,dairy,reduced,\"0,99\"\n");
        const Run run = admin(server, {u"catalogue"_qs, u"import"_qs, csv});
        QCOMPARE(run.exitCode, kExitRefused);
        QVERIFY2(run.err.contains(u"line 3, price: bad price \"0,99\""), qPrintable(run.err));
        QVERIFY(run.err.contains(u"nothing was sent"));
        QVERIFY(server.requests().isEmpty());
    }

    void skipBadRowsSendsTheGoodOnes()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, R"({"written":1,"unchanged":0,"deleted":0})"); }));
        const QString csv = writeFile(u"bad.csv"_qs, "sku,name,department,tax_class,price\n"
                                                     "M1,Milk,dairy,reduced,1.19\n"
                                                     "M2,Cream,dairy,reduced,\"0,99\"\n");
        const Run run = admin(server, {u"catalogue"_qs, u"import"_qs, u"--skip-bad-rows"_qs, csv});
        QCOMPARE(run.exitCode, kExitOk);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 3);   // departments, products, prices
        QVERIFY(requests[1].body.contains("\"M1\""));
        QVERIFY(!requests[1].body.contains("\"M2\""));
        QVERIFY2(run.out.contains(u"Written: 3, unchanged: 0."), qPrintable(run.out));
    }

    void refusedRecordIsNamedByItsCsvLine()   // §11 422 details.index
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &request) {
            if (request.body.startsWith("{\"products\""))
                return TlsTestReply::json(422, R"({"error":{"code":"invalid_value",
                    "message":"products[1].tax_class_id names the unknown tax class luxury","request_id":"r-9",
                    "details":{"array":"products","index":1,"field":"products[1].tax_class_id"}},"server_time":1})");
            return TlsTestReply::json(200, R"({"written":1,"unchanged":0,"deleted":0,"server_time":1})");
        }));
        const QString csv = writeFile(u"tax.csv"_qs, "sku,name,department,tax_class,price\n"
                                                     "M1,Milk,dairy,reduced,1.19\n"
                                                     "L1,Caviar,deli,luxury,99.00\n");
        const Run run = admin(server, {u"catalogue"_qs, u"import"_qs, csv});
        QCOMPARE(run.exitCode, kExitRefused);
        QVERIFY2(run.err.contains(u"error: line 3, tax_class: products[1].tax_class_id names the unknown tax class luxury "
                                  u"(invalid_value, HTTP 422, request r-9)"),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Requests 1 to 1 of 3 were written"), qPrintable(run.err));
        // Prices were never sent after the products were refused.
        QCOMPARE(server.requests().size(), 2);
    }

    void jsonOutputCarriesTheErrorWithItsLine()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(422, R"({"error":{"code":"invalid_value","message":"bad","request_id":"r",
                "details":{"array":"departments","index":0,"field":"departments[0].name"}},"server_time":1})");
        }));
        const QString csv = writeFile(u"one.csv"_qs, "sku,name,department,tax_class,price\nM1,Milk,dairy,reduced,1.19\n");
        const Run run = admin(server, {u"--json"_qs, u"catalogue"_qs, u"import"_qs, csv});
        QCOMPARE(run.exitCode, kExitRefused);
        std::string why;
        auto doc = sync::json::Document::parse(run.out.trimmed().toStdString(), &why);
        QVERIFY2(doc, why.c_str());
        QCOMPARE(doc->root().member("error").member("code").toString(), std::string_view("invalid_value"));
        QCOMPARE(doc->root().member("error").member("line").toInt(), 2);
    }

    void priceScheduleSendsExactAmountsAtTheZonesMoment()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, R"({"written":2,"unchanged":0,"deleted":0})"); }));
        const QString csv = writeFile(u"prices.csv"_qs, "sku,price\nM1,0.29\nM2,4.35\n");
        const Run run = admin(server, {u"prices"_qs, u"schedule"_qs, csv, u"--from"_qs, u"2026-12-01 06:00"_qs,
                                       u"--time-zone"_qs, u"Europe/Berlin"_qs, u"--store"_qs, u"store-007"_qs});
        QCOMPARE(run.exitCode, kExitOk);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests[0].path, QByteArray("/v1/admin/prices"));
        QCOMPARE(requests[0].body,
                 QByteArray(R"({"prices":[{"sku":"M1","store_id":"store-007","amount":29,"currency":"EUR","effective_from":1796101200000,"effective_to":null},)"
                            R"({"sku":"M2","store_id":"store-007","amount":435,"currency":"EUR","effective_from":1796101200000,"effective_to":null}]})"));
        QVERIFY2(run.out.contains(u"2026-12-01 06:00 Europe/Berlin (2026-12-01 05:00 UTC)"), qPrintable(run.out));
    }

    void cancellingNothingSaysSo()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, R"({"written":0,"unchanged":0,"deleted":0})"); }));
        const Run run = admin(server, {u"prices"_qs, u"cancel"_qs, u"--sku"_qs, u"M1"_qs, u"--from"_qs, u"2026-12-01T05:00:00Z"_qs});
        QCOMPARE(run.exitCode, kExitRefused);
        QVERIFY(run.err.contains(u"nothing was cancelled"));
        QCOMPARE(server.requests().value(0).body, QByteArray(R"({"prices":[],"delete":["M1|*|1796101200000"]})"));
    }

    void terminalCreatePrintsTheGroupedCodeOnce()   // §4.1
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(201, R"({"terminal_id":"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c",
                "enrolment_code":"ABCDEFGHJKMNPQRS","code_expires_at":1795603200000,"server_time":1})");
        }));
        const Run run = admin(server, {u"terminals"_qs, u"create"_qs, u"--store"_qs, u"store-007"_qs, u"--lane"_qs,
                                       u"lane-03"_qs, u"--name"_qs, u"Lane 3"_qs});
        QCOMPARE(run.exitCode, kExitOk);
        QVERIFY2(run.out.contains(u"enrolment code:  ABCD-EFGH-JKMN-PQRS"), qPrintable(run.out));
        QVERIFY(run.out.contains(u"valid until:     2026-11-25 10:40 UTC"));
        QVERIFY(run.out.contains(u"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c"));
        QCOMPARE(server.requests().value(0).body, QByteArray(R"({"store_id":"store-007","lane_id":"lane-03","name":"Lane 3"})"));
    }

    void revokeAndNewCodeGoToTheTerminalsPath()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &request) {
            if (request.path.endsWith("/revoke"))
                return TlsTestReply::json(200, R"({"terminal_id":"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c","revoked_at":1795344000000})");
            return TlsTestReply::json(201, R"({"terminal_id":"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c","enrolment_code":"ABCD-EFGH-JKMN-PQRS","code_expires_at":1})");
        }));
        const QString id = u"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c"_qs;
        QCOMPARE(admin(server, {u"terminals"_qs, u"code"_qs, id, u"--new-key"_qs}).exitCode, kExitOk);
        const Run revoked = admin(server, {u"terminals"_qs, u"revoke"_qs, id, u"--reason"_qs, u"stolen"_qs});
        QCOMPARE(revoked.exitCode, kExitOk);
        QVERIFY(revoked.out.contains(u"revoked at 2026-11-22 10:40 UTC"));
        const auto requests = server.requests();
        QCOMPARE(requests[0].path, QByteArray("/v1/admin/terminals/5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c/enrolment-codes"));
        QCOMPARE(requests[0].body, QByteArray(R"({"new_key":true})"));
        QCOMPARE(requests[1].path, QByteArray("/v1/admin/terminals/5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c/revoke"));
        QCOMPARE(requests[1].body, QByteArray(R"({"reason":"stolen"})"));
        // Not a terminal id: refused before anything is sent.
        QCOMPARE(admin(server, {u"terminals"_qs, u"revoke"_qs, u"lane-03"_qs, u"--reason"_qs, u"x"_qs}).exitCode, kExitUsage);
        QCOMPARE(server.requests().size(), 2);
    }

    void terminalsListFiltersByStore()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(200, R"({"terminals":[{"terminal_id":"t","store_id":"store-007","lane_id":"lane-03",
                "name":"Lane 3","state":"active","last_contact_at":null,"software":null,"clock_offset_ms":null,
                "acked_through":5,"outbox_head":7,"unacked":2,"rejected_count":0,"held_count":0,"conflicts":0,
                "lag":{"global":3}}],"server_time":1})");
        }));
        const Run run = admin(server, {u"terminals"_qs, u"list"_qs, u"--store"_qs, u"store-007"_qs});
        QCOMPARE(run.exitCode, kExitOk);
        QCOMPARE(server.requests().value(0).path, QByteArray("/v1/admin/terminals?store_id=store-007"));
        QVERIFY(run.out.contains(u"lane-03"));
        QVERIFY(run.out.contains(u"global 3"));
    }

    void salesExportFollowsEveryPage()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &request) {
            if (!request.path.contains("page_token="))
                return TlsTestReply::json(200, R"({"sales":[{"sale_id":"a","currency":"EUR","total":100},
                    {"sale_id":"b","currency":"EUR","total":250}],"next_page_token":"p2","server_time":1})");
            return TlsTestReply::json(200, R"({"sales":[{"sale_id":"c","currency":"EUR","total":5}],"next_page_token":null})");
        }));
        const QString file = m_dir.filePath(u"sales.csv"_qs);
        const Run run = admin(server, {u"sales"_qs, u"export"_qs, u"--store"_qs, u"store-007"_qs, u"--day"_qs,
                                       u"2026-11-21"_qs, u"-o"_qs, file});
        QCOMPARE(run.exitCode, kExitOk);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].path, QByteArray("/v1/admin/sales?store_id=store-007&day=2026-11-21"));
        QCOMPARE(requests[1].path, QByteArray("/v1/admin/sales?store_id=store-007&day=2026-11-21&page_token=p2"));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[1].startsWith("a,") && lines[1].contains(",1.00,"));
        QVERIFY(lines[3].startsWith("c,") && lines[3].contains(",0.05,"));
    }

    void salesExportWithoutFileGoesToStandardOutput()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(200, R"({"time_zone":"Europe/Berlin","sales":[{"sale_id":"a","currency":"EUR","total":100,
                "completed_at":1795344000000}],"next_page_token":null})");
        }));
        const Run run = admin(server, {u"sales"_qs, u"export"_qs, u"--store"_qs, u"s"_qs, u"--day"_qs, u"2026-11-22"_qs});
        QCOMPARE(run.exitCode, kExitOk);
        const QStringList lines = run.out.split(u'\n');
        QCOMPARE(lines.size(), 3);   // header, one sale, and the final newline
        QVERIFY(lines[0].startsWith(u"sale_id,"));
        QVERIFY2(lines[1].startsWith(u"a,,,,,2026-11-22T10:40:00.000Z,2026-11-22T11:40:00+01:00,"), qPrintable(lines[1]));
        QVERIFY(lines[2].isEmpty());
    }

    void salesExportLeavesNoHalfFile()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &request) {
            if (!request.path.contains("page_token="))
                return TlsTestReply::json(200, R"({"sales":[{"sale_id":"a","currency":"EUR","total":100}],"next_page_token":"p2"})");
            return TlsTestReply::json(503, R"({"error":{"code":"unavailable","message":"The database is busy.","request_id":"r"},"server_time":1})");
        }));
        const QString file = m_dir.filePath(u"half.csv"_qs);
        const Run run = admin(server, {u"sales"_qs, u"export"_qs, u"--store"_qs, u"s"_qs, u"--day"_qs, u"2026-11-21"_qs,
                                       u"--output"_qs, file});
        QCOMPARE(run.exitCode, kExitRefused);
        QVERIFY(run.err.contains(u"The database is busy. (unavailable, HTTP 503"));
        QVERIFY(!QFile::exists(file));
    }

    void redirectIsNotFollowed()   // R-3.3
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) {
            return TlsTestReply::json(308, "{}", "Location: https://elsewhere.invalid/v1/admin/terminals\r\n");
        }));
        const Run run = admin(server, {u"terminals"_qs, u"list"_qs});
        QCOMPARE(run.exitCode, kExitTransport);
        QVERIFY2(run.err.contains(u"redirect") && run.err.contains(u"https://elsewhere.invalid"), qPrintable(run.err));
        QCOMPARE(server.requests().size(), 1);
    }

    void untrustedServerIsRefusedBeforeTheTokenIsSent()   // R-3.2
    {
        TlsTestServer server;
        QVERIFY(server.start(QString::fromStdString(m_certs.otherCaServerCert), QString::fromStdString(m_certs.otherCaServerKey),
                             [](const TlsTestRequest &) { return TlsTestReply::json(200, "{}"); }));
        const Run run = admin(server, {u"terminals"_qs, u"list"_qs});
        QCOMPARE(run.exitCode, kExitTransport);
        QVERIFY2(run.err.contains(u"the server's certificate is not trusted"), qPrintable(run.err));
        QVERIFY(server.requests().isEmpty());
    }

    void pinOfAnotherKeyIsRefused()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, "{}"); }));
        const Run run = admin(server, {u"--pin"_qs, QString::fromStdString(m_certs.otherCaServerSpkiSha256), u"terminals"_qs, u"list"_qs});
        QCOMPARE(run.exitCode, kExitTransport);
        QVERIFY(run.err.contains(u"does not match --pin"));
        QVERIFY(server.requests().isEmpty());
        const Run pinned = admin(server, {u"--pin"_qs, QString::fromStdString(m_certs.serverSpkiSha256), u"--json"_qs,
                                          u"terminals"_qs, u"list"_qs});
        QCOMPARE(pinned.exitCode, kExitOk);
        QCOMPARE(pinned.out.trimmed(), u"{}"_qs);
    }

    void answerThatIsNotJsonIsSaidSo()
    {
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::body(200, "text/html", "<html></html>"); }));
        const Run run = admin(server, {u"terminals"_qs, u"list"_qs});
        QCOMPARE(run.exitCode, kExitTransport);
        QVERIFY2(run.err.contains(u"not application/json"), qPrintable(run.err));
    }

    void nothingListeningIsCannotReach()
    {
        quint16 port = 0;
        {
            TlsTestServer gone;
            QVERIFY(start(gone, [](const TlsTestRequest &) { return TlsTestReply::json(200, "{}"); }));
            port = gone.port();
        }
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = runAdmin({u"retailos-admin"_qs, u"--server"_qs, u"https://127.0.0.1:%1"_qs.arg(port),
                                   u"--token-file"_qs, m_tokenFile, u"terminals"_qs, u"list"_qs}, o, e, QProcessEnvironment());
        e.flush();
        QCOMPARE(code, kExitTransport);
        QVERIFY2(err.contains(u"cannot reach the server: "), qPrintable(err));
    }

    void usageErrorsNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command") << QStringList{u"stores"_qs, u"delete"_qs} << u"unknown command \"stores delete\""_qs;
        QTest::newRow("bad currency") << QStringList{u"stores"_qs, u"create"_qs, u"--store"_qs, u"s"_qs, u"--name"_qs, u"n"_qs,
                                                     u"--currency"_qs, u"EURO"_qs, u"--time-zone"_qs, u"Europe/Berlin"_qs}
                                      << u"--currency"_qs;
        QTest::newRow("bad zone") << QStringList{u"stores"_qs, u"create"_qs, u"--store"_qs, u"s"_qs, u"--name"_qs, u"n"_qs,
                                                 u"--time-zone"_qs, u"Berlin"_qs}
                                  << u"Europe/Berlin"_qs;
        QTest::newRow("bad day") << QStringList{u"sales"_qs, u"export"_qs, u"--store"_qs, u"s"_qs, u"--day"_qs, u"21.11.2026"_qs}
                                 << u"2026-11-21"_qs;
        QTest::newRow("missing file argument") << QStringList{u"catalogue"_qs, u"import"_qs} << u"file.csv"_qs;
        QTest::newRow("unreadable file") << QStringList{u"catalogue"_qs, u"import"_qs, u"/nonexistent/x.csv"_qs}
                                         << u"cannot read /nonexistent/x.csv"_qs;
        QTest::newRow("from missing") << QStringList{u"prices"_qs, u"cancel"_qs, u"--sku"_qs, u"M1"_qs} << u"--from"_qs;
    }
    void usageErrorsNameTheProblem()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        TlsTestServer server;
        QVERIFY(start(server, [](const TlsTestRequest &) { return TlsTestReply::json(200, "{}"); }));
        const Run run = admin(server, args);
        QCOMPARE(run.exitCode, kExitUsage);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(server.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAdminCliScripted)
#include "tst_admin_cli_scripted.moc"
