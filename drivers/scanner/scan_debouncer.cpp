// Double-read filter (see scan_debouncer.h).
#include "drivers/scanner/scan_debouncer.h"

#include <QElapsedTimer>

#include <memory>

namespace retailos::drivers {

ScanDebouncer::ScanDebouncer(int windowMs, Clock clock)
    : m_windowMs(std::max(0, windowMs))
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

bool ScanDebouncer::accept(const QString &device, const QString &code)
{
    const qint64 now = m_clock();
    auto found = m_last.find(device);
    if (found == m_last.end()) {
        m_last.insert(device, { code, now });
        return true;
    }
    const bool doubleRead = found->code == code && now - found->atMs <= m_windowMs;
    *found = { code, now };
    return !doubleRead;
}

} // namespace retailos::drivers
