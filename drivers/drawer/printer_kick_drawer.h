// A cash drawer on a receipt printer's drawer port (RJ-12): opened with the
// ESC/POS kick `ESC p m t1 t2` sent as a control job (it goes out also when
// the printer has no paper), its sensor read from the printer's status
// (`DLE EOT 1` bit 2, DeviceStatus::drawerOpen, the raw pin level; the
// polarity is applied here). The printer is shared with the receipts and
// not owned. A one-way link (CUPS, a file) has no sensor: the state stays
// Unknown.
#pragma once

#include "core/common/result.h"
#include "drivers/drawer/cash_drawer.h"

#include <QPointer>

namespace retailos::drivers {

class PrinterDevice;
struct DeviceStatus;

struct PrinterKickSettings
{
    int pin = 2; // drawer connector pin 2 (the usual) or 5 (a second drawer)
    int onMs = 50; // pulse length; some drawers need 100–200 ms
    int offMs = 500; // rest after the pulse
    DrawerSensor sensor = DrawerSensor::OpenWhenHigh;
    DrawerTimings timings;
};

// "drawer.pin", "drawer.pulse": a pin other than 2 or 5, a time outside
// 2–510 ms (ESC p counts in 2 ms steps up to 255).
[[nodiscard]] Result<> validateKickSettings(const PrinterKickSettings &settings);

class PrinterKickDrawer final : public CashDrawer
{
    Q_OBJECT

public:
    // `printer` must outlive the drawer and be claimed by its owner.
    PrinterKickDrawer(PrinterDevice &printer, PrinterKickSettings settings, QObject *parent = nullptr);
    ~PrinterKickDrawer() override;

    // The bytes open() sends: `1B 70 m t1 t2`.
    [[nodiscard]] QByteArray kickBytes() const;
    [[nodiscard]] const PrinterKickSettings &settings() const { return m_settings; }

    void open() override;

protected:
    void askSensor() override;
    [[nodiscard]] QString notOpenedMessage() const override;

private:
    void onStatusChanged(const DeviceStatus &status);
    void onStatusChecked(const DeviceStatus &status);
    void onJobCompleted(int jobId);
    void onJobFailed(int jobId, const QString &message);
    void read(const DeviceStatus &status);

    QPointer<PrinterDevice> m_printer;
    PrinterKickSettings m_settings;
    int m_kickJob = 0;
    bool m_checking = false; // our health check is on its way (one at a time)
};

} // namespace retailos::drivers
