// PostgreSQL sessions, rows and transactions over libpq (postgres_database.h).
#include "sync/server/db/postgres_database.h"

#include "sync/server/db/postgres_listener.h"
#include "sync/server/db/sql_text.h"

#include "core/logging/log.h"

#include <QString>

#include <libpq-fe.h>

#include <charconv>
#include <limits>
#include <optional>
#include <utility>
#include <cstring>

namespace retailos::server::sql::detail {

namespace {

// Type OIDs from PostgreSQL's pg_type.dat (stable across versions).
constexpr Oid boolOid = 16;
constexpr Oid byteaOid = 17;
constexpr Oid charOid = 18;
constexpr Oid nameOid = 19;
constexpr Oid int8Oid = 20;
constexpr Oid int2Oid = 21;
constexpr Oid int4Oid = 23;
constexpr Oid textOid = 25;
constexpr Oid oidOid = 26;
constexpr Oid jsonOid = 114;
constexpr Oid unknownOid = 705;
constexpr Oid bpcharOid = 1042;
constexpr Oid varcharOid = 1043;
constexpr Oid numericOid = 1700;
constexpr Oid jsonbOid = 3802;

std::string shortened(std::string_view sql)
{
    constexpr std::size_t limit = 200;
    return sql.size() <= limit ? std::string(sql) : std::string(sql.substr(0, limit)) + "…";
}

std::string trimmed(const char *text)
{
    std::string out = text ? text : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

ErrorKind kindOf(std::string_view state)
{
    if (state == "23505")
        return ErrorKind::UniqueViolation;
    if (state == "40001" || state == "40P01" || state == "55P03")
        return ErrorKind::Retryable; // serialization failure, deadlock, lock not available
    if (state.starts_with("08") || state.starts_with("57P") || state.starts_with("53"))
        return ErrorKind::Unavailable; // connection, shutdown, out of connections/disk/memory
    return ErrorKind::Other;
}

std::uint64_t bigEndian(const char *bytes, int size)
{
    std::uint64_t value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    return value;
}

// NUMERIC in binary: ndigits, weight, sign, dscale (16 bits each), then
// ndigits base-10 000 digits; the value is Σ digit[i] · 10000^(weight − i).
std::optional<std::int64_t> numericInteger(const char *bytes, int size)
{
    if (size < 8)
        return std::nullopt;
    const auto ndigits = static_cast<std::int16_t>(bigEndian(bytes, 2));
    const auto weight = static_cast<std::int16_t>(bigEndian(bytes + 2, 2));
    const auto sign = static_cast<std::uint16_t>(bigEndian(bytes + 4, 2));
    if (ndigits < 0 || size < 8 + 2 * ndigits || (sign != 0x0000 && sign != 0x4000))
        return std::nullopt; // NaN, ±Infinity, malformed
    // Magnitude up to 2^63 (the most negative int64 is one more than the largest).
    constexpr std::uint64_t limit = std::uint64_t{1} << 63;
    std::uint64_t magnitude = 0;
    auto shiftIn = [&](std::uint64_t digit) {
        if (magnitude > (limit - digit) / 10000)
            return false;
        magnitude = magnitude * 10000 + digit;
        return true;
    };
    for (int i = 0; i < ndigits; ++i) {
        const auto digit = static_cast<std::int16_t>(bigEndian(bytes + 8 + 2 * i, 2));
        if (digit < 0 || digit > 9999)
            return std::nullopt;
        if (weight - i < 0) {
            if (digit != 0)
                return std::nullopt; // a fraction
            continue;
        }
        if (!shiftIn(static_cast<std::uint64_t>(digit)))
            return std::nullopt;
    }
    for (int i = ndigits; i <= weight; ++i) // trailing zero digits are not stored
        if (!shiftIn(0))
            return std::nullopt;
    if (sign == 0x4000)
        return magnitude == limit ? std::numeric_limits<std::int64_t>::min() : -static_cast<std::int64_t>(magnitude);
    if (magnitude == limit)
        return std::nullopt;
    return static_cast<std::int64_t>(magnitude);
}

class PostgresRows final : public Rows
{
public:
    explicit PostgresRows(PGresult *result) : m_result(result), m_rows(PQntuples(result)) {}
    ~PostgresRows() override { PQclear(m_result); }

    bool next() override { return ++m_row < m_rows; }
    int columnCount() const override { return PQnfields(m_result); }
    bool isNull(int column) const override { return PQgetisnull(m_result, m_row, column) != 0; }

    std::int64_t integer(int column) const override
    {
        const char *bytes = PQgetvalue(m_result, m_row, column);
        const int size = PQgetlength(m_result, m_row, column);
        if (isNull(column))
            return 0; // as sqlite3_column_int64 does
        switch (PQftype(m_result, column)) {
        case int8Oid:
            if (size == 8)
                return static_cast<std::int64_t>(bigEndian(bytes, 8));
            break;
        case int4Oid:
            if (size == 4)
                return static_cast<std::int32_t>(bigEndian(bytes, 4));
            break;
        case int2Oid:
            if (size == 2)
                return static_cast<std::int16_t>(bigEndian(bytes, 2));
            break;
        case oidOid:
            if (size == 4)
                return static_cast<std::int64_t>(bigEndian(bytes, 4));
            break;
        case boolOid:
        case charOid:
            if (size == 1)
                return bytes[0];
            break;
        case numericOid:
            if (const std::optional<std::int64_t> value = numericInteger(bytes, size))
                return *value;
            throw Error(ErrorKind::Other, "column " + columnName(column) + " holds a numeric that is not a 64-bit integer");
        default:
            break;
        }
        throw Error(ErrorKind::Other, "column " + columnName(column) + " is not an integer (type oid "
                                          + std::to_string(PQftype(m_result, column)) + ")");
    }

    std::string_view text(int column) const override
    {
        switch (PQftype(m_result, column)) {
        case textOid:
        case varcharOid:
        case bpcharOid:
        case nameOid:
        case unknownOid:
        case jsonOid:
        case byteaOid:
            return raw(column);
        case jsonbOid: {
            const std::string_view bytes = raw(column); // version byte 1, then the text
            return bytes.empty() ? bytes : bytes.substr(1);
        }
        default:
            throw Error(ErrorKind::Other, "column " + columnName(column) + " is not text (type oid "
                                              + std::to_string(PQftype(m_result, column)) + "); cast it to TEXT");
        }
    }

    std::string_view blob(int column) const override
    {
        switch (PQftype(m_result, column)) {
        case byteaOid:
        case textOid:
        case varcharOid:
        case bpcharOid:
            return raw(column);
        default:
            throw Error(ErrorKind::Other, "column " + columnName(column) + " is not BYTEA (type oid "
                                              + std::to_string(PQftype(m_result, column)) + ")");
        }
    }

private:
    std::string_view raw(int column) const
    {
        if (isNull(column))
            return {};
        return {PQgetvalue(m_result, m_row, column), static_cast<std::size_t>(PQgetlength(m_result, m_row, column))};
    }
    std::string columnName(int column) const
    {
        const char *name = PQfname(m_result, column);
        return std::to_string(column) + " (" + (name ? name : "?") + ")";
    }

    PGresult *m_result;
    int m_rows;
    int m_row = -1;
};

} // namespace

void logNotices(PGconn *conn)
{
    PQsetNoticeProcessor(
        conn,
        [](void *, const char *message) {
            if (log::enabled(log::Level::Debug))
                log::debug(u"sql", QString::fromUtf8(message).trimmed());
        },
        nullptr);
}

PostgresSession::PostgresSession(const PostgresTarget &target)
{
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (std::size_t i = 0; i < target.keywords.size(); ++i) {
        keywords.push_back(target.keywords[i].c_str());
        values.push_back(target.values[i].c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!m_conn)
        throw Error(ErrorKind::Unavailable, "cannot connect to PostgreSQL: out of memory");
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const std::string why = trimmed(PQerrorMessage(m_conn));
        PQfinish(m_conn);
        throw Error(ErrorKind::Unavailable, "cannot connect to PostgreSQL: " + why);
    }
    logNotices(m_conn);
}

PostgresSession::~PostgresSession()
{
    PQfinish(m_conn);
}

bool PostgresSession::broken() const
{
    return m_broken || PQstatus(m_conn) != CONNECTION_OK;
}

std::string PostgresSession::describe() const
{
    const char *user = PQuser(m_conn);
    const char *host = PQhost(m_conn);
    const char *port = PQport(m_conn);
    const char *db = PQdb(m_conn);
    return std::string("postgresql://") + (user ? user : "") + "@" + (host ? host : "") + ":" + (port ? port : "") + "/"
           + (db ? db : "");
}

void PostgresSession::fail(PGresult *result, std::string_view sql)
{
    const char *stateField = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string state = stateField ? stateField : "";
    const char *constraintField = result ? PQresultErrorField(result, PG_DIAG_CONSTRAINT_NAME) : nullptr;
    const std::string constraint = constraintField ? constraintField : "";
    std::string message = trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn));
    if (message.empty())
        message = trimmed(PQerrorMessage(m_conn));
    PQclear(result);

