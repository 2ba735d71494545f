// `retailos lane`, `retailos staff` and `retailos lane-sim`: the headless
// lane, staff set-up, and the random seller the crash test kills.
#pragma once

#include "core/settings/settings.h"

#include <QStringList>
#include <QTextStream>

namespace retailos::cli {

[[nodiscard]] bool isLaneCommand(const QString &name);
int runLaneCommand(const QStringList &args, const Settings &settings, QTextStream &out, QTextStream &err);

} // namespace retailos::cli
