// The tax rates and classes of the replica, loaded once for pricing.
#pragma once

#include "core/common/result.h"
#include "core/tax/taxrate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace retailos {

class Database;

struct TaxTable
{
    QList<TaxRate> rates;
    QHash<QString, QList<QString>> classRates;   // tax class id → rate ids

    // "tax.unknown_class" when a product names a class the replica lacks.
    [[nodiscard]] Result<QList<QString>> ratesFor(const QString &taxClassId) const;

    [[nodiscard]] static Result<TaxTable> load(Database &db);
};

} // namespace retailos
