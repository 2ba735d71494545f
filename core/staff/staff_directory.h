// Staff on the lane: users and their roles, PIN sign-in with lock-out, permission checks and manager approval.
#pragma once

#include "core/common/result.h"
#include "core/db/database.h"
#include "core/staff/permission.h"
#include "core/staff/pin_hash.h"
#include "core/staff/security_event.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace retailos {

struct StaffPolicy
{
    int maxFailedAttempts = 5;   // consecutive wrong PINs before a lock-out
    int lockoutMinutes = 15;
    int pinIterations = PinHash::kDefaultIterations;
    // Empty: people of any store may sign in. Otherwise only this store's staff
    // and chain-wide staff (store_id NULL); anyone else is an unknown user.
    QString laneStoreId;
    // For the UI: lock the lane after this long without input. 0 disables.
    int idleLockSeconds = 120;
};

struct NewUser
{
    QString code;            // what the person types, e.g. "1001"
    QString displayName;
    QList<QString> roleIds;  // at least one; see RoleId
    QString storeId;         // empty: works in every store
};

struct StaffUser
{
    qint64 id = 0;
    QString code;
    QString displayName;
    QString storeId;
    QList<QString> roleIds;
    bool active = true;
    int failedAttempts = 0;
    std::optional<qint64> lockedUntilUtcMs;
    std::optional<qint64> lastSignInUtcMs;
    qint64 createdAtUtcMs = 0;
    qint64 updatedAtUtcMs = 0;
};

// Who is at the lane. Permissions are a snapshot taken at sign-in: a role
// change applies from the next sign-in.
struct SignedInUser
{
    qint64 id = 0;
    QString code;
    QString displayName;
    QString storeId;
    QList<QString> roleIds;
    PermissionSet permissions;
    qint64 signedInAtUtcMs = 0;

    [[nodiscard]] bool may(Permission permission) const { return permissions.contains(permission); }
};

// A second person's consent to one action; the caller records both people.
struct StaffApproval
{
    SignedInUser approver;
    Permission permission;
    qint64 approvedAtUtcMs = 0;
};

// Not a QObject: a value over the lane database. Sign-in and approval hash a
// PIN (tens of milliseconds), so a UI runs them off the GUI thread.
class StaffDirectory
{
public:
    explicit StaffDirectory(Database &db, StaffPolicy policy = {});

    [[nodiscard]] const StaffPolicy &policy() const { return m_policy; }
    // Receives every sign-in, failure, lock-out and approval; the journal listens here.
    void setSecurityListener(SecurityListener listener) { m_listener = std::move(listener); }

    // Returns the new user's id. Fails with staff.invalid_code, staff.invalid_name,
    // staff.no_role, staff.unknown_role, staff.pin_format or staff.duplicate_code.
    [[nodiscard]] Result<qint64> createUser(const NewUser &user, QStringView pin, qint64 nowUtcMs);
    // Sets a new PIN and clears failures and any lock-out (how a manager unlocks someone).
    [[nodiscard]] Result<> setPin(QStringView code, QStringView pin, qint64 nowUtcMs);
    [[nodiscard]] Result<> setActive(QStringView code, bool active, qint64 nowUtcMs);
    // staff.not_found if there is no such user.
    [[nodiscard]] Result<StaffUser> findByCode(QStringView code);

    // Fails with staff.bad_credentials (unknown code and wrong PIN alike),
    // staff.locked (naming when it ends) or staff.inactive (only after a right PIN).
    // Re-hashes the PIN when it was stored with fewer iterations than the policy.
    [[nodiscard]] Result<SignedInUser> signIn(QStringView code, QStringView pin, qint64 nowUtcMs);

    // staff.permission_denied, naming the permission and who could approve it.
    [[nodiscard]] Result<> require(const SignedInUser &user, Permission permission);

    // A second person signs in for this one action and must hold `permission`.
    // Counts towards that person's lock-out like any sign-in.
    [[nodiscard]] Result<StaffApproval> approve(QStringView code, QStringView pin, Permission permission,
                                           qint64 nowUtcMs);

private:
    [[nodiscard]] Result<SignedInUser> authenticate(QStringView code, QStringView pin, qint64 nowUtcMs,
                                                    std::optional<Permission> forApproval);
    [[nodiscard]] Error denial(const SignedInUser &user, Permission permission);
    void report(const SecurityEvent &event) const;

    Database *m_db;
    StaffPolicy m_policy;
    SecurityListener m_listener;
};

} // namespace retailos
