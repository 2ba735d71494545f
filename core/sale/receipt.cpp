// Building and rendering receipts (see receipt.h).
#include "core/sale/receipt.h"

#include "core/money/money_format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace retailos {

namespace {

struct ReceiptText
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)
};

QString amount(const Money &m, const QLocale &locale)
{
    return formatMoneyAmount(m, locale);
}

QString tenderLabel(const Tender &t)
{
    switch (t.kind) {
    case TenderKind::Cash: return ReceiptText::tr("Cash");
    case TenderKind::Card: return ReceiptText::tr("Card %1 (auth %2)").arg(t.maskedPan.right(8), t.authCode);
    case TenderKind::GiftCard: return ReceiptText::tr("Gift card %1").arg(t.accountId.right(4));
    case TenderKind::StoreCredit: return ReceiptText::tr("Store credit %1").arg(t.accountId.right(4));
    }
    return {};
}

QJsonArray pairs(const QList<std::pair<QString, QString>> &list)
{
    QJsonArray a;
    for (const auto &[k, v] : list)
        a.append(QJsonArray{k, v});
    return a;
}

QList<std::pair<QString, QString>> pairsFrom(const QJsonValue &value)
{
    QList<std::pair<QString, QString>> list;
    for (const QJsonValue &v : value.toArray())
        list.append({v.toArray().at(0).toString(), v.toArray().at(1).toString()});
    return list;
}

QString twoColumns(const QString &left, const QString &right, int width)
{
    const qsizetype room = width - right.size() - 1;
    QString l = left;
    if (l.size() > room)
        l = l.left(std::max<qsizetype>(room, 1));
    return l + QString(width - l.size() - right.size(), u' ') + right;
}

QString centred(const QString &text, int width)
{
    const qsizetype pad = std::max<qsizetype>(0, (width - text.size()) / 2);
    return QString(pad, u' ') + text.left(width);
}

} // namespace

ReceiptDocument buildReceipt(const Sale &sale, const PricedSale &priced, const CompletedSale &completed,
                             const ReceiptHeader &header, const QLocale &locale)
{
    ReceiptDocument doc;
    doc.header = header.lines;
    doc.footer = header.footer;
    doc.receiptNumber = completed.receiptNumber;
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(completed.completedAtUtcMs, QTimeZone::systemTimeZone());
    doc.meta = {{ReceiptText::tr("Receipt"), QString::number(completed.receiptNumber)},
                {ReceiptText::tr("Lane"), sale.laneId},
                {ReceiptText::tr("Cashier"), sale.cashierName.isEmpty() ? sale.cashierId : sale.cashierName},
                {ReceiptText::tr("Date"), locale.toString(when, QLocale::ShortFormat)}};

    // Tax codes A, B, C… in the order of the breakdown.
    QHash<QString, QString> codes;
    for (qsizetype i = 0; i < priced.tax.rates.size(); ++i)
        codes.insert(priced.tax.rates.at(i).rateId, QString(QChar(u'A' + int(i))));

    for (const SaleLine &line : sale.lines) {
        ReceiptItem item;
        item.text = line.name;
        item.voided = line.voided;
        if (line.unit == SaleUnit::Kilogram)
            item.detail = ReceiptText::tr("%1 kg × %2/kg")
                              .arg(line.quantity.toString().replace(u'.', locale.decimalPoint()), amount(line.unitPrice, locale));
        else if (line.quantity.thousandths() != Quantity::kScale)
            item.detail = ReceiptText::tr("%1 × %2").arg(line.quantity.thousandths() / Quantity::kScale)
                              .arg(amount(line.unitPrice, locale));
        const PricedLine *p = nullptr;
        for (const PricedLine &pl : priced.lines) {
            if (pl.lineNo == line.lineNo)
                p = &pl;
        }
        if (!p) {
            item.amount = ReceiptText::tr("void");
            doc.items.append(item);
            continue;
        }
        item.amount = amount(p->gross, locale);
        QStringList taxCodes;
        for (const QString &rate : p->rateIds)
            taxCodes.append(codes.value(rate));
        item.taxCode = taxCodes.join(QString());
        if (line.priceSource == PriceSource::Override)
            item.adjustments.append({ReceiptText::tr("Price changed from %1").arg(amount(line.catalogueUnitPrice, locale)),
                                     QString()});
        if (p->lineDiscount.isPositive())
            item.adjustments.append({ReceiptText::tr("Discount"), amount(-p->lineDiscount, locale)});
        for (const QString &promo : p->promotionNames)
            item.adjustments.append({promo, QString()});
        if (p->promotionSavings.isPositive())
            item.adjustments.append({ReceiptText::tr("You save"), amount(-p->promotionSavings, locale)});
        doc.items.append(item);
    }

    doc.totals.append({ReceiptText::tr("Subtotal"), amount(priced.subtotal, locale)});
    if (priced.discountTotal.isPositive())
        doc.totals.append({ReceiptText::tr("Discounts"), amount(-priced.discountTotal, locale)});
    if (!priced.cashRounding.isZero())
        doc.totals.append({ReceiptText::tr("Rounding"), amount(priced.cashRounding, locale)});
    doc.totals.append({ReceiptText::tr("TOTAL %1").arg(priced.currency.code()), amount(priced.total, locale)});

    for (const TaxRateTotal &t : priced.tax.rates)
        doc.taxes.append({codes.value(t.rateId), t.name, amount(t.net, locale), amount(t.tax, locale),
                          amount(t.gross, locale)});
    for (const Tender &t : sale.tenders)
        doc.tenders.append({tenderLabel(t), amount(t.kind == TenderKind::Cash ? t.received : t.amount, locale)});
    if (completed.change.isPositive())
        doc.change = amount(completed.change, locale);
    doc.barcodePayload = QStringLiteral("R%1-%2").arg(sale.laneId).arg(completed.receiptNumber);
    doc.journalReference = QStringLiteral("#%1").arg(completed.journalSequence);
    return doc;
}

