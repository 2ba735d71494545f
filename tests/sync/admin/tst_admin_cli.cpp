// End to end: the real retailos-admin binary against a real retailos-server
// (SQLite, TLS with throw-away certificates, a free loopback port), as central
// IT would use them (protocol §11, docs/admin-guide.md).
#include "sync/protocol/json.h"
#include "tests/support/sim_tool_process.h"
#include "tests/support/test_certificates.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace retailos;
using namespace retailos::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::string text(const QString &s)
{
    return s.toStdString();
}

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    QString m_config;
    QString m_tenant;
    QString m_tokenFile;
    QString m_url;
    std::unique_ptr<SimToolProcess> m_server;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(content);
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file.fileName();
    }

    static Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run run;
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            run.err = QStringLiteral("did not finish: ") + p.errorString();
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    QProcessEnvironment adminEnv() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("RETAILOS_ADMIN_TOKEN"));
        env.insert(QStringLiteral("RETAILOS_ADMIN_SERVER"), m_url);
        env.insert(QStringLiteral("RETAILOS_ADMIN_CA_FILE"), QString::fromStdString(m_certs.caCert));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        // The program speaks the operator's language; these checks read its English.
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

    Run admin(const QStringList &args, const QString &tokenFile = {})
    {
        QStringList full{QStringLiteral("--token-file"), tokenFile.isEmpty() ? m_tokenFile : tokenFile};
        full += args;
        Run run = runProgram(QStringLiteral(RETAILOS_ADMIN_BIN), full, adminEnv());
        // The secret of the token never appears in what the operator sees.
        QFile token(tokenFile.isEmpty() ? m_tokenFile : tokenFile);
        if (token.open(QIODevice::ReadOnly)) {
            const QString secret = QString::fromUtf8(token.readAll().trimmed()).section(u'.', 2);
            if (!secret.isEmpty() && (run.out.contains(secret) || run.err.contains(secret)))
                qFatal("the admin token's secret was printed");
        }
        return run;
    }

    Run server(const QStringList &args)
    {
        return runProgram(QStringLiteral(RETAILOS_SERVER_BIN), args, QProcessEnvironment::systemEnvironment());
    }

    static std::unique_ptr<sync::json::Document> json(const QString &out)
    {
        std::string why;
        auto doc = sync::json::Document::parse(out.trimmed().toStdString(), &why);
        if (!doc)
            qWarning("not JSON (%s): %s", why.c_str(), qPrintable(out));
        return doc;
    }

    QString newToken(const QString &role)
    {
        const Run made = server({QStringLiteral("admin-token"), QStringLiteral("create"), QStringLiteral("--config"), m_config,
                                 QStringLiteral("--tenant"), m_tenant, QStringLiteral("--role"), role});
        auto doc = json(made.out);
        if (made.exitCode != 0 || !doc)
            return {};
        return writeFile(role + QStringLiteral(".token"), QByteArray(doc->root().member("admin_token").toString().data()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto certs = makeTestCertificates(m_dir.path().toStdString(), {.otherCa = true});
        QVERIFY2(certs, certs ? "" : certs.error().c_str());
        m_certs = *certs;
        const QString config = QStringLiteral(R"({"server": {"listen": "127.0.0.1", "port": 0, "certificate": "%1",)"
                                              R"( "private_key": "%2"}, "database": {"url": "sqlite:%3"}, "log": {"level": "warn"}})")
                                   .arg(QString::fromStdString(m_certs.serverCert), QString::fromStdString(m_certs.serverKey),
                                        m_dir.filePath(QStringLiteral("server.db")));
        m_config = writeFile(QStringLiteral("server.json"), config.toUtf8());

        const Run init = server({QStringLiteral("init"), QStringLiteral("--config"), m_config, QStringLiteral("--tenant"),
                                 QStringLiteral("Acme Retail")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        auto doc = json(init.out);
        QVERIFY(doc);
        m_tenant = QString::fromUtf8(doc->root().member("tenant_id").toString().data());
        m_tokenFile = writeFile(QStringLiteral("admin.token"),
                                QByteArray(doc->root().member("admin_token").toString().data()) + "\n");

        m_server = std::make_unique<SimToolProcess>(QStringLiteral(RETAILOS_SERVER_BIN),
                                                    QStringList{QStringLiteral("serve"), QStringLiteral("--config"), m_config});
        QVERIFY(m_server->started());
        const int port = m_server->ready(QStringLiteral("listening")).toInt();
        QVERIFY2(port > 0, m_server->errorOutput().constData());
        m_url = QStringLiteral("https://127.0.0.1:%1").arg(port);
    }

    void cleanupTestCase()
    {
        m_server.reset();   // SIGTERM, then SIGKILL if it does not stop
    }

    void storeIsCreatedOnceThenUnchanged()   // §11 stores
    {
        const QStringList args{QStringLiteral("stores"), QStringLiteral("create"), QStringLiteral("--store"), QStringLiteral("store-007"),
                               QStringLiteral("--name"), QStringLiteral("Berlin Mitte"), QStringLiteral("--currency"),
                               QStringLiteral("EUR"), QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin")};
        const Run first = admin(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out.trimmed(), QStringLiteral("Store store-007 created (EUR, Europe/Berlin)."));
        const Run again = admin(args);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), QStringLiteral("Store store-007 unchanged: it already exists with these settings."));
    }

    void catalogueIsImportedAndReimportIsUnchanged()   // §11 catalogue and prices
    {
        const QString tax = writeFile(QStringLiteral("tax.json"), R"({"tax_rates":[{"id":"de-19","name":"VAT 19 %","rate_ppm":190000},
            {"id":"de-7","name":"VAT 7 %","rate_ppm":70000}],"tax_classes":[{"id":"standard","name":"Standard","rate_ids":["de-19"]},
            {"id":"reduced","name":"Reduced","rate_ids":["de-7"]}]})");
        const Run posted = admin({QStringLiteral("catalogue"), QStringLiteral("post"), tax});
        QVERIFY2(posted.exitCode == 0, qPrintable(posted.err));
        QCOMPARE(posted.out.trimmed(), QStringLiteral("Written: 4, unchanged: 0."));

        const QString csv = writeFile(QStringLiteral("catalogue.csv"),
            "sku,name,department,tax_class,price,currency,barcodes,plu,unit,age_limit,returnable,price_from\n"
            "M1,Nordhof Milk 1 l,dairy,reduced,1.19,EUR,4006381333931,,each,,yes,\n"
            "M1,Nordhof Milk 1 l,dairy,reduced,1.29,EUR,4006381333931,,each,,yes,2030-12-01T05:00:00Z\n"
            "W1,Bananas,produce,reduced,1.99,EUR,,4011,kg,,,\n"
            "B1,\"Lager, 6 × 330 ml\",alcohol,standard,5.49,EUR,73513537,,each,18,no,\n");
        const Run imported = admin({QStringLiteral("catalogue"), QStringLiteral("import"), csv});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("Sent 3 departments, 3 products and 4 prices from 4 rows")), qPrintable(imported.out));
        QVERIFY2(imported.out.contains(QStringLiteral("Written: 10, unchanged: 0.")), qPrintable(imported.out));

        // Again: departments, products and the scheduled price are unchanged.
        const Run again = admin({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("import"), csv});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        auto doc = json(again.out);
        QVERIFY(doc);
        QVERIFY2(doc->root().member("unchanged").toInt() >= 7, qPrintable(again.out));
        QCOMPARE(doc->root().member("products").toInt(), 3);
    }

    void recordTheServerRefusesIsNamedByItsLine()   // 422 details.index → CSV line
    {
        const QString csv = writeFile(QStringLiteral("luxury.csv"), "sku,name,department,tax_class,price\n"
                                                                   "T1,Tea,pantry,reduced,2.49\n"
                                                                   "C1,Caviar,deli,luxury,99.00\n");
        const Run run = admin({QStringLiteral("catalogue"), QStringLiteral("import"), csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("error: line 3, tax_class: ")) && run.err.contains(QStringLiteral("luxury"))
                     && run.err.contains(QStringLiteral("(invalid_value, HTTP 422, request ")),
                 qPrintable(run.err));
    }

    void badRowsAreNamedAndNothingIsSent()
    {
        const QString csv = writeFile(QStringLiteral("bad.csv"), "sku,name,department,tax_class,price\n"
                                                                "N1,New Item,dairy,reduced,1.00\n"
                                                                "N2,Other,dairy,reduced,\"1,99\"\n");
        const Run run = admin({QStringLiteral("catalogue"), QStringLiteral("import"), csv});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 3, price: bad price \"1,99\"")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("nothing was sent")));
        // N1 was not sent: a price for it is refused as an unknown product.
        const QString prices = writeFile(QStringLiteral("n1.csv"), "sku,price\nN1,1.00\n");
        const Run price = admin({QStringLiteral("prices"), QStringLiteral("schedule"), prices, QStringLiteral("--from"),
                                 QStringLiteral("2031-01-01T00:00:00Z")});
        QCOMPARE(price.exitCode, 1);
        QVERIFY2(price.err.contains(QStringLiteral("line 2, sku: ")), qPrintable(price.err));
    }

    void pricesAreScheduledAndCancelled()   // R-8.13
    {
        const QString csv = writeFile(QStringLiteral("december.csv"), "sku,price\nM1,1.39\nB1,5.99\n");
        const QStringList schedule{QStringLiteral("prices"), QStringLiteral("schedule"), csv, QStringLiteral("--from"),
                                   QStringLiteral("2031-12-01 06:00"), QStringLiteral("--time-zone"), QStringLiteral("Europe/Berlin")};
        const Run run = admin(schedule);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Scheduled 2 prices for every store (chain price) from 2031-12-01 06:00 "
                                                 "Europe/Berlin (2031-12-01 05:00 UTC).")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Written: 2, unchanged: 0.")));
        const Run again = admin(schedule);
        QVERIFY(again.out.contains(QStringLiteral("Written: 0, unchanged: 2.")));

        const QStringList cancel{QStringLiteral("prices"), QStringLiteral("cancel"), QStringLiteral("--sku"), QStringLiteral("M1"),
                                 QStringLiteral("--from"), QStringLiteral("2031-12-01 06:00"), QStringLiteral("--time-zone"),
                                 QStringLiteral("Europe/Berlin")};
        const Run cancelled = admin(cancel);
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        QVERIFY(cancelled.out.contains(QStringLiteral("Cancelled the price of M1 (chain)")));
        const Run nothing = admin(cancel);
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY(nothing.err.contains(QStringLiteral("nothing was cancelled")));
    }

    void storePriceInAnotherCurrencyIsRefusedWithItsLine()
    {
        const QString csv = writeFile(QStringLiteral("usd.csv"), "sku,price\nM1,1.49\n");
        const Run run = admin({QStringLiteral("prices"), QStringLiteral("schedule"), csv, QStringLiteral("--from"),
                               QStringLiteral("2031-01-01"), QStringLiteral("--store"), QStringLiteral("store-007"),
                               QStringLiteral("--currency"), QStringLiteral("USD")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 2, currency: ")) && run.err.contains(QStringLiteral("EUR")), qPrintable(run.err));
    }

    void terminalLifecycle()   // §4.1, R-4.5
    {
        const Run created = admin({QStringLiteral("terminals"), QStringLiteral("create"), QStringLiteral("--store"),
                                   QStringLiteral("store-007"), QStringLiteral("--lane"), QStringLiteral("lane-03"),
                                   QStringLiteral("--name"), QStringLiteral("Lane 3")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        static const QRegularExpression code(QStringLiteral("enrolment code:  [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\\n"));
        QVERIFY2(code.match(created.out).hasMatch(), qPrintable(created.out));
        static const QRegularExpression idLine(QStringLiteral("terminal: +([0-9a-f-]{36})"));
        const QString id = idLine.match(created.out).captured(1);
        QVERIFY2(!id.isEmpty(), qPrintable(created.out));

        const Run listed = admin({QStringLiteral("terminals"), QStringLiteral("list"), QStringLiteral("--store"), QStringLiteral("store-007")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QStringList rows = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows[1].startsWith(id));
        QVERIFY2(rows[1].contains(QStringLiteral("lane-03")) && rows[1].contains(QStringLiteral("pending"))
                     && rows[1].contains(QStringLiteral("never")),
                 qPrintable(rows[1]));

        const Run newCode = admin({QStringLiteral("terminals"), QStringLiteral("code"), id, QStringLiteral("--new-key")});
        QVERIFY2(newCode.exitCode == 0, qPrintable(newCode.err));
        QVERIFY(code.match(newCode.out).hasMatch());

        const Run revoked = admin({QStringLiteral("terminals"), QStringLiteral("revoke"), id, QStringLiteral("--reason"),
                                   QStringLiteral("PC stolen")});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QVERIFY(revoked.out.contains(QStringLiteral("revoked at ")));
        const Run after = admin({QStringLiteral("--json"), QStringLiteral("terminals"), QStringLiteral("list")});
        auto doc = json(after.out);
        QVERIFY(doc);
        QCOMPARE(doc->root().member("terminals")[0].member("state").toString(), std::string_view("revoked"));

        const Run unknown = admin({QStringLiteral("terminals"), QStringLiteral("revoke"),
                                   QStringLiteral("00000000-0000-4000-8000-000000000000"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("(not_found, HTTP 404")), qPrintable(unknown.err));
    }

    void salesExportOfADayWithoutSales()   // §11 sales
    {
        const QString file = m_dir.filePath(QStringLiteral("sales.csv"));
        const Run run = admin({QStringLiteral("sales"), QStringLiteral("export"), QStringLiteral("--store"), QStringLiteral("store-007"),
                               QStringLiteral("--day"), QStringLiteral("2026-11-21"), QStringLiteral("-o"), file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("0 sales of store store-007 on 2026-11-21 written to")), qPrintable(run.err));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("sale_id,store_id,lane_id,terminal_id,"));

        const QString none = m_dir.filePath(QStringLiteral("none.csv"));
        const Run unknown = admin({QStringLiteral("sales"), QStringLiteral("export"), QStringLiteral("--store"),
                                   QStringLiteral("store-999"), QStringLiteral("--day"), QStringLiteral("2026-11-21"),
                                   QStringLiteral("-o"), none});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("(not_found, HTTP 404")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(none));
    }

    void analystMayReadButNotWrite()   // R-4.10
    {
        const QString analyst = newToken(QStringLiteral("analyst"));
        QVERIFY(!analyst.isEmpty());
        QCOMPARE(admin({QStringLiteral("terminals"), QStringLiteral("list")}, analyst).exitCode, 0);
        const Run write = admin({QStringLiteral("stores"), QStringLiteral("create"), QStringLiteral("--store"), QStringLiteral("s2"),
                                 QStringLiteral("--name"), QStringLiteral("S2"), QStringLiteral("--time-zone"),
                                 QStringLiteral("Europe/Berlin")},
                                analyst);
        QCOMPARE(write.exitCode, 1);
        QVERIFY2(write.err.contains(QStringLiteral("(store_forbidden, HTTP 403")), qPrintable(write.err));
    }

    void tokensAreGivenAndTakenWithoutShowingThem()   // R-4.8
    {
        const QString file = m_dir.filePath(QStringLiteral("reporting.token"));
        const Run made = admin({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--role"), QStringLiteral("analyst"),
                                QStringLiteral("--expires-in-hours"), QStringLiteral("4"), QStringLiteral("-o"), file});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QFile token(file);
        QVERIFY(token.open(QIODevice::ReadOnly));
        const QByteArray secret = token.readAll().trimmed();
        QVERIFY(secret.startsWith("rta1."));
        QVERIFY(!made.out.contains(QString::fromLatin1(secret.split('.').value(2))));
        QCOMPARE(token.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QCOMPARE(admin({QStringLiteral("terminals"), QStringLiteral("list")}, file).exitCode, 0);

        const Run listed = admin({QStringLiteral("tokens"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QString id = QString::fromLatin1(secret.split('.').value(1));
        QVERIFY(listed.out.contains(id));
        QVERIFY(listed.out.contains(QStringLiteral("(this one)")));

        const Run revoked = admin({QStringLiteral("tokens"), QStringLiteral("revoke"), id});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        const Run refused = admin({QStringLiteral("terminals"), QStringLiteral("list")}, file);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("credential_revoked")), qPrintable(refused.err));
    }

    void refusedEventsAndFlagsAreListed()   // R-7.13, R-9.3
    {
        const Run none = admin({QStringLiteral("terminals"), QStringLiteral("events")});
        QVERIFY2(none.exitCode == 0, qPrintable(none.err));
        QCOMPARE(none.out.trimmed(), QStringLiteral("No event was refused."));
        const Run flags = admin({QStringLiteral("flags"), QStringLiteral("list")});
        QVERIFY2(flags.exitCode == 0, qPrintable(flags.err));
        QCOMPARE(flags.out.trimmed(), QStringLiteral("No open flags."));
        QCOMPARE(admin({QStringLiteral("terminals"), QStringLiteral("events"), QStringLiteral("--status"), QStringLiteral("lost")}).exitCode, 2);
    }

    void unknownTokenIsRefusedWithoutShowingIt()   // R-4.8
    {
        const QString forged = writeFile(QStringLiteral("forged.token"),
                                         "rta1.6a1b2c3d-0000-4000-8000-000000000001.Zm9yZ2VkLWZvcmdlZC1mb3JnZWQtZm9yZ2VkLWZvcmdlZC0\n");
        const Run run = admin({QStringLiteral("terminals"), QStringLiteral("list")}, forged);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("HTTP 401")), qPrintable(run.err));
    }

    void serverSignedByAnotherCaIsNotTrusted()   // R-3.2
    {
        QProcessEnvironment env = adminEnv();
        env.insert(QStringLiteral("RETAILOS_ADMIN_CA_FILE"), QString::fromStdString(m_certs.otherCaCert));
        const Run run = runProgram(QStringLiteral(RETAILOS_ADMIN_BIN),
                                   {QStringLiteral("--token-file"), m_tokenFile, QStringLiteral("terminals"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("the server's certificate is not trusted")), qPrintable(run.err));
    }

    void pinnedKeyIsCheckedAgainstTheRealServer()   // R-3.2
    {
        const Run wrong = admin({QStringLiteral("--pin"), QString::fromStdString(m_certs.otherCaServerSpkiSha256),
                                 QStringLiteral("terminals"), QStringLiteral("list")});
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QStringLiteral("does not match --pin")), qPrintable(wrong.err));
        const Run right = admin({QStringLiteral("--pin"), QString::fromStdString(m_certs.serverSpkiSha256),
                                 QStringLiteral("terminals"), QStringLiteral("list")});
        QVERIFY2(right.exitCode == 0, qPrintable(right.err));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin_cli.moc"
