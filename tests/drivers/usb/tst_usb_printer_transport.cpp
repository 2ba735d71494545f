// The USB printer transport over a fake printer-class device (no USB device
// can be attached where tests run): it picks the right interface and
// endpoints, takes the printer from usblp, sends a job in chunks that add up
// to exactly the job, fails (never hangs, never resends) when the printer
// stops taking data or is unplugged, and reads the IEEE 1284 id. Driven
// through the real PrinterDevice too.
#include "drivers/device/printer_device.h"
#include "drivers/escpos/escpos_status_probe.h"
#include "drivers/usb/usb_error.h"
#include "drivers/usb/usb_printer_transport.h"

#include "fake_usb_device_io.h"

#include <QSignalSpy>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;
using namespace retailos::drivers::testing;

Q_DECLARE_METATYPE(retailos::drivers::UsbDeviceDescription)

namespace {
constexpr quint16 Epson = 0x04b8;
constexpr quint16 TmT20II = 0x0e15;

// An Epson TM-T20II as lsusb -v shows it: one printer-class interface,
// bidirectional, bulk OUT 0x01 and bulk IN 0x82.
std::shared_ptr<FakeUsbState> tmT20()
{
    auto state = std::make_shared<FakeUsbState>();
    state->device.vendorId = Epson;
    state->device.productId = TmT20II;
    state->device.serial = u"J5QF012345"_qs;
    state->device.interfaces = {printerInterface(0, 0, 2, 0x01, 0x82)};
    state->kernelDriverOn = {0};   // usblp took it when it was plugged in
    state->answersStatus = true;
    const QByteArray id = "MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;CLS:PRINTER;";
    const int length = int(id.size()) + 2;   // big-endian, counting its own two bytes
    state->deviceIdReply = QByteArray(1, char(length >> 8)) + QByteArray(1, char(length & 0xff)) + id;
    return state;
}

UsbPrinterTransport transportFor(const std::shared_ptr<FakeUsbState> &state, UsbPrinterOptions options = {})
{
    return UsbPrinterTransport({state->device.vendorId, state->device.productId, {}},
                               std::make_unique<FakeUsbDeviceIo>(state), options);
}

QByteArray job(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i * 7 + i / 251);   // no repeating 4096-byte pattern: a lost or doubled chunk shows
    return bytes;
}
} // namespace

class tst_UsbPrinterTransport : public QObject
{
    Q_OBJECT

private slots:
    void endpointDiscovery_data();
    void endpointDiscovery();
    void openTakesThePrinterFromUsblp();
    void kernelDriverThatWillNotLetGoIsBusy();
    void interfaceClaimedElsewhereIsBusy();
    void chunkedWritesAddUpToTheJob();
    void printerThatStopsTakingDataFailsTheJob();
    void printerTakingNothingTimesOut();
    void unpluggedMidJobIsGone();
    void openErrorsPassThrough_data();
    void openErrorsPassThrough();
    void bidirectionalPrinterAnswersStatus();
    void oneWayPrinterCannotRead();
    void deviceIdIsAskedTheClassWay();
    void describeNamesVendorProductSerial();
    void usbIdsFromSettings_data();
    void usbIdsFromSettings();
    void receiptJobCompletesThroughPrinterDevice();
    void unpluggedMidJobFailsThePrinterDeviceJob();
};

void tst_UsbPrinterTransport::endpointDiscovery_data()
{
    QTest::addColumn<UsbDeviceDescription>("device");
    QTest::addColumn<int>("interfaceNumber");
    QTest::addColumn<int>("alternate");
    QTest::addColumn<int>("out");
    QTest::addColumn<int>("in");   // 0: none

    UsbDeviceDescription d;
    d.interfaces = {printerInterface(0, 0, 2, 0x01, 0x82)};
    QTest::newRow("printer class, bidirectional") << d << 0 << 0 << 0x01 << 0x82;

    d.interfaces = {printerInterface(0, 0, 1, 0x02, std::nullopt)};
    QTest::newRow("printer class, one-way") << d << 0 << 0 << 0x02 << 0;

    // A one-way printer ignores an IN endpoint it happens to have.
    d.interfaces = {printerInterface(0, 0, 1, 0x02, 0x81)};
    QTest::newRow("protocol 1 with an IN: still one-way") << d << 0 << 0 << 0x02 << 0;

    // A composite device: a HID keypad first, a vendor interface, the printer last.
    d.interfaces = {hidInterface(0, 0, 0, 0x81), vendorInterface(1, 0x03, 0x84), printerInterface(2, 0, 2, 0x05, 0x86)};
    QTest::newRow("printer among several interfaces") << d << 2 << 0 << 0x05 << 0x86;

    // Alternate settings: 0 one-way, 1 bidirectional, 2 IEEE 1284.4.
    d.interfaces = {printerInterface(0, 0, 1, 0x01, std::nullopt), printerInterface(0, 1, 2, 0x01, 0x82),
                    printerInterface(0, 2, 3, 0x01, 0x82)};
    QTest::newRow("bidirectional alternate setting preferred") << d << 0 << 1 << 0x01 << 0x82;

    d.interfaces = {hidInterface(0, 0, 0, 0x81), vendorInterface(1, 0x02, 0x81)};
    QTest::newRow("vendor-specific with bulk in and out") << d << 1 << 0 << 0x02 << 0x81;
}

