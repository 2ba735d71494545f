// A scanner on a serial line (RS-232, USB-serial, USB CDC; normally 9600 8N1):
// bytes from the transport, cut into codes by ScanFramer. A line that goes
// away (cable pulled, USB-serial adapter unplugged) is "scanner.gone"; the
// scanner device then closes the reader and opens it again until it is back.
#pragma once

#include "drivers/scanner/scan_framer.h"
#include "drivers/scanner/scan_reader.h"

#include <QElapsedTimer>

#include <memory>

namespace retailos::drivers {

class Transport;

class SerialScanReader final : public ScanReader
{
public:
    explicit SerialScanReader(std::unique_ptr<Transport> transport, ScanFramerOptions framing = {});
    ~SerialScanReader() override;

    [[nodiscard]] Result<> open(int timeoutMs) override;
    [[nodiscard]] Result<std::optional<QString>> next(int timeoutMs) override;
    void close() override;
    [[nodiscard]] QString describe() const override;

private:
    [[nodiscard]] Error gone() const;

    std::unique_ptr<Transport> m_transport;
    ScanFramer m_framer;
    QElapsedTimer m_clock; // the framer's monotonic milliseconds
    bool m_open = false;
};

} // namespace retailos::drivers
