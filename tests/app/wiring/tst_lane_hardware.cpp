// The lane's whole device set as the program wires it (LaneHardware from
// the settings file's "devices" section) against the simulators on ptys
// and loopback: what a scanner sends is sold in the window, the scale's
// weight, the display's lines, the drawer kicked through the printer and
// on its own port, and a device that is missing shown in the status bar.
#include "app/ui/basket_model.h"
#include "app/ui/error_banner.h"
#include "app/ui/lane_window.h"
#include "app/ui/sale_page.h"
#include "app/wiring/lane_hardware.h"
#include "drivers/simulator/display_simulator.h"
#include "drivers/simulator/drawer_simulator.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/simulator/scale_simulator.h"
#include "drivers/simulator/scanner_simulator.h"
#include "tests/support/lane_services_fixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace retailos;
using retailos::test::LaneItems;
using retailos::test::LaneServicesFixture;
using retailos::test::LaneStaff;

namespace {

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// A lane id per test: device claims are per address and lane.
QString laneId()
{
    static int n = 0;
    return u"lane-hw-%1-%2"_qs.arg(QCoreApplication::applicationPid()).arg(++n);
}

} // namespace

class tst_LaneHardware : public QObject
{
    Q_OBJECT

private slots:
    void nothingConfiguredMeansScreenOnly();
    void scannerSimulatorSellsInTheWindow();
    void scaleSimulatorWeighs();
    void displaySimulatorShowsTheLines();
    void drawerOnThePrinterOpensAndCloses();
    void drawerLeftOpenReminds();
    void drawerOnItsOwnPort();
    void missingDevicesShowInTheStatusBar();
    void usbPrinterNotPluggedIn();
};

void tst_LaneHardware::nothingConfiguredMeansScreenOnly()
{
    QVERIFY(!app::LaneHardware::fromSettings(DeviceSettings{}, laneId()));
    DeviceSettings onlyPrinterDrawer;   // a drawer on a printer that is not there
    onlyPrinterDrawer.drawer.transport = u"printer"_qs;
    QVERIFY(!app::LaneHardware::fromSettings(onlyPrinterDrawer, laneId()));
}

