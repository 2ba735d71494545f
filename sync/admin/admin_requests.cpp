// Admin API request bodies (see admin_requests.h).
#include "sync/admin/admin_requests.h"

#include "core/csv/csv_reader.h"
#include "core/money/money.h"
#include "sync/protocol/json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <map>

namespace retailos::admin {

namespace {

struct AdminText
{
    Q_DECLARE_TR_FUNCTIONS(RetailosAdmin)
};

using sync::json::Writer;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Collects records of one array into bodies of at most `limits` each.
class BatchBuilder
{
public:
    BatchBuilder(QString endpoint, QString array, BatchLimits limits, std::vector<RecordBatch> &out)
        : m_endpoint(std::move(endpoint)), m_array(std::move(array)), m_limits(limits), m_out(out)
    {
    }
    ~BatchBuilder() { flush(); }

    void add(const std::string &record, qint64 line)
    {
        if (!m_current.lines.empty()
            && (qsizetype(m_current.lines.size()) >= m_limits.maxRecords
                || qsizetype(m_current.body.size() + record.size() + 2) > m_limits.maxBytes))
            flush();
        if (m_current.lines.empty()) {
            m_current.endpoint = m_endpoint;
            m_current.array = m_array;
            m_current.body = "{\"" + utf8(m_array) + "\":[";
        } else {
            m_current.body += ',';
        }
        m_current.body += record;
        m_current.lines.push_back(line);
    }

    void flush()
    {
        if (m_current.lines.empty())
            return;
        m_current.body += "]}";
        m_out.push_back(std::move(m_current));
        m_current = RecordBatch();
    }

private:
    QString m_endpoint;
    QString m_array;
    BatchLimits m_limits;
    std::vector<RecordBatch> &m_out;
    RecordBatch m_current;
};

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

std::string priceRecord(const QString &sku, const QString &storeId, qint64 amountMinor, const QString &currency,
                        qint64 fromMs, std::optional<qint64> toMs)
{
    Writer w;
    w.beginObject().field("sku", utf8(sku));
    if (storeId.isEmpty())
        w.nullField("store_id");
    else
        w.field("store_id", utf8(storeId));
    w.field("amount", std::int64_t(amountMinor)).field("currency", utf8(currency))
        .field("effective_from", std::int64_t(fromMs));
    if (toMs)
        w.field("effective_to", std::int64_t(*toMs));
    else
        w.nullField("effective_to");
    w.endObject();
    return w.take();
}

std::string productRecord(const ProductRecord &record)
{
    const Product &p = record.product;
    Writer w;
    w.beginObject().field("sku", utf8(p.sku)).field("name", utf8(p.name))
        .field("department_id", utf8(p.departmentId)).field("tax_class_id", utf8(p.taxClassId));
    if (!p.plu.isEmpty())
        w.field("plu", utf8(p.plu));
    w.field("unit", p.weighed() ? "kg" : "each").field("age_limit", p.ageLimit)
        .field("returnable", p.returnable).field("active", p.active);
    w.key("barcodes").beginArray();
    for (const QString &key : record.barcodeKeys)
        w.value(utf8(key));
    w.endArray().endObject();
    return w.take();
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

qint64 wholeSeconds(qint64 ms)
{
    return ms - ((ms % 1000) + 1000) % 1000;   // floor, also before 1970
}

} // namespace

Result<qint64> parseMoment(const QString &text, const QString &timeZone)
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (!timeZone.isEmpty()) {
        zone = QTimeZone(timeZone.toUtf8());
        if (!QTimeZone::isTimeZoneIdAvailable(timeZone.toUtf8()) || !zone.isValid())
            return fail(QStringLiteral("admin.bad_time_zone"),
                        AdminText::tr("unknown time zone \"%1\"; use an IANA name such as Europe/Berlin").arg(timeZone));
    }
    QString t = text.trimmed();
    if (t.size() > 10 && t.at(10) == u' ')
        t[10] = u'T';
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime)   // no offset written: the given zone's wall clock
            dt = QDateTime(dt.date(), dt.time(), zone);
    } else {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return fail(QStringLiteral("admin.bad_time"),
                        AdminText::tr("\"%1\" is not a date and time such as \"2026-12-01 06:00\"").arg(text));
        dt = date.startOfDay(zone);
    }
    return wholeSeconds(dt.toMSecsSinceEpoch());
}

