// A weighing scale as the lane sees it (Toledo 8217 on a serial line):
// claimed by one lane process at a time, asked on its own worker thread,
// answering each request by signal. A scale that does not answer within the
// answer timeout is shown offline with the reason; the next request tries
// again (it may have been switched on meanwhile).
#pragma once

#include "core/common/result.h"
#include "drivers/device/device_claim.h"
#include "drivers/device/device_status.h"
#include "drivers/scale/scale_reading.h"

#include <QObject>

#include <memory>

namespace retailos::drivers {

class DeviceThread;
class Transport;

struct ScaleOptions
{
    int answerTimeoutMs = 500; // a scale that is silent this long after 'W' is offline
    int connectMs = 1000;
    int stableRetryMs = 200; // waitForStable(): pause before asking a moving scale again
};

class ScaleDevice : public QObject
{
    Q_OBJECT

public:
    // `transport` is normally SerialTransport with 9600 baud, 7 data bits, even parity.
    ScaleDevice(
        QString name, std::unique_ptr<Transport> transport, ScaleOptions options = {}, QObject *parent = nullptr);
    ~ScaleDevice() override; // a request in progress ends within its answer timeout

    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString where() const { return m_where; }

    // Exclusive use, also against another process ("device.busy").
    [[nodiscard]] Result<> claim();
    void release();
    [[nodiscard]] bool isClaimed() const { return m_claim.isClaimed(); }

    // Asks once; the answer comes by weighed() (any state the scale reports)
    // or weighFailed() (no answer, unreadable answer). Needs a claim.
    [[nodiscard]] Result<> requestWeight();
    // Asks until the scale stops moving, at most `timeoutMs`: weighed() with
    // the settled reading, or weighFailed() ("the weight did not settle").
    [[nodiscard]] Result<> waitForStable(int timeoutMs);

    // Unknown until asked; Online after an answer; Offline with the reason.
    [[nodiscard]] DeviceStatus status() const { return m_status; }

signals:
    void weighed(const retailos::drivers::ScaleReading &reading);
    void weighFailed(const QString &message);
    void statusChanged(const retailos::drivers::DeviceStatus &status);

private:
    class Worker;
    void adoptStatus(const DeviceStatus &status);
    [[nodiscard]] Result<> needsClaim() const;

    QString m_name;
    QString m_where;
    std::unique_ptr<DeviceThread> m_thread; // runs m_worker
    Worker *m_worker = nullptr; // lives on m_thread
    DeviceClaim m_claim;
    DeviceStatus m_status;
};

} // namespace retailos::drivers
