// SQLite sessions, rows and transactions (sqlite_database.h).
#include "sync/server/db/sqlite_database.h"

#include "sync/server/db/sql_text.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <string>

namespace retailos::server::sql::detail {

namespace {

ErrorKind kindOf(int extendedCode)
{
    if (extendedCode == SQLITE_CONSTRAINT_UNIQUE || extendedCode == SQLITE_CONSTRAINT_PRIMARYKEY)
        return ErrorKind::UniqueViolation;
    switch (extendedCode & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Retryable;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorKind::Unavailable;
    default:
        return ErrorKind::Other;
    }
}

// "UNIQUE constraint failed: events.terminal_id, events.seq" → the columns.
std::string constraintOf(std::string_view message)
{
    const std::size_t colon = message.find(": ");
    return colon == std::string_view::npos ? std::string() : std::string(message.substr(colon + 2));
}

std::string shortened(std::string_view sql)
{
    constexpr std::size_t limit = 200;
    return sql.size() <= limit ? std::string(sql) : std::string(sql.substr(0, limit)) + "…";
}

class SqliteRows final : public Rows
{
public:
    SqliteRows(SqliteSession &session, SqliteSession::Lease lease, bool hasRow,
               void (*fail)(SqliteSession &, int, std::string_view))
        : m_session(session), m_lease(lease), m_statement(lease.statement), m_hasRow(hasRow), m_fail(fail)
    {
    }
    ~SqliteRows() override { SqliteSession::release(m_lease); }

