// The reason lists (see reasons.h).
#include "app/ui/reasons.h"

#include <QCoreApplication>
#include <QInputDialog>

namespace retailos::ui {

namespace {
struct ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(Reasons)
};
} // namespace

QList<Reason> reasonsFor(ReasonTopic topic)
{
    switch (topic) {
    case ReasonTopic::PriceChange:
        return {{u"shelf_price"_qs, ReasonText::tr("Shelf price differs")},
                {u"price_match"_qs, ReasonText::tr("Price match")},
                {u"damaged"_qs, ReasonText::tr("Damaged item")},
                {u"other"_qs, ReasonText::tr("Other")}};
    case ReasonTopic::Discount:
        return {{u"damaged"_qs, ReasonText::tr("Damaged item")},
                {u"goodwill"_qs, ReasonText::tr("Customer goodwill")},
                {u"staff"_qs, ReasonText::tr("Staff discount")},
                {u"other"_qs, ReasonText::tr("Other")}};
    case ReasonTopic::VoidLine:
        return {{u"scan_error"_qs, ReasonText::tr("Scanned by mistake")},
                {u"customer_declined"_qs, ReasonText::tr("Customer does not want it")},
                {u"age_refused"_qs, ReasonText::tr("Age check failed")},
                {u"other"_qs, ReasonText::tr("Other")}};
    case ReasonTopic::VoidSale:
        return {{u"customer_left"_qs, ReasonText::tr("Customer left")},
                {u"cannot_pay"_qs, ReasonText::tr("Customer cannot pay")},
                {u"cashier_error"_qs, ReasonText::tr("Cashier error")},
                {u"other"_qs, ReasonText::tr("Other")}};
    case ReasonTopic::NoSale:
        return {{u"change_given"_qs, ReasonText::tr("Change for a customer")},
                {u"till_check"_qs, ReasonText::tr("Till check")},
                {u"other"_qs, ReasonText::tr("Other")}};
    case ReasonTopic::TenderReversal:
        return {{u"customer_changed_mind"_qs, ReasonText::tr("Customer pays another way")},
                {u"cashier_error"_qs, ReasonText::tr("Cashier error")},
                {u"other"_qs, ReasonText::tr("Other")}};
    }
    return {};
}

std::optional<QString> pickReason(QWidget *parent, const QString &title, const QString &question, ReasonTopic topic)
{
    const QList<Reason> reasons = reasonsFor(topic);
    QStringList labels;
    for (const Reason &r : reasons)
        labels.append(r.label);
    QInputDialog dialog(parent);
    dialog.setObjectName(u"reasonDialog"_qs);
    dialog.setWindowTitle(title);
    dialog.setLabelText(question);
    dialog.setComboBoxItems(labels);
    dialog.setComboBoxEditable(false);
    dialog.setOkButtonText(ReasonText::tr("OK"));
    dialog.setCancelButtonText(ReasonText::tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const qsizetype at = labels.indexOf(dialog.textValue());
    if (at < 0)
        return std::nullopt;
    return reasons.at(at).code;
}

} // namespace retailos::ui
