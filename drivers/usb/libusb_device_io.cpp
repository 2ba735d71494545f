// UsbDeviceIo on libusb-1.0 (see libusb_device_io.h).
#include "drivers/usb/libusb_device_io.h"

#include "core/logging/log.h"
#include "drivers/usb/usb_error.h"

#include <QCoreApplication>
#include <QSet>

#include <libusb.h>

#include <limits>

namespace retailos::drivers {

namespace {
struct LibusbText
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};

// A string descriptor by index; empty when there is none or it cannot be read.
QString stringDescriptor(libusb_device_handle *handle, quint8 index)
{
    if (index == 0)
        return {};
    unsigned char buffer[256] = {};
    const int n = libusb_get_string_descriptor_ascii(handle, index, buffer, int(sizeof buffer));
    if (n <= 0)
        return {};
    return QString::fromLatin1(reinterpret_cast<const char *>(buffer), n).trimmed();
}

UsbTransferType transferType(quint8 attributes)
{
    switch (attributes & LIBUSB_TRANSFER_TYPE_MASK) {
    case LIBUSB_TRANSFER_TYPE_CONTROL: return UsbTransferType::Control;
    case LIBUSB_TRANSFER_TYPE_ISOCHRONOUS: return UsbTransferType::Isochronous;
    case LIBUSB_TRANSFER_TYPE_INTERRUPT: return UsbTransferType::Interrupt;
    default: return UsbTransferType::Bulk;
    }
}

QList<UsbInterface> interfacesOf(const libusb_config_descriptor *config)
{
    QList<UsbInterface> result;
    for (int i = 0; i < config->bNumInterfaces; ++i) {
        const libusb_interface &iface = config->interface[i];
        for (int a = 0; a < iface.num_altsetting; ++a) {
            const libusb_interface_descriptor &alt = iface.altsetting[a];
            UsbInterface out;
            out.number = alt.bInterfaceNumber;
            out.alternate = alt.bAlternateSetting;
            out.interfaceClass = alt.bInterfaceClass;
            out.subclass = alt.bInterfaceSubClass;
            out.protocol = alt.bInterfaceProtocol;
            for (int e = 0; e < alt.bNumEndpoints; ++e) {
                const libusb_endpoint_descriptor &ep = alt.endpoint[e];
                out.endpoints.append({ep.bEndpointAddress, transferType(ep.bmAttributes), int(ep.wMaxPacketSize & 0x7ff)});
            }
            result.append(out);
        }
    }
    return result;
}
} // namespace

struct LibusbDeviceIo::Private
{
    libusb_context *context = nullptr;
    libusb_device_handle *handle = nullptr;
    UsbMatch match;
    UsbDeviceDescription description;
    QSet<int> claimed;
    QSet<int> detached;      // interfaces whose kernel driver we took away: given back on close

    QString where() const { return describeUsb(match); }
};

Result<> libusbAvailable()
{
    libusb_context *context = nullptr;
    const int r = libusb_init(&context);
    if (r != 0)
        return fail(u"usb.io"_qs, LibusbText::tr("USB support (libusb) could not start: %1")
                                      .arg(QString::fromLatin1(libusb_error_name(r))));
    libusb_exit(context);
    return {};
}

LibusbDeviceIo::LibusbDeviceIo() : d(std::make_unique<Private>()) {}

LibusbDeviceIo::~LibusbDeviceIo()
{
    close();
}

Result<> LibusbDeviceIo::open(const UsbMatch &match)
{
    close();
    d->match = match;
    if (const int r = libusb_init(&d->context); r != 0) {
        d->context = nullptr;
        return fail(u"usb.io"_qs, LibusbText::tr("USB support (libusb) could not start: %1")
                                      .arg(QString::fromLatin1(libusb_error_name(r))));
    }
    libusb_device **list = nullptr;
    const ssize_t count = libusb_get_device_list(d->context, &list);
    if (count < 0) {
        const Error error = usbErrorFromLibusb(int(count), d->where());
        close();
        return std::unexpected(error);
    }
    // A device with the right ids that we may not open decides the error
    // when none can be opened: "permission" helps more than "not found".
    std::optional<Error> firstOpenError;
    for (ssize_t i = 0; i < count && !d->handle; ++i) {
        libusb_device_descriptor descriptor{};
        if (libusb_get_device_descriptor(list[i], &descriptor) != 0)
            continue;
        if (descriptor.idVendor != match.vendorId || descriptor.idProduct != match.productId)
            continue;
        libusb_device_handle *handle = nullptr;
        if (const int r = libusb_open(list[i], &handle); r != 0) {
            if (!firstOpenError)
                firstOpenError = usbErrorFromLibusb(r, d->where());
            continue;
        }
        const QString serial = stringDescriptor(handle, descriptor.iSerialNumber);
        if (!match.serial.isEmpty() && serial != match.serial) {
            libusb_close(handle);
            continue;
        }
        d->handle = handle;
        d->description.vendorId = descriptor.idVendor;
        d->description.productId = descriptor.idProduct;
        d->description.serial = serial;
        d->description.manufacturer = stringDescriptor(handle, descriptor.iManufacturer);
        d->description.product = stringDescriptor(handle, descriptor.iProduct);
        libusb_config_descriptor *config = nullptr;
        if (libusb_get_active_config_descriptor(list[i], &config) != 0)
            libusb_get_config_descriptor(list[i], 0, &config);
        if (config) {
            d->description.configuration = config->bConfigurationValue;
            d->description.interfaces = interfacesOf(config);
            libusb_free_config_descriptor(config);
        }
    }
    libusb_free_device_list(list, 1);
    if (!d->handle) {
        const Error error = firstOpenError ? *firstOpenError : usbError(UsbErrorKind::NotFound, d->where());
        close();
        return std::unexpected(error);
    }
    return {};
}

