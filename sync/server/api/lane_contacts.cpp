#include "sync/server/api/lane_contacts.h"

#include "core/logging/log.h"
#include "sync/server/db/sql.h"

#include <array>

namespace retailos::server::api {

using sql::Param;

void LaneContacts::note(const std::string &terminalId, std::int64_t at, std::string software,
                        std::optional<std::int64_t> outboxHead, std::optional<std::int64_t> clockOffsetMs)
{
    std::lock_guard lock(m_mutex);
    LaneContact &c = m_pending[terminalId];
    c.at = at;
    if (!software.empty()) c.software = std::move(software);
    if (outboxHead) c.outboxHead = outboxHead;
    if (clockOffsetMs) c.clockOffsetMs = clockOffsetMs;
}

void LaneContacts::noteCursor(const std::string &terminalId, const std::string &scope, const std::string &epoch,
                              std::int64_t seq)
{
    std::lock_guard lock(m_mutex);
    m_pending[terminalId].cursors[scope] = {epoch, seq};
}

void LaneContacts::flush(sql::Database &database)
{
    std::map<std::string, LaneContact> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_pending);
    }
    if (batch.empty()) return;
    const auto error = database.transact(sql::TxMode::Write, [&](sql::Session &s) {
        for (const auto &[terminal, c] : batch) {
            const Param software = c.software.empty() ? Param(nullptr) : Param(std::string_view(c.software));
            const Param head = c.outboxHead ? Param(*c.outboxHead) : Param(nullptr);
            const Param offset = c.clockOffsetMs ? Param(*c.clockOffsetMs) : Param(nullptr);
            const std::array<Param, 5> p{std::string_view(terminal), c.at, software, head, offset};
            s.exec("UPDATE terminals SET last_contact_at = ?2, software = COALESCE(?3, software),"
                   " outbox_head = COALESCE(?4, outbox_head), clock_offset_ms = COALESCE(?5, clock_offset_ms)"
                   " WHERE terminal_id = ?1", p);
            for (const auto &[scope, cursor] : c.cursors) {
                const std::array<Param, 5> q{std::string_view(terminal), std::string_view(scope),
                                             std::string_view(cursor.first), cursor.second, c.at};
                s.exec("INSERT INTO terminal_cursors (terminal_id, scope, epoch, seq, reported_at)"
                       " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (terminal_id, scope)"
                       " DO UPDATE SET epoch = excluded.epoch, seq = excluded.seq, reported_at = excluded.reported_at", q);
            }
        }
    });
    if (error) {
        log::warn(u"server", QStringLiteral("lane contacts not saved, retrying: %1").arg(QString::fromStdString(error->message)));
        std::lock_guard lock(m_mutex);
        for (auto &[terminal, c] : batch) m_pending.try_emplace(terminal, std::move(c));
    }
}

} // namespace retailos::server::api
