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
#include <QLibraryInfo>
#include <QTranslator>
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
    if (first == "ui")
        return true;
    // `retailos --db FILE`, `retailos --fullscreen`: window options alone.
    for (const char *option : {"--db", "--theme", "--fullscreen", "--windowed", "--exit-when-ready", "--demo-shift"}) {
        const QByteArrayView name(option);
        if (first == name || (first.startsWith(name) && first.size() > name.size() && first.at(name.size()) == '='))
            return true;
    }
    return false;
}

namespace {
// The lane speaks the store's language, whatever the session's LANG (a
// lane started by systemd has none): our messages and Qt's own buttons.
void installTranslations(QApplication &app, const QLocale &locale)
{
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"retailos"_qs, u"_"_qs, u":/i18n"_qs))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

// Reports "ready" once the window has really painted, not merely been shown.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<void()> done, QObject *parent) : QObject(parent), m_done(std::move(done)) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            // Let this paint finish and reach the screen first.
            QTimer::singleShot(0, parent(), std::exchange(m_done, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
};

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;   // KiB on Linux
}
} // namespace

int runLaneUi(QApplication &app, const QStringList &args, const Settings &settings, QTextStream &out, QTextStream &err,
              LaneDevices *devices)
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
    const QCommandLineOption demoScanner(u"demo-scanner"_qs,
                                         QApplication::translate("LaneApp", "The demo scans through this simulator pipe."),
                                         QApplication::translate("LaneApp", "fifo"));
    const QCommandLineOption demoScale(u"demo-scale"_qs,
                                       QApplication::translate("LaneApp", "The demo weighs through this simulator pipe."),
                                       QApplication::translate("LaneApp", "fifo"));
    parser.addOptions({db, theme, fullscreen, windowed, ready, demo, demoScanner, demoScale});
    QStringList withoutCommand = args;
    if (!withoutCommand.isEmpty() && withoutCommand.first() == u"ui")
        withoutCommand.removeFirst();
    if (!parser.parse(QStringList{app.arguments().value(0)} + withoutCommand)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }

    // The store's format and language before anything is built (the
    // receipt footer is translated as the options are read).
    const QLocale storeLocale(settings.store.locale);
    QLocale::setDefault(storeLocale);
    installTranslations(app, storeLocale);
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
    if (auto themed = applyTheme(app, parser.isSet(theme) ? parser.value(theme) : settings.ui.theme); !themed) {
        err << themed.error().message << Qt::endl;
        return 2;
    }

    LaneWindowOptions windowOptions;
    for (const QuickKey &key : settings.ui.quickKeys)
        windowOptions.quickKeys.append({key.label, key.code});
    windowOptions.wedgeMaxGapMs = settings.ui.wedgeMaxGapMs;
    windowOptions.wedgeMinLength = settings.ui.wedgeMinLength;
    windowOptions.receiptsDir = Settings::defaultDataDir() + u"/receipts"_qs;
    LaneWindow window(**lane, options.locale, windowOptions);
    window.setLaneDevices(devices);
    if ((settings.ui.fullscreen || parser.isSet(fullscreen)) && !parser.isSet(windowed))
        window.showFullScreen();
    else
        window.show();
    log::info(u"ui", QStringLiteral("lane window open on %1").arg(options.databasePath));

    if (parser.isSet(ready)) {
        // Ready for the first scan: services open, the page on screen painted.
        // A platform that never paints (offscreen) reports after 2 s, saying so.
        auto report = [&out](bool painted) {
            out << QStringLiteral("{\"ready\":true,\"painted\":%1,\"peak_rss_kib\":%2}")
                       .arg(painted ? u"true"_qs : u"false"_qs)
                       .arg(peakRssKiB())
                << Qt::endl;
            QApplication::exit(0);
        };
        auto *firstPaint = new FirstPaint([report] { report(true); }, &window);
        window.currentPage()->installEventFilter(firstPaint);
        QTimer::singleShot(2000, &window, [report] { report(false); });
    }
    if (parser.isSet(demo)) {
        QTimer::singleShot(0, &window, [&] {
            auto shift = runDemoShift(window, **lane, parser.value(demo), out,
                                      DemoFeeds{parser.value(demoScanner), parser.value(demoScale)});
            if (!shift)
                err << shift.error().message << Qt::endl;
            QApplication::exit(shift ? 0 : 1);
        });
    }
    const int code = QApplication::exec();
    // Leaving the program signs the cashier out (journaled); the open basket
    // stays for the next start.
    if ((*lane)->signedIn())
        (void)(*lane)->signOut();
    return code;
}

} // namespace retailos::ui
