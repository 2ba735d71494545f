// Theme loading (see theme.h).
#include "app/ui/theme.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>

namespace retailos::ui {

namespace {
struct ThemeText
{
    Q_DECLARE_TR_FUNCTIONS(Theme)
};
} // namespace

Result<> applyTheme(QApplication &app, const QString &name)
{
    QFile file(u":/themes/%1.qss"_qs.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"ui.theme"_qs, ThemeText::tr("There is no theme called \"%1\"; use default or high-contrast.").arg(name));
    app.setStyleSheet(QString::fromUtf8(file.readAll()));
    return {};
}

} // namespace retailos::ui
