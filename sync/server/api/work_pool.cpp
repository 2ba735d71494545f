#include "sync/server/api/work_pool.h"

#include "core/logging/log.h"

#include <exception>

namespace retailos::server::api {

WorkPool::WorkPool(int threads, std::size_t queueLimit) : m_limit(queueLimit)
{
    for (int i = 0; i < threads; ++i) m_threads.emplace_back([this] { run(); });
}

WorkPool::~WorkPool() { stop(); }

bool WorkPool::submit(std::function<void()> work)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_limit) return false;
        m_queue.push_back(std::move(work));
    }
    m_ready.notify_one();
    return true;
}

void WorkPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty()) return;
        m_stopping = true;
    }
    m_ready.notify_all();
    for (std::thread &t : m_threads)
        if (t.joinable()) t.join();
    m_threads.clear();
}

std::size_t WorkPool::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size();
}

void WorkPool::run()
{
    for (;;) {
        std::function<void()> work;
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) return;   // stopping and drained
            work = std::move(m_queue.front());
            m_queue.pop_front();
        }
        // A bug in one request must not take the server down with it.
        try {
            work();
        } catch (const std::exception &e) {
            log::error(u"server", QStringLiteral("request work failed: %1").arg(QString::fromUtf8(e.what())));
        } catch (...) {
            log::error(u"server", QStringLiteral("request work failed with an unknown exception"));
        }
    }
}

} // namespace retailos::server::api