void tst_LaneHardware::scannerSimulatorSellsInTheWindow()
{
    drivers::sim::ScannerSimulator scanner;
    auto pty = scanner.openPty();
    QVERIFY2(pty, pty ? "" : qPrintable(pty.error().message));
    DeviceSettings settings;
    settings.scanner.transport = u"serial"_qs;
    settings.scanner.serial.path = *pty;
    auto hardware = app::LaneHardware::fromSettings(settings, laneId());
    QVERIFY(hardware);

    LaneServicesFixture fx;
    QVERIFY(fx.lane().signIn(LaneStaff::cashier, LaneStaff::cashierPin));
    ui::LaneWindow window(fx.lane(), QLocale(u"de_DE"_qs), ui::LaneWindowOptions{});
    window.setLaneDevices(hardware.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    drivers::sim::ScanStyle withAim;
    withAim.aimPrefix = u"]E0"_qs;
    scanner.scan(str(LaneItems::milk), withAim);
    scanner.doubleRead(str(LaneItems::soap));   // one read too many: sold once
    QTRY_COMPARE(window.salePage()->basketModel()->rowCount(), 2);
    QTest::qWait(400);
    QCOMPARE(window.salePage()->basketModel()->rowCount(), 2);
    QCOMPARE(fx.count("SELECT count(*) FROM open_basket_lines"), 2);

    // Line noise: the cashier is told, nothing is sold.
    scanner.sendBytes(QByteArray("\x01\x02\xff", 3) + "\r");
    QTRY_VERIFY(window.salePage()->banner()->isVisible());
    QCOMPARE(window.salePage()->basketModel()->rowCount(), 2);
    window.setLaneDevices(nullptr);
}

void tst_LaneHardware::scaleSimulatorWeighs()
{
    drivers::sim::ScaleSimulator scale;
    auto pty = scale.openPty();
    QVERIFY2(pty, pty ? "" : qPrintable(pty.error().message));
    DeviceSettings settings;
    settings.scale.transport = u"serial"_qs;
    settings.scale.serial.path = *pty;
    auto hardware = app::LaneHardware::fromSettings(settings, laneId());
    QVERIFY(hardware);
    QVERIFY(hardware->hasScale());
    QSignalSpy weighed(hardware.get(), &ui::LaneDevices::weighed);

    scale.setWeightGrams(1235);
    hardware->requestWeight();
    QTRY_COMPARE(weighed.count(), 1);
    auto weight = weighed.at(0).at(0).value<ui::ScaleWeight>();
    QCOMPARE(weight.state, ui::ScaleState::Stable);
    QCOMPARE(weight.grams, 1235);

    scale.setMotion(true);
    hardware->requestWeight();
    QTRY_COMPARE(weighed.count(), 2);
    QCOMPARE(weighed.at(1).at(0).value<ui::ScaleWeight>().state, ui::ScaleState::Motion);

    scale.setMotion(false);
    scale.setOverCapacity(true);
    hardware->requestWeight();
    QTRY_COMPARE(weighed.count(), 3);
    QCOMPARE(weighed.at(2).at(0).value<ui::ScaleWeight>().state, ui::ScaleState::OverCapacity);

    // A scale that stopped answering: an answer all the same, saying so.
    scale.setAnswering(false);
    hardware->requestWeight();
    QTRY_COMPARE_WITH_TIMEOUT(weighed.count(), 4, 5000);
    weight = weighed.at(3).at(0).value<ui::ScaleWeight>();
    QCOMPARE(weight.state, ui::ScaleState::Failed);
    QVERIFY(!weight.message.isEmpty());
}

void tst_LaneHardware::displaySimulatorShowsTheLines()
{
    for (const auto &[protocol, dialect] : {std::pair{u"epson"_qs, drivers::sim::DisplayDialect::Epson},
                                            std::pair{u"cd5220"_qs, drivers::sim::DisplayDialect::Cd5220}}) {
        drivers::sim::DisplaySimulator display(dialect);
        auto pty = display.open();
        QVERIFY2(pty, pty ? "" : qPrintable(pty.error().message));
        DeviceSettings settings;
        settings.display.transport = u"serial"_qs;
        settings.display.protocol = protocol;
        settings.display.serial.path = *pty;
        auto hardware = app::LaneHardware::fromSettings(settings, laneId());
        QVERIFY(hardware);
        hardware->showCustomerText(u"Käse 200 g      2,49"_qs, u"Total          12,34"_qs);
        QTRY_COMPARE(display.lines().value(0), u"Käse 200 g      2,49"_qs);
        QCOMPARE(display.lines().value(1), u"Total          12,34"_qs);
    }
}

void tst_LaneHardware::drawerOnThePrinterOpensAndCloses()
{
    drivers::sim::PrinterSimulator printer;
    QVERIFY(printer.listen(0));
    printer.setDrawerClosesAfterMs(300);   // the cashier pushes it shut
    DeviceSettings settings;
    settings.printer.transport = u"tcp"_qs;
    settings.printer.host = u"127.0.0.1"_qs;
    settings.printer.port = printer.port();
    settings.drawer.pin = 2;
    settings.drawer.pulseOnMs = 100;
    settings.drawer.pulseOffMs = 200;
    auto hardware = app::LaneHardware::fromSettings(settings, laneId());
    QVERIFY(hardware);
    QSignalSpy kicked(&printer, &drivers::sim::PrinterSimulator::drawerKicked);
    QSignalSpy drawer(hardware.get(), &ui::LaneDevices::drawerChanged);

    QVERIFY(hardware->openDrawer());
    QTRY_COMPARE(kicked.count(), 1);
    QCOMPARE(kicked.at(0).at(0).toInt(), 2);     // the drawer on connector pin 2
    QCOMPARE(kicked.at(0).at(1).toInt(), 100);   // the pulse the drawer needs
    QCOMPARE(kicked.at(0).at(2).toInt(), 200);
    QTRY_VERIFY(!drawer.isEmpty());
    QCOMPARE(drawer.at(0).at(0).value<ui::DrawerState>(), ui::DrawerState::Open);
    QTRY_COMPARE_WITH_TIMEOUT(drawer.count(), 2, 5000);
    QCOMPARE(drawer.at(1).at(0).value<ui::DrawerState>(), ui::DrawerState::Closed);
}

void tst_LaneHardware::drawerLeftOpenReminds()
{
    drivers::sim::PrinterSimulator printer;
    QVERIFY(printer.listen(0));
    printer.setDrawerStuck(true);
    DeviceSettings settings;
    settings.printer.transport = u"tcp"_qs;
    settings.printer.host = u"127.0.0.1"_qs;
    settings.printer.port = printer.port();
    settings.drawer.closeTimeoutSeconds = 1;
    auto hardware = app::LaneHardware::fromSettings(settings, laneId());
    QVERIFY(hardware);
    QSignalSpy leftOpen(hardware.get(), &ui::LaneDevices::drawerLeftOpen);
    QVERIFY(hardware->openDrawer());
    QTRY_VERIFY_WITH_TIMEOUT(!leftOpen.isEmpty(), 5000);
    QCOMPARE(leftOpen.at(0).at(0).toInt(), 1);
    QTRY_VERIFY(hardware->summary().text.contains(u"Drawer open"));
    QCOMPARE(hardware->summary().health, ui::DeviceHealth::Warning);
}

void tst_LaneHardware::drawerOnItsOwnPort()
{
    drivers::sim::DrawerSimulatorSettings simSettings;
    simSettings.closesAfterMs = 300;
    drivers::sim::DrawerSimulator drawerSim(simSettings);
    auto pty = drawerSim.open();
    QVERIFY2(pty, pty ? "" : qPrintable(pty.error().message));
    DeviceSettings settings;
    settings.drawer.transport = u"serial"_qs;
    settings.drawer.serial.path = *pty;
    settings.drawer.trigger = simSettings.trigger;
    settings.drawer.statusQuery = simSettings.statusQuery;
    auto hardware = app::LaneHardware::fromSettings(settings, laneId());
    QVERIFY(hardware);
    QSignalSpy kicked(&drawerSim, &drivers::sim::DrawerSimulator::kicked);
    QSignalSpy drawer(hardware.get(), &ui::LaneDevices::drawerChanged);
    QVERIFY(hardware->openDrawer());
    QTRY_COMPARE(kicked.count(), 1);
    QTRY_VERIFY(!drawer.isEmpty());
    QCOMPARE(drawer.at(0).at(0).value<ui::DrawerState>(), ui::DrawerState::Open);
    QTRY_COMPARE_WITH_TIMEOUT(drawer.count(), 2, 5000);
    QCOMPARE(drawer.at(1).at(0).value<ui::DrawerState>(), ui::DrawerState::Closed);
}

void tst_LaneHardware::missingDevicesShowInTheStatusBar()
{
    DeviceSettings settings;
    settings.scanner.transport = u"serial"_qs;
    settings.scanner.serial.path = u"/dev/retailos-no-such-scanner"_qs;
    auto hardware = app::LaneHardware::fromSettings(settings, laneId());
    QVERIFY(hardware);
    QTRY_COMPARE_WITH_TIMEOUT(hardware->summary().health, ui::DeviceHealth::Error, 5000);
    const QString text = hardware->summary().text;
    QVERIFY2(text.contains(u"scanner", Qt::CaseInsensitive) && text.contains(u"/dev/retailos-no-such-scanner"), qPrintable(text));
}

void tst_LaneHardware::usbPrinterNotPluggedIn()
{
    // Real libusb, no such device on this machine: the lane says which one
    // it looks for, and keeps selling (receipts on screen).
    DeviceSettings settings;
    settings.printer.transport = u"usb"_qs;
    settings.printer.usb = {0x04b8, 0x0e15, QString()};
    auto hardware = app::LaneHardware::fromSettings(settings, laneId());
    QVERIFY(hardware);
    QTRY_COMPARE_WITH_TIMEOUT(hardware->summary().health, ui::DeviceHealth::Error, 10000);
    const QString text = hardware->summary().text;
    QVERIFY2(text.contains(u"04b8:0e15"), qPrintable(text));
    QSignalSpy failed(hardware.get(), &ui::LaneDevices::printFailed);
    ReceiptDocument receipt;
    receipt.receiptNumber = 7;
    receipt.header = {u"USB Store"_qs};
    QVERIFY(hardware->printReceipt(receipt));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.at(0).at(0).toLongLong(), 7);
}

QTEST_MAIN(tst_LaneHardware)
#include "tst_lane_hardware.moc"