QJsonObject receiptToJson(const ReceiptDocument &doc)
{
    QJsonArray items;
    for (const ReceiptItem &i : doc.items)
        items.append(QJsonObject{{u"text"_qs, i.text}, {u"detail"_qs, i.detail}, {u"amount"_qs, i.amount},
                                 {u"tax_code"_qs, i.taxCode}, {u"adjustments"_qs, pairs(i.adjustments)},
                                 {u"voided"_qs, i.voided}});
    QJsonArray taxes;
    for (const ReceiptTaxRow &t : doc.taxes)
        taxes.append(QJsonObject{{u"code"_qs, t.code}, {u"name"_qs, t.name}, {u"net"_qs, t.net}, {u"tax"_qs, t.tax},
                                 {u"gross"_qs, t.gross}});
    return {{u"header"_qs, QJsonArray::fromStringList(doc.header)}, {u"meta"_qs, pairs(doc.meta)},
            {u"items"_qs, items}, {u"totals"_qs, pairs(doc.totals)}, {u"taxes"_qs, taxes},
            {u"tenders"_qs, pairs(doc.tenders)}, {u"change"_qs, doc.change}, {u"loyalty"_qs, doc.loyalty},
            {u"footer"_qs, QJsonArray::fromStringList(doc.footer)}, {u"barcode"_qs, doc.barcodePayload},
            {u"journal"_qs, doc.journalReference}, {u"receipt_number"_qs, double(doc.receiptNumber)}};
}

ReceiptDocument receiptFromJson(const QJsonObject &json)
{
    ReceiptDocument doc;
    for (const QJsonValue &v : json.value(u"header").toArray())
        doc.header.append(v.toString());
    doc.meta = pairsFrom(json.value(u"meta"));
    for (const QJsonValue &v : json.value(u"items").toArray()) {
        const QJsonObject o = v.toObject();
        doc.items.append({o.value(u"text").toString(), o.value(u"detail").toString(), o.value(u"amount").toString(),
                          o.value(u"tax_code").toString(), pairsFrom(o.value(u"adjustments")),
                          o.value(u"voided").toBool()});
    }
    doc.totals = pairsFrom(json.value(u"totals"));
    for (const QJsonValue &v : json.value(u"taxes").toArray()) {
        const QJsonObject o = v.toObject();
        doc.taxes.append({o.value(u"code").toString(), o.value(u"name").toString(), o.value(u"net").toString(),
                          o.value(u"tax").toString(), o.value(u"gross").toString()});
    }
    doc.tenders = pairsFrom(json.value(u"tenders"));
    doc.change = json.value(u"change").toString();
    doc.loyalty = json.value(u"loyalty").toString();
    for (const QJsonValue &v : json.value(u"footer").toArray())
        doc.footer.append(v.toString());
    doc.barcodePayload = json.value(u"barcode").toString();
    doc.journalReference = json.value(u"journal").toString();
    doc.receiptNumber = qint64(json.value(u"receipt_number").toDouble());
    return doc;
}

QString renderReceiptText(const ReceiptDocument &doc, int width)
{
    QStringList out;
    const QString rule(width, u'-');
    if (doc.copy)
        out << centred(ReceiptText::tr("*** COPY ***"), width);
    for (const QString &h : doc.header)
        out << centred(h, width);
    out << rule;
    for (const auto &[k, v] : doc.meta)
        out << twoColumns(k, v, width);
    out << rule;
    for (const ReceiptItem &i : doc.items) {
        const QString amountText = i.voided ? ReceiptText::tr("VOID") : i.amount + u' ' + i.taxCode;
        out << twoColumns(i.voided ? u"  "_qs + i.text : i.text, amountText, width);
        if (!i.detail.isEmpty() && !i.voided)
            out << u"  "_qs + i.detail;
        for (const auto &[label, value] : i.adjustments)
            out << twoColumns(u"  "_qs + label, value, width);
    }
    out << rule;
    for (const auto &[k, v] : doc.totals)
        out << twoColumns(k, v, width);
    out << rule;
    for (const auto &[k, v] : doc.tenders)
        out << twoColumns(k, v, width);
    if (!doc.change.isEmpty())
        out << twoColumns(ReceiptText::tr("Change"), doc.change, width);
    if (!doc.taxes.isEmpty()) {
        out << rule;
        for (const ReceiptTaxRow &t : doc.taxes)
            out << twoColumns(t.code + u' ' + t.name, ReceiptText::tr("net %1 tax %2").arg(t.net, t.tax), width);
    }
    if (!doc.loyalty.isEmpty())
        out << rule << doc.loyalty;
    out << rule;
    for (const QString &f : doc.footer)
        out << centred(f, width);
    out << centred(doc.barcodePayload, width) << centred(ReceiptText::tr("Journal %1").arg(doc.journalReference), width);
    if (doc.copy)
        out << centred(ReceiptText::tr("*** COPY ***"), width);
    return out.join(u'\n') + u'\n';
}

} // namespace retailos
