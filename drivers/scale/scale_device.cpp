// The scale device and its worker thread (see scale_device.h).
#include "drivers/scale/scale_device.h"

#include "core/logging/log.h"
#include "drivers/device/device_thread.h"
#include "drivers/scale/toledo_protocol.h"
#include "drivers/transport/transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace retailos::drivers {

namespace {
struct ScaleDeviceText
{
    Q_DECLARE_TR_FUNCTIONS(ScaleDevice)
};
} // namespace

// Runs on the device's own thread: every blocking call happens here.
class ScaleDevice::Worker : public DeviceWorker
{
public:
    Worker(std::unique_ptr<Transport> transport, ScaleOptions options, QString name, ScaleDevice *owner)
        : m_transport(std::move(transport))
        , m_options(options)
        , m_name(std::move(name))
        , m_owner(owner)
    {
    }

    void weighOnce()
    {
        if (stopping)
            return;
        auto reading = ask();
        if (!reading)
            return failed(reading.error().message);
        weighed(*reading);
    }

    void weighUntilStable(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!stopping) {
            auto reading = ask();
            if (!reading)
                return failed(reading.error().message);
            if (reading->state != ScaleState::Motion)
                return weighed(*reading);
            if (timer.elapsed() + m_options.stableRetryMs >= timeoutMs)
                break;
            QThread::msleep(ulong(m_options.stableRetryMs));
        }
        failed(ScaleDeviceText::tr("The weight did not settle. Let the item rest on the scale and weigh again."));
    }

    void closeLine()
    {
        m_transport->close();
        m_open = false;
    }

private:
    Result<ScaleReading> ask()
    {
        if (!m_open) {
            if (auto opened = m_transport->open(m_options.connectMs); !opened) {
                offline(opened.error().message);
                return std::unexpected(opened.error());
            }
            m_open = true;
        }
        // An answer that came too late for the last question is not this one's.
        m_transport->discardInput();
        QByteArray buffer;
        if (auto written = m_transport->write(ToledoProtocol::weightRequest(), m_options.answerTimeoutMs); !written)
            return lineLost(written.error());
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            const qint64 left = m_options.answerTimeoutMs - timer.elapsed();
            if (left <= 0 || stopping)
                break;
            auto bytes = m_transport->read(64, int(left));
            if (!bytes && bytes.error().code == u"device.no_answer")
                break;
            if (!bytes)
                return lineLost(bytes.error());
            buffer += *bytes;
            if (auto frame = ToledoProtocol::takeReply(buffer)) {
                report({ DeviceState::Online, false, {} });
                return ToledoProtocol::parseReply(*frame);
            }
        }
        // The line stays open: the scale is switched off or set wrong, the
        // next request asks it again.
        const QString message = ScaleDeviceText::tr("The scale on %1 does not answer. Check that it is switched on, "
                                                    "connected and set to the Toledo 8217 protocol.")
                                    .arg(m_transport->describe());
        offline(message);
        return fail(u"scale.no_answer"_qs, message);
    }

    // The line hung up (the transport says so at once, "device.unreachable")
    // or failed: closed, and opened again with the next request.
    std::unexpected<Error> lineLost(const Error &error)
    {
        closeLine();
        if (error.code != u"device.unreachable") {
            offline(error.message);
            return std::unexpected(error);
        }
        const QString message
            = ScaleDeviceText::tr("The scale on %1 was disconnected. Check its cable.").arg(m_transport->describe());
        offline(message);
        return fail(u"scale.gone"_qs, message);
    }

    void offline(const QString &message) { report({ DeviceState::Offline, false, message }); }

    void report(const DeviceStatus &status)
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, status] { owner->adoptStatus(status); }, Qt::QueuedConnection);
    }

    void weighed(const ScaleReading &reading)
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, reading] { emit owner->weighed(reading); }, Qt::QueuedConnection);
    }

    void failed(const QString &message)
    {
        log::warn(u"devices", QStringLiteral("scale %1: %2").arg(m_name, message));
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, message] { emit owner->weighFailed(message); }, Qt::QueuedConnection);
    }

    std::unique_ptr<Transport> m_transport;
    ScaleOptions m_options;
    QString m_name;
    ScaleDevice *m_owner;
    bool m_open = false;
};

ScaleDevice::ScaleDevice(QString name, std::unique_ptr<Transport> transport, ScaleOptions options, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
    qRegisterMetaType<DeviceStatus>();
    qRegisterMetaType<ScaleReading>();
    m_where = transport->describe();
    m_worker = new Worker(std::move(transport), options, m_name, this);
    m_thread = std::make_unique<DeviceThread>(u"scale:"_qs + m_name, m_worker);
}

ScaleDevice::~ScaleDevice()
{
    // A request in progress ends within its answer timeout; queued ones are dropped.
    m_thread->stop();
    m_claim.release();
}

Result<> ScaleDevice::claim()
{
    return m_claim.claim(m_where, ScaleDeviceText::tr("The scale"));
}

void ScaleDevice::release()
{
    if (!m_claim.isClaimed())
        return;
    m_claim.release();
    if (m_thread && m_thread->isRunning())
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->closeLine(); }, Qt::QueuedConnection);
}

Result<> ScaleDevice::needsClaim() const
{
    if (!m_claim.isClaimed())
        return fail(u"device.not_claimed"_qs, ScaleDeviceText::tr("The scale \"%1\" is not claimed.").arg(m_name));
    return {};
}

Result<> ScaleDevice::requestWeight()
{
    if (auto claimed = needsClaim(); !claimed)
        return claimed;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->weighOnce(); }, Qt::QueuedConnection);
    return {};
}

Result<> ScaleDevice::waitForStable(int timeoutMs)
{
    if (auto claimed = needsClaim(); !claimed)
        return claimed;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, timeoutMs] { worker->weighUntilStable(timeoutMs); }, Qt::QueuedConnection);
    return {};
}

void ScaleDevice::adoptStatus(const DeviceStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace retailos::drivers
