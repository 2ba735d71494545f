// The sign-in screen (see sign_in_page.h).
#include "app/ui/sign_in_page.h"

#include "app/ui/error_banner.h"
#include "app/ui/keypad.h"
#include "core/lane/lane_services.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace retailos::ui {

SignInPage::SignInPage(LaneContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(u"signInPage"_qs);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 2);
    outer->addStretch(1);

    auto *title = new QLabel(tr("Sign in"), this);
    title->setObjectName(u"pageTitle"_qs);
    column->addStretch(1);
    column->addWidget(title);
    auto *form = new QFormLayout;
    m_code = new QLineEdit(this);
    m_code->setObjectName(u"userCode"_qs);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Za-z]{1,16}"_qs), m_code));
    m_code->setAccessibleName(tr("Staff code"));
    m_code->setProperty("acceptsScan", true);   // a staff badge may be scanned
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(u"pin"_qs);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_qs), m_pin));
    m_pin->setAccessibleName(tr("PIN"));
    form->addRow(tr("Staff code"), m_code);
    form->addRow(tr("PIN"), m_pin);
    column->addLayout(form);
    m_message = new ErrorBanner(this);
    column->addWidget(m_message);
    auto *keypad = new Keypad(this, false);
    column->addWidget(keypad, 3);
    column->addStretch(1);

    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (!m_code->text().isEmpty())
            m_pin->setFocus();
    });
    connect(m_pin, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(keypad, &Keypad::enterPressed, this, [this] {
        if (m_code->hasFocus() && !m_code->text().isEmpty())
            m_pin->setFocus();
        else
            submit();
    });
}

void SignInPage::reset(const QString &message)
{
    m_code->clear();
    m_pin->clear();
    if (message.isEmpty())
        m_message->clearMessage();
    else
        m_message->showMessage(message, ErrorBanner::Severity::Info);
    m_code->setFocus();
}

void SignInPage::submit()
{
    if (m_code->text().isEmpty()) {
        m_code->setFocus();
        return;
    }
    auto user = m_context.lane.signIn(m_code->text(), m_pin->text());
    m_pin->clear();
    if (!user) {
        m_message->showMessage(user.error().message);
        m_pin->setFocus();
        return;
    }
    m_message->clearMessage();
    m_code->clear();
    emit signedIn();
}

} // namespace retailos::ui
