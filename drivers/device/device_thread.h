// A device's own worker thread: every blocking call (open, write, read, all
// with timeouts) runs there, never on the GUI thread. The device posts work
// to its worker with queued calls; when the device goes, the call in
// progress finishes (bounded by its timeouts) and the queued ones see
// `stopping` and return without touching the device.
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace retailos::drivers {

class DeviceWorker : public QObject
{
public:
    // Set when the device goes: a queued call that sees it does nothing.
    std::atomic_bool stopping = false;
};

class DeviceThread
{
public:
    // Moves `worker` onto a new thread named `name` ("device:printer") and
    // starts it; the worker is deleted on that thread when it stops.
    DeviceThread(const QString &name, DeviceWorker *worker);
    ~DeviceThread(); // stop()
    DeviceThread(const DeviceThread &) = delete;
    DeviceThread &operator=(const DeviceThread &) = delete;

    // Sets the worker's `stopping`, lets the call in progress finish and
    // waits for the thread. Idempotent.
    void stop();
    [[nodiscard]] bool isRunning() const;

private:
    QThread *m_thread;
    DeviceWorker *m_worker; // deleted on m_thread when it finishes
};

} // namespace retailos::drivers
