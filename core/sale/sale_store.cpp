// Durable sales (see sale_store.h).
#include "core/common/time_ordered_uuid.h"
#include "core/sale/sale_store.h"

#include "core/sale/sale_json.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace retailos {

namespace {

struct SaleStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SaleStore)
};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

#define TRY(expr) \
    do { if (auto r_ = (expr); !r_) return std::unexpected(r_.error()); } while (false)

} // namespace

struct SaleStore::Statements
{
    Statement nextReceipt;
    Statement insertSale;
    Statement insertLine;
    Statement insertTax;
    Statement insertTender;
    Statement balance;
    Statement ledger;
    Statement outboxHead;
    Statement outboxInsert;
    Statement loadBasket;
    Statement loadBasketLines;
    // The basket connection (synchronous=NORMAL) and the main one (FULL).
    Statement saveHeader[2];
    Statement saveLine[2];
    Statement deleteLines[2];
    Statement clearHeader[2];
    Statement saveReceipt;     // on the basket connection: no fsync of its own
};

SaleStore::SaleStore(Database &db, std::unique_ptr<Database> basketDb, QString laneId, std::unique_ptr<Statements> s)
    : m_db(&db), m_basketDb(std::move(basketDb)), m_laneId(std::move(laneId)), m_s(std::move(s))
{
}

SaleStore::SaleStore(SaleStore &&) noexcept = default;
SaleStore &SaleStore::operator=(SaleStore &&) noexcept = default;
SaleStore::~SaleStore() = default;

