// The sale in progress (see sale_session.h).
#include "core/sale/sale_session.h"

#include "core/logging/log.h"
#include "core/money/money_format.h"
#include "core/sale/sale_json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QUuid>

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

bool printableAscii(const QString &text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

} // namespace

SaleSession::SaleSession(SaleContext context, Catalogue &catalogue, ScanParser parser, PricingPipeline &pricing,
                         SaleStore &store, SaleJournal &journal, QObject *parent)
    : QObject(parent), m_context(std::move(context)), m_catalogue(catalogue), m_parser(std::move(parser)),
      m_pricing(pricing), m_store(store), m_journal(journal)
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

Result<bool> SaleSession::restore()
{
    auto saved = m_store.loadBasket();
    if (!saved)
        return std::unexpected(saved.error());
    if (!*saved)
        return false;
    auto priced = m_pricing.price(**saved);
    if (!priced)
        return std::unexpected(priced.error());
    m_sale = std::move(**saved);
    m_priced = std::move(*priced);
    emit changed();
    return true;
}

Result<> SaleSession::journal(const QString &type, const QJsonObject &payload, qint64 amountMinor)
{
    auto seq = m_journal.record(type, QJsonDocument(payload).toJson(QJsonDocument::Compact), amountMinor,
                                m_context.nowUtcMs());
    if (!seq)
        return std::unexpected(seq.error());
    return {};
}

Result<> SaleSession::requireOrApproval(const QString &permission, const std::optional<Approval> &approval,
                                        const QString &action)
{
    if (m_operator.can(permission))
        return {};
    if (approval && !approval->userId.isEmpty() && !approval->reasonCode.isEmpty())
        return {};
    return fail(QStringLiteral("sale.approval_required"),
                SaleText::tr("%1 needs a supervisor's approval with a reason (permission %2).").arg(action, permission));
}

