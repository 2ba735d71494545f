// retailos-admin: central IT's command line for the sync server's admin API.
#include "sync/admin/admin_cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-admin"));
    // The operator's language when a translation is compiled in (translations/), else English.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("retailos"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return retailos::admin::runAdmin(QCoreApplication::arguments(), out, err);
}
