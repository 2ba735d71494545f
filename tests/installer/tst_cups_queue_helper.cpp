// The installer's CUPS queue helper (installer/cups/retailos-add-receipt-queue)
// against a private cupsd on loopback: the queue it creates passes the
// lane's ESC/POS bytes to the printer unchanged, bad input is refused with a
// specific message and creates nothing, --remove deletes the queue.
#include "drivers/device/printer_device.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/transport/cups_transport.h"
#include "tests/support/private_cups.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace retailos;
using namespace retailos::drivers;
using retailos::test::PrivateCups;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(2000);
        result.err = u"did not finish"_qs;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

QString helperScript()
{
    return qEnvironmentVariable("RETAILOS_SOURCE_DIR") + u"/installer/cups/retailos-add-receipt-queue"_qs;
}

} // namespace

class tst_CupsQueueHelper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createdQueuePrintsRawBytes();
    void badInputIsRefusedAndCreatesNothing_data();
    void badInputIsRefusedAndCreatesNothing();
    void removeDeletesTheQueue();
    void socketOptionsAreKept();

private:
    bool queueExists(const QString &queue);
    Run helper(const QStringList &args) { return run(helperScript(), QStringList{u"--server"_qs, m_cups->server()} + args); }

    std::unique_ptr<PrivateCups> m_cups;
    std::unique_ptr<sim::PrinterSimulator> m_sim;
};

void tst_CupsQueueHelper::initTestCase()
{
    QVERIFY2(QFileInfo(helperScript()).isExecutable(), qPrintable(helperScript()));
    m_sim = std::make_unique<sim::PrinterSimulator>();
    QVERIFY(m_sim->listen());
    m_cups = std::make_unique<PrivateCups>();
    if (const QString why = m_cups->start(); !why.isEmpty()) {
        m_cups.reset();
        QFAIL(qPrintable(u"a private cupsd cannot run here: "_qs + why));
    }
}

void tst_CupsQueueHelper::cleanupTestCase()
{
    m_cups.reset();
    m_sim.reset();
}

bool tst_CupsQueueHelper::queueExists(const QString &queue)
{
    const Run lpstat = run(test::findTool(u"lpstat"_qs), {u"-h"_qs, m_cups->server(), u"-v"_qs, queue});
    return lpstat.exitCode == 0 && lpstat.out.contains(queue);
}

void tst_CupsQueueHelper::createdQueuePrintsRawBytes()
{
    const Run created = helper({u"-L"_qs, u"Lane 1"_qs, u"lane1-receipt"_qs,
                                u"socket://127.0.0.1:%1"_qs.arg(m_sim->port())});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err + m_cups->diagnostics()));
    // The installer is told what to put into the lane's settings.
    QVERIFY2(created.out.contains(u"\"transport\": \"cups\", \"queue\": \"lane1-receipt\""), qPrintable(created.out));
    QVERIFY(queueExists(u"lane1-receipt"_qs));

    // Bytes no filter would leave alone: ESC/POS with NULs, high bytes and a cut.
    const QByteArray bytes = QByteArray("\x1b@\x1bt\x13K\x84se \xd5 2,49\n") + QByteArray("\x1dV\x00", 3);
    PrinterDevice printer(u"cups-helper"_qs, std::make_unique<CupsTransport>(m_cups->server(), u"lane1-receipt"_qs),
                          {}, {5000, 30000, 500});
    QVERIFY(printer.claim());
    QSignalSpy done(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(bytes));
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() == 1, 40000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    QTRY_COMPARE(m_sim->totalBytesReceived(), qint64(bytes.size()));
    QTRY_COMPARE(m_sim->receipts().size(), 1);
    QCOMPARE(m_sim->receipts().first().textLines().join(u'\n'), u"Käse € 2,49"_qs);

    // Failed jobs are dropped, never printed late by CUPS.
    QTRY_VERIFY2(m_cups->printersConf().contains(u"<Printer lane1-receipt>"), qPrintable(m_cups->printersConf()));
    const QString saved = m_cups->printersConf().section(u"<Printer lane1-receipt>"_qs, 1).section(u"</Printer>"_qs, 0, 0);
    QVERIFY2(saved.contains(u"ErrorPolicy abort-job"), qPrintable(saved));
    QVERIFY2(saved.contains(u"Shared No"), qPrintable(saved));
}

