// What a device reports about itself: a snapshot the lane shows and acts on.
// "Unknown" is a state of its own: a printer that cannot answer back can
// never prove it is fine, so it is never shown as "ready".
#pragma once

#include <QMetaType>
#include <QString>

namespace retailos::drivers {

enum class DeviceState {
    Unknown,       // no answer possible (one-way link) or not asked yet
    Online,
    Offline,       // unreachable, or the device says it is offline
    CoverOpen,
    PaperLow,      // still prints; the cashier should change the roll soon
    PaperOut,
    Error,
};

struct DeviceStatus
{
    DeviceState state = DeviceState::Unknown;
    bool drawerOpen = false;       // a drawer sensor wired to the printer
    QString message;               // translated, for the status bar

    [[nodiscard]] bool canPrint() const
    {
        return state == DeviceState::Online || state == DeviceState::PaperLow || state == DeviceState::Unknown;
    }
    friend bool operator==(const DeviceStatus &, const DeviceStatus &) = default;
};

[[nodiscard]] QString deviceStateText(DeviceState state);

} // namespace retailos::drivers

Q_DECLARE_METATYPE(retailos::drivers::DeviceStatus)
