// The customer display and its worker thread (see customer_display.h).
#include "drivers/display/customer_display.h"

#include "drivers/device/device_thread.h"
#include "drivers/transport/transport.h"

#include <QCoreApplication>
#include <QMutex>
#include <QTimer>

#include <optional>

namespace retailos::drivers {

namespace {
struct DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDisplay)
};
} // namespace

struct CustomerDisplay::Screen
{
    bool clear = false;
    QString line1;
    QString line2;
};

// Runs on the display's thread. Holds at most one screen to send: a newer
// request replaces it, so a slow line never works through a backlog.
class CustomerDisplay::Worker : public DeviceWorker
{
public:
    Worker(std::unique_ptr<Transport> transport, CustomerDisplayEncoder encoder, CustomerDisplayTimeouts timeouts,
        CustomerDisplay *owner)
        : m_transport(std::move(transport))
        , m_encoder(encoder)
        , m_timeouts(timeouts)
        , m_owner(owner)
    {
    }
    ~Worker() override { m_transport->close(); }

    // From the GUI thread: true when a send must be scheduled.
    bool put(const Screen &screen)
    {
        QMutexLocker locker(&m_mutex);
        const bool idle = !m_pending.has_value() && !m_scheduled;
        m_pending = screen;
        if (idle)
            m_scheduled = true;
        return idle;
    }

    void sendPending()
    {
        for (;;) {
            std::optional<Screen> screen;
            {
                QMutexLocker locker(&m_mutex);
                screen.swap(m_pending);
                if (!screen || stopping) {
                    m_scheduled = false;
                    return;
                }
            }
            send(*screen);
        }
    }

private:
    void send(const Screen &screen)
    {
        const QByteArray bytes = screen.clear ? m_encoder.clear() : m_encoder.screen(screen.line1, screen.line2);
        Result<> sent = {};
        if (!m_open) {
            sent = m_transport->open(m_timeouts.openMs);
            if (sent)
                sent = m_transport->write(m_encoder.initialise(), m_timeouts.writeMs);
            m_open = bool(sent);
        }
        if (sent)
            sent = m_transport->write(bytes, m_timeouts.writeMs);
        if (!sent) {
            // Opened again (and initialised) with the next screen: the
            // adapter may be plugged back in by then.
            m_transport->close();
            m_open = false;
            const QString message
                = DisplayText::tr("The customer display does not take data: %1").arg(sent.error().message);
            QMetaObject::invokeMethod(
                m_owner,
                [owner = m_owner, message] {
                    owner->adoptStatus({ DeviceState::Offline, false, message });
                    emit owner->failed(message);
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, screen] {
                owner->adoptStatus(
                    { DeviceState::Unknown, false, DisplayText::tr("The customer display cannot report its status.") });
                if (screen.clear)
                    emit owner->cleared();
                else
                    emit owner->shown(screen.line1, screen.line2);
            },
            Qt::QueuedConnection);
    }

    std::unique_ptr<Transport> m_transport;
    CustomerDisplayEncoder m_encoder;
    CustomerDisplayTimeouts m_timeouts;
    CustomerDisplay *m_owner;
    bool m_open = false;
    QMutex m_mutex;
    std::optional<Screen> m_pending;
    bool m_scheduled = false;
};

CustomerDisplay::CustomerDisplay(std::unique_ptr<Transport> transport, CustomerDisplayEncoder encoder,
    CustomerDisplayTimeouts timeouts, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DeviceStatus>();
    m_where = transport->describe();
    m_worker = new Worker(std::move(transport), encoder, timeouts, this);
    m_thread = std::make_unique<DeviceThread>(QStringLiteral("device:display"), m_worker);
}

CustomerDisplay::~CustomerDisplay()
{
    m_thread->stop();
    release();
}

Result<> CustomerDisplay::claim()
{
    return m_claim.claim(m_where, DisplayText::tr("The customer display"));
}

void CustomerDisplay::release()
{
    m_claim.release();
}

void CustomerDisplay::show(const QString &line1, const QString &line2)
{
    request(Screen { false, line1, line2 });
}

void CustomerDisplay::clear()
{
    request(Screen { true, {}, {} });
}

void CustomerDisplay::request(const Screen &screen)
{
    if (!m_claim.isClaimed()) {
        QTimer::singleShot(0, this,
            [this] { emit failed(DisplayText::tr("The customer display on %1 is not claimed.").arg(m_where)); });
        return;
    }
    if (m_worker->put(screen))
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->sendPending(); }, Qt::QueuedConnection);
}

void CustomerDisplay::adoptStatus(const DeviceStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace retailos::drivers
