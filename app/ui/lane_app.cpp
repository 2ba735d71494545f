// The lane program's window mode (see lane_app.h).
#include "app/ui/lane_app.h"

#include "app/ui/demo_shift.h"
#include "app/ui/lane_window.h"
#include "app/ui/theme.h"
#include "core/lane/lane_services.h"
#include "core/logging/log.h"
#include "core/settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

namespace retailos::ui {

bool wantsLaneUi(int argc, char **argv)
{
    if (argc < 2)
        return true;
    const QByteArrayView first(argv[1]);
    return first == "ui";
}

namespace {
qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;   // KiB on Linux
}
} // namespace

int runLaneUi(QApplication &app, const QStringList &args, const Settings &settings, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption db(u"db"_qs, QApplication::translate("LaneApp", "The lane database file."),
                                QApplication::translate("LaneApp", "file"));
    const QCommandLineOption theme(u"theme"_qs, QApplication::translate("LaneApp", "default or high-contrast."),
                                   QApplication::translate("LaneApp", "name"));
    const QCommandLineOption fullscreen(u"fullscreen"_qs, QApplication::translate("LaneApp", "Fill the screen."));
    const QCommandLineOption windowed(u"windowed"_qs, QApplication::translate("LaneApp", "A normal window."));
    const QCommandLineOption ready(u"exit-when-ready"_qs,
                                   QApplication::translate("LaneApp", "Print start-up figures once ready, then exit."));
    const QCommandLineOption demo(u"demo-shift"_qs,
                                  QApplication::translate("LaneApp", "Run a scripted shift, screenshots into DIR."),
                                  QApplication::translate("LaneApp", "dir"));
    parser.addOptions({db, theme, fullscreen, windowed, ready, demo});
    QStringList withoutCommand = args;
    if (!withoutCommand.isEmpty() && withoutCommand.first() == u"ui")
        withoutCommand.removeFirst();
    if (!parser.parse(QStringList{app.arguments().value(0)} + withoutCommand)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }

    LaneOptions options = LaneOptions::fromSettings(settings);
    if (parser.isSet(db)) {
        options.databasePath = parser.value(db);
        options.keyPath = QFileInfo(options.databasePath).absolutePath() + u"/lane-key.pem";
    }
    auto lane = LaneServices::open(options);
    if (!lane) {
        err << lane.error().message << Qt::endl;
        return 1;
    }
    // Amounts on screen and on the keypad in the store's format.
    QLocale::setDefault(options.locale);
    if (auto themed = applyTheme(app, parser.isSet(theme) ? parser.value(theme) : settings.ui.theme); !themed) {
        err << themed.error().message << Qt::endl;
        return 2;
    }

    LaneWindowOptions windowOptions;
    for (const QuickKey &key : settings.ui.quickKeys)
        windowOptions.quickKeys.append({key.label, key.code});
    windowOptions.wedgeMaxGapMs = settings.ui.wedgeMaxGapMs;
    windowOptions.wedgeMinLength = settings.ui.wedgeMinLength;
    LaneWindow window(**lane, options.locale, windowOptions);
    if ((settings.ui.fullscreen || parser.isSet(fullscreen)) && !parser.isSet(windowed))
        window.showFullScreen();
    else
        window.show();
    log::info(u"ui", QStringLiteral("lane window open on %1").arg(options.databasePath));

    if (parser.isSet(ready)) {
        // Ready for the first scan: services open, window shown and painted.
        QTimer::singleShot(0, &window, [&] {
            out << QStringLiteral("{\"ready\":true,\"peak_rss_kib\":%1}").arg(peakRssKiB()) << Qt::endl;
            QApplication::exit(0);
        });
    }
    if (parser.isSet(demo)) {
        QTimer::singleShot(0, &window, [&] {
            auto shift = runDemoShift(window, **lane, parser.value(demo), out);
            if (!shift)
                err << shift.error().message << Qt::endl;
            QApplication::exit(shift ? 0 : 1);
        });
    }
    return QApplication::exec();
}

} // namespace retailos::ui
