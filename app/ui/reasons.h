// Reason codes a cashier picks for overrides, discounts and voids. The code
// is stored and journaled; the label is translated for the screen.
#pragma once

#include <QList>
#include <QString>

namespace retailos::ui {

struct Reason
{
    QString code;
    QString label;
};

enum class ReasonTopic { PriceChange, Discount, VoidLine, VoidSale, NoSale, TenderReversal };

[[nodiscard]] QList<Reason> reasonsFor(ReasonTopic topic);

} // namespace retailos::ui
