// retailos-admin: central IT's command line for the sync server's admin API.
#include "sync/admin/admin_cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("retailos-admin"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return retailos::admin::runAdmin(QCoreApplication::arguments(), out, err);
}
