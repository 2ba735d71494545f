// Which device back ends this build carries, for `retailos --version` and support.
#pragma once

#include <QString>

namespace retailos::drivers {

[[nodiscard]] QString usbBackendVersion();    // libusb
[[nodiscard]] QString cupsBackendVersion();   // libcups

} // namespace retailos::drivers