Result<SaleStore> SaleStore::open(Database &db, QString laneId)
{
    DatabaseOptions basketOptions;
    basketOptions.fullSync = false;
    basketOptions.cacheSizeKiB = 1024;
    auto basketDb = Database::open(db.path(), basketOptions);
    if (!basketDb)
        return std::unexpected(basketDb.error());
    auto basket = std::make_unique<Database>(std::move(*basketDb));

    // Statement has no default constructor; build each one in place.
    auto make = [&](Database &d, std::string_view sql) -> Result<Statement> { return d.prepare(sql); };
    auto nextReceipt = make(db, "INSERT INTO lane_counters(lane_id, name, value) VALUES (?1, 'receipt', 1) "
                                "ON CONFLICT(lane_id, name) DO UPDATE SET value = value + 1 RETURNING value");
    auto insertSale = make(db, "INSERT INTO sales(id, lane_id, store_id, receipt_number, cashier_id, opened_at, "
                               "completed_at, currency, subtotal_minor, discount_minor, tax_minor, rounding_minor, "
                               "total_minor, change_minor, item_count, journal_sequence, document) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
    auto insertLine = make(db, "INSERT INTO sale_lines(sale_id, line_no, product_id, sku, name, quantity_milli, "
                               "unit_price_minor, price_source, gross_minor, discount_minor, amount_minor, tax_minor, "
                               "tax_class_id, voided) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    auto insertTax = make(db, "INSERT INTO sale_taxes(sale_id, rate_id, name, rate_ppm, net_minor, tax_minor, gross_minor) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    auto insertTender = make(db, "INSERT INTO sale_tenders(sale_id, tender_no, kind, amount_minor, received_minor, "
                                 "masked_pan, auth_code, terminal_ref, account_id) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, NULLIF(?6, ''), NULLIF(?7, ''), NULLIF(?8, ''), NULLIF(?9, ''))");
    auto balance = make(db, "SELECT a.kind, a.currency, coalesce((SELECT sum(delta_minor) FROM balance_ledger "
                            "WHERE account_id = a.id), 0) FROM balance_accounts a WHERE a.id = ?1");
    auto ledger = make(db, "INSERT INTO balance_ledger(account_id, delta_minor, sale_id, reason, created_at) "
                           "VALUES (?1, ?2, NULLIF(?3, ''), ?4, ?5)");
    auto outboxHead = make(db, "SELECT sequence, hash FROM outbox WHERE lane_id = ?1 ORDER BY sequence DESC LIMIT 1");
    auto outboxInsert = make(db, "INSERT INTO outbox(lane_id, sequence, event_id, type, created_at, payload, "
                                 "sale_id, previous_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto loadBasket = make(db, "SELECT document FROM open_baskets WHERE lane_id = ?1");
    auto loadBasketLines = make(db, "SELECT document FROM open_basket_lines WHERE lane_id = ?1 ORDER BY line_no");
    const char *header = "INSERT INTO open_baskets(lane_id, sale_id, document, updated_at) VALUES (?1, ?2, ?3, ?4) "
                         "ON CONFLICT(lane_id) DO UPDATE SET sale_id = excluded.sale_id, "
                         "document = excluded.document, updated_at = excluded.updated_at";
    const char *line = "INSERT INTO open_basket_lines(lane_id, line_no, document) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT(lane_id, line_no) DO UPDATE SET document = excluded.document";
    const char *deleteLines = "DELETE FROM open_basket_lines WHERE lane_id = ?1";
    auto headerNormal = make(*basket, header);
    auto headerFull = make(db, header);
    auto lineNormal = make(*basket, line);
    auto lineFull = make(db, line);
    auto deleteNormal = make(*basket, deleteLines);
    auto deleteFull = make(db, deleteLines);
    const char *clearHeader = "DELETE FROM open_baskets WHERE lane_id = ?1";
    auto clearNormal = make(*basket, clearHeader);
    auto clearFull = make(db, clearHeader);
    auto saveReceipt = make(*basket, "UPDATE sales SET receipt = ?3 WHERE lane_id = ?1 AND receipt_number = ?2");
    for (const auto *r : {&nextReceipt, &insertSale, &insertLine, &insertTax, &insertTender, &balance, &ledger,
                          &outboxHead, &outboxInsert, &loadBasket, &loadBasketLines,
                          &headerNormal, &headerFull, &lineNormal, &lineFull, &deleteNormal, &deleteFull,
                          &clearNormal, &clearFull, &saveReceipt}) {
        if (!*r)
            return std::unexpected(r->error());
    }
    auto s = std::unique_ptr<Statements>(new Statements{
        std::move(*nextReceipt), std::move(*insertSale), std::move(*insertLine), std::move(*insertTax),
        std::move(*insertTender), std::move(*balance), std::move(*ledger), std::move(*outboxHead),
        std::move(*outboxInsert), std::move(*loadBasket),
        std::move(*loadBasketLines), {std::move(*headerNormal), std::move(*headerFull)},
        {std::move(*lineNormal), std::move(*lineFull)}, {std::move(*deleteNormal), std::move(*deleteFull)},
        {std::move(*clearNormal), std::move(*clearFull)}, std::move(*saveReceipt)});
    return SaleStore(db, std::move(basket), std::move(laneId), std::move(s));
}

Result<qint64> SaleStore::appendOutbox(const QString &type, const QByteArray &body, qint64 nowUtcMs,
                                       const QString &saleId)
{
    Statement &head = m_s->outboxHead;
    head.bind(1, m_laneId);
    auto row = head.step();
    if (!row) {
        head.reset();
        return std::unexpected(row.error());
    }
    qint64 sequence = 1;
    QByteArray previous(32, '\0');
    if (*row) {
        sequence = head.int64(0) + 1;
        previous = head.blob(1);
    }
    head.reset();
    // Each event chains the previous one's hash, so HQ can tell a lost or
    // altered event from a late one.
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.addData(previous);
    hasher.addData(QByteArray(QByteArray::number(sequence) + '\n' + type.toUtf8() + '\n'));
    hasher.addData(body);
    const QByteArray hash = hasher.result();
    Statement &ins = m_s->outboxInsert;
    ins.bind(1, m_laneId).bind(2, sequence).bind(3, newTimeOrderedUuidString())
        .bind(4, type).bind(5, nowUtcMs);
    if (saleId.isEmpty())
        ins.bindUtf8(6, std::string_view(body.constData(), size_t(body.size()))).bindNull(7);
    else
        ins.bindNull(6).bind(7, saleId);
    ins.bindBlob(8, previous).bindBlob(9, hash);
    TRY(ins.run());
    return sequence;
}

Result<CompletedSale> SaleStore::commit(const Sale &sale, const PricedSale &priced, SaleJournal &journal,
                                        qint64 nowUtcMs)
{
    // Defence in depth: whatever the session did, only a fully and exactly
    // paid sale in the lane's currency is booked.
    qint64 tendered = 0;
    if (sale.cashierId.isEmpty())
        return fail(QStringLiteral("sale.signed_out"), SaleStoreText::tr("A sale needs the cashier who made it."));
    for (const Tender &t : sale.tenders) {
        if (t.amount.currency() != sale.currency || t.received.currency() != sale.currency || !t.amount.isPositive()
            || t.received.minorUnits() < t.amount.minorUnits())
            return fail(QStringLiteral("sale.tender_mismatch"), SaleStoreText::tr("A payment is not valid."));
        tendered += t.amount.minorUnits();
    }
    if (priced.currency != sale.currency || tendered != priced.total.minorUnits() || !priced.due.isZero())
        return fail(QStringLiteral("sale.tender_mismatch"),
                    SaleStoreText::tr("The payments (%1) do not match the total (%2).")
                        .arg(Money(tendered, sale.currency).toDecimalString(), priced.total.toDecimalString()));
    Transaction tx(*m_db);
    TRY(tx.begin(true));

    auto &receipt = m_s->nextReceipt;
    receipt.bind(1, m_laneId);
    auto row = receipt.step();
    const qint64 receiptNumber = row && *row ? receipt.int64(0) : 0;
    receipt.reset();
    if (!row)
        return std::unexpected(row.error());

    Money change = Money::zero(sale.currency);
    for (const Tender &t : sale.tenders)
        change += t.received - t.amount;

    // Gift cards and store credit: the balance is checked inside the
    // transaction, so two lanes cannot spend the same money twice locally.
    for (const Tender &t : sale.tenders) {
        if (t.kind != TenderKind::GiftCard && t.kind != TenderKind::StoreCredit)
            continue;
        auto acct = account(t.accountId);
        if (!acct)
            return std::unexpected(acct.error());
        const QString kind = t.kind == TenderKind::GiftCard ? u"gift_card"_qs : u"store_credit"_qs;
        if (acct->kind != kind || acct->currency != sale.currency.code())
            return fail(QStringLiteral("sale.account_mismatch"),
                        SaleStoreText::tr("The account %1 is not a %2 in %3.").arg(t.accountId, kind, sale.currency.code()));
        const std::optional<qint64> available = acct->minorUnits;
        if (*available < t.amount.minorUnits())
            return fail(QStringLiteral("sale.balance_insufficient"),
                        SaleStoreText::tr("The card %1 holds only %2; it cannot pay %3.")
                            .arg(t.accountId, Money(*available, sale.currency).toDecimalString(),
                                 t.amount.toDecimalString()));
        m_s->ledger.bind(1, t.accountId).bind(2, -t.amount.minorUnits()).bind(3, sale.id)
            .bind(4, QStringLiteral("sale")).bind(5, nowUtcMs);
        TRY(m_s->ledger.run());
    }

    // The event is serialised once and stored once (sales.document; the
    // outbox refers to it). The journal holds the fiscal summary and the
    // event's SHA-256, which binds every detail of the sale to the chain.
    const QByteArray event = saleEventBytes(sale, priced, receiptNumber, nowUtcMs);
    QJsonArray tenderSummary;
    for (const Tender &t : sale.tenders)
        tenderSummary.append(QJsonObject{{u"kind"_qs, tenderKindName(t.kind)}, {u"amount"_qs, double(t.amount.minorUnits())}});
    const QJsonObject summary{
        {u"sale_id"_qs, sale.id}, {u"receipt_number"_qs, double(receiptNumber)},
        {u"total"_qs, double(priced.total.minorUnits())},
        {u"tax"_qs, double(priced.lines.isEmpty() ? 0 : priced.tax.tax.minorUnits())},
        {u"items"_qs, double(priced.itemCount)}, {u"tenders"_qs, tenderSummary}, {u"cashier_id"_qs, sale.cashierId},
        {u"event_sha256"_qs, QString::fromLatin1(QCryptographicHash::hash(event, QCryptographicHash::Sha256).toHex())}};
    auto journalSequence = journal.record(QStringLiteral("sale"), compact(summary), priced.total.minorUnits(), nowUtcMs);
    if (!journalSequence)
        return std::unexpected(journalSequence.error());

    const QByteArray &document = event;
    const bool cashTaken = std::any_of(sale.tenders.cbegin(), sale.tenders.cend(),
                                       [](const Tender &t) { return t.kind == TenderKind::Cash; });
    const CompletedSale completed{sale.id, receiptNumber, *journalSequence, nowUtcMs, change, cashTaken};
    auto &ins = m_s->insertSale;
    ins.bind(1, sale.id).bind(2, m_laneId).bind(3, sale.storeId).bind(4, receiptNumber).bind(5, sale.cashierId)
        .bind(6, sale.openedAtUtcMs).bind(7, nowUtcMs).bind(8, sale.currency.code())
        .bind(9, priced.subtotal.minorUnits()).bind(10, priced.discountTotal.minorUnits())
        .bind(11, priced.lines.isEmpty() ? 0 : priced.tax.tax.minorUnits()).bind(12, priced.cashRounding.minorUnits())
        .bind(13, priced.total.minorUnits()).bind(14, change.minorUnits()).bind(15, priced.itemCount)
        .bind(16, *journalSequence).bindUtf8(17, std::string_view(document.constData(), size_t(document.size())));
    TRY(ins.run());

    // Priced lines come in the order of the sale's counted (not voided) lines.
    qsizetype nextPriced = 0;
    for (const SaleLine &l : sale.lines) {
        const bool counted = nextPriced < priced.lines.size() && priced.lines.at(nextPriced).lineNo == l.lineNo;
        const PricedLine *priced_ = counted ? &priced.lines.at(nextPriced++) : nullptr;
        const qint64 gross = counted ? priced_->gross.minorUnits() : 0;
        const qint64 discount = counted ? (priced_->lineDiscount + priced_->promotionSavings
                                           + priced_->transactionDiscountShare).minorUnits() : 0;
        auto &line = m_s->insertLine;
        line.bind(1, sale.id).bind(2, l.lineNo).bind(3, l.productId).bind(4, l.sku).bind(5, l.name)
            .bind(6, l.quantity.thousandths()).bind(7, l.unitPrice.minorUnits())
            .bind(8, l.priceSource == PriceSource::Override ? u"override"_qs
                     : l.priceSource == PriceSource::Label ? u"label"_qs : u"catalogue"_qs)
            .bind(9, gross).bind(10, discount).bind(11, counted ? priced_->amount.minorUnits() : 0)
            .bind(12, counted ? priced_->tax.minorUnits() : 0).bind(13, l.taxClassId).bind(14, l.voided);
        TRY(line.run());
    }
    for (const TaxRateTotal &t : priced.tax.rates) {
        auto &tax = m_s->insertTax;
        tax.bind(1, sale.id).bind(2, t.rateId).bind(3, t.name).bind(4, t.ratePpm).bind(5, t.net.minorUnits())
            .bind(6, t.tax.minorUnits()).bind(7, t.gross.minorUnits());
        TRY(tax.run());
    }
    for (qsizetype i = 0; i < sale.tenders.size(); ++i) {
        const Tender &t = sale.tenders.at(i);
        auto &tender = m_s->insertTender;
        tender.bind(1, sale.id).bind(2, int(i + 1)).bind(3, tenderKindName(t.kind)).bind(4, t.amount.minorUnits())
            .bind(5, t.received.minorUnits()).bind(6, t.maskedPan).bind(7, t.authCode).bind(8, t.terminalRef)
            .bind(9, t.accountId);
        TRY(tender.run());
    }
    TRY(appendOutbox(QStringLiteral("pos.sale.completed.v1"), event, nowUtcMs, sale.id));
    TRY(m_s->clearHeader[1].bind(1, m_laneId).run());
    TRY(m_s->deleteLines[1].bind(1, m_laneId).run());
    TRY(tx.commit());
    return completed;
}

Result<> SaleStore::saveBasket(const Sale &sale, qint64 nowUtcMs, BasketPart part, int lineNo, bool durable,
                               const std::function<Result<>()> &alsoInTransaction)
{
    // The two connections must never wait for each other: nothing else may
    // hold a transaction while the basket is saved.
    Q_ASSERT(!m_db->inTransaction() && !m_basketDb->inTransaction());
    durable = durable || bool(alsoInTransaction);
    const int c = durable ? 1 : 0;
    Database &db = durable ? *m_db : *m_basketDb;
    const SaleLine *line = part == BasketPart::Line ? sale.line(lineNo) : nullptr;
    if (part == BasketPart::Line && !line)
        part = BasketPart::All;
    // A new sale's first line also writes its header.
    const bool header = part != BasketPart::Line || sale.lines.size() == 1;
    Transaction tx(db);
    TRY(tx.begin(true));
    if (header) {
        // A new sale's first line: nothing of an older basket may remain.
        if (part == BasketPart::Line)
            TRY(m_s->deleteLines[c].bind(1, m_laneId).run());
        const QByteArray document = saleJson(sale, false);
        TRY(m_s->saveHeader[c].bind(1, m_laneId).bind(2, sale.id)
                .bindUtf8(3, std::string_view(document.constData(), size_t(document.size()))).bind(4, nowUtcMs).run());
    }
    auto writeLine = [&](const SaleLine &l) -> Result<> {
        const QByteArray document = saleLineJson(l);
        return m_s->saveLine[c].bind(1, m_laneId).bind(2, l.lineNo)
            .bindUtf8(3, std::string_view(document.constData(), size_t(document.size()))).run();
    };
    if (part == BasketPart::Line) {
        TRY(writeLine(*line));
    } else if (part == BasketPart::All) {
        TRY(m_s->deleteLines[c].bind(1, m_laneId).run());
        for (const SaleLine &l : sale.lines)
            TRY(writeLine(l));
    }
    if (alsoInTransaction)
        TRY(alsoInTransaction());
    return tx.commit();
}

Result<std::optional<Sale>> SaleStore::loadBasket()
{
    Statement &s = m_s->loadBasket;
    s.bind(1, m_laneId);
    auto row = s.step();
    if (!row) {
        s.reset();
        return std::unexpected(row.error());
    }
    if (!*row) {
        s.reset();
        return std::optional<Sale>();
    }
    const std::string_view text = s.utf8(0);
    QJsonObject document = QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).object();
    s.reset();
    QJsonArray lines;
    Statement &l = m_s->loadBasketLines;
    l.bind(1, m_laneId);
    while (true) {
        auto more = l.step();
        if (!more) {
            l.reset();
            return std::unexpected(more.error());
        }
        if (!*more)
            break;
        const std::string_view lineText = l.utf8(0);
        lines.append(QJsonDocument::fromJson(QByteArray(lineText.data(), qsizetype(lineText.size()))).object());
    }
    l.reset();
    document.insert(u"lines"_qs, lines);
    auto sale = saleFromJson(document);
    if (!sale)
        return std::unexpected(sale.error());
    return std::optional<Sale>(std::move(*sale));
}

Result<> SaleStore::clearBasket(const std::function<Result<>()> &alsoInTransaction)
{
    Q_ASSERT(!m_db->inTransaction() && !m_basketDb->inTransaction());
    const bool durable = bool(alsoInTransaction);
    Database &db = durable ? *m_db : *m_basketDb;
    Transaction tx(db);
    TRY(tx.begin(true));
    TRY(m_s->deleteLines[durable ? 1 : 0].bind(1, m_laneId).run());
    TRY(m_s->clearHeader[durable ? 1 : 0].bind(1, m_laneId).run());
    if (alsoInTransaction)
        TRY(alsoInTransaction());
    return tx.commit();
}

Result<> SaleStore::suspend(const Sale &sale, const PricedSale &priced, qint64 nowUtcMs,
                            const std::function<Result<>()> &alsoInTransaction)
{
    Transaction tx(*m_db);
    TRY(tx.begin(true));
    auto ins = m_db->prepare("INSERT INTO suspended_sales(id, store_id, lane_id, cashier_id, suspended_at, "
                             "total_minor, item_count, document) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (!ins)
        return std::unexpected(ins.error());
    const QByteArray document = saleJson(sale);
    ins->bind(1, sale.id).bind(2, sale.storeId).bind(3, m_laneId).bind(4, sale.cashierId).bind(5, nowUtcMs)
        .bind(6, priced.total.minorUnits()).bind(7, priced.itemCount)
        .bindUtf8(8, std::string_view(document.constData(), size_t(document.size())));
    TRY(ins->run());
    TRY(m_s->clearHeader[1].bind(1, m_laneId).run());
    TRY(m_s->deleteLines[1].bind(1, m_laneId).run());
    if (alsoInTransaction)
        TRY(alsoInTransaction());
    return tx.commit();
}

Result<QList<SuspendedSaleInfo>> SaleStore::suspendedSales(const QString &storeId)
{
    auto q = m_db->prepare("SELECT id, cashier_id, suspended_at, total_minor, item_count FROM suspended_sales "
                           "WHERE store_id = ?1 ORDER BY suspended_at");
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, storeId);
    QList<SuspendedSaleInfo> list;
    while (true) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        list.append({q->text(0), q->text(1), q->int64(2), q->int64(3), q->int64(4)});
    }
    return list;
}

Result<Sale> SaleStore::resume(const QString &suspendedId, const std::function<Result<>(const Sale &)> &accept,
                               const std::function<Result<>()> &alsoInTransaction)
{
    Transaction tx(*m_db);
    TRY(tx.begin(true));
    auto q = m_db->prepare("DELETE FROM suspended_sales WHERE id = ?1 RETURNING document");
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, suspendedId);
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(QStringLiteral("sale.not_suspended"),
                    SaleStoreText::tr("There is no parked sale %1 (it may have been resumed on another lane).").arg(suspendedId));
    const std::string_view text = q->utf8(0);
    auto sale = saleFromJson(QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).object());
    q->reset();
    if (!sale)
        return std::unexpected(sale.error());
    sale->laneId = m_laneId;
    if (accept)
        TRY(accept(*sale));   // refused: the transaction rolls back and the sale stays parked
    const QByteArray document = saleJson(*sale, false);
    TRY(m_s->saveHeader[1].bind(1, m_laneId).bind(2, sale->id)
            .bindUtf8(3, std::string_view(document.constData(), size_t(document.size())))
            .bind(4, sale->openedAtUtcMs).run());
    TRY(m_s->deleteLines[1].bind(1, m_laneId).run());
    for (const SaleLine &l : sale->lines) {
        const QByteArray line = saleLineJson(l);
        TRY(m_s->saveLine[1].bind(1, m_laneId).bind(2, l.lineNo)
                .bindUtf8(3, std::string_view(line.constData(), size_t(line.size()))).run());
    }
    if (alsoInTransaction)
        TRY(alsoInTransaction());
    TRY(tx.commit());
    return std::move(*sale);
}

