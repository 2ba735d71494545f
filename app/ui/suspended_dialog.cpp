// The parked-sales picker (see suspended_dialog.h).
#include "app/ui/suspended_dialog.h"

#include "app/ui/dialog_parts.h"
#include "core/money/money_format.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace retailos::ui {

SuspendedDialog::SuspendedDialog(const QList<SuspendedSaleInfo> &sales, Currency currency, const QLocale &locale,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"suspendedDialog"_qs);
    setWindowTitle(tr("Parked sales"));
    setMinimumWidth(640);   // time, items, total and cashier on one line
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"suspendedList"_qs);
    for (const SuspendedSaleInfo &info : sales) {
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(info.suspendedAtUtcMs).toLocalTime().time(),
                                             QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1 · %n item(s) · %2 · cashier %3", nullptr, int(info.itemCount))
                                             .arg(when, formatMoney(Money(info.totalMinor, currency), locale),
                                                  info.cashierId),
                                         m_list);
        item->setData(Qt::UserRole, info.id);
    }
    m_list->setCurrentRow(0);
    layout->addWidget(m_list);
    auto *buttons = addOkCancel(this, layout, tr("Resume"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_list->setFocus();
}

QString SuspendedDialog::selectedId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace retailos::ui
