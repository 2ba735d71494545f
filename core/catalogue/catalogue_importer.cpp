// Catalogue CSV import (see catalogue_importer.h and docs/catalogue-csv.md).
#include "core/catalogue/catalogue_importer.h"

#include "core/barcode/gtin.h"
#include "core/barcode/scan_parser.h"
#include "core/catalogue/catalogue_writer.h"
#include "core/csv/csv_reader.h"
#include "core/db/database.h"
#include "core/money/money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <array>

namespace retailos {

namespace {

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

Result<ImportReport> importCatalogueCsv(Database &db, QIODevice &csv, const ImportOptions &options)
{
    CsvReader reader(&csv);
    CsvRecord record;
    auto hasHeader = reader.next(record);
    if (!hasHeader)
        return std::unexpected(hasHeader.error());
    if (!*hasHeader)
        return fail(QStringLiteral("import.empty"), ImportText::tr("The file is empty; expected a header row."));

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
    const qsizetype fieldCount = record.fields.size();

    auto defaultCurrency = Currency::fromCode(options.defaultCurrency);
    if (!defaultCurrency)
        return std::unexpected(defaultCurrency.error());

    auto writer = CatalogueWriter::open(db);
    if (!writer)
        return std::unexpected(writer.error());
    // Remembers each SKU's line so a repeated row is reported, not silently merged.
    if (auto r = db.exec("CREATE TEMP TABLE IF NOT EXISTS import_seen(sku TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID;"
                         "DELETE FROM import_seen;"); !r)
        return std::unexpected(r.error());
    auto seen = db.prepare("INSERT INTO import_seen(sku, line) VALUES (?1, ?2) ON CONFLICT(sku) DO NOTHING");
    auto seenLine = db.prepare("SELECT line FROM import_seen WHERE sku = ?1");
    if (!seen || !seenLine)
        return std::unexpected(!seen ? seen.error() : seenLine.error());

    const ScanParser barcodeParser(options.scanRules);
    QHash<QString, bool> taxClasses;
    QSet<QString> departments;

    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());

    ImportReport report;
    auto note = [&](const ImportIssue &issue) {
        if (report.issues.size() < options.maxReportedIssues)
            report.issues.append(issue);
    };

    while (true) {
        auto more = reader.next(record);
        if (!more) // broken quoting or encoding: nothing after it can be trusted
            return std::unexpected(more.error());
        if (!*more)
            break;
        ++report.rowsRead;
        RowErrors row;
        row.line = record.line;
        if (record.fields.size() != fieldCount) {
            row.issues.append(ImportIssue{record.line, QString(),
                ImportText::tr("expected %1 fields like the header, found %2").arg(fieldCount).arg(record.fields.size())});
        } else {
            auto field = [&](Column c) -> QString {
                const int i = position[size_t(c)];
                return i < 0 ? QString() : record.fields.at(i).trimmed();
            };
            ProductRecord product;
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
            auto known = taxClasses.constFind(p.taxClassId);
            if (known == taxClasses.constEnd()) {
                auto exists = writer->taxClassExists(p.taxClassId);
                if (!exists)
                    return std::unexpected(exists.error());
                known = taxClasses.insert(p.taxClassId, *exists);
            }
            if (!*known)
                row.add(ColTaxClass, ImportText::tr("unknown tax class \"%1\"").arg(p.taxClassId));

            Currency currency = *defaultCurrency;
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
                if (!digits || keyed.size() < options.scanRules.pluMinDigits
                    || keyed.size() > options.scanRules.pluMaxDigits)
                    row.add(ColPlu, ImportText::tr("a PLU has %1 to %2 digits, not \"%3\"")
                                        .arg(options.scanRules.pluMinDigits).arg(options.scanRules.pluMaxDigits).arg(p.plu));
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
                auto key = catalogueBarcodeKey(code.trimmed(), barcodeParser);
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

            if (row.issues.isEmpty() && amount) {
                product.price = Price{amount->minorUnits(), currency.code(), from, to};
                // One row per SKU and price start (and store): more rows for a SKU schedule its prices.
                const QString key = p.sku + u'\x1f' + QString::number(from) + u'\x1f' + product.priceStoreId;
                seen->bind(1, key).bind(2, record.line);
                if (auto r = seen->run(); !r)
                    return std::unexpected(r.error());
                if (db.changes() == 0) {
                    seenLine->bind(1, key);
                    (void)seenLine->step();
                    const qint64 first = seenLine->int64(0);
                    seenLine->reset();
                    row.add(ColSku, ImportText::tr("the SKU %1 with this price start already appears on line %2").arg(p.sku).arg(first));
                }
            }
            if (row.issues.isEmpty() && !departments.contains(p.departmentId)) {
                auto exists = writer->departmentExists(p.departmentId);
                if (!exists)
                    return std::unexpected(exists.error());
                if (!*exists) {
                    if (auto r = writer->putDepartment(p.departmentId, p.departmentId); !r)
                        return std::unexpected(r.error());
                }
                departments.insert(p.departmentId);
            }
            if (row.issues.isEmpty()) {
                auto id = writer->upsert(product, options.nowUtcSeconds);
                if (!id) {
                    if (id.error().code == u"catalogue.plu_taken")
                        row.add(ColPlu, id.error().message);
                    else if (id.error().code == u"catalogue.barcode_taken" || id.error().code == u"catalogue.bad_key")
                        row.add(ColBarcodes, id.error().message);
                    else
                        return std::unexpected(id.error());
                }
            }
        }
        if (row.issues.isEmpty()) {
            ++report.imported;
        } else {
            ++report.rejected;
            for (const ImportIssue &issue : std::as_const(row.issues))
                note(issue);
        }
    }

    if (report.rejected > 0 && !options.skipBadRows) {
        report.imported = 0;
        return report; // the transaction rolls back: nothing from this file is kept
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    report.committed = true;
    return report;
}

} // namespace retailos
