// The lane's devices from the hardware layer: the receipt printer configured
// in "devices.printer" (ESC/POS over TCP 9100 or into a file) and the drawer
// on its kick port, behind the window's LaneDevices interface. Only the
// program's wiring (main.cpp) knows this class.
#pragma once

#include "app/ui/lane_devices.h"
#include "core/settings/device_settings.h"
#include "drivers/device/printer_device.h"
#include "drivers/escpos/printer_profile.h"

#include <QHash>

#include <memory>

namespace retailos {
struct DeviceSettings;
}

namespace retailos::app {

class PrinterLaneDevices final : public ui::LaneDevices
{
    Q_OBJECT

public:
    // nullptr when no printer is configured ("transport": "none").
    [[nodiscard]] static std::unique_ptr<PrinterLaneDevices> fromSettings(const DeviceSettings &settings,
                                                                          const QString &laneId);

    bool printReceipt(const ReceiptDocument &receipt) override;
    bool openDrawer() override;
    [[nodiscard]] ui::DeviceSummary summary() const override { return m_summary; }

private:
    PrinterLaneDevices(std::unique_ptr<drivers::PrinterDevice> printer, drivers::PrinterProfile profile,
                       const DrawerSettings &drawer);
    void statusChanged(const drivers::DeviceStatus &status);
    void publish(ui::DeviceHealth health, const QString &text);

    std::unique_ptr<drivers::PrinterDevice> m_printer;
    drivers::PrinterProfile m_profile;
    DrawerSettings m_drawer;
    QHash<int, qint64> m_receiptJobs;   // job id → receipt number
    ui::DeviceSummary m_summary;
};

} // namespace retailos::app
