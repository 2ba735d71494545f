// A Toledo scale end to end: the real serial transport (9600 7E1) and
// ScaleDevice asking the scale simulator on a pseudo terminal. What the
// cashier notices: the weight in grams, "in motion", "over capacity",
// "under zero", a weight that settles, and a scale that is off shown
// offline within a bounded time instead of a hanging lane.
#include "drivers/scale/scale_device.h"
#include "drivers/simulator/pty_port.h"
#include "drivers/simulator/scale_simulator.h"
#include "drivers/transport/serial_transport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace retailos;
using namespace retailos::drivers;

Q_DECLARE_METATYPE(retailos::drivers::ScaleState)

namespace {
SerialSettings scaleLine(const QString &path)
{
    return SerialSettings { path, 9600, 7, 'E', 1, false };
}

ScaleReading readingAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<ScaleReading>();
}
} // namespace

class tst_SerialScale : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void weighs_data();
    void weighs();
    void waitForStableAsksAgainUntilSettled();
    void waitForStableGivesUpOnAWeightThatNeverSettles();
    void silentScaleIsOfflineWithinBoundedTime();
    void scaleSwitchedOnAgainAnswers();
    void unpluggedScaleIsOffline();
    void unreadableAnswerFailsClearly();
    void releasedAndClaimedAgainStillWeighs();
    void needsClaimAndClaimIsExclusive();

private:
    std::unique_ptr<ScaleDevice> makeScale(ScaleOptions options = {});

    std::unique_ptr<sim::ScaleSimulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pty; // the lane opens a name of its own (like /dev/serial/by-id/...) pointing here
};

void tst_SerialScale::init()
{
    m_sim = std::make_unique<sim::ScaleSimulator>();
    auto pty = m_sim->openPty();
    if (!pty)
        QFAIL(qPrintable(u"no pseudo terminal on this machine: "_qs + pty.error().message));
    // A name of this test's own: a pty number freed by one test process is
    // soon another's, and the device claim is keyed by the name.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_pty = m_dir->filePath(u"scale"_qs);
    QVERIFY(QFile::link(*pty, m_pty));
}

void tst_SerialScale::cleanup()
{
    m_sim.reset();
    m_dir.reset();
}

std::unique_ptr<ScaleDevice> tst_SerialScale::makeScale(ScaleOptions options)
{
    return std::make_unique<ScaleDevice>(u"scale"_qs, std::make_unique<SerialTransport>(scaleLine(m_pty)), options);
}

void tst_SerialScale::weighs_data()
{
    QTest::addColumn<int>("grams");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<ScaleState>("state");
    QTest::addColumn<int>("expectedGrams");

    QTest::newRow("apples 1234 g") << 1234 << QString() << ScaleState::Stable << 1234;
    QTest::newRow("5 g") << 5 << QString() << ScaleState::Stable << 5;
    QTest::newRow("12.5 kg") << 12500 << QString() << ScaleState::Stable << 12500;
    QTest::newRow("empty platter") << 0 << QString() << ScaleState::Zero << 0;
    QTest::newRow("in motion") << 800 << u"motion"_qs << ScaleState::Motion << 0;
    QTest::newRow("over capacity") << 40000 << u"over"_qs << ScaleState::OverCapacity << 0;
    QTest::newRow("under zero") << 0 << u"under"_qs << ScaleState::UnderZero << 0;
}

