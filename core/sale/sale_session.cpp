// The sale in progress (see sale_session.h).
#include "core/common/time_ordered_uuid.h"
#include "core/sale/sale_session.h"

#include "core/journal/journal_record.h"
#include "core/logging/log.h"
#include "core/money/money_format.h"
#include "core/sale/sale_json.h"
#include "core/staff/permission.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>

namespace retailos {

namespace {

struct SaleText
{
    Q_DECLARE_TR_FUNCTIONS(Sale)
};

qint64 seconds(qint64 ms)
{
    return ms / 1000;
}

#define TRY(expr) \
    do { if (auto r_ = (expr); !r_) return std::unexpected(r_.error()); } while (false)

// Only the last four digits of a card ever reach the lane's storage.
Result<QString> maskCardNumber(const QString &input)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isDigit())
            digits += c;
        else if (c != u'*' && c != u' ' && c != u'•' && c != u'X' && c != u'x')
            return fail(QStringLiteral("sale.card_number"),
                        SaleText::tr("The card reference may only hold its last four digits."));
    }
    if (digits.size() != 4)
        return fail(QStringLiteral("sale.card_number"),
                    SaleText::tr("Enter exactly the last four digits of the card; a card number is never stored."));
    return QString(12, u'*') + digits;
}

// Letters, digits and - _ . / only, and no run of more than 8 digits.
bool referenceCode(const QString &text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    int digits = 0;
    for (const QChar c : text) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c.isDigit() || c == u'-' || c == u'_'
            || c == u'.' || c == u'/';
        if (!ok || c.unicode() > 0x7f)
            return false;
        digits = c.isDigit() ? digits + 1 : 0;
        if (digits > 8)
            return false;
    }
    return true;
}

} // namespace

