// Loading the tax table from the replica (see tax_table.h).
#include "core/catalogue/tax_table.h"

#include "core/db/database.h"

#include <QCoreApplication>

namespace retailos {

Result<QList<QString>> TaxTable::ratesFor(const QString &taxClassId) const
{
    auto it = classRates.constFind(taxClassId);
    if (it == classRates.constEnd())
        return fail(QStringLiteral("tax.unknown_class"),
                    QCoreApplication::translate("Tax", "The tax class \"%1\" is not set up on this lane.").arg(taxClassId));
    return *it;
}

Result<TaxTable> TaxTable::load(Database &db)
{
    TaxTable table;
    auto rates = db.prepare("SELECT id, name, rate_ppm FROM tax_rates ORDER BY id");
    if (!rates)
        return std::unexpected(rates.error());
    while (true) {
        auto row = rates->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        table.rates.append(TaxRate{rates->text(0), rates->text(1), rates->int64(2)});
    }
    auto classes = db.prepare("SELECT c.id, r.tax_rate_id FROM tax_classes c "
                              "LEFT JOIN tax_class_rates r ON r.tax_class_id = c.id ORDER BY c.id, r.tax_rate_id");
    if (!classes)
        return std::unexpected(classes.error());
    while (true) {
        auto row = classes->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        QList<QString> &list = table.classRates[classes->text(0)];
        if (!classes->isNull(1))
            list.append(classes->text(1));
    }
    return table;
}

} // namespace retailos
