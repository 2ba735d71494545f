// The thin seam between our USB logic and libusb: open one device by
// vendor/product (and serial), read its descriptors, claim interfaces, move
// bytes with timeouts. LibusbDeviceIo is the real one; tests put a fake
// printer or scanner behind the same interface, since no USB device can be
// attached where they run. Every call blocks at most its timeout and runs
// on the device's worker thread.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace retailos::drivers {

// Which device to open. An empty serial takes the first device with the ids;
// a serial tells apart two identical printers on one lane.
struct UsbMatch
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serial;

    friend bool operator==(const UsbMatch &, const UsbMatch &) = default;
};

// "usb:04b8:0e15", "usb:04b8:0e15/J5QF012345" — for logs, messages and claims.
[[nodiscard]] QString describeUsb(const UsbMatch &match);
// "04b8:0e15" as lsusb prints it.
[[nodiscard]] QString usbIdText(quint16 vendorId, quint16 productId);
// From settings: "04b8" (or "0x04b8") as lsusb shows it; "usb.bad_id" otherwise.
[[nodiscard]] Result<quint16> parseUsbId(QStringView text);
[[nodiscard]] Result<UsbMatch> parseUsbMatch(QStringView vendor, QStringView product, const QString &serial = {});

enum class UsbTransferType { Control, Isochronous, Bulk, Interrupt };

struct UsbEndpoint
{
    quint8 address = 0;            // bit 7 set: IN (device to host)
    UsbTransferType type = UsbTransferType::Bulk;
    int maxPacketSize = 64;

    [[nodiscard]] bool isIn() const { return (address & 0x80) != 0; }
    friend bool operator==(const UsbEndpoint &, const UsbEndpoint &) = default;
};

// One alternate setting of one interface of the active configuration.
struct UsbInterface
{
    int number = 0;
    int alternate = 0;
    int interfaceClass = 0;        // 0x07 printer, 0x03 HID, 0xff vendor-specific
    int subclass = 0;
    int protocol = 0;              // printer: 1 unidirectional, 2 bidirectional, 3 IEEE 1284.4
    QList<UsbEndpoint> endpoints;

    // The first endpoint of that type and direction, or nullptr.
    [[nodiscard]] const UsbEndpoint *endpoint(UsbTransferType type, bool in) const;
};

inline constexpr int UsbClassPrinter = 0x07;
inline constexpr int UsbClassHid = 0x03;
inline constexpr int UsbClassVendor = 0xff;

struct UsbDeviceDescription
{
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString serial;
    QString manufacturer;
    QString product;
    int configuration = 1;         // bConfigurationValue of the active configuration
    QList<UsbInterface> interfaces;   // every alternate setting, in descriptor order
};

class UsbDeviceIo
{
public:
    virtual ~UsbDeviceIo() = default;

    // Errors: "usb.not_found" (naming vid:pid and serial), "usb.permission"
    // (udev rules / group), "usb.busy", "usb.gone", "usb.io".
    [[nodiscard]] virtual Result<> open(const UsbMatch &match) = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;
    // The opened device's descriptors (empty before open()).
    [[nodiscard]] virtual UsbDeviceDescription description() const = 0;

    // Takes the interface from a kernel driver (usblp, usbhid) if one holds
    // it; succeeds when none does. Fails with "usb.busy" when it cannot.
    [[nodiscard]] virtual Result<> detachKernelDriver(int interfaceNumber) = 0;
    [[nodiscard]] virtual Result<> claimInterface(int interfaceNumber) = 0;
    [[nodiscard]] virtual Result<> setAlternateSetting(int interfaceNumber, int alternate) = 0;
    virtual void releaseInterface(int interfaceNumber) = 0;

    // The bytes the device actually took: fewer than given on a short
    // transfer. A timeout with nothing taken is "usb.timeout"; a timeout after
    // some bytes went through is reported as that count, so the caller can
    // tell "nothing printed" from "half printed".
    [[nodiscard]] virtual Result<int> bulkWrite(quint8 endpoint, QByteArrayView bytes, int timeoutMs) = 0;
    // Up to maxBytes; "usb.timeout" when nothing came within timeoutMs.
    [[nodiscard]] virtual Result<QByteArray> bulkRead(quint8 endpoint, int maxBytes, int timeoutMs) = 0;
    [[nodiscard]] virtual Result<QByteArray> interruptRead(quint8 endpoint, int maxBytes, int timeoutMs) = 0;
    // A device-to-host control transfer (class requests such as the printer
    // class GET_DEVICE_ID).
    [[nodiscard]] virtual Result<QByteArray> controlIn(quint8 requestType, quint8 request, quint16 value,
                                                       quint16 index, int maxBytes, int timeoutMs) = 0;
    // Releases what is claimed and gives the device back (the kernel driver
    // is reattached where we detached it).
    virtual void close() = 0;
};

} // namespace retailos::drivers