    ErrorKind kind = kindOf(state);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        kind = ErrorKind::Unavailable;
        m_broken = true;
    }
    throw Error(kind, message + (state.empty() ? std::string() : " (SQLSTATE " + state + ")") + " in: " + shortened(sql),
                kind == ErrorKind::UniqueViolation ? constraint : std::string());
}

const PostgresSession::Prepared &PostgresSession::prepared(std::string_view sql, std::span<const Param> params)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        if (static_cast<std::size_t>(found->second.parameterCount) != params.size())
            throw Error(ErrorKind::Other, "the statement has " + std::to_string(found->second.parameterCount)
                                              + " parameters but " + std::to_string(params.size())
                                              + " were given: " + shortened(sql));
        return found->second;
    }
    const DollarSql rewritten = toDollarPlaceholders(sql);
    if (static_cast<std::size_t>(rewritten.parameterCount) != params.size())
        throw Error(ErrorKind::Other, "the statement has " + std::to_string(rewritten.parameterCount) + " parameters but "
                                          + std::to_string(params.size()) + " were given: " + shortened(sql));
    // Integers are BIGINT and bytes BYTEA whatever the context would suggest
    // (`?1 + 1` alone would be int4); texts and NULLs take the type the
    // statement gives them.
    std::vector<Oid> types(params.size(), 0);
    for (std::size_t i = 0; i < params.size(); ++i) {
        if (std::holds_alternative<std::int64_t>(params[i]))
            types[i] = int8Oid;
        else if (std::holds_alternative<Blob>(params[i]))
            types[i] = byteaOid;
    }
    Prepared statement{"s" + std::to_string(m_nextName++), rewritten.parameterCount};
    PGresult *result = PQprepare(m_conn, statement.name.c_str(), rewritten.text.c_str(), rewritten.parameterCount,
                                 types.empty() ? nullptr : types.data());
    if (!result || PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(result, sql);
    PQclear(result);
    return m_statements.emplace(std::string(sql), std::move(statement)).first->second;
}

