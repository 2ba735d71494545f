// PostgresListener (postgres_listener.h): LISTEN on a connection of its own.
#include "sync/server/db/postgres_listener.h"

#include "core/logging/log.h"

#include <QString>

#include <libpq-fe.h>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace retailos::server::sql::detail {

namespace {

std::string trimmed(const char *text)
{
    std::string out = text ? text : "";
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out;
}

} // namespace

PostgresListener::PostgresListener(const PostgresTarget &target, std::string channel,
                                   std::function<void(std::string_view)> onNotify)
    : m_target(target), m_channel(std::move(channel)), m_onNotify(std::move(onNotify))
{
    if (::pipe2(m_stopPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        throw Error(ErrorKind::Unavailable, "cannot make a pipe for the PostgreSQL listener");
    if (const std::string failure = connect(); !failure.empty()) {
        ::close(m_stopPipe[0]);
        ::close(m_stopPipe[1]);
        throw Error(ErrorKind::Unavailable, failure);
    }
    m_thread = std::thread([this] { run(); });
}

PostgresListener::~PostgresListener()
{
    m_stop = true;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(m_stopPipe[1], &byte, 1);
    m_thread.join();
    disconnect();
    ::close(m_stopPipe[0]);
    ::close(m_stopPipe[1]);
}

std::string PostgresListener::connect()
{
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (std::size_t i = 0; i < m_target.keywords.size(); ++i) {
        keywords.push_back(m_target.keywords[i].c_str());
        values.push_back(m_target.values[i].c_str());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        const std::string why = m_conn ? trimmed(PQerrorMessage(m_conn)) : "out of memory";
        disconnect();
        return "cannot connect to PostgreSQL to listen for changes: " + why;
    }
    logNotices(m_conn);
    char *quoted = PQescapeIdentifier(m_conn, m_channel.data(), m_channel.size());
    const std::string command = std::string("LISTEN ") + (quoted ? quoted : "\"\"");
    PQfreemem(quoted);
    PGresult *result = PQexec(m_conn, command.c_str());
    const bool listening = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!listening) {
        const std::string why = trimmed(PQerrorMessage(m_conn));
        disconnect();
        return "cannot LISTEN on " + m_channel + ": " + why;
    }
    return {};
}

void PostgresListener::disconnect()
{
    PQfinish(m_conn);
    m_conn = nullptr;
}

bool PostgresListener::stopRequested(int timeoutMs)
{
    pollfd stop{m_stopPipe[0], POLLIN, 0};
    while (::poll(&stop, 1, timeoutMs) < 0 && errno == EINTR) {
    }
    return m_stop;
}

void PostgresListener::run()
{
    while (!m_stop) {
        if (!m_conn) {
            // Lost: try again every second; what was sent meanwhile is gone,
            // so the owner is told to look for itself ("").
            if (stopRequested(1000))
                return;
            if (connect().empty()) {
                log::info(u"sql", QStringLiteral("listening on %1 again").arg(QString::fromStdString(m_channel)));
                m_onNotify({});
            }
            continue;
        }
        pollfd waits[2] = {{PQsocket(m_conn), POLLIN, 0}, {m_stopPipe[0], POLLIN, 0}};
        if (::poll(waits, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            disconnect();
            continue;
        }
        if (m_stop)
            return;
        if (waits[0].revents == 0)
            continue;
        if (PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK) {
            log::warn(u"sql", QStringLiteral("the connection listening on %1 was lost (%2); reconnecting")
                                  .arg(QString::fromStdString(m_channel), QString::fromStdString(trimmed(PQerrorMessage(m_conn)))));
            disconnect();
            continue;
        }
        while (PGnotify *notice = PQnotifies(m_conn)) {
            m_onNotify(notice->extra ? std::string_view(notice->extra) : std::string_view());
            PQfreemem(notice);
        }
    }
}

} // namespace retailos::server::sql::detail
