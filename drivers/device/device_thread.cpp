// A device's worker thread (see device_thread.h).
#include "drivers/device/device_thread.h"

#include <QThread>

namespace retailos::drivers {

DeviceThread::DeviceThread(const QString &name, DeviceWorker *worker)
    : m_thread(new QThread)
    , m_worker(worker)
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

DeviceThread::~DeviceThread()
{
    stop();
    delete m_thread;
}

void DeviceThread::stop()
{
    if (!m_thread->isRunning())
        return;
    m_worker->stopping = true; // queued calls are dropped, not run after the device has gone
    m_thread->quit();
    m_thread->wait();
}

bool DeviceThread::isRunning() const
{
    return m_thread->isRunning();
}

} // namespace retailos::drivers
