// The PostgreSQL back end of sql.h (libpq): one connection per pooled
// session, statements prepared once per connection, results read in binary.
#pragma once

#include "sync/server/db/session_pool.h"
#include "sync/server/db/sql.h"
#include "sync/server/db/statement_cache.h"

#include <array>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace retailos::server::sql::detail {

// The libpq keywords/values a session connects with: ours first (timeouts,
// application name), then the caller's URL, which may override them.
struct PostgresTarget
{
    std::vector<std::string> keywords;
    std::vector<std::string> values;
};

// Sends the server's notices and asynchronous messages to the log (debug)
// instead of libpq's default, stderr.
void logNotices(pg_conn *conn);

class PostgresSession final : public Session
{
public:
    // Connects; throws sql::Error (Unavailable) with libpq's reason.
    explicit PostgresSession(const PostgresTarget &target);
    ~PostgresSession() override;
    PostgresSession(const PostgresSession &) = delete;
    PostgresSession &operator=(const PostgresSession &) = delete;

    Dialect dialect() const override { return Dialect::Postgres; }
    using Session::exec;
    using Session::execLater;
    using Session::query;
    std::unique_ptr<Rows> query(std::string_view sql, std::span<const Param> params = {}) override;
    std::int64_t exec(std::string_view sql, std::span<const Param> params = {}) override;
    void script(std::string_view sql) override;
    void execLater(std::string_view sql, std::span<const Param> params = {}) override;

    // The connection is lost (or unusable); the pool replaces the session.
    bool broken() const;
    // "postgresql://user@host:port/db" of this connection: no password.
    std::string describe() const;

    void begin(TxMode mode);
    void commit();
    void rollback() noexcept;

private:
    struct Prepared
    {
        std::string name;
        int parameterCount = 0;
    };

    [[nodiscard]] pg_result *run(std::string_view sql, std::span<const Param> params);
    [[nodiscard]] pg_result *beginWith(std::string_view sql, std::span<const Param> params);
    const Prepared &prepared(std::string_view sql, std::span<const Param> params);
    void bindParameters(std::span<const Param> params);
    void reconnect();
    // Reads the answers of the statements sent by execLater(); throws the
    // first one's error (the transaction is then failed: the caller rolls back).
    void collectLater();
    // Throws the sql::Error for a failed result (and frees it).
    [[noreturn]] void fail(pg_result *result, std::string_view sql);

    pg_conn *m_conn = nullptr;
    StatementCache<Prepared> m_statements;
    int m_nextName = 0;
    bool m_broken = false;
    bool m_used = false;                 // a transaction has run on this connection
    const char *m_pendingBegin = nullptr; // BEGIN to send with the next statement
    std::vector<std::string> m_later;     // execLater() statements whose answers are still to read
    // Parameter buffers, reused: a session serves one thread at a time.
    std::vector<const char *> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    std::vector<std::array<char, 24>> m_numbers;
    std::vector<std::string> m_texts;
};

class PostgresDatabase final : public Database
{
public:
    // Connects one session at once, so that a bad URL or an unreachable
    // server is reported here.
    static std::unique_ptr<Database> open(const std::string &url, int poolSize, std::string *error);

    Dialect dialect() const override { return Dialect::Postgres; }
    std::string describe() const override { return m_description; }
    std::unique_ptr<Subscription> listen(const std::string &channel,
                                         std::function<void(std::string_view payload)> onNotify,
                                         std::string *error) override;

protected:
    std::shared_ptr<Session> acquire(TxMode mode) override;
    void begin(Session &session, TxMode mode) override;
    void commit(Session &session) override;
    void rollback(Session &session) noexcept override;

private:
    PostgresDatabase(PostgresTarget target, int poolSize);

    const PostgresTarget m_target;
    std::string m_description;
    SessionPool<PostgresSession> m_pool;
};

} // namespace retailos::server::sql::detail
