// Built-in roles (see role.h).
#include "core/staff/role.h"

#include <QCoreApplication>

#include <array>

namespace retailos {

namespace {

using enum Permission;

constexpr PermissionSet kCashier{Sell, VoidLine, Reprint, TillOpenClose};

constexpr PermissionSet kSupervisor = [] {
    PermissionSet set = kCashier;
    set.unite({VoidSale, PriceOverride, DiscountOverLimit, AgeOverride, NoSaleDrawer, TillPaidInOut, ReportX});
    return set;
}();

constexpr PermissionSet kStoreManager = [] {
    PermissionSet set = kSupervisor;
    set.unite({ReportZ, StockAdjust, StaffManage});
    return set;
}();

constexpr PermissionSet kAdministrator = [] {
    PermissionSet set = kStoreManager;
    set.insert(DeviceConfigure);
    return set;
}();

const std::array<RoleDefinition, 4> kRoles{{
    {RoleId::Cashier, QT_TRANSLATE_NOOP("Role", "Cashier"), kCashier},
    {RoleId::Supervisor, QT_TRANSLATE_NOOP("Role", "Supervisor"), kSupervisor},
    {RoleId::StoreManager, QT_TRANSLATE_NOOP("Role", "Store manager"), kStoreManager},
    {RoleId::Administrator, QT_TRANSLATE_NOOP("Role", "Administrator"), kAdministrator},
}};

} // namespace

std::span<const RoleDefinition> builtInRoles()
{
    return kRoles;
}

QString roleName(QStringView roleId, const QString &storedName)
{
    for (const auto &role : kRoles) {
        if (role.id == roleId)
            return QCoreApplication::translate("Role", role.name);
    }
    return storedName.isEmpty() ? roleId.toString() : storedName;
}

QString roleCanApproveSentence(QStringView roleId, const QString &storedName)
{
    // Whole sentences, so translators can choose articles and word order.
    if (roleId == RoleId::Cashier)
        return QCoreApplication::translate("Role", "A cashier can approve it.");
    if (roleId == RoleId::Supervisor)
        return QCoreApplication::translate("Role", "A supervisor can approve it.");
    if (roleId == RoleId::StoreManager)
        return QCoreApplication::translate("Role", "A store manager can approve it.");
    if (roleId == RoleId::Administrator)
        return QCoreApplication::translate("Role", "An administrator can approve it.");
    return QCoreApplication::translate("Role", "Someone with the role “%1” can approve it.")
        .arg(roleName(roleId, storedName));
}

} // namespace retailos
