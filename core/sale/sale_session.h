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

// Checks a supervisor's credential for one action. The lane backs it with
// the staff directory (PIN, lock-out, permission); the engine accepts no
// approval that did not pass through here.
class ApprovalVerifier
{
public:
    virtual ~ApprovalVerifier() = default;
    [[nodiscard]] virtual Result<Approval> verify(const ApprovalRequest &request, const QString &permission,
                                                  const Operator &requester) = 0;
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
                SaleStore &store, SaleJournal &journal, ApprovalVerifier *approvals, QObject *parent = nullptr);

    // Brings back the basket that was open when the lane stopped, if any.
    [[nodiscard]] Result<bool> restore();

    // A different person taking over an open basket becomes its cashier
    // (they complete and answer for it); a pending quantity is dropped.
    void setOperator(const Operator &op);
    [[nodiscard]] const Operator &currentOperator() const { return m_operator; }

    // The next scan or item gets this quantity ("3 ×" then scan).
    [[nodiscard]] Result<> setPendingQuantity(Quantity quantity);
    [[nodiscard]] std::optional<Quantity> pendingQuantity() const { return m_pendingQuantity; }
    void clearPendingQuantity();

    // Adds what the scanner or keyboard sent. A weighed item needs its weight
    // (from a label, the scale, or `weight`), else "sale.weight_required".
    // Where a code came from: a price label typed in by hand is a price the
    // cashier chose, so it needs the price-override permission.
    enum class ScanSource { Scanner, Keyboard };
    [[nodiscard]] Result<int> scan(QStringView raw, std::optional<Quantity> weight = std::nullopt,
                                   ScanSource source = ScanSource::Scanner);
    [[nodiscard]] Result<int> addProduct(qint64 productId, std::optional<Quantity> weight = std::nullopt);

    // Actions a cashier may not have the permission for take a supervisor's
    // ApprovalRequest; without the permission and without a valid request
    // they fail with "sale.approval_required" naming the permission.
    // A reason (e.g. "scan_error") is journaled with a void or a lowered
    // quantity; empty: the supervisor's reason, if any.
    [[nodiscard]] Result<> changeQuantity(int lineNo, Quantity quantity,
                                          std::optional<ApprovalRequest> approval = std::nullopt,
                                          const QString &reasonCode = {});
    [[nodiscard]] Result<> voidLine(int lineNo, std::optional<ApprovalRequest> approval = std::nullopt,
                                    const QString &reasonCode = {});
    [[nodiscard]] Result<> overridePrice(int lineNo, const Money &unitPrice, const QString &reasonCode,
                                         std::optional<ApprovalRequest> approval = std::nullopt);
    [[nodiscard]] Result<> discountLine(int lineNo, Discount discount,
                                        std::optional<ApprovalRequest> approval = std::nullopt);
    [[nodiscard]] Result<> discountSale(Discount discount, std::optional<ApprovalRequest> approval = std::nullopt);
    // Takes a discount off again (line 0: the sale's); the customer pays more, so no approval.
    [[nodiscard]] Result<> clearDiscount(int lineNo);
    [[nodiscard]] Result<> confirmAge(int lineNo);

    // Validates the tender against what is due and the rules per type.
    [[nodiscard]] Result<> addTender(Tender tender);
    // Takes the last payment back before the sale completes (the customer
    // changes their mind): cash is simply handed back; a card must have been
    // reversed on its terminal first, and the reversal's reference is
    // journaled. Needs "sale.void_sale" or a supervisor. Later payments come
    // off first, so cash rounding always belongs to the last one.
    [[nodiscard]] Result<> removeTender(int index, const QString &reversalRef = {},
                                        std::optional<ApprovalRequest> approval = std::nullopt);
    // Checks a supervisor's credential for `permission` without acting, for
    // a step that must be allowed before the cashier does something outside
    // the lane (reversing a card on its terminal). The action itself checks
    // again.
    [[nodiscard]] Result<Approval> checkApproval(const QString &permission, const ApprovalRequest &request,
                                                 const QString &action);
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
    [[nodiscard]] Result<> voidSale(const QString &reasonCode,
                                    std::optional<ApprovalRequest> approval = std::nullopt);
    // Opens the cash drawer outside a sale (change for the float, a
    // customer's question): journaled as "drawer_open_no_sale" with the
    // reason, never touches the basket. Needs "sale.no_sale_drawer" or a
    // supervisor, and no basket with counting lines (a sale opens the drawer
    // by being paid). drawerOpenRequested() fires once the record is durable.
    [[nodiscard]] Result<> openDrawerNoSale(const QString &reasonCode,
                                            std::optional<ApprovalRequest> approval = std::nullopt);

    [[nodiscard]] const Sale &sale() const { return m_sale; }
    [[nodiscard]] const PricedSale &priced() const { return m_priced; }
    [[nodiscard]] bool hasOpenSale() const { return !m_sale.lines.isEmpty(); }
    // Amount due if the customer pays the rest in cash (after cash rounding).
    [[nodiscard]] Money cashDue() const;

signals:
    void changed();
    void lineAdded(int lineNo);
    void saleCompleted(const retailos::CompletedSale &completed);
    // The drawer may open now (no-sale): the hardware layer kicks it.
    void drawerOpenRequested();

private:
    // The operator themself when they hold `permission`, else the verified
    // supervisor of `request`.
    Result<Approval> authorise(const QString &permission, const std::optional<ApprovalRequest> &request,
                               const QString &reasonCode, const QString &action);
    Result<> requireOperator() const;
    // An amount in a message, as the store writes it ("12,50" in Germany).
    [[nodiscard]] QString shown(const Money &amount) const;
    // Prices `next`, saves the part of the basket that changed — together
    // with its journal record, when it has one, in one transaction — then
    // adopts it.
    struct JournalEntry
    {
        QString type;
        QJsonObject payload;
    };
    Result<> commitChange(const Sale &next, SaleStore::BasketPart part, int lineNo = 0, bool durable = false,
                          const std::optional<JournalEntry> &entry = std::nullopt);
    Result<> applyDiscount(Sale next, Discount discount, const std::optional<ApprovalRequest> &approval, int lineNo);
    Result<> checkDiscountLimits() const;
    Result<> checkSaleFitsLane(const Sale &sale) const;
    Result<int> addItem(const CatalogueItem &item, std::optional<Quantity> quantity,
                        std::optional<qint64> labelPriceMinor);
    void resetSale();
    // One journal record for a change (never money: sales are journaled by the commit).
    Result<> journal(const JournalEntry &entry, qint64 nowUtcMs);

    SaleContext m_context;
    Catalogue &m_catalogue;
    ScanParser m_parser;
    PricingPipeline &m_pricing;
    SaleStore &m_store;
    SaleJournal &m_journal;
    ApprovalVerifier *m_approvals;
    Operator m_operator;
    Sale m_sale;
    PricedSale m_priced;
    std::optional<Quantity> m_pendingQuantity;
    ReceiptDocument m_lastReceipt;
    double m_lastCommitMicros = 0;
};

} // namespace retailos
