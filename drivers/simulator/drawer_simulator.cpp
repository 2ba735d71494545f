// The simulated serial cash drawer (see drawer_simulator.h).
#include "drivers/simulator/drawer_simulator.h"

#include "drivers/simulator/pty_port.h"

#include <QTimer>

namespace retailos::drivers::sim {

DrawerSimulator::DrawerSimulator(DrawerSimulatorSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_pty(new PtyPort(this))
    , m_closeTimer(new QTimer(this))
{
    m_closeTimer->setSingleShot(true);
    connect(m_closeTimer, &QTimer::timeout, this, [this] { setDrawerOpen(false); });
    connect(m_pty, &PtyPort::bytesReceived, this, &DrawerSimulator::feed);
}

DrawerSimulator::~DrawerSimulator() = default;

Result<QString> DrawerSimulator::open()
{
    return m_pty->open();
}

void DrawerSimulator::close()
{
    m_pty->close();
}

QString DrawerSimulator::path() const
{
    return m_pty->path();
}

void DrawerSimulator::setDrawerOpen(bool open)
{
    if (!open)
        m_closeTimer->stop();
    if (open == m_open)
        return;
    m_open = open;
    emit stateChanged(open);
}

void DrawerSimulator::setStuck(bool stuck)
{
    m_stuck = stuck;
    if (stuck)
        m_closeTimer->stop();
    else if (m_open)
        startClosing();
}

void DrawerSimulator::setClosesAfterMs(int ms)
{
    m_settings.closesAfterMs = ms;
}

void DrawerSimulator::startClosing()
{
    if (!m_stuck && m_settings.closesAfterMs > 0)
        m_closeTimer->start(m_settings.closesAfterMs);
}

void DrawerSimulator::feed(const QByteArray &bytes)
{
    for (const char byte : bytes) {
        bool triggered = false;
        bool asked = false;
        scanFor(m_settings.trigger, m_triggerWindow, byte, &triggered);
        scanFor(m_settings.statusQuery, m_queryWindow, byte, &asked);
        if (triggered) {
            ++m_kicks;
            emit kicked();
            setDrawerOpen(true);
            startClosing();
        }
        if (asked) {
            const char answer = statusAnswer();
            m_pty->write(QByteArray(1, answer));
            emit statusAsked(answer);
        }
    }
}

// The last bytes seen, as long as the sequence looked for: a match however
// the bytes were split into reads.
void DrawerSimulator::scanFor(const QByteArray &needle, QByteArray &window, char byte, bool *matched)
{
    if (needle.isEmpty())
        return;
    window.append(byte);
    if (window.size() > needle.size())
        window.remove(0, window.size() - needle.size());
    if (window == needle) {
        *matched = true;
        window.clear();
    }
}

} // namespace retailos::drivers::sim
