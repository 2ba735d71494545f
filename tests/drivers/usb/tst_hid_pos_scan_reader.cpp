// The HID POS scanner reader over a fake scanner (no USB device can be
// attached where tests run): it finds the scanner's POS interface by its
// report descriptor (usage page 0x8C) next to its keyboard interface, takes
// it from usbhid, and delivers codes — also through the real ScannerDevice.
// A code whose rest never comes, an unplugged scanner and a scanner left in
// keyboard mode each say so.
#include "drivers/scanner/hid_pos_scan_reader.h"
#include "drivers/scanner/scanner_device.h"

#include "fake_usb_device_io.h"
#include "hid_pos_reports.h"

#include <QSignalSpy>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;
using namespace retailos::drivers::testing;

namespace {
constexpr quint16 Honeywell = 0x0c2e;
constexpr quint16 Voyager1400g = 0x0b81;

// Usage Page (Generic Desktop), Usage (Keyboard), Collection (Application) ...
const QByteArray KeyboardDescriptor("\x05\x01\x09\x06\xa1\x01\x05\x07\x19\xe0\x29\xe7\x75\x01\x95\x08\x81\x02\xc0", 19);
// Usage Page (Bar Code Scanner 0x8C), Usage (Bar Code Scanner), Collection
// (Application), Report ID 2, Usage (Scanned Data Report 0x12) ... — the
// usage page given as a two-byte item, as some scanners do.
const QByteArray PosDescriptor("\x06\x8c\x00\x09\x02\xa1\x01\x85\x02\x09\x12\xa1\x02\x75\x08\x95\x3f\x81\x02\xc0\xc0", 21);

// A Voyager in HID POS mode with its keyboard interface still there.
std::shared_ptr<FakeUsbState> voyager()
{
    auto state = std::make_shared<FakeUsbState>();
    state->device.vendorId = Honeywell;
    state->device.productId = Voyager1400g;
    state->device.interfaces = {hidInterface(0, 1, 1, 0x81), hidInterface(1, 0, 0, 0x83)};
    state->reportDescriptors = {{0, KeyboardDescriptor}, {1, PosDescriptor}};
    state->kernelDriverOn = {0, 1};   // usbhid takes every HID interface
    return state;
}

HidPosScanReader readerFor(const std::shared_ptr<FakeUsbState> &state, HidPosScannerOptions options = {})
{
    return HidPosScanReader({Honeywell, Voyager1400g, {}}, std::make_unique<FakeUsbDeviceIo>(state), options);
}

// next() until something other than "nothing yet" comes (bounded).
Result<std::optional<QString>> nextCode(HidPosScanReader &reader)
{
    for (int i = 0; i < 50; ++i) {
        auto next = reader.next(20);
        if (!next || next->has_value())
            return next;
    }
    return std::nullopt;
}
} // namespace

class tst_HidPosScanReader : public QObject
{
    Q_OBJECT

private slots:
    void findsThePosInterfaceByItsReportDescriptor();
    void readsCodes();
    void codeOverSeveralReports();
    void codeWhoseRestNeverComesIsIncomplete();
    void unpluggedScannerIsGone();
    void scannerWithoutReportIds();
    void keyboardModeScannerIsExplained();
    void absentScannerIsNotFound();
    void nothingScannedIsNoCode();
    void scansReachTheScannerDevice();
};

void tst_HidPosScanReader::findsThePosInterfaceByItsReportDescriptor()
{
    auto state = voyager();
    auto reader = readerFor(state);
    auto opened = reader.open(1000);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(state->detached, QList<int>{1});   // the keyboard interface stays with the kernel
    QCOMPARE(state->claimed, QList<int>{1});
    QCOMPARE(reader.describe(), u"usb:0c2e:0b81"_qs);
    reader.close();
    QCOMPARE(state->released, QList<int>{1});
    QVERIFY(!state->isOpen);
}

void tst_HidPosScanReader::readsCodes()
{
    auto state = voyager();
    state->interruptIn = {hidPosReport("]E0", "4006381333931"), hidPosReport("]C1", "0104006381333931\x1d" "10LOT7")};
    auto reader = readerFor(state);
    QVERIFY(reader.open(1000));
    auto first = nextCode(reader);
    QVERIFY2(first && first->has_value(), qPrintable(first ? QString() : first.error().message));
    QCOMPARE(**first, u"]E04006381333931"_qs);
    auto second = nextCode(reader);
    QVERIFY(second && second->has_value());
    QCOMPARE(**second, u"]C10104006381333931\x1d" "10LOT7"_qs);
}