void tst_SerialScale::weighs()
{
    QFETCH(int, grams);
    QFETCH(QString, fault);
    QFETCH(ScaleState, state);
    QFETCH(int, expectedGrams);
    m_sim->setWeightGrams(grams);
    m_sim->setMotion(fault == u"motion");
    m_sim->setOverCapacity(fault == u"over");
    m_sim->setUnderZero(fault == u"under");

    auto scale = makeScale();
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(weighed.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(readingAt(weighed, 0).state, state);
    QCOMPARE(readingAt(weighed, 0).grams, expectedGrams);
    QCOMPARE(scale->status().state, DeviceState::Online);
    QCOMPARE(m_sim->requestCount(), 1);
}

void tst_SerialScale::waitForStableAsksAgainUntilSettled()
{
    m_sim->setWeightGrams(1500);
    m_sim->setMotion(true);
    // The item settles after the third request.
    connect(m_sim.get(), &sim::ScaleSimulator::requestAnswered, m_sim.get(), [this] {
        if (m_sim->requestCount() == 3)
            m_sim->setMotion(false);
    });
    auto scale = makeScale({ 500, 1000, 20 });
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QVERIFY(scale->waitForStable(5000));
    QTRY_COMPARE(weighed.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(readingAt(weighed, 0), (ScaleReading { ScaleState::Stable, 1500 }));
    QCOMPARE(m_sim->requestCount(), 4); // three in motion, then the settled weight
}

void tst_SerialScale::waitForStableGivesUpOnAWeightThatNeverSettles()
{
    m_sim->setWeightGrams(1500);
    m_sim->setMotion(true);
    auto scale = makeScale({ 500, 1000, 20 });
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QVERIFY(scale->waitForStable(300));
    QTRY_COMPARE(weighed.count() + failed.count(), 1);
    QCOMPARE(weighed.count(), 0); // never a moving weight sold as if settled
    QVERIFY2(failed.at(0).at(0).toString().contains(u"settle"_qs), qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(m_sim->requestCount() >= 2);
}

void tst_SerialScale::silentScaleIsOfflineWithinBoundedTime()
{
    m_sim->setAnswering(false); // switched off, or set to another protocol
    auto scale = makeScale({ 300, 1000, 20 });
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QSignalSpy status(scale.get(), &ScaleDevice::statusChanged);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(failed.count(), 1); // QTRY's 5 s bound: far more than the 300 ms answer timeout
    QCOMPARE(weighed.count(), 0);
    QCOMPARE(scale->status().state, DeviceState::Offline);
    QVERIFY2(scale->status().message.contains(m_pty) && scale->status().message.contains(u"does not answer"_qs),
        qPrintable(scale->status().message));
    QVERIFY(!status.isEmpty());
}

void tst_SerialScale::scaleSwitchedOnAgainAnswers()
{
    m_sim->setAnswering(false);
    m_sim->setWeightGrams(321);
    auto scale = makeScale({ 300, 1000, 20 });
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(scale->status().state, DeviceState::Offline);
    m_sim->setAnswering(true);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(weighed.count(), 1);
    QCOMPARE(readingAt(weighed, 0), (ScaleReading { ScaleState::Stable, 321 }));
    QCOMPARE(scale->status().state, DeviceState::Online);
}

void tst_SerialScale::unpluggedScaleIsOffline()
{
    m_sim->setWeightGrams(500);
    auto scale = makeScale({ 300, 1000, 20 });
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(weighed.count(), 1);
    m_sim->closePty(); // the USB-serial adapter is pulled out
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(weighed.count(), 1); // no stale weight handed out
    QCOMPARE(scale->status().state, DeviceState::Offline);
    // Said as unplugged, not as a scale that is switched off.
    QVERIFY2(scale->status().message.contains(m_pty) && scale->status().message.contains(u"disconnected"_qs),
        qPrintable(scale->status().message));
}

void tst_SerialScale::unreadableAnswerFailsClearly()
{
    m_sim->setRawReply(QByteArray("\x02"
                                  "1LB 2.5OZ\r")); // set to pounds-ounces
    auto scale = makeScale();
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(weighed.count(), 0);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(u"8217"_qs) && message.contains(u"kilograms"_qs), qPrintable(message));
    QCOMPARE(scale->status().state, DeviceState::Online); // it answers: the link is fine, the setting is not
    m_sim->setRawReply({});
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(weighed.count(), 1); // the next answer is read normally
}

void tst_SerialScale::releasedAndClaimedAgainStillWeighs()
{
    m_sim->setWeightGrams(700);
    // 7E1 opened twice on one pty: the transport takes a pty's fixed
    // framing, as a real port takes 7E1 every time.
    auto scale = makeScale();
    QVERIFY(scale->claim());
    QSignalSpy weighed(scale.get(), &ScaleDevice::weighed);
    QSignalSpy failed(scale.get(), &ScaleDevice::weighFailed);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(weighed.count(), 1);
    scale->release(); // closes the line
    QVERIFY(scale->claim());
    m_sim->setWeightGrams(900);
    QVERIFY(scale->requestWeight());
    QTRY_COMPARE(weighed.count() + failed.count(), 2);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(weighed.at(1).at(0).value<ScaleReading>(), (ScaleReading { ScaleState::Stable, 900 }));
}

void tst_SerialScale::needsClaimAndClaimIsExclusive()
{
    auto scale = makeScale();
    const auto unclaimed = scale->requestWeight();
    QVERIFY(!unclaimed);
    QCOMPARE(unclaimed.error().code, u"device.not_claimed"_qs);
    QVERIFY(scale->claim());
    auto other = makeScale();
    const auto busy = other->claim();
    QVERIFY(!busy);
    QCOMPARE(busy.error().code, u"device.busy"_qs);
    QVERIFY2(busy.error().message.contains(u"in use"_qs), qPrintable(busy.error().message));
    scale->release();
    QVERIFY(other->claim());
}

QTEST_GUILESS_MAIN(tst_SerialScale)
#include "tst_serial_scale.moc"