void tst_UsbPrinterTransport::endpointDiscovery()
{
    QFETCH(UsbDeviceDescription, device);
    QFETCH(int, interfaceNumber);
    QFETCH(int, alternate);
    QFETCH(int, out);
    QFETCH(int, in);
    auto found = findPrinterEndpoints(device, u"usb:04b8:0e15"_qs);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(found->interfaceNumber, interfaceNumber);
    QCOMPARE(found->alternate, alternate);
    QCOMPARE(int(found->out.address), out);
    QCOMPARE(found->in.has_value(), in != 0);
    if (in)
        QCOMPARE(int(found->in->address), in);
}

void tst_UsbPrinterTransport::openTakesThePrinterFromUsblp()
{
    auto state = tmT20();
    state->device.interfaces = {hidInterface(0, 0, 0, 0x81), printerInterface(1, 0, 1, 0x01, std::nullopt),
                                printerInterface(1, 1, 2, 0x01, 0x82)};
    state->kernelDriverOn = {0, 1};
    auto transport = transportFor(state);
    QVERIFY(!transport.canRead());   // not known before it was opened
    auto opened = transport.open(1000);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(state->detached, QList<int>{1});   // the printer interface only; the keypad stays with the kernel
    QCOMPARE(state->claimed, QList<int>{1});
    QCOMPARE(state->alternates, (QList<std::pair<int, int>>{{1, 1}}));
    QVERIFY(transport.canRead());
    transport.close();
    QCOMPARE(state->released, QList<int>{1});
    QCOMPARE(state->closes, 1);
    QVERIFY(transport.canRead());   // remembered for the status probe between jobs
}

void tst_UsbPrinterTransport::kernelDriverThatWillNotLetGoIsBusy()
{
    auto state = tmT20();
    state->kernelDriverStuck = true;
    auto transport = transportFor(state);
    auto opened = transport.open(1000);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"usb.busy"_qs);
    QVERIFY2(opened.error().message.contains(u"usblp"_qs) && opened.error().message.contains(u"CUPS"_qs),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(u"could not be detached"_qs));
    QVERIFY(!state->isOpen);   // nothing left half open
    QVERIFY(state->claimed.isEmpty());
}

void tst_UsbPrinterTransport::interfaceClaimedElsewhereIsBusy()
{
    // CUPS's usb backend claims the interface through libusb itself: no kernel
    // driver to detach, the claim is refused.
    auto state = tmT20();
    state->kernelDriverOn.clear();
    state->claimError = usbError(UsbErrorKind::Busy, u"usb:04b8:0e15"_qs);
    auto transport = transportFor(state);
    auto opened = transport.open(1000);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"usb.busy"_qs);
    QVERIFY(opened.error().message.contains(u"CUPS"_qs));
    QVERIFY(!state->isOpen);
    QVERIFY(state->released.isEmpty());   // nothing claimed, nothing to give back
}

void tst_UsbPrinterTransport::chunkedWritesAddUpToTheJob()
{
    auto state = tmT20();
    UsbPrinterOptions options;
    options.chunkBytes = 4000;   // not a whole number of 64-byte packets: rounded down to 3968
    auto transport = transportFor(state, options);
    QVERIFY(transport.open(1000));
    const QByteArray bytes = job(10000);
    auto written = transport.write(bytes, 5000);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    QCOMPARE(state->written, bytes);
    QCOMPARE(state->transfers.size(), 3);
    QCOMPARE(state->transfers[0].size(), 3968);
    QCOMPARE(state->transfers[1].size(), 3968);
    QCOMPARE(state->transfers[2].size(), 10000 - 2 * 3968);
}

void tst_UsbPrinterTransport::printerThatStopsTakingDataFailsTheJob()
{
    auto state = tmT20();
    state->acceptBytes = 5000;   // buffer full, paper jammed: it stops taking data part way
    auto transport = transportFor(state);
    QVERIFY(transport.open(1000));
    auto written = transport.write(job(10000), 2000);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"usb.timeout"_qs);
    QVERIFY2(written.error().message.contains(u"5000 of 10000"_qs), qPrintable(written.error().message));
    QCOMPARE(state->written.size(), 5000);   // nothing was sent again
}

