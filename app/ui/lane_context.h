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

struct LaneContext
{
    LaneServices &lane;
    QLocale locale;
    QList<QuickKeyDef> quickKeys;
    LaneDevices *devices = nullptr;   // nullptr: no hardware layer (tests, screen only)
};

} // namespace retailos::ui
