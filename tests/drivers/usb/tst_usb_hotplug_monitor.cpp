// The USB hot-plug monitor: over a fake bus it reports what is plugged in
// at start, then each device plugged in or pulled out, with its
// point-of-sale kind; the real libusb monitor starts and stops cleanly (no
// device is attached where this runs, so none is expected to appear).
#include "drivers/usb/usb_device_kind.h"
#include "drivers/usb/usb_hotplug_monitor.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

Q_DECLARE_METATYPE(retailos::drivers::UsbDeviceKind)

namespace {
struct FakeBus
{
    QMutex mutex;
    QList<UsbDeviceInfo> devices;
    std::optional<Error> error;
    int listings = 0;
};

class FakeEnumerator final : public UsbEnumerator
{
public:
    explicit FakeEnumerator(std::shared_ptr<FakeBus> bus) : m_bus(std::move(bus)) {}
    Result<QList<UsbDeviceInfo>> devices() override
    {
        QMutexLocker lock(&m_bus->mutex);
        ++m_bus->listings;
        if (m_bus->error)
            return std::unexpected(*m_bus->error);
        return m_bus->devices;
    }

private:
    std::shared_ptr<FakeBus> m_bus;
};

UsbDeviceInfo plugged(quint16 vendor, quint16 product, int address, QList<int> classes, QString serial = {})
{
    UsbDeviceInfo d;
    d.vendorId = vendor;
    d.productId = product;
    d.bus = 1;
    d.address = address;
    d.interfaceClasses = std::move(classes);
    d.serial = std::move(serial);
    return d;
}

UsbDeviceInfo find(const QSignalSpy &spy, quint16 vendor)
{
    for (const auto &args : spy) {
        const auto d = args.first().value<UsbDeviceInfo>();
        if (d.vendorId == vendor)
            return d;
    }
    return {};
}
} // namespace

class tst_UsbHotplugMonitor : public QObject
{
    Q_OBJECT

private slots:
    void knownDevices_data();
    void knownDevices();
    void pollingReportsAttachAndDetachWithKinds();
    void listingFailureIsReportedOnce();
    void realMonitorStartsAndStops();
};

void tst_UsbHotplugMonitor::knownDevices_data()
{
    QTest::addColumn<int>("vendor");
    QTest::addColumn<int>("product");
    QTest::addColumn<QList<int>>("classes");
    QTest::addColumn<UsbDeviceKind>("kind");
    QTest::newRow("Epson TM-T20II") << 0x04b8 << 0x0e15 << QList<int>{7} << UsbDeviceKind::Printer;
    QTest::newRow("Epson in vendor mode") << 0x04b8 << 0x0202 << QList<int>{0xff} << UsbDeviceKind::Printer;
    QTest::newRow("Star TSP100") << 0x0519 << 0x0003 << QList<int>{7} << UsbDeviceKind::Printer;
    QTest::newRow("Bixolon SRP-350II") << 0x1504 << 0x001f << QList<int>{7} << UsbDeviceKind::Printer;
    QTest::newRow("Citizen CT-E351") << 0x1d90 << 0x20f0 << QList<int>{7} << UsbDeviceKind::Printer;
    QTest::newRow("Custom K80") << 0x0dd4 << 0x0237 << QList<int>{7} << UsbDeviceKind::Printer;
    QTest::newRow("Honeywell Voyager 1400g") << 0x0c2e << 0x0b81 << QList<int>{3} << UsbDeviceKind::Scanner;
    QTest::newRow("Zebra/Symbol scanner") << 0x05e0 << 0x1200 << QList<int>{3} << UsbDeviceKind::Scanner;
    QTest::newRow("Datalogic Magellan") << 0x05f9 << 0x2601 << QList<int>{3} << UsbDeviceKind::Scanner;
    QTest::newRow("Newland HID POS") << 0x1eab << 0x1310 << QList<int>{3} << UsbDeviceKind::Scanner;
    QTest::newRow("Posiflex display") << 0x0d3a << 0x0200 << QList<int>{3} << UsbDeviceKind::Display;
    QTest::newRow("Posiflex cash drawer") << 0x0d3a << 0x0206 << QList<int>{3} << UsbDeviceKind::Drawer;
    QTest::newRow("unknown maker, printer class") << 0x0416 << 0x5011 << QList<int>{7} << UsbDeviceKind::Printer;
    QTest::newRow("unknown maker, HID") << 0x046d << 0xc077 << QList<int>{3} << UsbDeviceKind::Unknown;
}

