// Internal to drivers/usb: a UsbDeviceInfo from a libusb device, shared by
// the enumerator and the hot-plug monitor. Forward-declares libusb's type so
// <libusb.h> stays in the .cpp files.
#pragma once

#include "drivers/usb/usb_enumerator.h"

struct libusb_device;

namespace retailos::drivers {

// Ids, bus place and interface classes from the cached descriptors (no I/O);
// the serial only when `readSerial` (opens the device briefly; stays empty
// when the lane may not open it).
[[nodiscard]] UsbDeviceInfo libusbDeviceInfo(libusb_device *device, bool readSerial);

} // namespace retailos::drivers
