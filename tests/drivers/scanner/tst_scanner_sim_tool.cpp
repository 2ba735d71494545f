// retailos-scanner-sim as a developer or the demo uses it: started as a
// program, codes and faults typed on stdin, read by the lane's real serial
// scanner reader from the pty it prints.
#include "drivers/scanner/serial_scan_reader.h"
#include "drivers/transport/serial_transport.h"
#include "tests/support/sim_tool_process.h"

#include <QElapsedTimer>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;
using retailos::test::SimToolProcess;

namespace {

// The next thing the reader delivers within 5 s: a code, "!error.code", or "" for nothing.
QString nextScan(SerialScanReader &reader)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        auto next = reader.next(100);
        if (!next)
            return u"!"_qs + next.error().code;
        if (*next)
            return **next;
    }
    return {};
}

} // namespace

class tst_ScannerSimTool : public QObject
{
    Q_OBJECT

private slots:
    void scansAndFaultsFromStdin();
    void endsOnSigterm();
    void refusesBadOptions();
};

void tst_ScannerSimTool::scansAndFaultsFromStdin()
{
    SimToolProcess tool(
        QStringLiteral(RETAILOS_SCANNER_SIM_BIN), { u"--aim"_qs, u"--crlf"_qs, u"--delay-ms"_qs, u"1"_qs });
    QVERIFY(tool.started());
    const QString pty = tool.ready(u"pty"_qs).toString();
    QVERIFY2(pty.startsWith(u"/dev/"_qs), qPrintable(pty));

    SerialScanReader reader(std::make_unique<SerialTransport>(SerialSettings { pty }));
    QVERIFY(reader.open(1000));

    QVERIFY(tool.send("4006381333931"));
    const QJsonObject scanned = tool.nextLine();
    QCOMPARE(scanned.value(u"scanned"_qs).toString(), u"4006381333931"_qs);
    QCOMPARE(scanned.value(u"aim"_qs).toString(), u"]E0"_qs);
    QCOMPARE(nextScan(reader), u"]E04006381333931"_qs);

    QVERIFY(tool.send("garbage"));
    QVERIFY(tool.nextLine().contains(u"garbage"_qs));
    QCOMPARE(nextScan(reader), u"!scanner.garbage"_qs);

    QVERIFY(tool.send("half 96385074"));
    QCOMPARE(tool.nextLine().value(u"half"_qs).toString(), u"96385074"_qs);
    QCOMPARE(nextScan(reader), u"!scanner.incomplete"_qs);

    QVERIFY(tool.send("double 96385074")); // the reader frames; the device would drop the second
    QCOMPARE(tool.nextLine().value(u"double"_qs).toString(), u"96385074"_qs);
    QCOMPARE(nextScan(reader), u"]E496385074"_qs);
    QCOMPARE(nextScan(reader), u"]E496385074"_qs);

    QVERIFY(tool.send("what is this"));
    QVERIFY(tool.nextLine().value(u"error"_qs).toString().contains(u"what is this"_qs));

    tool.endInput(); // end of stdin ends the tool
    QCOMPARE(tool.howItEnded(), u"exit code 0"_qs);
    QCOMPARE(tool.lastLine().value(u"stopped"_qs).toBool(), true);
    // Unplugged: the reader says so instead of waiting forever.
    QCOMPARE(nextScan(reader), u"!scanner.gone"_qs);
}

void tst_ScannerSimTool::endsOnSigterm()
{
    SimToolProcess tool(QStringLiteral(RETAILOS_SCANNER_SIM_BIN), {});
    QVERIFY(tool.started());
    QVERIFY(!tool.ready(u"pty"_qs).isUndefined());
    tool.terminate();
    QCOMPARE(tool.howItEnded(), u"exit code 0"_qs);
}

void tst_ScannerSimTool::refusesBadOptions()
{
    SimToolProcess tool(QStringLiteral(RETAILOS_SCANNER_SIM_BIN), { u"--delay-ms"_qs, u"soon"_qs });
    QCOMPARE(tool.howItEnded(), u"exit code 2"_qs);
    QVERIFY(tool.errorOutput().contains("--delay-ms"));
}

QTEST_GUILESS_MAIN(tst_ScannerSimTool)
#include "tst_scanner_sim_tool.moc"
