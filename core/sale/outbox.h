// The lane's outbox as the sync engine reads it (docs/sync-protocol.md §7):
// business events in sequence order, chained by hash, each sent until the
// server acknowledges it. The sale engine appends (SaleStore::appendOutbox);
// this class is the sending side, on the sync worker's own connection.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace retailos {

class Database;

struct OutboxEvent
{
    qint64 sequence = 0;
    QString eventId;
    QString type;
    qint64 createdAtUtcMs = 0;
    QByteArray payload;        // the exact bytes the lane hashed (a sale: its sales.document)
    QByteArray previousHash;   // 32 bytes
    QByteArray hash;           // 32 bytes
};

class Outbox
{
public:
    Outbox(Database &db, QString laneId);

    // The oldest events not acknowledged yet, in sequence order: at most
    // `maxEvents`, and no more than `maxPayloadBytes` of payload (always at
    // least one event, however large).
    [[nodiscard]] Result<std::vector<OutboxEvent>> unacknowledged(int maxEvents, qint64 maxPayloadBytes);
    // The server holds every event up to `sequence`.
    [[nodiscard]] Result<> acknowledgeThrough(qint64 sequence);
    // The server holds nothing after `sequence` (it was restored from an
    // older backup): those events are sent again.
    [[nodiscard]] Result<> unacknowledgeAfter(qint64 sequence);
    // The last sequence number written (0: none), for the Retailos-Outbox-Head header.
    [[nodiscard]] Result<qint64> head();
    [[nodiscard]] Result<qint64> unacknowledgedCount();

private:
    Database *m_db;
    QString m_laneId;
};

} // namespace retailos
