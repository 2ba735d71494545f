// retailos-scanner-sim as a developer or the demo uses it: started as a
// program, codes and faults typed on stdin, read by the lane's real serial
// scanner reader from the pty it prints.
#include "drivers/scanner/serial_scan_reader.h"
#include "drivers/transport/serial_transport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

namespace {

QJsonObject nextLine(QProcess &tool)
{
    QElapsedTimer clock;
    clock.start();
    while (!tool.canReadLine() && clock.elapsed() < 10000)
        tool.waitForReadyRead(100);
    return QJsonDocument::fromJson(tool.readLine()).object();
}

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
    QProcess tool;
    tool.start(QStringLiteral(RETAILOS_SCANNER_SIM_BIN), { u"--aim"_qs, u"--crlf"_qs, u"--delay-ms"_qs, u"1"_qs });
    QVERIFY(tool.waitForStarted(10000));
    const QString pty = nextLine(tool).value(u"pty"_qs).toString();
    QVERIFY2(pty.startsWith(u"/dev/"_qs), qPrintable(pty));

    SerialScanReader reader(std::make_unique<SerialTransport>(SerialSettings { pty }));
    QVERIFY(reader.open(1000));

    tool.write("4006381333931\n");
    const QJsonObject scanned = nextLine(tool);
    QCOMPARE(scanned.value(u"scanned"_qs).toString(), u"4006381333931"_qs);
    QCOMPARE(scanned.value(u"aim"_qs).toString(), u"]E0"_qs);
    QCOMPARE(nextScan(reader), u"]E04006381333931"_qs);

    tool.write("garbage\n");
    QVERIFY(nextLine(tool).contains(u"garbage"_qs));
    QCOMPARE(nextScan(reader), u"!scanner.garbage"_qs);

    tool.write("half 96385074\n");
    QCOMPARE(nextLine(tool).value(u"half"_qs).toString(), u"96385074"_qs);
    QCOMPARE(nextScan(reader), u"!scanner.incomplete"_qs);

    tool.write("double 96385074\n"); // the reader frames; the device would drop the second
    QCOMPARE(nextLine(tool).value(u"double"_qs).toString(), u"96385074"_qs);
    QCOMPARE(nextScan(reader), u"]E496385074"_qs);
    QCOMPARE(nextScan(reader), u"]E496385074"_qs);

    tool.write("what is this\n");
    QVERIFY(nextLine(tool).value(u"error"_qs).toString().contains(u"what is this"_qs));

    tool.closeWriteChannel(); // end of stdin ends the tool
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);
    const QList<QByteArray> rest = tool.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(QJsonDocument::fromJson(rest.last()).object().value(u"stopped"_qs).toBool(), true);
    // Unplugged: the reader says so instead of waiting forever.
    QCOMPARE(nextScan(reader), u"!scanner.gone"_qs);
}

void tst_ScannerSimTool::endsOnSigterm()
{
    QProcess tool;
    tool.start(QStringLiteral(RETAILOS_SCANNER_SIM_BIN), {});
    QVERIFY(tool.waitForStarted(10000));
    QVERIFY(nextLine(tool).contains(u"pty"_qs));
    tool.terminate();
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);
}

void tst_ScannerSimTool::refusesBadOptions()
{
    QProcess tool;
    tool.start(QStringLiteral(RETAILOS_SCANNER_SIM_BIN), { u"--delay-ms"_qs, u"soon"_qs });
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitCode(), 2);
    QVERIFY(tool.readAllStandardError().contains("--delay-ms"));
}

QTEST_GUILESS_MAIN(tst_ScannerSimTool)
#include "tst_scanner_sim_tool.moc"
