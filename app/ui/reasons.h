// Reason codes a cashier picks for overrides, discounts and voids. The code
// is stored and journaled; the label is translated for the screen.
#pragma once

#include <QList>
#include <QString>

#include <optional>

class QWidget;

namespace retailos::ui {

struct Reason
{
    QString code;
    QString label;
};

enum class ReasonTopic { PriceChange, Discount, VoidLine, VoidSale, NoSale, TenderReversal };

[[nodiscard]] QList<Reason> reasonsFor(ReasonTopic topic);

// Asks which reason applies (a list to pick from); nullopt when cancelled.
[[nodiscard]] std::optional<QString> pickReason(QWidget *parent, const QString &title, const QString &question,
                                                ReasonTopic topic);

} // namespace retailos::ui
