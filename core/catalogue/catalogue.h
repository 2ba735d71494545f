// The lane's catalogue replica: look-ups by any barcode form, PLU or name,
// with the price in force at a given moment for this store.
#pragma once

#include "core/catalogue/product.h"
#include "core/common/result.h"
#include "core/db/database.h"

#include <QList>

namespace retailos {

class ScanParser;
struct ScannedCode;

struct ScanMatch
{
    CatalogueItem item;
    std::optional<qint64> embeddedPriceMinor;   // from a price-embedded label
    std::optional<qint64> embeddedWeightGrams;  // from a weight-embedded label
};

class Catalogue
{
public:
    // Prepares every statement once; look-ups then cost one SQLite step each.
    // The database must outlive the catalogue.
    [[nodiscard]] static Result<Catalogue> open(Database &db, QString storeId);

    Catalogue(Catalogue &&) noexcept = default;
    Catalogue &operator=(Catalogue &&) noexcept = default;

    // What the scanner or keyboard sent: parsed (any GTIN form, UPC-E, GS1,
    // price/weight labels, PLU, store code) then found.
    [[nodiscard]] Result<ScanMatch> findByScan(QStringView raw, const ScanParser &parser, qint64 atUtcSeconds);
    [[nodiscard]] Result<CatalogueItem> findByCode(const ScannedCode &code, qint64 atUtcSeconds);
    [[nodiscard]] Result<CatalogueItem> findByBarcodeKey(QStringView normalisedCode, qint64 atUtcSeconds);
    [[nodiscard]] Result<CatalogueItem> findByPlu(QStringView plu, qint64 atUtcSeconds);
    [[nodiscard]] Result<CatalogueItem> findById(qint64 productId, qint64 atUtcSeconds);

    // Words and word prefixes, accents folded, best match first.
    [[nodiscard]] Result<QList<CatalogueItem>> search(QStringView text, int limit, qint64 atUtcSeconds);

    // A department's active items by name (department keys on the lane).
    [[nodiscard]] Result<QList<CatalogueItem>> browseDepartment(QStringView departmentId, int limit,
                                                                qint64 atUtcSeconds);

    [[nodiscard]] Result<qint64> productCount();
    [[nodiscard]] QString storeId() const { return m_storeId; }

    // The FTS5 query for what a person typed: every word must match, the
    // last one (or all) as a prefix; everything but letters and digits dropped.
    [[nodiscard]] static QString searchExpression(QStringView text);

private:
    Catalogue(QString storeId, Statement byBarcode, Statement byPlu, Statement byId,
              Statement search, Statement department, Statement count);
    Result<CatalogueItem> readOne(Statement &stmt, const QString &notFoundCode, const QString &notFoundMessage);
    static Result<QList<CatalogueItem>> readAll(Statement &stmt);

    QString m_storeId;
    Statement m_byBarcode;
    Statement m_byPlu;
    Statement m_byId;
    Statement m_search;
    Statement m_department;
    Statement m_count;
};

} // namespace retailos
