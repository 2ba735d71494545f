// One tax rate as configured: VAT 19%, NY state 4%, Cook County 1.75%…
#pragma once

#include <QString>

namespace retailos {

struct TaxRate
{
    QString id;   // stable key referenced by tax classes and lines ("de.vat.standard")
    QString name; // printed on the receipt ("MwSt. 19 %")
    qint64 ratePpm = 0; // parts per million: 19% = 190000, 8.875% = 88750; 0 = zero-rated

    friend bool operator==(const TaxRate &, const TaxRate &) = default;
};

} // namespace retailos
