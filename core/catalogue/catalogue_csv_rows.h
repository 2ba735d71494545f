// The rows of a catalogue CSV (docs/catalogue-csv.md) read and checked without
// a database: the lane's importer writes them into its replica, retailos-admin
// sends them to the server. Both report a bad row with the same line, column
// and words.
#pragma once

#include "core/barcode/scan_parser.h"
#include "core/barcode/scan_rules.h"
#include "core/catalogue/catalogue_writer.h"
#include "core/common/result.h"
#include "core/csv/csv_reader.h"
#include "core/money/currency.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <functional>

namespace retailos {

struct ImportIssue
{
    qint64 line = 0;
    QString column;     // empty when the whole row is at fault
    QString message;
};

// The columns a catalogue CSV may have; the first five are required.
[[nodiscard]] QList<QString> catalogueCsvColumns();

struct CatalogueRowRules
{
    Currency defaultCurrency;      // when a row has no currency
    // The lane's scan rules: a barcode is accepted only in a form a scan can
    // find, and PLUs have the lengths a cashier can key.
    ScanRules scanRules = ScanRules::defaults();
    // Whether a tax class exists (asked once per class); empty: not checked
    // here (the server checks it). An error of the look-up stops the import.
    std::function<Result<bool>(const QString &taxClassId)> taxClassExists;
};

struct CatalogueCsvRow
{
    qint64 line = 0;
    ProductRecord product;         // product.price set when the row has no issue
    QList<ImportIssue> issues;     // empty: the row is good
};

// Reads the header row, then one row at a time. Checks everything a row can
// be checked for on its own; a SKU repeated with the same price start and
// store, department creation and barcode/PLU ownership are the caller's.
class CatalogueCsvRows
{
public:
    // "import.header" for an unknown, repeated or missing column.
    [[nodiscard]] static Result<CatalogueCsvRows> fromHeader(const CsvRecord &header, CatalogueRowRules rules);
    // Reads the header row from `reader` ("import.empty" for an empty file);
    // rows without a currency get `defaultCurrency` (an ISO 4217 code).
    [[nodiscard]] static Result<CatalogueCsvRows> readHeader(CsvReader &reader, const QString &defaultCurrency,
                                                             ScanRules scanRules);

    // Fails only when rules.taxClassExists fails; a bad row is a row with issues.
    [[nodiscard]] Result<CatalogueCsvRow> parse(const CsvRecord &record);

    [[nodiscard]] bool hasColumn(const QString &name) const;

    // For a caller that can only open its look-up after the header was read.
    void setTaxClassLookup(std::function<Result<bool>(const QString &taxClassId)> lookup)
    {
        m_rules.taxClassExists = std::move(lookup);
        m_taxClasses.clear();
    }

    // The key that must be unique within one file: SKU, price start, store.
    [[nodiscard]] static QString duplicateKey(const ProductRecord &product);

private:
    static constexpr int kColumnCount = 15;
    CatalogueCsvRows(std::array<int, kColumnCount> position, qsizetype fieldCount, CatalogueRowRules rules);

    std::array<int, kColumnCount> m_position;
    qsizetype m_fieldCount = 0;
    CatalogueRowRules m_rules;
    ScanParser m_barcodeParser;
    QHash<QString, bool> m_taxClasses;
};

} // namespace retailos
