// The drawer on its own serial line against the drawer simulator on a pty:
// the real serial transport, trigger byte and status query. What a cashier
// notices: it opens, the lane sees it shut again, a stuck drawer is
// reported, the sensor's polarity is honoured, an unplugged drawer fails at
// once instead of hanging the till.
#include "drivers/drawer/serial_drawer.h"
#include "drivers/simulator/drawer_simulator.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;

class tst_SerialDrawer : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void opensOnTheTriggerAndClosesByItself();
    void stuckDrawerIsNotClosedInTime();
    void sensorPolarity_data();
    void sensorPolarity();
    void withoutStatusQueryTheStateIsUnknown();
    void portVanishedFailsWithoutHanging();
    void secondClaimIsRefused();
    void settingsAreChecked();

private:
    // A simulator and a drawer on its pty, or a skip when the machine has no ptys.
    bool start(sim::DrawerSimulatorSettings simSettings, DrawerSensor sensor = DrawerSensor::OpenWhenHigh,
        bool withStatus = true);

    std::unique_ptr<sim::DrawerSimulator> m_sim;
    std::unique_ptr<SerialDrawer> m_drawer;
};

void tst_SerialDrawer::cleanup()
{
    m_drawer.reset();
    m_sim.reset();
}

bool tst_SerialDrawer::start(sim::DrawerSimulatorSettings simSettings, DrawerSensor sensor, bool withStatus)
{
    m_drawer.reset();
    m_sim = std::make_unique<sim::DrawerSimulator>(simSettings);
    auto pty = m_sim->open();
    if (!pty) {
        qWarning("no pseudo terminal: %s", qPrintable(pty.error().message));
        return false;
    }
    SerialDrawerSettings settings;
    settings.serial.path = *pty;
    if (withStatus)
        settings.status.request = QByteArray(1, '\x05');
    settings.sensor = sensor;
    settings.timings = DrawerTimings { 50, 1500 };
    settings.ioTimeoutMs = 300;
    m_drawer = std::make_unique<SerialDrawer>(settings);
    if (auto claimed = m_drawer->claim(); !claimed) {
        qWarning("%s", qPrintable(claimed.error().message));
        return false;
    }
    return true;
}

void tst_SerialDrawer::opensOnTheTriggerAndClosesByItself()
{
    sim::DrawerSimulatorSettings simSettings;
    simSettings.closesAfterMs = 800;
    QVERIFY(start(simSettings));
    QSignalSpy simKicks(m_sim.get(), &sim::DrawerSimulator::kicked);
    QSignalSpy kicked(m_drawer.get(), &CashDrawer::kicked);
    QSignalSpy opened(m_drawer.get(), &CashDrawer::opened);
    QSignalSpy closed(m_drawer.get(), &CashDrawer::closed);
    QSignalSpy failed(m_drawer.get(), &CashDrawer::openFailed);

    m_drawer->open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(simKicks.size(), 1);
    QCOMPARE(kicked.size(), 1);
    QCOMPARE(m_drawer->state(), DrawerState::Open);

    m_drawer->waitUntilClosed(10000);
    QVERIFY(closed.wait(10000));
    QCOMPARE(m_drawer->state(), DrawerState::Closed);
    QVERIFY(failed.isEmpty());
}

void tst_SerialDrawer::stuckDrawerIsNotClosedInTime()
{
    QVERIFY(start({}));
    m_sim->setStuck(true);
    QSignalSpy opened(m_drawer.get(), &CashDrawer::opened);
    QSignalSpy closed(m_drawer.get(), &CashDrawer::closed);
    QSignalSpy late(m_drawer.get(), &CashDrawer::notClosedInTime);
    m_drawer->open();
    QVERIFY(opened.wait(10000));
    m_drawer->waitUntilClosed(300);
    QVERIFY(late.wait(10000));
    QVERIFY(closed.isEmpty());
    QCOMPARE(m_drawer->state(), DrawerState::Open);

    m_sim->setDrawerOpen(false); // pushed shut by hand
    m_drawer->waitUntilClosed(10000);
    QVERIFY(closed.wait(10000));
}

void tst_SerialDrawer::sensorPolarity_data()
{
    QTest::addColumn<bool>("simSensorLow");
    QTest::addColumn<DrawerSensor>("sensor");
    QTest::addColumn<DrawerState>("whenOpen");
    // Matching settings read the truth; a mismatched one reads it inverted.
    QTest::newRow("high drawer, open_high") << false << DrawerSensor::OpenWhenHigh << DrawerState::Open;
    QTest::newRow("low drawer, open_low") << true << DrawerSensor::OpenWhenLow << DrawerState::Open;
    QTest::newRow("low drawer, open_high") << true << DrawerSensor::OpenWhenHigh << DrawerState::Closed;
}

