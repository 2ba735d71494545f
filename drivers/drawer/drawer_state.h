// What the lane knows about a cash drawer, and how its open sensor is wired.
// The sensor is one pin (pin 3 of the RJ-12 drawer port on a printer, or a
// bit in a serial interface's answer); whether "high" means open depends on
// the drawer's switch, so the polarity is a setting. "Unknown" is a state of
// its own: a drawer without a sensor is never reported closed.
#pragma once

#include "core/common/result.h"

#include <QMetaType>
#include <QString>
#include <QStringView>

namespace retailos::drivers {

enum class DrawerState { Unknown, Closed, Open };

enum class DrawerSensor {
    None, // no sensor wired, or a one-way link: the state stays Unknown
    OpenWhenHigh, // the usual wiring: the switch pulls pin 3 high while the drawer is open
    OpenWhenLow, // the other drawers
};

// "unknown", "closed", "open": for logs and the simulators' JSON lines.
[[nodiscard]] QString drawerStateName(DrawerState state);

// The drawer state a pin level means under `sensor`; None gives Unknown.
[[nodiscard]] DrawerState drawerStateFromPin(bool pinHigh, DrawerSensor sensor) noexcept;

// Settings names: "none", "open_high", "open_low".
// "drawer.sensor": any other name.
[[nodiscard]] Result<DrawerSensor> drawerSensorFromName(QStringView name);
[[nodiscard]] QString drawerSensorName(DrawerSensor sensor);

} // namespace retailos::drivers

Q_DECLARE_METATYPE(retailos::drivers::DrawerState)
Q_DECLARE_METATYPE(retailos::drivers::DrawerSensor)
