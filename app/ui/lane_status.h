// What the status bar shows about the world outside the lane. Sync and the
// hardware layer report through these values (main.cpp wires them in); the
// window never talks to either directly.
#pragma once

#include <QMetaType>
#include <QString>

namespace retailos::ui {

enum class LinkState { NotConfigured, Offline, Online, Syncing };
enum class DeviceHealth { NotConfigured, Ok, Warning, Error };

struct DeviceSummary
{
    DeviceHealth health = DeviceHealth::NotConfigured;
    QString text;                  // "Printer: paper low"; empty: the default wording
};

enum class DrawerState { Unknown, Closed, Open };

// What the scale said when the lane asked for a weight.
enum class ScaleState {
    Stable,         // `grams` is the weight to sell
    Motion,         // still settling; ask again
    Zero,           // nothing on the scale
    OverCapacity,
    UnderZero,      // the scale needs zeroing
    Failed,         // no answer or a broken one: `message` says why
};

struct ScaleWeight
{
    ScaleState state = ScaleState::Failed;
    qint64 grams = 0;
    QString message;               // translated, a whole sentence; for Failed
};

} // namespace retailos::ui

Q_DECLARE_METATYPE(retailos::ui::ScaleWeight)
