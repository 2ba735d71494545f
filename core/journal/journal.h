// The lane's append-only, hash-chained, signed journal of fiscal events.
#pragma once

#include "core/common/result.h"
#include "core/db/database.h"
#include "core/journal/journal_record.h"
#include "core/journal/lane_key.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace retailos {

class Journal
{
public:
    // Registers the key's public half for the lane on first use; refuses a key
    // other than the registered one (journal.key_mismatch). The database must
    // hold kJournalSchema and outlive the journal.
    [[nodiscard]] static Result<Journal> open(Database &db, QString laneId, const LaneKey &key);

    Journal(Journal &&) noexcept = default;
    Journal &operator=(Journal &&) noexcept = default;

    // Appends record last+1. Joins the caller's transaction when one is open
    // (the sale commit: BEGIN IMMEDIATE, sale rows, append, outbox, COMMIT), so
    // a rollback takes the record with it and the next append reuses its
    // number; otherwise runs in its own. The caller's transaction should be
    // IMMEDIATE: the head is read, then written.
    [[nodiscard]] Result<JournalRecord> append(
        RecordType type, const QJsonObject &payload, qint64 amountMinor, qint64 nowUtcMs);
    // `type` must be one of the recordTypeName() strings (journal.unknown_type).
    [[nodiscard]] Result<JournalRecord> append(
        const QString &type, const QJsonObject &payload, qint64 amountMinor, qint64 nowUtcMs);

    // The same with a payload that is already canonical JSON (compact, keys
    // sorted, as canonicalPayload() makes it): the sale commit serialises its
    // event once and hands the same bytes to the journal and the outbox.
    [[nodiscard]] Result<JournalRecord> appendCanonical(const QString &type, const QByteArray &canonicalPayload,
                                                        qint64 amountMinor, qint64 nowUtcMs);

    // The head of the chain, or nothing for an empty journal.
    [[nodiscard]] Result<std::optional<JournalRecord>> lastRecord();

    [[nodiscard]] QString laneId() const { return m_laneId; }
    [[nodiscard]] QByteArray publicKey() const { return m_key.publicKey(); }

    // Compact JSON with sorted keys (QJsonObject keeps its keys sorted).
    [[nodiscard]] static QByteArray canonicalPayload(const QJsonObject &payload);

private:
    Journal(Database &db, QString laneId, LaneKey key, Statement last, Statement insert);
    [[nodiscard]] Result<JournalRecord> appendInTransaction(
        const QString &type, const QByteArray &payload, qint64 amountMinor, qint64 nowUtcMs);

    Database *m_db;
    QString m_laneId;
    LaneKey m_key;
    Statement m_last;
    Statement m_insert;
};

// The public key registered for a lane (raw 32 bytes); journal.no_key if none.
[[nodiscard]] Result<QByteArray> registeredPublicKey(Database &db, const QString &laneId);

// Reads a lane's records in sequence order from one consistent snapshot;
// stops early when `visit` returns false.
[[nodiscard]] Result<> forEachJournalRecord(
    Database &db, const QString &laneId, const std::function<bool(const JournalRecord &)> &visit);

} // namespace retailos
