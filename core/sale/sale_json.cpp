// JSON codecs for sales (see sale_json.h).
#include "core/sale/sale_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace retailos {

namespace {

QString priceSourceName(PriceSource s)
{
    switch (s) {
    case PriceSource::Catalogue: return QStringLiteral("catalogue");
    case PriceSource::Label: return QStringLiteral("label");
    case PriceSource::Override: return QStringLiteral("override");
    }
    return QStringLiteral("catalogue");
}

QJsonObject approvalJson(const Approval &a)
{
    return {{u"user_id"_qs, a.userId}, {u"user_name"_qs, a.userName}, {u"reason"_qs, a.reasonCode},
            {u"at"_qs, double(a.atUtcMs)}};
}

QJsonObject discountJson(const Discount &d)
{
    QJsonObject o{{u"kind"_qs, d.kind == Discount::Kind::Percent ? u"percent"_qs : u"amount"_qs},
                  {u"value"_qs, double(d.value)}, {u"reason"_qs, d.reasonCode}};
    if (d.approval)
        o.insert(u"approval"_qs, approvalJson(*d.approval));
    return o;
}

// A reader that remembers the first bad field instead of failing at each step.
class Reader
{
public:
    explicit Reader(const QJsonObject &o, QString path = {}) : m_o(o), m_path(std::move(path)) {}

    QString str(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (required || !v.isUndefined())
            bad(key);
        return {};
    }
    qint64 integer(const char *key, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        // JSON numbers are doubles: integers are exact up to 2^53, far beyond any amount here.
        if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) && std::abs(v.toDouble()) < 9.0e15)
            return qint64(v.toDouble());
        if (required || !v.isUndefined())
            bad(key);
        return 0;
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (!v.isUndefined())
            bad(key);
        return false;
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isArray())
            return v.toArray();
        if (!v.isUndefined())
            bad(key);
        return {};
    }
    std::optional<QJsonObject> object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isObject())
            return v.toObject();
        if (!v.isUndefined() && !v.isNull())
            bad(key);
        return std::nullopt;
    }
    void bad(const char *key)
    {
        if (m_error.isEmpty())
            m_error = m_path + QLatin1String(key);
    }
    void badPath(const QString &path)
    {
        if (m_error.isEmpty())
            m_error = path;
    }
    [[nodiscard]] QString error() const { return m_error; }

private:
    QJsonObject m_o;
    QString m_path;
    QString m_error;
};

std::optional<Approval> readApproval(Reader &parent, const char *key)
{
    auto o = parent.object(key);
    if (!o)
        return std::nullopt;
    Reader r(*o);
    Approval a{r.str("user_id"), r.str("user_name"), r.str("reason"), r.integer("at")};
    if (!r.error().isEmpty())
        parent.badPath(QString::fromLatin1(key) + u'.' + r.error());
    return a;
}

std::optional<Discount> readDiscount(Reader &parent, const char *key)
{
    auto o = parent.object(key);
    if (!o)
        return std::nullopt;
    Reader r(*o);
    Discount d;
    const QString kind = r.str("kind");
    if (kind != u"percent" && kind != u"amount")
        r.bad("kind");
    d.kind = kind == u"percent" ? Discount::Kind::Percent : Discount::Kind::Amount;
    d.value = r.integer("value");
    d.reasonCode = r.str("reason", false);
    d.approval = readApproval(r, "approval");
    if (!r.error().isEmpty())
        parent.badPath(QString::fromLatin1(key) + u'.' + r.error());
    return d;
}

} // namespace

