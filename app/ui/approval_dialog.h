// The supervisor-approval dialog: who approves (code + PIN, typed by the
// supervisor at the lane) and why. Only the engine checks the credential.
#pragma once

#include "app/ui/reasons.h"
#include "core/sale/sale.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace retailos::ui {

class ErrorBanner;

class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    ApprovalDialog(const QString &action, const QList<Reason> &reasons, const QString &preselectedReason,
                   QWidget *parent = nullptr);

    [[nodiscard]] ApprovalRequest request() const;
    // A refused attempt: the message shows, the PIN is cleared for the next try.
    void showError(const QString &message);

private:
    void accepting();

    QLineEdit *m_code = nullptr;
    QLineEdit *m_pin = nullptr;
    QComboBox *m_reason = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace retailos::ui
