// Journal verification and export (see journal_verifier.h and docs/journal.md).
#include "core/journal/journal_verifier.h"

#include "core/journal/journal.h"
#include "core/journal/journal_record.h"
#include "core/journal/lane_key.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtNumeric>

#include <optional>
#include <variant>

namespace retailos {

namespace {

struct JournalVerifierText
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
};

const QString kFormat = QStringLiteral("retailos.journal.export");
constexpr int kFormatVersion = 1;
// A hostile export must not make the verifier read a gigabyte line into memory.
constexpr qint64 kMaxLineBytes = 16 * 1024 * 1024;

namespace key {
const QString format = QStringLiteral("format");
const QString version = QStringLiteral("version");
const QString laneId = QStringLiteral("laneId");
const QString publicKey = QStringLiteral("publicKey");
const QString sequence = QStringLiteral("sequence");
const QString type = QStringLiteral("type");
const QString createdAt = QStringLiteral("createdAtUtcMs");
const QString payload = QStringLiteral("payload");
const QString amount = QStringLiteral("amountMinor");
const QString grandTotal = QStringLiteral("grandTotalMinor");
const QString previousHash = QStringLiteral("previousHash");
const QString hash = QStringLiteral("hash");
const QString signature = QStringLiteral("signature");
} // namespace key

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Walks the chain record by record; the first problem is written to the report
// and ends the walk. Numbering problems are handed back to the caller, which
// alone can tell (by reading ahead) a missing record from a moved one.
class ChainChecker
{
public:
    enum class Outcome { Ok, Failed, SequenceAhead, SequenceBehind };

    ChainChecker(VerifyReport &report, LanePublicKey key, VerifyAnchor anchor)
        : m_report(report)
        , m_key(std::move(key))
        , m_anchor(std::move(anchor))
    {
        m_report.publicKey = m_key.raw();
    }

    [[nodiscard]] qint64 expected() const { return m_report.lastSequence + 1; }

    Outcome check(const JournalRecord &r)
    {
        const qint64 at = expected();
        if (r.laneId != m_report.laneId) {
            failAt(at, VerifyProblem::WrongLane,
                JournalVerifierText::tr("the record in the place of #%1 is record #%2 of lane %3, not of lane %4 (spliced in)")
                    .arg(at)
                    .arg(r.sequence)
                    .arg(r.laneId, m_report.laneId));
            return Outcome::Failed;
        }
        if (r.sequence > at)
            return Outcome::SequenceAhead;
        if (r.sequence < at)
            return Outcome::SequenceBehind;
        if (r.previousHash.size() != kJournalHashSize || r.hash.size() != kJournalHashSize
            || r.signature.size() != kJournalSignatureSize) {
            failAt(at, VerifyProblem::Malformed, JournalVerifierText::tr("a hash or the signature has the wrong length (damaged)"));
            return Outcome::Failed;
        }
        if (journalHash(r) != r.hash) {
            failAt(at, VerifyProblem::HashMismatch, JournalVerifierText::tr("its contents do not match its hash (the record was edited)"));
            return Outcome::Failed;
        }
        if (r.previousHash != m_previousHash) {
            failAt(at, VerifyProblem::PreviousHashMismatch,
                at == 1 ? JournalVerifierText::tr("the first record does not start the chain (records before it were cut off "
                             "or it comes from elsewhere)")
                        : JournalVerifierText::tr("it does not chain to record #%1 (spliced in or reordered)").arg(at - 1));
            return Outcome::Failed;
        }
        qint64 total = 0;
        if (qAddOverflow(m_report.lastGrandTotalMinor, r.amountMinor, &total) || total != r.grandTotalMinor) {
            failAt(at, VerifyProblem::GrandTotalMismatch,
                JournalVerifierText::tr("the grand total %1 is not the previous total %2 plus the amount %3")
                    .arg(r.grandTotalMinor)
                    .arg(m_report.lastGrandTotalMinor)
                    .arg(r.amountMinor));
            return Outcome::Failed;
        }
        if (!m_key.verify(r.hash, r.signature)) {
            failAt(at, VerifyProblem::BadSignature,
                JournalVerifierText::tr("the signature does not match the lane key (re-hashed after an edit, or signed with "
                   "another key)"));
            return Outcome::Failed;
        }
        if (m_anchor.lastSequence == at && !m_anchor.lastHash.isEmpty() && m_anchor.lastHash != r.hash) {
            failAt(at, VerifyProblem::AnchorMismatch,
                JournalVerifierText::tr("its hash %1 is not the %2 recorded for it elsewhere (history rewritten)")
                    .arg(hex(r.hash), hex(m_anchor.lastHash)));
            return Outcome::Failed;
        }
        m_previousHash = r.hash;
        ++m_report.recordsChecked;
        m_report.lastSequence = r.sequence;
        m_report.lastHash = r.hash;
        m_report.lastGrandTotalMinor = r.grandTotalMinor;
        return Outcome::Ok;
    }