    bool next() override
    {
        if (m_first) {
            m_first = false;
            return m_hasRow;
        }
        if (!m_hasRow)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        m_hasRow = false;
        if (rc != SQLITE_DONE)
            m_fail(m_session, rc, sqlite3_sql(m_statement));
        return false;
    }
    int columnCount() const override { return sqlite3_column_count(m_statement); }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    std::int64_t integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    std::string_view text(int column) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? std::string_view(bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                     : std::string_view();
    }
    std::string_view blob(int column) const override
    {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return bytes ? std::string_view(bytes, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                     : std::string_view();
    }

private:
    SqliteSession &m_session;
    SqliteSession::Lease m_lease;
    sqlite3_stmt *m_statement;
    bool m_hasRow;
    bool m_first = true;
    void (*m_fail)(SqliteSession &, int, std::string_view);
};

void bind(sqlite3_stmt *statement, int index, const Param &param, int &rc)
{
    struct Binder
    {
        sqlite3_stmt *statement;
        int index;
        int operator()(std::nullptr_t) const { return sqlite3_bind_null(statement, index); }
        int operator()(std::int64_t value) const { return sqlite3_bind_int64(statement, index, value); }
        int operator()(std::string_view value) const
        {
            // A null data pointer would bind NULL; "" binds the empty text.
            return sqlite3_bind_text64(statement, index, value.data() ? value.data() : "", value.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
        }
        int operator()(Blob value) const
        {
            if (value.bytes.empty()) // an empty blob, not NULL
                return sqlite3_bind_zeroblob(statement, index, 0);
            return sqlite3_bind_blob64(statement, index, value.bytes.data(), value.bytes.size(), SQLITE_TRANSIENT);
        }
    };
    rc = std::visit(Binder{statement, index}, param);
}

} // namespace

SqliteSession::SqliteSession(const std::string &path)
{
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        const std::string why = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw Error(kindOf(rc), "cannot open the SQLite database " + path + ": " + why);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    try {
        // journal_mode answers the mode in force: a file that cannot do WAL
        // (some network file systems) must not be used half-safely.
        const std::optional<std::string> mode = queryText("PRAGMA journal_mode = WAL");
        if (!mode || *mode != "wal")
            throw Error(ErrorKind::Unavailable, "the SQLite database " + path + " cannot use WAL mode (journal_mode is "
                                                    + mode.value_or("unknown") + ")");
        // A 64 MiB page cache per connection keeps a batch's pages in memory
        // instead of spilling them to the WAL mid-transaction and reading them back.
        script("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;");
        if (queryInt("PRAGMA foreign_keys").value_or(0) != 1)
            throw Error(ErrorKind::Unavailable, "this SQLite build cannot enforce foreign keys");
    } catch (const Error &error) {
        for (auto &[text, cached] : m_statements)
            sqlite3_finalize(cached.statement);
        sqlite3_close_v2(m_db);
        throw Error(error.kind(), "cannot open the SQLite database " + path + ": " + error.what());
    }
}

SqliteSession::~SqliteSession()
{
    for (auto &[text, cached] : m_statements)
        sqlite3_finalize(cached.statement);
    sqlite3_close_v2(m_db);
}

void SqliteSession::fail(int code, std::string_view sql)
{
    const int extended = sqlite3_extended_errcode(m_db) != SQLITE_OK ? sqlite3_extended_errcode(m_db) : code;
    const std::string message = sqlite3_errmsg(m_db);
    ErrorKind kind = kindOf(extended);
    if (m_readOnly && (extended & 0xff) == SQLITE_READONLY)
        kind = ErrorKind::Other; // a write in a read transaction: a bug, not a broken file
    if (kind == ErrorKind::Unavailable)
        m_broken = true;
    throw Error(kind, message + " (SQLite " + std::to_string(extended) + ") in: " + shortened(sql),
                kind == ErrorKind::UniqueViolation ? constraintOf(message) : std::string());
}

sqlite3_stmt *SqliteSession::compile(std::string_view sql)
{
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &statement, &tail);
    if (rc != SQLITE_OK)
        fail(rc, sql);
    if (!statement)
        throw Error(ErrorKind::Other, "no SQL statement in: " + shortened(sql));
    for (const char *rest = tail; rest && rest < sql.data() + sql.size(); ++rest) {
        if (!std::isspace(static_cast<unsigned char>(*rest)) && *rest != ';') {
            sqlite3_finalize(statement);
            throw Error(ErrorKind::Other, "more than one statement (use script()) in: " + shortened(sql));
        }
    }
    return statement;
}

void SqliteSession::release(Lease lease) noexcept
{
    if (!lease.inUse) {
        sqlite3_finalize(lease.statement);
        return;
    }
    sqlite3_reset(lease.statement);
    sqlite3_clear_bindings(lease.statement);
    *lease.inUse = false;
}

SqliteSession::Lease SqliteSession::prepared(std::string_view sql, std::span<const Param> params)
{
    Lease lease;
    auto found = m_statements.find(sql);
    if (found == m_statements.end())
        found = m_statements.emplace(std::string(sql), Cached{compile(sql), false}).first;
    if (!found->second.inUse) {
        found->second.inUse = true;
        lease = Lease{found->second.statement, &found->second.inUse};
    } else {
        lease = Lease{compile(sql), nullptr}; // the same text nested in its own open Rows
    }
    const int wanted = sqlite3_bind_parameter_count(lease.statement);
    if (static_cast<std::size_t>(wanted) != params.size()) {
        release(lease);
        throw Error(ErrorKind::Other, "the statement has " + std::to_string(wanted) + " parameters but "
                                          + std::to_string(params.size()) + " were given: " + shortened(sql));
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
        int rc = SQLITE_OK;
        bind(lease.statement, static_cast<int>(i + 1), params[i], rc);
        if (rc != SQLITE_OK) {
            release(lease);
            fail(rc, sql);
        }
    }
    return lease;
}

std::unique_ptr<Rows> SqliteSession::query(std::string_view sql, std::span<const Param> params)
{
    const Lease lease = prepared(sql, params);
    // Step once now, as PostgreSQL does: the statement runs (and fails) here,
    // whether or not the caller reads a row.
    const int rc = sqlite3_step(lease.statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        release(lease);
        fail(rc, sql);
    }
    return std::make_unique<SqliteRows>(*this, lease, rc == SQLITE_ROW,
                                        [](SqliteSession &session, int code, std::string_view text) {
                                            session.fail(code, text);
                                        });
}

std::int64_t SqliteSession::exec(std::string_view sql, std::span<const Param> params)
{
    const Lease lease = prepared(sql, params);
    int rc;
    while ((rc = sqlite3_step(lease.statement)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) {
        release(lease);
        fail(rc, sql);
    }
    release(lease);
    return sqlite3_changes64(m_db);
}

void SqliteSession::script(std::string_view sql)
{
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, sql);
}

void SqliteSession::begin(TxMode mode, std::mutex &writers)
{
    if (mode == TxMode::Write) {
        m_writeTurn = std::unique_lock(writers);
        try {
            exec("BEGIN IMMEDIATE");
        } catch (...) {
            m_writeTurn = {};
            throw;
        }
        return;
    }
    exec("BEGIN");
    // Like PostgreSQL's READ ONLY: a write in a read transaction is a bug to
    // find on the developer's SQLite, not later on a PostgreSQL chain.
    m_readOnly = true;
    try {
        exec("PRAGMA query_only = 1");
    } catch (...) {
        rollback();
        throw;
    }
}

void SqliteSession::commit()
{
    exec("COMMIT");
    endTransaction();
}

void SqliteSession::rollback() noexcept
{
    if (!sqlite3_get_autocommit(m_db)) // some errors roll back by themselves
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    endTransaction();
}

void SqliteSession::endTransaction() noexcept
{
    if (m_readOnly) {
        if (sqlite3_exec(m_db, "PRAGMA query_only = 0", nullptr, nullptr, nullptr) != SQLITE_OK)
            m_broken = true; // never lend a session that refuses writes
        m_readOnly = false;
    }
    m_writeTurn = {};
}

SqliteDatabase::SqliteDatabase(std::string path, int poolSize)
    : m_path(std::move(path)),
      m_pool(poolSize, [this] { return std::make_unique<SqliteSession>(m_path); }),
      m_writer(1, [this] { return std::make_unique<SqliteSession>(m_path); })
{
}

std::unique_ptr<Database> SqliteDatabase::open(const std::string &path, int poolSize, std::string *error)
{
    // Memory statistics take a process-wide mutex on every allocation; the
    // server never reads them. Only possible before SQLite's first use in
    // this process (otherwise SQLITE_MISUSE, harmless: the statistics stay).
    static const int noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)noMemoryStatistics;
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(path, poolSize));
    try {
        database->m_pool.adopt(std::make_unique<SqliteSession>(path));
    } catch (const Error &failure) {
        if (error)
            *error = failure.what();
        return nullptr;
    }
    return database;
}

std::shared_ptr<Session> SqliteDatabase::acquire(TxMode mode)
{
    return mode == TxMode::Write ? m_writer.acquire() : m_pool.acquire();
}

void SqliteDatabase::begin(Session &session, TxMode mode)
{
    static_cast<SqliteSession &>(session).begin(mode, m_writers);
}

void SqliteDatabase::commit(Session &session)
{
    static_cast<SqliteSession &>(session).commit();
}

void SqliteDatabase::rollback(Session &session) noexcept
{
    static_cast<SqliteSession &>(session).rollback();
}

} // namespace retailos::server::sql::detail
