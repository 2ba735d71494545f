// The drawer's state machine shared by every kind of drawer (see cash_drawer.h).
#include "drivers/drawer/cash_drawer.h"

#include <QCoreApplication>
#include <QTimer>

namespace retailos::drivers {

namespace {
struct CashDrawerText
{
    Q_DECLARE_TR_FUNCTIONS(CashDrawer)
};
} // namespace

CashDrawer::CashDrawer(DrawerSensor sensor, DrawerTimings timings, QObject *parent)
    : QObject(parent)
    , m_sensor(sensor)
    , m_timings(timings)
    , m_pollTimer(new QTimer(this))
    , m_confirmTimer(new QTimer(this))
    , m_waitTimer(new QTimer(this))
{
    qRegisterMetaType<DrawerState>();
    m_pollTimer->setInterval(std::max(10, m_timings.pollMs));
    connect(m_pollTimer, &QTimer::timeout, this, &CashDrawer::onPollTick);
    m_confirmTimer->setSingleShot(true);
    connect(m_confirmTimer, &QTimer::timeout, this, &CashDrawer::onConfirmTimeout);
    m_waitTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &CashDrawer::onWaitTimeout);
    if (!hasSensor())
        m_unknownReason
            = CashDrawerText::tr("This drawer has no open sensor, so the till cannot tell whether it is closed.");
}

CashDrawer::~CashDrawer() = default;

void CashDrawer::waitUntilClosed(int timeoutMs)
{
    if (!hasSensor() || m_unreadableForGood) {
        // Said at once, but after the caller has returned and connected.
        QTimer::singleShot(0, this, [this, reason = m_unknownReason] { emit closeUnknown(reason); });
        return;
    }
    m_waiting = true;
    m_waitMs = std::max(0, timeoutMs);
    m_waitTimer->start(m_waitMs);
    updatePolling();
    QTimer::singleShot(0, this, [this] {
        if (m_waiting)
            askSensor();
    });
}

void CashDrawer::cancelWait()
{
    m_waiting = false;
    m_waitTimer->stop();
    updatePolling();
}

void CashDrawer::refresh()
{
    if (hasSensor() && !m_unreadableForGood)
        askSensor();
}

void CashDrawer::kickDelivered()
{
    emit kicked();
    if (!hasSensor() || m_unreadableForGood)
        return;
    m_confirming = true;
    m_readSinceKick = false;
    m_confirmOverdue = false;
    m_confirmTimer->start(std::max(0, m_timings.openConfirmMs));
    updatePolling();
    askSensor();
}

void CashDrawer::kickFailed(const QString &message)
{
    emit openFailed(message);
}

void CashDrawer::pinRead(bool pinHigh)
{
    m_unreadableForGood = false; // it answers after all (a printer replaced, a probe that works again)
    m_readSinceKick = true;
    adopt(drawerStateFromPin(pinHigh, m_sensor));
}

void CashDrawer::sensorUnreadable(const QString &reason, bool forGood)
{
    m_unknownReason = reason;
    if (forGood)
        m_unreadableForGood = true;
    if (m_state != DrawerState::Unknown) {
        m_state = DrawerState::Unknown;
        emit stateChanged(m_state);
    }
    if (forGood) {
        // Nothing more to learn: stop asking, and say so to whoever waits.
        m_confirming = false;
        m_confirmTimer->stop();
        if (m_waiting) {
            finishWait();
            emit closeUnknown(reason);
        }
        updatePolling();
    }
}

QString CashDrawer::notOpenedMessage() const
{
    return CashDrawerText::tr("The drawer was sent the signal to open but its sensor still reads closed. Check the "
                              "drawer cable, or open it with the key.");
}

void CashDrawer::adopt(DrawerState state)
{
    const DrawerState old = m_state;
    if (state != old) {
        m_state = state;
        emit stateChanged(state);
    }
    const DrawerState lastKnown = m_lastKnown;
    if (state != DrawerState::Unknown)
        m_lastKnown = state;
    if (state == DrawerState::Open && m_confirming) {
        m_confirming = false;
        m_confirmOverdue = false;
        m_confirmTimer->stop();
        emit opened();
    } else if (state == DrawerState::Open && lastKnown == DrawerState::Closed) {
        emit opened(); // opened with the key, or by hand
    }
    if (state == DrawerState::Closed && m_confirming && m_confirmOverdue) {
        // The first reading after the kick, past the confirm time: still shut.
        m_confirming = false;
        m_confirmOverdue = false;
        emit openFailed(notOpenedMessage());
    }
    if (state == DrawerState::Closed && m_waiting) {
        finishWait();
        emit closed();
    } else if (state == DrawerState::Closed && lastKnown == DrawerState::Open) {
        // Also after a spell of Unknown (the printer was offline meanwhile).
        emit closed();
    }
    updatePolling();
}

void CashDrawer::onPollTick()
{
    askSensor();
}

void CashDrawer::onConfirmTimeout()
{
    if (!m_confirming)
        return;
    if (!m_readSinceKick) {
        // No fresh reading yet (the question waits behind a long receipt on
        // a slow line): decide when it comes, keep asking meanwhile.
        m_confirmOverdue = true;
        return;
    }
    m_confirming = false;
    updatePolling();
    // Only a sensor that reads "closed" says the drawer stayed shut; an
    // unreadable one says nothing either way.
    if (m_state == DrawerState::Closed)
        emit openFailed(notOpenedMessage());
}

void CashDrawer::onWaitTimeout()
{
    if (!m_waiting)
        return;
    finishWait();
    if (m_state == DrawerState::Unknown)
        emit closeUnknown(m_unknownReason.isEmpty()
                ? CashDrawerText::tr("The drawer's sensor did not answer, so the till cannot tell "
                                     "whether it is closed.")
                : m_unknownReason);
    else
        emit notClosedInTime((m_waitMs + 999) / 1000);
}

void CashDrawer::finishWait()
{
    m_waiting = false;
    m_waitTimer->stop();
    updatePolling();
}

void CashDrawer::updatePolling()
{
    const bool wanted = (m_confirming || m_waiting) && hasSensor() && !m_unreadableForGood;
    if (wanted && !m_pollTimer->isActive())
        m_pollTimer->start();
    else if (!wanted)
        m_pollTimer->stop();
}

} // namespace retailos::drivers
