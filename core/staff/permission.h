// What a member of staff may do: stable permission ids, their translated names, and a small set type.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

namespace retailos {

// The ids (permissionId) are stored in the database and sent by the back office:
// never rename one; add new values at the end.
enum class Permission {
    Sell,               // sale.sell
    VoidLine,           // sale.void_line
    VoidSale,           // sale.void_sale
    PriceOverride,      // sale.price_override
    DiscountOverLimit,  // sale.discount_over_limit
    AgeOverride,        // sale.age_override
    NoSaleDrawer,       // sale.no_sale_drawer
    Reprint,            // sale.reprint
    TillOpenClose,      // till.open_close
    TillPaidInOut,      // till.paid_in_out
    ReportX,            // report.x
    ReportZ,            // report.z
    StockAdjust,        // stock.adjust
    StaffManage,        // staff.manage
    DeviceConfigure,    // device.configure
};

inline constexpr int kPermissionCount = int(Permission::DeviceConfigure) + 1;

// Named permissionId/permissionFromId rather than toString/fromString: QTest
// finds toString(T) by argument-dependent lookup and expects it to return char *,
// so a retailos::toString(Permission) would break every QCOMPARE on a Permission.
[[nodiscard]] QStringView permissionId(Permission permission);
// nullopt for an id this build does not know (e.g. sent by newer back-office software).
[[nodiscard]] std::optional<Permission> permissionFromId(QStringView id);
// Translated, for lists in the back office: "Void a sale".
[[nodiscard]] QString permissionName(Permission permission);
// Translated, to complete "<name> may not ...": "void a sale".
[[nodiscard]] QString permissionAction(Permission permission);

class PermissionSet
{
public:
    constexpr PermissionSet() = default;
    constexpr PermissionSet(std::initializer_list<Permission> permissions)
    {
        for (Permission p : permissions)
            insert(p);
    }

    [[nodiscard]] static PermissionSet all();

    [[nodiscard]] constexpr bool contains(Permission p) const { return (m_bits & bit(p)) != 0; }
    constexpr void insert(Permission p) { m_bits |= bit(p); }
    constexpr void remove(Permission p) { m_bits &= ~bit(p); }
    constexpr void unite(PermissionSet other) { m_bits |= other.m_bits; }
    [[nodiscard]] constexpr bool isEmpty() const { return m_bits == 0; }
    [[nodiscard]] int size() const;
    [[nodiscard]] QList<Permission> toList() const;

    friend constexpr bool operator==(PermissionSet, PermissionSet) = default;

private:
    static constexpr quint32 bit(Permission p) { return quint32{1} << unsigned(p); }
    quint32 m_bits = 0;
};

} // namespace retailos
