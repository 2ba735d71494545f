// What each lane last told us (R-3.8 headers, its cursors) for the admin's lag
// view. Kept in memory and written every few seconds in one transaction, so a
// poll costs no database write (10 000 polls/s would otherwise be 10 000 commits).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace retailos::server::sql { class Database; }

namespace retailos::server::api {

struct LaneContact
{
    std::int64_t at = 0;
    std::string software;
    std::optional<std::int64_t> outboxHead, clockOffsetMs;
    std::map<std::string, std::pair<std::string, std::int64_t>> cursors;   // scope → epoch, seq
};

class LaneContacts
{
public:
    void note(const std::string &terminalId, std::int64_t at, std::string software,
              std::optional<std::int64_t> outboxHead, std::optional<std::int64_t> clockOffsetMs);
    void noteCursor(const std::string &terminalId, const std::string &scope, const std::string &epoch, std::int64_t seq);
    // Writes what arrived since the last flush; keeps it for the next try when the database fails.
    void flush(sql::Database &database);

private:
    std::mutex m_mutex;
    std::map<std::string, LaneContact> m_pending;
};

} // namespace retailos::server::api
