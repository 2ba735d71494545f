// What the status bar shows about the world outside the lane. Sync and the
// hardware layer report through these values (main.cpp wires them in); the
// window never talks to either directly.
#pragma once

#include <QString>

namespace retailos::ui {

enum class LinkState { NotConfigured, Offline, Online, Syncing };
enum class DeviceHealth { NotConfigured, Ok, Warning, Error };

struct DeviceSummary
{
    DeviceHealth health = DeviceHealth::NotConfigured;
    QString text;                  // "Printer: paper low"; empty: the default wording
};

} // namespace retailos::ui
