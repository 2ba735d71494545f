// The table of known point-of-sale USB vendors (see usb_device_kind.h).
// Vendor ids as registered with the USB-IF (the usb.ids list lsusb uses).
#include "drivers/usb/usb_device_kind.h"

#include "drivers/usb/usb_device_io.h"

#include <algorithm>

namespace retailos::drivers {

QString usbDeviceKindName(UsbDeviceKind kind)
{
    switch (kind) {
    case UsbDeviceKind::Printer: return u"printer"_qs;
    case UsbDeviceKind::Scanner: return u"scanner"_qs;
    case UsbDeviceKind::Display: return u"display"_qs;
    case UsbDeviceKind::Drawer: return u"drawer"_qs;
    case UsbDeviceKind::Unknown: break;
    }
    return u"unknown"_qs;
}

const QList<UsbPosVendor> &knownPosVendors()
{
    static const QList<UsbPosVendor> vendors = [] {
        QList<UsbPosVendor> v{
            {0x04b8, "Seiko Epson", UsbDeviceKind::Printer},
            {0x0519, "Star Micronics", UsbDeviceKind::Printer},
            {0x1504, "Bixolon", UsbDeviceKind::Printer},
            {0x1d90, "Citizen", UsbDeviceKind::Printer},
            {0x2730, "Citizen Systems", UsbDeviceKind::Printer},
            {0x0dd4, "Custom Engineering", UsbDeviceKind::Printer},
            {0x154f, "SNBC", UsbDeviceKind::Printer},
            {0x0c2e, "Honeywell (Metrologic)", UsbDeviceKind::Scanner},
            {0x0536, "Honeywell (Hand Held Products)", UsbDeviceKind::Scanner},
            {0x05e0, "Zebra (Symbol Technologies)", UsbDeviceKind::Scanner},
            {0x05f9, "Datalogic (PSC Scanning)", UsbDeviceKind::Scanner},
            {0x080c, "Datalogic", UsbDeviceKind::Scanner},
            {0x1eab, "Newland", UsbDeviceKind::Scanner},
            {0x065a, "Opticon", UsbDeviceKind::Scanner},
            {0x0d3a, "Posiflex", UsbDeviceKind::Display},
        };
        std::sort(v.begin(), v.end(), [](const UsbPosVendor &a, const UsbPosVendor &b) { return a.vendorId < b.vendorId; });
        return v;
    }();
    return vendors;
}

UsbDeviceKind knownPosDevice(quint16 vendorId, quint16 productId)
{
    // Posiflex makes displays, drawers and card readers under one vendor id.
    if (vendorId == 0x0d3a && (productId == 0x0206 || productId == 0x0207))
        return UsbDeviceKind::Drawer;
    for (const UsbPosVendor &vendor : knownPosVendors()) {
        if (vendor.vendorId == vendorId)
            return vendor.kind;
    }
    return UsbDeviceKind::Unknown;
}

UsbDeviceKind classifyUsbDevice(quint16 vendorId, quint16 productId, const QList<int> &interfaceClasses)
{
    if (const UsbDeviceKind known = knownPosDevice(vendorId, productId); known != UsbDeviceKind::Unknown)
        return known;
    if (interfaceClasses.contains(UsbClassPrinter))
        return UsbDeviceKind::Printer;
    return UsbDeviceKind::Unknown;
}

} // namespace retailos::drivers