QJsonObject saleLineToJson(const SaleLine &l)
{
        QJsonObject o{{u"line_no"_qs, l.lineNo}, {u"product_id"_qs, double(l.productId)}, {u"sku"_qs, l.sku},
                      {u"name"_qs, l.name}, {u"department_id"_qs, l.departmentId}, {u"tax_class_id"_qs, l.taxClassId},
                      {u"unit"_qs, l.unit == SaleUnit::Kilogram ? u"kg"_qs : u"each"_qs},
                      {u"age_limit"_qs, l.ageLimit}, {u"returnable"_qs, l.returnable},
                      {u"quantity_milli"_qs, double(l.quantity.thousandths())},
                      {u"unit_price"_qs, double(l.unitPrice.minorUnits())},
                      {u"catalogue_unit_price"_qs, double(l.catalogueUnitPrice.minorUnits())},
                      {u"price_source"_qs, priceSourceName(l.priceSource)},
                      {u"age_confirmed"_qs, l.ageConfirmed}, {u"voided"_qs, l.voided}};
        if (l.labelAmount)
            o.insert(u"label_amount"_qs, double(l.labelAmount->minorUnits()));
        if (l.priceOverride)
            o.insert(u"price_override"_qs, approvalJson(*l.priceOverride));
        if (l.discount)
            o.insert(u"discount"_qs, discountJson(*l.discount));
        if (l.voidApproval)
            o.insert(u"void_approval"_qs, approvalJson(*l.voidApproval));
        return o;
}

QJsonObject saleToJson(const Sale &sale)
{
    QJsonArray lines;
    for (const SaleLine &l : sale.lines)
        lines.append(saleLineToJson(l));
    QJsonArray tenders;
    for (const Tender &t : sale.tenders) {
        QJsonObject o{{u"kind"_qs, tenderKindName(t.kind)}, {u"amount"_qs, double(t.amount.minorUnits())},
                      {u"received"_qs, double(t.received.minorUnits())}};
        if (!t.maskedPan.isEmpty())
            o.insert(u"masked_pan"_qs, t.maskedPan);
        if (!t.authCode.isEmpty())
            o.insert(u"auth_code"_qs, t.authCode);
        if (!t.terminalRef.isEmpty())
            o.insert(u"terminal_ref"_qs, t.terminalRef);
        if (!t.accountId.isEmpty())
            o.insert(u"account_id"_qs, t.accountId);
        tenders.append(o);
    }
    QJsonObject o{{u"id"_qs, sale.id}, {u"lane_id"_qs, sale.laneId}, {u"store_id"_qs, sale.storeId},
                  {u"cashier_id"_qs, sale.cashierId}, {u"cashier_name"_qs, sale.cashierName},
                  {u"currency"_qs, sale.currency.code()}, {u"opened_at"_qs, double(sale.openedAtUtcMs)},
                  {u"lines"_qs, lines}, {u"tenders"_qs, tenders},
                  {u"cash_rounding"_qs, double(sale.cashRoundingMinor)}};
    if (sale.transactionDiscount)
        o.insert(u"transaction_discount"_qs, discountJson(*sale.transactionDiscount));
    return o;
}

