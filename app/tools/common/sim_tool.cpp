// Signal handling, JSON lines, stdin commands and the pty tools' run for the
// simulator tools.
#include "app/tools/common/sim_tool.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace retailos::tools {

namespace {

struct SimToolText
{
    Q_DECLARE_TR_FUNCTIONS(SimTool)
};

int g_signalPipe[2] = { -1, -1 };

// Only async-signal-safe work here: the event loop reads the byte and quits.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

Result<> quitOnTerminationSignals(QObject *owner)
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return fail(QStringLiteral("tool.signals"), SimToolText::tr("Cannot set up signal handling."));
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    return {};
}

void printJsonLine(JsonWriter &json)
{
    const QByteArray line = json.take() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

int refuse(const QString &message, int exitCode)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return exitCode;
}

void readCommandLines(QObject *owner, std::function<void(const QString &line)> onLine, std::function<void()> onEnd)
{
    auto *input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, owner);
    auto pending = std::make_shared<QByteArray>();
    QObject::connect(input, &QSocketNotifier::activated, owner,
        [input, pending, onLine = std::move(onLine), onEnd = std::move(onEnd)] {
            char chunk[512];
            const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
            if (n <= 0) {
                input->setEnabled(false);
                onEnd();
                return;
            }
            pending->append(chunk, qsizetype(n));
            for (qsizetype end = pending->indexOf('\n'); end >= 0; end = pending->indexOf('\n')) {
                const QString line = QString::fromUtf8(pending->left(end));
                pending->remove(0, end + 1);
                onLine(line);
            }
        });
}

int runOnPty(QCoreApplication &app, const Result<QString> &pty, const std::function<void()> &stop)
{
    if (auto quitting = quitOnTerminationSignals(&app); !quitting)
        return refuse(quitting.error().message, 2);
    if (!pty)
        return refuse(pty.error().message, 1);
    printJsonLine("pty", *pty);
    const int code = QCoreApplication::exec();
    stop();
    return code;
}

} // namespace retailos::tools
