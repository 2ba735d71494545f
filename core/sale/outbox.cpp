#include "core/sale/outbox.h"

#include "core/db/database.h"

namespace retailos {

Outbox::Outbox(Database &db, QString laneId) : m_db(&db), m_laneId(std::move(laneId)) {}

Result<std::vector<OutboxEvent>> Outbox::unacknowledged(int maxEvents, qint64 maxPayloadBytes)
{
    // A sale's body is its sales.document: stored once, hashed as stored.
    auto q = m_db->prepare("SELECT o.sequence, o.event_id, o.type, o.created_at,"
                           " COALESCE(o.payload, s.document), o.previous_hash, o.hash"
                           " FROM outbox o LEFT JOIN sales s ON s.id = o.sale_id"
                           " WHERE o.lane_id = ?1 AND o.acked = 0 ORDER BY o.sequence LIMIT ?2");
    if (!q) return std::unexpected(q.error());
    q->bind(1, m_laneId).bind(2, qint64(maxEvents));
    std::vector<OutboxEvent> out;
    qint64 bytes = 0;
    while (true) {
        auto row = q->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        const std::string_view payload = q->utf8(4);
        if (!out.empty() && bytes + qint64(payload.size()) > maxPayloadBytes) break;
        bytes += qint64(payload.size());
        out.push_back({q->int64(0), q->text(1), q->text(2), q->int64(3),
                       QByteArray(payload.data(), qsizetype(payload.size())), q->blob(5), q->blob(6)});
    }
    return out;
}

Result<> Outbox::acknowledgeThrough(qint64 sequence)
{
    auto q = m_db->prepare("UPDATE outbox SET acked = 1 WHERE lane_id = ?1 AND sequence <= ?2 AND acked = 0");
    if (!q) return std::unexpected(q.error());
    return q->bind(1, m_laneId).bind(2, sequence).run();
}

Result<> Outbox::unacknowledgeAfter(qint64 sequence)
{
    auto q = m_db->prepare("UPDATE outbox SET acked = 0 WHERE lane_id = ?1 AND sequence > ?2 AND acked = 1");
    if (!q) return std::unexpected(q.error());
    return q->bind(1, m_laneId).bind(2, sequence).run();
}

Result<qint64> Outbox::head()
{
    auto q = m_db->prepare("SELECT COALESCE(MAX(sequence), 0) FROM outbox WHERE lane_id = ?1");
    if (!q) return std::unexpected(q.error());
    q->bind(1, m_laneId);
    auto row = q->step();
    if (!row) return std::unexpected(row.error());
    return q->int64(0);
}

Result<qint64> Outbox::unacknowledgedCount()
{
    auto q = m_db->prepare("SELECT count(*) FROM outbox WHERE lane_id = ?1 AND acked = 0");
    if (!q) return std::unexpected(q.error());
    q->bind(1, m_laneId);
    auto row = q->step();
    if (!row) return std::unexpected(row.error());
    return q->int64(0);
}

} // namespace retailos
