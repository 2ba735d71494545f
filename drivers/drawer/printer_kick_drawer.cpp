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
    connect(&printer, &PrinterDevice::statusChecked, this, &PrinterKickDrawer::onStatusChecked);
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
    // One question at a time: behind a long receipt the checks would pile
    // up on the printer's thread and delay the next receipt. Its answer
    // comes by statusChecked, also when the status did not change.
    if (m_checking)
        return;
    m_checking = true;
    m_printer->checkHealth();
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
    // News from a receipt's status questions too, between our own checks.
    if (hasSensor())
        read(status);
}

void PrinterKickDrawer::onStatusChecked(const DeviceStatus &status)
{
    m_checking = false;
    if (hasSensor())
        read(status);
}

void PrinterKickDrawer::onJobCompleted(int jobId)
{
    if (jobId == m_kickJob) {
        m_kickJob = 0;
        kickDelivered();
    }
}

void PrinterKickDrawer::onJobFailed(int jobId, const QString &message)
{
    if (jobId == m_kickJob) {
        m_kickJob = 0;
        kickFailed(KickText::tr("The drawer did not open: the printer did not take the signal (%1).").arg(message));
    }
}

void PrinterKickDrawer::read(const DeviceStatus &status)
{
    if (status.answered) {
        pinRead(status.drawerOpen);
        return;
    }
    // A one-way link (CUPS, a file) will never tell; an offline printer or
    // a failed question may answer again.
    const bool forGood = m_printer && !m_printer->canReportStatus();
    sensorUnreadable(
        status.message.isEmpty() ? KickText::tr("The printer cannot report the drawer sensor.") : status.message,
        forGood);
}

} // namespace retailos::drivers
