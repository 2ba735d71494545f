// The sale in progress as a service the lane UI, the kiosk, the headless
// driver and the tests all use: scan, quantities, voids, overrides,
// discounts, tenders, suspend/resume and the durable commit. Every change is
// priced from scratch and saved, so what the screen shows is always
// consistent and survives a crash.
#pragma once

#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue.h"
#include "core/sale/pricing.h"
#include "core/sale/receipt.h"
#include "core/sale/sale_policy.h"
#include "core/sale/sale_store.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace retailos {

// The signed-in user as the engine sees it: who, and what they may do.
struct Operator
{
    QString id;
    QString name;
    QSet<QString> permissions;     // "sale.void_line", ... (see core/staff/permission.h)

    [[nodiscard]] bool can(const QString &permission) const { return permissions.contains(permission); }
};

struct SaleContext
{
    QString storeId;
    QString laneId;
    Currency currency;
    SalePolicy policy;
    std::function<qint64()> nowUtcMs;   // the clock; tests set their own
    std::function<qint64()> freeDiskBytes;   // free space where the database lives; empty: not checked
    ReceiptHeader receiptHeader;
    QLocale locale;
};

class SaleSession : public QObject
{
    Q_OBJECT

public:
    SaleSession(SaleContext context, Catalogue &catalogue, ScanParser parser, PricingPipeline &pricing,
                SaleStore &store, SaleJournal &journal, QObject *parent = nullptr);

    // Brings back the basket that was open when the lane stopped, if any.
    [[nodiscard]] Result<bool> restore();

    void setOperator(const Operator &op) { m_operator = op; }
    [[nodiscard]] const Operator &currentOperator() const { return m_operator; }

    // The next scan or item gets this quantity ("3 ×" then scan).
    [[nodiscard]] Result<> setPendingQuantity(Quantity quantity);
    [[nodiscard]] std::optional<Quantity> pendingQuantity() const { return m_pendingQuantity; }

    // Adds what the scanner or keyboard sent. A weighed item needs its weight
    // (from a label, the scale, or `weight`), else "sale.weight_required".
    [[nodiscard]] Result<int> scan(QStringView raw, std::optional<Quantity> weight = std::nullopt);
    [[nodiscard]] Result<int> addProduct(qint64 productId, std::optional<Quantity> weight = std::nullopt);

    [[nodiscard]] Result<> changeQuantity(int lineNo, Quantity quantity);
    [[nodiscard]] Result<> voidLine(int lineNo, std::optional<Approval> approval = std::nullopt);
    [[nodiscard]] Result<> overridePrice(int lineNo, const Money &unitPrice, std::optional<Approval> approval);
    [[nodiscard]] Result<> discountLine(int lineNo, Discount discount);
    [[nodiscard]] Result<> discountSale(Discount discount);
    [[nodiscard]] Result<> confirmAge(int lineNo);

    // Validates the tender against what is due and the rules per type.
    [[nodiscard]] Result<> addTender(Tender tender);
    // Commits; only then is the sale complete. On failure the basket stays.
    [[nodiscard]] Result<CompletedSale> complete();

    // The receipt of the sale just completed, and a marked copy of any
    // receipt of this lane (journaled as a copy).
    [[nodiscard]] const ReceiptDocument &lastReceipt() const { return m_lastReceipt; }
    // How long the last commit took from its start to durable, in
    // microseconds (for the log and the benchmarks; slow disks show here).
    [[nodiscard]] double lastCommitMicros() const { return m_lastCommitMicros; }
    [[nodiscard]] Result<ReceiptDocument> receiptCopy(qint64 receiptNumber);

    [[nodiscard]] Result<> suspend();
    [[nodiscard]] Result<> resume(const QString &suspendedId);
    [[nodiscard]] Result<> voidSale(const QString &reasonCode, std::optional<Approval> approval = std::nullopt);

    [[nodiscard]] const Sale &sale() const { return m_sale; }
    [[nodiscard]] const PricedSale &priced() const { return m_priced; }
    [[nodiscard]] bool hasOpenSale() const { return !m_sale.lines.isEmpty(); }
    // Amount due if the customer pays the rest in cash (after cash rounding).
    [[nodiscard]] Money cashDue() const;

signals:
    void changed();
    void lineAdded(int lineNo);
    void saleCompleted(const retailos::CompletedSale &completed);

private:
    Result<> requireOrApproval(const QString &permission, const std::optional<Approval> &approval,
                               const QString &action);
    // Prices `next`, saves the part of the basket that changed, then adopts it.
    Result<> commitChange(const Sale &next, SaleStore::BasketPart part, int lineNo = 0, bool durable = false);
    Result<> discountSale_(const Sale &next, const Discount &discount, const Money &value, int lineNo);
    Result<int> addItem(const CatalogueItem &item, std::optional<Quantity> quantity,
                        std::optional<qint64> labelPriceMinor);
    void resetSale();
    Result<> journal(const QString &type, const QJsonObject &payload, qint64 amountMinor = 0);

    SaleContext m_context;
    Catalogue &m_catalogue;
    ScanParser m_parser;
    PricingPipeline &m_pricing;
    SaleStore &m_store;
    SaleJournal &m_journal;
    Operator m_operator;
    Sale m_sale;
    PricedSale m_priced;
    std::optional<Quantity> m_pendingQuantity;
    ReceiptDocument m_lastReceipt;
    double m_lastCommitMicros = 0;
};

} // namespace retailos
