// The printer device and its worker thread (see printer_device.h).
#include "drivers/device/printer_device.h"

#include "core/logging/log.h"
#include "drivers/device/device_thread.h"
#include "drivers/transport/transport.h"

#include <QCoreApplication>

namespace retailos::drivers {

namespace {
struct PrinterDeviceText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterDeviceText)
};
} // namespace

QString deviceStateText(DeviceState state)
{
    switch (state) {
    case DeviceState::Unknown: return PrinterDeviceText::tr("status unknown");
    case DeviceState::Online: return PrinterDeviceText::tr("ready");
    case DeviceState::Offline: return PrinterDeviceText::tr("offline");
    case DeviceState::CoverOpen: return PrinterDeviceText::tr("cover open");
    case DeviceState::PaperLow: return PrinterDeviceText::tr("paper low");
    case DeviceState::PaperOut: return PrinterDeviceText::tr("out of paper");
    case DeviceState::Error: return PrinterDeviceText::tr("error");
    }
    return {};
}

// Runs on the device's own thread: every blocking call happens here.
class PrinterDevice::Worker : public DeviceWorker
{
public:
    Worker(std::unique_ptr<Transport> transport, StatusProbe probe, PrinterTimeouts timeouts, PrinterDevice *owner)
        : m_transport(std::move(transport)), m_probe(std::move(probe)), m_timeouts(timeouts), m_owner(owner)
    {
    }

    void runJob(int jobId, const QByteArray &bytes, bool needsPaper)
    {
        if (stopping) {
            log::warn(u"devices", QStringLiteral("job %1 dropped: the printer was closed").arg(jobId));
            return;
        }
        if (auto opened = m_transport->open(m_timeouts.connectMs); !opened) {
            report({DeviceState::Offline, false, opened.error().message});
            return failed(jobId, opened.error().message);
        }
        // A printer that can answer is asked first: nothing is sent to a
        // printer without paper, so nothing half-printed needs sorting out.
        bool answered = false;
        if (m_probe && needsPaper) {
            auto before = ask();
            answered = bool(before);
            const DeviceStatus status = before ? *before : DeviceStatus{DeviceState::Unknown, false, before.error().message};
            report(status);
            if (before && !status.canPrint()) {
                m_transport->close();
                return failed(jobId, PrinterDeviceText::tr("The printer is %1; nothing was printed.").arg(deviceStateText(status.state)));
            }
        }
        if (auto written = m_transport->write(bytes, m_timeouts.jobMs); !written) {
            m_transport->close();
            report({DeviceState::Offline, false, written.error().message});
            return failed(jobId, PrinterDeviceText::tr("The receipt may be incomplete: %1").arg(written.error().message));
        }
        // Paper running out in the middle shows only afterwards. A printer
        // that answered before and is silent now is not "printed": it may
        // have been unplugged with the receipt still in the line.
        if (m_probe && needsPaper) {
            auto after = ask();
            if (!after && answered) {
                m_transport->close();
                report({DeviceState::Offline, false, after.error().message});
                return failed(jobId, PrinterDeviceText::tr("The printer stopped answering; check the receipt and print a "
                                                     "copy if it is incomplete."));
            }
            if (after) {
                report(*after);
                if (!after->canPrint()) {
                    m_transport->close();
                    return failed(jobId, PrinterDeviceText::tr("The printer became %1 during the receipt; check it and print "
                                                         "a copy if the receipt is incomplete.")
                                             .arg(deviceStateText(after->state)));
                }
            }
        }
        m_transport->close();
        if (!m_probe)
            report({DeviceState::Unknown, false, {}});   // one-way: it took the bytes, that is all we know
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, jobId] { emit owner->jobCompleted(jobId); },
                                  Qt::QueuedConnection);
    }

    void probeNow()
    {
        if (!m_probe) {
            report({DeviceState::Unknown, false, PrinterDeviceText::tr("This printer cannot report its status.")},
                   Checked::Yes);
            return;
        }
        if (auto opened = m_transport->open(m_timeouts.connectMs); !opened)
            return report({DeviceState::Offline, false, opened.error().message}, Checked::Yes);
        auto status = ask();
        m_transport->close();
        report(status ? *status : DeviceStatus{DeviceState::Unknown, false, status.error().message}, Checked::Yes);
    }

private:
    // The probe's answer is the printer's own word; everything else the
    // worker reports is made up here (answered stays false).
    Result<DeviceStatus> ask()
    {
        auto status = m_probe(*m_transport, m_timeouts.statusMs);
        if (status)
            status->answered = true;
        return status;
    }

    enum class Checked { No, Yes };   // Yes: the answer to checkHealth()
    void report(const DeviceStatus &status, Checked checked = Checked::No)
    {
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, status, checked] {
            owner->adoptStatus(status);
            if (checked == Checked::Yes)
                emit owner->statusChecked(status);
        }, Qt::QueuedConnection);
    }

    void failed(int jobId, const QString &message)
    {
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, jobId, message] { emit owner->jobFailed(jobId, message); },
                                  Qt::QueuedConnection);
    }

    std::unique_ptr<Transport> m_transport;
    StatusProbe m_probe;
    PrinterTimeouts m_timeouts;
    PrinterDevice *m_owner;
};

PrinterDevice::PrinterDevice(QString name, std::unique_ptr<Transport> transport, StatusProbe probe,
                             PrinterTimeouts timeouts, QObject *parent)
    : QObject(parent), m_name(std::move(name))
{
    qRegisterMetaType<DeviceStatus>();
    m_where = transport->describe();
    m_canReportStatus = bool(probe);
    m_worker = new Worker(std::move(transport), std::move(probe), timeouts, this);
    m_thread = std::make_unique<DeviceThread>(u"device:"_qs + m_name, m_worker);
}

PrinterDevice::~PrinterDevice()
{
    // A job in progress finishes (bounded by its timeouts); queued ones are dropped.
    m_thread->stop();
    release();
}

Result<> PrinterDevice::claim()
{
    return m_claim.claim(m_where, PrinterDeviceText::tr("The printer"));
}

void PrinterDevice::release()
{
    m_claim.release();
}

Result<int> PrinterDevice::submit(const QByteArray &bytes, JobKind kind)
{
    if (!m_claim.isClaimed())
        return fail(u"device.not_claimed"_qs, PrinterDeviceText::tr("The printer \"%1\" is not claimed.").arg(m_name));
    const int jobId = m_nextJob++;
    const bool needsPaper = kind == JobKind::Print;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, jobId, bytes, needsPaper] {
        worker->runJob(jobId, bytes, needsPaper);
    }, Qt::QueuedConnection);
    return jobId;
}

void PrinterDevice::checkHealth()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->probeNow(); }, Qt::QueuedConnection);
}

DeviceStatus PrinterDevice::status() const
{
    return m_status;
}

void PrinterDevice::adoptStatus(const DeviceStatus &status)
{
    // The newest snapshot is kept even when it shows the same (its
    // `answered` may differ); only a visible change is signalled.
    const bool changed = status != m_status;
    m_status = status;
    if (changed)
        emit statusChanged(status);
}

} // namespace retailos::drivers
