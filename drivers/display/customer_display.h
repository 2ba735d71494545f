// The customer display as the lane sees it: claimed by one lane process,
// fed screens that go out on its own worker thread. The newest screen wins:
// while the line is busy, screens asked for in between are skipped (nobody
// needs to see the second-last item). A display cannot answer back, so its
// status is Unknown while it takes bytes and Offline, with the reason, when
// the port is gone. What the lines say is the lane's business, not this class's.
#pragma once

#include "core/common/result.h"
#include "drivers/device/device_claim.h"
#include "drivers/device/device_status.h"
#include "drivers/display/customer_display_encoder.h"

#include <QObject>
#include <QString>

#include <memory>

namespace retailos::drivers {

class DeviceThread;
class Transport;

struct CustomerDisplayTimeouts
{
    int openMs = 2000;
    int writeMs = 2000; // a whole screen is about 50 bytes: 50 ms at 9600 baud
};

class CustomerDisplay : public QObject
{
    Q_OBJECT

public:
    // Usually a SerialTransport at 9600 8N1.
    CustomerDisplay(std::unique_ptr<Transport> transport, CustomerDisplayEncoder encoder,
        CustomerDisplayTimeouts timeouts = {}, QObject *parent = nullptr);
    ~CustomerDisplay() override; // a screen in progress finishes (bounded by its timeout); the rest are dropped

    [[nodiscard]] Result<> claim();
    void release();
    [[nodiscard]] bool isClaimed() const { return m_claim.isClaimed(); }
    [[nodiscard]] QString where() const { return m_where; }

    // Both lines (fitted to 20 columns by the encoder). Needs a claim;
    // without one, failed() says so.
    void show(const QString &line1, const QString &line2);
    void clear();

    [[nodiscard]] DeviceStatus status() const { return m_status; }

signals:
    // The screen went out whole (the display says nothing back).
    void shown(const QString &line1, const QString &line2);
    void cleared();
    void failed(const QString &message);
    void statusChanged(const retailos::drivers::DeviceStatus &status);

private:
    class Worker;
    struct Screen;
    void request(const Screen &screen);
    void adoptStatus(const DeviceStatus &status);

    QString m_where;
    DeviceClaim m_claim;
    std::unique_ptr<DeviceThread> m_thread; // runs m_worker
    Worker *m_worker = nullptr;
    DeviceStatus m_status;
};

} // namespace retailos::drivers
