// The lane's devices behind LaneDevices (see lane_hardware.h).
#include "app/wiring/lane_hardware.h"

#include "app/printing/printer_bitmap.h"
#include "app/printing/text_line_renderer.h"
#include "app/wiring/transport_factory.h"
#include "core/logging/log.h"
#include "drivers/device/printer_device.h"
#include "drivers/display/customer_display.h"
#include "drivers/drawer/printer_kick_drawer.h"
#include "drivers/drawer/serial_drawer.h"
#include "drivers/escpos/code_page.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/escpos/escpos_status_probe.h"
#include "drivers/scale/scale_device.h"
#include "drivers/scanner/hid_pos_scan_reader.h"
#include "drivers/scanner/scanner_device.h"
#include "drivers/scanner/serial_scan_reader.h"
#include "drivers/usb/usb_enumerator.h"
#include "drivers/usb/usb_hotplug_monitor.h"

#include <QCoreApplication>
#include <QTimer>

namespace retailos::app {

namespace {

struct DevicesText
{
    Q_DECLARE_TR_FUNCTIONS(LaneDevices)
};

drivers::UsbMatch usbMatch(const UsbMatchSettings &usb)
{
    return drivers::UsbMatch{usb.vendorId, usb.productId, usb.serial};
}

drivers::DrawerSensor drawerSensor(const QString &sensor)
{
    if (sensor == u"open_low")
        return drivers::DrawerSensor::OpenWhenLow;
    if (sensor == u"none")
        return drivers::DrawerSensor::None;
    return drivers::DrawerSensor::OpenWhenHigh;
}

drivers::CodePage displayCodePage(const QString &name)
{
    if (name == u"CP437")
        return drivers::CodePage::Cp437;
    if (name == u"CP850")
        return drivers::CodePage::Cp850;
    if (name == u"CP1252")
        return drivers::CodePage::Cp1252;
    return drivers::CodePage::Cp858;
}

bool anythingConfigured(const DeviceSettings &s)
{
    return s.printer.transport != u"none" || s.drawer.transport == u"serial" || s.scanner.transport != u"none"
        || s.scale.transport != u"none" || s.display.transport != u"none";
}

} // namespace

std::unique_ptr<LaneHardware> LaneHardware::fromSettings(const DeviceSettings &settings, const QString &laneId)
{
    if (!anythingConfigured(settings))
        return nullptr;
    std::unique_ptr<LaneHardware> hardware(new LaneHardware(settings));
    hardware->setUpPrinter(laneId);
    hardware->setUpDrawer();
    hardware->setUpScanner(laneId);
    hardware->setUpScale(laneId);
    hardware->setUpDisplay();
    hardware->setUpHotplug();
    return hardware;
}

LaneHardware::LaneHardware(DeviceSettings settings) : m_settings(std::move(settings)) {}

LaneHardware::~LaneHardware()
{
    // A device that stops says so (statusChanged): nobody listens any more,
    // since the status bookkeeping goes before the devices would.
    for (QObject *device : std::initializer_list<QObject *>{m_drawer.get(), m_hotplug.get(), m_display.get(),
                                                            m_scale.get(), m_scanner.get(), m_printer.get()}) {
        if (device)
            device->disconnect(this);
    }
    // The drawer kicks through the printer: it goes first.
    m_drawer.reset();
    m_hotplug.reset();
    m_display.reset();
    m_scale.reset();
    m_scanner.reset();
    m_printer.reset();
}

// ---- printer ---------------------------------------------------------------

void LaneHardware::setUpPrinter(const QString &laneId)
{
    bool twoWay = false;
    std::unique_ptr<drivers::Transport> transport = printerTransport(m_settings.printer, twoWay);
    if (!transport)
        return;
    m_profile = m_settings.printer.profile == u"58mm" ? drivers::PrinterProfile::generic58mm()
                                                       : drivers::PrinterProfile::epson80mm();
    // Lines in scripts the code page lacks are drawn with the lane's fonts.
    m_profile.textRenderer = printing::textLineRenderer();
    if (!m_settings.printer.logo.isEmpty()) {
        // A missing logo is the installer's to fix; receipts print without it.
        // Scaled and dithered once here, not for every receipt on the GUI
        // thread (a large photo takes a visible moment).
        if (auto logo = printing::loadLogo(m_settings.printer.logo); logo)
            m_profile.logo = printing::receiptLogo(*logo, m_profile);
        else
            log::warn(u"devices", QStringLiteral("receipt logo: %1").arg(logo.error().message));
    }
    m_printer = std::make_unique<drivers::PrinterDevice>(laneId + u"-printer"_qs, std::move(transport),
                                                         twoWay ? drivers::escPosStatusProbe() : drivers::StatusProbe());
    connect(m_printer.get(), &drivers::PrinterDevice::statusChanged, this, &LaneHardware::printerStatus);
    connect(m_printer.get(), &drivers::PrinterDevice::jobCompleted, this, [this](int job) {
        if (m_receiptJobs.contains(job))
            emit receiptPrinted(m_receiptJobs.take(job));
    });
    connect(m_printer.get(), &drivers::PrinterDevice::jobFailed, this, [this](int job, const QString &message) {
        log::warn(u"devices", QStringLiteral("printer job %1 failed: %2").arg(job).arg(message));
        if (m_receiptJobs.contains(job))
            emit printFailed(m_receiptJobs.take(job), message);
    });
    if (auto claimed = m_printer->claim(); !claimed) {
        report(Part::Printer, ui::DeviceHealth::Error, claimed.error().message);
        return;
    }
    report(Part::Printer, ui::DeviceHealth::Warning, DevicesText::tr("Printer: checking…"));
    m_printer->checkHealth();
}

bool LaneHardware::printReceipt(const ReceiptDocument &receipt)
{
    if (!m_printer)
        return false;
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

void LaneHardware::printerStatus(const drivers::DeviceStatus &status)
{
    using drivers::DeviceState;
    switch (status.state) {
    case DeviceState::Online:
        return report(Part::Printer, ui::DeviceHealth::Ok, DevicesText::tr("Printer ready"));
    case DeviceState::Unknown:
        return report(Part::Printer, ui::DeviceHealth::Ok, DevicesText::tr("Printer (no status)"));
    case DeviceState::PaperLow:
        return report(Part::Printer, ui::DeviceHealth::Warning, DevicesText::tr("Printer: paper low"));
    case DeviceState::Offline:
        // Why it cannot be reached ("No USB device usb:04b8:0e15 is connected…").
        if (!status.message.isEmpty())
            return report(Part::Printer, ui::DeviceHealth::Error, DevicesText::tr("Printer: %1").arg(status.message));
        [[fallthrough]];
    default:
        return report(Part::Printer, ui::DeviceHealth::Error,
                      DevicesText::tr("Printer: %1").arg(drivers::deviceStateText(status.state)));
    }
}

// ---- drawer ----------------------------------------------------------------

void LaneHardware::setUpDrawer()
{
    const DrawerSettings &d = m_settings.drawer;
    if (d.transport == u"printer" && m_printer) {
        drivers::PrinterKickSettings kick;
        kick.pin = d.pin;
        kick.onMs = d.pulseOnMs;
        kick.offMs = d.pulseOffMs;
        // Through a one-way link (CUPS, a file) the sensor cannot be read.
        const bool oneWay = m_settings.printer.transport == u"cups" || m_settings.printer.transport == u"file";
        kick.sensor = oneWay ? drivers::DrawerSensor::None : drawerSensor(d.sensor);
        // Each sensor question to a network printer is a connection of its
        // own: ask once a second while the drawer stands open, not 4 times.
        kick.timings.pollMs = 1000;
        kick.timings.openConfirmMs = 3000;
        m_drawer = std::make_unique<drivers::PrinterKickDrawer>(*m_printer, kick);
    } else if (d.transport == u"serial") {
        drivers::SerialDrawerSettings serial;
        serial.serial = serialSettings(d.serial);
        serial.trigger = d.trigger;
        serial.status.request = d.statusQuery;
        serial.status.answerBytes = d.statusAnswerBytes;
        serial.status.byteIndex = d.statusByte;
        serial.status.mask = d.statusMask;
        serial.sensor = drawerSensor(d.sensor);
        auto drawer = std::make_unique<drivers::SerialDrawer>(serial);
        if (auto claimed = drawer->claim(); !claimed) {
            report(Part::Drawer, ui::DeviceHealth::Error, claimed.error().message);
            return;
        }
        m_drawer = std::move(drawer);
    }
    if (!m_drawer) {
        if (d.transport == u"printer" && m_settings.printer.transport == u"none")
            log::info(u"devices", u"no cash drawer: devices.drawer.transport is \"printer\" but no printer is set up"_qs);
        return;
    }
    connect(m_drawer.get(), &drivers::CashDrawer::opened, this, [this] {
        m_drawerOpenSince.start();
        emit drawerChanged(ui::DrawerState::Open);
        report(Part::Drawer, ui::DeviceHealth::Ok, DevicesText::tr("Drawer open"));
        if (m_settings.drawer.closeTimeoutSeconds > 0)
            m_drawer->waitUntilClosed(m_settings.drawer.closeTimeoutSeconds * 1000);
    });
    connect(m_drawer.get(), &drivers::CashDrawer::closed, this, [this] {
        m_drawerOpenSince.invalidate();
        emit drawerChanged(ui::DrawerState::Closed);
        report(Part::Drawer, ui::DeviceHealth::Ok, QString());
    });
    connect(m_drawer.get(), &drivers::CashDrawer::notClosedInTime, this, [this](int waited) {
        // How long it has stood open, not how long this wait was: 30, 60, 90 s.
        const int seconds = m_drawerOpenSince.isValid() ? int((m_drawerOpenSince.elapsed() + 500) / 1000) : waited;
        emit drawerLeftOpen(seconds);
        report(Part::Drawer, ui::DeviceHealth::Warning, DevicesText::tr("Drawer open for %1 s").arg(seconds));
        // Keep watching: the reminder comes again until it is closed.
        m_drawer->waitUntilClosed(m_settings.drawer.closeTimeoutSeconds * 1000);
    });
    connect(m_drawer.get(), &drivers::CashDrawer::closeUnknown, this, [this](const QString &reason) {
        // The printer went quiet while the drawer stood open: say so, and
        // look again later (it reports "closed" once the sensor reads again).
        report(Part::Drawer, ui::DeviceHealth::Warning, DevicesText::tr("Drawer state unknown: %1").arg(reason));
        const int again = std::max(1, m_settings.drawer.closeTimeoutSeconds) * 1000;
        QTimer::singleShot(again, this, [this, again] {
            if (m_drawer && m_drawer->state() != drivers::DrawerState::Closed && m_drawerOpenSince.isValid())
                m_drawer->waitUntilClosed(again);
        });
    });
    connect(m_drawer.get(), &drivers::CashDrawer::openFailed, this, [this](const QString &message) {
        log::warn(u"devices", QStringLiteral("drawer: %1").arg(message));
        report(Part::Drawer, ui::DeviceHealth::Warning, message);   // "The drawer did not open: …"
    });
}

bool LaneHardware::openDrawer()
{
    if (!m_drawer)
        return false;
    m_drawer->open();
    return true;
}

// ---- scanner ---------------------------------------------------------------

void LaneHardware::setUpScanner(const QString &laneId)
{
    const ScannerSettings &s = m_settings.scanner;
    std::unique_ptr<drivers::ScanReader> reader;
    if (s.transport == u"serial") {
        drivers::ScanFramerOptions framing;
        framing.prefix = s.prefix.toLatin1();
        framing.suffix = s.suffix.toLatin1();
        reader = std::make_unique<drivers::SerialScanReader>(
            std::make_unique<drivers::SerialTransport>(serialSettings(s.serial)), framing);
    } else if (s.transport == u"usb-hid") {
        reader = std::make_unique<drivers::HidPosScanReader>(usbMatch(s.usb));
    } else {
        return;
    }
    drivers::ScannerOptions options;
    options.debounceMs = s.debounceMs;
    m_scanner = std::make_unique<drivers::ScannerDevice>(laneId + u"-scanner"_qs, std::move(reader), options);
    connect(m_scanner.get(), &drivers::ScannerDevice::scanned, this, &LaneHardware::scanned);
    connect(m_scanner.get(), &drivers::ScannerDevice::scanFailed, this, &LaneHardware::scanFailed);
    connect(m_scanner.get(), &drivers::ScannerDevice::statusChanged, this,
            [this](const drivers::DeviceStatus &status) { reportStatus(Part::Scanner, DevicesText::tr("Scanner"), status); });
    if (auto claimed = m_scanner->claim(); !claimed) {
        report(Part::Scanner, ui::DeviceHealth::Error, claimed.error().message);
        return;
    }
    if (auto enabled = m_scanner->enable(); !enabled)
        report(Part::Scanner, ui::DeviceHealth::Error, enabled.error().message);
}

// ---- scale -----------------------------------------------------------------

void LaneHardware::setUpScale(const QString &laneId)
{
    if (m_settings.scale.transport != u"serial")
        return;
    m_scale = std::make_unique<drivers::ScaleDevice>(
        laneId + u"-scale"_qs, std::make_unique<drivers::SerialTransport>(serialSettings(m_settings.scale.serial)));
    connect(m_scale.get(), &drivers::ScaleDevice::weighed, this, &LaneHardware::scaleAnswered);
    connect(m_scale.get(), &drivers::ScaleDevice::weighFailed, this, [this](const QString &message) {
        emit weighed(ui::ScaleWeight{ui::ScaleState::Failed, 0, message});
    });
    connect(m_scale.get(), &drivers::ScaleDevice::statusChanged, this,
            [this](const drivers::DeviceStatus &status) { reportStatus(Part::Scale, DevicesText::tr("Scale"), status); });
    if (auto claimed = m_scale->claim(); !claimed)
        report(Part::Scale, ui::DeviceHealth::Error, claimed.error().message);
    else
        report(Part::Scale, ui::DeviceHealth::Ok, QString());
}

void LaneHardware::requestWeight()
{
    if (!m_scale)
        return;
    if (auto asked = m_scale->requestWeight(); !asked) {
        QMetaObject::invokeMethod(this, [this, message = asked.error().message] {
            emit weighed(ui::ScaleWeight{ui::ScaleState::Failed, 0, message});
        }, Qt::QueuedConnection);
    }
}

void LaneHardware::scaleAnswered(const drivers::ScaleReading &reading)
{
    using drivers::ScaleState;
    ui::ScaleWeight weight;
    weight.grams = reading.grams;
    switch (reading.state) {
    case ScaleState::Stable:
        weight.state = ui::ScaleState::Stable;
        break;
    case ScaleState::Motion:
        weight.state = ui::ScaleState::Motion;
        break;
    case ScaleState::Zero:
        weight.state = ui::ScaleState::Zero;
        break;
    case ScaleState::OverCapacity:
        weight.state = ui::ScaleState::OverCapacity;
        break;
    case ScaleState::UnderZero:
        weight.state = ui::ScaleState::UnderZero;
        break;
    case ScaleState::Error:
        weight.state = ui::ScaleState::Failed;
        weight.message = DevicesText::tr("The scale shows no weight (a zero error): empty it and zero it.");
        break;
    }
    emit weighed(weight);
}

// ---- customer display ------------------------------------------------------

void LaneHardware::setUpDisplay()
{
    if (m_settings.display.transport != u"serial")
        return;
    const auto protocol = m_settings.display.protocol == u"cd5220" ? drivers::DisplayProtocol::Cd5220
                                                                   : drivers::DisplayProtocol::Epson;
    m_display = std::make_unique<drivers::CustomerDisplay>(
        std::make_unique<drivers::SerialTransport>(serialSettings(m_settings.display.serial)),
        drivers::CustomerDisplayEncoder(protocol, displayCodePage(m_settings.display.codePage)));
    connect(m_display.get(), &drivers::CustomerDisplay::statusChanged, this,
            [this](const drivers::DeviceStatus &status) { reportStatus(Part::Display, DevicesText::tr("Display"), status); });
    connect(m_display.get(), &drivers::CustomerDisplay::failed, this, [this](const QString &message) {
        report(Part::Display, ui::DeviceHealth::Warning, DevicesText::tr("Display: %1").arg(message));
    });
    if (auto claimed = m_display->claim(); !claimed)
        report(Part::Display, ui::DeviceHealth::Error, claimed.error().message);
}

void LaneHardware::showCustomerText(const QString &line1, const QString &line2)
{
    if (m_display && m_display->isClaimed())
        m_display->show(line1, line2);
}

// ---- USB hot-plug ----------------------------------------------------------

void LaneHardware::setUpHotplug()
{
    const bool usbDevice = m_settings.printer.transport == u"usb" || m_settings.scanner.transport == u"usb-hid";
    if (!usbDevice)
        return;
    m_hotplug = std::make_unique<drivers::UsbHotplugMonitor>();
    connect(m_hotplug.get(), &drivers::UsbHotplugMonitor::attached, this,
            [this](const drivers::UsbDeviceInfo &device) { usbChanged(device, true); });
    connect(m_hotplug.get(), &drivers::UsbHotplugMonitor::detached, this,
            [this](const drivers::UsbDeviceInfo &device) { usbChanged(device, false); });
    if (auto started = m_hotplug->start(); !started)
        log::warn(u"devices", QStringLiteral("USB hot-plug: %1").arg(started.error().message));
}

void LaneHardware::usbChanged(const drivers::UsbDeviceInfo &device, bool attached)
{
    const QString ids = QStringLiteral("%1:%2").arg(device.vendorId, 4, 16, QLatin1Char('0')).arg(device.productId, 4, 16, QLatin1Char('0'));
    log::info(u"devices", QStringLiteral("USB device %1 %2").arg(ids, attached ? u"plugged in"_qs : u"unplugged"_qs));
    const UsbMatchSettings &printer = m_settings.printer.usb;
    if (m_printer && m_settings.printer.transport == u"usb" && device.vendorId == printer.vendorId
        && device.productId == printer.productId) {
        if (attached)
            m_printer->checkHealth();   // back: say so before the next receipt
        else
            report(Part::Printer, ui::DeviceHealth::Error, DevicesText::tr("Printer unplugged (USB %1)").arg(ids));
    }
    // The scanner notices by itself and reconnects; its status says so.
}

// ---- the status bar --------------------------------------------------------

void LaneHardware::reportStatus(Part part, const QString &device, const drivers::DeviceStatus &status)
{
    using drivers::DeviceState;
    switch (status.state) {
    case DeviceState::Online:
    case DeviceState::Unknown:
        return report(part, ui::DeviceHealth::Ok, QString());
    case DeviceState::PaperLow:
        return report(part, ui::DeviceHealth::Warning, QString());
    default:
        // The device's own sentence names it ("The scanner on /dev/ttyACM0 …").
        if (!status.message.isEmpty())
            return report(part, ui::DeviceHealth::Error, status.message);
        return report(part, ui::DeviceHealth::Error,
                      DevicesText::tr("%1: %2").arg(device, drivers::deviceStateText(status.state)));
    }
}

void LaneHardware::report(Part part, ui::DeviceHealth health, const QString &text)
{
    m_parts.insert(part, {health, text});
    // The printer always says how it is; the others only when something is
    // wrong (or the drawer is open), so the status bar stays short.
    ui::DeviceHealth worst = ui::DeviceHealth::Ok;
    QStringList texts;
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        worst = std::max(worst, it->first);
        if (!it->second.isEmpty())
            texts << it->second;
    }
    if (texts.isEmpty())
        texts << DevicesText::tr("Devices ready");
    m_summary = {worst, texts.join(QStringLiteral(" · "))};
    emit summaryChanged(m_summary);
}

} // namespace retailos::app
