// Shared dialog pieces (see dialog_parts.h).
#include "app/ui/dialog_parts.h"

#include "app/ui/error_banner.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace retailos::ui {

namespace {
struct DialogText
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)
};
} // namespace

QDialogButtonBox *addOkCancel(QDialog *dialog, QBoxLayout *layout, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setProperty("role", u"primary"_qs);
    buttons->button(QDialogButtonBox::Cancel)->setText(DialogText::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

ErrorBanner *addErrorStrip(QDialog *dialog, QBoxLayout *layout)
{
    auto *strip = new ErrorBanner(dialog);
    layout->addWidget(strip);
    // The dialog grows when a message appears instead of squeezing the keypad.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    return strip;
}

} // namespace retailos::ui
