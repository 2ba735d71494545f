// Where a scanner's codes come from: a serial line (data then CR), a USB HID
// POS scanner (reports with AIM id and data), later whatever else. The
// scanner device runs one reader on its worker thread; calls block with a
// timeout and never run on the GUI thread.
#pragma once

#include "core/common/result.h"

#include <QString>

#include <optional>

namespace retailos::drivers {

class ScanReader
{
public:
    virtual ~ScanReader() = default;

    [[nodiscard]] virtual Result<> open(int timeoutMs) = 0;
    // The next complete code as the scanner sent it, AIM identifier included
    // when the scanner sends one ("]E04006381333931"), terminator stripped.
    // nullopt: nothing complete arrived within `timeoutMs`.
    // An error for what cannot be a code (line noise, a half barcode that
    // never finished, an oversized frame): stable code "scanner.*" and a
    // translated message. A lost device is an error too ("scanner.gone").
    [[nodiscard]] virtual Result<std::optional<QString>> next(int timeoutMs) = 0;
    virtual void close() = 0;
    // "serial:/dev/ttyACM0", "usb:0c2e:0b61" — for logs, messages and the claim.
    [[nodiscard]] virtual QString describe() const = 0;
};

} // namespace retailos::drivers
