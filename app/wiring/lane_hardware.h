// Every device of the lane from the hardware layer, behind the window's
// LaneDevices interface: the receipt printer, the cash drawer (on the
// printer's kick port or its own serial port), a serial or USB scanner, the
// scale, the customer display, and USB hot-plug news. Built from the
// "devices" settings; a device that cannot be opened is reported in the
// status bar and never stops the lane from selling. Only the program's
// wiring (main.cpp) knows this class.
#pragma once

#include "app/ui/lane_devices.h"
#include "core/settings/device_settings.h"
#include "drivers/escpos/printer_profile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>

#include <memory>

namespace retailos::drivers {
class CashDrawer;
class CustomerDisplay;
class PrinterDevice;
class ScaleDevice;
class ScannerDevice;
class UsbHotplugMonitor;
struct DeviceStatus;
struct ScaleReading;
struct UsbDeviceInfo;
}

namespace retailos::app {

class LaneHardware final : public ui::LaneDevices
{
    Q_OBJECT

public:
    // nullptr when no device at all is configured (receipts on screen only).
    [[nodiscard]] static std::unique_ptr<LaneHardware> fromSettings(const DeviceSettings &settings,
                                                                    const QString &laneId);
    ~LaneHardware() override;

    bool printReceipt(const ReceiptDocument &receipt) override;
    bool openDrawer() override;
    [[nodiscard]] ui::DeviceSummary summary() const override { return m_summary; }
    [[nodiscard]] bool hasScale() const override { return m_scale != nullptr; }
    void requestWeight() override;
    void showCustomerText(const QString &line1, const QString &line2) override;

    // For tests and the installer's device check.
    [[nodiscard]] drivers::PrinterDevice *printer() const { return m_printer.get(); }
    [[nodiscard]] drivers::CashDrawer *drawer() const { return m_drawer.get(); }

private:
    explicit LaneHardware(DeviceSettings settings);
    void setUpPrinter(const QString &laneId);
    void setUpDrawer();
    void setUpScanner(const QString &laneId);
    void setUpScale(const QString &laneId);
    void setUpDisplay();
    void setUpHotplug();

    void printerStatus(const drivers::DeviceStatus &status);
    void scaleAnswered(const drivers::ScaleReading &reading);
    void usbChanged(const drivers::UsbDeviceInfo &device, bool attached);

    // One entry per device in the status bar; the worst health wins.
    enum class Part { Printer, Drawer, Scanner, Scale, Display };
    void report(Part part, ui::DeviceHealth health, const QString &text);
    void reportStatus(Part part, const QString &device, const drivers::DeviceStatus &status);

    DeviceSettings m_settings;
    drivers::PrinterProfile m_profile;
    std::unique_ptr<drivers::PrinterDevice> m_printer;
    std::unique_ptr<drivers::CashDrawer> m_drawer;
    std::unique_ptr<drivers::ScannerDevice> m_scanner;
    std::unique_ptr<drivers::ScaleDevice> m_scale;
    std::unique_ptr<drivers::CustomerDisplay> m_display;
    std::unique_ptr<drivers::UsbHotplugMonitor> m_hotplug;
    QElapsedTimer m_drawerOpenSince;    // invalid while closed or unknown
    QHash<int, qint64> m_receiptJobs;   // printer job id → receipt number
    QMap<Part, std::pair<ui::DeviceHealth, QString>> m_parts;
    ui::DeviceSummary m_summary;
};

} // namespace retailos::app
