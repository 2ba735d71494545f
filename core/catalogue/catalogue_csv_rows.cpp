// Catalogue CSV rows (see catalogue_csv_rows.h and docs/catalogue-csv.md).
#include "core/catalogue/catalogue_csv_rows.h"

#include "core/barcode/gtin.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace retailos {

namespace {

// The importer's translation context, so existing translations still apply.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)
};

enum Column { ColSku, ColName, ColDepartment, ColTaxClass, ColPrice, ColCurrency, ColBarcodes, ColPlu, ColUnit,
              ColAgeLimit, ColReturnable, ColActive, ColPriceFrom, ColPriceTo, ColStore, ColumnCount };

constexpr std::array<const char16_t *, ColumnCount> kColumns{
    u"sku", u"name", u"department", u"tax_class", u"price", u"currency", u"barcodes", u"plu", u"unit",
    u"age_limit", u"returnable", u"active", u"price_from", u"price_to", u"store"};
constexpr int kRequiredColumns = 5;

struct RowErrors
{
    QList<ImportIssue> issues;
    qint64 line = 0;
    void add(Column column, const QString &message)
    {
        issues.append(ImportIssue{line, QString::fromUtf16(kColumns[size_t(column)]), message});
    }
};

std::optional<bool> parseFlag(const QString &text, bool fallback)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return fallback;
    if (t == u"1" || t == u"yes" || t == u"y" || t == u"true")
        return true;
    if (t == u"0" || t == u"no" || t == u"n" || t == u"false")
        return false;
    return std::nullopt;
}

// ISO 8601 date or date-time; a date alone or a time without zone is the
// store's local time (the machine's zone), as a price list means it.
std::optional<qint64> parseMoment(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        dt = date.startOfDay();
    }
    return dt.toSecsSinceEpoch();
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// The key a scan of this code will look up, so a code is stored only in a
// form the lane can find: GTINs as any scan form normalises them, prefix
// 20-29 codes in the zeroed form their label rule looks up, store codes.
Result<QString> catalogueBarcodeKey(const QString &code, const ScanParser &parser)
{
    auto scanned = parser.parse(code);
    if (!scanned)
        return std::unexpected(scanned.error());
    if (scanned->lookupKind == LookupKind::Plu)
        return fail(QStringLiteral("import.plu_in_barcodes"),
                    ImportText::tr("this code is read as a PLU (by its length or its label rule); "
                                   "put the PLU in the plu column"));
    if (scanned->gs1)
        return fail(QStringLiteral("import.gs1_in_barcodes"),
                    ImportText::tr("list the GTIN alone, not a GS1 element string"));
    return scanned->lookupKey;
}

} // namespace

QList<QString> catalogueCsvColumns()
{
    QList<QString> names;
    for (const char16_t *c : kColumns)
        names.append(QString::fromUtf16(c));
    return names;
}

CatalogueCsvRows::CatalogueCsvRows(std::array<int, kColumnCount> position, qsizetype fieldCount, CatalogueRowRules rules)
    : m_position(position), m_fieldCount(fieldCount), m_rules(std::move(rules)), m_barcodeParser(m_rules.scanRules)
{
}

Result<CatalogueCsvRows> CatalogueCsvRows::readHeader(CsvReader &reader, const QString &defaultCurrency,
                                                      ScanRules scanRules)
{
    CsvRecord record;
    auto hasHeader = reader.next(record);
    if (!hasHeader)
        return std::unexpected(hasHeader.error());
    if (!*hasHeader)
        return fail(QStringLiteral("import.empty"), ImportText::tr("The file is empty; expected a header row."));
    auto currency = Currency::fromCode(defaultCurrency);
    auto rows = fromHeader(record, CatalogueRowRules{currency.value_or(Currency()), std::move(scanRules), {}});
    if (!rows)
        return std::unexpected(rows.error());
    if (!currency)
        return std::unexpected(currency.error());
    return rows;
}

