// A receipt printer as the lane sees it: claimed by one lane process at a
// time, fed jobs that run on its own worker thread, reporting each job's
// completion or failure and every status change by signal. The caller
// decides whether a failed job is printed again: never automatically, since
// a blind retry is how other systems print double receipts.
#pragma once

#include "core/common/result.h"
#include "drivers/device/device_claim.h"
#include "drivers/device/device_status.h"

#include <QObject>

#include <functional>
#include <memory>

namespace retailos::drivers {

class DeviceThread;
class Transport;

// Asks the device how it is (for ESC/POS: `10 04 n`) over an open transport.
using StatusProbe = std::function<Result<DeviceStatus>(Transport &transport, int timeoutMs)>;

struct PrinterTimeouts
{
    int connectMs = 2000;
    int jobMs = 15000;
    int statusMs = 500;
};

class PrinterDevice : public QObject
{
    Q_OBJECT

public:
    // `probe` may be empty: the link is one-way and the status stays unknown.
    PrinterDevice(QString name, std::unique_ptr<Transport> transport, StatusProbe probe = {},
                  PrinterTimeouts timeouts = {}, QObject *parent = nullptr);
    ~PrinterDevice() override;

    [[nodiscard]] QString name() const { return m_name; }
    // Exclusive use, also against another process on this machine (a second
    // lane program, a test): a lock file per device address.
    [[nodiscard]] Result<> claim();
    void release();
    [[nodiscard]] bool isClaimed() const { return m_claim.isClaimed(); }

    // What a job needs: paper (a receipt), or only a working link (a drawer
    // kick opens the drawer also when the roll is empty).
    enum class JobKind { Print, Control };
    // Queues the bytes; returns the job id its signals carry. Needs a claim.
    [[nodiscard]] Result<int> submit(const QByteArray &bytes, JobKind kind = JobKind::Print);
    // Asks the device for its status now: the answer comes by statusChecked
    // (always) and statusChanged (when it shows something new).
    void checkHealth();
    [[nodiscard]] DeviceStatus status() const;
    // False on a one-way link (no probe): its status never becomes known.
    [[nodiscard]] bool canReportStatus() const { return m_canReportStatus; }

signals:
    void jobCompleted(int jobId);
    void jobFailed(int jobId, const QString &message);
    void statusChanged(const retailos::drivers::DeviceStatus &status);
    // The outcome of each checkHealth(), also when nothing changed: whoever
    // asked knows status() is fresh now. status.answered tells a real answer
    // from a one-way link or a failed check.
    void statusChecked(const retailos::drivers::DeviceStatus &status);

private:
    class Worker;
    void adoptStatus(const DeviceStatus &status);

    QString m_name;
    QString m_where;                      // the transport's address: what the claim locks
    bool m_canReportStatus = false;
    std::unique_ptr<DeviceThread> m_thread; // runs m_worker
    Worker *m_worker = nullptr;           // lives on m_thread
    DeviceClaim m_claim;
    DeviceStatus m_status;
    int m_nextJob = 1;
};

} // namespace retailos::drivers
