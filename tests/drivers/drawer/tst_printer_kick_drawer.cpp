// The drawer on the printer's kick port, end to end: the real PrinterDevice
// over loopback TCP to the printer simulator, the real ESC/POS kick and
// status probe. What a cashier notices: the drawer opens, the lane learns
// when it is shut again, a stuck drawer is reported, a printer out of paper
// still opens the drawer, a printer that is gone fails at once.
#include "drivers/device/printer_device.h"
#include "drivers/drawer/printer_kick_drawer.h"
#include "drivers/escpos/escpos_status_probe.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/transport/file_transport.h"
#include "drivers/transport/tcp_transport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;

namespace {
DrawerTimings quickTimings()
{
    return DrawerTimings { 50, 1500 };
}
} // namespace

class tst_PrinterKickDrawer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensWithThePulseAndClosesByItself();
    void customPulseOnPinFive();
    void stuckDrawerIsNotClosedInTime();
    void sensorPolarity_data();
    void sensorPolarity();
    void paperOutStillOpensTheDrawer();
    void coverOpenOrOfflineSaysTheDrawerDidNotOpen_data();
    void coverOpenOrOfflineSaysTheDrawerDidNotOpen();
    void printerGoneFailsWithoutHanging();
    void oneWayPrinterStaysUnknown();
    void noSensorCannotTellClosed();
    void badSettingsAreRefused();
    void sensorQuestionBehindALongReceiptIsNoFalseAlarm();

private:
    std::unique_ptr<PrinterKickDrawer> makeDrawer(PrinterKickSettings settings = {});

    std::unique_ptr<sim::PrinterSimulator> m_sim;
    std::unique_ptr<PrinterDevice> m_printer;
};

void tst_PrinterKickDrawer::init()
{
    m_sim = std::make_unique<sim::PrinterSimulator>();
    QVERIFY(m_sim->listen(0));
    m_printer = std::make_unique<PrinterDevice>(u"kick-printer"_s,
        std::make_unique<TcpTransport>(u"127.0.0.1"_s, m_sim->port()), escPosStatusProbe(),
        PrinterTimeouts { 1000, 3000, 500 });
    QVERIFY(m_printer->claim());
}

void tst_PrinterKickDrawer::cleanup()
{
    m_printer.reset();
    m_sim.reset();
}

std::unique_ptr<PrinterKickDrawer> tst_PrinterKickDrawer::makeDrawer(PrinterKickSettings settings)
{
    settings.timings = quickTimings();
    return std::make_unique<PrinterKickDrawer>(*m_printer, settings);
}

void tst_PrinterKickDrawer::opensWithThePulseAndClosesByItself()
{
    m_sim->setDrawerClosesAfterMs(800);
    auto drawer = makeDrawer();
    QSignalSpy simKicks(m_sim.get(), &sim::PrinterSimulator::drawerKicked);
    QSignalSpy kicked(drawer.get(), &CashDrawer::kicked);
    QSignalSpy opened(drawer.get(), &CashDrawer::opened);
    QSignalSpy closed(drawer.get(), &CashDrawer::closed);
    QSignalSpy failed(drawer.get(), &CashDrawer::openFailed);
    QSignalSpy late(drawer.get(), &CashDrawer::notClosedInTime);

    QCOMPARE(drawer->kickBytes(), QByteArray::fromHex("1b700019fa"));
    drawer->open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(simKicks.size(), 1);
    QCOMPARE(simKicks.first(), (QList<QVariant> { 2, 50, 500 })); // pin 2, 50 ms on, 500 ms off
    QCOMPARE(kicked.size(), 1);
    QCOMPARE(drawer->state(), DrawerState::Open);

    drawer->waitUntilClosed(10000);
    QVERIFY(closed.wait(10000));
    QCOMPARE(drawer->state(), DrawerState::Closed);
    QCOMPARE(closed.size(), 1);
    QVERIFY(failed.isEmpty());
    QVERIFY(late.isEmpty());
    QVERIFY(!drawer->isWaiting());
}

void tst_PrinterKickDrawer::customPulseOnPinFive()
{
    PrinterKickSettings settings;
    settings.pin = 5;
    settings.onMs = 100;
    settings.offMs = 200;
    auto drawer = makeDrawer(settings);
    QSignalSpy simKicks(m_sim.get(), &sim::PrinterSimulator::drawerKicked);
    QSignalSpy opened(drawer.get(), &CashDrawer::opened);
    drawer->open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(simKicks.first(), (QList<QVariant> { 5, 100, 200 }));
}

