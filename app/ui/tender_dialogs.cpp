// Card, gift card and store credit dialogs (see tender_dialogs.h).
#include "app/ui/tender_dialogs.h"

#include "app/ui/dialog_parts.h"
#include "app/ui/error_banner.h"
#include "app/ui/input_parsing.h"
#include "app/ui/keypad.h"
#include "core/money/money_format.h"
#include "core/sale/sale_store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace retailos::ui {


CardDialog::CardDialog(const Money &due, QLocale locale, PayTender pay, QWidget *parent)
    : QDialog(parent), m_due(due), m_locale(std::move(locale)), m_pay(std::move(pay))
{
    setObjectName(u"cardDialog"_qs);
    setWindowTitle(tr("Card payment"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Key the amount on the card terminal and let the customer pay. "
                               "Then type what the terminal shows."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *form = new QFormLayout;
    m_amount = new QLineEdit(formatMoneyAmount(due, m_locale), this);
    m_amount->setObjectName(u"cardAmount"_qs);
    m_auth = new QLineEdit(this);
    m_auth->setObjectName(u"cardAuth"_qs);
    m_auth->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Za-z]{1,12}"_qs), m_auth));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(u"cardReference"_qs);
    m_reference->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9A-Za-z-]{1,32}"_qs), m_reference));
    m_last4 = new QLineEdit(this);
    m_last4->setObjectName(u"cardLast4"_qs);
    m_last4->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,4}"_qs), m_last4));
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("Approval code"), m_auth);
    form->addRow(tr("Terminal reference"), m_reference);
    form->addRow(tr("Last 4 digits"), m_last4);
    layout->addLayout(form);
    m_error = addErrorStrip(this, layout);
    auto *keypad = new Keypad(this);
    layout->addWidget(keypad);
    auto *buttons = addOkCancel(this, layout, tr("Paid"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CardDialog::tryPay);
    // Enter moves field by field as the terminal's slip is read; only the
    // last one (or the button) pays. Caught before the dialog sees it, or
    // its default button would pay at the first Enter.
    for (QLineEdit *field : {m_amount, m_auth, m_reference, m_last4})
        field->installEventFilter(this);
    connect(keypad, &Keypad::enterPressed, this, &CardDialog::tryPay);
    m_auth->setFocus();
}

bool CardDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_amount)
                m_auth->setFocus();
            else if (watched == m_auth)
                m_reference->setFocus();
            else if (watched == m_reference)
                m_last4->setFocus();
            else if (watched == m_last4)
                tryPay();
            else
                return QDialog::eventFilter(watched, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CardDialog::tryPay()
{
    auto amount = parseMoneyInput(m_amount->text(), m_due.currency(), m_locale);
    if (!amount)
        return m_error->showMessage(amount.error().message);
    if (m_last4->text().size() != 4)
        return m_error->showMessage(tr("Type the last 4 digits of the card as the terminal shows them."));
    Tender tender;
    tender.kind = TenderKind::Card;
    tender.amount = *amount;
    tender.received = *amount;
    tender.authCode = m_auth->text();
    tender.terminalRef = m_reference->text();
    tender.maskedPan = QString(12, u'*') + m_last4->text();
    if (const QString problem = m_pay(tender); !problem.isEmpty())
        return m_error->showMessage(problem);
    accept();
}

AccountDialog::AccountDialog(TenderKind kind, const Money &due, QLocale locale, SaleStore &store, PayTender pay,
                             QWidget *parent)
    : QDialog(parent), m_kind(kind), m_due(due), m_locale(std::move(locale)), m_store(store), m_pay(std::move(pay))
{
    setObjectName(u"accountDialog"_qs);
    setWindowTitle(kind == TenderKind::GiftCard ? tr("Gift card") : tr("Store credit"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_account = new QLineEdit(this);
    m_account->setObjectName(u"accountNumber"_qs);
    m_account->setProperty("acceptsScan", true);   // the card's barcode
    m_amount = new QLineEdit(formatMoneyAmount(due, m_locale), this);
    m_amount->setObjectName(u"accountAmount"_qs);
    m_balance = new QLabel(this);
    m_balance->setObjectName(u"accountBalance"_qs);
    form->addRow(kind == TenderKind::GiftCard ? tr("Gift card number") : tr("Credit note number"), m_account);
    form->addRow(tr("Balance"), m_balance);
    form->addRow(tr("Amount"), m_amount);
    layout->addLayout(form);
    m_error = addErrorStrip(this, layout);
    auto *keypad = new Keypad(this);
    layout->addWidget(keypad);
    auto *buttons = addOkCancel(this, layout, tr("Pay"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::tryPay);
    connect(keypad, &Keypad::enterPressed, this, [this] {
        if (m_account->hasFocus())
            numberEntered();
        else
            tryPay();
    });
    // Scanning or typing the number, then Enter, shows the balance first
    // (a scan arrives as returnPressed; a typed Enter is caught in eventFilter
    // so that it does not press Pay as well).
    connect(m_account, &QLineEdit::returnPressed, this, &AccountDialog::numberEntered);
    connect(m_account, &QLineEdit::editingFinished, this, &AccountDialog::showBalance);
    m_account->installEventFilter(this);
    m_account->setFocus();
}

bool AccountDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_account && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            numberEntered();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AccountDialog::numberEntered()
{
    showBalance();
    m_amount->setFocus();
    m_amount->selectAll();
}

void AccountDialog::showBalance()
{
    if (m_account->text().trimmed().isEmpty()) {
        m_balance->clear();
        return;
    }
    auto balance = m_store.account(m_account->text().trimmed());
    if (!balance) {
        m_balance->setText(balance.error().message);
        return;
    }
    auto currency = Currency::fromCode(balance->currency);
    m_balance->setText(currency ? formatMoney(Money(balance->minorUnits, *currency), m_locale)
                                : balance->currency);
    // Offer what the account can pay, at most what is due.
    if (currency && *currency == m_due.currency() && balance->minorUnits < m_due.minorUnits())
        m_amount->setText(formatMoneyAmount(Money(std::max<qint64>(0, balance->minorUnits), *currency),
                                            m_locale));
}

void AccountDialog::tryPay()
{
    if (m_account->text().trimmed().isEmpty())
        return m_error->showMessage(tr("Scan or type the number first."));
    auto amount = parseMoneyInput(m_amount->text(), m_due.currency(), m_locale);
    if (!amount)
        return m_error->showMessage(amount.error().message);
    Tender tender;
    tender.kind = m_kind;
    tender.amount = *amount;
    tender.received = *amount;
    tender.accountId = m_account->text().trimmed();
    if (const QString problem = m_pay(tender); !problem.isEmpty())
        return m_error->showMessage(problem);
    accept();
}

} // namespace retailos::ui
