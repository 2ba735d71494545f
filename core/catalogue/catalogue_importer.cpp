// Catalogue CSV import (see catalogue_importer.h and docs/catalogue-csv.md).
#include "core/catalogue/catalogue_importer.h"

#include "core/catalogue/catalogue_csv_rows.h"
#include "core/catalogue/catalogue_writer.h"
#include "core/csv/csv_reader.h"
#include "core/db/database.h"

#include <QCoreApplication>
#include <QSet>

namespace retailos {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueImport)
};

// Issues the database finds in a row the row reader passed.
struct RowIssues
{
    QList<ImportIssue> issues;
    qint64 line = 0;
    void add(const char16_t *column, const QString &message)
    {
        issues.append(ImportIssue{line, QString::fromUtf16(column), message});
    }
};

} // namespace

Result<ImportReport> importCatalogueCsv(Database &db, QIODevice &csv, const ImportOptions &options)
{
    CsvReader reader(&csv);
    CsvRecord record;
    auto rows = CatalogueCsvRows::readHeader(reader, options.defaultCurrency, options.scanRules);
    if (!rows)
        return std::unexpected(rows.error());

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

    rows->setTaxClassLookup([&writer](const QString &id) { return writer->taxClassExists(id); });
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
        auto parsed = rows->parse(record);
        if (!parsed)
            return std::unexpected(parsed.error());
        RowIssues row{parsed->issues, record.line};
        const ProductRecord &product = parsed->product;
        const Product &p = product.product;
        if (row.issues.isEmpty()) {
            // One row per SKU and price start (and store): more rows for a SKU schedule its prices.
            const QString key = CatalogueCsvRows::duplicateKey(product);
            seen->bind(1, key).bind(2, record.line);
            if (auto r = seen->run(); !r)
                return std::unexpected(r.error());
            if (db.changes() == 0) {
                seenLine->bind(1, key);
                (void)seenLine->step();
                const qint64 first = seenLine->int64(0);
                seenLine->reset();
                row.add(u"sku", ImportText::tr("the SKU %1 with this price start already appears on line %2").arg(p.sku).arg(first));
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
                    row.add(u"plu", id.error().message);
                else if (id.error().code == u"catalogue.barcode_taken" || id.error().code == u"catalogue.bad_key")
                    row.add(u"barcodes", id.error().message);
                else
                    return std::unexpected(id.error());
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
