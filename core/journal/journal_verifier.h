// Recomputes a lane journal's chain, numbering, totals and signatures from the
// database or from an export, and names the first bad record.
#pragma once

#include "core/common/result.h"
#include "core/db/database.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace retailos {

enum class VerifyProblem {
    None,
    Malformed, // not a journal record / export (the line or field is named)
    KeyMismatch, // the export's key is not the trusted one
    WrongLane, // a record of another lane: spliced in
    SequenceGap, // a record missing: deleted, or the start cut off
    OutOfOrder, // a record found later or repeated: reordered or duplicated
    HashMismatch, // contents do not give the stored hash: edited
    PreviousHashMismatch, // does not chain to the record before: spliced or reordered
    GrandTotalMismatch, // total is not the previous total plus the amount
    BadSignature, // not signed by the lane key: re-hashed after an edit, or forged
    Truncated, // ends before the anchor (Z report / server) says it should
    AnchorMismatch, // the anchored record's hash differs: history rewritten
};

// Stable codes for programs and tests, e.g. "journal.hash_mismatch".
[[nodiscard]] QString verifyProblemCode(VerifyProblem problem);

// What the chain alone cannot prove: that nothing was cut off its end. A
// Z report, the receipt or the server holds the last sequence and hash.
struct VerifyAnchor
{
    qint64 lastSequence = 0; // 0: no anchor
    QByteArray lastHash; // optional: the hash of record `lastSequence`
};

struct VerifyReport
{
    bool ok = true;
    qint64 recordsChecked = 0; // records that passed every check
    QString laneId;
    QByteArray publicKey; // raw 32 bytes the signatures were checked with
    bool keyFromExport = false; // no trusted key given: proves consistency, not origin
    qint64 lastSequence = 0; // the last good record: compare with the Z report
    QByteArray lastHash;
    qint64 lastGrandTotalMinor = 0;
    // The first sequence number that could not be verified: the record expected
    // at the first bad place (0: the export header). recordsChecked is one less.
    qint64 failedSequence = 0;
    VerifyProblem problem = VerifyProblem::None;
    QString reason; // translated, names the record

    // "OK: N records, last #N hash …" or "FAILED at record #k: reason".
    [[nodiscard]] QString summary() const;
};

// Checks the lane's records in the database against `publicKey` (raw 32 bytes).
// A Result error means the check could not run (no such table, I/O), not a bad journal.
[[nodiscard]] Result<VerifyReport> verifyJournal(
    Database &db, const QString &laneId, const QByteArray &publicKey, const VerifyAnchor &anchor = {});

// JSON lines: a header {"format":"retailos.journal.export","version":1,"laneId",
// "publicKey"} then one record per line, binary fields base64 (docs/journal.md).
[[nodiscard]] Result<> exportJournal(Database &db, const QString &laneId, QIODevice &out);

// Verifies an export. With `trustedPublicKey` (raw 32 bytes) the header's key
// must be that key; without it the header's key is used and the report says so.
[[nodiscard]] VerifyReport verifyExport(
    QIODevice &in, const QByteArray &trustedPublicKey = {}, const VerifyAnchor &anchor = {});

} // namespace retailos
