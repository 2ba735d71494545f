// Permission ids and names (see permission.h).
#include "core/staff/permission.h"

#include <QCoreApplication>

#include <array>
#include <bit>

namespace retailos {

namespace {

struct PermissionInfo
{
    Permission permission;
    QStringView id;
    const char *name;    // translated in context "Permission"
    const char *action;  // translated in context "Permission action"
};

constexpr std::array<PermissionInfo, kPermissionCount> kPermissions{{
    {Permission::Sell, u"sale.sell", QT_TRANSLATE_NOOP("Permission", "Sell"),
     QT_TRANSLATE_NOOP("Permission action", "sell")},
    {Permission::VoidLine, u"sale.void_line", QT_TRANSLATE_NOOP("Permission", "Void a line"),
     QT_TRANSLATE_NOOP("Permission action", "void a line")},
    {Permission::VoidSale, u"sale.void_sale", QT_TRANSLATE_NOOP("Permission", "Void a sale"),
     QT_TRANSLATE_NOOP("Permission action", "void a sale")},
    {Permission::PriceOverride, u"sale.price_override", QT_TRANSLATE_NOOP("Permission", "Override a price"),
     QT_TRANSLATE_NOOP("Permission action", "override a price")},
    {Permission::DiscountOverLimit, u"sale.discount_over_limit",
     QT_TRANSLATE_NOOP("Permission", "Give a discount over the limit"),
     QT_TRANSLATE_NOOP("Permission action", "give a discount over the limit")},
    {Permission::AgeOverride, u"sale.age_override", QT_TRANSLATE_NOOP("Permission", "Override an age check"),
     QT_TRANSLATE_NOOP("Permission action", "override an age check")},
    {Permission::NoSaleDrawer, u"sale.no_sale_drawer", QT_TRANSLATE_NOOP("Permission", "Open the drawer without a sale"),
     QT_TRANSLATE_NOOP("Permission action", "open the drawer without a sale")},
    {Permission::Reprint, u"sale.reprint", QT_TRANSLATE_NOOP("Permission", "Reprint a receipt"),
     QT_TRANSLATE_NOOP("Permission action", "reprint a receipt")},
    {Permission::TillOpenClose, u"till.open_close", QT_TRANSLATE_NOOP("Permission", "Open and close a till"),
     QT_TRANSLATE_NOOP("Permission action", "open or close a till")},
    {Permission::TillPaidInOut, u"till.paid_in_out", QT_TRANSLATE_NOOP("Permission", "Pay cash in or out"),
     QT_TRANSLATE_NOOP("Permission action", "pay cash in or out")},
    {Permission::ReportX, u"report.x", QT_TRANSLATE_NOOP("Permission", "Print an X report"),
     QT_TRANSLATE_NOOP("Permission action", "print an X report")},
    {Permission::ReportZ, u"report.z", QT_TRANSLATE_NOOP("Permission", "Print a Z report"),
     QT_TRANSLATE_NOOP("Permission action", "print a Z report")},
    {Permission::StockAdjust, u"stock.adjust", QT_TRANSLATE_NOOP("Permission", "Adjust stock"),
     QT_TRANSLATE_NOOP("Permission action", "adjust stock")},
    {Permission::StaffManage, u"staff.manage", QT_TRANSLATE_NOOP("Permission", "Manage staff"),
     QT_TRANSLATE_NOOP("Permission action", "manage staff")},
    {Permission::DeviceConfigure, u"device.configure", QT_TRANSLATE_NOOP("Permission", "Configure devices"),
     QT_TRANSLATE_NOOP("Permission action", "configure devices")},
}};

// The table is indexed by the enum; a reordering would silently swap permissions.
constexpr bool tableInEnumOrder()
{
    for (int i = 0; i < kPermissionCount; ++i) {
        if (int(kPermissions[std::size_t(i)].permission) != i)
            return false;
    }
    return true;
}
static_assert(tableInEnumOrder(), "kPermissions must list every Permission in enum order");

const PermissionInfo &info(Permission permission)
{
    return kPermissions[std::size_t(permission)];
}

} // namespace

QStringView permissionId(Permission permission)
{
    return info(permission).id;
}

std::optional<Permission> permissionFromId(QStringView id)
{
    for (const auto &p : kPermissions) {
        if (p.id == id)
            return p.permission;
    }
    return std::nullopt;
}

QString permissionName(Permission permission)
{
    return QCoreApplication::translate("Permission", info(permission).name);
}

QString permissionAction(Permission permission)
{
    return QCoreApplication::translate("Permission action", info(permission).action);
}

PermissionSet PermissionSet::all()
{
    PermissionSet set;
    for (const auto &p : kPermissions)
        set.insert(p.permission);
    return set;
}

int PermissionSet::size() const
{
    return std::popcount(m_bits);
}

QList<Permission> PermissionSet::toList() const
{
    QList<Permission> list;
    for (const auto &p : kPermissions) {
        if (contains(p.permission))
            list.append(p.permission);
    }
    return list;
}

} // namespace retailos
