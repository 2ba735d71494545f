// Test support: a simulator tool (retailos-*-sim) run as its own program, the
// way the demo and a developer use it: JSON lines read from its stdout,
// commands written to its stdin. The tool is always stopped when this object
// goes, also when a test fails half way.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace retailos::test {

class SimToolProcess
{
public:
    static constexpr int kWaitMs = 10000;

    // Starts `program`; started() says whether it did.
    SimToolProcess(const QString &program, const QStringList &arguments) { m_process.start(program, arguments); }

    // SIGTERM first (the tools close their pty or port and say "stopped"),
    // SIGKILL if that is not enough.
    ~SimToolProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(kWaitMs)) {
            m_process.kill();
            m_process.waitForFinished(kWaitMs);
        }
    }

    SimToolProcess(const SimToolProcess &) = delete;
    SimToolProcess &operator=(const SimToolProcess &) = delete;

    [[nodiscard]] bool started() { return m_process.waitForStarted(kWaitMs); }

    // The next line it prints, as a JSON object; empty when none comes within
    // 10 s or the line is not an object. Keeps this thread's event loop
    // turning meanwhile, for devices under test that answer with queued signals.
    QJsonObject nextLine()
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < kWaitMs) {
            m_process.waitForReadyRead(20);
            QCoreApplication::processEvents();
        }
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }

    // What the tool says it is ready on: `key` ("pty" or "listening") of its
    // first line; undefined when the first line does not have it.
    QJsonValue ready(const QString &key) { return nextLine().value(key); }

    // Types `command` and Enter on its stdin.
    [[nodiscard]] bool send(const QByteArray &command)
    {
        return m_process.write(command + '\n') == command.size() + 1 && m_process.waitForBytesWritten(kWaitMs);
    }

    // Ends its stdin; the tools that read commands end there.
    void endInput() { m_process.closeWriteChannel(); }

    // SIGTERM, as Ctrl+C or the demo's end would send.
    void terminate() { m_process.terminate(); }

    // Waits up to 10 s for it to end (by itself, after endInput() or
    // terminate()) and says how: "exit code N", "crashed", "still running"
    // or "did not start". QCOMPARE it with u"exit code 0"_s and the like, so
    // a failure says what happened.
    QString howItEnded()
    {
        const bool ended = m_process.waitForFinished(kWaitMs) || m_process.state() == QProcess::NotRunning;
        if (m_process.error() == QProcess::FailedToStart)
            return QStringLiteral("did not start");
        if (!ended)
            return QStringLiteral("still running");
        if (m_process.exitStatus() != QProcess::NormalExit)
            return QStringLiteral("crashed");
        return QStringLiteral("exit code %1").arg(m_process.exitCode());
    }

    // After it has ended: the last line it printed (its "stopped" line).
    QJsonObject lastLine()
    {
        const QList<QByteArray> rest = m_process.readAllStandardOutput().trimmed().split('\n');
        return QJsonDocument::fromJson(rest.last()).object();
    }

    // What it said on stderr (why it refused to start).
    QByteArray errorOutput() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
};

} // namespace retailos::test
