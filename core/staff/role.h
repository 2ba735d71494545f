// Built-in roles: stable ids, translated names and the default permission set of each.
#pragma once

#include "core/staff/permission.h"

#include <QString>
#include <QStringView>

#include <span>

namespace retailos {

// Role ids are stored in the database; the back office may add roles of its own.
namespace RoleId {
inline constexpr QStringView Cashier = u"cashier";
inline constexpr QStringView Supervisor = u"supervisor";
inline constexpr QStringView StoreManager = u"store_manager";
inline constexpr QStringView Administrator = u"administrator";
} // namespace RoleId

struct RoleDefinition
{
    QStringView id;
    const char *name;  // untranslated; see roleName()
    PermissionSet permissions;
};

// The defaults the staff schema seeds (tst_staff_directory checks the two agree).
// Each role holds everything the one before it holds.
[[nodiscard]] std::span<const RoleDefinition> builtInRoles();

// Translated name of a built-in role; for any other role, `storedName` (or the id).
[[nodiscard]] QString roleName(QStringView roleId, const QString &storedName = {});

// "A supervisor can approve it." — the sentence a denial ends with.
[[nodiscard]] QString roleCanApproveSentence(QStringView roleId, const QString &storedName = {});

} // namespace retailos
