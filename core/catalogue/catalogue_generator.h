// Realistic demo and benchmark catalogues of any size: valid GTINs, departments,
// tax classes, names from word lists, weighed PLU items, age-restricted goods
// and scheduled price changes. Deterministic for a given seed.
#pragma once

#include "core/catalogue/catalogue_writer.h"
#include "core/common/result.h"

#include <QIODevice>
#include <QList>

namespace retailos {

class Database;

struct GeneratorOptions
{
    qint64 items = 1000;
    quint32 seed = 20261122;
    QString currency = QStringLiteral("EUR");
    qint64 nowUtcSeconds = 0;
    int scheduledChangePercent = 2;        // items that also get a future price
    qint64 scheduledChangeDelaySeconds = 7 * 24 * 3600;
};

struct GeneratedItem
{
    ProductRecord record;                  // with its price in force from time 0
    QString barcode;                       // as printed on the pack (EAN-13, UPC-A)
    std::optional<Price> scheduledPrice;   // a later price, when the item has one
};

class CatalogueGenerator
{
public:
    explicit CatalogueGenerator(GeneratorOptions options);

    // Item i of the catalogue (0-based); the same i always gives the same item.
    [[nodiscard]] GeneratedItem item(qint64 index) const;

    [[nodiscard]] static QList<TaxRateRow> taxRates();
    [[nodiscard]] static QList<TaxClassRow> taxClasses();
    [[nodiscard]] static QList<std::pair<QString, QString>> departments();   // id, name
    // The words names are built from, for search benchmarks.
    [[nodiscard]] static QList<QString> nameWords();

    // The whole catalogue as catalogue CSV (docs/catalogue-csv.md).
    [[nodiscard]] Result<> writeCsv(QIODevice &out) const;
    // Straight into a replica: taxes, departments and items in one transaction.
    [[nodiscard]] Result<qint64> writeDatabase(Database &db) const;
    // Tax rates, classes and departments only (what an import needs first).
    [[nodiscard]] static Result<> writeReferenceData(Database &db);

private:
    GeneratorOptions m_options;
};

} // namespace retailos
