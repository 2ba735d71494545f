// A small dialog that asks for one value (a weight, a price, a quantity, a
// discount) with an on-screen keypad and, where the engine wants one, a
// reason. The caller parses and checks the value; a refusal is shown in
// the dialog so the cashier can correct it without starting over.
#pragma once

#include "app/ui/reasons.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
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
    void setPrompt(const QString &prompt);
    // As if the cashier pressed OK: a value from a device (the scale) goes
    // through the same check as a typed one.
    void submit();

private:

    Apply m_apply;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_input = nullptr;
    QComboBox *m_reason = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace retailos::ui
