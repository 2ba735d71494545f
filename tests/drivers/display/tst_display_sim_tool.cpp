// retailos-display-sim, the real executable: a pty on the first line, then
// both lines as JSON after every change, in either command set.
#include "drivers/display/customer_display_encoder.h"
#include "drivers/transport/serial_transport.h"
#include "tests/support/sim_tool_process.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;
using retailos::test::SimToolProcess;

class tst_DisplaySimTool : public QObject
{
    Q_OBJECT

private slots:
    void showsWhatTheLaneSends_data();
    void showsWhatTheLaneSends();
    void refusesAnUnknownProtocol();
};

void tst_DisplaySimTool::showsWhatTheLaneSends_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::newRow("epson") << u"epson"_s;
    QTest::newRow("cd5220") << u"cd5220"_s;
}

void tst_DisplaySimTool::showsWhatTheLaneSends()
{
    QFETCH(QString, protocol);
    SimToolProcess tool(QStringLiteral(RETAILOS_DISPLAY_SIM_BIN), { u"--protocol"_s, protocol });
    QVERIFY(tool.started());
    const QString pty = tool.ready(u"pty"_s).toString();
    QVERIFY2(pty.startsWith(u"/dev/"), qPrintable(pty));

    const CustomerDisplayEncoder encoder(*displayProtocolFromName(protocol), CodePage::Cp437);
    SerialTransport line(SerialSettings { pty });
    QVERIFY(line.open(1000));
    QVERIFY(line.write(encoder.initialise() + encoder.screen(u"Milk 1l         1,99", u"Total          1,99"), 2000));
    // Lines may show half-written screens first; the last one is the whole screen.
    QJsonObject screen;
    for (int i = 0; i < 10 && screen.value(u"line2"_s).toString() != u"Total          1,99 "; ++i)
        screen = tool.nextLine();
    QCOMPARE(screen.value(u"line1"_s).toString(), u"Milk 1l         1,99"_s);
    QCOMPARE(screen.value(u"line2"_s).toString(), u"Total          1,99 "_s);
    line.close();

    tool.terminate();
    QCOMPARE(tool.howItEnded(), u"exit code 0"_s);
}

void tst_DisplaySimTool::refusesAnUnknownProtocol()
{
    SimToolProcess tool(QStringLiteral(RETAILOS_DISPLAY_SIM_BIN), { u"--protocol"_s, u"vfd"_s });
    QCOMPARE(tool.howItEnded(), u"exit code 2"_s);
    QVERIFY(tool.errorOutput().contains("cd5220"));
}

QTEST_GUILESS_MAIN(tst_DisplaySimTool)
#include "tst_display_sim_tool.moc"
