// The lane's sign-in screen: staff code and PIN by keyboard or the on-screen
// keypad. A lane locked by a person (or by the idle timer) comes back here;
// the open basket waits for the next sign-in.
#pragma once

#include "app/ui/lane_context.h"

#include <QWidget>

class QLineEdit;

namespace retailos::ui {

class ErrorBanner;

class SignInPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignInPage(LaneContext &context, QWidget *parent = nullptr);

    // Ready for the next person: empty fields, focus on the code.
    void reset(const QString &message = {});

signals:
    void signedIn();

private:
    void submit();

    LaneContext &m_context;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_pin = nullptr;
    ErrorBanner *m_message = nullptr;
};

} // namespace retailos::ui
