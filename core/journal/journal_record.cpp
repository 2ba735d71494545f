// Record types and the journal's hash input (see journal_record.h).
#include "core/journal/journal_record.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <array>

namespace retailos {

namespace {

struct TypeInfo
{
    RecordType type;
    QStringView name;
    bool money;
};

constexpr std::array kTypes {
    TypeInfo { RecordType::Sale, u"sale", true },
    TypeInfo { RecordType::Return, u"return", true },
    TypeInfo { RecordType::SaleVoid, u"sale_void", true },
    TypeInfo { RecordType::LineVoid, u"line_void", false },
    TypeInfo { RecordType::PriceOverride, u"price_override", false },
    TypeInfo { RecordType::DiscountOverride, u"discount_override", false },
    TypeInfo { RecordType::SignIn, u"sign_in", false },
    TypeInfo { RecordType::SignOut, u"sign_out", false },
    TypeInfo { RecordType::SignInFailed, u"sign_in_failed", false },
    TypeInfo { RecordType::ReceiptCopy, u"receipt_copy", false },
    TypeInfo { RecordType::DrawerOpenNoSale, u"drawer_open_no_sale", false },
    TypeInfo { RecordType::ZClose, u"z_close", false },
    TypeInfo { RecordType::OfflineStart, u"offline_start", false },
    TypeInfo { RecordType::OfflineEnd, u"offline_end", false },
    TypeInfo { RecordType::SoftwareUpdate, u"software_update", false },
    TypeInfo { RecordType::TenderReversal, u"tender_reversal", false },
    TypeInfo { RecordType::SaleSuspend, u"sale_suspend", false },
    TypeInfo { RecordType::SaleResume, u"sale_resume", false },
};

const TypeInfo &info(RecordType type)
{
    for (const TypeInfo &t : kTypes) {
        if (t.type == type)
            return t;
    }
    Q_UNREACHABLE();
}

void appendInt64(QByteArray &out, qint64 value)
{
    std::array<char, 8> bytes {};
    qToBigEndian(value, bytes.data());
    out.append(bytes.data(), qsizetype(bytes.size()));
}

void appendBytes(QByteArray &out, QByteArrayView bytes)
{
    std::array<char, 4> length {};
    qToBigEndian(quint32(bytes.size()), length.data());
    out.append(length.data(), qsizetype(length.size()));
    out.append(bytes);
}

} // namespace

QString recordTypeName(RecordType type)
{
    return info(type).name.toString();
}

std::optional<RecordType> recordTypeFromName(QStringView name)
{
    for (const TypeInfo &t : kTypes) {
        if (t.name == name)
            return t.type;
    }
    return std::nullopt;
}

bool affectsGrandTotal(RecordType type)
{
    return info(type).money;
}

QByteArray journalGenesisHash()
{
    return QByteArray(kJournalHashSize, '\0');
}

QByteArray journalHashInput(const JournalRecord &record)
{
    static constexpr QByteArrayView kTag("retailos.journal.v1");
    const QByteArray lane = record.laneId.toUtf8();
    const QByteArray type = record.type.toUtf8();
    QByteArray out;
    out.reserve(
        kTag.size() + lane.size() + type.size() + record.payload.size() + record.previousHash.size() + 6 * 4 + 4 * 8);
    appendBytes(out, kTag);
    appendInt64(out, record.sequence);
    appendBytes(out, lane);
    appendBytes(out, type);
    appendInt64(out, record.createdAtUtcMs);
    appendBytes(out, record.payload);
    appendInt64(out, record.amountMinor);
    appendInt64(out, record.grandTotalMinor);
    appendBytes(out, record.previousHash);
    return out;
}

QByteArray journalHash(const JournalRecord &record)
{
    return QCryptographicHash::hash(journalHashInput(record), QCryptographicHash::Sha256);
}

} // namespace retailos