Result<CatalogueCsvRows> CatalogueCsvRows::fromHeader(const CsvRecord &record, CatalogueRowRules rules)
{
    static_assert(kColumnCount == ColumnCount);
    std::array<int, ColumnCount> position;
    position.fill(-1);
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).trimmed().toLower();
        const auto *it = std::find_if(kColumns.begin(), kColumns.end(),
                                      [&](const char16_t *c) { return name == QStringView(c); });
        if (it == kColumns.end())
            return fail(QStringLiteral("import.header"),
                        ImportText::tr("line 1: unknown column \"%1\"; the columns are %2.")
                            .arg(record.fields.at(i), catalogueCsvColumns().join(QStringLiteral(", "))));
        const auto column = size_t(it - kColumns.begin());
        if (position[column] >= 0)
            return fail(QStringLiteral("import.header"), ImportText::tr("line 1: the column \"%1\" appears twice.").arg(name));
        position[column] = i;
    }
    for (int c = 0; c < kRequiredColumns; ++c) {
        if (position[size_t(c)] < 0)
            return fail(QStringLiteral("import.header"),
                        ImportText::tr("line 1: the required column \"%1\" is missing.").arg(QString::fromUtf16(kColumns[size_t(c)])));
    }
    return CatalogueCsvRows(position, record.fields.size(), std::move(rules));
}

bool CatalogueCsvRows::hasColumn(const QString &name) const
{
    for (size_t c = 0; c < kColumns.size(); ++c) {
        if (name == QStringView(kColumns[c]))
            return m_position[c] >= 0;
    }
    return false;
}

QString CatalogueCsvRows::duplicateKey(const ProductRecord &product)
{
    const qint64 from = product.price ? product.price->effectiveFrom : 0;
    return product.product.sku + u'\x1f' + QString::number(from) + u'\x1f' + product.priceStoreId;
}