void tst_SerialDrawer::sensorPolarity()
{
    QFETCH(bool, simSensorLow);
    QFETCH(DrawerSensor, sensor);
    QFETCH(DrawerState, whenOpen);
    sim::DrawerSimulatorSettings simSettings;
    simSettings.sensorLow = simSensorLow;
    QVERIFY(start(simSettings, sensor));
    m_sim->setDrawerOpen(true);
    m_drawer->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(m_drawer->state(), whenOpen, 10000);
    m_sim->setDrawerOpen(false);
    m_drawer->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(
        m_drawer->state(), whenOpen == DrawerState::Open ? DrawerState::Closed : DrawerState::Open, 10000);
}

void tst_SerialDrawer::withoutStatusQueryTheStateIsUnknown()
{
    QVERIFY(start({}, DrawerSensor::OpenWhenHigh, false));
    QVERIFY(!m_drawer->hasSensor());
    QSignalSpy simKicks(m_sim.get(), &sim::DrawerSimulator::kicked);
    QSignalSpy kicked(m_drawer.get(), &CashDrawer::kicked);
    QSignalSpy opened(m_drawer.get(), &CashDrawer::opened);
    QSignalSpy closed(m_drawer.get(), &CashDrawer::closed);
    QSignalSpy unknown(m_drawer.get(), &CashDrawer::closeUnknown);
    m_drawer->open();
    QVERIFY(kicked.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(simKicks.size(), 1, 10000);
    m_drawer->waitUntilClosed(10000);
    QVERIFY(unknown.wait(1000));
    QVERIFY(opened.isEmpty());
    QVERIFY(closed.isEmpty());
    QCOMPARE(m_drawer->state(), DrawerState::Unknown);
}

void tst_SerialDrawer::portVanishedFailsWithoutHanging()
{
    QVERIFY(start({}));
    QSignalSpy opened(m_drawer.get(), &CashDrawer::opened);
    m_drawer->open();
    QVERIFY(opened.wait(10000));

    m_sim->close(); // the USB adapter pulled out
    QSignalSpy failed(m_drawer.get(), &CashDrawer::openFailed);
    QSignalSpy closed(m_drawer.get(), &CashDrawer::closed);
    QSignalSpy late(m_drawer.get(), &CashDrawer::notClosedInTime);
    QSignalSpy unknown(m_drawer.get(), &CashDrawer::closeUnknown);
    m_drawer->waitUntilClosed(300);
    QTRY_COMPARE_WITH_TIMEOUT(late.size() + unknown.size(), 1, 10000);
    QVERIFY(closed.isEmpty());
    QCOMPARE(m_drawer->state(), DrawerState::Unknown);

    m_drawer->open();
    QVERIFY(failed.wait(10000));
    QVERIFY2(
        failed.first().first().toString().contains(u"did not open"), qPrintable(failed.first().first().toString()));
}

void tst_SerialDrawer::secondClaimIsRefused()
{
    QVERIFY(start({}));
    SerialDrawerSettings settings;
    settings.serial.path = m_sim->path();
    SerialDrawer second(settings);
    const auto claimed = second.claim();
    QVERIFY(!claimed);
    QCOMPARE(claimed.error().code, u"device.busy"_s);
    QSignalSpy failed(&second, &CashDrawer::openFailed);
    second.open();
    QVERIFY(failed.wait(1000)); // not claimed: says so, sends nothing
}

void tst_SerialDrawer::settingsAreChecked()
{
    SerialDrawerSettings settings;
    QVERIFY(validateSerialDrawerSettings(settings));
    settings.trigger.clear();
    QCOMPARE(validateSerialDrawerSettings(settings).error().code, u"drawer.trigger"_s);
    settings.trigger = QByteArray(1, '\x07');
    settings.status.request = QByteArray(1, '\x05');
    settings.status.byteIndex = 1;
    QCOMPARE(validateSerialDrawerSettings(settings).error().code, u"drawer.status_query"_s);
    QCOMPARE(bytesFromHex(u"1b 70 00").value(), QByteArray::fromHex("1b7000"));
    QCOMPARE(bytesFromHex(u"7").error().code, u"drawer.hex"_s);
    QCOMPARE(bytesFromHex(u"zz").error().code, u"drawer.hex"_s);
    DrawerStatusQuery query { QByteArray(1, '\x05'), 2, 1, 0x04 };
    QCOMPARE(pinHighFromAnswer(query, QByteArray::fromHex("0004")).value(), true);
    QCOMPARE(pinHighFromAnswer(query, QByteArray::fromHex("ff00")).value(), false);
    QCOMPARE(pinHighFromAnswer(query, QByteArray::fromHex("04")).error().code, u"drawer.bad_answer"_s);
}

QTEST_GUILESS_MAIN(tst_SerialDrawer)
#include "tst_serial_drawer.moc"
