// The drawer on its own serial line and its worker thread (see serial_drawer.h).
#include "drivers/drawer/serial_drawer.h"

#include "drivers/device/device_thread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

namespace retailos::drivers {

namespace {
struct SerialDrawerText
{
    Q_DECLARE_TR_FUNCTIONS(SerialDrawer)
};
} // namespace

Result<> validateSerialDrawerSettings(const SerialDrawerSettings &settings)
{
    if (settings.trigger.isEmpty())
        return fail(QStringLiteral("drawer.trigger"),
            SerialDrawerText::tr("The drawer needs the bytes that open it (its trigger), for example 07."));
    return validateStatusQuery(settings.status);
}

// Runs on the drawer's thread: every blocking call happens here.
class SerialDrawer::Worker : public DeviceWorker
{
public:
    Worker(SerialDrawerSettings settings, SerialDrawer *owner)
        : m_transport(settings.serial)
        , m_settings(std::move(settings))
        , m_owner(owner)
    {
    }
    ~Worker() override { m_transport.close(); }

    void kick()
    {
        if (stopping)
            return;
        Result<> sent = ensureOpen();
        if (sent)
            sent = m_transport.write(m_settings.trigger, m_settings.ioTimeoutMs);
        if (!sent)
            closePort(); // reopened next time: the adapter may be back
        QMetaObject::invokeMethod(
            m_owner,
            [owner = m_owner, sent] {
                if (sent)
                    owner->kickDelivered();
                else
                    owner->kickFailed(SerialDrawerText::tr("The drawer did not open: %1").arg(sent.error().message));
            },
            Qt::QueuedConnection);
    }

    void ask()
    {
        if (stopping)
            return;
        const Result<bool> pin = query();
        if (!pin)
            closePort();
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, pin] { owner->onStatus(pin); }, Qt::QueuedConnection);
    }

private:
    void closePort()
    {
        m_transport.close();
        m_open = false;
    }

    Result<> ensureOpen()
    {
        if (m_open)
            return {};
        auto opened = m_transport.open(m_settings.ioTimeoutMs);
        m_open = bool(opened);
        return opened;
    }

    Result<bool> query()
    {
        if (auto opened = ensureOpen(); !opened)
            return std::unexpected(opened.error());
        // A late answer to an earlier question must not answer this one.
        m_transport.discardInput();
        if (auto written = m_transport.write(m_settings.status.request, m_settings.ioTimeoutMs); !written)
            return std::unexpected(written.error());
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (answer.size() < m_settings.status.answerBytes) {
            const int left = m_settings.ioTimeoutMs - int(clock.elapsed());
            if (left <= 0)
                break;
            auto more = m_transport.read(m_settings.status.answerBytes - int(answer.size()), left);
            if (!more) {
                if (more.error().code == u"device.no_answer" && !answer.isEmpty())
                    break; // a short answer: said below
                return std::unexpected(more.error());
            }
            answer += *more;
        }
        return pinHighFromAnswer(m_settings.status, answer);
    }

    SerialTransport m_transport;
    SerialDrawerSettings m_settings;
    SerialDrawer *m_owner;
    bool m_open = false;
};

SerialDrawer::SerialDrawer(SerialDrawerSettings settings, QObject *parent)
    : CashDrawer(settings.status.isEnabled() ? settings.sensor : DrawerSensor::None, settings.timings, parent)
    , m_settings(std::move(settings))
{
    m_worker = new Worker(m_settings, this);
    m_thread = std::make_unique<DeviceThread>(QStringLiteral("device:drawer"), m_worker);
}

SerialDrawer::~SerialDrawer()
{
    m_thread->stop();
    release();
}

QString SerialDrawer::where() const
{
    return QStringLiteral("serial:") + m_settings.serial.path;
}

Result<> SerialDrawer::claim()
{
    return m_claim.claim(where(), SerialDrawerText::tr("The cash drawer"));
}

void SerialDrawer::release()
{
    m_claim.release();
}

void SerialDrawer::open()
{
    if (!m_claim.isClaimed()) {
        QTimer::singleShot(0, this, [this] {
            kickFailed(SerialDrawerText::tr("The drawer did not open: the drawer on %1 is not claimed.").arg(where()));
        });
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->kick(); }, Qt::QueuedConnection);
}

void SerialDrawer::askSensor()
{
    if (m_asking || !m_claim.isClaimed())
        return;
    m_asking = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->ask(); }, Qt::QueuedConnection);
}

void SerialDrawer::onStatus(const Result<bool> &pinHigh)
{
    m_asking = false;
    if (pinHigh) {
        pinRead(*pinHigh);
        return;
    }
    sensorUnreadable(pinHigh.error().message, false);
}

} // namespace retailos::drivers
