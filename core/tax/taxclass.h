// A product's tax class: which rates apply to items of that class.
#pragma once

#include <QList>
#include <QString>

namespace retailos {

// Several rates are allowed (US state + county + city). They are not
// compound: each applies to the same net base, never to another rate's tax.
// An empty rate list means the class is exempt.
struct TaxClass
{
    QString id;
    QString name;
    QList<QString> rateIds;

    friend bool operator==(const TaxClass &, const TaxClass &) = default;
};

} // namespace retailos
