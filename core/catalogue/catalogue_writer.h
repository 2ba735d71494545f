// Writes catalogue rows into the replica: the importer, the demo generator and
// (later) sync all go through here, so every path keeps the same rules.
#pragma once

#include "core/catalogue/product.h"
#include "core/common/result.h"
#include "core/db/database.h"

#include <QList>
#include <QSet>

namespace retailos {

struct ProductRecord
{
    Product product;               // id is ignored: rows are keyed by SKU
    QList<QString> barcodeKeys;    // normalised (GTIN-14 or store code)
    // true: barcodeKeys is the product's whole set (others are detached);
    // false: they are added to what the product has.
    bool replaceBarcodes = false;
    std::optional<Price> price;
    QString priceStoreId;          // empty: the price applies to every store
};

struct TaxRateRow { QString id; QString name; qint64 ratePpm = 0; };
struct TaxClassRow { QString id; QString name; QList<QString> rateIds; };

// GTIN-14 with a valid check digit, or a store code as the scan parser keys it.
[[nodiscard]] bool isCatalogueBarcodeKey(QStringView key);

class CatalogueWriter
{
public:
    [[nodiscard]] static Result<CatalogueWriter> open(Database &db);
    CatalogueWriter(CatalogueWriter &&) noexcept = default;

    [[nodiscard]] Result<> putDepartment(const QString &id, const QString &name);
    [[nodiscard]] Result<> putTaxRate(const TaxRateRow &rate);
    [[nodiscard]] Result<> putTaxClass(const TaxClassRow &taxClass);
    [[nodiscard]] Result<bool> departmentExists(const QString &id);
    [[nodiscard]] Result<bool> taxClassExists(const QString &id);

    // Inserts or updates the product with this SKU (rows that did not change
    // are left alone, so their search entry and change stamp stay), attaches
    // its barcodes and records its price, replacing a price with the same
    // start for the same store. Refuses, before writing anything, a barcode
    // or PLU of another SKU ("catalogue.barcode_taken", "catalogue.plu_taken")
    // and keys that are not normalised ("catalogue.bad_key"). Returns the id.
    [[nodiscard]] Result<qint64> upsert(const ProductRecord &record, qint64 nowUtcSeconds);

private:
    CatalogueWriter(Database &db, Statement department, Statement departmentExists, Statement taxClassExists,
                    Statement product, Statement productId, Statement barcode, Statement barcodeOwner,
                    Statement pluOwner, Statement clearBarcodes, Statement deletePrice, Statement insertPrice);

    Database *m_db;
    Statement m_department;
    Statement m_departmentExists;
    Statement m_taxClassExists;
    Statement m_product;
    Statement m_productId;
    Statement m_barcode;
    Statement m_barcodeOwner;
    Statement m_pluOwner;
    Statement m_clearBarcodes;
    Statement m_deletePrice;
    Statement m_insertPrice;
};

} // namespace retailos