void tst_UsbPrinterTransport::printerTakingNothingTimesOut()
{
    auto state = tmT20();
    state->acceptBytes = 0;
    auto transport = transportFor(state);
    QVERIFY(transport.open(1000));
    auto written = transport.write(job(100), 500);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"usb.timeout"_qs);
    QVERIFY2(written.error().message.contains(u"0 of 100"_qs), qPrintable(written.error().message));
}

void tst_UsbPrinterTransport::unpluggedMidJobIsGone()
{
    auto state = tmT20();
    state->goneAfterBytes = 6000;
    auto transport = transportFor(state);
    QVERIFY(transport.open(1000));
    auto written = transport.write(job(20000), 5000);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"usb.gone"_qs);
    QVERIFY2(written.error().message.contains(u"unplugged"_qs), qPrintable(written.error().message));
    QVERIFY2(written.error().message.contains(u"4096 of 20000"_qs), qPrintable(written.error().message));
}

void tst_UsbPrinterTransport::openErrorsPassThrough_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("permission") << int(UsbErrorKind::Permission) << u"usb.permission"_qs << u"udev"_qs;
    QTest::newRow("busy") << int(UsbErrorKind::Busy) << u"usb.busy"_qs << u"usblp"_qs;
    QTest::newRow("gone") << int(UsbErrorKind::Gone) << u"usb.gone"_qs << u"unplugged"_qs;
}

void tst_UsbPrinterTransport::openErrorsPassThrough()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    auto state = tmT20();
    state->openError = usbError(UsbErrorKind(kind), u"usb:04b8:0e15"_qs);
    auto transport = transportFor(state);
    auto opened = transport.open(1000);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, code);
    QVERIFY2(opened.error().message.contains(mentions), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(u"04b8:0e15"_qs), qPrintable(opened.error().message));
    auto written = transport.write("x", 100);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"device.closed"_qs);
}

void tst_UsbPrinterTransport::bidirectionalPrinterAnswersStatus()
{
    auto state = tmT20();
    auto transport = transportFor(state);
    QVERIFY(transport.open(1000));
    QVERIFY(transport.write(QByteArray("\x10\x04\x01", 3), 1000));
    auto answer = transport.read(1, 500);
    QVERIFY2(answer, qPrintable(answer ? QString() : answer.error().message));
    QCOMPARE(*answer, QByteArray("\x12", 1));
    auto silence = transport.read(1, 20);
    QVERIFY(!silence);
    QCOMPARE(silence.error().code, u"device.no_answer"_qs);
}

void tst_UsbPrinterTransport::oneWayPrinterCannotRead()
{
    auto state = tmT20();
    state->device.interfaces = {printerInterface(0, 0, 1, 0x01, std::nullopt)};
    auto transport = transportFor(state);
    QVERIFY(transport.open(1000));
    QVERIFY(!transport.canRead());
    auto answer = transport.read(1, 5000);   // at once, not after 5 s
    QVERIFY(!answer);
    QCOMPARE(answer.error().code, u"device.no_answer"_qs);
    QVERIFY(answer.error().message.contains(u"one-way"_qs));
}

void tst_UsbPrinterTransport::deviceIdIsAskedTheClassWay()
{
    auto state = tmT20();
    state->device.configuration = 1;
    state->device.interfaces = {vendorInterface(0, 0x03, std::nullopt), printerInterface(1, 0, 1, 0x01, std::nullopt),
                                printerInterface(1, 1, 2, 0x01, 0x82)};
    auto transport = transportFor(state);
    QVERIFY(transport.open(1000));   // asks once on the first open, for the log
    QVERIFY(transport.lastDeviceId().has_value());
    auto id = transport.deviceId();
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QCOMPARE(id->manufacturer, u"EPSON"_qs);
    QCOMPARE(id->model, u"TM-T20II"_qs);
    QVERIFY(id->speaks(u"ESC/POS"_qs));
    const FakeUsbState::Control asked = state->controls.last();
    QCOMPARE(asked.requestType, quint8(0xA1));   // class, interface, device to host
    QCOMPARE(asked.request, quint8(0));          // GET_DEVICE_ID
    QCOMPARE(asked.value, quint16(0));           // configuration index, not value
    QCOMPARE(asked.index, quint16(0x0101));      // interface 1 << 8 | alternate 1
    transport.close();
    auto closed = transport.deviceId();
    QVERIFY(!closed);
    QCOMPARE(closed.error().code, u"device.closed"_qs);
}

