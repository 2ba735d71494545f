// retailos-scale-sim as a developer or the demo uses it: started as a
// program, weights and faults typed on stdin, asked by the lane's real
// ScaleDevice over the pty it prints.
#include "drivers/scale/scale_device.h"
#include "drivers/transport/serial_transport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

namespace {

// Keeps the event loop turning (the device's answers are queued signals).
QJsonObject nextLine(QProcess &tool)
{
    QElapsedTimer clock;
    clock.start();
    while (!tool.canReadLine() && clock.elapsed() < 10000) {
        tool.waitForReadyRead(20);
        QCoreApplication::processEvents();
    }
    return QJsonDocument::fromJson(tool.readLine()).object();
}

} // namespace

class tst_ScaleSimTool : public QObject
{
    Q_OBJECT

private slots:
    void weighsWhatStdinPutsOnThePlatter();
    void refusesBadOptions();
};

void tst_ScaleSimTool::weighsWhatStdinPutsOnThePlatter()
{
    QProcess tool;
    tool.start(QStringLiteral(RETAILOS_SCALE_SIM_BIN), {});
    QVERIFY(tool.waitForStarted(10000));
    const QString pty = nextLine(tool).value(u"pty"_qs).toString();
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

    tool.write("weight 1234\n");
    QCOMPARE(nextLine(tool).value(u"grams"_qs).toInt(), 1234);
    QVERIFY(scale.requestWeight());
    const QJsonObject answered = nextLine(tool);
    QCOMPARE(answered.value(u"request"_qs).toInt(), 1);
    QCOMPARE(answered.value(u"reply"_qs).toString(), u"<STX>01.234<CR>"_qs);
    QTRY_COMPARE(weighed.count(), 1);
    QCOMPARE(weighed.at(0).at(0).value<ScaleReading>(), (ScaleReading { ScaleState::Stable, 1234 }));

    const QList<std::pair<QByteArray, ScaleState>> faults {
        { "motion\n", ScaleState::Motion },
        { "stable\n", ScaleState::Stable },
        { "over\n", ScaleState::OverCapacity },
        { "under\n", ScaleState::UnderZero },
        { "weight 0\n", ScaleState::Zero },
    };
    for (const auto &[command, state] : faults) {
        tool.write(command);
        QVERIFY(nextLine(tool).contains(u"set"_qs));
        const qsizetype before = weighed.count();
        QVERIFY(scale.requestWeight());
        QVERIFY(nextLine(tool).contains(u"request"_qs));
        QTRY_COMPARE(weighed.count(), before + 1);
        QCOMPARE(weighed.last().at(0).value<ScaleReading>().state, state);
    }
    QCOMPARE(failed.count(), 0);

    tool.write("heavier please\n");
    QVERIFY(nextLine(tool).contains(u"error"_qs));

    tool.closeWriteChannel(); // end of stdin ends the tool
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitStatus(), QProcess::NormalExit);
    QCOMPARE(tool.exitCode(), 0);
    const QList<QByteArray> rest = tool.readAllStandardOutput().trimmed().split('\n');
    const QJsonObject stopped = QJsonDocument::fromJson(rest.last()).object();
    QCOMPARE(stopped.value(u"stopped"_qs).toBool(), true);
    QCOMPARE(stopped.value(u"requests"_qs).toInt(), 6);
}

void tst_ScaleSimTool::refusesBadOptions()
{
    QProcess tool;
    tool.start(QStringLiteral(RETAILOS_SCALE_SIM_BIN), { u"--weight"_qs, u"heavy"_qs });
    QVERIFY(tool.waitForFinished(10000));
    QCOMPARE(tool.exitCode(), 2);
    QVERIFY(tool.readAllStandardError().contains("--weight"));
}

QTEST_GUILESS_MAIN(tst_ScaleSimTool)
#include "tst_scale_sim_tool.moc"
