// A barcode scanner as the lane sees it: claimed by one lane process at a
// time, read on its own worker thread, delivering each code once (double
// reads dropped) by signal while enabled. While claimed but disabled
// (a dialog is open, the lane is locked) codes are still read and thrown
// away, so nothing scanned then is sold later by surprise. An unplugged
// scanner shows as offline and is opened again every reconnect interval, so
// a replugged USB-serial scanner comes back by itself.
#pragma once

#include "core/common/result.h"
#include "drivers/device/device_claim.h"
#include "drivers/device/device_status.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace retailos::drivers {

class ScanReader;

struct ScannerOptions
{
    int debounceMs = 300; // the same code again within this time is a double read
    int reconnectMs = 2000; // how often an unplugged scanner is looked for
    int openTimeoutMs = 1000;
    int pollMs = 100; // longest wait for a code: bounds how fast the device stops
};

class ScannerDevice : public QObject
{
    Q_OBJECT

public:
    ScannerDevice(
        QString name, std::unique_ptr<ScanReader> reader, ScannerOptions options = {}, QObject *parent = nullptr);
    ~ScannerDevice() override; // stops within about one poll interval

    [[nodiscard]] QString name() const { return m_name; }
    // Where the scanner is ("serial:/dev/ttyACM0"): what the claim locks.
    [[nodiscard]] QString where() const { return m_where; }

    // Exclusive use, also against another process on this machine: a lock
    // file per scanner address ("device.busy" when taken). Starts reading;
    // codes are thrown away until enable().
    [[nodiscard]] Result<> claim();
    void release();
    [[nodiscard]] bool isClaimed() const { return m_claim.isClaimed(); }

    // Delivers codes by scanned()/scanFailed(). Needs a claim ("device.not_claimed").
    [[nodiscard]] Result<> enable();
    void disable();
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    // Unknown until claimed; Online while the scanner is connected; Offline
    // with the reason while it is not.
    [[nodiscard]] DeviceStatus status() const { return m_status; }

signals:
    // The code as the scanner sent it, AIM id included ("]E04006381333931").
    void scanned(const QString &code);
    // Something arrived that is not a code (noise, a half or oversized
    // code): the message tells the cashier to scan again.
    void scanFailed(const QString &message);
    void statusChanged(const retailos::drivers::DeviceStatus &status);

private:
    void run(int generation); // the worker thread
    void sleepUnlessStopped(int ms);
    void post(int generation, const DeviceStatus &status);
    void adoptStatus(const DeviceStatus &status);
    void stopWorker();

    QString m_name;
    QString m_where;
    ScannerOptions m_options;
    std::unique_ptr<ScanReader> m_reader; // used by the worker only while it runs
    QThread *m_thread = nullptr;
    DeviceClaim m_claim;
    std::atomic_bool m_running = false;
    std::atomic_bool m_enabled = false;
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    int m_generation = 0; // owner thread only: which worker's posts are current
    DeviceStatus m_status;
};

} // namespace retailos::drivers