Result<SaleStore::Balance> SaleStore::account(const QString &accountId)
{
    Statement &s = m_s->balance;
    s.bind(1, accountId);
    auto row = s.step();
    const bool found = row && *row;
    const Balance b = found ? Balance{s.text(0), s.text(1), s.int64(2)} : Balance{};
    s.reset();
    if (!row)
        return std::unexpected(row.error());
    if (!found)
        return fail(QStringLiteral("sale.unknown_account"),
                    SaleStoreText::tr("The card %1 is not known at this store.").arg(accountId));
    return b;
}

Result<qint64> SaleStore::balance(const QString &accountId)
{
    auto b = account(accountId);
    if (!b)
        return std::unexpected(b.error());
    return b->minorUnits;
}

Result<> SaleStore::credit(const QString &accountId, const QString &kind, const Money &amount, const QString &reason,
                           qint64 nowUtcMs)
{
    if (!amount.isPositive() || (kind != u"gift_card" && kind != u"store_credit") || accountId.isEmpty()
        || reason.isEmpty())
        return fail(QStringLiteral("sale.bad_credit"),
                    SaleStoreText::tr("A credit needs an account, a kind, a positive amount and a reason."));
    if (auto existing = account(accountId)) {
        if (existing->kind != kind || existing->currency != amount.currency().code())
            return fail(QStringLiteral("sale.account_mismatch"),
                        SaleStoreText::tr("The account %1 holds %2 in %3.").arg(accountId, existing->kind, existing->currency));
    }
    Transaction tx(*m_db);
    TRY(tx.begin(true));
    auto account = m_db->prepare("INSERT INTO balance_accounts(id, kind, currency, created_at) VALUES (?1, ?2, ?3, ?4) "
                                 "ON CONFLICT(id) DO NOTHING");
    if (!account)
        return std::unexpected(account.error());
    TRY(account->bind(1, accountId).bind(2, kind).bind(3, amount.currency().code()).bind(4, nowUtcMs).run());
    TRY(m_s->ledger.bind(1, accountId).bind(2, amount.minorUnits()).bind(3, QString()).bind(4, reason)
            .bind(5, nowUtcMs).run());
    return tx.commit();
}

