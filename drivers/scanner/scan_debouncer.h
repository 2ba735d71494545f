// Drops double reads: a scanner that sees the same label twice in a few
// hundred milliseconds (a shaky hand, continuous mode) would otherwise sell
// the item twice. The same code from the same device within the window
// after its previous read is dropped; a different code, or the same code
// after a pause longer than the window, passes. The window runs from the
// latest read, so a code repeated every 100 ms while the label stays under a
// presentation scanner is sold once.
#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace retailos::drivers {

class ScanDebouncer
{
public:
    // Milliseconds from a monotonic clock; default QElapsedTimer-based.
    using Clock = std::function<qint64()>;

    explicit ScanDebouncer(int windowMs = 300, Clock clock = {});

    // True: deliver the code; false: a double read, drop it.
    [[nodiscard]] bool accept(const QString &device, const QString &code);
    // Forgets the last codes (a new sale may scan the same item at once).
    void reset() { m_last.clear(); }
    [[nodiscard]] int windowMs() const { return m_windowMs; }

private:
    struct LastRead
    {
        QString code;
        qint64 atMs = 0;
    };

    int m_windowMs;
    Clock m_clock;
    QHash<QString, LastRead> m_last; // per device
};

} // namespace retailos::drivers
