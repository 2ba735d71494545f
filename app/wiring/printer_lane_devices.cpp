// The printer and drawer behind LaneDevices (see printer_lane_devices.h).
#include "app/wiring/printer_lane_devices.h"

#include "app/wiring/transport_factory.h"

#include "core/logging/log.h"
#include "core/settings/settings.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/escpos/escpos_status_probe.h"

#include <QCoreApplication>

namespace retailos::app {

namespace {
struct DevicesText
{
    Q_DECLARE_TR_FUNCTIONS(LaneDevices)
};
} // namespace

std::unique_ptr<PrinterLaneDevices> PrinterLaneDevices::fromSettings(const DeviceSettings &settings,
                                                                     const QString &laneId)
{
    bool twoWay = false;
    std::unique_ptr<drivers::Transport> transport = printerTransport(settings.printer, twoWay);
    if (!transport)
        return nullptr;
    const drivers::PrinterProfile profile = settings.printer.profile == u"58mm" ? drivers::PrinterProfile::generic58mm()
                                                                                 : drivers::PrinterProfile::epson80mm();
    auto printer = std::make_unique<drivers::PrinterDevice>(laneId + u"-printer"_qs, std::move(transport),
                                                            twoWay ? drivers::escPosStatusProbe() : drivers::StatusProbe());
    std::unique_ptr<PrinterLaneDevices> devices(new PrinterLaneDevices(std::move(printer), profile, settings.drawer));
    return devices;
}

PrinterLaneDevices::PrinterLaneDevices(std::unique_ptr<drivers::PrinterDevice> printer, drivers::PrinterProfile profile,
                                       const DrawerSettings &drawer)
    : m_printer(std::move(printer)), m_profile(std::move(profile)), m_drawer(drawer)
{
    connect(m_printer.get(), &drivers::PrinterDevice::statusChanged, this, &PrinterLaneDevices::statusChanged);
    connect(m_printer.get(), &drivers::PrinterDevice::jobCompleted, this, [this](int job) {
        if (m_receiptJobs.contains(job))
            emit receiptPrinted(m_receiptJobs.take(job));
    });
    connect(m_printer.get(), &drivers::PrinterDevice::jobFailed, this, [this](int job, const QString &message) {
        log::warn(u"devices", QStringLiteral("printer job %1 failed: %2").arg(job).arg(message));
        if (m_receiptJobs.contains(job))
            emit printFailed(m_receiptJobs.take(job), message);
        else
            publish(ui::DeviceHealth::Warning, DevicesText::tr("Drawer did not open: %1").arg(message));
    });
    if (auto claimed = m_printer->claim(); !claimed) {
        publish(ui::DeviceHealth::Error, claimed.error().message);
        return;
    }
    publish(ui::DeviceHealth::Warning, DevicesText::tr("Printer: checking…"));
    m_printer->checkHealth();
}

bool PrinterLaneDevices::printReceipt(const ReceiptDocument &receipt)
{
    drivers::EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(receipt, m_profile);
    if (!encoder.unencodable().isEmpty())
        log::warn(u"devices", QStringLiteral("receipt %1: %2 characters printed as a fallback")
                                  .arg(receipt.receiptNumber)
                                  .arg(encoder.unencodable().size()));
    auto job = m_printer->submit(bytes);
    if (!job) {
        // Reported after the caller has shown "Printing…", like any job's outcome.
        QMetaObject::invokeMethod(this, [this, number = receipt.receiptNumber, message = job.error().message] {
            emit printFailed(number, message);
        }, Qt::QueuedConnection);
        return true;
    }
    m_receiptJobs.insert(*job, receipt.receiptNumber);
    return true;
}

bool PrinterLaneDevices::openDrawer()
{
    if (m_drawer.connection != u"printer")
        return false;
    // Pin 2 is kick output 0 (m = 0), pin 5 output 1.
    const QByteArray kick = drivers::EscPosEncoder::drawerKick(m_drawer.pin == 5 ? 1 : 0, m_drawer.pulseOnMs,
                                                               m_drawer.pulseOffMs);
    auto job = m_printer->submit(kick, drivers::PrinterDevice::JobKind::Control);
    if (!job)
        publish(ui::DeviceHealth::Warning, DevicesText::tr("Drawer did not open: %1").arg(job.error().message));
    return true;
}

void PrinterLaneDevices::statusChanged(const drivers::DeviceStatus &status)
{
    using drivers::DeviceState;
    switch (status.state) {
    case DeviceState::Online:
        return publish(ui::DeviceHealth::Ok, DevicesText::tr("Printer ready"));
    case DeviceState::Unknown:
        return publish(ui::DeviceHealth::Ok, DevicesText::tr("Printer (no status)"));
    case DeviceState::PaperLow:
        return publish(ui::DeviceHealth::Warning, DevicesText::tr("Printer: paper low"));
    default:
        return publish(ui::DeviceHealth::Error, DevicesText::tr("Printer: %1").arg(drivers::deviceStateText(status.state)));
    }
}

void PrinterLaneDevices::publish(ui::DeviceHealth health, const QString &text)
{
    m_summary = {health, text};
    emit summaryChanged(m_summary);
}

} // namespace retailos::app
