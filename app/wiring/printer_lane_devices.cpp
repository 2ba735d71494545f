// The printer and drawer behind LaneDevices (see printer_lane_devices.h).
#include "app/wiring/printer_lane_devices.h"

#include "core/logging/log.h"
#include "core/settings/settings.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/escpos/escpos_status_probe.h"
#include "drivers/transport/cups_transport.h"
#include "drivers/transport/file_transport.h"
#include "drivers/transport/serial_transport.h"
#include "drivers/transport/tcp_transport.h"

#include <QCoreApplication>

namespace retailos::app {

namespace {
struct DevicesText
{
    Q_DECLARE_TR_FUNCTIONS(LaneDevices)
};
} // namespace

std::unique_ptr<PrinterLaneDevices> PrinterLaneDevices::fromSettings(const PrinterSettings &settings,
                                                                     const QString &laneId)
{
    std::unique_ptr<drivers::Transport> transport;
    drivers::StatusProbe probe;
    if (settings.transport == u"tcp") {
        transport = std::make_unique<drivers::TcpTransport>(settings.host, quint16(settings.port));
        probe = drivers::escPosStatusProbe();
    } else if (settings.transport == u"serial") {
        drivers::SerialSettings serial;
        serial.path = settings.path;
        serial.baud = settings.baud;
        transport = std::make_unique<drivers::SerialTransport>(serial);
        probe = drivers::escPosStatusProbe();
    } else if (settings.transport == u"cups") {
        // One-way: CUPS says whether the job went through, not how the paper is.
        transport = std::make_unique<drivers::CupsTransport>(settings.server, settings.queue);
    } else if (settings.transport == u"file") {
        transport = std::make_unique<drivers::FileTransport>(settings.path);
    } else {
        return nullptr;
    }
    const drivers::PrinterProfile profile =
        settings.profile == u"58mm" ? drivers::PrinterProfile::generic58mm() : drivers::PrinterProfile::epson80mm();
    auto printer = std::make_unique<drivers::PrinterDevice>(laneId + u"-printer"_qs, std::move(transport), probe);
    std::unique_ptr<PrinterLaneDevices> devices(new PrinterLaneDevices(std::move(printer), profile, settings.drawer));
    return devices;
}

PrinterLaneDevices::PrinterLaneDevices(std::unique_ptr<drivers::PrinterDevice> printer, drivers::PrinterProfile profile,
                                       bool drawer)
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
    if (!m_drawer)
        return false;
    auto job = m_printer->submit(drivers::EscPosEncoder::drawerKick(), drivers::PrinterDevice::JobKind::Control);
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
