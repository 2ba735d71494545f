// Listing the USB bus with libusb (see usb_enumerator.h).
#include "drivers/usb/libusb_device_info.h"

#include "drivers/usb/usb_error.h"

#include <QCoreApplication>
#include <QHash>

#include <libusb.h>

namespace retailos::drivers {

namespace {
struct EnumeratorText
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};

using PlugKey = QString;

PlugKey plugKey(const UsbDeviceInfo &info)
{
    return QStringLiteral("%1-%2-%3").arg(info.bus).arg(info.address).arg(usbIdText(info.vendorId, info.productId));
}
} // namespace

UsbDeviceInfo libusbDeviceInfo(libusb_device *device, bool readSerial)
{
    UsbDeviceInfo info;
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(device, &descriptor) != 0)
        return info;
    info.vendorId = descriptor.idVendor;
    info.productId = descriptor.idProduct;
    info.bus = libusb_get_bus_number(device);
    info.address = libusb_get_device_address(device);
    libusb_config_descriptor *config = nullptr;
    if (libusb_get_active_config_descriptor(device, &config) == 0 && config) {
        for (int i = 0; i < config->bNumInterfaces; ++i) {
            for (int a = 0; a < config->interface[i].num_altsetting; ++a) {
                const int cls = config->interface[i].altsetting[a].bInterfaceClass;
                if (!info.interfaceClasses.contains(cls))
                    info.interfaceClasses.append(cls);
            }
        }
        libusb_free_config_descriptor(config);
    }
    if (descriptor.bDeviceClass != 0 && !info.interfaceClasses.contains(descriptor.bDeviceClass))
        info.interfaceClasses.append(descriptor.bDeviceClass);
    info.kind = classifyUsbDevice(info.vendorId, info.productId, info.interfaceClasses);
    if (readSerial && descriptor.iSerialNumber != 0) {
        libusb_device_handle *handle = nullptr;
        if (libusb_open(device, &handle) == 0) {
            unsigned char buffer[256] = {};
            const int n = libusb_get_string_descriptor_ascii(handle, descriptor.iSerialNumber, buffer, int(sizeof buffer));
            if (n > 0)
                info.serial = QString::fromLatin1(reinterpret_cast<const char *>(buffer), n).trimmed();
            libusb_close(handle);
        }
    }
    return info;
}

struct LibusbEnumerator::Private
{
    libusb_context *context = nullptr;
    // Serials read once per plug: a poll every few seconds opens nothing twice.
    QHash<PlugKey, QString> serials;
};

LibusbEnumerator::LibusbEnumerator() : d(std::make_unique<Private>()) {}

LibusbEnumerator::~LibusbEnumerator()
{
    if (d->context)
        libusb_exit(d->context);
}

Result<QList<UsbDeviceInfo>> LibusbEnumerator::devices()
{
    if (!d->context) {
        if (const int r = libusb_init(&d->context); r != 0) {
            d->context = nullptr;
            return fail(u"usb.io"_qs, EnumeratorText::tr("USB support (libusb) could not start: %1")
                                          .arg(QString::fromLatin1(libusb_error_name(r))));
        }
    }
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(d->context, &list);
    if (count < 0)
        return std::unexpected(usbErrorFromLibusb(int(count), u"usb"_qs));
    QList<UsbDeviceInfo> result;
    QHash<PlugKey, QString> seen;
    for (ssize_t i = 0; i < count; ++i) {
        UsbDeviceInfo info = libusbDeviceInfo(list[i], false);
        if (info.vendorId == 0 && info.productId == 0)
            continue;
        // Only point-of-sale devices are opened for their serial.
        if (info.kind != UsbDeviceKind::Unknown) {
            const auto cached = d->serials.constFind(plugKey(info));
            info.serial = cached != d->serials.constEnd() ? *cached : libusbDeviceInfo(list[i], true).serial;
            seen.insert(plugKey(info), info.serial);
        }
        result.append(info);
    }
    libusb_free_device_list(list, 1);
    d->serials = seen;
    return result;
}

} // namespace retailos::drivers