QString priceKey(const QString &sku, const QString &storeId, qint64 effectiveFromMs)
{
    return sku + u'|' + (storeId.isEmpty() ? QStringLiteral("*") : storeId) + u'|' + QString::number(effectiveFromMs);
}

Result<CatalogueUpload> buildCatalogueUpload(QIODevice &csv, const CatalogueUploadOptions &options)
{
    CsvReader reader(&csv);
    CsvRecord record;
    auto rows = CatalogueCsvRows::readHeader(reader, options.defaultCurrency, options.scanRules);
    if (!rows)
        return std::unexpected(rows.error());

    CatalogueUpload upload;
    auto note = [&](const ImportIssue &issue) {
        if (upload.issues.size() < options.maxReportedIssues)
            upload.issues.append(issue);
    };
    // Products keyed by SKU, the last row's fields winning as in the lane's import.
    std::map<QString, std::pair<ProductRecord, qint64>> products;
    QList<QString> productOrder;
    struct PriceRow { ProductRecord record; qint64 line; };
    std::vector<PriceRow> prices;
    QHash<QString, qint64> seen;   // duplicate key → first line
    QList<QString> departmentOrder;
    QHash<QString, qint64> departmentLine;

    while (true) {
        auto more = reader.next(record);
        if (!more)   // broken quoting or encoding: nothing after it can be trusted
            return std::unexpected(more.error());
        if (!*more)
            break;
        ++upload.rowsRead;
        auto parsed = rows->parse(record);
        if (!parsed)
            return std::unexpected(parsed.error());
        QList<ImportIssue> issues = parsed->issues;
        const ProductRecord &product = parsed->product;
        if (issues.isEmpty()) {
            const QString key = CatalogueCsvRows::duplicateKey(product);
            const auto first = seen.constFind(key);
            if (first != seen.constEnd())
                issues.append(ImportIssue{record.line, QStringLiteral("sku"),
                    QCoreApplication::translate("CatalogueImport", "the SKU %1 with this price start already appears on line %2")
                        .arg(product.product.sku).arg(*first)});
            else
                seen.insert(key, record.line);
        }
        if (!issues.isEmpty()) {
            ++upload.badRows;
            for (const ImportIssue &issue : std::as_const(issues))
                note(issue);
            continue;
        }
        const QString &sku = product.product.sku;
        if (!products.contains(sku))
            productOrder.append(sku);
        products[sku] = {product, record.line};
        if (!departmentLine.contains(product.product.departmentId)) {
            departmentLine.insert(product.product.departmentId, record.line);
            departmentOrder.append(product.product.departmentId);
        }
        prices.push_back(PriceRow{product, record.line});
    }

    if (options.sendDepartments) {
        BatchBuilder batch(QStringLiteral("/v1/admin/catalogue"), QStringLiteral("departments"), options.limits, upload.batches);
        for (const QString &id : std::as_const(departmentOrder)) {
            Writer w;
            w.beginObject().field("id", utf8(id)).field("name", utf8(id)).endObject();
            batch.add(w.take(), departmentLine.value(id));
            ++upload.departments;
        }
    }
    {
        BatchBuilder batch(QStringLiteral("/v1/admin/catalogue"), QStringLiteral("products"), options.limits, upload.batches);
        for (const QString &sku : std::as_const(productOrder)) {
            const auto &[product, line] = products.at(sku);
            batch.add(productRecord(product), line);
            ++upload.products;
        }
    }
    {
        const qint64 now = wholeSeconds(options.nowMs);
        BatchBuilder batch(QStringLiteral("/v1/admin/prices"), QStringLiteral("prices"), options.limits, upload.batches);
        for (const PriceRow &row : prices) {
            const Price &price = *row.record.price;
            // A row without price_from is the price from now on (the lane's "always").
            const qint64 from = price.effectiveFrom == 0 ? now : price.effectiveFrom * 1000;
            std::optional<qint64> to;
            if (price.effectiveTo)
                to = *price.effectiveTo * 1000;
            if (to && *to <= from) {   // ends before "now": nothing to schedule
                ++upload.badRows;
                note(ImportIssue{row.line, QStringLiteral("price_to"), AdminText::tr("the price must end after it starts (now)")});
                continue;
            }
            batch.add(priceRecord(row.record.product.sku, row.record.priceStoreId, price.amountMinor, price.currency, from, to),
                      row.line);
            ++upload.prices;
        }
    }
    return upload;
}

