// The lane's look: a Qt style sheet from the resources (default or
// high-contrast), chosen in the settings ("ui.theme") or on the command line.
#pragma once

#include "core/common/result.h"

class QApplication;

namespace retailos::ui {

[[nodiscard]] Result<> applyTheme(QApplication &app, const QString &name);

} // namespace retailos::ui
