// Database work off the I/O threads (decision 0006): a fixed set of threads
// and a bounded queue. A full queue refuses at once, so the server answers
// 503 overloaded instead of queueing without end.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace retailos::server::api {

class WorkPool
{
public:
    WorkPool(int threads, std::size_t queueLimit);
    ~WorkPool();   // finishes the queued work, then joins

    // False when the queue is full or the pool is stopping.
    bool submit(std::function<void()> work);
    void stop();
    std::size_t queued() const;

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::function<void()>> m_queue;
    std::vector<std::thread> m_threads;
    std::size_t m_limit;
    bool m_stopping = false;
};

} // namespace retailos::server::api
