// What sql.h implements once for both back ends: the convenience readers and
// the transaction loop with its retry policy (docs/decisions/0007-server-storage.md).
#include "sync/server/db/sql.h"

#include "core/logging/log.h"

#include <QString>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

namespace retailos::server::sql {

namespace {

bool retried(ErrorKind kind)
{
    return kind == ErrorKind::UniqueViolation || kind == ErrorKind::Retryable;
}

// A random pause that grows with the attempt (up to ~32 ms), so two
// transactions that collided do not collide again in lock step.
void pauseBeforeAttempt(int attempt)
{
    thread_local std::minstd_rand random{std::random_device{}()};
    const int ceilingMicros = 500 << std::min(attempt, 6);
    std::uniform_int_distribution<int> spread(ceilingMicros / 4, ceilingMicros);
    std::this_thread::sleep_for(std::chrono::microseconds(spread(random)));
}

const char *kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::UniqueViolation: return "unique violation";
    case ErrorKind::Retryable: return "retryable";
    case ErrorKind::Unavailable: return "unavailable";
    case ErrorKind::Other: break;
    }
    return "error";
}

} // namespace

std::optional<std::int64_t> Session::queryInt(std::string_view sql, std::span<const Param> params)
{
    const std::unique_ptr<Rows> rows = query(sql, params);
    if (!rows->next() || rows->columnCount() < 1 || rows->isNull(0))
        return std::nullopt;
    return rows->integer(0);
}

std::optional<std::string> Session::queryText(std::string_view sql, std::span<const Param> params)
{
    const std::unique_ptr<Rows> rows = query(sql, params);
    if (!rows->next() || rows->columnCount() < 1 || rows->isNull(0))
        return std::nullopt;
    return std::string(rows->text(0));
}

void Session::notify(std::string_view channel, std::string_view payload)
{
    if (dialect() == Dialect::Postgres)
        exec("SELECT pg_notify(?1, ?2)", {channel, payload});
}

std::unique_ptr<Subscription> Database::listen(const std::string &, std::function<void(std::string_view)>,
                                               std::string *error)
{
    if (error)
        *error = "this database has no cross-process notifications (only PostgreSQL has)";
    return nullptr;
}

std::optional<TxError> Database::transact(TxMode mode, const std::function<void(Session &)> &work, int attempts)
{
    attempts = std::max(attempts, 1);
    for (int attempt = 1;; ++attempt) {
        try {
            const std::shared_ptr<Session> session = acquire(mode);
            begin(*session, mode);
            try {
                work(*session);
                commit(*session);
            } catch (...) {
                rollback(*session);
                throw;
            }
            return std::nullopt;
        } catch (const Error &error) {
            // The session is back in the pool (or dropped, if broken) here.
            if (!retried(error.kind()) || attempt >= attempts)
                return TxError{error.kind(), error.what()};
            if (log::enabled(log::Level::Debug))
                log::debug(u"sql", QStringLiteral("transaction attempt %1 of %2 failed (%3), retrying: %4")
                                       .arg(attempt)
                                       .arg(attempts)
                                       .arg(QLatin1StringView(kindName(error.kind())), QString::fromUtf8(error.what())));
            pauseBeforeAttempt(attempt);
        }
    }
}

} // namespace retailos::server::sql