    // The end of the records: only an anchor can tell that some are missing here.
    void finish()
    {
        if (m_report.ok && m_anchor.lastSequence > m_report.lastSequence)
            failAt(m_report.lastSequence + 1, VerifyProblem::Truncated,
                JournalVerifierText::tr("the journal ends at record #%1 but record #%2 is known to exist (truncated)")
                    .arg(m_report.lastSequence)
                    .arg(m_anchor.lastSequence));
    }

    void failAt(qint64 sequence, VerifyProblem problem, const QString &reason)
    {
        m_report.ok = false;
        m_report.failedSequence = sequence;
        m_report.problem = problem;
        m_report.reason = reason;
    }

private:
    VerifyReport &m_report;
    LanePublicKey m_key;
    VerifyAnchor m_anchor;
    QByteArray m_previousHash = journalGenesisHash();
};

void reportMissing(ChainChecker &checker, qint64 found)
{
    const qint64 missing = checker.expected();
    checker.failAt(missing, VerifyProblem::SequenceGap,
        missing == 1 ? JournalVerifierText::tr("record #1 is missing: the journal starts at #%1 (its start was cut off)").arg(found)
                     : JournalVerifierText::tr("record #%1 is missing: #%2 follows #%3 (deleted)").arg(missing).arg(found).arg(missing - 1));
}

void reportRepeated(ChainChecker &checker, qint64 found)
{
    checker.failAt(checker.expected(), VerifyProblem::OutOfOrder,
        JournalVerifierText::tr("record #%1 appears again where #%2 was expected (duplicated or reordered)")
            .arg(found)
            .arg(checker.expected()));
}

VerifyReport failedHeader(VerifyProblem problem, const QString &reason)
{
    VerifyReport report;
    report.ok = false;
    report.problem = problem;
    report.reason = reason;
    return report;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() falls back to its default for non-integral or out-of-range
    // numbers; two different defaults tell that apart from a real value.
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b)
        return std::nullopt;
    return a;
}

std::optional<QByteArray> base64(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

std::optional<QJsonObject> parseLine(const QByteArray &line)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// The record in `object`, or the name of the first field that is missing or wrong.
std::variant<JournalRecord, QString> parseRecord(const QJsonObject &object)
{
    JournalRecord r;
    const auto sequence = integer(object.value(key::sequence));
    if (!sequence)
        return key::sequence;
    r.sequence = *sequence;
    if (!object.value(key::laneId).isString())
        return key::laneId;
    r.laneId = object.value(key::laneId).toString();
    if (!object.value(key::type).isString())
        return key::type;
    r.type = object.value(key::type).toString();
    const auto createdAt = integer(object.value(key::createdAt));
    if (!createdAt)
        return key::createdAt;
    r.createdAtUtcMs = *createdAt;
    const auto payload = base64(object.value(key::payload));
    if (!payload)
        return key::payload;
    r.payload = *payload;
    const auto amount = integer(object.value(key::amount));
    if (!amount)
        return key::amount;
    r.amountMinor = *amount;
    const auto total = integer(object.value(key::grandTotal));
    if (!total)
        return key::grandTotal;
    r.grandTotalMinor = *total;
    const auto previous = base64(object.value(key::previousHash));
    if (!previous)
        return key::previousHash;
    r.previousHash = *previous;
    const auto hash = base64(object.value(key::hash));
    if (!hash)
        return key::hash;
    r.hash = *hash;
    const auto signature = base64(object.value(key::signature));
    if (!signature)
        return key::signature;
    r.signature = *signature;
    return r;
}

QJsonObject toJson(const JournalRecord &r)
{
    auto b64 = [](const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); };
    return QJsonObject {
        { key::sequence, r.sequence },
        { key::laneId, r.laneId },
        { key::type, r.type },
        { key::createdAt, r.createdAtUtcMs },
        { key::payload, b64(r.payload) },
        { key::amount, r.amountMinor },
        { key::grandTotal, r.grandTotalMinor },
        { key::previousHash, b64(r.previousHash) },
        { key::hash, b64(r.hash) },
        { key::signature, b64(r.signature) },
    };
}

