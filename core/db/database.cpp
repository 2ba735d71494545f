// SQLite connection, statements and transactions (see database.h).
#include "core/db/database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdlib>

#include <sqlite3.h>

namespace retailos {

namespace {

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

} // namespace

Error sqliteError(int resultCode, QStringView what, const char *detail)
{
    const QString why = detail ? QString::fromUtf8(detail) : QString::fromUtf8(sqlite3_errstr(resultCode));
    switch (resultCode & 0xff) {
    case SQLITE_FULL:
        // Not naming `what`: it is mostly SQL text, and this reaches the cashier.
        return Error{QStringLiteral("db.full"),
                     DatabaseText::tr("The disk is full. Free some space and try again.")};
    case SQLITE_IOERR:
        return Error{QStringLiteral("db.io"),
                     DatabaseText::tr("The disk reported an error while saving %1 (%2).").arg(what, why)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error{QStringLiteral("db.busy"),
                     DatabaseText::tr("The database is busy; %1 could not be saved. Try again.").arg(what)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error{QStringLiteral("db.corrupt"),
                     DatabaseText::tr("The database file is damaged (%1). Call support before selling.").arg(why)};
    case SQLITE_CANTOPEN:
        return Error{QStringLiteral("db.cannot_open"),
                     DatabaseText::tr("The database %1 cannot be opened (%2). Check the path and its permissions.")
                         .arg(what, why)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error{QStringLiteral("db.readonly"),
                     DatabaseText::tr("The database cannot be written (%1): %2.").arg(what, why)};
    case SQLITE_CONSTRAINT:
        return Error{QStringLiteral("db.constraint"), DatabaseText::tr("%1 was refused: %2.").arg(what, why)};
    default:
        return Error{QStringLiteral("db.error"), DatabaseText::tr("Database error in %1: %2.").arg(what, why)};
    }
}

void Database::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

Database::Database(std::unique_ptr<sqlite3, Closer> db, QString path)
    : m_db(std::move(db)), m_path(std::move(path))
{
}

Database::Database(Database &&) noexcept = default;
Database &Database::operator=(Database &&) noexcept = default;
Database::~Database() = default;

Result<Database> Database::open(const QString &path, const DatabaseOptions &options)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    if (options.readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);

    sqlite3 *raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &raw, flags, nullptr);
    std::unique_ptr<sqlite3, Closer> handle(raw);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(rc, path, raw ? sqlite3_errmsg(raw) : nullptr));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    Database db(std::move(handle), QFileInfo(path).absoluteFilePath());
    const std::string cache = "PRAGMA cache_size=-" + std::to_string(std::abs(options.cacheSizeKiB));
    if (auto r = db.exec(cache); !r)
        return std::unexpected(r.error());
    if (options.readOnly) {
        // Reading needs a replica, not an empty file some typo created.
        auto version = db.queryInt("PRAGMA user_version");
        if (!version)
            return std::unexpected(version.error());
        if (*version == 0)
            return fail(QStringLiteral("db.not_a_replica"),
                        DatabaseText::tr("%1 is not a Retail OS lane database.").arg(path));
        return db;
    }

    const char *pragmas = options.fullSync ? "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                                           : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
    if (auto r = db.exec(pragmas); !r)
        return std::unexpected(r.error());

    // Read every durability setting back: SQLite silently ignores some PRAGMAs
    // (e.g. WAL on a file system without shared memory), and NORMAL could roll
    // back a committed sale after a power cut.
    auto mode = db.prepare("PRAGMA journal_mode");
    if (!mode)
        return std::unexpected(mode.error());
    if (auto row = mode->step(); !row || !*row || mode->text(0).compare(u"wal", Qt::CaseInsensitive) != 0)
        return fail(QStringLiteral("db.not_durable"),
                    DatabaseText::tr("The database %1 could not be put in WAL mode; refusing to use it.").arg(path));
    if (auto sync = db.queryInt("PRAGMA synchronous"); !sync || *sync != (options.fullSync ? 2 : 1))
        return fail(QStringLiteral("db.not_durable"),
                    DatabaseText::tr("The database %1 does not accept synchronous=FULL; refusing to use it.").arg(path));
    if (auto fk = db.queryInt("PRAGMA foreign_keys"); !fk || *fk != 1)
        return fail(QStringLiteral("db.not_durable"),
                    DatabaseText::tr("The database %1 does not enforce foreign keys; refusing to use it.").arg(path));
    return db;
}

Result<> Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(rc, QString::fromUtf8(sql.data(), qsizetype(std::min<size_t>(sql.size(), 60))), message);
        sqlite3_free(message);
        return std::unexpected(std::move(error));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db.get(), sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(rc, QString::fromUtf8(sql.data(), qsizetype(sql.size())), sqlite3_errmsg(m_db.get())));
    return Statement(stmt, m_db.get());
}

Result<qint64> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QStringLiteral("db.no_row"), DatabaseText::tr("The query returned no row."));
    return stmt->int64(0);
}

Result<> Database::begin(bool immediate)
{
    return exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Result<> Database::commit()
{
    // Named in words, not SQL: a failed commit reaches the cashier ("The disk
    // reported an error while saving the changes").
    const int rc = sqlite3_exec(m_db.get(), "COMMIT", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqliteError(rc, DatabaseText::tr("the changes"), sqlite3_errmsg(m_db.get())));
    return {};
}

void Database::rollback()
{
    if (m_db && inTransaction())
        sqlite3_exec(m_db.get(), "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db.get()) == 0;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int Database::cacheSpills(bool reset)
{
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(m_db.get(), SQLITE_DBSTATUS_CACHE_SPILL, &current, &highwater, reset ? 1 : 0);
    return current;
}

int Database::changes() const
{
    return sqlite3_changes(m_db.get());
}

Error Database::lastError(QStringView what) const
{
    return sqliteError(sqlite3_extended_errcode(m_db.get()), what, sqlite3_errmsg(m_db.get()));
}

Transaction::~Transaction()
{
    if (m_open)
        m_db->rollback();
}

Result<> Transaction::begin(bool immediate)
{
    auto r = m_db->begin(immediate);
    m_open = r.has_value();
    return r;
}

Result<> Transaction::commit()
{
    auto r = m_db->commit();
    if (!r) {
        // After FULL/IOERR SQLite may have rolled back already; make sure.
        m_db->rollback();
    }
    m_open = false;
    return r;
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, QStringView text)
{
    if (text.isNull())
        sqlite3_bind_text16(m_stmt, index, u"", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(m_stmt, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindUtf8(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = sqliteError(rc, QString::fromUtf8(sqlite3_sql(m_stmt)).left(60), sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(error));
}

Result<> Statement::run()
{
    auto r = step();
    sqlite3_reset(m_stmt);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace retailos
