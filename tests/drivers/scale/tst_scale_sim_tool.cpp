// retailos-scale-sim as a developer or the demo uses it: started as a
// program, weights and faults typed on stdin, asked by the lane's real
// ScaleDevice over the pty it prints.
#include "drivers/scale/scale_device.h"
#include "drivers/transport/serial_transport.h"
#include "tests/support/sim_tool_process.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;
using retailos::test::SimToolProcess;

class tst_ScaleSimTool : public QObject
{
    Q_OBJECT

private slots:
    void weighsWhatStdinPutsOnThePlatter();
    void refusesBadOptions();
};

void tst_ScaleSimTool::weighsWhatStdinPutsOnThePlatter()
{
    // Its lines keep the event loop turning (the device's answers are queued signals).
    SimToolProcess tool(QStringLiteral(RETAILOS_SCALE_SIM_BIN), {});
    QVERIFY(tool.started());
    const QString pty = tool.ready(u"pty"_qs).toString();
    QVERIFY2(pty.startsWith(u"/dev/"_qs), qPrintable(pty));
    // The claim is keyed by the name the lane opens; a name of this test's
    // own, since pty numbers are reused between test processes.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString line = dir.filePath(u"scale"_qs);
    QVERIFY(QFile::link(pty, line));

    ScaleDevice scale(u"scale"_qs, std::make_unique<SerialTransport>(SerialSettings { line, 9600, 7, 'E', 1, false }),
        { 1000, 1000, 50 });
    QVERIFY(scale.claim());
    QSignalSpy weighed(&scale, &ScaleDevice::weighed);
    QSignalSpy failed(&scale, &ScaleDevice::weighFailed);

    QVERIFY(tool.send("weight 1234"));
    QCOMPARE(tool.nextLine().value(u"grams"_qs).toInt(), 1234);
    QVERIFY(scale.requestWeight());
    const QJsonObject answered = tool.nextLine();
    QCOMPARE(answered.value(u"request"_qs).toInt(), 1);
    QCOMPARE(answered.value(u"reply"_qs).toString(), u"<STX>01.234<CR>"_qs);
    QTRY_COMPARE(weighed.count(), 1);
    QCOMPARE(weighed.at(0).at(0).value<ScaleReading>(), (ScaleReading { ScaleState::Stable, 1234 }));

    const QList<std::pair<QByteArray, ScaleState>> faults {
        { "motion", ScaleState::Motion },
        { "stable", ScaleState::Stable },
        { "over", ScaleState::OverCapacity },
        { "under", ScaleState::UnderZero },
        { "weight 0", ScaleState::Zero },
    };
    for (const auto &[command, state] : faults) {
        QVERIFY(tool.send(command));
        QVERIFY(tool.nextLine().contains(u"set"_qs));
        const qsizetype before = weighed.count();
        QVERIFY(scale.requestWeight());
        QVERIFY(tool.nextLine().contains(u"request"_qs));
        QTRY_COMPARE(weighed.count(), before + 1);
        QCOMPARE(weighed.last().at(0).value<ScaleReading>().state, state);
    }
    QCOMPARE(failed.count(), 0);

    QVERIFY(tool.send("heavier please"));
    QVERIFY(tool.nextLine().contains(u"error"_qs));

    tool.endInput(); // end of stdin ends the tool
    QCOMPARE(tool.howItEnded(), u"exit code 0"_qs);
    const QJsonObject stopped = tool.lastLine();
    QCOMPARE(stopped.value(u"stopped"_qs).toBool(), true);
    QCOMPARE(stopped.value(u"requests"_qs).toInt(), 6);
}

void tst_ScaleSimTool::refusesBadOptions()
{
    SimToolProcess tool(QStringLiteral(RETAILOS_SCALE_SIM_BIN), { u"--weight"_qs, u"heavy"_qs });
    QCOMPARE(tool.howItEnded(), u"exit code 2"_qs);
    QVERIFY(tool.errorOutput().contains("--weight"));
}

QTEST_GUILESS_MAIN(tst_ScaleSimTool)
#include "tst_scale_sim_tool.moc"
