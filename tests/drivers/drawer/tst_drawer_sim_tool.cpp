// retailos-drawer-sim, the real executable: a pty on the first line, a JSON
// line per kick and state change, status answers per polarity, commands on
// stdin, and the end of stdin ends it.
#include "drivers/transport/serial_transport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
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

QByteArray ask(SerialTransport &line)
{
    line.discardInput();
    if (!line.write(QByteArray(1, '\x05'), 1000))
        return {};
    auto answer = line.read(1, 5000);
    return answer ? *answer : QByteArray();
}
} // namespace

class tst_DrawerSimTool : public QObject
{
    Q_OBJECT

private slots:
    void kicksStatusAndCommands();
    void sensorLowAnswersInverted();
};

void tst_DrawerSimTool::kicksStatusAndCommands()
{
    QProcess tool;
    tool.start(QStringLiteral(RETAILOS_DRAWER_SIM_BIN), { u"--closes-after"_s, u"0"_s });
    QVERIFY(tool.waitForStarted(10000));
    const QString pty = nextLine(tool).value(u"pty"_s).toString();
    QVERIFY2(pty.startsWith(u"/dev/"), qPrintable(pty));

    SerialTransport line(SerialSettings { pty });
    QVERIFY(line.open(1000));
    QCOMPARE(ask(line), QByteArray("0")); // closed: pin low
    QVERIFY(line.write(QByteArray(1, '\x07'), 1000));
    QCOMPARE(nextLine(tool).value(u"kick"_s).toInt(), 1);
    QCOMPARE(nextLine(tool).value(u"drawer"_s).toString(), u"open"_s);
    QCOMPARE(ask(line), QByteArray("1"));

    tool.write("close\n");
    QCOMPARE(nextLine(tool).value(u"drawer"_s).toString(), u"closed"_s);
    QCOMPARE(ask(line), QByteArray("0"));
    tool.write("bogus\n");
    QVERIFY(nextLine(tool).contains(u"error"_s));
    tool.write("open\n");
    QCOMPARE(nextLine(tool).value(u"drawer"_s).toString(), u"open"_s);
    line.close();

    tool.closeWriteChannel(); // the end of stdin ends the tool
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);
    const QList<QByteArray> rest = tool.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject stopped = QJsonDocument::fromJson(rest.last()).object();
    QCOMPARE(stopped.value(u"stopped"_s).toBool(), true);
    QCOMPARE(stopped.value(u"kicks"_s).toInt(), 1);
}

void tst_DrawerSimTool::sensorLowAnswersInverted()
{
    QProcess tool;
    tool.start(QStringLiteral(RETAILOS_DRAWER_SIM_BIN), { u"--sensor-low"_s, u"--closes-after"_s, u"200"_s });
    QVERIFY(tool.waitForStarted(10000));
    const QString pty = nextLine(tool).value(u"pty"_s).toString();
    QVERIFY(!pty.isEmpty());
    SerialTransport line(SerialSettings { pty });
    QVERIFY(line.open(1000));
    QCOMPARE(ask(line), QByteArray("1")); // closed: pin high on this drawer
    QVERIFY(line.write(QByteArray(1, '\x07'), 1000));
    QCOMPARE(nextLine(tool).value(u"kick"_s).toInt(), 1);
    QCOMPARE(nextLine(tool).value(u"drawer"_s).toString(), u"open"_s);
    QCOMPARE(nextLine(tool).value(u"drawer"_s).toString(), u"closed"_s); // by itself
    line.close();
    tool.terminate();
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_DrawerSimTool)
#include "tst_drawer_sim_tool.moc"
