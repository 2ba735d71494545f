// retailos-drawer-sim, the real executable: a pty on the first line, a JSON
// line per kick and state change, status answers per polarity, commands on
// stdin, and the end of stdin ends it.
#include "drivers/transport/serial_transport.h"
#include "tests/support/sim_tool_process.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;
using retailos::test::SimToolProcess;

namespace {
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
    SimToolProcess tool(QStringLiteral(RETAILOS_DRAWER_SIM_BIN), { u"--closes-after"_s, u"0"_s });
    QVERIFY(tool.started());
    const QString pty = tool.ready(u"pty"_s).toString();
    QVERIFY2(pty.startsWith(u"/dev/"), qPrintable(pty));

    SerialTransport line(SerialSettings { pty });
    QVERIFY(line.open(1000));
    QCOMPARE(ask(line), QByteArray("0")); // closed: pin low
    QVERIFY(line.write(QByteArray(1, '\x07'), 1000));
    QCOMPARE(tool.nextLine().value(u"kick"_s).toInt(), 1);
    QCOMPARE(tool.nextLine().value(u"drawer"_s).toString(), u"open"_s);
    QCOMPARE(ask(line), QByteArray("1"));

    QVERIFY(tool.send("close"));
    QCOMPARE(tool.nextLine().value(u"drawer"_s).toString(), u"closed"_s);
    QCOMPARE(ask(line), QByteArray("0"));
    QVERIFY(tool.send("bogus"));
    QVERIFY(tool.nextLine().contains(u"error"_s));
    QVERIFY(tool.send("open"));
    QCOMPARE(tool.nextLine().value(u"drawer"_s).toString(), u"open"_s);
    line.close();

    tool.endInput(); // the end of stdin ends the tool
    QCOMPARE(tool.howItEnded(), u"exit code 0"_s);
    const QJsonObject stopped = tool.lastLine();
    QCOMPARE(stopped.value(u"stopped"_s).toBool(), true);
    QCOMPARE(stopped.value(u"kicks"_s).toInt(), 1);
}

void tst_DrawerSimTool::sensorLowAnswersInverted()
{
    SimToolProcess tool(QStringLiteral(RETAILOS_DRAWER_SIM_BIN), { u"--sensor-low"_s, u"--closes-after"_s, u"200"_s });
    QVERIFY(tool.started());
    const QString pty = tool.ready(u"pty"_s).toString();
    QVERIFY(!pty.isEmpty());
    SerialTransport line(SerialSettings { pty });
    QVERIFY(line.open(1000));
    QCOMPARE(ask(line), QByteArray("1")); // closed: pin high on this drawer
    QVERIFY(line.write(QByteArray(1, '\x07'), 1000));
    QCOMPARE(tool.nextLine().value(u"kick"_s).toInt(), 1);
    QCOMPARE(tool.nextLine().value(u"drawer"_s).toString(), u"open"_s);
    QCOMPARE(tool.nextLine().value(u"drawer"_s).toString(), u"closed"_s); // by itself
    line.close();
    tool.terminate();
    QCOMPARE(tool.howItEnded(), u"exit code 0"_s);
}

QTEST_GUILESS_MAIN(tst_DrawerSimTool)
#include "tst_drawer_sim_tool.moc"
