// One record of the lane's tamper-evident journal, its types, and the bytes its hash covers.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace retailos {

// Stored as the stable strings of recordTypeName(); never renumber or rename.
enum class RecordType {
    Sale,
    Return,
    SaleVoid,
    LineVoid,
    PriceOverride,
    DiscountOverride,
    SignIn,
    SignOut,
    SignInFailed,
    ReceiptCopy,
    DrawerOpenNoSale,
    ZClose,
    OfflineStart,
    OfflineEnd,
    SoftwareUpdate,
    TenderReversal,
    SaleSuspend,
    SaleResume,
};

[[nodiscard]] QString recordTypeName(RecordType type);
[[nodiscard]] std::optional<RecordType> recordTypeFromName(QStringView name);
// Only sales, returns and voids of completed sales move the grand total; every
// other record must carry amount 0 so the total means one thing.
[[nodiscard]] bool affectsGrandTotal(RecordType type);

inline constexpr qsizetype kJournalHashSize = 32; // SHA-256
inline constexpr qsizetype kJournalSignatureSize = 64; // Ed25519
inline constexpr qsizetype kJournalPublicKeySize = 32; // Ed25519, raw

struct JournalRecord
{
    qint64 sequence = 0; // 1, 2, 3 ... per lane, without gaps
    QString laneId;
    QString type; // recordTypeName()
    qint64 createdAtUtcMs = 0;
    QByteArray payload; // canonical JSON: compact, keys sorted
    qint64 amountMinor = 0; // signed effect on the grand total
    qint64 grandTotalMinor = 0; // running total after this record
    QByteArray previousHash; // 32 bytes; journalGenesisHash() for record 1
    QByteArray hash; // journalHash(*this)
    QByteArray signature; // Ed25519 over `hash` by the lane key

    friend bool operator==(const JournalRecord &, const JournalRecord &) = default;
};

// The previous hash of record 1: 32 zero bytes.
[[nodiscard]] QByteArray journalGenesisHash();

// The exact bytes SHA-256 is computed over (docs/journal.md has a worked example).
// Integers are 8-byte big-endian two's complement; byte strings are a 4-byte
// big-endian length followed by the bytes; text is UTF-8. In this order:
//
//   bytes  "retailos.journal.v1"   domain tag: no other hash in the system collides
//   int64  sequence
//   bytes  laneId
//   bytes  type
//   int64  createdAtUtcMs
//   bytes  payload
//   int64  amountMinor
//   int64  grandTotalMinor
//   bytes  previousHash            (always 32 bytes, still length-prefixed)
//
// Every field is length-prefixed or fixed-size, so two different records can
// never produce the same input. `hash` and `signature` are not part of it.
[[nodiscard]] QByteArray journalHashInput(const JournalRecord &record);
[[nodiscard]] QByteArray journalHash(const JournalRecord &record);

} // namespace retailos
