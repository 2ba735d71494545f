// JSON codecs for sales (see sale_json.h).
#include "core/sale/sale_json.h"

#include <QCoreApplication>
#include "core/common/json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>

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

void writeApproval(JsonWriter &w, const Approval &a)
{
    w.beginObject().field("user_id", a.userId).field("user_name", a.userName).field("reason", a.reasonCode)
        .field("at", a.atUtcMs).endObject();
}

void writeDiscount(JsonWriter &w, const Discount &d)
{
    w.beginObject().field("kind", d.kind == Discount::Kind::Percent ? u"percent"_qs : u"amount"_qs)
        .field("value", d.value).field("reason", d.reasonCode);
    if (d.approval)
        writeApproval(w.key("approval"), *d.approval);
    w.endObject();
}

void writeLine(JsonWriter &w, const SaleLine &l)
{
    w.beginObject().field("line_no", l.lineNo).field("product_id", l.productId).field("sku", l.sku)
        .field("name", l.name).field("department_id", l.departmentId).field("tax_class_id", l.taxClassId)
        .field("unit", l.unit == SaleUnit::Kilogram ? u"kg"_qs : u"each"_qs).field("age_limit", l.ageLimit)
        .field("returnable", l.returnable).field("quantity_milli", l.quantity.thousandths())
        .field("unit_price", l.unitPrice.minorUnits()).field("catalogue_unit_price", l.catalogueUnitPrice.minorUnits())
        .field("price_source", priceSourceName(l.priceSource)).field("age_confirmed", l.ageConfirmed)
        .field("voided", l.voided);
    if (l.labelAmount)
        w.field("label_amount", l.labelAmount->minorUnits());
    if (l.priceOverride)
        writeApproval(w.key("price_override"), *l.priceOverride);
    if (l.discount)
        writeDiscount(w.key("discount"), *l.discount);
    if (l.voidApproval)
        writeApproval(w.key("void_approval"), *l.voidApproval);
    w.endObject();
}