void tst_UsbPrinterTransport::describeNamesVendorProductSerial()
{
    UsbPrinterTransport plain({0x04b8, 0x0e15, {}}, std::make_unique<FakeUsbDeviceIo>(tmT20()));
    QCOMPARE(plain.describe(), u"usb:04b8:0e15"_qs);
    UsbPrinterTransport withSerial({0x0519, 0x0003, u"A1B2"_qs}, std::make_unique<FakeUsbDeviceIo>(tmT20()));
    QCOMPARE(withSerial.describe(), u"usb:0519:0003/A1B2"_qs);
    // The serial decides between two identical printers.
    auto state = tmT20();
    UsbPrinterTransport other({Epson, TmT20II, u"SOMEONE-ELSE"_qs}, std::make_unique<FakeUsbDeviceIo>(state));
    auto opened = other.open(1000);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"usb.not_found"_qs);
    QVERIFY(opened.error().message.contains(u"usb:04b8:0e15/SOMEONE-ELSE"_qs));
}

void tst_UsbPrinterTransport::usbIdsFromSettings_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("product");
    QTest::addColumn<int>("vendorId");   // -1: refused
    QTest::addColumn<int>("productId");
    QTest::newRow("as lsusb shows it") << u"04b8"_qs << u"0e15"_qs << 0x04b8 << 0x0e15;
    QTest::newRow("upper case, 0x, spaces") << u" 0x0519 "_qs << u"0003"_qs << 0x0519 << 0x0003;
    QTest::newRow("decimal is refused") << u"1208"_qs.left(3) << u"0e15"_qs << -1 << 0;
    QTest::newRow("not hex") << u"04g8"_qs << u"0e15"_qs << -1 << 0;
    QTest::newRow("empty") << QString() << u"0e15"_qs << -1 << 0;
    QTest::newRow("five digits") << u"04b8"_qs << u"0e155"_qs << -1 << 0;
    QTest::newRow("vendor 0000") << u"0000"_qs << u"0e15"_qs << -1 << 0;
}

void tst_UsbPrinterTransport::usbIdsFromSettings()
{
    QFETCH(QString, vendor);
    QFETCH(QString, product);
    QFETCH(int, vendorId);
    QFETCH(int, productId);
    auto match = parseUsbMatch(vendor, product, u" J5QF012345 "_qs);
    if (vendorId < 0) {
        QVERIFY(!match);
        QCOMPARE(match.error().code, u"usb.bad_id"_qs);
        QVERIFY(!match.error().message.isEmpty());
        return;
    }
    QVERIFY2(match, qPrintable(match ? QString() : match.error().message));
    QCOMPARE(match->vendorId, quint16(vendorId));
    QCOMPARE(match->productId, quint16(productId));
    QCOMPARE(match->serial, u"J5QF012345"_qs);
}

void tst_UsbPrinterTransport::receiptJobCompletesThroughPrinterDevice()
{
    auto state = tmT20();
    PrinterDevice printer(u"receipt"_qs,
                          std::make_unique<UsbPrinterTransport>(UsbMatch{Epson, TmT20II, {}},
                                                                std::make_unique<FakeUsbDeviceIo>(state)),
                          escPosStatusProbe());
    QVERIFY(printer.claim());
    QSignalSpy completed(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    const QByteArray receipt = QByteArray("\x1b\x40", 2) + QByteArray("Coffee           2.50\n").repeated(300)
                             + QByteArray("\x1d\x56\x41\x03", 4);
    auto id = printer.submit(receipt);
    QVERIFY(id);
    QVERIFY(completed.wait(5000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(completed.first().first().toInt(), *id);
    QVERIFY(state->written.contains(receipt));   // between the status questions, whole
    QCOMPARE(printer.status().state, DeviceState::Online);
    QVERIFY(state->detached.contains(0));
}

void tst_UsbPrinterTransport::unpluggedMidJobFailsThePrinterDeviceJob()
{
    auto state = tmT20();
    state->goneAfterBytes = 5000;
    PrinterDevice printer(u"receipt"_qs,
                          std::make_unique<UsbPrinterTransport>(UsbMatch{Epson, TmT20II, {}},
                                                                std::make_unique<FakeUsbDeviceIo>(state)),
                          escPosStatusProbe());
    QVERIFY(printer.claim());
    QSignalSpy completed(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(job(20000)));
    QVERIFY(failed.wait(5000));
    QCOMPARE(completed.count(), 0);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"incomplete"_qs) && message.contains(u"unplugged"_qs), qPrintable(message));
    QCOMPARE(printer.status().state, DeviceState::Offline);
    QVERIFY(state->written.size() <= 5000);
}

QTEST_GUILESS_MAIN(tst_UsbPrinterTransport)
#include "tst_usb_printer_transport.moc"
