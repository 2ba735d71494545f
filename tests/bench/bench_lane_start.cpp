// Lane cold start: the real `retailos ui --exit-when-ready` on a large
// replica, from process start to its ready line (services open, window
// shown), and the peak RSS it reports; beside the same binary on an empty
// replica and `retailos --version` (process and libraries, no window), run in
// turns in the same run. The first round runs with whatever the page cache
// holds (nothing is dropped: that needs root). Figures are printed, never
// asserted.
//   bench_lane_start --retailos PATH [--items N] [--runs N] [--work DIR] [--show-on auto|xvfb|offscreen]
#include "tests/bench/bench_lane.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/prctl.h>

using namespace retailos;
using bench::Clock;
using bench::die;

namespace {

struct Start
{
    double ms = 0;
    qint64 peakRssKiB = 0;
    bool painted = false;
};

// Runs `retailos args...` and times QProcess::start → the first stdout line
// that `isReady` accepts.
Start timeStart(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                const std::function<bool(const QByteArray &)> &isReady)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(program);
    process.setArguments(args);
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    const auto start = Clock::now();
    process.start();
    QByteArray line;
    bool ready = false;
    while (!ready) {
        if (!process.canReadLine() && !process.waitForReadyRead(60'000))
            break;
        while (process.canReadLine()) {
            line = process.readLine().trimmed();
            if (isReady(line)) {
                ready = true;
                break;
            }
        }
    }
    const double ms = bench::microsSince(start) / 1000.0;
    if (!ready) {
        process.kill();
        process.waitForFinished(5000);
        die(u"no ready line from "_qs + args.join(u' ') + u": "_qs + QString::fromLocal8Bit(process.readAllStandardError()));
    }
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished(5000);
        die(u"did not exit after ready: "_qs + args.join(u' '));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        std::fprintf(stderr, "bench_lane_start: %s exited with %s %d after its ready line\n%s\n",
                     qPrintable(args.join(u' ')), process.exitStatus() == QProcess::NormalExit ? "code" : "signal/crash",
                     process.exitCode(), process.readAllStandardError().constData());
    Start s;
    s.ms = ms;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    s.peakRssKiB = qint64(o.value(u"peak_rss_kib"_qs).toDouble());
    s.painted = o.value(u"painted"_qs).toBool();
    return s;
}

double median(const QList<double> &v)
{
    return bench::percentile(v, 50);
}

double maxOf(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.cbegin(), v.cend());
}

} // namespace

