// Picks a parked sale to bring back: when it was parked, by whom, items, total.
#pragma once

#include "core/money/currency.h"
#include "core/sale/sale_store.h"

#include <QDialog>
#include <QLocale>

class QListWidget;

namespace retailos::ui {

class SuspendedDialog : public QDialog
{
    Q_OBJECT

public:
    SuspendedDialog(const QList<SuspendedSaleInfo> &sales, Currency currency, const QLocale &locale,
                    QWidget *parent = nullptr);

    [[nodiscard]] QString selectedId() const;

private:
    QListWidget *m_list = nullptr;
};

} // namespace retailos::ui