// Reads one line; empty at the end. A line over the limit is returned cut, without its newline.
QByteArray readLine(QIODevice &in)
{
    return in.readLine(kMaxLineBytes);
}

} // namespace

QString verifyProblemCode(VerifyProblem problem)
{
    switch (problem) {
    case VerifyProblem::None:
        return QStringLiteral("journal.ok");
    case VerifyProblem::Malformed:
        return QStringLiteral("journal.malformed");
    case VerifyProblem::KeyMismatch:
        return QStringLiteral("journal.key_mismatch");
    case VerifyProblem::WrongLane:
        return QStringLiteral("journal.wrong_lane");
    case VerifyProblem::SequenceGap:
        return QStringLiteral("journal.sequence_gap");
    case VerifyProblem::OutOfOrder:
        return QStringLiteral("journal.out_of_order");
    case VerifyProblem::HashMismatch:
        return QStringLiteral("journal.hash_mismatch");
    case VerifyProblem::PreviousHashMismatch:
        return QStringLiteral("journal.previous_hash_mismatch");
    case VerifyProblem::GrandTotalMismatch:
        return QStringLiteral("journal.grand_total_mismatch");
    case VerifyProblem::BadSignature:
        return QStringLiteral("journal.bad_signature");
    case VerifyProblem::Truncated:
        return QStringLiteral("journal.truncated");
    case VerifyProblem::AnchorMismatch:
        return QStringLiteral("journal.anchor_mismatch");
    }
    Q_UNREACHABLE();
}

QString VerifyReport::summary() const
{
    if (ok) {
        if (lastSequence == 0)
            return JournalVerifierText::tr("OK: 0 records");
        return JournalVerifierText::tr("OK: %1 records, last #%2 hash %3, grand total %4")
            .arg(recordsChecked)
            .arg(lastSequence)
            .arg(hex(lastHash))
            .arg(lastGrandTotalMinor);
    }
    if (failedSequence == 0)
        return JournalVerifierText::tr("FAILED before record #1: %1").arg(reason);
    return JournalVerifierText::tr("FAILED at record #%1: %2").arg(failedSequence).arg(reason);
}

Result<VerifyReport> verifyJournal(
    Database &db, const QString &laneId, const QByteArray &publicKey, const VerifyAnchor &anchor)
{
    auto key = LanePublicKey::fromRaw(publicKey);
    if (!key)
        return std::unexpected(key.error());
    VerifyReport report;
    report.laneId = laneId;
    ChainChecker checker(report, std::move(*key), anchor);
    // Rows come in sequence order from a primary key, so a number out of step is always a gap.
    auto walked = forEachJournalRecord(db, laneId, [&](const JournalRecord &r) {
        switch (checker.check(r)) {
        case ChainChecker::Outcome::Ok:
            return true;
        case ChainChecker::Outcome::Failed:
            return false;
        case ChainChecker::Outcome::SequenceAhead:
            reportMissing(checker, r.sequence);
            return false;
        case ChainChecker::Outcome::SequenceBehind:
            reportRepeated(checker, r.sequence);
            return false;
        }
        return false;
    });
    if (!walked)
        return std::unexpected(walked.error());
    checker.finish();
    return report;
}

Result<> exportJournal(Database &db, const QString &laneId, QIODevice &out)
{
    auto publicKey = registeredPublicKey(db, laneId);
    if (!publicKey)
        return std::unexpected(publicKey.error());
    const QJsonObject header {
        { key::format, kFormat },
        { key::version, kFormatVersion },
        { key::laneId, laneId },
        { key::publicKey, QString::fromLatin1(publicKey->toBase64()) },
    };
    auto writeLine = [&out](const QJsonObject &object) {
        const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        return out.write(line) == line.size();
    };
    if (!writeLine(header))
        return fail(QStringLiteral("journal.export_write"),
            JournalVerifierText::tr("The journal export could not be written: %1.").arg(out.errorString()));
    bool written = true;
    auto walked = forEachJournalRecord(db, laneId, [&](const JournalRecord &r) {
        written = writeLine(toJson(r));
        return written;
    });
    if (!walked)
        return std::unexpected(walked.error());
    if (!written)
        return fail(QStringLiteral("journal.export_write"),
            JournalVerifierText::tr("The journal export could not be written: %1.").arg(out.errorString()));
    return {};
}

