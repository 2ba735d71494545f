// Shared by the lane window benchmarks (bench_lane_start, bench_lane_ui): a
// private X server to show windows on, the lane replica they open, and
// figure lines that also say which display platform was measured.
#pragma once

#include "core/catalogue/catalogue_generator.h"
#include "core/db/database.h"
#include "core/db/migrations.h"
#include "tests/bench/bench_report.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace retailos::bench {

// Where windows are shown: a private Xvfb (platform "xcb") or, when Xvfb is
// missing or does not start, Qt's "offscreen" platform.
struct BenchDisplay
{
    QString platform;      // "xcb" or "offscreen"
    QString display;       // ":N" for xcb
    QString note;          // why offscreen, when it is

    [[nodiscard]] QString describe() const
    {
        if (platform == u"xcb")
            return u"xcb (Xvfb "_qs + display + u')';
        return note.isEmpty() ? u"offscreen"_qs : u"offscreen ("_qs + note + u')';
    }
};

namespace detail {
inline volatile pid_t xvfbPid = -1;

inline void stopXvfbNow()
{
    const pid_t pid = xvfbPid;
    xvfbPid = -1;
    if (pid <= 0)
        return;
    ::kill(pid, SIGTERM);
    for (int i = 0; i < 300; ++i) {
        if (::waitpid(pid, nullptr, WNOHANG) == pid)
            return;
        ::usleep(10'000);
    }
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
}

inline void onSignal(int sig)
{
    // Async-signal-safe: the server goes with us, then the default action.
    if (xvfbPid > 0)
        ::kill(xvfbPid, SIGKILL);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}
} // namespace detail

// Stops the server started by startDisplay (also runs at exit, so a bench
// that dies half-way leaves no X server behind).
inline void stopDisplay()
{
    detail::stopXvfbNow();
}

// The --show-on value (auto, xvfb, offscreen), read before the application
// object exists. Not "--platform": Q(Gui)Application takes that for itself.
inline QString showOnArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--show-on" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--show-on="))
            return QString::fromLocal8Bit(arg.sliced(10).toByteArray());
    }
    return u"auto"_qs;
}

// Starts `Xvfb -displayfd` on the first free display number. Call before any
// thread exists (before the Q*Application). `wanted`: "auto", "xvfb" (fail
// if it cannot start) or "offscreen".
inline BenchDisplay startDisplay(const QString &wanted, const QString &screen = u"2560x1024x24"_qs)
{
    BenchDisplay offscreen{u"offscreen"_qs, QString(), QString()};
    if (wanted == u"offscreen") {
        offscreen.note = u"asked for"_qs;
        return offscreen;
    }
    auto fallBack = [&](const QString &why) {
        if (wanted == u"xvfb")
            die(u"Xvfb: "_qs + why);
        std::fprintf(stderr, "bench: Xvfb %s; measuring on the offscreen platform\n", qPrintable(why));
        offscreen.note = why;
        return offscreen;
    };
    const QString exe = QStandardPaths::findExecutable(u"Xvfb"_qs);
    if (exe.isEmpty())
        return fallBack(u"not installed"_qs);

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return fallBack(u"pipe failed"_qs);
    // Everything the child needs is prepared before fork().
    const QByteArray path = QFile::encodeName(exe);
    const std::string fd = std::to_string(fds[1]);
    const QByteArray screenArg = screen.toLatin1();
    std::vector<const char *> argv{path.constData(), "-displayfd", fd.c_str(), "-nolisten", "tcp",
                                   "-screen",        "0",          screenArg.constData(), "-noreset", nullptr};
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return fallBack(u"fork failed"_qs);
    }
    if (pid == 0) {
        // The server dies with the benchmark, whatever kills it.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(1);
        ::fcntl(fds[1], F_SETFD, 0);
        const int devnull = ::open("/dev/null", O_RDWR);
        if (devnull >= 0) {
            ::dup2(devnull, 0);
            ::dup2(devnull, 1);
            ::dup2(devnull, 2);
        }
        ::execv(argv[0], const_cast<char *const *>(argv.data()));
        ::_exit(127);
    }
    ::close(fds[1]);
    detail::xvfbPid = pid;
    static bool hooked = false;
    if (!hooked) {
        hooked = true;
        std::atexit(detail::stopXvfbNow);
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGABRT, SIGSEGV})
            std::signal(sig, detail::onSignal);
    }

    // Xvfb writes the display number once it accepts connections.
    QByteArray number;
    pollfd p{fds[0], POLLIN, 0};
    bool done = false;
    for (int waited = 0; !done && waited < 100; ++waited) {
        const int ready = ::poll(&p, 1, 100);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        char c = 0;
        const ssize_t n = ::read(fds[0], &c, 1);
        if (n <= 0)
            break;   // the server exited
        if (c == '\n')
            done = true;
        else
            number += c;
    }
    ::close(fds[0]);
    bool ok = false;
    const int display = number.toInt(&ok);
    if (!done || !ok) {
        stopDisplay();
        return fallBack(u"gave no display number (it exited, or took over 10 s)"_qs);
    }
    return BenchDisplay{u"xcb"_qs, u':' + QString::number(display), QString()};
}

// bench::print, plus what this figure was measured on.
inline void printFigure(const Figure &f, const QJsonObject &extra)
{
    QJsonObject o{{u"bench"_qs, f.bench}, {u"figure"_qs, f.name}, {u"value"_qs, f.value}, {u"unit"_qs, f.unit}};
    if (!f.reference.isEmpty()) {
        o.insert(u"reference"_qs, f.reference);
        o.insert(u"reference_value"_qs, f.referenceValue);
        if (f.referenceValue > 0)
            o.insert(u"ratio"_qs, f.value / f.referenceValue);
    }
    if (!f.target.isEmpty())
        o.insert(u"target"_qs, f.target);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// The catalogue the lane benchmarks open: `items` generated items (0: a
// store set up with its taxes and departments and no items yet). Built once
// per work folder and reused while it has the expected size.
inline void ensureLaneReplica(const QString &path, qint64 items)
{
    {
        Database db = must(Database::open(path), "open replica");
        must(migrate(db, laneMigrations()), "migrate replica");
        const qint64 have = must(db.queryInt("SELECT count(*) FROM products"), "count products");
        const qint64 taxes = must(db.queryInt("SELECT count(*) FROM tax_rates"), "count taxes");
        if (have == items && taxes > 0)
            return;
        if (have == 0 && taxes == 0) {
            GeneratorOptions options;
            options.items = items;
            options.nowUtcSeconds = 1'795'000'000;
            if (items == 0) {
                must(CatalogueGenerator::writeReferenceData(db), "reference data");
            } else {
                std::fprintf(stderr, "bench: generating %lld items into %s\n", items, qPrintable(path));
                must(CatalogueGenerator(options).writeDatabase(db), "generate");
            }
            return;
        }
    }
    // Some other catalogue (an interrupted build): start again.
    std::fprintf(stderr, "bench: %s has another catalogue; building it again\n", qPrintable(path));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QString::fromLatin1(suffix));
    ensureLaneReplica(path, items);
}

} // namespace retailos::bench
