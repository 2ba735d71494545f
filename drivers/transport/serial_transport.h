// A serial line (RS-232, USB-serial adapters, USB CDC printers and drawers,
// a pty in tests): raw mode, configurable speed and framing, writes and
// reads bounded by timeouts so an unplugged cable never blocks the lane.
#pragma once

#include "drivers/transport/transport.h"

namespace retailos::drivers {

struct SerialSettings
{
    QString path;                  // /dev/ttyUSB0, /dev/ttyS0, /dev/pts/N
    int baud = 9600;               // 1200 … 115200
    int dataBits = 8;              // 7 or 8
    char parity = 'N';             // 'N', 'E', 'O'
    int stopBits = 1;              // 1 or 2
    bool hardwareFlow = false;     // RTS/CTS: many receipt printers want it at 38400 and up
};

class SerialTransport final : public Transport
{
public:
    explicit SerialTransport(SerialSettings settings) : m_settings(std::move(settings)) {}
    ~SerialTransport() override;

    [[nodiscard]] Result<> open(int timeoutMs) override;
    [[nodiscard]] Result<> write(const QByteArray &bytes, int timeoutMs) override;
    // "device.no_answer" when nothing came in time; "device.unreachable" at
    // once when the line hung up (the device was unplugged). write() says
    // "device.unreachable" for a hung-up line too.
    [[nodiscard]] Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void discardInput() override;
    void close() override;
    [[nodiscard]] bool canRead() const override { return true; }
    [[nodiscard]] QString describe() const override { return u"serial:"_qs + m_settings.path; }

private:
    // "device.unreachable": the line hung up.
    [[nodiscard]] std::unexpected<Error> disconnected() const;

    SerialSettings m_settings;
    int m_fd = -1;
};

} // namespace retailos::drivers
