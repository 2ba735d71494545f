// A USB HID POS bar code scanner (see hid_pos_report_decoder.h) as a
// ScanReader: its HID interface found by the report descriptor's usage page
// 0x8C, taken from the kernel's usbhid driver, read by interrupt transfers.
// The scanner must be in its "USB HID POS" mode (a programming bar code in
// its manual); in keyboard mode it is a keyboard-wedge scanner instead.
#pragma once

#include "drivers/scanner/hid_pos_report_decoder.h"
#include "drivers/scanner/scan_reader.h"
#include "drivers/usb/usb_device_io.h"

#include <QElapsedTimer>

#include <memory>

namespace retailos::drivers {

struct HidPosScannerOptions
{
    HidPosReportLayout layout;
    // The longest wait for the next report of a code split over several:
    // a code whose rest never comes is "scanner.incomplete".
    int continuationTimeoutMs = 500;
};

// The interface and interrupt IN endpoint a HID POS scanner reports on.
struct HidPosEndpoint
{
    int interfaceNumber = 0;
    UsbEndpoint in;
    bool reportIds = true;   // reports start with their report id (the descriptor has Report ID items)
};

// Among the HID interfaces with an interrupt IN, the one whose report
// descriptor uses page 0x8C (asked over `io`); else the first that is not a
// boot keyboard or mouse. "scanner.not_hid_pos" when the scanner only
// offers a keyboard (it is in keyboard mode).
[[nodiscard]] Result<HidPosEndpoint> findHidPosEndpoint(UsbDeviceIo &io, const QString &where);

class HidPosScanReader final : public ScanReader
{
public:
    // `io` defaults to LibusbDeviceIo; tests pass a fake scanner.
    explicit HidPosScanReader(UsbMatch match, std::unique_ptr<UsbDeviceIo> io = {}, HidPosScannerOptions options = {});
    ~HidPosScanReader() override;

    [[nodiscard]] Result<> open(int timeoutMs) override;
    // Errors: "scanner.bad_report", "scanner.incomplete" (the rest of a code
    // never came); every USB failure is "scanner.gone" with the USB
    // message, so the scanner device opens it again.
    [[nodiscard]] Result<std::optional<QString>> next(int timeoutMs) override;
    void close() override;
    // "usb:0c2e:0b61", "usb:0c2e:0b61/17250B1234"
    [[nodiscard]] QString describe() const override { return describeUsb(m_match); }

private:
    UsbMatch m_match;
    std::unique_ptr<UsbDeviceIo> m_io;
    HidPosScannerOptions m_options;
    HidPosReportDecoder m_decoder;
    std::optional<HidPosEndpoint> m_endpoint;
    QElapsedTimer m_sinceLastReport;
};

} // namespace retailos::drivers