Result<> SaleSession::commitChange(const Sale &next, SaleStore::BasketPart part, int lineNo, bool durable)
{
    auto priced = m_pricing.price(next);
    if (!priced)
        return std::unexpected(priced.error());
    const auto now = m_context.nowUtcMs();
    auto saved = next.lines.isEmpty() ? m_store.clearBasket() : m_store.saveBasket(next, now, part, lineNo, durable);
    if (!saved)
        return fail(saved.error().code,
                    SaleText::tr("The change could not be saved (%1); the basket is as before.").arg(saved.error().message));
    m_sale = next;
    m_priced = std::move(*priced);
    emit changed();
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

Result<int> SaleSession::scan(QStringView raw, std::optional<Quantity> weight)
{
    const qint64 now = m_context.nowUtcMs();
    auto match = m_catalogue.findByScan(raw, m_parser, seconds(now));
    if (!match) {
        m_pendingQuantity.reset();
        return std::unexpected(match.error());
    }
    if (match->embeddedWeightGrams)   // grams are thousandths of a kilogram
        weight = Quantity::fromThousandths(*match->embeddedWeightGrams);
    return addItem(match->item, weight, match->embeddedPriceMinor);
}

Result<int> SaleSession::addProduct(qint64 productId, std::optional<Quantity> weight)
{
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
        next.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
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

Result<> SaleSession::changeQuantity(int lineNo, Quantity quantity)
{
    Sale next = m_sale;
    SaleLine *line = next.line(lineNo);
    if (!line || line->voided)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    if (!next.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("Payment has started; quantities are fixed."));
    if (line->priceSource == PriceSource::Label)
        return fail(QStringLiteral("sale.quantity"), SaleText::tr("A labelled item's quantity comes from its label."));
    const bool whole = line->unit == SaleUnit::Each;
    if (quantity.thousandths() <= 0 || (whole && quantity.thousandths() % Quantity::kScale != 0)
        || quantity.thousandths() > m_context.policy.maxQuantityUnits * Quantity::kScale)
        return fail(QStringLiteral("sale.quantity"),
                    whole ? SaleText::tr("Enter a whole quantity from 1 to %1.").arg(m_context.policy.maxQuantityUnits)
                          : SaleText::tr("Enter a weight above 0 kg."));
    // Taking items back off the basket is a partial void.
    if (quantity.thousandths() < line->quantity.thousandths())
        TRY(requireOrApproval(QStringLiteral("sale.void_line"), std::nullopt, SaleText::tr("Lowering a quantity")));
    line->quantity = quantity;
    return commitChange(next, SaleStore::BasketPart::Line, lineNo);
}

Result<> SaleSession::voidLine(int lineNo, std::optional<Approval> approval)
{
    Sale next = m_sale;
    SaleLine *line = next.line(lineNo);
    if (!line || line->voided)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    if (!next.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("Payment has started; lines can no longer be voided."));
    TRY(requireOrApproval(QStringLiteral("sale.void_line"), approval, SaleText::tr("Voiding a line")));
    const PricedLine *priced = nullptr;
    for (const PricedLine &p : m_priced.lines) {
        if (p.lineNo == lineNo)
            priced = &p;
    }
    line->voided = true;
    if (!m_operator.can(QStringLiteral("sale.void_line")))
        line->voidApproval = approval;
    TRY(commitChange(next, SaleStore::BasketPart::Line, lineNo));
    // The void stays visible: journaled with what it took off.
    return journal(QStringLiteral("line_void"),
                   {{u"sale_id"_qs, next.id}, {u"line_no"_qs, lineNo}, {u"sku"_qs, line->sku},
                    {u"amount"_qs, double(priced ? priced->amount.minorUnits() : 0)},
                    {u"user_id"_qs, m_operator.id},
                    {u"approved_by"_qs, line->voidApproval ? line->voidApproval->userId : QString()}});
}

Result<> SaleSession::overridePrice(int lineNo, const Money &unitPrice, std::optional<Approval> approval)
{
    Sale next = m_sale;
    SaleLine *line = next.line(lineNo);
    if (!line || line->voided)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    if (!next.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("Payment has started; prices are fixed."));
    if (unitPrice.currency() != m_context.currency || unitPrice.isNegative())
        return fail(QStringLiteral("sale.price"), SaleText::tr("Enter a price of 0 or more."));
    // Every override is approved with a reason, also when the cashier may do it.
    if (!approval || approval->reasonCode.isEmpty())
        return fail(QStringLiteral("sale.reason_required"), SaleText::tr("Give a reason for the new price."));
    TRY(requireOrApproval(QStringLiteral("sale.price_override"), approval, SaleText::tr("Changing a price")));
    const Money before = line->unitPrice;
    line->unitPrice = unitPrice;
    line->priceSource = PriceSource::Override;
    line->labelAmount.reset();
    line->priceOverride = approval;
    TRY(commitChange(next, SaleStore::BasketPart::Line, lineNo));
    return journal(QStringLiteral("price_override"),
                   {{u"sale_id"_qs, next.id}, {u"line_no"_qs, lineNo}, {u"sku"_qs, line->sku},
                    {u"from"_qs, double(before.minorUnits())}, {u"to"_qs, double(unitPrice.minorUnits())},
                    {u"user_id"_qs, m_operator.id}, {u"approved_by"_qs, approval->userId},
                    {u"reason"_qs, approval->reasonCode}});
}

Result<> SaleSession::discountLine(int lineNo, Discount discount)
{
    Sale next = m_sale;
    SaleLine *line = next.line(lineNo);
    if (!line || line->voided)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    const PricedLine *priced = nullptr;
    for (const PricedLine &p : m_priced.lines) {
        if (p.lineNo == lineNo)
            priced = &p;
    }
    if (!priced)
        return fail(QStringLiteral("sale.no_line"), SaleText::tr("There is no line %1.").arg(lineNo));
    line->discount = discount;
    return discountSale_(next, discount, PricingPipeline::discountValue(discount, priced->gross), lineNo);
}

Result<> SaleSession::discountSale(Discount discount)
{
    Sale next = m_sale;
    next.transactionDiscount = discount;
    Money base = Money::zero(m_context.currency);
    for (const PricedLine &p : m_priced.lines)
        base += p.gross - p.lineDiscount - p.promotionSavings;
    return discountSale_(next, discount, PricingPipeline::discountValue(discount, base), 0);
}

Result<> SaleSession::discountSale_(const Sale &next, const Discount &discount, const Money &value, int lineNo)
{
    if (!next.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("Payment has started; discounts are fixed."));
    if (discount.value <= 0 || (discount.kind == Discount::Kind::Percent && discount.value > kPartsPerMillion))
        return fail(QStringLiteral("sale.discount"), SaleText::tr("A discount must be above 0 and at most 100 %."));
    if (discount.reasonCode.isEmpty())
        return fail(QStringLiteral("sale.reason_required"), SaleText::tr("Give a reason for the discount."));
    const bool overLimit = (discount.kind == Discount::Kind::Percent
                            && discount.value > m_context.policy.discountPercentLimitPpm)
        || value.minorUnits() > m_context.policy.discountAmountLimitMinor;
    if (overLimit)
        TRY(requireOrApproval(QStringLiteral("sale.discount_over_limit"), discount.approval,
                              SaleText::tr("A discount of %1").arg(value.toDecimalString())));
    TRY(commitChange(next, lineNo > 0 ? SaleStore::BasketPart::Line : SaleStore::BasketPart::Header, lineNo));
    if (!overLimit)
        return {};
    return journal(QStringLiteral("discount_override"),
                   {{u"sale_id"_qs, next.id}, {u"line_no"_qs, lineNo}, {u"amount"_qs, double(value.minorUnits())},
                    {u"user_id"_qs, m_operator.id},
                    {u"approved_by"_qs, discount.approval ? discount.approval->userId : m_operator.id},
                    {u"reason"_qs, discount.reasonCode}});
}

Result<> SaleSession::confirmAge(int lineNo)
{
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
    if (m_sale.isEmpty())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is nothing to pay for."));
    if (!m_priced.due.isPositive())
        return fail(QStringLiteral("sale.paid"), SaleText::tr("The sale is already paid."));
    for (const SaleLine &line : m_sale.lines) {
        if (line.needsAgeCheck())
            return fail(QStringLiteral("sale.age_check"),
                        SaleText::tr("Check the customer's age for %1 (%2+) first.").arg(line.name).arg(line.ageLimit));
    }
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
                            .arg(received.toDecimalString()));
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
                        SaleText::tr("A card cannot pay more than the amount due (%1).").arg(due.toDecimalString()));
        auto masked = maskCardNumber(tender.maskedPan);
        if (!masked)
            return std::unexpected(masked.error());
        if (!printableAscii(tender.authCode, 12))
            return fail(QStringLiteral("sale.card_auth"),
                        SaleText::tr("Enter the authorisation code the card terminal printed."));
        if (!tender.terminalRef.isEmpty() && !printableAscii(tender.terminalRef, 64))
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
                                     "the rest stays on the card.").arg(due.toDecimalString()));
        auto available = m_store.balance(tender.accountId);
        if (!available)
            return std::unexpected(available.error());
        qint64 used = 0;
        for (const Tender &t : m_sale.tenders) {
            if (t.accountId == tender.accountId)
                used += t.amount.minorUnits();
        }
        if (tender.amount.minorUnits() > *available - used)
            return fail(QStringLiteral("sale.balance_insufficient"),
                        SaleText::tr("The card holds only %1.")
                            .arg(Money(*available - used, m_context.currency).toDecimalString()));
        tender.received = tender.amount;
        tender.maskedPan.clear();
        tender.authCode.clear();
        break;
    }
    }
    next.tenders.append(tender);
    return commitChange(next, SaleStore::BasketPart::Header, 0, durable);
}

