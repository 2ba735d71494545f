// Database::listen() on PostgreSQL: one connection of its own that LISTENs on
// a channel and a thread that waits on its socket, so a commit in one server
// process wakes the long-polls of every other process.
#pragma once

#include "sync/server/db/postgres_database.h"
#include "sync/server/db/sql.h"

#include <atomic>
#include <functional>
#include <string>
#include <thread>

namespace retailos::server::sql::detail {

class PostgresListener final : public Subscription
{
public:
    // Connects and LISTENs before it returns; throws sql::Error (Unavailable)
    // when that fails. Afterwards it reconnects by itself.
    PostgresListener(const PostgresTarget &target, std::string channel,
                     std::function<void(std::string_view payload)> onNotify);
    ~PostgresListener() override;
    PostgresListener(const PostgresListener &) = delete;
    PostgresListener &operator=(const PostgresListener &) = delete;

private:
    // Empty on success, else why not.
    std::string connect();
    void disconnect();
    void run();
    // Waits until the stop pipe is written or `timeoutMs` passes; true: stop.
    bool stopRequested(int timeoutMs);

    const PostgresTarget m_target;
    const std::string m_channel;
    const std::function<void(std::string_view)> m_onNotify;
    pg_conn *m_conn = nullptr;
    int m_stopPipe[2] = {-1, -1};
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
};

} // namespace retailos::server::sql::detail
