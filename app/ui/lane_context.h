// What every lane page works with: the engine, the store's locale for
// amounts, and the UI settings. Pages call the engine directly; the window
// only moves between pages.
#pragma once

#include <QLocale>
#include <QString>

namespace retailos {
class LaneServices;
}

namespace retailos::ui {

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
};

} // namespace retailos::ui