void tst_HidPosScanReader::codeOverSeveralReports()
{
    auto state = voyager();
    const QByteArray data(130, 'Q');
    for (const QByteArray &report : hidPosReports("]Q1", data))
        state->interruptIn.push_back(report);
    auto reader = readerFor(state);
    QVERIFY(reader.open(1000));
    auto code = nextCode(reader);
    QVERIFY(code && code->has_value());
    QCOMPARE(**code, u"]Q1"_qs + QString(130, u'Q'));
}

void tst_HidPosScanReader::codeWhoseRestNeverComesIsIncomplete()
{
    auto state = voyager();
    state->interruptIn = {hidPosReports("]Q1", QByteArray(80, 'x')).first()};
    HidPosScannerOptions options;
    options.continuationTimeoutMs = 50;
    auto reader = readerFor(state, options);
    QVERIFY(reader.open(1000));
    auto code = nextCode(reader);
    QVERIFY(!code);
    QCOMPARE(code.error().code, u"scanner.incomplete"_qs);
    // The next scan is whole again.
    state->interruptIn.push_back(hidPosReport("]E4", "96385074"));
    auto next = nextCode(reader);
    QVERIFY(next && next->has_value());
    QCOMPARE(**next, u"]E496385074"_qs);
}

void tst_HidPosScanReader::unpluggedScannerIsGone()
{
    auto state = voyager();
    auto reader = readerFor(state);
    QVERIFY(reader.open(1000));
    state->goneOnRead = true;
    auto code = reader.next(100);
    QVERIFY(!code);
    QCOMPARE(code.error().code, u"scanner.gone"_qs);   // the scanner device reopens it
    QVERIFY2(code.error().message.contains(u"unplugged"_qs), qPrintable(code.error().message));
}

void tst_HidPosScanReader::scannerWithoutReportIds()
{
    // The same collection without its Report ID item: reports start at the length byte.
    QByteArray descriptor = PosDescriptor;
    descriptor.remove(descriptor.indexOf(QByteArray("\x85\x02", 2)), 2);
    auto state = voyager();
    state->reportDescriptors = {{0, KeyboardDescriptor}, {1, descriptor}};
    state->interruptIn = {hidPosReport("]E0", "4006381333931").mid(1)};
    auto reader = readerFor(state);
    QVERIFY(reader.open(1000));
    auto code = nextCode(reader);
    QVERIFY2(code && code->has_value(), qPrintable(code ? QString() : code.error().message));
    QCOMPARE(**code, u"]E04006381333931"_qs);
}

void tst_HidPosScanReader::keyboardModeScannerIsExplained()
{
    auto state = voyager();
    state->device.interfaces = {hidInterface(0, 1, 1, 0x81)};
    state->reportDescriptors = {{0, KeyboardDescriptor}};
    auto reader = readerFor(state);
    auto opened = reader.open(1000);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"scanner.not_hid_pos"_qs);
    QVERIFY2(opened.error().message.contains(u"HID POS"_qs), qPrintable(opened.error().message));
    QVERIFY(state->detached.isEmpty());   // the keyboard keeps working
    QVERIFY(!state->isOpen);
}

void tst_HidPosScanReader::absentScannerIsNotFound()
{
    auto state = voyager();
    HidPosScanReader reader({Honeywell, 0x0b61, {}}, std::make_unique<FakeUsbDeviceIo>(state));
    auto opened = reader.open(1000);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"usb.not_found"_qs);
    QVERIFY(opened.error().message.contains(u"0c2e:0b61"_qs));
}

void tst_HidPosScanReader::nothingScannedIsNoCode()
{
    auto state = voyager();
    auto reader = readerFor(state);
    QVERIFY(reader.open(1000));
    auto code = reader.next(30);
    QVERIFY(code);
    QVERIFY(!code->has_value());
}

void tst_HidPosScanReader::scansReachTheScannerDevice()
{
    auto state = voyager();
    ScannerOptions options;
    options.pollMs = 20;
    ScannerDevice scanner(u"scanner"_qs,
                          std::make_unique<HidPosScanReader>(UsbMatch{Honeywell, Voyager1400g, {}},
                                                             std::make_unique<FakeUsbDeviceIo>(state)),
                          options);
    QCOMPARE(scanner.where(), u"usb:0c2e:0b81"_qs);
    QSignalSpy scanned(&scanner, &ScannerDevice::scanned);
    QVERIFY(scanner.claim());
    QVERIFY(scanner.enable());
    // Scanned after enable(): codes read while disabled are thrown away.
    {
        QMutexLocker lock(&state->mutex);
        state->interruptIn.push_back(hidPosReport("]E4", "96385074"));
    }
    QVERIFY(scanned.wait(5000));
    QCOMPARE(scanned.first().first().toString(), u"]E496385074"_qs);
    QCOMPARE(scanner.status().state, DeviceState::Online);
}

QTEST_GUILESS_MAIN(tst_HidPosScanReader)
#include "tst_hid_pos_scan_reader.moc"