SaleSession::SaleSession(SaleContext context, Catalogue &catalogue, ScanParser parser, PricingPipeline &pricing,
                         SaleStore &store, SaleJournal &journal, ApprovalVerifier *approvals, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_catalogue(catalogue), m_parser(std::move(parser)),
      m_pricing(pricing), m_store(store), m_journal(journal), m_approvals(approvals)
{
    if (!m_context.nowUtcMs)
        m_context.nowUtcMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
    resetSale();
}

void SaleSession::resetSale()
{
    m_sale = Sale{};
    m_sale.currency = m_context.currency;
    m_sale.storeId = m_context.storeId;
    m_sale.laneId = m_context.laneId;
    m_priced = m_pricing.price(m_sale).value_or(PricedSale{});
    m_pendingQuantity.reset();
}

void SaleSession::setOperator(const Operator &op)
{
    m_operator = op;
    m_pendingQuantity.reset();
    if (op.id.isEmpty() || !hasOpenSale() || m_sale.cashierId == op.id)
        return;
    Sale next = m_sale;
    next.cashierId = op.id;
    next.cashierName = op.name;
    if (auto r = commitChange(next, SaleStore::BasketPart::Header); !r)
        log::warn(u"sale", QStringLiteral("the basket could not be handed over to %1: %2").arg(op.id, r.error().message));
}

Result<bool> SaleSession::restore()
{
    auto saved = m_store.loadBasket();
    if (!saved)
        return std::unexpected(saved.error());
    if (!*saved)
        return false;
    TRY(checkSaleFitsLane(**saved));
    auto priced = m_pricing.price(**saved);
    if (!priced)
        return std::unexpected(priced.error());
    m_sale = std::move(**saved);
    m_priced = std::move(*priced);
    emit changed();
    return true;
}

Result<> SaleSession::journal(const JournalEntry &entry, qint64 nowUtcMs)
{
    auto seq = m_journal.record(entry.type, QJsonDocument(entry.payload).toJson(QJsonDocument::Compact), 0, nowUtcMs);
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

// The line a change applies to: it must exist, not be voided, and payment
// must not have started.
static Result<SaleLine *> editableLine(Sale &sale, int lineNo, const QString &whyFixed)
{
    SaleLine *line = sale.line(lineNo);
    if (!line || line->voided)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    if (!sale.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), whyFixed);
    return line;
}

QString SaleSession::shown(const Money &amount) const
{
    return formatMoneyAmount(amount, m_context.locale);
}

Result<> SaleSession::requireOperator() const
{
    if (m_operator.id.isEmpty())
        return fail(QStringLiteral("sale.signed_out"), SaleText::tr("Sign in to sell."));
    return {};
}

Result<Approval> SaleSession::authorise(const QString &permission, const std::optional<ApprovalRequest> &request,
                                        const QString &reasonCode, const QString &action)
{
    const QString reason = reasonCode.isEmpty() && request ? request->reasonCode : reasonCode;
    if (m_operator.can(permission))   // their own permission: the journal names them as approver
        return Approval{m_operator.id, m_operator.name, reason, m_context.nowUtcMs()};
    if (!request)
        return fail(QStringLiteral("sale.approval_required"),
                    SaleText::tr("%1 needs a supervisor's approval (permission %2).").arg(action, permission));
    if (request->code == m_operator.id)
        return fail(QStringLiteral("sale.self_approval"),
                    SaleText::tr("%1 must be approved by someone else.").arg(action));
    if (!m_approvals)
        return fail(QStringLiteral("sale.approval_required"),
                    SaleText::tr("This lane cannot check approvals; %1 is not possible.").arg(action));
    auto approved = m_approvals->verify(*request, permission, m_operator);
    if (!approved)
        return std::unexpected(approved.error());
    approved->reasonCode = reason;
    return approved;
}

Result<Approval> SaleSession::checkApproval(const QString &permission, const ApprovalRequest &request,
                                           const QString &action)
{
    TRY(requireOperator());
    return authorise(permission, request, QString(), action);
}

Result<> SaleSession::commitChange(const Sale &next, SaleStore::BasketPart part, int lineNo, bool durable,
                                   const std::optional<JournalEntry> &entry)
{
    auto priced = m_pricing.price(next);
    if (!priced)
        return std::unexpected(priced.error());
    const auto now = m_context.nowUtcMs();
    std::function<Result<>()> journalIt;
    if (entry)
        journalIt = [&] { return journal(*entry, now); };
    Result<> saved = next.lines.isEmpty() ? m_store.clearBasket(journalIt)
                                          : m_store.saveBasket(next, now, part, lineNo, durable, journalIt);
    if (!saved)
        return fail(saved.error().code,
                    SaleText::tr("The change could not be saved (%1); the basket is as before.").arg(saved.error().message));
    m_sale = next;
    m_priced = std::move(*priced);
    emit changed();
    return {};
}

Result<> SaleSession::checkSaleFitsLane(const Sale &sale) const
{
    if (sale.currency != m_context.currency || (!sale.storeId.isEmpty() && sale.storeId != m_context.storeId))
        return fail(QStringLiteral("sale.wrong_lane"),
                    SaleText::tr("This sale belongs to store %1 in %2; this lane sells for %3 in %4.")
                        .arg(sale.storeId, sale.currency.code(), m_context.storeId, m_context.currency.code()));
    return {};
}

// A discount approved (or allowed) for one amount may not quietly grow with
// the basket: checked again before any payment is taken.
Result<> SaleSession::checkDiscountLimits() const
{
    const SalePolicy &policy = m_context.policy;
    auto allowed = [&](const Discount &d) { return std::max(policy.discountAmountLimitMinor, d.approvedUpToMinor); };
    for (const PricedLine &p : m_priced.lines) {
        const SaleLine *line = m_sale.line(p.lineNo);
        if (line && line->discount && p.lineDiscount.minorUnits() > allowed(*line->discount))
            return fail(QStringLiteral("sale.approval_required"),
                        SaleText::tr("The discount on %1 grew to %2; a supervisor must approve it again.")
                            .arg(line->name, shown(p.lineDiscount)));
    }
    if (m_sale.transactionDiscount) {
        Money total = Money::zero(m_context.currency);
        for (const PricedLine &p : m_priced.lines)
            total += p.transactionDiscountShare;
        if (total.minorUnits() > allowed(*m_sale.transactionDiscount))
            return fail(QStringLiteral("sale.approval_required"),
                        SaleText::tr("The discount on the sale grew to %1; a supervisor must approve it again.")
                            .arg(shown(total)));
    }
    return {};
}

Result<> SaleSession::setPendingQuantity(Quantity quantity)
{
    if (quantity.thousandths() <= 0 || quantity.thousandths() % Quantity::kScale != 0
        || quantity.thousandths() > m_context.policy.maxQuantityUnits * Quantity::kScale)
        return fail(QStringLiteral("sale.quantity"),
                    SaleText::tr("Enter a whole quantity from 1 to %1.").arg(m_context.policy.maxQuantityUnits));
    m_pendingQuantity = quantity;
    emit changed();
    return {};
}

void SaleSession::clearPendingQuantity()
{
    if (!m_pendingQuantity)
        return;
    m_pendingQuantity.reset();
    emit changed();
}

Result<int> SaleSession::scan(QStringView raw, std::optional<Quantity> weight, ScanSource source)
{
    if (auto signedIn = requireOperator(); !signedIn)
        return std::unexpected(signedIn.error());
    const qint64 now = m_context.nowUtcMs();
    auto match = m_catalogue.findByScan(raw, m_parser, seconds(now));
    if (!match) {
        m_pendingQuantity.reset();
        return std::unexpected(match.error());
    }
    if (match->embeddedWeightGrams)   // grams are thousandths of a kilogram
        weight = Quantity::fromThousandths(*match->embeddedWeightGrams);
    if (match->embeddedPriceMinor && source == ScanSource::Keyboard && !m_operator.can(u"sale.price_override"_qs)) {
        m_pendingQuantity.reset();
        return fail(QStringLiteral("sale.approval_required"),
                    SaleText::tr("A price label typed in by hand sets its own price: scan it, or change the price "
                                 "with a supervisor (permission sale.price_override)."));
    }
    return addItem(match->item, weight, match->embeddedPriceMinor);
}

Result<int> SaleSession::addProduct(qint64 productId, std::optional<Quantity> weight)
{
    if (auto signedIn = requireOperator(); !signedIn)
        return std::unexpected(signedIn.error());
    auto item = m_catalogue.findById(productId, seconds(m_context.nowUtcMs()));
    if (!item)
        return std::unexpected(item.error());
    return addItem(*item, weight, std::nullopt);
}

Result<int> SaleSession::addItem(const CatalogueItem &item, std::optional<Quantity> weight,
                                 std::optional<qint64> labelPriceMinor)
{
    const Product &p = item.product;
    auto pending = std::exchange(m_pendingQuantity, std::nullopt);
    if (m_operator.id.isEmpty())
        return fail(QStringLiteral("sale.signed_out"), SaleText::tr("Sign in to sell."));
    if (!m_sale.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"),
                    SaleText::tr("Payment has started; finish it or remove the payments before adding items."));
    if (!p.active)
        return fail(QStringLiteral("sale.item_blocked"), SaleText::tr("%1 is blocked from sale.").arg(p.name));
    if (!item.price && !labelPriceMinor)
        return fail(QStringLiteral("sale.no_price"),
                    SaleText::tr("%1 has no price today. Call a supervisor.").arg(p.name));
    if (m_sale.lines.size() >= m_context.policy.maxLines)
        return fail(QStringLiteral("sale.too_many_lines"),
                    SaleText::tr("A sale can have at most %1 lines; complete this one first.").arg(m_context.policy.maxLines));
    if ((item.price && item.price->amountMinor > m_context.policy.maxUnitPriceMinor)
        || (labelPriceMinor && (*labelPriceMinor < 0 || *labelPriceMinor > m_context.policy.maxUnitPriceMinor)))
        return fail(QStringLiteral("sale.price"), SaleText::tr("The price of %1 is beyond what a lane sells.").arg(p.name));
    if (item.price && item.price->currency != m_context.currency.code())
        return fail(QStringLiteral("sale.currency"),
                    SaleText::tr("%1 is priced in %2, not %3.").arg(p.name, item.price->currency, m_context.currency.code()));

    SaleLine line;
    line.productId = p.id;
    line.sku = p.sku;
    line.name = p.name;
    line.departmentId = p.departmentId;
    line.taxClassId = p.taxClassId;
    line.unit = p.unit;
    line.ageLimit = p.ageLimit;
    line.returnable = p.returnable;
    line.unitPrice = line.catalogueUnitPrice = Money(item.price ? item.price->amountMinor : 0, m_context.currency);
    if (!p.weighed() && weight)
        return fail(QStringLiteral("sale.not_weighed"),
                    SaleText::tr("%1 is sold by the piece; key a quantity instead of a weight.").arg(p.name));
    if (pending && labelPriceMinor)
        return fail(QStringLiteral("sale.quantity"),
                    SaleText::tr("A labelled item's quantity comes from its label; scan each label."));
    if (p.weighed() && !(labelPriceMinor && !weight)) {
        if (!weight || weight->thousandths() <= 0)
            return fail(QStringLiteral("sale.weight_required"),
                        SaleText::tr("Weigh %1 or scan its label.").arg(p.name));
        if (weight->thousandths() > m_context.policy.maxQuantityUnits * Quantity::kScale)
            return fail(QStringLiteral("sale.quantity"), SaleText::tr("That weight is more than a lane can sell."));
        line.quantity = *weight;
    } else if (pending) {
        line.quantity = *pending;
    }
    if (labelPriceMinor) {
        // A price label fixes the amount of the line (weighed and packed in store).
        line.priceSource = PriceSource::Label;
        line.labelAmount = Money(*labelPriceMinor, m_context.currency);
        // A price label on a weighed item rarely carries the weight: the
        // label counts as one pack.
        if (!p.weighed() || !weight)
            line.quantity = Quantity::fromInt(1);
    }

    Sale next = m_sale;
    if (next.id.isEmpty() && m_context.freeDiskBytes && m_context.policy.minFreeBytesForNewSale > 0) {
        const qint64 free = m_context.freeDiskBytes();
        if (free >= 0 && free < m_context.policy.minFreeBytesForNewSale)
            return fail(QStringLiteral("sale.disk_low"),
                        SaleText::tr("The disk is almost full (%1 MB free): no new sale can start. "
                                     "Finish the open sales and call support.").arg(free / (1024 * 1024)));
    }
    if (next.id.isEmpty()) {
        next.id = newTimeOrderedUuidString();
        next.openedAtUtcMs = m_context.nowUtcMs();
        next.cashierId = m_operator.id;
        next.cashierName = m_operator.name;
    }
    line.lineNo = next.nextLineNo();
    next.lines.append(line);
    TRY(commitChange(next, SaleStore::BasketPart::Line, line.lineNo));
    emit lineAdded(line.lineNo);
    return line.lineNo;
}

Result<> SaleSession::changeQuantity(int lineNo, Quantity quantity, std::optional<ApprovalRequest> approval,
                                     const QString &reasonCode)
{
    TRY(requireOperator());
    Sale next = m_sale;
    auto editable = editableLine(next, lineNo, SaleText::tr("Payment has started; quantities are fixed."));
    if (!editable)
        return std::unexpected(editable.error());
    SaleLine *line = *editable;
    if (line->priceSource == PriceSource::Label)
        return fail(QStringLiteral("sale.quantity"), SaleText::tr("A labelled item's quantity comes from its label."));
    const bool whole = line->unit == SaleUnit::Each;
    if (quantity.thousandths() <= 0 || (whole && quantity.thousandths() % Quantity::kScale != 0)
        || quantity.thousandths() > m_context.policy.maxQuantityUnits * Quantity::kScale)
        return fail(QStringLiteral("sale.quantity"),
                    whole ? SaleText::tr("Enter a whole quantity from 1 to %1.").arg(m_context.policy.maxQuantityUnits)
                          : SaleText::tr("Enter a weight above 0 kg."));
    const Quantity before = line->quantity;
    line->quantity = quantity;
    if (quantity.thousandths() >= before.thousandths()) {
        // A price approved for some units is not approved for more of them.
        if (line->priceSource == PriceSource::Override && quantity.thousandths() > before.thousandths()) {
            auto allowed = authorise(QStringLiteral("sale.price_override"), approval,
                                     line->priceOverride ? line->priceOverride->reasonCode : QString(),
                                     SaleText::tr("More units at a changed price"));
            if (!allowed)
                return std::unexpected(allowed.error());
            line->priceOverride = *allowed;
        }
        return commitChange(next, SaleStore::BasketPart::Line, lineNo);
    }
    // Taking items back off the basket is a partial void: allowed like one, journaled like one.
    auto allowed = authorise(QStringLiteral("sale.void_line"), approval, reasonCode, SaleText::tr("Lowering a quantity"));
    if (!allowed)
        return std::unexpected(allowed.error());
    // What the customer no longer pays: the line's priced amount before and
    // after, discounts and promotions included.
    auto after = m_pricing.price(next);
    if (!after)
        return std::unexpected(after.error());
    auto lineAmount = [&](const PricedSale &p) {
        for (const PricedLine &l : p.lines) {
            if (l.lineNo == lineNo)
                return l.amount;
        }
        return Money::zero(m_context.currency);
    };
    const Money removed = lineAmount(m_priced) - lineAmount(*after);
    return commitChange(next, SaleStore::BasketPart::Line, lineNo, false,
                        JournalEntry{u"line_void"_qs,
                                     {{u"sale_id"_qs, next.id}, {u"line_no"_qs, lineNo}, {u"sku"_qs, line->sku},
                                      {u"quantity_from"_qs, before.toString()}, {u"quantity_to"_qs, quantity.toString()},
                                      {u"amount"_qs, double(removed.minorUnits())}, {u"user_id"_qs, m_operator.id},
                                      {u"approved_by"_qs, allowed->userId}, {u"reason"_qs, allowed->reasonCode}}});
}

Result<> SaleSession::voidLine(int lineNo, std::optional<ApprovalRequest> approval, const QString &reasonCode)
{
    TRY(requireOperator());
    Sale next = m_sale;
    auto editable = editableLine(next, lineNo, SaleText::tr("Payment has started; lines can no longer be voided."));
    if (!editable)
        return std::unexpected(editable.error());
    SaleLine *line = *editable;
    auto allowed = authorise(QStringLiteral("sale.void_line"), approval, reasonCode, SaleText::tr("Voiding a line"));
    if (!allowed)
        return std::unexpected(allowed.error());
    qint64 amount = 0;
    for (const PricedLine &p : m_priced.lines) {
        if (p.lineNo == lineNo)
            amount = p.amount.minorUnits();
    }
    line->voided = true;
    if (allowed->userId != m_operator.id)
        line->voidApproval = *allowed;
    // The void stays visible: journaled with what it took off, in the same
    // transaction that saves it.
    return commitChange(next, SaleStore::BasketPart::Line, lineNo, false,
                        JournalEntry{u"line_void"_qs,
                                     {{u"sale_id"_qs, next.id}, {u"line_no"_qs, lineNo}, {u"sku"_qs, line->sku},
                                      {u"amount"_qs, double(amount)}, {u"user_id"_qs, m_operator.id},
                                      {u"approved_by"_qs, allowed->userId}, {u"reason"_qs, allowed->reasonCode}}});
}

Result<> SaleSession::overridePrice(int lineNo, const Money &unitPrice, const QString &reasonCode,
                                    std::optional<ApprovalRequest> approval)
{
    TRY(requireOperator());
    Sale next = m_sale;
    auto editable = editableLine(next, lineNo, SaleText::tr("Payment has started; prices are fixed."));
    if (!editable)
        return std::unexpected(editable.error());
    SaleLine *line = *editable;
    if (unitPrice.currency() != m_context.currency || unitPrice.isNegative()
        || unitPrice.minorUnits() > m_context.policy.maxUnitPriceMinor)
        return fail(QStringLiteral("sale.price"), SaleText::tr("Enter a price from 0 to %1.")
                                                     .arg(shown(Money(m_context.policy.maxUnitPriceMinor, m_context.currency))));
    // Every override has a reason, also when the cashier may do it.
    if (reasonCode.isEmpty())
        return fail(QStringLiteral("sale.reason_required"), SaleText::tr("Give a reason for the new price."));
    auto allowed = authorise(QStringLiteral("sale.price_override"), approval, reasonCode, SaleText::tr("Changing a price"));
    if (!allowed)
        return std::unexpected(allowed.error());
    const Money before = line->unitPrice;
    line->unitPrice = unitPrice;
    line->priceSource = PriceSource::Override;
    line->labelAmount.reset();
    line->priceOverride = *allowed;
    return commitChange(next, SaleStore::BasketPart::Line, lineNo, false,
                        JournalEntry{u"price_override"_qs,
                                     {{u"sale_id"_qs, next.id}, {u"line_no"_qs, lineNo}, {u"sku"_qs, line->sku},
                                      {u"from"_qs, double(before.minorUnits())}, {u"to"_qs, double(unitPrice.minorUnits())},
                                      {u"user_id"_qs, m_operator.id}, {u"approved_by"_qs, allowed->userId},
                                      {u"reason"_qs, reasonCode}}});
}

Result<> SaleSession::discountLine(int lineNo, Discount discount, std::optional<ApprovalRequest> approval)
{
    TRY(requireOperator());
    const SaleLine *line = m_sale.line(lineNo);
    if (!line || line->voided)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    return applyDiscount(m_sale, std::move(discount), approval, lineNo);
}

Result<> SaleSession::discountSale(Discount discount, std::optional<ApprovalRequest> approval)
{
    TRY(requireOperator());
    return applyDiscount(m_sale, std::move(discount), approval, 0);
}

Result<> SaleSession::applyDiscount(Sale next, Discount discount, const std::optional<ApprovalRequest> &approval,
                                    int lineNo)
{
    if (next.isEmpty())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is nothing to discount."));
    if (!next.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("Payment has started; discounts are fixed."));
    if (discount.value <= 0 || (discount.kind == Discount::Kind::Percent && discount.value > kPartsPerMillion)
        || (discount.kind == Discount::Kind::Amount && discount.value > m_context.policy.maxUnitPriceMinor * 1000))
        return fail(QStringLiteral("sale.discount"), SaleText::tr("A discount must be above 0 and at most 100 %."));
    if (discount.reasonCode.isEmpty())
        return fail(QStringLiteral("sale.reason_required"), SaleText::tr("Give a reason for the discount."));
    discount.approval.reset();
    discount.approvedUpToMinor = 0;
    if (lineNo > 0)
        next.line(lineNo)->discount = discount;
    else
        next.transactionDiscount = discount;
    // What the discount is worth on this basket, to compare with the limits.
    auto trial = m_pricing.price(next);
    if (!trial)
        return std::unexpected(trial.error());
    Money value = Money::zero(m_context.currency);
    for (const PricedLine &p : trial->lines) {
        if (lineNo > 0 && p.lineNo == lineNo)
            value = p.lineDiscount;
        else if (lineNo == 0)
            value += p.transactionDiscountShare;
    }
    const bool overLimit = (discount.kind == Discount::Kind::Percent
                            && discount.value > m_context.policy.discountPercentLimitPpm)
        || value.minorUnits() > m_context.policy.discountAmountLimitMinor;
    std::optional<JournalEntry> entry;
    if (overLimit) {
        auto allowed = authorise(QStringLiteral("sale.discount_over_limit"), approval, discount.reasonCode,
                                 SaleText::tr("A discount of %1").arg(shown(value)));
        if (!allowed)
            return std::unexpected(allowed.error());
        discount.approval = *allowed;
        discount.approvedUpToMinor = value.minorUnits();
        entry = JournalEntry{u"discount_override"_qs,
                             {{u"sale_id"_qs, next.id}, {u"line_no"_qs, lineNo}, {u"amount"_qs, double(value.minorUnits())},
                              {u"user_id"_qs, m_operator.id}, {u"approved_by"_qs, allowed->userId},
                              {u"reason"_qs, discount.reasonCode}}};
        if (lineNo > 0)
            next.line(lineNo)->discount = discount;
        else
            next.transactionDiscount = discount;
    }
    return commitChange(next, lineNo > 0 ? SaleStore::BasketPart::Line : SaleStore::BasketPart::Header, lineNo, false,
                        entry);
}

Result<> SaleSession::clearDiscount(int lineNo)
{
    TRY(requireOperator());
    Sale next = m_sale;
    if (!next.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("Payment has started; discounts are fixed."));
    if (lineNo == 0) {
        next.transactionDiscount.reset();
        return commitChange(next, SaleStore::BasketPart::Header);
    }
    SaleLine *line = next.line(lineNo);
    if (!line)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    line->discount.reset();
    return commitChange(next, SaleStore::BasketPart::Line, lineNo);
}

Result<> SaleSession::confirmAge(int lineNo)
{
    TRY(requireOperator());
    Sale next = m_sale;
    bool any = false;
    for (SaleLine &line : next.lines) {
        if ((lineNo == 0 || line.lineNo == lineNo) && line.needsAgeCheck()) {
            line.ageConfirmed = true;
            any = true;
        }
    }
    if (!any)
        return {};
    return commitChange(next, SaleStore::BasketPart::All);
}

Money SaleSession::cashDue() const
{
    const Money due = m_priced.due;
    if (m_context.policy.cashRoundingIncrementMinor <= 0 || !due.isPositive())
        return due;
    auto rounded = cashRound(due, m_context.policy.cashRoundingIncrementMinor, RoundingMode::HalfUp);
    return rounded ? *rounded : due;
}

Result<> SaleSession::addTender(Tender tender)
{
    TRY(requireOperator());
    if (m_sale.isEmpty())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is nothing to pay for."));
    if (!m_priced.due.isPositive())
        return fail(QStringLiteral("sale.paid"), SaleText::tr("The sale is already paid."));
    for (const SaleLine &line : m_sale.lines) {
        if (line.needsAgeCheck())
            return fail(QStringLiteral("sale.age_check"),
                        SaleText::tr("Check the customer's age for %1 (%2+) first.").arg(line.name).arg(line.ageLimit));
    }
    TRY(checkDiscountLimits());
    const Money due = m_priced.due;
    Sale next = m_sale;
    bool durable = false;
    switch (tender.kind) {
    case TenderKind::Cash: {
        const Money received = tender.received.isPositive() ? tender.received : tender.amount;
        if (!received.isPositive() || received.currency() != m_context.currency)
            return fail(QStringLiteral("sale.tender_amount"), SaleText::tr("Enter the cash received."));
        if (received.minorUnits() > m_context.policy.maxCashReceivedMinor)
            return fail(QStringLiteral("sale.tender_amount"),
                        SaleText::tr("%1 in cash is more than a lane accepts; check the amount.")
                            .arg(shown(received)));
        const qint64 step = m_context.policy.cashRoundingIncrementMinor;
        if (step > 0 && received.minorUnits() % step != 0)
            return fail(QStringLiteral("sale.cash_amount"),
                        SaleText::tr("Cash comes in steps of %1 here.").arg(shown(Money(step, m_context.currency))));
        const Money settles = cashDue();
        tender.received = received;
        if (received >= settles) {
            tender.amount = settles;
            next.cashRoundingMinor += (settles - due).minorUnits();
        } else {
            tender.amount = received;
        }
        break;
    }
    case TenderKind::Card: {
        if (!tender.amount.isPositive() || tender.amount.currency() != m_context.currency)
            return fail(QStringLiteral("sale.tender_amount"), SaleText::tr("Enter the amount for the card."));
        if (tender.amount > due)
            return fail(QStringLiteral("sale.over_tender"),
                        SaleText::tr("A card cannot pay more than the amount due (%1).").arg(shown(due)));
        auto masked = maskCardNumber(tender.maskedPan);
        if (!masked)
            return std::unexpected(masked.error());
        // Short formats, and never a run of digits long enough to be a card number.
        if (!referenceCode(tender.authCode, 12))
            return fail(QStringLiteral("sale.card_auth"),
                        SaleText::tr("Enter the authorisation code the card terminal printed (letters and digits)."));
        if (!tender.terminalRef.isEmpty() && !referenceCode(tender.terminalRef, 32))
            return fail(QStringLiteral("sale.card_ref"), SaleText::tr("The terminal reference is not valid."));
        tender.maskedPan = *masked;
        tender.received = tender.amount;
        tender.accountId.clear();
        durable = true;   // the card was charged: never forget it
        break;
    }
    case TenderKind::GiftCard:
    case TenderKind::StoreCredit: {
        if (!tender.amount.isPositive() || tender.amount.currency() != m_context.currency)
            return fail(QStringLiteral("sale.tender_amount"), SaleText::tr("Enter the amount to take from the card."));
        if (tender.amount > due)
            return fail(QStringLiteral("sale.over_tender"),
                        SaleText::tr("A gift card or store credit cannot pay more than the amount due (%1); "
                                     "the rest stays on the card.").arg(shown(due)));
        auto acct = m_store.account(tender.accountId);
        if (!acct)
            return std::unexpected(acct.error());
        const QString kind = tender.kind == TenderKind::GiftCard ? u"gift_card"_qs : u"store_credit"_qs;
        if (acct->kind != kind || acct->currency != m_context.currency.code())
            return fail(QStringLiteral("sale.account_mismatch"),
                        SaleText::tr("%1 is not a %2 in %3.").arg(tender.accountId, kind, m_context.currency.code()));
        const std::optional<qint64> available = acct->minorUnits;
        qint64 used = 0;
        for (const Tender &t : m_sale.tenders) {
            if (t.accountId == tender.accountId)
                used += t.amount.minorUnits();
        }
        if (tender.amount.minorUnits() > *available - used)
            return fail(QStringLiteral("sale.balance_insufficient"),
                        SaleText::tr("The card holds only %1.")
                            .arg(shown(Money(*available - used, m_context.currency))));
        tender.received = tender.amount;
        tender.maskedPan.clear();
        tender.authCode.clear();
        break;
    }
    }
    next.tenders.append(tender);
    return commitChange(next, SaleStore::BasketPart::Header, 0, durable);
}

Result<> SaleSession::removeTender(int index, const QString &reversalRef, std::optional<ApprovalRequest> approval)
{
    TRY(requireOperator());
    if (index < 0 || index >= m_sale.tenders.size())
        return fail(QStringLiteral("sale.no_tender"), SaleText::tr("There is no payment %1.").arg(index + 1));
    if (index != m_sale.tenders.size() - 1)
        return fail(QStringLiteral("sale.no_tender"), SaleText::tr("Take back the later payments first."));
    const Tender tender = m_sale.tenders.at(index);
    if (tender.kind == TenderKind::Card && !referenceCode(reversalRef, 32))
        return fail(QStringLiteral("sale.card_ref"),
                    SaleText::tr("Reverse the card payment on the terminal first and enter its reversal reference."));
    auto allowed = authorise(QStringLiteral("sale.void_sale"), approval, QString(), SaleText::tr("Taking back a payment"));
    if (!allowed)
        return std::unexpected(allowed.error());
    Sale next = m_sale;
    next.tenders.removeAt(index);
    next.cashRoundingMinor = 0;   // rounding belongs to the last (settling) cash payment
    return commitChange(next, SaleStore::BasketPart::Header, 0, true,
                        JournalEntry{u"tender_reversal"_qs,
                                     {{u"sale_id"_qs, next.id}, {u"kind"_qs, tenderKindName(tender.kind)},
                                      {u"amount"_qs, double(tender.amount.minorUnits())},
                                      {u"masked_pan"_qs, tender.maskedPan}, {u"reversal_ref"_qs, reversalRef},
                                      {u"user_id"_qs, m_operator.id}, {u"approved_by"_qs, allowed->userId}}});
}

Result<CompletedSale> SaleSession::complete()
{
    TRY(requireOperator());
    TRY(checkDiscountLimits());
    if (m_sale.isEmpty())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is nothing to complete."));
    for (const SaleLine &line : m_sale.lines) {
        if (line.needsAgeCheck())
            return fail(QStringLiteral("sale.age_check"),
                        SaleText::tr("Check the customer's age for %1 (%2+) first.").arg(line.name).arg(line.ageLimit));
    }
    if (m_priced.due.isPositive())
        return fail(QStringLiteral("sale.amount_due"),
                    SaleText::tr("Still due: %1.").arg(shown(m_priced.due)));
    QElapsedTimer timer;
    timer.start();
    auto done = m_store.commit(m_sale, m_priced, m_journal, m_context.nowUtcMs());
    m_lastCommitMicros = double(timer.nsecsElapsed()) / 1000.0;
    if (m_lastCommitMicros > 50'000)
        log::warn(u"sale", QStringLiteral("commit took %1 ms: the disk is slow").arg(m_lastCommitMicros / 1000.0));
    if (!done)
        return fail(done.error().code,
                    SaleText::tr("The sale was NOT saved: %1 The basket is kept; try again.").arg(done.error().message));
    // Durable now; the receipt is built for printing and kept for copies.
    m_lastReceipt = buildReceipt(m_sale, m_priced, *done, m_context.receiptHeader, m_context.locale);
    if (auto kept = m_store.saveReceipt(done->receiptNumber, receiptToJson(m_lastReceipt)); !kept)
        log::warn(u"sale", QStringLiteral("receipt %1 not kept for copies: %2").arg(done->receiptNumber).arg(kept.error().message));
    resetSale();
    emit saleCompleted(*done);
    emit changed();
    return done;
}

Result<ReceiptDocument> SaleSession::receiptCopy(qint64 receiptNumber)
{
    TRY(requireOperator());
    if (auto allowed = authorise(QStringLiteral("sale.reprint"), std::nullopt, QString(),
                                 SaleText::tr("Printing a receipt copy")); !allowed)
        return std::unexpected(allowed.error());
    auto stored = m_store.completedSale(receiptNumber);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return fail(QStringLiteral("sale.no_receipt"),
                    SaleText::tr("This lane has no receipt number %1.").arg(receiptNumber));
    ReceiptDocument doc;
    if ((*stored)->receipt) {
        doc = receiptFromJson(*(*stored)->receipt);
    } else {
        // Lost with a power cut right after the sale: rebuilt from the sale's
        // own event, with the amounts and taxes it was booked with.
        auto sale = saleFromJson((*stored)->document);
        if (!sale)
            return std::unexpected(sale.error());
        auto priced = pricedSaleFromEvent((*stored)->document, sale->currency);
        if (!priced)
            return std::unexpected(priced.error());
        doc = buildReceipt(*sale, *priced, (*stored)->completed, m_context.receiptHeader, m_context.locale);
    }
    doc.copy = true;
    TRY(journal({u"receipt_copy"_qs, {{u"receipt_number"_qs, double(receiptNumber)}, {u"user_id"_qs, m_operator.id}}},
                m_context.nowUtcMs()));
    return doc;
}

Result<> SaleSession::suspend()
{
    TRY(requireOperator());
    if (m_sale.isEmpty())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is no sale to park."));
    if (!m_sale.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("A sale with payments cannot be parked."));
    const qint64 now = m_context.nowUtcMs();
    // Parking is journaled: a parked sale that is never resumed is visible.
    const JournalEntry parked{u"sale_suspend"_qs,
                              {{u"sale_id"_qs, m_sale.id}, {u"total"_qs, double(m_priced.total.minorUnits())},
                               {u"lines"_qs, int(m_sale.lines.size())}, {u"user_id"_qs, m_operator.id}}};
    TRY(m_store.suspend(m_sale, m_priced, now, [&] { return journal(parked, now); }));
    resetSale();
    emit changed();
    return {};
}

Result<> SaleSession::resume(const QString &suspendedId)
{
    TRY(requireOperator());
    if (hasOpenSale())
        return fail(QStringLiteral("sale.open"), SaleText::tr("Finish or park the current sale first."));
    std::optional<PricedSale> priced;
    auto accept = [&](const Sale &sale) -> Result<> {
        TRY(checkSaleFitsLane(sale));
        auto p = m_pricing.price(sale);
        if (!p)
            return std::unexpected(p.error());
        priced = std::move(*p);
        return {};
    };
    const qint64 now = m_context.nowUtcMs();
    const JournalEntry resumed{u"sale_resume"_qs, {{u"sale_id"_qs, suspendedId}, {u"user_id"_qs, m_operator.id}}};
    auto journalIt = [&] { return journal(resumed, now); };
    auto sale = m_store.resume(suspendedId, accept, journalIt);
    if (!sale)
        return std::unexpected(sale.error());
    m_sale = std::move(*sale);
    m_sale.laneId = m_context.laneId;
    m_priced = std::move(*priced);
    emit changed();
    return {};
}

Result<> SaleSession::voidSale(const QString &reasonCode, std::optional<ApprovalRequest> approval)
{
    TRY(requireOperator());
    if (!hasOpenSale())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is no sale to void."));
    if (reasonCode.isEmpty())
        return fail(QStringLiteral("sale.reason_required"), SaleText::tr("Give a reason for voiding the sale."));
    if (!m_sale.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"),
                    SaleText::tr("Take back the payments first (hand back the cash, reverse the card), then void the sale."));
    // A basket whose every line was already voided (each void journaled and
    // allowed on its own) takes nothing more off: the cashier may clear it.
    auto allowed = m_sale.isEmpty()
        ? Result<Approval>(Approval{m_operator.id, m_operator.name, reasonCode, m_context.nowUtcMs()})
        : authorise(QStringLiteral("sale.void_sale"), approval, reasonCode, SaleText::tr("Voiding a sale"));
    if (!allowed)
        return std::unexpected(allowed.error());
    Sale empty;
    empty.currency = m_context.currency;
    empty.storeId = m_context.storeId;
    empty.laneId = m_context.laneId;
    TRY(commitChange(empty, SaleStore::BasketPart::All, 0, false,
                     JournalEntry{u"sale_void"_qs,
                                  {{u"sale_id"_qs, m_sale.id}, {u"lines"_qs, int(m_sale.lines.size())},
                                   {u"total"_qs, double(m_priced.total.minorUnits())}, {u"user_id"_qs, m_operator.id},
                                   {u"approved_by"_qs, allowed->userId}, {u"reason"_qs, reasonCode}}}));
    resetSale();
    emit changed();
    return {};
}

Result<> SaleSession::openDrawerNoSale(const QString &reasonCode, std::optional<ApprovalRequest> approval)
{
    TRY(requireOperator());
    // Cash for a sale goes in by paying it; a no-sale in the middle of one
    // would open the drawer with nothing on the record tying it to that sale.
    if (!m_sale.isEmpty())
        return fail(QStringLiteral("sale.no_sale_open_basket"),
                    SaleText::tr("A sale is open: complete, park or void it before opening the drawer."));
    if (reasonCode.isEmpty())
        return fail(QStringLiteral("sale.reason_required"), SaleText::tr("Give a reason for opening the drawer."));
    auto allowed = authorise(permissionId(Permission::NoSaleDrawer).toString(), approval, reasonCode,
                             SaleText::tr("Opening the drawer without a sale"));
    if (!allowed)
        return std::unexpected(allowed.error());
    // The journal writes on the lane's FULL connection: once this returns
    // the record survives a power cut, so the drawer may open.
    TRY(journal({recordTypeName(RecordType::DrawerOpenNoSale),
                 {{u"user_id"_qs, m_operator.id}, {u"approved_by"_qs, allowed->userId}, {u"reason"_qs, reasonCode}}},
                m_context.nowUtcMs()));
    emit drawerOpenRequested();
    return {};
}

} // namespace retailos
