// `retailos` / `retailos ui`: the lane window on the settings' database, with
// the theme and quick keys from the settings. Also the modes the demo and the
// benchmarks use: --exit-when-ready (prints start-up figures), --demo-shift
// DIR (a scripted shift through the real window, screenshots into DIR).
#pragma once

#include <QStringList>

class QApplication;
class QTextStream;

namespace retailos {
struct Settings;
}

namespace retailos::ui {

class LaneDevices;

// True when argv asks for the window (no command, "ui", or only window options).
[[nodiscard]] bool wantsLaneUi(int argc, char **argv);

// `devices`: the printer and drawer wired in by main.cpp; nullptr: none.
[[nodiscard]] int runLaneUi(QApplication &app, const QStringList &args, const Settings &settings, QTextStream &out,
                            QTextStream &err, LaneDevices *devices = nullptr);

} // namespace retailos::ui
