// Drawer states and sensor polarity (see drawer_state.h).
#include "drivers/drawer/drawer_state.h"

#include <QCoreApplication>

namespace retailos::drivers {

namespace {
struct DrawerStateText
{
    Q_DECLARE_TR_FUNCTIONS(CashDrawer)
};
} // namespace

QString drawerStateName(DrawerState state)
{
    switch (state) {
    case DrawerState::Closed:
        return QStringLiteral("closed");
    case DrawerState::Open:
        return QStringLiteral("open");
    case DrawerState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DrawerState drawerStateFromPin(bool pinHigh, DrawerSensor sensor) noexcept
{
    switch (sensor) {
    case DrawerSensor::OpenWhenHigh:
        return pinHigh ? DrawerState::Open : DrawerState::Closed;
    case DrawerSensor::OpenWhenLow:
        return pinHigh ? DrawerState::Closed : DrawerState::Open;
    case DrawerSensor::None:
        break;
    }
    return DrawerState::Unknown;
}

Result<DrawerSensor> drawerSensorFromName(QStringView name)
{
    if (name == u"none")
        return DrawerSensor::None;
    if (name == u"open_high")
        return DrawerSensor::OpenWhenHigh;
    if (name == u"open_low")
        return DrawerSensor::OpenWhenLow;
    return fail(QStringLiteral("drawer.sensor"),
        DrawerStateText::tr("\"%1\" is not a drawer sensor setting; use one of: none, open_high, open_low.")
            .arg(name.toString()));
}

QString drawerSensorName(DrawerSensor sensor)
{
    switch (sensor) {
    case DrawerSensor::OpenWhenHigh:
        return QStringLiteral("open_high");
    case DrawerSensor::OpenWhenLow:
        return QStringLiteral("open_low");
    case DrawerSensor::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace retailos::drivers
