// retailos: the lane program. Only wires services, drivers and sync together.
#include "app/cli/catalogue_commands.h"
#include "app/cli/lane_commands.h"
#include "app/ui/lane_app.h"
#include "app/wiring/lane_hardware.h"
#include "core/logging/log.h"
#include "core/settings/settings.h"
#include "drivers/backends/backend_info.h"
#include "sync/protocol/protocol_info.h"

#include <QApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // The window needs a QApplication (and a display); the commands do not.
    const bool window = retailos::ui::wantsLaneUi(argc, argv);
    std::unique_ptr<QCoreApplication> appHolder = window ? std::make_unique<QApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("retailos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RETAILOS_VERSION));
    // Messages in the language of the session (LANG), from the .qm files
    // compiled into the program; English when there is no translation.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("retailos"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);

    // The configuration file ($RETAILOS_CONFIG or the per-user default) sets
    // the log level and file; a broken file stops the program with its reason.
    auto settings = retailos::Settings::load(retailos::Settings::defaultPath());
    if (!settings) {
        err << settings.error().message << Qt::endl;
        return 1;
    }
    if (window) {
        if (auto logging = retailos::log::init(settings->log); !logging)
            err << logging.error().message << Qt::endl;
        // The hardware layer wired in behind the window's interface.
        auto devices = retailos::app::LaneHardware::fromSettings(settings->devices, settings->laneId);
        const int code =
            retailos::ui::runLaneUi(static_cast<QApplication &>(app), args, *settings, out, err, devices.get());
        retailos::log::shutdown();
        return code;
    }
    settings->log.console = false; // command output stays clean; warnings go to the file
    if (auto logging = retailos::log::init(settings->log); !logging)
        err << logging.error().message << Qt::endl;
    // Logged without secrets: the value after --pin never reaches the file.
    QStringList shown = args;
    for (qsizetype i = 0; i + 1 < shown.size(); ++i) {
        if (shown.at(i) == u"--pin")
            shown[i + 1] = QStringLiteral("****");
        else if (shown.at(i).startsWith(u"--pin="))
            shown[i] = QStringLiteral("--pin=****");
    }
    retailos::log::info(u"retailos", QStringLiteral("started: %1").arg(shown.join(u' ')));

    if (retailos::cli::isCatalogueCommand(command)) {
        const int code = retailos::cli::runCatalogueCommand(args, settings->scanning, out, err);
        retailos::log::info(u"retailos", QStringLiteral("%1 finished with exit code %2").arg(command).arg(code));
        retailos::log::shutdown();
        return code;
    }
    if (retailos::cli::isLaneCommand(command)) {
        const int code = retailos::cli::runLaneCommand(args, *settings, out, err);
        retailos::log::shutdown();
        return code;
    }
    if (command == u"--version" || command == u"version") {
        out << "retailos " << RETAILOS_VERSION << "\n"
            << "  sync protocol " << retailos::sync::kProtocolVersion << ", " << retailos::sync::transportVersion() << "\n"
            << "  devices: " << retailos::drivers::usbBackendVersion() << ", " << retailos::drivers::cupsBackendVersion()
            << Qt::endl;
        return 0;
    }
    err << QCoreApplication::translate("Cli",
               "Usage: retailos [COMMAND]\n"
               "  (no command) or ui [--db FILE] [--theme NAME] [--fullscreen|--windowed]\n"
               "                                        open the lane window\n"
               "  catalogue init --db FILE              create a replica with the demo tax classes\n"
               "  catalogue generate --items N --db FILE | --csv FILE\n"
               "  catalogue import --db FILE [--skip-bad] CSV\n"
               "  lookup --db FILE CODE...              find items by barcode, PLU or store code\n"
               "  search --db FILE WORDS                find items by name\n"
               "  staff add --code C --name N --role R --pin P   add a person who may sign in\n"
               "  lane --script FILE                    run cashier actions headless, print receipts\n"
               "  --version")
        << Qt::endl;
    return command.isEmpty() || command == u"--help" || command == u"-h" ? 0 : 2;
}
