// What every simulator tool does the same way: quit cleanly on SIGTERM or
// Ctrl+C, report what happens as one JSON object per line on stdout (flushed
// at once so a test or the demo reads each line as it comes), take commands
// from stdin line by line, and say on stderr why it cannot start.
#pragma once

#include "core/common/json_writer.h"
#include "core/common/result.h"

#include <functional>
#include <string_view>

class QCoreApplication;
class QObject;
class QString;

namespace retailos::tools {

// Makes SIGTERM and SIGINT end the event loop (QCoreApplication::quit) from
// the loop itself, never inside the signal handler. Needs a QCoreApplication.
[[nodiscard]] Result<> quitOnTerminationSignals(QObject *owner);

// Writes `json` (one complete object) and a newline to stdout and flushes.
void printJsonLine(JsonWriter &json);

// Prints the one-field object {"key":value}, e.g. {"pty":"/dev/pts/3"}.
template<typename T> void printJsonLine(std::string_view key, const T &value)
{
    JsonWriter json;
    json.beginObject().field(key, value).endObject();
    printJsonLine(json);
}

// Writes `message` and a newline to stderr and returns `exitCode` for main()
// to return: 2 for a wrong command line, 1 when the simulator cannot start.
[[nodiscard]] int refuse(const QString &message, int exitCode);

// Calls onLine with every line that arrives on stdin (UTF-8, without its
// '\n'), from the event loop, and onEnd once when stdin ends; an unfinished
// last line is dropped. Works for a pipe, a FIFO and a terminal alike.
void readCommandLines(QObject *owner, std::function<void(const QString &line)> onLine, std::function<void()> onEnd);

// The rest of main() for a simulator on a pty: SIGTERM and Ctrl+C quit,
// {"pty":PATH} is the first line, the event loop runs until something quits
// it, then `stop` closes the simulator and prints the last line. Returns
// main()'s exit code (2 or 1 with the reason on stderr when it cannot start).
[[nodiscard]] int runOnPty(QCoreApplication &app, const Result<QString> &pty, const std::function<void()> &stop);

} // namespace retailos::tools
