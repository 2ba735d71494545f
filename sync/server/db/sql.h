// The server's one door to its database: SQLite (one file, WAL; the zero-set-up
// default) or PostgreSQL (a chain; several server processes on one database).
// The store's SQL is written once against this interface; the two back ends
// differ only behind it (docs/decisions/0007-server-storage.md).
//
// SQL text uses numbered placeholders `?1`, `?2`, … (SQLite reads them as they
// are; the PostgreSQL session rewrites them to `$1`, `$2`, …). Statements are
// prepared once per session and cached by their text.
//
// Errors are exceptions *inside* the store only (a transaction runs dozens of
// statements; checking each by hand would bury the logic): `Database::transact`
// catches them, retries what may be retried and returns a Result, so no
// exception ever leaves the store.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace retailos::server::sql {

enum class Dialect { Sqlite, Postgres };

// A byte string stored as BLOB (SQLite) / BYTEA (PostgreSQL).
struct Blob
{
    std::string_view bytes;
};

using Param = std::variant<std::nullptr_t, std::int64_t, std::string_view, Blob>;

enum class ErrorKind {
    UniqueViolation, // a UNIQUE / PRIMARY KEY constraint: retried by transact()
    Retryable,       // SQLITE_BUSY/LOCKED, PostgreSQL 40001 / 40P01: retried by transact()
    Unavailable,     // cannot connect, connection lost, disk full, read-only file
    Other            // a bug in our SQL, a CHECK constraint, …
};

class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, const std::string &message, std::string constraint = {})
        : std::runtime_error(message), m_kind(kind), m_constraint(std::move(constraint)) {}
    ErrorKind kind() const { return m_kind; }
    // Name of the violated constraint or index when the back end says it (may be empty).
    const std::string &constraint() const { return m_constraint; }

private:
    ErrorKind m_kind;
    std::string m_constraint;
};

// The rows of one statement, read forward once. Column accessors are valid
// until the next call of next(). Integers are BIGINT/INTEGER, texts TEXT,
// blobs BLOB/BYTEA.
class Rows
{
public:
    virtual ~Rows() = default;
    virtual bool next() = 0;
    virtual int columnCount() const = 0;
    virtual bool isNull(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual std::string_view text(int column) const = 0;
    virtual std::string_view blob(int column) const = 0;
};

class Session
{
public:
    virtual ~Session() = default;
    virtual Dialect dialect() const = 0;

    // Runs a statement and returns its rows (none for INSERT/UPDATE without
    // RETURNING). Several Rows may be open at once, also of one statement
    // text (a nested loop); each must be destroyed before its Session is returned.
    virtual std::unique_ptr<Rows> query(std::string_view sql, std::span<const Param> params = {}) = 0;
    // Runs a statement and returns the number of rows it changed.
    virtual std::int64_t exec(std::string_view sql, std::span<const Param> params = {}) = 0;
    // Runs several statements without parameters (schema scripts).
    virtual void script(std::string_view sql) = 0;
    // A statement whose answer the caller does not need (an INSERT of a row
    // nothing reads back at once, a SAVEPOINT). PostgreSQL sends it at once but
    // reads its answer with the next statement's (libpq pipeline mode: one
    // round trip for many); an error in it is thrown by that next statement,
    // or by commit. Statements run in the order they were given. SQLite runs it now.
    virtual void execLater(std::string_view sql, std::span<const Param> params = {}) { exec(sql, params); }

    // Convenience: the first column of the first row, if any (NULL gives nullopt).
    std::optional<std::int64_t> queryInt(std::string_view sql, std::span<const Param> params = {});
    std::optional<std::string> queryText(std::string_view sql, std::span<const Param> params = {});

    // The same with the parameters written in place: `s.exec(sql, {id, name, Blob{bytes}})`.
    // (A braced list cannot become a std::span before C++26.) Back ends that
    // override query/exec write `using Session::query; using Session::exec;`.
    std::unique_ptr<Rows> query(std::string_view sql, std::initializer_list<Param> params)
    {
        return query(sql, std::span<const Param>(params.begin(), params.size()));
    }
    std::int64_t exec(std::string_view sql, std::initializer_list<Param> params)
    {
        return exec(sql, std::span<const Param>(params.begin(), params.size()));
    }
    void execLater(std::string_view sql, std::initializer_list<Param> params)
    {
        execLater(sql, std::span<const Param>(params.begin(), params.size()));
    }
    std::optional<std::int64_t> queryInt(std::string_view sql, std::initializer_list<Param> params)
    {
        return queryInt(sql, std::span<const Param>(params.begin(), params.size()));
    }
    std::optional<std::string> queryText(std::string_view sql, std::initializer_list<Param> params)
    {
        return queryText(sql, std::span<const Param>(params.begin(), params.size()));
    }

