// USB errors in words an installer can act on (see usb_error.h).
#include "drivers/usb/usb_error.h"

#include <QCoreApplication>

#include <libusb.h>

namespace retailos::drivers {

namespace {
struct UsbText
{
    Q_DECLARE_TR_FUNCTIONS(UsbDevice)
};
} // namespace

QString usbErrorCode(UsbErrorKind kind)
{
    switch (kind) {
    case UsbErrorKind::NotFound: return u"usb.not_found"_qs;
    case UsbErrorKind::Permission: return u"usb.permission"_qs;
    case UsbErrorKind::Busy: return u"usb.busy"_qs;
    case UsbErrorKind::Gone: return u"usb.gone"_qs;
    case UsbErrorKind::Timeout: return u"usb.timeout"_qs;
    case UsbErrorKind::Io: return u"usb.io"_qs;
    }
    return u"usb.io"_qs;
}

Error usbError(UsbErrorKind kind, const QString &where, const QString &detail)
{
    QString message;
    switch (kind) {
    case UsbErrorKind::NotFound:
        message = UsbText::tr("No USB device %1 is connected. Check the cable and the power, and compare the ids "
                              "with the output of lsusb.")
                      .arg(where);
        break;
    case UsbErrorKind::Permission:
        message = UsbText::tr("This lane may not use the USB device %1. Install the Retail OS udev rules "
                              "(60-retailos-pos.rules), add the lane's user to the group \"retailos\", then unplug "
                              "the device and plug it in again.")
                      .arg(where);
        break;
    case UsbErrorKind::Busy:
        message = UsbText::tr("The USB device %1 is held by another driver (the kernel printer driver usblp, or "
                              "CUPS) and could not be taken over. Remove its CUPS queue or unload usblp, then try "
                              "again.")
                      .arg(where);
        break;
    case UsbErrorKind::Gone:
        message = UsbText::tr("The USB device %1 was unplugged or switched off.").arg(where);
        break;
    case UsbErrorKind::Timeout:
        message = UsbText::tr("The USB device %1 did not respond in time.").arg(where);
        break;
    case UsbErrorKind::Io:
        message = UsbText::tr("Talking to the USB device %1 failed.").arg(where);
        break;
    }
    if (!detail.isEmpty())
        message += u" ("_qs + detail + u')';
    return Error{usbErrorCode(kind), message};
}

UsbErrorKind usbErrorKindFromLibusb(int libusbCode)
{
    switch (libusbCode) {
    case LIBUSB_ERROR_ACCESS: return UsbErrorKind::Permission;
    case LIBUSB_ERROR_BUSY: return UsbErrorKind::Busy;
    case LIBUSB_ERROR_NO_DEVICE: return UsbErrorKind::Gone;
    case LIBUSB_ERROR_NOT_FOUND: return UsbErrorKind::NotFound;
    case LIBUSB_ERROR_TIMEOUT: return UsbErrorKind::Timeout;
    default: return UsbErrorKind::Io;
    }
}

Error usbErrorFromLibusb(int libusbCode, const QString &where)
{
    const UsbErrorKind kind = usbErrorKindFromLibusb(libusbCode);
    // libusb's name only where our words do not say it all already.
    const QString detail = kind == UsbErrorKind::Io ? QString::fromLatin1(libusb_error_name(libusbCode)) : QString();
    return usbError(kind, where, detail);
}

} // namespace retailos::drivers
