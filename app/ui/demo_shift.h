// A scripted shift through the real lane window, for the headless demo: sign
// in, scan (through the scanner simulator when there is one, else
// wedge-style), a weighed item, an age check, a bad barcode, pay,
// the receipt; a screenshot of each main state goes into `outDir`.
#pragma once

#include "core/common/result.h"

class QTextStream;

namespace retailos {
class LaneServices;
}

namespace retailos::ui {

class LaneWindow;

// Where the demo talks to simulated devices: named pipes the simulators read
// their commands from (scripts/demo.sh sets them up). Empty: the demo scans
// straight into the window and types weights by hand.
struct DemoFeeds
{
    QString scanner;   // retailos-scanner-sim's stdin: one code per line
    QString scale;     // retailos-scale-sim's stdin: "weight GRAMS"
};

[[nodiscard]] Result<> runDemoShift(LaneWindow &window, LaneServices &lane, const QString &outDir, QTextStream &out,
                                    const DemoFeeds &feeds = {});

} // namespace retailos::ui
