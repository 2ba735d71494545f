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
    // The device itself answered a status question (a printer's probe), so
    // state and drawerOpen are its own words. False when the snapshot was
    // made up here: a one-way link, a failed connection or probe, a device
    // that cannot be asked.
    bool answered = false;

    [[nodiscard]] bool canPrint() const
    {
        return state == DeviceState::Online || state == DeviceState::PaperLow || state == DeviceState::Unknown;
    }
    // Equal when they show the same: `answered` says where a snapshot came
    // from, not what the lane shows, so a change in it alone raises no
    // statusChanged (a device still keeps the newest snapshot as status()).
    friend bool operator==(const DeviceStatus &a, const DeviceStatus &b)
    {
        return a.state == b.state && a.drawerOpen == b.drawerOpen && a.message == b.message;
    }
};

[[nodiscard]] QString deviceStateText(DeviceState state);

} // namespace retailos::drivers

Q_DECLARE_METATYPE(retailos::drivers::DeviceStatus)
