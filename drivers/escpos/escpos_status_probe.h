// Asks an ESC/POS printer how it is (`DLE EOT` 1, 2 and 4) over an open
// two-way transport, and turns the answers into a DeviceStatus.
#pragma once

#include "drivers/device/printer_device.h"

namespace retailos::drivers {

[[nodiscard]] StatusProbe escPosStatusProbe();

} // namespace retailos::drivers
