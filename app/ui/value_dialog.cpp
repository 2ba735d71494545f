// The one-value dialog (see value_dialog.h).
#include "app/ui/value_dialog.h"

#include "app/ui/dialog_parts.h"
#include "app/ui/error_banner.h"
#include "app/ui/keypad.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace retailos::ui {

ValueDialog::ValueDialog(const QString &title, const QString &prompt, const QList<Reason> &reasons, Apply apply,
                         QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    setObjectName(u"valueDialog"_qs);
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(prompt, this);
    m_prompt->setObjectName(u"pageTitle"_qs);
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);
    m_input = new QLineEdit(this);
    m_input->setObjectName(u"valueInput"_qs);
    layout->addWidget(m_input);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"valueReason"_qs);
    for (const Reason &r : reasons)
        m_reason->addItem(r.label, r.code);
    m_reason->setVisible(!reasons.isEmpty());
    layout->addWidget(m_reason);
    m_error = addErrorStrip(this, layout);
    auto *keypad = new Keypad(this);
    layout->addWidget(keypad);
    auto *buttons = addOkCancel(this, layout, tr("OK"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ValueDialog::submit);
    connect(keypad, &Keypad::enterPressed, this, &ValueDialog::submit);
    m_input->setFocus();
}

void ValueDialog::setText(const QString &text)
{
    m_input->setText(text);
    m_input->selectAll();
}

QString ValueDialog::text() const
{
    return m_input->text();
}

void ValueDialog::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
}

void ValueDialog::submit()
{
    const QString problem = m_apply(m_input->text(), m_reason->currentData().toString());
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_error->showMessage(problem);
    m_input->selectAll();
    m_input->setFocus();
}

} // namespace retailos::ui