int main(int argc, char *argv[])
{
    // The X server first: no threads may exist when it is forked.
    const bench::BenchDisplay display = bench::startDisplay(bench::showOnArgument(argc, argv));

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_lane_start"_qs);
    QCommandLineParser parser;
    QCommandLineOption retailosOpt(u"retailos"_qs, u"The retailos program."_qs, u"path"_qs);
    QCommandLineOption itemsOpt(u"items"_qs, u"Catalogue size."_qs, u"n"_qs, u"1000000"_qs);
    QCommandLineOption runsOpt(u"runs"_qs, u"Starts of each kind."_qs, u"n"_qs, u"7"_qs);
    QCommandLineOption workOpt(u"work"_qs, u"Folder for the replicas (kept between runs)."_qs, u"dir"_qs);
    QCommandLineOption showOnOpt(u"show-on"_qs, u"auto (Xvfb if it starts), xvfb or offscreen."_qs, u"where"_qs,
                                 u"auto"_qs);
    parser.addOptions({retailosOpt, itemsOpt, runsOpt, workOpt, showOnOpt});
    parser.process(app);
    const QString program = parser.value(retailosOpt);
    if (program.isEmpty() || !QFileInfo(program).isExecutable())
        die(u"--retailos must name the retailos program"_qs);
    const qint64 items = parser.value(itemsOpt).toLongLong();
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    QTemporaryDir tmp;
    const QString work = parser.isSet(workOpt) ? parser.value(workOpt) : tmp.path();
    QDir().mkpath(work);

    // The lane window benchmarks share these replicas (and the lane key
    // `retailos ui --db` keeps beside them).
    const QString full = work + u"/lane-ui-" + QString::number(items) + u".db";
    const QString empty = work + u"/lane-ui-empty.db";
    bench::ensureLaneReplica(full, items);
    bench::ensureLaneReplica(empty, 0);

    // The user's configuration and data stay untouched.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"RETAILOS_CONFIG"_qs, home.path() + u"/retailos.json");   // absent: the defaults
    env.insert(u"RETAILOS_DATA_DIR"_qs, home.path() + u"/data");
    env.insert(u"XDG_RUNTIME_DIR"_qs, home.path());
    env.insert(u"QT_QPA_PLATFORM"_qs, display.platform);
    if (display.platform == u"xcb")
        env.insert(u"DISPLAY"_qs, display.display);
    else
        env.remove(u"DISPLAY"_qs);

    auto readyLine = [](const QByteArray &line) { return line.contains("\"ready\":true"); };
    auto anyLine = [](const QByteArray &) { return true; };
    QList<double> versionMs, emptyMs, fullMs, emptyRss, fullRss;
    bool allPainted = true;
    for (int round = 0; round < runs; ++round) {
        versionMs.append(timeStart(program, {u"--version"_qs}, env, anyLine).ms);
        const Start e = timeStart(program, {u"ui"_qs, u"--exit-when-ready"_qs, u"--db"_qs, empty}, env, readyLine);
        emptyMs.append(e.ms);
        emptyRss.append(double(e.peakRssKiB));
        const Start f = timeStart(program, {u"ui"_qs, u"--exit-when-ready"_qs, u"--db"_qs, full}, env, readyLine);
        fullMs.append(f.ms);
        fullRss.append(double(f.peakRssKiB));
        allPainted = allPainted && e.painted && f.painted;
        std::fprintf(stderr, "bench_lane_start: round %d: version %.1f ms, empty %.1f ms, %lld items %.1f ms (%lld KiB)\n",
                     round + 1, versionMs.last(), e.ms, items, f.ms, f.peakRssKiB);
    }
    bench::stopDisplay();

    QJsonArray fullRuns;
    for (double ms : fullMs)
        fullRuns.append(qRound(ms * 10) / 10.0);
    const QJsonObject on{{u"platform"_qs, display.describe()}, {u"runs"_qs, runs}};
    QJsonObject withRuns = on;
    withRuns.insert(u"runs_ms"_qs, fullRuns);
    // app/ui/lane_app.cpp prints the ready line once the page on screen has
    // painted; a platform that never paints (offscreen) reports after 2 s.
    withRuns.insert(u"ready_means"_qs, allPainted ? u"services open, first page painted"_qs
                                                  : u"NOT painted (platform without painting): 2 s timeout"_qs);
    const QString b = u"lane_start"_qs;
    bench::printFigure({b, u"cold_start_ready_median"_qs, median(fullMs), u"ms"_qs, u"empty_replica_ready_median"_qs,
                        median(emptyMs), u"<= 1000 ms"_qs},
                       withRuns);
    bench::printFigure({b, u"cold_start_ready_max"_qs, maxOf(fullMs), u"ms"_qs, u"empty_replica_ready_max"_qs,
                        maxOf(emptyMs), u"<= 1000 ms"_qs},
                       on);
    bench::printFigure({b, u"empty_replica_ready_median"_qs, median(emptyMs), u"ms"_qs, u"version_start_median"_qs,
                        median(versionMs), QString()},
                       on);
    bench::printFigure({b, u"peak_rss_ready"_qs, maxOf(fullRss), u"KiB"_qs, u"empty_replica_peak_rss"_qs,
                        maxOf(emptyRss), u"<= 153600 KiB (150 MB)"_qs},
                       on);
    bench::printFigure({b, u"catalogue_items"_qs, double(items), u"items"_qs, QString(), 0, QString()}, on);
    return 0;
}