Result<PriceSchedule> buildPriceSchedule(QIODevice &csv, const PriceScheduleOptions &options)
{
    if (options.untilMs && *options.untilMs <= options.fromMs)
        return fail(QStringLiteral("admin.bad_time"), AdminText::tr("--until must be after --from"));
    auto defaultCurrency = Currency::fromCode(options.defaultCurrency);
    if (!defaultCurrency)
        return std::unexpected(defaultCurrency.error());
    CsvReader reader(&csv);
    CsvRecord record;
    auto hasHeader = reader.next(record);
    if (!hasHeader)
        return std::unexpected(hasHeader.error());
    if (!*hasHeader)
        return fail(QStringLiteral("import.empty"), AdminText::tr("The file is empty; expected a header row."));
    int skuAt = -1, priceAt = -1, currencyAt = -1;
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        int *slot = name == u"sku" ? &skuAt : name == u"price" ? &priceAt : name == u"currency" ? &currencyAt : nullptr;
        if (!slot)
            return fail(QStringLiteral("import.header"),
                        AdminText::tr("line 1: unknown column \"%1\"; the columns are sku, price, currency.").arg(record.fields.at(i)));
        if (*slot >= 0)
            return fail(QStringLiteral("import.header"), AdminText::tr("line 1: the column \"%1\" appears twice.").arg(name));
        *slot = i;
    }
    for (const auto &[at, name] : {std::pair{skuAt, u"sku"}, std::pair{priceAt, u"price"}}) {
        if (at < 0)
            return fail(QStringLiteral("import.header"),
                        AdminText::tr("line 1: the required column \"%1\" is missing.").arg(QString::fromUtf16(name)));
    }
    const qsizetype fieldCount = record.fields.size();

    PriceSchedule schedule;
    BatchBuilder batch(QStringLiteral("/v1/admin/prices"), QStringLiteral("prices"), options.limits, schedule.batches);
    QHash<QString, qint64> seen;
    while (true) {
        auto more = reader.next(record);
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        ++schedule.rowsRead;
        QList<ImportIssue> issues;
        auto add = [&](const QString &column, const QString &message) {
            issues.append(ImportIssue{record.line, column, message});
        };
        QString sku;
        std::optional<Money> amount;
        if (record.fields.size() != fieldCount) {
            add(QString(), AdminText::tr("expected %1 fields like the header, found %2").arg(fieldCount).arg(record.fields.size()));
        } else {
            sku = record.fields.at(skuAt).trimmed();
            if (sku.isEmpty() || sku.size() > 64 || hasControlCharacters(sku))
                add(QStringLiteral("sku"), AdminText::tr("a SKU of 1 to 64 printable characters is required"));
            Currency currency = *defaultCurrency;
            if (currencyAt >= 0) {
                if (const QString code = record.fields.at(currencyAt).trimmed(); !code.isEmpty()) {
                    auto c = Currency::fromCode(code);
                    if (c)
                        currency = *c;
                    else
                        add(QStringLiteral("currency"), c.error().message);
                }
            }
            const QString priceText = record.fields.at(priceAt).trimmed();
            auto parsed = Money::fromString(priceText, currency);
            if (!parsed)
                add(QStringLiteral("price"), AdminText::tr("bad price \"%1\": %2").arg(priceText, parsed.error().message));
            else if (parsed->isNegative())
                add(QStringLiteral("price"), AdminText::tr("the price must not be negative"));
            else
                amount = *parsed;
            if (issues.isEmpty()) {
                if (const auto first = seen.constFind(sku); first != seen.constEnd())
                    add(QStringLiteral("sku"), AdminText::tr("the SKU %1 already appears on line %2").arg(sku).arg(*first));
                else
                    seen.insert(sku, record.line);
            }
        }
        if (!issues.isEmpty()) {
            ++schedule.badRows;
            for (const ImportIssue &issue : std::as_const(issues)) {
                if (schedule.issues.size() < options.maxReportedIssues)
                    schedule.issues.append(issue);
            }
            continue;
        }
        batch.add(priceRecord(sku, options.storeId, amount->minorUnits(), amount->currency().code(), options.fromMs,
                              options.untilMs),
                  record.line);
        ++schedule.prices;
    }
    batch.flush();
    return schedule;
}