void tst_CupsQueueHelper::badInputIsRefusedAndCreatesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("queue");
    QTest::addColumn<QString>("expected");
    QTest::newRow("space in name") << QStringList{u"my printer"_qs, u"socket://127.0.0.1:9100"_qs} << u"my printer"_qs
                                   << u"may hold only letters"_qs;
    QTest::newRow("slash in name") << QStringList{u"a/b"_qs, u"socket://127.0.0.1:9100"_qs} << u"a/b"_qs
                                   << u"may hold only letters"_qs;
    QTest::newRow("no uri") << QStringList{u"nouri"_qs} << u"nouri"_qs << u"device URI is missing"_qs;
    QTest::newRow("http uri") << QStringList{u"web"_qs, u"http://printer/"_qs} << u"web"_qs
                              << u"is not socket://"_qs;
    QTest::newRow("port not a number") << QStringList{u"badport"_qs, u"socket://127.0.0.1:91x0"_qs} << u"badport"_qs
                                       << u"port that is not a number"_qs;
    QTest::newRow("port too big") << QStringList{u"bigport"_qs, u"socket://127.0.0.1:70000"_qs} << u"bigport"_qs
                                  << u"outside 1-65535"_qs;
    QTest::newRow("no host") << QStringList{u"nohost"_qs, u"socket://:9100"_qs} << u"nohost"_qs << u"has no host"_qs;
    QTest::newRow("extra argument") << QStringList{u"extra"_qs, u"socket://127.0.0.1"_qs, u"more"_qs} << u"extra"_qs
                                    << u"unexpected argument 'more'"_qs;
    QTest::newRow("name like an option") << QStringList{u"--"_qs, u"-x"_qs, u"socket://127.0.0.1"_qs} << u"-x"_qs
                                         << u"must not start with '-'"_qs;
    QTest::newRow("unknown option") << QStringList{u"--colour"_qs, u"x"_qs, u"socket://127.0.0.1"_qs} << u"x"_qs
                                    << u"unknown option --colour"_qs;
}

void tst_CupsQueueHelper::badInputIsRefusedAndCreatesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, queue);
    QFETCH(QString, expected);
    const Run refused = helper(args);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(expected), qPrintable(refused.err));
    QVERIFY(!queueExists(queue));
}

void tst_CupsQueueHelper::removeDeletesTheQueue()
{
    const Run created = helper({u"to-remove"_qs, u"socket://127.0.0.1:%1"_qs.arg(m_sim->port())});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    QVERIFY(queueExists(u"to-remove"_qs));
    const Run removed = helper({u"--remove"_qs, u"to-remove"_qs});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(!queueExists(u"to-remove"_qs));
    // Removing what is not there says so and fails.
    const Run again = helper({u"--remove"_qs, u"to-remove"_qs});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"refused to delete queue 'to-remove'"), qPrintable(again.err));
}

void tst_CupsQueueHelper::socketOptionsAreKept()
{
    // Receipt printers often want the socket backend not to wait for EOF.
    const QString uri = u"socket://127.0.0.1:%1/?waiteof=false"_qs.arg(m_sim->port());
    const Run created = helper({u"waiteof"_qs, uri});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const Run lpstat = run(test::findTool(u"lpstat"_qs), {u"-h"_qs, m_cups->server(), u"-v"_qs, u"waiteof"_qs});
    QVERIFY2(lpstat.out.contains(uri), qPrintable(lpstat.out));
}

QTEST_GUILESS_MAIN(tst_CupsQueueHelper)
#include "tst_cups_queue_helper.moc"