void tst_PrinterKickDrawer::stuckDrawerIsNotClosedInTime()
{
    m_sim->setDrawerStuck(true);
    m_sim->setDrawerClosesAfterMs(100); // would close, were it not stuck
    auto drawer = makeDrawer();
    QSignalSpy opened(drawer.get(), &CashDrawer::opened);
    QSignalSpy closed(drawer.get(), &CashDrawer::closed);
    QSignalSpy late(drawer.get(), &CashDrawer::notClosedInTime);
    drawer->open();
    QVERIFY(opened.wait(10000));
    drawer->waitUntilClosed(300);
    QVERIFY(late.wait(10000));
    QCOMPARE(late.first().first().toInt(), 1); // whole seconds, rounded up
    QVERIFY(closed.isEmpty());
    QCOMPARE(drawer->state(), DrawerState::Open);

    // Pushed shut at last: the next wait ends with "closed".
    m_sim->setDrawerOpen(false);
    drawer->waitUntilClosed(10000);
    QVERIFY(closed.wait(10000));
    QCOMPARE(drawer->state(), DrawerState::Closed);
}

void tst_PrinterKickDrawer::sensorPolarity_data()
{
    QTest::addColumn<DrawerSensor>("sensor");
    QTest::addColumn<bool>("pinHigh");
    QTest::addColumn<DrawerState>("expected");
    QTest::newRow("open when high, pin high") << DrawerSensor::OpenWhenHigh << true << DrawerState::Open;
    QTest::newRow("open when high, pin low") << DrawerSensor::OpenWhenHigh << false << DrawerState::Closed;
    QTest::newRow("open when low, pin high") << DrawerSensor::OpenWhenLow << true << DrawerState::Closed;
    QTest::newRow("open when low, pin low") << DrawerSensor::OpenWhenLow << false << DrawerState::Open;
}

void tst_PrinterKickDrawer::sensorPolarity()
{
    QFETCH(DrawerSensor, sensor);
    QFETCH(bool, pinHigh);
    QFETCH(DrawerState, expected);
    m_sim->setDrawerOpen(pinHigh); // the simulator's "open" is the pin level
    PrinterKickSettings settings;
    settings.sensor = sensor;
    auto drawer = makeDrawer(settings);
    drawer->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(drawer->state(), expected, 10000);
    QCOMPARE(m_printer->status().drawerOpen, pinHigh); // the device status stays the raw pin
}

void tst_PrinterKickDrawer::paperOutStillOpensTheDrawer()
{
    m_sim->setPaperOut(true);
    auto drawer = makeDrawer();
    QSignalSpy simKicks(m_sim.get(), &sim::PrinterSimulator::drawerKicked);
    QSignalSpy opened(drawer.get(), &CashDrawer::opened);
    QSignalSpy failed(drawer.get(), &CashDrawer::openFailed);
    drawer->open();
    QVERIFY(opened.wait(10000));
    QCOMPARE(simKicks.size(), 1);
    QVERIFY(failed.isEmpty());
    QCOMPARE(m_printer->status().state, DeviceState::PaperOut);
    QVERIFY(m_sim->receipts().isEmpty());
}

void tst_PrinterKickDrawer::coverOpenOrOfflineSaysTheDrawerDidNotOpen_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("cover open") << u"cover"_s;
    QTest::newRow("offline") << u"offline"_s;
}

void tst_PrinterKickDrawer::coverOpenOrOfflineSaysTheDrawerDidNotOpen()
{
    QFETCH(QString, fault);
    if (fault == u"cover")
        m_sim->setCoverOpen(true);
    else
        m_sim->setOffline(true);
    auto drawer = makeDrawer();
    QSignalSpy simKicks(m_sim.get(), &sim::PrinterSimulator::drawerKicked);
    QSignalSpy kicked(drawer.get(), &CashDrawer::kicked);
    QSignalSpy opened(drawer.get(), &CashDrawer::opened);
    QSignalSpy failed(drawer.get(), &CashDrawer::openFailed);
    drawer->open();
    QVERIFY(failed.wait(10000));
    QCOMPARE(kicked.size(), 1); // the printer took the bytes
    QVERIFY(simKicks.isEmpty()); // but held the pulse
    QVERIFY(opened.isEmpty());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"key"), qPrintable(message));
    QVERIFY2(message.contains(deviceStateText(fault == u"cover" ? DeviceState::CoverOpen : DeviceState::Offline)),
        qPrintable(message));
    QCOMPARE(drawer->state(), DrawerState::Closed);
}

void tst_PrinterKickDrawer::printerGoneFailsWithoutHanging()
{
    auto drawer = makeDrawer();
    m_sim->close(); // nobody listens on the port any more
    QSignalSpy kicked(drawer.get(), &CashDrawer::kicked);
    QSignalSpy failed(drawer.get(), &CashDrawer::openFailed);
    drawer->open();
    QVERIFY(failed.wait(10000));
    QVERIFY(kicked.isEmpty());
    QVERIFY2(
        failed.first().first().toString().contains(u"did not open"), qPrintable(failed.first().first().toString()));

    // Waiting for a drawer whose printer is gone ends, and never with "closed".
    QSignalSpy closed(drawer.get(), &CashDrawer::closed);
    QSignalSpy late(drawer.get(), &CashDrawer::notClosedInTime);
    QSignalSpy unknown(drawer.get(), &CashDrawer::closeUnknown);
    drawer->waitUntilClosed(300);
    QTRY_COMPARE_WITH_TIMEOUT(late.size() + unknown.size(), 1, 10000);
    QVERIFY(closed.isEmpty());
    QCOMPARE(drawer->state(), DrawerState::Unknown);
}

