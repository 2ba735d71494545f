// Up to `size` sessions of one back end, made when first needed and lent to
// one thread at a time. A caller waits while all are lent. A session that
// says it is broken (lost connection) is dropped when it comes back, so the
// next caller gets a new one.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace retailos::server::sql::detail {

// S needs `bool broken() const`.
template<typename S>
class SessionPool
{
public:
    // `connect` makes a new session or throws sql::Error.
    SessionPool(int size, std::function<std::unique_ptr<S>()> connect)
        : m_size(size), m_connect(std::move(connect))
    {
    }

    SessionPool(const SessionPool &) = delete;
    SessionPool &operator=(const SessionPool &) = delete;

    // A session made by the caller before the pool existed (Database::open
    // connects once to report a bad URL at once); counts against the size.
    void adopt(std::unique_ptr<S> session)
    {
        std::lock_guard lock(m_mutex);
        ++m_made;
        m_idle.push_back(std::move(session));
    }

    // Blocks until a session is free; throws what `connect` throws. The
    // session goes back to the pool when the last shared_ptr to it goes.
    std::shared_ptr<S> acquire()
    {
        std::unique_lock lock(m_mutex);
        m_freed.wait(lock, [this] { return !m_idle.empty() || m_made < m_size; });
        if (!m_idle.empty()) {
            // Most recently used first: its statement cache is warm.
            std::unique_ptr<S> session = std::move(m_idle.back());
            m_idle.pop_back();
            return lend(std::move(session));
        }
        ++m_made;
        lock.unlock();
        try {
            return lend(m_connect());
        } catch (...) {
            forget();
            throw;
        }
    }

    int size() const { return m_size; }

private:
    std::shared_ptr<S> lend(std::unique_ptr<S> session)
    {
        return std::shared_ptr<S>(session.release(), [this](S *lent) { giveBack(lent); });
    }

    void giveBack(S *lent)
    {
        std::unique_ptr<S> session(lent);
        if (session->broken()) {
            session.reset(); // disconnects outside the lock
            forget();
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_idle.push_back(std::move(session));
        }
        m_freed.notify_one();
    }

    void forget()
    {
        {
            std::lock_guard lock(m_mutex);
            --m_made;
        }
        m_freed.notify_one();
    }

    const int m_size;
    const std::function<std::unique_ptr<S>()> m_connect;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    std::vector<std::unique_ptr<S>> m_idle;
    int m_made = 0;
};

} // namespace retailos::server::sql::detail
