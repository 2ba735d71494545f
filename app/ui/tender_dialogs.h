// The dialogs behind non-cash tenders. A card is paid on the external card
// terminal: the cashier keys the amount there (or the terminal receives it
// once the hardware layer drives it) and types back what it shows — only the
// approval code, its reference and the last four digits, never a full card
// number. Gift cards and store credit are charged to a ledger account whose
// balance is shown before paying.
#pragma once

#include "core/sale/sale.h"

#include <QDialog>
#include <QLocale>

#include <functional>

class QLabel;
class QLineEdit;

namespace retailos {
class SaleStore;
}

namespace retailos::ui {

class ErrorBanner;

// `pay` runs on OK: an empty string closes the dialog, else the message shows.
using PayTender = std::function<QString(const Tender &tender)>;

class CardDialog : public QDialog
{
    Q_OBJECT

public:
    CardDialog(const Money &due, QLocale locale, PayTender pay, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tryPay();

    Money m_due;
    QLocale m_locale;
    PayTender m_pay;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_auth = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_last4 = nullptr;
    ErrorBanner *m_error = nullptr;
};

class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(TenderKind kind, const Money &due, QLocale locale, SaleStore &store, PayTender pay,
                  QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showBalance();
    // The number is in (typed, scanned or keyed): show the balance, go on to the amount.
    void numberEntered();
    void tryPay();

    TenderKind m_kind;
    Money m_due;
    QLocale m_locale;
    SaleStore &m_store;
    PayTender m_pay;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_amount = nullptr;
    QLabel *m_balance = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace retailos::ui