VerifyReport verifyExport(QIODevice &in, const QByteArray &trustedPublicKey, const VerifyAnchor &anchor)
{
    const auto headerObject = parseLine(readLine(in));
    if (!headerObject || headerObject->value(key::format).toString() != kFormat)
        return failedHeader(VerifyProblem::Malformed, JournalVerifierText::tr("the file is not a Retail OS journal export"));
    if (headerObject->value(key::version).toInt() != kFormatVersion)
        return failedHeader(VerifyProblem::Malformed,
            JournalVerifierText::tr("the export has format version %1; this verifier reads version %2")
                .arg(headerObject->value(key::version).toInt())
                .arg(kFormatVersion));
    const QString laneId = headerObject->value(key::laneId).toString();
    const auto headerKey = base64(headerObject->value(key::publicKey));
    if (laneId.isEmpty() || !headerKey)
        return failedHeader(VerifyProblem::Malformed, JournalVerifierText::tr("the export header has no lane id or public key"));
    if (!trustedPublicKey.isEmpty() && trustedPublicKey != *headerKey)
        return failedHeader(VerifyProblem::KeyMismatch,
            JournalVerifierText::tr("the export was made with key %1, not the lane's key %2")
                .arg(QString::fromLatin1(headerKey->toBase64()), QString::fromLatin1(trustedPublicKey.toBase64())));
    auto key = LanePublicKey::fromRaw(trustedPublicKey.isEmpty() ? *headerKey : trustedPublicKey);
    if (!key)
        return failedHeader(VerifyProblem::Malformed, key.error().message);

    VerifyReport report;
    report.laneId = laneId;
    report.keyFromExport = trustedPublicKey.isEmpty();
    ChainChecker checker(report, std::move(*key), anchor);
    qint64 lineNumber = 1;
    while (true) {
        const QByteArray raw = readLine(in);
        if (raw.isEmpty())
            break;
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const auto object = parseLine(line);
        if (!object) {
            checker.failAt(checker.expected(), VerifyProblem::Malformed,
                JournalVerifierText::tr("line %1 is not a JSON object (damaged or cut off)").arg(lineNumber));
            return report;
        }
        auto parsed = parseRecord(*object);
        if (const auto *field = std::get_if<QString>(&parsed)) {
            checker.failAt(checker.expected(), VerifyProblem::Malformed,
                JournalVerifierText::tr("line %1: the field \"%2\" is missing or not valid").arg(lineNumber).arg(*field));
            return report;
        }
        const JournalRecord &record = std::get<JournalRecord>(parsed);
        switch (checker.check(record)) {
        case ChainChecker::Outcome::Ok:
            continue;
        case ChainChecker::Outcome::Failed:
            return report;
        case ChainChecker::Outcome::SequenceAhead: {
            // Missing, or further down (reordered)? Nothing after the first problem
            // is verified, so reading the rest of the file here costs nothing extra.
            const qint64 wanted = checker.expected();
            while (true) {
                const QByteArray next = readLine(in);
                if (next.isEmpty())
                    break;
                const auto later = parseLine(next.trimmed());
                if (later && later->value(key::laneId).toString() == laneId
                    && integer(later->value(key::sequence)) == wanted) {
                    checker.failAt(wanted, VerifyProblem::OutOfOrder,
                        JournalVerifierText::tr("record #%1 is out of order: #%2 comes before it (reordered)")
                            .arg(wanted)
                            .arg(record.sequence));
                    return report;
                }
            }
            reportMissing(checker, record.sequence);
            return report;
        }
        case ChainChecker::Outcome::SequenceBehind:
            reportRepeated(checker, record.sequence);
            return report;
        }
    }
    checker.finish();
    return report;
}

} // namespace retailos
