// A thin RAII wrapper over the SQLite C API: one connection, prepared statements,
// transactions, and SQLite failures turned into Result errors a cashier can read.
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace retailos {

class Statement;

struct DatabaseOptions
{
    bool readOnly = false;         // also refuses a file without the lane schema
    bool create = true;            // false: a missing file is an error, not a new database
    int busyTimeoutMs = 5000;
    // Page cache per connection, in KiB.
    int cacheSizeKiB = 32 * 1024;
    // FULL for everything that must survive a power cut (sales). NORMAL only
    // for a second connection that saves the basket in progress on every scan:
    // in WAL mode it survives a crash of the program, and the next FULL commit
    // makes it durable too.
    bool fullSync = true;
};

class Database
{
public:
    // Opens (or creates) the file in WAL mode with synchronous=FULL and foreign
    // keys on, reads every setting back and refuses the file if one is not in force:
    // a lane must never sell on a database that could lose a committed sale.
    [[nodiscard]] static Result<Database> open(const QString &path, const DatabaseOptions &options = {});

    Database(Database &&) noexcept;
    Database &operator=(Database &&) noexcept;
    ~Database();

    [[nodiscard]] Result<> exec(std::string_view sql);
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    // Reads one integer, e.g. a PRAGMA or COUNT(*).
    [[nodiscard]] Result<qint64> queryInt(std::string_view sql);

    [[nodiscard]] Result<> begin(bool immediate = true);
    [[nodiscard]] Result<> commit();
    // Safe to call when no transaction is open (SQLite may already have rolled back).
    void rollback();
    [[nodiscard]] bool inTransaction() const;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db.get(); }
    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    // Pages written to the file before a commit because the cache was full
    // (SQLITE_DBSTATUS_CACHE_SPILL); `reset` starts counting again.
    [[nodiscard]] int cacheSpills(bool reset = false);

    // The error for the connection's last failure, named after `what`.
    [[nodiscard]] Error lastError(QStringView what) const;

private:
    struct Closer { void operator()(sqlite3 *db) const; };
    Database(std::unique_ptr<sqlite3, Closer> db, QString path);

    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_path;
};

// Rolls back on scope exit unless committed: an early return never leaves a
// transaction open behind it.
class Transaction
{
public:
    explicit Transaction(Database &db) : m_db(&db) {}
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    [[nodiscard]] Result<> begin(bool immediate = true);
    [[nodiscard]] Result<> commit();

private:
    Database *m_db;
    bool m_open = false;
};

class Statement
{
public:
    Statement(Statement &&) noexcept;
    Statement &operator=(Statement &&) noexcept;
    ~Statement();

    // Parameters are 1-based, as in SQLite. Binding never fails for valid
    // indexes, so these return the statement for chaining.
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64{value}); }
    Statement &bind(int index, bool value) { return bind(index, qint64{value ? 1 : 0}); }
    Statement &bind(int index, QStringView text);
    Statement &bind(int index, const QString &text) { return bind(index, QStringView(text)); }
    Statement &bindUtf8(int index, std::string_view text);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const QByteArray &bytes);

    // true while a row is available, false when done.
    [[nodiscard]] Result<bool> step();
    // Runs a statement that returns no rows and resets it.
    [[nodiscard]] Result<> run();
    void reset();

    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] std::string_view utf8(int column) const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db) : m_stmt(stmt), m_db(db) {}

    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
};

// Maps a SQLite result code to our error codes: db.full, db.io, db.busy,
// db.corrupt, db.readonly, db.constraint, db.error.
[[nodiscard]] Error sqliteError(int resultCode, QStringView what, const char *detail);

} // namespace retailos
