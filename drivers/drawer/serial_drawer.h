// A cash drawer with its own serial interface (RS-232 or USB-serial, e.g.
// APG SerialPRO, MMF serial interfaces): it opens when a trigger byte
// sequence arrives (set on the interface's DIP switches; BEL 0x07 by
// default here) and, when the interface can be asked, answers a status
// query with a byte whose bit is the sensor pin. The port stays open while
// the drawer is in use: several interfaces are powered from DTR/RTS and
// need the port held open. Work runs on the drawer's own thread.
#pragma once

#include "core/common/result.h"
#include "drivers/device/device_claim.h"
#include "drivers/drawer/cash_drawer.h"
#include "drivers/drawer/drawer_status_query.h"
#include "drivers/transport/serial_transport.h"

#include <memory>

namespace retailos::drivers {

class DeviceThread;

struct SerialDrawerSettings
{
    SerialSettings serial; // path; 9600 8N1 unless the interface's switches say otherwise
    QByteArray trigger = QByteArray(1, '\x07'); // BEL
    DrawerStatusQuery status; // empty request: no sensor, the state stays Unknown
    DrawerSensor sensor = DrawerSensor::OpenWhenHigh; // ignored without a status request
    DrawerTimings timings;
    int ioTimeoutMs = 500; // per write, per status answer
};

// "drawer.trigger" (empty trigger), or what validateStatusQuery() says.
[[nodiscard]] Result<> validateSerialDrawerSettings(const SerialDrawerSettings &settings);

class SerialDrawer final : public CashDrawer
{
    Q_OBJECT

public:
    explicit SerialDrawer(SerialDrawerSettings settings, QObject *parent = nullptr);
    ~SerialDrawer() override; // closes the port; a kick in progress finishes (bounded by its timeout)

    // Exclusive use of the port, also against other processes.
    [[nodiscard]] Result<> claim();
    void release();
    [[nodiscard]] bool isClaimed() const { return m_claim.isClaimed(); }
    [[nodiscard]] QString where() const;

    void open() override;

protected:
    void askSensor() override;

private:
    class Worker;
    void onStatus(const Result<bool> &pinHigh);

    SerialDrawerSettings m_settings;
    DeviceClaim m_claim;
    std::unique_ptr<DeviceThread> m_thread; // runs m_worker
    Worker *m_worker = nullptr;
    bool m_asking = false; // one status question in flight at a time
};

} // namespace retailos::drivers
