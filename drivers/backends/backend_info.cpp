// Versions of the device libraries linked into this build.
#include "drivers/backends/backend_info.h"

#include <cups/cups.h>
#include <libusb.h>

namespace retailos::drivers {

QString usbBackendVersion()
{
    const libusb_version *v = libusb_get_version();
    return QStringLiteral("libusb %1.%2.%3").arg(v->major).arg(v->minor).arg(v->micro);
}

QString cupsBackendVersion()
{
    return QStringLiteral("CUPS %1.%2.%3").arg(CUPS_VERSION_MAJOR).arg(CUPS_VERSION_MINOR).arg(CUPS_VERSION_PATCH);
}

} // namespace retailos::drivers