bool LibusbDeviceIo::isOpen() const
{
    return d->handle != nullptr;
}

UsbDeviceDescription LibusbDeviceIo::description() const
{
    return d->description;
}

Result<> LibusbDeviceIo::detachKernelDriver(int interfaceNumber)
{
    if (!d->handle)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    const int active = libusb_kernel_driver_active(d->handle, interfaceNumber);
    if (active == 0 || active == LIBUSB_ERROR_NOT_SUPPORTED)
        return {};
    if (active < 0)
        return std::unexpected(usbErrorFromLibusb(active, d->where()));
    const int r = libusb_detach_kernel_driver(d->handle, interfaceNumber);
    if (r == 0) {
        d->detached.insert(interfaceNumber);
        log::info(u"devices", QStringLiteral("%1: kernel driver detached from interface %2").arg(d->where()).arg(interfaceNumber));
        return {};
    }
    if (r == LIBUSB_ERROR_NOT_FOUND)
        return {};   // it let go in between
    if (r == LIBUSB_ERROR_NO_DEVICE)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    // Whatever libusb says (ACCESS, BUSY, IO): the kernel keeps the device.
    return std::unexpected(usbError(UsbErrorKind::Busy, d->where(),
                                    LibusbText::tr("the kernel driver could not be detached: %1")
                                        .arg(QString::fromLatin1(libusb_error_name(r)))));
}

Result<> LibusbDeviceIo::claimInterface(int interfaceNumber)
{
    if (!d->handle)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    if (const int r = libusb_claim_interface(d->handle, interfaceNumber); r != 0)
        return std::unexpected(usbErrorFromLibusb(r, d->where()));
    d->claimed.insert(interfaceNumber);
    return {};
}

Result<> LibusbDeviceIo::setAlternateSetting(int interfaceNumber, int alternate)
{
    if (!d->handle)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    if (const int r = libusb_set_interface_alt_setting(d->handle, interfaceNumber, alternate); r != 0)
        return std::unexpected(usbErrorFromLibusb(r, d->where()));
    return {};
}

void LibusbDeviceIo::releaseInterface(int interfaceNumber)
{
    if (d->handle && d->claimed.remove(interfaceNumber))
        libusb_release_interface(d->handle, interfaceNumber);
}

Result<int> LibusbDeviceIo::bulkWrite(quint8 endpoint, QByteArrayView bytes, int timeoutMs)
{
    if (!d->handle)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    int transferred = 0;
    // libusb takes a non-const buffer for both directions; an OUT transfer only reads it.
    auto *data = reinterpret_cast<unsigned char *>(const_cast<char *>(bytes.data()));
    const int r = libusb_bulk_transfer(d->handle, endpoint, data, int(bytes.size()), &transferred, unsigned(timeoutMs));
    if (r == 0 || (r == LIBUSB_ERROR_TIMEOUT && transferred > 0))
        return transferred;
    return std::unexpected(usbErrorFromLibusb(r, d->where()));
}

Result<QByteArray> LibusbDeviceIo::bulkRead(quint8 endpoint, int maxBytes, int timeoutMs)
{
    if (!d->handle)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    QByteArray data(maxBytes, Qt::Uninitialized);
    int transferred = 0;
    const int r = libusb_bulk_transfer(d->handle, endpoint, reinterpret_cast<unsigned char *>(data.data()), maxBytes,
                                       &transferred, unsigned(timeoutMs));
    if (r != 0 && !(r == LIBUSB_ERROR_TIMEOUT && transferred > 0))
        return std::unexpected(usbErrorFromLibusb(r, d->where()));
    data.truncate(transferred);
    return data;
}

Result<QByteArray> LibusbDeviceIo::interruptRead(quint8 endpoint, int maxBytes, int timeoutMs)
{
    if (!d->handle)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    QByteArray data(maxBytes, Qt::Uninitialized);
    int transferred = 0;
    const int r = libusb_interrupt_transfer(d->handle, endpoint, reinterpret_cast<unsigned char *>(data.data()),
                                            maxBytes, &transferred, unsigned(timeoutMs));
    if (r != 0 && !(r == LIBUSB_ERROR_TIMEOUT && transferred > 0))
        return std::unexpected(usbErrorFromLibusb(r, d->where()));
    data.truncate(transferred);
    return data;
}

Result<QByteArray> LibusbDeviceIo::controlIn(quint8 requestType, quint8 request, quint16 value, quint16 index,
                                             int maxBytes, int timeoutMs)
{
    if (!d->handle)
        return std::unexpected(usbError(UsbErrorKind::Gone, d->where()));
    maxBytes = std::clamp(maxBytes, 0, int(std::numeric_limits<quint16>::max()));
    QByteArray data(maxBytes, Qt::Uninitialized);
    const int r = libusb_control_transfer(d->handle, requestType | LIBUSB_ENDPOINT_IN, request, value, index,
                                          reinterpret_cast<unsigned char *>(data.data()), quint16(maxBytes),
                                          unsigned(timeoutMs));
    if (r < 0)
        return std::unexpected(usbErrorFromLibusb(r, d->where()));
    data.truncate(r);
    return data;
}

void LibusbDeviceIo::close()
{
    if (d->handle) {
        for (const int i : std::as_const(d->claimed))
            libusb_release_interface(d->handle, i);
        // Give the printer back to the system (usblp) the way we found it.
        for (const int i : std::as_const(d->detached))
            libusb_attach_kernel_driver(d->handle, i);
        libusb_close(d->handle);
        d->handle = nullptr;
    }
    d->claimed.clear();
    d->detached.clear();
    d->description = {};
    if (d->context) {
        libusb_exit(d->context);
        d->context = nullptr;
    }
}

} // namespace retailos::drivers
