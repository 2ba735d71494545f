// The message strip (see error_banner.h).
#include "app/ui/error_banner.h"

#include <QApplication>
#include <QStyle>

namespace retailos::ui {

ErrorBanner::ErrorBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(u"errorBanner"_qs);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setAccessibleName(tr("Message"));
    hide();
}

void ErrorBanner::showMessage(const QString &message, Severity severity)
{
    m_severity = severity;
    static const char *const names[] = {"error", "warning", "info"};
    setProperty("severity", QString::fromLatin1(names[int(severity)]));
    // The style sheet picks colours by severity: re-polish after a change.
    style()->unpolish(this);
    style()->polish(this);
    setText(message);
    show();
    if (severity == Severity::Error)
        QApplication::beep();
}

void ErrorBanner::clearMessage()
{
    clear();
    hide();
}

} // namespace retailos::ui