// The sale's fields, inside an object the caller opened and closes.
void writeSaleFields(JsonWriter &w, const Sale &sale, bool withLines)
{
    w.field("id", sale.id).field("lane_id", sale.laneId).field("store_id", sale.storeId)
        .field("cashier_id", sale.cashierId).field("cashier_name", sale.cashierName)
        .field("currency", sale.currency.code()).field("opened_at", sale.openedAtUtcMs)
        .field("cash_rounding", sale.cashRoundingMinor);
    if (withLines) {
        w.key("lines").beginArray();
        for (const SaleLine &l : sale.lines)
            writeLine(w, l);
        w.endArray();
    }
    w.key("tenders").beginArray();
    for (const Tender &t : sale.tenders) {
        w.beginObject().field("kind", tenderKindName(t.kind)).field("amount", t.amount.minorUnits())
            .field("received", t.received.minorUnits());
        if (!t.maskedPan.isEmpty())
            w.field("masked_pan", t.maskedPan);
        if (!t.authCode.isEmpty())
            w.field("auth_code", t.authCode);
        if (!t.terminalRef.isEmpty())
            w.field("terminal_ref", t.terminalRef);
        if (!t.accountId.isEmpty())
            w.field("account_id", t.accountId);
        w.endObject();
    }
    w.endArray();
    if (sale.transactionDiscount)
        writeDiscount(w.key("transaction_discount"), *sale.transactionDiscount);
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

QByteArray saleJson(const Sale &sale, bool withLines)
{
    JsonWriter w;
    w.beginObject();
    writeSaleFields(w, sale, withLines);
    w.endObject();
    return w.take();
}

QByteArray saleLineJson(const SaleLine &line)
{
    JsonWriter w;
    writeLine(w, line);
    return w.take();
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

QByteArray saleEventBytes(const Sale &sale, const PricedSale &priced, qint64 receiptNumber, qint64 completedAtUtcMs)
{
    // The whole sale (so returns can read it back with saleFromJson) plus
    // what pricing made of it.
    JsonWriter w;
    w.beginObject();
    writeSaleFields(w, sale, true);
    w.field("sale_id", sale.id).field("receipt_number", receiptNumber).field("completed_at", completedAtUtcMs)
        .field("subtotal", priced.subtotal.minorUnits()).field("discount", priced.discountTotal.minorUnits())
        .field("tax", priced.lines.isEmpty() ? qint64{0} : priced.tax.tax.minorUnits())
        .field("rounding", priced.cashRounding.minorUnits()).field("total", priced.total.minorUnits());
    w.key("priced_lines").beginArray();
    for (const PricedLine &p : priced.lines) {
        w.beginObject().field("line_no", p.lineNo).field("gross", p.gross.minorUnits())
            .field("discount", (p.lineDiscount + p.promotionSavings + p.transactionDiscountShare).minorUnits())
            .field("amount", p.amount.minorUnits()).field("tax", p.tax.minorUnits());
        w.key("rate_ids").beginArray();
        for (const QString &rate : p.rateIds)
            w.value(rate);
        w.endArray().endObject();
    }
    w.endArray();
    w.key("taxes").beginArray();
    for (const TaxRateTotal &t : priced.tax.rates) {
        w.beginObject().field("rate_id", t.rateId).field("name", t.name).field("rate_ppm", t.ratePpm)
            .field("net", t.net.minorUnits()).field("tax", t.tax.minorUnits()).field("gross", t.gross.minorUnits())
            .endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

Result<PricedSale> pricedSaleFromEvent(const QJsonObject &event, Currency currency)
{
    Reader r(event);
    auto money = [&](Reader &from, const char *key, bool required = true) {
        return Money(from.integer(key, required), currency);
    };
    PricedSale p;
    p.currency = currency;
    p.subtotal = money(r, "subtotal");
    p.discountTotal = money(r, "discount");
    p.cashRounding = money(r, "rounding");
    p.total = money(r, "total");
    p.tendered = p.total;
    p.due = Money::zero(currency);
    p.tax.tax = money(r, "tax");
    p.tax.gross = p.total - p.cashRounding;
    p.tax.net = p.tax.gross - p.tax.tax;
    p.tax.exempt = Money::zero(currency);
    const QJsonArray lines = r.array("priced_lines");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        Reader l(lines.at(i).toObject(), u"priced_lines["_qs + QString::number(i) + u"]."_qs);
        PricedLine line;
        line.lineNo = int(l.integer("line_no"));
        line.gross = money(l, "gross");
        line.lineDiscount = money(l, "discount");
        line.promotionSavings = line.transactionDiscountShare = Money::zero(currency);
        line.amount = money(l, "amount");
        line.tax = money(l, "tax");
        for (const QJsonValue &rate : l.array("rate_ids"))
            line.rateIds.append(rate.toString());
        if (!l.error().isEmpty())
            r.badPath(l.error());
        p.lines.append(line);
    }
    const QJsonArray taxes = r.array("taxes");
    for (qsizetype i = 0; i < taxes.size(); ++i) {
        Reader t(taxes.at(i).toObject(), u"taxes["_qs + QString::number(i) + u"]."_qs);
        TaxRateTotal rate{t.str("rate_id"), t.str("name", false), t.integer("rate_ppm"), money(t, "net"), money(t, "tax"),
                          money(t, "gross", false)};
        if (!t.error().isEmpty())
            r.badPath(t.error());
        p.tax.rates.append(rate);
    }
    for (const QJsonValue &v : r.array("lines")) {
        const QJsonObject o = v.toObject();
        if (!o.value(u"voided").toBool())
            p.itemCount += o.value(u"unit").toString() == u"kg" ? 1 : qint64(o.value(u"quantity_milli").toDouble()) / 1000;
    }
    if (!r.error().isEmpty())
        return fail(QStringLiteral("sale.bad_document"),
                    QCoreApplication::translate("Sale", "The saved sale is damaged (field %1).").arg(r.error()));
    return p;
}

} // namespace retailos