std::string priceCancelBody(const QString &sku, const QString &storeId, qint64 effectiveFromMs)
{
    Writer w;
    w.beginObject().key("prices").beginArray().endArray();
    w.key("delete").beginArray().value(utf8(priceKey(sku, storeId, effectiveFromMs))).endArray().endObject();
    return w.take();
}

std::string storeBody(const QString &storeId, const QString &name, const QString &currency, const QString &timeZone)
{
    Writer w;
    w.beginObject().field("store_id", utf8(storeId)).field("name", utf8(name)).field("currency", utf8(currency))
        .field("time_zone", utf8(timeZone)).endObject();
    return w.take();
}

std::string terminalBody(const QString &storeId, const QString &laneId, const QString &name)
{
    Writer w;
    w.beginObject().field("store_id", utf8(storeId)).field("lane_id", utf8(laneId)).field("name", utf8(name)).endObject();
    return w.take();
}

std::string enrolmentCodeBody(bool newKey)
{
    Writer w;
    w.beginObject().field("new_key", newKey).endObject();
    return w.take();
}

std::string revokeBody(const QString &reason)
{
    Writer w;
    w.beginObject().field("reason", utf8(reason)).endObject();
    return w.take();
}

QString terminalsPath(const QString &storeId)
{
    if (storeId.isEmpty())
        return QStringLiteral("/v1/admin/terminals");
    return QStringLiteral("/v1/admin/terminals?store_id=") + encoded(storeId);
}

QString terminalPath(const QString &terminalId, const QString &action)
{
    return QStringLiteral("/v1/admin/terminals/") + encoded(terminalId) + u'/' + action;
}

QString salesPath(const QString &storeId, const QString &day, const QString &pageToken)
{
    QString path = QStringLiteral("/v1/admin/sales?store_id=") + encoded(storeId) + QStringLiteral("&day=") + encoded(day);
    if (!pageToken.isEmpty())
        path += QStringLiteral("&page_token=") + encoded(pageToken);
    return path;
}

Result<> checkCode(const QString &what, const QString &value)
{
    if (value.isEmpty() || value.size() > 64 || value.trimmed() != value || hasControlCharacters(value))
        return fail(QStringLiteral("admin.bad_code"),
                    AdminText::tr("%1 must be 1 to 64 characters without leading or trailing spaces, not \"%2\"").arg(what, value));
    return {};
}

Result<> checkCurrency(const QString &code)
{
    if (auto c = Currency::fromCode(code); !c)
        return std::unexpected(c.error());
    return {};
}

Result<> checkTimeZone(const QString &ianaId)
{
    // Only names of the IANA database: Qt would also take POSIX rule strings such as "Berlin".
    if (ianaId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8()) || !QTimeZone(ianaId.toUtf8()).isValid())
        return fail(QStringLiteral("admin.bad_time_zone"),
                    AdminText::tr("unknown time zone \"%1\"; use an IANA name such as Europe/Berlin").arg(ianaId));
    return {};
}

Result<> checkDay(const QString &day)
{
    if (day.size() != 10 || !QDate::fromString(day, Qt::ISODate).isValid())
        return fail(QStringLiteral("admin.bad_day"), AdminText::tr("\"%1\" is not a day such as 2026-11-21").arg(day));
    return {};
}

} // namespace retailos::admin