Result<> SaleStore::saveReceipt(qint64 receiptNumber, const QJsonObject &receipt)
{
    const QByteArray text = compact(receipt);
    return m_s->saveReceipt.bind(1, m_laneId).bind(2, receiptNumber)
        .bindUtf8(3, std::string_view(text.constData(), size_t(text.size()))).run();
}

Result<std::optional<SaleStore::StoredSale>> SaleStore::completedSale(qint64 receiptNumber)
{
    auto q = m_db->prepare("SELECT document, receipt, id, journal_sequence, completed_at, change_minor, currency "
                           "FROM sales WHERE lane_id = ?1 AND receipt_number = ?2");
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, m_laneId).bind(2, receiptNumber);
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<StoredSale>();
    auto json = [&](int column) {
        const std::string_view text = q->utf8(column);
        return QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).object();
    };
    StoredSale stored;
    stored.document = json(0);
    if (!q->isNull(1))
        stored.receipt = json(1);
    const auto currency = Currency::fromCode(q->text(6));
    stored.completed = CompletedSale{q->text(2), receiptNumber, q->int64(3), q->int64(4),
                                     Money(q->int64(5), currency.value_or(Currency()))};
    return std::optional<StoredSale>(std::move(stored));
}

Result<qint64> SaleStore::lastReceiptNumber()
{
    return laneScalar("SELECT coalesce(max(receipt_number), 0) FROM sales WHERE lane_id = ?1");
}

Result<qint64> SaleStore::unsentEventCount()
{
    return laneScalar("SELECT count(*) FROM outbox WHERE lane_id = ?1 AND acked = 0");
}

Result<qint64> SaleStore::laneScalar(std::string_view sql)
{
    auto q = m_db->prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, m_laneId);
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    return q->int64(0);
}

} // namespace retailos
