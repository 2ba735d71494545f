// Settings → the hardware layer's transports: one place that knows how a
// "devices.*" entry becomes a byte pipe, for every device class.
#pragma once

#include "drivers/transport/serial_transport.h"
#include "drivers/transport/transport.h"

#include <memory>

namespace retailos {
struct PrinterSettings;
struct SerialPortSettings;
}

namespace retailos::app {

[[nodiscard]] drivers::SerialSettings serialSettings(const SerialPortSettings &port);

// nullptr for "none". `twoWay` tells whether the printer can answer status
// questions over it (TCP, serial, USB; a one-way USB printer just stays
// "unknown").
[[nodiscard]] std::unique_ptr<drivers::Transport> printerTransport(const PrinterSettings &printer, bool &twoWay);

} // namespace retailos::app
