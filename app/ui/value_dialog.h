// A small dialog that asks for one value (a weight, a price, a quantity, a
// discount) with an on-screen keypad and, where the engine wants one, a
// reason. The caller parses and checks the value; a refusal is shown in
// the dialog so the cashier can correct it without starting over.
#pragma once

#include "app/ui/reasons.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLineEdit;

namespace retailos::ui {

class ErrorBanner;

class ValueDialog : public QDialog
{
    Q_OBJECT

public:
    // `apply` runs on OK with the typed text and the reason code; an empty
    // string closes the dialog, a message keeps it open showing the message.
    using Apply = std::function<QString(const QString &text, const QString &reasonCode)>;

    ValueDialog(const QString &title, const QString &prompt, const QList<Reason> &reasons, Apply apply,
                QWidget *parent = nullptr);

    void setText(const QString &text);
    [[nodiscard]] QString text() const;

private:
    void tryApply();

    Apply m_apply;
    QLineEdit *m_input = nullptr;
    QComboBox *m_reason = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace retailos::ui
