// USB failures as errors an installer or cashier can act on. One place
// words them, so the real libusb path and the test fakes say the same thing:
//   usb.not_found   nothing with that vid:pid (and serial) is plugged in
//   usb.permission  the lane's user may not open it (udev rules, group)
//   usb.busy        a kernel driver (usblp) or CUPS holds it
//   usb.gone        unplugged while in use
//   usb.timeout     the device took nothing / sent nothing in time
//   usb.io          anything else (a stalled endpoint, a protocol error)
#pragma once

#include "core/common/result.h"
#include "drivers/usb/usb_device_io.h"

namespace retailos::drivers {

enum class UsbErrorKind { NotFound, Permission, Busy, Gone, Timeout, Io };

// `where` is describeUsb() of the device; `detail` is optional extra text
// (libusb's own name for the error) appended for the log.
[[nodiscard]] Error usbError(UsbErrorKind kind, const QString &where, const QString &detail = {});
[[nodiscard]] QString usbErrorCode(UsbErrorKind kind);

// A libusb return code (LIBUSB_ERROR_*, negative) in our terms. Kept as an
// int here so no header outside the .cpp files needs <libusb.h>.
[[nodiscard]] UsbErrorKind usbErrorKindFromLibusb(int libusbCode);
[[nodiscard]] Error usbErrorFromLibusb(int libusbCode, const QString &where);

} // namespace retailos::drivers