Result<CompletedSale> SaleSession::complete()
{
    if (m_sale.isEmpty())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is nothing to complete."));
    for (const SaleLine &line : m_sale.lines) {
        if (line.needsAgeCheck())
            return fail(QStringLiteral("sale.age_check"),
                        SaleText::tr("Check the customer's age for %1 (%2+) first.").arg(line.name).arg(line.ageLimit));
    }
    if (m_priced.due.isPositive())
        return fail(QStringLiteral("sale.amount_due"),
                    SaleText::tr("Still due: %1.").arg(m_priced.due.toDecimalString()));
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
    TRY(requireOrApproval(QStringLiteral("sale.reprint"), std::nullopt, SaleText::tr("Printing a receipt copy")));
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
        // Lost with a power cut right after the sale: rebuilt from the sale itself.
        auto sale = saleFromJson((*stored)->document);
        if (!sale)
            return std::unexpected(sale.error());
        auto priced = m_pricing.price(*sale);
        if (!priced)
            return std::unexpected(priced.error());
        doc = buildReceipt(*sale, *priced, (*stored)->completed, m_context.receiptHeader, m_context.locale);
    }
    doc.copy = true;
    TRY(journal(QStringLiteral("receipt_copy"),
                {{u"receipt_number"_qs, double(receiptNumber)}, {u"user_id"_qs, m_operator.id}}));
    return doc;
}