void PostgresSession::bindParameters(std::span<const Param> params)
{
    const std::size_t count = params.size();
    m_values.assign(count, nullptr);
    m_lengths.assign(count, 0);
    m_formats.assign(count, 0);
    if (m_numbers.size() < count)
        m_numbers.resize(count);
    if (m_texts.size() < count)
        m_texts.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Param &param = params[i];
        if (const auto *number = std::get_if<std::int64_t>(&param)) {
            auto &buffer = m_numbers[i];
            const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size() - 1, *number).ptr;
            *end = '\0';
            m_values[i] = buffer.data();
        } else if (const auto *text = std::get_if<std::string_view>(&param)) {
            // Text parameters travel NUL-terminated; a string_view need not be.
            m_texts[i].assign(*text);
            m_values[i] = m_texts[i].c_str();
        } else if (const auto *blob = std::get_if<Blob>(&param)) {
            m_values[i] = blob->bytes.data() ? blob->bytes.data() : ""; // never NULL: empty bytes
            m_lengths[i] = static_cast<int>(blob->bytes.size());
            m_formats[i] = 1; // binary: the bytes as they are
        }
    }
}

void PostgresSession::execLater(std::string_view sql, std::span<const Param> params)
{
    if (m_pendingBegin) { // the transaction's first statement carries BEGIN: run it now
        exec(sql, params);
        return;
    }
    // A statement not prepared yet on this connection is prepared outside the
    // pipeline (PQprepare waits for its answer); the rest only queue.
    if (m_statements.find(sql) == m_statements.end() && !m_later.empty())
        collectLater();
    const Prepared &statement = prepared(sql, params);
    bindParameters(params);
    const int count = static_cast<int>(params.size());
    if (m_later.empty() && PQenterPipelineMode(m_conn) != 1) {
        m_broken = true;
        throw Error(ErrorKind::Unavailable, "cannot enter pipeline mode: " + trimmed(PQerrorMessage(m_conn)));
    }
    m_later.push_back(shortened(sql));
    if (PQsendQueryPrepared(m_conn, statement.name.c_str(), count, count ? m_values.data() : nullptr,
                            count ? m_lengths.data() : nullptr, count ? m_formats.data() : nullptr, 1)
        != 1) {
        collectLater();   // throws the connection's error
        throw Error(ErrorKind::Unavailable, "cannot send to PostgreSQL: " + trimmed(PQerrorMessage(m_conn)));
    }
    // Answers pile up on the server's side until read: read them now and then
    // so that neither side ever waits on a full socket buffer.
    if (m_later.size() >= 256)
        collectLater();
}

