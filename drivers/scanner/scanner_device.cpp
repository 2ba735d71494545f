// The scanner device and its worker thread (see scanner_device.h).
#include "drivers/scanner/scanner_device.h"

#include "core/logging/log.h"
#include "drivers/scanner/scan_debouncer.h"
#include "drivers/scanner/scan_reader.h"

#include <QCoreApplication>
#include <QThread>

namespace retailos::drivers {

namespace {
struct ScannerDeviceText
{
    Q_DECLARE_TR_FUNCTIONS(ScannerDevice)
};
} // namespace

ScannerDevice::ScannerDevice(QString name, std::unique_ptr<ScanReader> reader, ScannerOptions options, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_options(options)
    , m_reader(std::move(reader))
{
    qRegisterMetaType<DeviceStatus>();
    m_where = m_reader->describe();
}

ScannerDevice::~ScannerDevice()
{
    release();
}

Result<> ScannerDevice::claim()
{
    if (m_claim.isClaimed())
        return {};
    if (auto claimed = m_claim.claim(m_where, ScannerDeviceText::tr("The scanner")); !claimed)
        return claimed;
    m_running = true;
    const int generation = ++m_generation;
    m_thread = QThread::create([this, generation] { run(generation); });
    m_thread->setObjectName(u"scanner:"_qs + m_name);
    m_thread->start();
    return {};
}

void ScannerDevice::release()
{
    m_enabled = false;
    stopWorker();
    ++m_generation; // whatever the stopped worker posted is stale now
    if (m_claim.isClaimed()) {
        m_claim.release();
        adoptStatus({ DeviceState::Unknown, false, {} });
    }
}

Result<> ScannerDevice::enable()
{
    if (!m_claim.isClaimed())
        return fail(u"device.not_claimed"_qs, ScannerDeviceText::tr("The scanner \"%1\" is not claimed.").arg(m_name));
    m_enabled = true;
    return {};
}

void ScannerDevice::disable()
{
    m_enabled = false;
}

void ScannerDevice::stopWorker()
{
    if (!m_thread)
        return;
    {
        std::lock_guard guard(m_wakeMutex);
        m_running = false;
    }
    m_wake.notify_all();
    m_thread->wait(); // bounded by pollMs / openTimeoutMs: every reader call has a timeout
    delete m_thread;
    m_thread = nullptr;
}

void ScannerDevice::sleepUnlessStopped(int ms)
{
    std::unique_lock lock(m_wakeMutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(ms), [this] { return !m_running; });
}

void ScannerDevice::run(int generation)
{
    ScanDebouncer debouncer(m_options.debounceMs);
    bool open = false;
    while (m_running) {
        if (!open) {
            if (auto opened = m_reader->open(m_options.openTimeoutMs); !opened) {
                post(generation,
                    { DeviceState::Offline, false,
                        ScannerDeviceText::tr("The scanner \"%1\" is not connected: %2")
                            .arg(m_name, opened.error().message) });
                sleepUnlessStopped(m_options.reconnectMs);
                continue;
            }
            open = true;
            post(generation, { DeviceState::Online, false, {} });
        }
        auto next = m_reader->next(m_options.pollMs);
        if (!next) {
            if (next.error().code == u"scanner.gone") {
                m_reader->close();
                open = false;
                post(generation, { DeviceState::Offline, false, next.error().message });
                sleepUnlessStopped(m_options.reconnectMs);
                continue;
            }
            log::warn(u"devices", QStringLiteral("scanner %1: %2").arg(m_name, next.error().code));
            if (m_enabled) {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, message = next.error().message] {
                        if (m_enabled && generation == m_generation)
                            emit scanFailed(message);
                    },
                    Qt::QueuedConnection);
            }
            continue;
        }
        if (!next->has_value())
            continue;
        const QString code = **next;
        // Fed also while disabled: a double read straddling enable() is still one read.
        if (!debouncer.accept(m_where, code)) {
            log::debug(u"devices", QStringLiteral("scanner %1: double read dropped").arg(m_name));
            continue;
        }
        if (m_enabled) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, code] {
                    if (m_enabled
                        && generation
                            == m_generation) // disabled meanwhile: thrown away like any code read while disabled
                        emit scanned(code);
                },
                Qt::QueuedConnection);
        }
    }
    if (open)
        m_reader->close();
}

void ScannerDevice::post(int generation, const DeviceStatus &status)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, status] {
            if (m_claim.isClaimed() && generation == m_generation) // from a worker stopped since: stale
                adoptStatus(status);
        },
        Qt::QueuedConnection);
}

void ScannerDevice::adoptStatus(const DeviceStatus &status)
{
    if (status == m_status)
        return;
    if (status.state != m_status.state && !status.message.isEmpty())
        log::info(u"devices", QStringLiteral("scanner %1: %2").arg(m_name, status.message));
    m_status = status;
    emit statusChanged(status);
}

} // namespace retailos::drivers
