// The real libusb path on this machine: libusb starts, a device that is not
// plugged in is "usb.not_found" naming its ids (no transfer, no timeout), libusb's errors become the messages an installer can act on,
// and the bus can be listed. No USB device is attached where this runs.
#include "drivers/usb/libusb_device_io.h"
#include "drivers/usb/usb_enumerator.h"
#include "drivers/usb/usb_error.h"

#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

class tst_LibusbDeviceIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void absentDeviceIsNotFoundNamingIt();
    void absentDeviceWithSerialNamesTheSerial();
    void closedDeviceRefusesTransfers();
    void libusbErrorsBecomeClearErrors_data();
    void libusbErrorsBecomeClearErrors();
    void busCanBeListed();
};

void tst_LibusbDeviceIo::initTestCase()
{
    auto available = libusbAvailable();
    QVERIFY2(available, qPrintable(available ? QString() : available.error().message));
}

void tst_LibusbDeviceIo::absentDeviceIsNotFoundNamingIt()
{
    LibusbDeviceIo io;
    // 0xfff0 is reserved by the USB-IF: no real device has it.
    auto opened = io.open({0xfff0, 0x0e15, {}});
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"usb.not_found"_qs);
    QVERIFY2(opened.error().message.contains(u"fff0:0e15"_qs), qPrintable(opened.error().message));
    QVERIFY(!io.isOpen());
    QVERIFY(io.description().interfaces.isEmpty());
}

void tst_LibusbDeviceIo::absentDeviceWithSerialNamesTheSerial()
{
    LibusbDeviceIo io;
    auto opened = io.open({0xfff0, 0x0001, u"J5QF012345"_qs});
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"usb.not_found"_qs);
    QVERIFY2(opened.error().message.contains(u"usb:fff0:0001/J5QF012345"_qs), qPrintable(opened.error().message));
}

void tst_LibusbDeviceIo::closedDeviceRefusesTransfers()
{
    LibusbDeviceIo io;
    QVERIFY(!io.open({0xfff0, 0x0002, {}}));
    auto written = io.bulkWrite(0x01, "abc", 100);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"usb.gone"_qs);
    QVERIFY(!io.bulkRead(0x82, 64, 100));
    QVERIFY(!io.interruptRead(0x81, 64, 100));
    QVERIFY(!io.controlIn(0xA1, 0, 0, 0, 1024, 100));
    QVERIFY(!io.claimInterface(0));
    QVERIFY(!io.detachKernelDriver(0));
    io.releaseInterface(0);   // harmless
    io.close();
    io.close();
}

void tst_LibusbDeviceIo::libusbErrorsBecomeClearErrors_data()
{
    // libusb's error numbers are part of its stable ABI (libusb.h, enum libusb_error).
    QTest::addColumn<int>("libusbCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("LIBUSB_ERROR_ACCESS") << -3 << u"usb.permission"_qs << u"udev rules"_qs;
    QTest::newRow("LIBUSB_ERROR_ACCESS names the group") << -3 << u"usb.permission"_qs << u"\"retailos\""_qs;
    QTest::newRow("LIBUSB_ERROR_BUSY") << -6 << u"usb.busy"_qs << u"usblp"_qs;
    QTest::newRow("LIBUSB_ERROR_BUSY names CUPS") << -6 << u"usb.busy"_qs << u"CUPS"_qs;
    QTest::newRow("LIBUSB_ERROR_NO_DEVICE") << -4 << u"usb.gone"_qs << u"unplugged"_qs;
    QTest::newRow("LIBUSB_ERROR_NOT_FOUND") << -5 << u"usb.not_found"_qs << u"lsusb"_qs;
    QTest::newRow("LIBUSB_ERROR_TIMEOUT") << -7 << u"usb.timeout"_qs << u"in time"_qs;
    QTest::newRow("LIBUSB_ERROR_PIPE") << -9 << u"usb.io"_qs << u"LIBUSB_ERROR_PIPE"_qs;
    QTest::newRow("LIBUSB_ERROR_IO") << -1 << u"usb.io"_qs << u"LIBUSB_ERROR_IO"_qs;
}

void tst_LibusbDeviceIo::libusbErrorsBecomeClearErrors()
{
    QFETCH(int, libusbCode);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    const Error error = usbErrorFromLibusb(libusbCode, u"usb:04b8:0e15"_qs);
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"usb:04b8:0e15"_qs), qPrintable(error.message));
}

void tst_LibusbDeviceIo::busCanBeListed()
{
    LibusbEnumerator enumerator;
    auto devices = enumerator.devices();
    QVERIFY2(devices, qPrintable(devices ? QString() : devices.error().message));
    for (const UsbDeviceInfo &d : *devices)
        QVERIFY(d.vendorId != 0 || d.productId != 0);
}

QTEST_GUILESS_MAIN(tst_LibusbDeviceIo)
#include "tst_libusb_device_io.moc"