Result<CatalogueCsvRow> CatalogueCsvRows::parse(const CsvRecord &record)
{
    CatalogueCsvRow result;
    result.line = record.line;
    RowErrors row;
    row.line = record.line;
    if (record.fields.size() != m_fieldCount) {
        result.issues.append(ImportIssue{record.line, QString(),
            ImportText::tr("expected %1 fields like the header, found %2").arg(m_fieldCount).arg(record.fields.size())});
        return result;
    }
    const auto &position = m_position;
    auto field = [&](Column c) -> QString {
        const int i = position[size_t(c)];
        return i < 0 ? QString() : record.fields.at(i).trimmed();
    };
    ProductRecord &product = result.product;
    Product &p = product.product;
    p.sku = field(ColSku);
    if (p.sku.isEmpty() || p.sku.size() > 64 || hasControlCharacters(p.sku))
        row.add(ColSku, ImportText::tr("a SKU of 1 to 64 printable characters is required"));
    p.name = field(ColName);
    if (p.name.isEmpty() || p.name.size() > 200 || hasControlCharacters(p.name))
        row.add(ColName, ImportText::tr("a name of 1 to 200 printable characters is required"));
    p.departmentId = field(ColDepartment);
    if (p.departmentId.isEmpty() || p.departmentId.size() > 64)
        row.add(ColDepartment, ImportText::tr("a department of 1 to 64 characters is required"));
    p.taxClassId = field(ColTaxClass);
    if (m_rules.taxClassExists) {
        auto known = m_taxClasses.constFind(p.taxClassId);
        if (known == m_taxClasses.constEnd()) {
            auto exists = m_rules.taxClassExists(p.taxClassId);
            if (!exists)
                return std::unexpected(exists.error());
            known = m_taxClasses.insert(p.taxClassId, *exists);
        }
        if (!*known)
            row.add(ColTaxClass, ImportText::tr("unknown tax class \"%1\"").arg(p.taxClassId));
    } else if (p.taxClassId.isEmpty() || p.taxClassId.size() > 64 || hasControlCharacters(p.taxClassId)) {
        row.add(ColTaxClass, ImportText::tr("unknown tax class \"%1\"").arg(p.taxClassId));
    }

    Currency currency = m_rules.defaultCurrency;
    if (const QString code = field(ColCurrency); !code.isEmpty()) {
        auto c = Currency::fromCode(code);
        if (c)
            currency = *c;
        else
            row.add(ColCurrency, c.error().message);
    }
    auto amount = Money::fromString(field(ColPrice), currency);
    if (!amount)
        row.add(ColPrice, ImportText::tr("bad price \"%1\": %2").arg(field(ColPrice), amount.error().message));
    else if (amount->isNegative())
        row.add(ColPrice, ImportText::tr("the price must not be negative"));

    const QString unit = field(ColUnit).toLower();
    if (unit == u"kg")
        p.unit = SaleUnit::Kilogram;
    else if (!unit.isEmpty() && unit != u"each")
        row.add(ColUnit, ImportText::tr("unit must be \"each\" or \"kg\", not \"%1\"").arg(unit));

    p.plu = field(ColPlu);
    if (!p.plu.isEmpty()) {
        bool digits = true;
        for (const QChar c : p.plu)
            digits = digits && c.isDigit();
        const QString keyed = digits ? QString::number(p.plu.toLongLong()) : QString(); // no leading zeros
        if (!digits || keyed.size() < m_rules.scanRules.pluMinDigits || keyed.size() > m_rules.scanRules.pluMaxDigits)
            row.add(ColPlu, ImportText::tr("a PLU has %1 to %2 digits, not \"%3\"")
                                .arg(m_rules.scanRules.pluMinDigits).arg(m_rules.scanRules.pluMaxDigits).arg(p.plu));
        else
            p.plu = keyed;
    }
    if (const QString age = field(ColAgeLimit); !age.isEmpty()) {
        bool ok = false;
        const int value = age.toInt(&ok);
        if (!ok || value < 0 || value > 99)
            row.add(ColAgeLimit, ImportText::tr("age limit must be a whole number from 0 to 99"));
        else
            p.ageLimit = value;
    }
    if (auto flag = parseFlag(field(ColReturnable), true))
        p.returnable = *flag;
    else
        row.add(ColReturnable, ImportText::tr("use yes or no"));
    if (auto flag = parseFlag(field(ColActive), true))
        p.active = *flag;
    else
        row.add(ColActive, ImportText::tr("use yes or no"));

    const QString barcodes = field(ColBarcodes);
    product.replaceBarcodes = position[ColBarcodes] >= 0;
    for (const QString &code : barcodes.split(u'|', Qt::SkipEmptyParts)) {
        auto key = catalogueBarcodeKey(code.trimmed(), m_barcodeParser);
        if (!key)
            row.add(ColBarcodes, ImportText::tr("barcode \"%1\": %2").arg(code.trimmed(), key.error().message));
        else if (!product.barcodeKeys.contains(*key))
            product.barcodeKeys.append(*key);
    }

    qint64 from = 0;
    if (const QString text = field(ColPriceFrom); !text.isEmpty()) {
        if (auto moment = parseMoment(text))
            from = *moment;
        else
            row.add(ColPriceFrom, ImportText::tr("\"%1\" is not an ISO date such as 2026-12-01").arg(text));
    }
    std::optional<qint64> to;
    if (const QString text = field(ColPriceTo); !text.isEmpty()) {
        to = parseMoment(text);
        if (!to)
            row.add(ColPriceTo, ImportText::tr("\"%1\" is not an ISO date such as 2026-12-31").arg(text));
        else if (*to <= from)
            row.add(ColPriceTo, ImportText::tr("the price must end after it starts"));
    }
    product.priceStoreId = field(ColStore);

    if (row.issues.isEmpty() && amount)
        product.price = Price{amount->minorUnits(), currency.code(), from, to};
    result.issues = std::move(row.issues);
    return result;
}

} // namespace retailos
