// The hash-chained journal over SQLite (see journal.h and docs/journal.md).
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QtNumeric>

namespace retailos {

namespace {

struct JournalText
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

constexpr std::string_view kColumns = "sequence, lane_id, type, created_at_ms, payload, amount_minor, "
                                      "grand_total_minor, previous_hash, hash, signature";

// A SELECT left stepped holds its read snapshot (and blocks WAL checkpoints) until reset.
class ResetOnExit
{
public:
    explicit ResetOnExit(Statement &stmt)
        : m_stmt(stmt)
    {
    }
    ResetOnExit(const ResetOnExit &) = delete;
    ResetOnExit &operator=(const ResetOnExit &) = delete;
    ~ResetOnExit() { m_stmt.reset(); }

private:
    Statement &m_stmt;
};

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

// Columns in kColumns order. Hex that does not decode to the right length is
// kept as decoded, so the verifier reports the record rather than skipping it.
JournalRecord readRecord(const Statement &stmt)
{
    JournalRecord r;
    r.sequence = stmt.int64(0);
    r.laneId = stmt.text(1);
    r.type = stmt.text(2);
    r.createdAtUtcMs = stmt.int64(3);
    r.payload = bytes(stmt.utf8(4));
    r.amountMinor = stmt.int64(5);
    r.grandTotalMinor = stmt.int64(6);
    r.previousHash = QByteArray::fromHex(bytes(stmt.utf8(7)));
    r.hash = QByteArray::fromHex(bytes(stmt.utf8(8)));
    r.signature = QByteArray::fromHex(bytes(stmt.utf8(9)));
    return r;
}

std::string sql(std::string_view before, std::string_view after)
{
    return std::string(before) + std::string(kColumns) + std::string(after);
}

} // namespace

Journal::Journal(Database &db, QString laneId, LaneKey key, Statement last, Statement insert)
    : m_db(&db)
    , m_laneId(std::move(laneId))
    , m_key(std::move(key))
    , m_last(std::move(last))
    , m_insert(std::move(insert))
{
}

Result<Journal> Journal::open(Database &db, QString laneId, const LaneKey &key)
{
    if (laneId.isEmpty() || laneId.size() > 64 || laneId.trimmed() != laneId)
        return fail(QStringLiteral("journal.bad_lane"),
            JournalText::tr("The lane id \"%1\" is not valid for the journal (1-64 characters, no surrounding spaces).")
                .arg(laneId));
    auto registered = registeredPublicKey(db, laneId);
    if (!registered && registered.error().code != u"journal.no_key")
        return std::unexpected(registered.error());
    if (!registered) {
        auto insert
            = db.prepare("INSERT INTO journal_keys (lane_id, public_key, registered_at_ms) VALUES (?1, ?2, ?3)");
        if (!insert)
            return std::unexpected(insert.error());
        insert->bind(1, laneId).bind(2, key.publicKeyBase64()).bind(3, QDateTime::currentMSecsSinceEpoch());
        if (auto r = insert->run(); !r)
            return std::unexpected(r.error());
    } else if (*registered != key.publicKey()) {
        return fail(QStringLiteral("journal.key_mismatch"),
            JournalText::tr("The signing key of lane %1 is not the one its journal was started with. "
               "Restore the lane's key file or call support; do not sell on this lane.")
                .arg(laneId));
    }

    auto last = db.prepare(sql("SELECT ", " FROM journal WHERE lane_id = ?1 ORDER BY sequence DESC LIMIT 1"));
    if (!last)
        return std::unexpected(last.error());
    auto insert = db.prepare(sql("INSERT INTO journal (", ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!insert)
        return std::unexpected(insert.error());
    return Journal(db, std::move(laneId), key, std::move(*last), std::move(*insert));
}

QByteArray Journal::canonicalPayload(const QJsonObject &payload)
{
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

Result<JournalRecord> Journal::append(RecordType type, const QJsonObject &payload, qint64 amountMinor, qint64 nowUtcMs)
{
    if (amountMinor != 0 && !affectsGrandTotal(type))
        return fail(QStringLiteral("journal.amount_not_allowed"),
            JournalText::tr("A %1 record cannot change the grand total.").arg(recordTypeName(type)));
    return appendInTransaction(recordTypeName(type), canonicalPayload(payload), amountMinor, nowUtcMs);
}

Result<JournalRecord> Journal::append(
    const QString &type, const QJsonObject &payload, qint64 amountMinor, qint64 nowUtcMs)
{
    const auto known = recordTypeFromName(type);
    if (!known)
        return fail(QStringLiteral("journal.unknown_type"), JournalText::tr("\"%1\" is not a journal record type.").arg(type));
    return append(*known, payload, amountMinor, nowUtcMs);
}

Result<JournalRecord> Journal::appendCanonical(const QString &type, const QByteArray &canonicalPayload,
                                               qint64 amountMinor, qint64 nowUtcMs)
{
    const auto known = recordTypeFromName(type);
    if (!known)
        return fail(QStringLiteral("journal.unknown_type"), JournalText::tr("\"%1\" is not a journal record type.").arg(type));
    if (amountMinor != 0 && !affectsGrandTotal(*known))
        return fail(QStringLiteral("journal.amount_not_allowed"),
            JournalText::tr("A %1 record cannot change the grand total.").arg(type));
    return appendInTransaction(type, canonicalPayload, amountMinor, nowUtcMs);
}

Result<JournalRecord> Journal::appendInTransaction(
    const QString &type, const QByteArray &payload, qint64 amountMinor, qint64 nowUtcMs)
{
    std::optional<Transaction> own;
    if (!m_db->inTransaction()) {
        own.emplace(*m_db);
        if (auto r = own->begin(); !r)
            return std::unexpected(r.error());
    }

    auto head = lastRecord();
    if (!head)
        return std::unexpected(head.error());

    JournalRecord r;
    r.sequence = *head ? (*head)->sequence + 1 : 1;
    r.laneId = m_laneId;
    r.type = type;
    r.createdAtUtcMs = nowUtcMs;
    r.payload = payload;
    r.amountMinor = amountMinor;
    if (qAddOverflow(*head ? (*head)->grandTotalMinor : qint64 { 0 }, amountMinor, &r.grandTotalMinor))
        return fail(QStringLiteral("journal.overflow"),
            JournalText::tr("The grand total of lane %1 would overflow; call support.").arg(m_laneId));
    r.previousHash = *head ? (*head)->hash : journalGenesisHash();
    r.hash = journalHash(r);
    auto signature = m_key.sign(r.hash);
    if (!signature)
        return std::unexpected(signature.error());
    r.signature = std::move(*signature);

    const QByteArray previousHex = r.previousHash.toHex();
    const QByteArray hashHex = r.hash.toHex();
    const QByteArray signatureHex = r.signature.toHex();
    m_insert.bind(1, r.sequence)
        .bind(2, r.laneId)
        .bind(3, r.type)
        .bind(4, r.createdAtUtcMs)
        .bindUtf8(5, view(r.payload))
        .bind(6, r.amountMinor)
        .bind(7, r.grandTotalMinor)
        .bindUtf8(8, view(previousHex))
        .bindUtf8(9, view(hashHex))
        .bindUtf8(10, view(signatureHex));
    auto inserted = m_insert.run();
    m_insert.reset();
    if (!inserted)
        return std::unexpected(inserted.error());
    if (own) {
        if (auto c = own->commit(); !c)
            return std::unexpected(c.error());
    }
    return r;
}

Result<std::optional<JournalRecord>> Journal::lastRecord()
{
    ResetOnExit reset(m_last);
    m_last.bind(1, m_laneId);
    auto row = m_last.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<JournalRecord>();
    return std::optional<JournalRecord>(readRecord(m_last));
}

Result<QByteArray> registeredPublicKey(Database &db, const QString &laneId)
{
    auto stmt = db.prepare("SELECT public_key FROM journal_keys WHERE lane_id = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, laneId);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QStringLiteral("journal.no_key"), JournalText::tr("Lane %1 has no journal key registered.").arg(laneId));
    auto key = QByteArray::fromBase64Encoding(bytes(stmt->utf8(0)), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != kJournalPublicKeySize)
        return fail(QStringLiteral("journal.bad_public_key"),
            JournalText::tr("The journal key registered for lane %1 is damaged.").arg(laneId));
    return *key;
}

Result<> forEachJournalRecord(
    Database &db, const QString &laneId, const std::function<bool(const JournalRecord &)> &visit)
{
    auto stmt = db.prepare(sql("SELECT ", " FROM journal WHERE lane_id = ?1 ORDER BY sequence"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, laneId);
    while (true) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row || !visit(readRecord(*stmt)))
            return {};
    }
}

} // namespace retailos