void tst_UsbHotplugMonitor::knownDevices()
{
    QFETCH(int, vendor);
    QFETCH(int, product);
    QFETCH(QList<int>, classes);
    QFETCH(UsbDeviceKind, kind);
    QCOMPARE(classifyUsbDevice(quint16(vendor), quint16(product), classes), kind);
}

void tst_UsbHotplugMonitor::pollingReportsAttachAndDetachWithKinds()
{
    auto bus = std::make_shared<FakeBus>();
    bus->devices = {plugged(0x04b8, 0x0e15, 4, {7}, u"J5QF012345"_qs), plugged(0x0c2e, 0x0b81, 5, {3}),
                    plugged(0x046d, 0xc077, 2, {3})};
    UsbHotplugMonitor monitor(std::make_unique<FakeEnumerator>(bus), 10);
    QSignalSpy attached(&monitor, &UsbHotplugMonitor::attached);
    QSignalSpy detached(&monitor, &UsbHotplugMonitor::detached);
    QVERIFY(monitor.start());
    QVERIFY(!monitor.usesHotplugEvents());
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 3, 5000);   // what was plugged in at start
    const UsbDeviceInfo printer = find(attached, 0x04b8);
    QCOMPARE(printer.kind, UsbDeviceKind::Printer);
    QCOMPARE(printer.serial, u"J5QF012345"_qs);
    QCOMPARE(printer.address, 4);
    QCOMPARE(find(attached, 0x0c2e).kind, UsbDeviceKind::Scanner);
    QCOMPARE(find(attached, 0x046d).kind, UsbDeviceKind::Unknown);
    QCOMPARE(monitor.devices().size(), 3);

    // A cash drawer plugged in, the printer pulled out.
    {
        QMutexLocker lock(&bus->mutex);
        bus->devices.append(plugged(0x0d3a, 0x0206, 7, {3}));
        bus->devices.removeFirst();
    }
    QTRY_COMPARE_WITH_TIMEOUT(detached.count(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 4, 5000);
    const auto gone = detached.first().first().value<UsbDeviceInfo>();
    QCOMPARE(gone.vendorId, quint16(0x04b8));
    QCOMPARE(gone.kind, UsbDeviceKind::Printer);
    QCOMPARE(attached.last().first().value<UsbDeviceInfo>().kind, UsbDeviceKind::Drawer);
    QCOMPARE(monitor.devices().size(), 3);

    // Replugged into the same port, it is a new attach (another address).
    {
        QMutexLocker lock(&bus->mutex);
        bus->devices.append(plugged(0x04b8, 0x0e15, 8, {7}, u"J5QF012345"_qs));
    }
    QTRY_COMPARE_WITH_TIMEOUT(attached.count(), 5, 5000);
    QCOMPARE(attached.last().first().value<UsbDeviceInfo>().address, 8);

    monitor.stop();
    QVERIFY(!monitor.isRunning());
    monitor.stop();   // twice is fine

    // Stopped means silent: what changes on the bus now is not reported.
    {
        QMutexLocker lock(&bus->mutex);
        bus->devices.clear();
    }
    QTest::qWait(100);
    QCOMPARE(detached.count(), 1);
    QCOMPARE(attached.count(), 5);
}

void tst_UsbHotplugMonitor::listingFailureIsReportedOnce()
{
    auto bus = std::make_shared<FakeBus>();
    bus->error = Error{u"usb.io"_qs, u"USB support (libusb) could not start"_qs};
    UsbHotplugMonitor monitor(std::make_unique<FakeEnumerator>(bus), 5);
    QSignalSpy failed(&monitor, &UsbHotplugMonitor::failed);
    QVERIFY(monitor.start());
    QTRY_VERIFY_WITH_TIMEOUT([&] { QMutexLocker lock(&bus->mutex); return bus->listings >= 5; }(), 5000);
    QCoreApplication::processEvents();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(u"libusb"_qs));
    monitor.stop();
}

void tst_UsbHotplugMonitor::realMonitorStartsAndStops()
{
    UsbHotplugMonitor monitor(200);
    auto started = monitor.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    QVERIFY(monitor.isRunning());
    qInfo("libusb hot-plug events: %s", monitor.usesHotplugEvents() ? "yes" : "no (polling)");
    QTest::qWait(300);   // let it handle events or poll at least once
    monitor.stop();
    QVERIFY(!monitor.isRunning());
    // And again: a lane that restarts its devices starts it anew.
    QVERIFY(monitor.start());
    monitor.stop();
    QVERIFY(!monitor.isRunning());
}

QTEST_GUILESS_MAIN(tst_UsbHotplugMonitor)
#include "tst_usb_hotplug_monitor.moc"