void PostgresSession::collectLater()
{
    if (m_later.empty())
        return;
    std::vector<std::string> statements = std::exchange(m_later, {});
    PGresult *failed = nullptr;
    std::string failedSql;
    bool lost = PQpipelineSync(m_conn) != 1;
    // Each statement's result, then NULL; after a failure the rest answer
    // PGRES_PIPELINE_ABORTED; then the sync.
    for (std::size_t i = 0; !lost;) {
        PGresult *result = PQgetResult(m_conn);
        if (!result) {
            if (PQstatus(m_conn) != CONNECTION_OK)
                lost = true;
            continue;
        }
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(result);
            break;
        }
        if (status == PGRES_FATAL_ERROR && !failed) {
            failed = result;
            failedSql = i < statements.size() ? statements[i] : std::string("a pipelined statement");
        } else {
            PQclear(result);
        }
        ++i;
    }
    if (PQpipelineStatus(m_conn) != PQ_PIPELINE_OFF && PQexitPipelineMode(m_conn) != 1)
        m_broken = true;
    if (failed)
        fail(failed, failedSql);
    if (lost) {
        m_broken = true;
        throw Error(ErrorKind::Unavailable, "lost the connection to PostgreSQL: " + trimmed(PQerrorMessage(m_conn)));
    }
}

PGresult *PostgresSession::run(std::string_view sql, std::span<const Param> params)
{
    collectLater();
    if (!m_pendingBegin) {
        const Prepared &statement = prepared(sql, params);
        bindParameters(params);
        const int count = static_cast<int>(params.size());
        PGresult *result = PQexecPrepared(m_conn, statement.name.c_str(), count, count ? m_values.data() : nullptr,
                                          count ? m_lengths.data() : nullptr, count ? m_formats.data() : nullptr, 1);
        const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            fail(result, sql);
        return result;
    }
    // The transaction's first statement: BEGIN goes with it.
    const char *command = m_pendingBegin;
    try {
        return beginWith(sql, params);
    } catch (const Error &error) {
        if (error.kind() != ErrorKind::Unavailable || !m_used)
            throw;
        // The server closed this connection while it was idle in the pool (a
        // restart, a terminated backend). Nothing was committed: connect
        // again and begin once more.
        reconnect();
        m_pendingBegin = command;
        return beginWith(sql, params);
    }
}