Result<> SaleSession::suspend()
{
    if (m_sale.isEmpty())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is no sale to park."));
    if (!m_sale.tenders.isEmpty())
        return fail(QStringLiteral("sale.tendering"), SaleText::tr("A sale with payments cannot be parked."));
    TRY(m_store.suspend(m_sale, m_priced, m_context.nowUtcMs()));
    resetSale();
    emit changed();
    return {};
}

Result<> SaleSession::resume(const QString &suspendedId)
{
    if (hasOpenSale())
        return fail(QStringLiteral("sale.open"), SaleText::tr("Finish or park the current sale first."));
    auto sale = m_store.resume(suspendedId);
    if (!sale)
        return std::unexpected(sale.error());
    auto priced = m_pricing.price(*sale);
    if (!priced)
        return std::unexpected(priced.error());
    m_sale = std::move(*sale);
    m_sale.laneId = m_context.laneId;
    m_priced = std::move(*priced);
    emit changed();
    return {};
}

Result<> SaleSession::voidSale(const QString &reasonCode, std::optional<Approval> approval)
{
    if (!hasOpenSale())
        return fail(QStringLiteral("sale.empty"), SaleText::tr("There is no sale to void."));
    if (reasonCode.isEmpty())
        return fail(QStringLiteral("sale.reason_required"), SaleText::tr("Give a reason for voiding the sale."));
    for (const Tender &t : m_sale.tenders) {
        if (t.kind != TenderKind::Cash)
            return fail(QStringLiteral("sale.tendering"),
                        SaleText::tr("Refund the card or gift card payment before voiding the sale."));
    }
    TRY(requireOrApproval(QStringLiteral("sale.void_sale"), approval, SaleText::tr("Voiding a sale")));
    const Sale voided = m_sale;
    const qint64 total = m_priced.total.minorUnits();
    TRY(m_store.clearBasket());
    resetSale();
    emit changed();
    return journal(QStringLiteral("sale_void"),
                   {{u"sale_id"_qs, voided.id}, {u"lines"_qs, int(voided.lines.size())},
                    {u"total"_qs, double(total)}, {u"user_id"_qs, m_operator.id},
                    {u"approved_by"_qs, approval ? approval->userId : m_operator.id}, {u"reason"_qs, reasonCode}});
}

} // namespace retailos