    // Wakes every Database::listen() on `channel` — in any server process —
    // when this transaction commits (PostgreSQL NOTIFY; nothing if it rolls
    // back). On SQLite it does nothing: one process owns the file, so the
    // store's own in-process signal is enough.
    void notify(std::string_view channel, std::string_view payload);
};

// A running Database::listen(); stops listening when destroyed.
class Subscription
{
public:
    virtual ~Subscription() = default;
};

// One schema text for both back ends. Write it in the portable subset
// (docs/decisions/0007-server-storage.md): BIGINT for every integer, TEXT,
// BLOB for bytes, integers 0/1 for booleans, times as integer milliseconds
// passed in as parameters. adaptSchema() turns it into the dialect's text:
// on PostgreSQL the word BLOB becomes BYTEA and AUTO_ID becomes
// `BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY`; on SQLite AUTO_ID
// becomes `INTEGER PRIMARY KEY` (the rowid). Words inside string literals,
// quoted names and comments are left alone. (Never AUTO_ID for a scope's
// seq: .)
std::string adaptSchema(std::string_view portableSql, Dialect dialect);

enum class TxMode {
    Read,  // SQLite: BEGIN (deferred); PostgreSQL: BEGIN READ ONLY, REPEATABLE READ
    Write  // SQLite: BEGIN IMMEDIATE;  PostgreSQL: BEGIN (READ COMMITTED)
};

struct TxError
{
    ErrorKind kind;
    std::string message;
};

// A pool of sessions on one database. Thread-safe: any thread may call transact().
class Database
{
public:
    virtual ~Database() = default;

    // `url`: `postgresql://user@host:port/dbname?…` (libpq's URL form) or
    // `sqlite:/path/to/file.db` or a plain file path (SQLite, WAL, synchronous=FULL,
    // foreign keys on, busy timeout 5 s). `poolSize` sessions at most; a caller
    // waits for a free one.
    static std::unique_ptr<Database> open(const std::string &url, int poolSize, std::string *error);

    virtual Dialect dialect() const = 0;
    // For logs: the URL without any password.
    virtual std::string describe() const = 0;

    // Runs `work` in one transaction on a pooled session and commits it.
    // UniqueViolation and Retryable errors roll back and run `work` again (at
    // most `attempts` times in all, with a short random pause); any other
    // sql::Error rolls back and is returned. An exception of another type
    // thrown by `work` rolls back and propagates unchanged.
    // `work` may run several times: no effects outside the transaction, never
    // a transact() inside it (it would wait for itself), and never swallow an
    // sql::Error (PostgreSQL has aborted the transaction; the COMMIT is then
    // reported as an error). Destroy the Database only after every transact()
    // has returned.
    std::optional<TxError> transact(TxMode mode, const std::function<void(Session &)> &work,
                                    int attempts = 8);

    // PostgreSQL: calls `onNotify(payload)` for every Session::notify() on
    // `channel` committed by any process on this database, on a thread of the
    // subscription's own (keep the callback short: wake long-polls and
    // return). When the listening connection was lost and is back, it calls
    // `onNotify("")`: notifications may have been missed, look again. It
    // reconnects by itself (every second) until the Subscription goes.
    // SQLite: nullptr (see notify()). nullptr and `error` also when the first
    // connection fails.
    virtual std::unique_ptr<Subscription> listen(const std::string &channel,
                                                 std::function<void(std::string_view payload)> onNotify,
                                                 std::string *error);

protected:
    // Implementations lend a session (blocking until one is free) and take it back.
    virtual std::shared_ptr<Session> acquire(TxMode mode) = 0;
    virtual void begin(Session &, TxMode) = 0;
    virtual void commit(Session &) = 0;
    virtual void rollback(Session &) noexcept = 0;
};

} // namespace retailos::server::sql
