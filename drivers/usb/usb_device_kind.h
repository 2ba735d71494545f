// Which USB devices are point-of-sale devices, and of what kind: by vendor
// id (receipt printer makers, scanner makers), refined by product id where a
// vendor makes several kinds, and by the USB class when the vendor is not in
// the table. The same table decides which vendors the udev rules open to
// the lane (installer/udev/60-retailos-pos.rules; a test keeps the two
// in step).
#pragma once

#include <QList>
#include <QString>

namespace retailos::drivers {

enum class UsbDeviceKind { Unknown, Printer, Scanner, Display, Drawer };

[[nodiscard]] QString usbDeviceKindName(UsbDeviceKind kind);   // "printer", "scanner", ...

struct UsbPosVendor
{
    quint16 vendorId = 0;
    const char *name = "";
    UsbDeviceKind kind = UsbDeviceKind::Unknown;   // what this vendor's devices usually are
};

// Every vendor in the table, in vendor id order.
[[nodiscard]] const QList<UsbPosVendor> &knownPosVendors();

// By vendor (and product where a vendor makes several kinds); Unknown for a
// vendor not in the table.
[[nodiscard]] UsbDeviceKind knownPosDevice(quint16 vendorId, quint16 productId);

// knownPosDevice(), else the interface classes decide: a printer-class
// interface (0x07) is a printer whoever made it.
[[nodiscard]] UsbDeviceKind classifyUsbDevice(quint16 vendorId, quint16 productId, const QList<int> &interfaceClasses);

} // namespace retailos::drivers
