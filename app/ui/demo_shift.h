// A scripted shift through the real lane window, for the headless demo: sign
// in, scan (wedge-style), a weighed item, an age check, a bad barcode, pay,
// the receipt; a screenshot of each main state goes into `outDir`.
#pragma once

#include "core/common/result.h"

class QTextStream;

namespace retailos {
class LaneServices;
}

namespace retailos::ui {

class LaneWindow;

[[nodiscard]] Result<> runDemoShift(LaneWindow &window, LaneServices &lane, const QString &outDir, QTextStream &out);

} // namespace retailos::ui
