// The SQLite back end of sql.h: one connection per pooled session on one
// file in WAL mode. Writers queue on a mutex of this process before BEGIN
// IMMEDIATE, so they wait for each other without SQLite's sleeping busy
// handler (which only still matters for other processes on the file).
#pragma once

#include "sync/server/db/session_pool.h"
#include "sync/server/db/sql.h"
#include "sync/server/db/statement_cache.h"

#include <mutex>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace retailos::server::sql::detail {

class SqliteSession final : public Session
{
public:
    // Opens the file (creating it) and sets WAL, synchronous=FULL, foreign keys
    // and the busy timeout; throws sql::Error when it cannot.
    explicit SqliteSession(const std::string &path);
    ~SqliteSession() override;
    SqliteSession(const SqliteSession &) = delete;
    SqliteSession &operator=(const SqliteSession &) = delete;

    Dialect dialect() const override { return Dialect::Sqlite; }
    using Session::exec;
    using Session::query;
    std::unique_ptr<Rows> query(std::string_view sql, std::span<const Param> params = {}) override;
    std::int64_t exec(std::string_view sql, std::span<const Param> params = {}) override;
    void script(std::string_view sql) override;

    // After a disk or file error the connection is reopened by the pool.
    bool broken() const { return m_broken; }

    void begin(TxMode mode, std::mutex &writers);
    void commit();
    void rollback() noexcept;

    // A prepared statement lent to one query or exec. The cached one, unless
    // a Rows of the same SQL text is still open: then a fresh one of its own.
    struct Lease
    {
        sqlite3_stmt *statement = nullptr;
        bool *inUse = nullptr; // the cache entry's flag; nullptr: finalize when done
    };
    static void release(Lease lease) noexcept;

private:
    struct Cached
    {
        sqlite3_stmt *statement = nullptr;
        bool inUse = false;
    };

    Lease prepared(std::string_view sql, std::span<const Param> params);
    sqlite3_stmt *compile(std::string_view sql);
    [[noreturn]] void fail(int code, std::string_view sql);
    void endTransaction() noexcept;

    sqlite3 *m_db = nullptr;
    StatementCache<Cached> m_statements;
    std::unique_lock<std::mutex> m_writeTurn;
    bool m_readOnly = false;
    bool m_broken = false;
};

class SqliteDatabase final : public Database
{
public:
    // Opens one session at once so that a bad path is reported here.
    static std::unique_ptr<Database> open(const std::string &path, int poolSize, std::string *error);

    Dialect dialect() const override { return Dialect::Sqlite; }
    std::string describe() const override { return "sqlite:" + m_path; }

protected:
    std::shared_ptr<Session> acquire(TxMode mode) override;
    void begin(Session &session, TxMode mode) override;
    void commit(Session &session) override;
    void rollback(Session &session) noexcept override;

private:
    SqliteDatabase(std::string path, int poolSize);

    const std::string m_path;
    std::mutex m_writers;
    // Readers share the pool; every write transaction runs on the one writer
    // connection. SQLite has one writer anyway, and a connection discards its
    // whole page cache when another connection wrote since its last
    // transaction: with one writer connection a batch meets warm pages.
    SessionPool<SqliteSession> m_pool;
    SessionPool<SqliteSession> m_writer;
};

} // namespace retailos::server::sql::detail