PGresult *PostgresSession::beginWith(std::string_view sql, std::span<const Param> params)
{
    const Prepared &statement = prepared(sql, params); // before BEGIN: a new statement is prepared outside
    bindParameters(params);
    const char *command = std::exchange(m_pendingBegin, nullptr);
    const int count = static_cast<int>(params.size());
    // One round trip for BEGIN and the statement (libpq pipeline mode).
    const bool sent = PQenterPipelineMode(m_conn) == 1
                      && PQsendQueryParams(m_conn, command, 0, nullptr, nullptr, nullptr, nullptr, 0) == 1
                      && PQsendQueryPrepared(m_conn, statement.name.c_str(), count, count ? m_values.data() : nullptr,
                                             count ? m_lengths.data() : nullptr, count ? m_formats.data() : nullptr, 1)
                             == 1
                      && PQpipelineSync(m_conn) == 1;
    std::vector<PGresult *> results;
    if (sent) {
        // BEGIN's result, NULL, the statement's result, NULL, the sync.
        int nulls = 0;
        while (true) {
            PGresult *result = PQgetResult(m_conn);
            if (!result) {
                if (PQstatus(m_conn) != CONNECTION_OK || ++nulls > 2)
                    break;
                continue;
            }
            nulls = 0;
            if (PQresultStatus(result) == PGRES_PIPELINE_SYNC) {
                PQclear(result);
                break;
            }
            results.push_back(result);
        }
    }
    if (PQpipelineStatus(m_conn) != PQ_PIPELINE_OFF && PQexitPipelineMode(m_conn) != 1)
        m_broken = true;
    auto failWith = [&](std::size_t which, std::string_view what) {
        PGresult *failed = which < results.size() ? results[which] : nullptr;
        for (PGresult *other : results)
            if (other != failed)
                PQclear(other);
        fail(failed, what);
    };
    if (results.empty() || PQresultStatus(results[0]) != PGRES_COMMAND_OK)
        failWith(0, command);
    m_used = true;
    const ExecStatusType status = results.size() == 2 ? PQresultStatus(results[1]) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        failWith(1, sql);
    PQclear(results[0]);
    return results[1];
}

void PostgresSession::reconnect()
{
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_broken = true;
        throw Error(ErrorKind::Unavailable, "cannot reconnect to PostgreSQL: " + trimmed(PQerrorMessage(m_conn)));
    }
    m_statements.clear(); // prepared statements died with the old connection
    m_broken = false;
}

std::unique_ptr<Rows> PostgresSession::query(std::string_view sql, std::span<const Param> params)
{
    return std::make_unique<PostgresRows>(run(sql, params));
}

std::int64_t PostgresSession::exec(std::string_view sql, std::span<const Param> params)
{
    PGresult *result = run(sql, params);
    const std::string_view changed = PQcmdTuples(result);
    std::int64_t count = 0;
    std::from_chars(changed.data(), changed.data() + changed.size(), count);
    PQclear(result);
    return count;
}

void PostgresSession::script(std::string_view sql)
{
    collectLater();
    if (m_pendingBegin)
        PQclear(run("SELECT 1", {})); // BEGIN (with its reconnect) before the script
    const std::string text(sql);
    PGresult *result = PQexec(m_conn, text.c_str());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        fail(result, sql);
    PQclear(result);
}

