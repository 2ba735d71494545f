// What every lane page works with: the engine, the store's locale for
// amounts, the UI settings and the devices. Pages call the engine directly; the window
// only moves between pages.
#pragma once

#include <QLocale>
#include <QString>

namespace retailos {
class LaneServices;
}

namespace retailos::ui {

class LaneDevices;

struct QuickKeyDef
{
    QString label;
    QString code;
};

// What the scale last sold, so an item left on the platter is not sold
// again as the next one: the next weight must differ or follow an empty scale.
struct ScaleMemory
{
    qint64 lastSoldGrams = 0;
    bool emptiedSince = true;
};

struct LaneContext
{
    LaneServices &lane;
    QLocale locale;
    QList<QuickKeyDef> quickKeys;
    LaneDevices *devices = nullptr;   // nullptr: no hardware layer (tests, screen only)
    ScaleMemory scale;
    QString receiptsDir;               // where receipts are saved as PDF/text; empty: not offered
};

} // namespace retailos::ui
