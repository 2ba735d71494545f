// A USB receipt printer as a Transport: found by vendor/product (and serial),
// its printer-class interface (or a vendor-specific one with a bulk OUT)
// and endpoints read from the descriptors, taken from the kernel's usblp
// driver, fed in chunks. A printer with a bulk IN (bidirectional) answers
// status queries; a one-way one cannot, and its status stays unknown.
#pragma once

#include "drivers/transport/transport.h"
#include "drivers/usb/ieee1284_device_id.h"
#include "drivers/usb/usb_device_io.h"

#include <memory>
#include <optional>

namespace retailos::drivers {

struct UsbPrinterOptions
{
    int chunkBytes = 4096;         // per bulk transfer; rounded down to whole packets
    int deviceIdTimeoutMs = 1000;
};

// The printer's interface and endpoints, picked from its descriptors.
struct UsbPrinterEndpoints
{
    int interfaceNumber = 0;
    int alternate = 0;
    UsbEndpoint out;
    std::optional<UsbEndpoint> in;   // only for bidirectional printers
};

// Printer class (0x07) first, bidirectional (protocol 2) before
// unidirectional (1) before IEEE 1284.4 (3); else the first vendor-specific
// interface with a bulk OUT. Errors "usb.not_printer".
[[nodiscard]] Result<UsbPrinterEndpoints> findPrinterEndpoints(const UsbDeviceDescription &device,
                                                               const QString &where);

class UsbPrinterTransport final : public Transport
{
public:
    // `io` defaults to LibusbDeviceIo; tests pass a fake device.
    explicit UsbPrinterTransport(UsbMatch match, std::unique_ptr<UsbDeviceIo> io = {}, UsbPrinterOptions options = {});
    ~UsbPrinterTransport() override;

    [[nodiscard]] Result<> open(int timeoutMs) override;
    [[nodiscard]] Result<> write(const QByteArray &bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void discardInput() override;
    void close() override;
    // True once an open found a bulk IN endpoint (a bidirectional printer).
    [[nodiscard]] bool canRead() const override { return m_canRead; }
    // "usb:04b8:0e15", "usb:04b8:0e15/J5QF012345"
    [[nodiscard]] QString describe() const override { return describeUsb(m_match); }

    // Asks the open printer for its IEEE 1284 device id (printer-class
    // GET_DEVICE_ID). Errors "device.closed", "usb.bad_device_id", usb.*.
    [[nodiscard]] Result<Ieee1284DeviceId> deviceId();
    // What the last open found, if the printer answered GET_DEVICE_ID then.
    [[nodiscard]] std::optional<Ieee1284DeviceId> lastDeviceId() const { return m_lastDeviceId; }
    [[nodiscard]] std::optional<UsbPrinterEndpoints> endpoints() const { return m_endpoints; }

private:
    UsbMatch m_match;
    std::unique_ptr<UsbDeviceIo> m_io;
    UsbPrinterOptions m_options;
    std::optional<UsbPrinterEndpoints> m_endpoints;   // set while open
    std::optional<Ieee1284DeviceId> m_lastDeviceId;
    QByteArray m_pending;                             // read beyond what was asked
    bool m_canRead = false;
    std::optional<int> m_claimed;                     // the interface we hold
};

} // namespace retailos::drivers
