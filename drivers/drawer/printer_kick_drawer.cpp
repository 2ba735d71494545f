// The drawer on the printer's kick port (see printer_kick_drawer.h).
#include "drivers/drawer/printer_kick_drawer.h"

#include "drivers/device/printer_device.h"
#include "drivers/escpos/escpos_encoder.h"

#include <QCoreApplication>
#include <QTimer>

namespace retailos::drivers {

namespace {
struct KickText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterKickDrawer)
};

// A status the printer really answered carries the drawer pin; one made up
// by the device after a failed connection or a failed probe (its message is
// then the transport's error) does not.
bool sensorAnswered(const DeviceStatus &status)
{
    return status.state != DeviceState::Unknown && status.message == deviceStateText(status.state);
}
} // namespace

Result<> validateKickSettings(const PrinterKickSettings &settings)
{
    if (settings.pin != 2 && settings.pin != 5)
        return fail(
            QStringLiteral("drawer.pin"), KickText::tr("The drawer pin must be 2 or 5, not %1.").arg(settings.pin));
    const auto inRange = [](int ms) { return ms >= 2 && ms <= 510; };
    if (!inRange(settings.onMs) || !inRange(settings.offMs))
        return fail(QStringLiteral("drawer.pulse"),
            KickText::tr("The drawer pulse times must be between 2 and 510 ms (on %1 ms, off %2 ms).")
                .arg(settings.onMs)
                .arg(settings.offMs));
    return {};
}

PrinterKickDrawer::PrinterKickDrawer(PrinterDevice &printer, PrinterKickSettings settings, QObject *parent)
    : CashDrawer(settings.sensor, settings.timings, parent)
    , m_printer(&printer)
    , m_settings(settings)
{
    connect(&printer, &PrinterDevice::statusChanged, this, &PrinterKickDrawer::onStatusChanged);
    connect(&printer, &PrinterDevice::jobCompleted, this, &PrinterKickDrawer::onJobCompleted);
    connect(&printer, &PrinterDevice::jobFailed, this, &PrinterKickDrawer::onJobFailed);
}

PrinterKickDrawer::~PrinterKickDrawer() = default;

QByteArray PrinterKickDrawer::kickBytes() const
{
    return EscPosEncoder::drawerKick(m_settings.pin == 5 ? 1 : 0, m_settings.onMs, m_settings.offMs);
}

void PrinterKickDrawer::open()
{
    if (!m_printer) {
        QTimer::singleShot(
            0, this, [this] { kickFailed(KickText::tr("The drawer did not open: its printer is gone.")); });
        return;
    }
    auto job = m_printer->submit(kickBytes(), PrinterDevice::JobKind::Control);
    if (!job) {
        QTimer::singleShot(0, this, [this, message = job.error().message] {
            kickFailed(KickText::tr("The drawer did not open: %1").arg(message));
        });
        return;
    }
    m_kickJob = *job;
}

void PrinterKickDrawer::askSensor()
{
    if (!m_printer) {
        sensorUnreadable(KickText::tr("The drawer's printer is gone."), true);
        return;
    }
    // A printer that never answered and says it cannot: a one-way link.
    const DeviceStatus now = m_printer->status();
    if (!m_everAnswered && now.state == DeviceState::Unknown && !now.message.isEmpty()) {
        read(now);
        return;
    }
    // One question at a time: behind a long receipt the checks would pile
    // up on the printer's thread and delay the next receipt.
    if (m_fenceJob != 0 || m_uncheckedHealth)
        return;
    m_printer->checkHealth();
    // A status that did not change raises no signal; the empty job queued
    // behind the check completes after the check's answer was taken in, so
    // status() is then fresh. A printer that has not answered yet gets none:
    // on a one-way link (CUPS) an empty job would still be a job.
    if (m_everAnswered || now.state != DeviceState::Unknown) {
        if (auto fence = m_printer->submit(QByteArray(), PrinterDevice::JobKind::Control))
            m_fenceJob = *fence;
    } else {
        m_uncheckedHealth = true; // until its answer arrives
    }
}

QString PrinterKickDrawer::notOpenedMessage() const
{
    const DeviceState printer = m_printer ? m_printer->status().state : DeviceState::Unknown;
    if (printer == DeviceState::Offline || printer == DeviceState::CoverOpen || printer == DeviceState::Error)
        return KickText::tr(
            "The drawer did not open: the printer is %1, and many printers hold the drawer signal until "
            "they are ready again. Use the drawer key meanwhile.")
            .arg(deviceStateText(printer));
    return CashDrawer::notOpenedMessage();
}

void PrinterKickDrawer::onStatusChanged(const DeviceStatus &status)
{
    m_uncheckedHealth = false;
    if (hasSensor())
        read(status);
}

void PrinterKickDrawer::onJobCompleted(int jobId)
{
    if (jobId == m_kickJob) {
        m_kickJob = 0;
        kickDelivered();
    } else if (jobId == m_fenceJob) {
        m_fenceJob = 0;
        if (m_printer && hasSensor())
            read(m_printer->status());
    }
}

void PrinterKickDrawer::onJobFailed(int jobId, const QString &message)
{
    if (jobId == m_kickJob) {
        m_kickJob = 0;
        kickFailed(KickText::tr("The drawer did not open: the printer did not take the signal (%1).").arg(message));
    } else if (jobId == m_fenceJob) {
        m_fenceJob = 0;
        if (hasSensor())
            sensorUnreadable(message, false);
    }
}

void PrinterKickDrawer::read(const DeviceStatus &status)
{
    if (sensorAnswered(status)) {
        m_everAnswered = true;
        pinRead(status.drawerOpen);
        return;
    }
    // Unknown from a printer that never answered is a one-way link: that
    // will not change. Offline, or a hiccup of one that answered before, may.
    const bool forGood = status.state == DeviceState::Unknown && !m_everAnswered;
    sensorUnreadable(
        status.message.isEmpty() ? KickText::tr("The printer cannot report the drawer sensor.") : status.message,
        forGood);
}

} // namespace retailos::drivers