Result<Sale> saleFromJson(const QJsonObject &json)
{
    Reader r(json);
    Sale sale;
    sale.id = r.str("id");
    sale.laneId = r.str("lane_id");
    sale.storeId = r.str("store_id");
    sale.cashierId = r.str("cashier_id");
    sale.cashierName = r.str("cashier_name", false);
    auto currency = Currency::fromCode(r.str("currency"));
    if (!currency)
        r.bad("currency");
    else
        sale.currency = *currency;
    sale.openedAtUtcMs = r.integer("opened_at");
    sale.cashRoundingMinor = r.integer("cash_rounding", false);
    sale.transactionDiscount = readDiscount(r, "transaction_discount");
    const QJsonArray lines = r.array("lines");
    for (qsizetype i = 0; i < lines.size() && r.error().isEmpty(); ++i) {
        const QString path = u"lines["_qs + QString::number(i) + u"].";
        if (!lines.at(i).isObject()) {
            r.badPath(path.chopped(1));
            break;
        }
        Reader l(lines.at(i).toObject(), path);
        SaleLine line;
        line.lineNo = int(l.integer("line_no"));
        line.productId = l.integer("product_id");
        line.sku = l.str("sku");
        line.name = l.str("name");
        line.departmentId = l.str("department_id");
        line.taxClassId = l.str("tax_class_id");
        line.unit = l.str("unit") == u"kg" ? SaleUnit::Kilogram : SaleUnit::Each;
        line.ageLimit = int(l.integer("age_limit"));
        line.returnable = l.boolean("returnable");
        line.quantity = Quantity::fromThousandths(l.integer("quantity_milli"));
        line.unitPrice = Money(l.integer("unit_price"), sale.currency);
        line.catalogueUnitPrice = Money(l.integer("catalogue_unit_price"), sale.currency);
        const QString source = l.str("price_source");
        line.priceSource = source == u"label" ? PriceSource::Label
                         : source == u"override" ? PriceSource::Override : PriceSource::Catalogue;
        const QJsonObject lo = lines.at(i).toObject();
        if (lo.contains(u"label_amount"))
            line.labelAmount = Money(l.integer("label_amount"), sale.currency);
        line.priceOverride = readApproval(l, "price_override");
        line.discount = readDiscount(l, "discount");
        line.voidApproval = readApproval(l, "void_approval");
        line.ageConfirmed = l.boolean("age_confirmed");
        line.voided = l.boolean("voided");
        if (!l.error().isEmpty())
            r.badPath(l.error());
        sale.lines.append(std::move(line));
    }
    const QJsonArray tenders = r.array("tenders");
    for (qsizetype i = 0; i < tenders.size() && r.error().isEmpty(); ++i) {
        const QString path = u"tenders["_qs + QString::number(i) + u"].";
        if (!tenders.at(i).isObject()) {
            r.badPath(path.chopped(1));
            break;
        }
        Reader t(tenders.at(i).toObject(), path);
        Tender tender;
        auto kind = tenderKindFromName(t.str("kind"));
        if (!kind)
            t.bad("kind");
        tender.kind = kind.value_or(TenderKind::Cash);
        tender.amount = Money(t.integer("amount"), sale.currency);
        tender.received = Money(t.integer("received"), sale.currency);
        tender.maskedPan = t.str("masked_pan", false);
        tender.authCode = t.str("auth_code", false);
        tender.terminalRef = t.str("terminal_ref", false);
        tender.accountId = t.str("account_id", false);
        if (!t.error().isEmpty())
            r.badPath(t.error());
        sale.tenders.append(std::move(tender));
    }
    if (!r.error().isEmpty())
        return fail(QStringLiteral("sale.bad_document"),
                    QCoreApplication::translate("Sale", "The saved sale is damaged (field %1).").arg(r.error()));
    return sale;
}

QJsonObject saleEventJson(const Sale &sale, const PricedSale &priced, qint64 receiptNumber, qint64 completedAtUtcMs)
{
    QJsonArray lines;
    for (const PricedLine &p : priced.lines) {
        lines.append(QJsonObject{
            {u"line_no"_qs, p.lineNo}, {u"gross"_qs, double(p.gross.minorUnits())},
            {u"discount"_qs, double((p.lineDiscount + p.promotionSavings + p.transactionDiscountShare).minorUnits())},
            {u"amount"_qs, double(p.amount.minorUnits())}, {u"tax"_qs, double(p.tax.minorUnits())}});
    }
    QJsonArray taxes;
    for (const TaxRateTotal &t : priced.tax.rates) {
        taxes.append(QJsonObject{{u"rate_id"_qs, t.rateId}, {u"rate_ppm"_qs, double(t.ratePpm)},
                                 {u"net"_qs, double(t.net.minorUnits())}, {u"tax"_qs, double(t.tax.minorUnits())}});
    }
    // The whole sale (so returns can read it back with saleFromJson) plus
    // what pricing made of it.
    QJsonObject event = saleToJson(sale);
    event.insert(u"sale_id"_qs, sale.id);
    event.insert(u"receipt_number"_qs, double(receiptNumber));
    event.insert(u"completed_at"_qs, double(completedAtUtcMs));
    event.insert(u"subtotal"_qs, double(priced.subtotal.minorUnits()));
    event.insert(u"discount"_qs, double(priced.discountTotal.minorUnits()));
    event.insert(u"tax"_qs, double(priced.lines.isEmpty() ? 0 : priced.tax.tax.minorUnits()));
    event.insert(u"rounding"_qs, double(priced.cashRounding.minorUnits()));
    event.insert(u"total"_qs, double(priced.total.minorUnits()));
    event.insert(u"priced_lines"_qs, lines);
    event.insert(u"taxes"_qs, taxes);
    return event;
}

} // namespace retailos
