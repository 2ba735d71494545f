// Where sales become durable: the one-transaction commit (sale, lines, taxes,
// tenders, ledgers, journal record, outbox event, receipt number), the basket
// saved on every change, and parked sales.
#pragma once

#include "core/common/result.h"
#include "core/db/database.h"
#include "core/sale/pricing.h"
#include "core/sale/sale.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace retailos {

// The journal as the sale engine needs it: append one record inside the
// caller's transaction and give back its sequence number. The payload is
// canonical JSON (compact, keys sorted), serialised once by the caller.
class SaleJournal
{
public:
    virtual ~SaleJournal() = default;
    [[nodiscard]] virtual Result<qint64> record(const QString &type, const QByteArray &canonicalPayload,
                                                qint64 amountMinor, qint64 nowUtcMs) = 0;
};

struct CompletedSale
{
    QString saleId;
    qint64 receiptNumber = 0;
    qint64 journalSequence = 0;
    qint64 completedAtUtcMs = 0;
    Money change;
    bool cashTaken = false;        // the drawer opens for it
};

struct SuspendedSaleInfo
{
    QString id;
    QString cashierId;
    qint64 suspendedAtUtcMs = 0;
    qint64 totalMinor = 0;
    qint64 itemCount = 0;
};

class SaleStore
{
public:
    // `db` is the lane's FULL connection; the basket connection is opened on
    // the same file with synchronous=NORMAL (see DatabaseOptions::fullSync).
    [[nodiscard]] static Result<SaleStore> open(Database &db, QString laneId);
    SaleStore(SaleStore &&) noexcept;
    SaleStore &operator=(SaleStore &&) noexcept;
    ~SaleStore();

    // Everything in one BEGIN IMMEDIATE … COMMIT. On any failure the database
    // is exactly as before and the error says what happened in plain words.
    [[nodiscard]] Result<CompletedSale> commit(const Sale &sale, const PricedSale &priced, SaleJournal &journal,
                                               qint64 nowUtcMs);
    // The receipt as printed, saved right after the commit without an fsync
    // of its own (the next commit makes it durable; if a power cut takes it,
    // a copy is rebuilt from the sale's document).
    [[nodiscard]] Result<> saveReceipt(qint64 receiptNumber, const QJsonObject &receipt);

    // The basket in progress, saved after every change. Only what changed is
    // written: one line on a scan (a few hundred bytes, no fsync), the header
    // (discounts, tenders) or everything. `durable` forces a FULL sync (used
    // once a card was charged, which must never be forgotten).
    // `alsoInTransaction` (a journal record) is written in the same
    // transaction, which then runs on the FULL connection.
    enum class BasketPart { Line, Header, All };
    [[nodiscard]] Result<> saveBasket(const Sale &sale, qint64 nowUtcMs, BasketPart part = BasketPart::All,
                                      int lineNo = 0, bool durable = false,
                                      const std::function<Result<>()> &alsoInTransaction = {});
    [[nodiscard]] Result<std::optional<Sale>> loadBasket();
    [[nodiscard]] Result<> clearBasket(const std::function<Result<>()> &alsoInTransaction = {});

    [[nodiscard]] Result<> suspend(const Sale &sale, const PricedSale &priced, qint64 nowUtcMs,
                                   const std::function<Result<>()> &alsoInTransaction = {});
    [[nodiscard]] Result<QList<SuspendedSaleInfo>> suspendedSales(const QString &storeId);
    // Takes the parked sale out (so two lanes cannot resume the same one) and
    // makes it this lane's basket, but only if `accept` agrees (it prices the
    // sale): otherwise the parked sale stays parked.
    [[nodiscard]] Result<Sale> resume(const QString &suspendedId, const std::function<Result<>(const Sale &)> &accept,
                                      const std::function<Result<>()> &alsoInTransaction = {});

    // Gift cards and store credit.
    struct Balance
    {
        QString kind;        // "gift_card" or "store_credit"
        QString currency;
        qint64 minorUnits = 0;
    };
    [[nodiscard]] Result<Balance> account(const QString &accountId);
    [[nodiscard]] Result<qint64> balance(const QString &accountId);
    [[nodiscard]] Result<> credit(const QString &accountId, const QString &kind, const Money &amount,
                                  const QString &reason, qint64 nowUtcMs);

    struct StoredSale
    {
        QJsonObject document;                 // the sale event
        std::optional<QJsonObject> receipt;   // as printed, when saved
        CompletedSale completed;
    };
    // A completed sale of this lane by receipt number (for copies, returns).
    [[nodiscard]] Result<std::optional<StoredSale>> completedSale(qint64 receiptNumber);
    [[nodiscard]] Result<qint64> lastReceiptNumber();
    // Events in the outbox the server has not acknowledged yet (the status
    // bar's "to send" figure).
    [[nodiscard]] Result<qint64> unsentEventCount();

    // Appends a business event (canonical JSON) to the outbox inside the
    // current transaction.
    // A sale's event refers to its sales row instead of copying the body.
    [[nodiscard]] Result<qint64> appendOutbox(const QString &type, const QByteArray &payload, qint64 nowUtcMs,
                                              const QString &saleId = {});

private:
    struct Statements;
    // One number about this lane (?1 is the lane id).
    Result<qint64> laneScalar(std::string_view sql);
    SaleStore(Database &db, std::unique_ptr<Database> basketDb, QString laneId, std::unique_ptr<Statements> s);

    Database *m_db;
    std::unique_ptr<Database> m_basketDb;
    QString m_laneId;
    std::unique_ptr<Statements> m_s;
};

} // namespace retailos
