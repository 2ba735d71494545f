// Serial scanner reader (see serial_scan_reader.h).
#include "drivers/scanner/serial_scan_reader.h"

#include "drivers/transport/transport.h"

#include <QCoreApplication>

#include <algorithm>

namespace retailos::drivers {

namespace {
struct SerialScanText
{
    Q_DECLARE_TR_FUNCTIONS(SerialScanReader)
};
} // namespace

SerialScanReader::SerialScanReader(std::unique_ptr<Transport> transport, ScanFramerOptions framing)
    : m_transport(std::move(transport))
    , m_framer(std::move(framing))
{
    m_clock.start();
}

SerialScanReader::~SerialScanReader()
{
    close();
}

Result<> SerialScanReader::open(int timeoutMs)
{
    close();
    if (auto opened = m_transport->open(timeoutMs); !opened)
        return opened;
    m_framer = ScanFramer(m_framer.options()); // nothing half-read survives a reconnect
    m_open = true;
    return {};
}

Result<std::optional<QString>> SerialScanReader::next(int timeoutMs)
{
    if (!m_open)
        return std::unexpected(gone());
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        m_framer.expire(m_clock.elapsed());
        if (auto ready = m_framer.take()) {
            if (!*ready)
                return std::unexpected(ready->error());
            return std::optional<QString>(std::move(**ready));
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            return std::optional<QString>();
        qint64 wait = left;
        if (const auto deadline = m_framer.deadline())
            wait = std::clamp<qint64>(*deadline - m_clock.elapsed(), 1, left);
        auto bytes = m_transport->read(512, int(wait));
        if (bytes) {
            m_framer.feed(*bytes, m_clock.elapsed());
            continue;
        }
        // The line hung up (adapter unplugged) or failed: the transport
        // says so at once; only a plain timeout means "nothing scanned".
        if (bytes.error().code != u"device.no_answer") {
            close();
            return std::unexpected(gone());
        }
    }
}

void SerialScanReader::close()
{
    if (m_open)
        m_transport->close();
    m_open = false;
}

QString SerialScanReader::describe() const
{
    return m_transport->describe();
}

Error SerialScanReader::gone() const
{
    return { u"scanner.gone"_qs,
        SerialScanText::tr("The scanner on %1 is not connected. Check its cable; it is used again as soon as it "
                           "is plugged in.")
            .arg(describe()) };
}

} // namespace retailos::drivers
