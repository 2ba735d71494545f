// The supervisor-approval dialog (see approval_dialog.h).
#include "app/ui/approval_dialog.h"

#include "app/ui/dialog_parts.h"
#include "app/ui/error_banner.h"
#include "app/ui/keypad.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace retailos::ui {

ApprovalDialog::ApprovalDialog(const QString &action, const QList<Reason> &reasons, const QString &preselectedReason,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"approvalDialog"_qs);
    setWindowTitle(tr("Supervisor approval"));
    // Wide enough that the wrapped title never squeezes the keypad.
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("%1 needs a supervisor.").arg(action), this);
    title->setObjectName(u"pageTitle"_qs);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"approverCode"_qs);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Za-z]{1,16}"_qs), m_code));
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(u"approverPin"_qs);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_qs), m_pin));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(u"approvalReason"_qs);
    for (const Reason &r : reasons)
        m_reason->addItem(r.label, r.code);
    if (const int at = m_reason->findData(preselectedReason); at >= 0)
        m_reason->setCurrentIndex(at);
    form->addRow(tr("Supervisor code"), m_code);
    form->addRow(tr("PIN"), m_pin);
    if (!reasons.isEmpty())
        form->addRow(tr("Reason"), m_reason);
    else
        m_reason->hide();
    layout->addLayout(form);

    m_error = addErrorStrip(this, layout);

    auto *keypad = new Keypad(this, false);
    layout->addWidget(keypad);
    auto *buttons = addOkCancel(this, layout, tr("Approve"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accepting);
    connect(keypad, &Keypad::enterPressed, this, &ApprovalDialog::accepting);
    // Enter in the code field moves on to the PIN, as at sign-in.
    connect(m_code, &QLineEdit::returnPressed, this, [this] { m_pin->setFocus(); });
    m_code->setFocus();
}

void ApprovalDialog::accepting()
{
    if (m_code->text().isEmpty()) {
        m_code->setFocus();
        return;
    }
    if (m_pin->text().isEmpty()) {
        m_pin->setFocus();
        return;
    }
    accept();
}

ApprovalRequest ApprovalDialog::request() const
{
    return {m_code->text(), m_pin->text(), m_reason->currentData().toString()};
}

void ApprovalDialog::showError(const QString &message)
{
    m_error->showMessage(message);
    m_pin->clear();
    m_pin->setFocus();
}

} // namespace retailos::ui