void tst_PrinterKickDrawer::oneWayPrinterStaysUnknown()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"printer.bin"_s);
    PrinterDevice printer(u"file-printer"_s, std::make_unique<FileTransport>(path));
    QVERIFY(printer.claim());
    PrinterKickSettings settings; // a sensor configured, but the link cannot answer
    settings.timings = quickTimings();
    PrinterKickDrawer drawer(printer, settings);
    QSignalSpy kicked(&drawer, &CashDrawer::kicked);
    QSignalSpy opened(&drawer, &CashDrawer::opened);
    QSignalSpy failed(&drawer, &CashDrawer::openFailed);
    drawer.open();
    QVERIFY(kicked.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!printer.status().message.isEmpty(), 10000);

    QSignalSpy closed(&drawer, &CashDrawer::closed);
    QSignalSpy unknown(&drawer, &CashDrawer::closeUnknown);
    drawer.waitUntilClosed(10000);
    QVERIFY(unknown.wait(10000));
    QVERIFY(closed.isEmpty());
    QVERIFY(opened.isEmpty());
    QVERIFY(failed.isEmpty());
    QCOMPARE(drawer.state(), DrawerState::Unknown);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray::fromHex("1b700019fa")); // the kick, and nothing else
}

void tst_PrinterKickDrawer::noSensorCannotTellClosed()
{
    PrinterKickSettings settings;
    settings.sensor = DrawerSensor::None;
    m_sim->setDrawerClosesAfterMs(100);
    auto drawer = makeDrawer(settings);
    QSignalSpy kicked(drawer.get(), &CashDrawer::kicked);
    QSignalSpy opened(drawer.get(), &CashDrawer::opened);
    QSignalSpy closed(drawer.get(), &CashDrawer::closed);
    QSignalSpy unknown(drawer.get(), &CashDrawer::closeUnknown);
    drawer->open();
    QVERIFY(kicked.wait(10000));
    drawer->waitUntilClosed(10000);
    QVERIFY(unknown.wait(1000));
    QVERIFY(!unknown.first().first().toString().isEmpty());
    QTest::qWait(300); // the simulated drawer has closed by now: still no "closed" without a sensor
    QVERIFY(opened.isEmpty());
    QVERIFY(closed.isEmpty());
    QCOMPARE(drawer->state(), DrawerState::Unknown);
}

void tst_PrinterKickDrawer::badSettingsAreRefused()
{
    PrinterKickSettings settings;
    QVERIFY(validateKickSettings(settings));
    settings.pin = 3;
    QCOMPARE(validateKickSettings(settings).error().code, u"drawer.pin"_s);
    settings.pin = 5;
    settings.onMs = 0;
    QCOMPARE(validateKickSettings(settings).error().code, u"drawer.pulse"_s);
    settings.onMs = 600;
    QCOMPARE(validateKickSettings(settings).error().code, u"drawer.pulse"_s);
    QCOMPARE(drawerSensorFromName(u"open_low").value(), DrawerSensor::OpenWhenLow);
    QCOMPARE(drawerSensorFromName(u"sideways").error().code, u"drawer.sensor"_s);
}

void tst_PrinterKickDrawer::sensorQuestionBehindALongReceiptIsNoFalseAlarm()
{
    // A cash sale kicks the drawer and prints the receipt at once: the
    // sensor question waits behind the receipt on a slow line, longer than
    // the time allowed to see the drawer open. The reading from before the
    // kick ("closed") must not be taken for "it did not open".
    PrinterKickSettings settings;
    settings.timings = DrawerTimings{50, 200};
    PrinterKickDrawer drawer(*m_printer, settings);
    QSignalSpy opened(&drawer, &CashDrawer::opened);
    QSignalSpy failed(&drawer, &CashDrawer::openFailed);
    drawer.refresh();
    QTRY_COMPARE(drawer.state(), DrawerState::Closed);

    m_sim->setSlow(4000);   // bytes per second: the receipt below takes about 1 s
    drawer.open();
    QVERIFY(m_printer->submit(QByteArray(4000, 'x') + '\n'));
    QVERIFY(opened.wait(15000));
    QCOMPARE(drawer.state(), DrawerState::Open);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(tst_PrinterKickDrawer)
#include "tst_printer_kick_drawer.moc"
