// Catalogue value types: a product, the price in force, and what a look-up returns.
#pragma once

#include <QString>

#include <optional>

namespace retailos {

enum class SaleUnit { Each, Kilogram };

struct Product
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString departmentId;
    QString taxClassId;
    QString plu;              // empty when the item has none
    SaleUnit unit = SaleUnit::Each;
    int ageLimit = 0;         // 0: not age-restricted
    bool returnable = true;
    bool active = true;

    [[nodiscard]] bool weighed() const { return unit == SaleUnit::Kilogram; }
    [[nodiscard]] bool ageRestricted() const { return ageLimit > 0; }
};

// A price row; amounts are minor units of `currency` (per kg for weighed items).
struct Price
{
    qint64 amountMinor = 0;
    QString currency;
    qint64 effectiveFrom = 0;              // UTC seconds
    std::optional<qint64> effectiveTo;     // exclusive; none: open-ended
};

struct CatalogueItem
{
    Product product;
    std::optional<Price> price;            // none: no price in force (cannot be sold)
};

} // namespace retailos