void PostgresSession::begin(TxMode mode)
{
    // Read: one snapshot for every statement (a consistent page of changes
    // and its head). Write: READ COMMITTED, so `UPDATE scope_heads … RETURNING`
    // waits for the head row and then reads the committed number (R-8.1).
    // Sent with the first statement, saving a round trip.
    m_pendingBegin = mode == TxMode::Read ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN";
}

void PostgresSession::commit()
{
    if (std::exchange(m_pendingBegin, nullptr))
        return; // no statement ran: nothing to commit
    collectLater();
    PGresult *result = PQexec(m_conn, "COMMIT");
    if (!result || PQresultStatus(result) != PGRES_COMMAND_OK)
        fail(result, "COMMIT");
    // COMMIT of a transaction that failed earlier answers "ROLLBACK" without
    // an error: work() caught an sql::Error and carried on.
    const bool rolledBack = std::string_view(PQcmdStatus(result)) == "ROLLBACK";
    PQclear(result);
    if (rolledBack)
        throw Error(ErrorKind::Other, "the transaction failed earlier (an sql::Error caught inside the work?) and was "
                                      "rolled back, not committed");
}

void PostgresSession::rollback() noexcept
{
    if (std::exchange(m_pendingBegin, nullptr))
        return;
    try {
        collectLater(); // their answers first; an error among them changes nothing now
    } catch (const Error &) {
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_broken = true;
        return;
    }
    if (PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        return;
    PGresult *result = PQexec(m_conn, "ROLLBACK");
    if (!result || PQresultStatus(result) != PGRES_COMMAND_OK)
        m_broken = true;
    PQclear(result);
}

PostgresDatabase::PostgresDatabase(PostgresTarget target, int poolSize)
    : m_target(std::move(target)),
      m_pool(poolSize, [this] { return std::make_unique<PostgresSession>(m_target); })
{
}

std::unique_ptr<Database> PostgresDatabase::open(const std::string &url, int poolSize, std::string *error)
{
    // Ours first: the URL may override any of them (libpq keeps the last value).
    PostgresTarget target;
    auto add = [&](const char *keyword, std::string value) {
        target.keywords.emplace_back(keyword);
        target.values.push_back(std::move(value));
    };
    add("connect_timeout", "10");
    add("fallback_application_name", "retailos-server");
    // A statement (or a lock wait) longer than a minute is a fault, not work;
    // a session idle inside a transaction would hold scope heads locked.
    add("options", "-c statement_timeout=60000 -c idle_in_transaction_session_timeout=120000");
    // Notice an idle pooled connection whose server went away.
    add("keepalives_idle", "60");
    add("keepalives_interval", "10");
    add("keepalives_count", "3");
    add("dbname", url);
    add("client_encoding", "UTF8"); // after the URL: texts are UTF-8, always

    std::unique_ptr<PostgresDatabase> database(new PostgresDatabase(std::move(target), poolSize));
    try {
        auto first = std::make_unique<PostgresSession>(database->m_target);
        database->m_description = first->describe();
        database->m_pool.adopt(std::move(first));
    } catch (const Error &failure) {
        if (error)
            *error = failure.what();
        return nullptr;
    }
    return database;
}

std::unique_ptr<Subscription> PostgresDatabase::listen(const std::string &channel,
                                                       std::function<void(std::string_view)> onNotify,
                                                       std::string *error)
{
    try {
        return std::make_unique<PostgresListener>(m_target, channel, std::move(onNotify));
    } catch (const Error &failure) {
        if (error)
            *error = failure.what();
        return nullptr;
    }
}

std::shared_ptr<Session> PostgresDatabase::acquire(TxMode)
{
    return m_pool.acquire();
}

void PostgresDatabase::begin(Session &session, TxMode mode)
{
    static_cast<PostgresSession &>(session).begin(mode);
}

void PostgresDatabase::commit(Session &session)
{
    static_cast<PostgresSession &>(session).commit();
}

void PostgresDatabase::rollback(Session &session) noexcept
{
    static_cast<PostgresSession &>(session).rollback();
}

} // namespace retailos::server::sql::detail
