// What every simulator tool does the same way: quit cleanly on SIGTERM or
// Ctrl+C, and report what happens as one JSON object per line on stdout,
// flushed at once so a test or the demo reads each line as it comes.
#pragma once

#include "core/common/result.h"

class QObject;

namespace retailos {
class JsonWriter;
}

namespace retailos::tools {

// Makes SIGTERM and SIGINT end the event loop (QCoreApplication::quit) from
// the loop itself, never inside the signal handler. Needs a QCoreApplication.
[[nodiscard]] Result<> quitOnTerminationSignals(QObject *owner);

// Writes `json` (one complete object) and a newline to stdout and flushes.
void printJsonLine(JsonWriter &json);

} // namespace retailos::tools
