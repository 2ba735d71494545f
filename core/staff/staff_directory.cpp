// Staff users, PIN sign-in, lock-out, permissions and approvals (see staff_directory.h).
#include "core/staff/staff_directory.h"

#include "core/staff/role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace retailos {

namespace {

constexpr int kMaxCodeLength = 32;
constexpr int kMaxNameLength = 100;

struct StaffText
{
    Q_DECLARE_TR_FUNCTIONS(Staff)
};

Error badCredentials()
{
    return Error{QStringLiteral("staff.bad_credentials"), StaffText::tr("Unknown user or wrong PIN.")};
}

// The replica keeps UTC seconds; the API speaks milliseconds.
qint64 toSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

qint64 toSecondsRoundingUp(qint64 ms)
{
    return -toSeconds(-ms);
}

Error lockedError(qint64 untilUtcMs, qint64 nowUtcMs)
{
    const QLocale locale;
    const QDateTime until = QDateTime::fromMSecsSinceEpoch(untilUtcMs).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowUtcMs).toLocalTime();
    const QString when = until.date() == now.date() ? locale.toString(until.time(), QLocale::ShortFormat)
                                                    : locale.toString(until, QLocale::ShortFormat);
    const int minutes = int((untilUtcMs - nowUtcMs + 59'999) / 60'000);
    // Names no one: whoever typed the code may not be its owner.
    return Error{QStringLiteral("staff.locked"),
                 StaffText::tr("Too many wrong PINs: this user is locked until %1 (in %n minute(s)). "
                    "A manager can set a new PIN.",
                    nullptr, minutes)
                     .arg(when)};
}

Result<> checkCode(QStringView code)
{
    const auto invalid = [] {
        return fail(QStringLiteral("staff.invalid_code"),
                    StaffText::tr("A user code has 1 to %1 characters, without spaces at either end or control characters.")
                        .arg(kMaxCodeLength));
    };
    if (code.isEmpty() || code.size() > kMaxCodeLength || code.trimmed().size() != code.size())
        return invalid();
    for (QChar c : code) {
        if (!c.isPrint())
            return invalid();
    }
    return {};
}

template<typename T>
std::unexpected<Error> propagate(const Result<T> &r)
{
    return std::unexpected(r.error());
}

struct UserRow
{
    qint64 id = 0;
    QString code;
    QString displayName;
    QString storeId;
    QString pinHash;
    int failedAttempts = 0;
    std::optional<qint64> lockedUntilUtcMs;
    bool active = true;
};

// Finds a user by the exact code; the code is bound, never spliced into SQL.
Result<std::optional<UserRow>> loadUser(Database &db, QStringView code, const QString &laneStoreId)
{
    auto stmt = db.prepare(
        "SELECT id, code, display_name, store_id, pin_hash, failed_attempts, locked_until, active FROM users "
        "WHERE code = ?1 AND (?2 IS NULL OR store_id IS NULL OR store_id = ?2)");
    if (!stmt)
        return propagate(stmt);
    stmt->bind(1, code);
    if (laneStoreId.isEmpty())
        stmt->bindNull(2);
    else
        stmt->bind(2, laneStoreId);
    auto row = stmt->step();
    if (!row)
        return propagate(row);
    if (!*row)
        return std::optional<UserRow>();
    UserRow user;
    user.id = stmt->int64(0);
    user.code = stmt->text(1);
    user.displayName = stmt->text(2);
    user.storeId = stmt->isNull(3) ? QString() : stmt->text(3);
    user.pinHash = stmt->text(4);
    user.failedAttempts = int(stmt->int64(5));
    if (!stmt->isNull(6))
        user.lockedUntilUtcMs = stmt->int64(6) * 1000;
    user.active = stmt->int64(7) != 0;
    return user;
}

Result<QList<QString>> loadRoles(Database &db, qint64 userId)
{
    auto stmt = db.prepare("SELECT role_id FROM user_roles WHERE user_id = ?1 ORDER BY role_id");
    if (!stmt)
        return propagate(stmt);
    stmt->bind(1, userId);
    QList<QString> roles;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return propagate(row);
        if (!*row)
            return roles;
        roles.append(stmt->text(0));
    }
}

Result<PermissionSet> loadPermissions(Database &db, qint64 userId)
{
    auto stmt = db.prepare(
        "SELECT DISTINCT rp.permission FROM user_roles ur JOIN role_permissions rp ON rp.role_id = ur.role_id "
        "WHERE ur.user_id = ?1");
    if (!stmt)
        return propagate(stmt);
    stmt->bind(1, userId);
    PermissionSet permissions;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return propagate(row);
        if (!*row)
            return permissions;
        // Ids this build does not know (granted by newer back-office software) grant nothing here.
        if (auto p = permissionFromId(stmt->text(0)))
            permissions.insert(*p);
    }
}

Result<bool> exists(Database &db, std::string_view sql, QStringView key)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return propagate(stmt);
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return propagate(row);
    return *row;
}

// Runs an UPDATE ... WHERE code = ?1 that must hit exactly one user.
Result<> updateUser(Database &db, std::string_view sql, QStringView code,
                    const std::function<void(Statement &)> &bindRest)
{
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun;
    auto stmt = db.prepare(sql);
    if (!stmt)
        return propagate(stmt);
    stmt->bind(1, code);
    bindRest(*stmt);
    if (auto ran = stmt->run(); !ran)
        return ran;
    if (db.changes() != 1)
        return fail(QStringLiteral("staff.not_found"), StaffText::tr("There is no user with the code %1.").arg(code));
    return tx.commit();
}

} // namespace

QStringView securityEventId(SecurityEventKind kind)
{
    switch (kind) {
    case SecurityEventKind::SignedIn: return u"staff.signed_in";
    case SecurityEventKind::SignInFailed: return u"staff.sign_in_failed";
    case SecurityEventKind::LockedOut: return u"staff.locked_out";
    case SecurityEventKind::SignInRefusedLocked: return u"staff.sign_in_refused_locked";
    case SecurityEventKind::SignInRefusedInactive: return u"staff.sign_in_refused_inactive";
    case SecurityEventKind::ApprovalGranted: return u"staff.approval_granted";
    case SecurityEventKind::ApprovalDenied: return u"staff.approval_denied";
    }
    return u"staff.unknown";
}

StaffDirectory::StaffDirectory(Database &db, StaffPolicy policy) : m_db(&db), m_policy(std::move(policy)) {}

void StaffDirectory::report(const SecurityEvent &event) const
{
    if (m_listener)
        m_listener(event);
}

Result<qint64> StaffDirectory::createUser(const NewUser &user, QStringView pin, qint64 nowUtcMs)
{
    if (auto ok = checkCode(user.code); !ok)
        return propagate(ok);
    const QString name = user.displayName.trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength) {
        return fail(QStringLiteral("staff.invalid_name"),
                    StaffText::tr("A display name has 1 to %1 characters.").arg(kMaxNameLength));
    }
    QList<QString> roles = user.roleIds;
    roles.removeDuplicates();
    if (roles.isEmpty())
        return fail(QStringLiteral("staff.no_role"), StaffText::tr("A user needs at least one role."));
    // Hash before the transaction: no reason to hold the write lock while PBKDF2 runs.
    auto hash = PinHash::create(pin, m_policy.pinIterations);
    if (!hash)
        return propagate(hash);

    Transaction tx(*m_db);
    if (auto begun = tx.begin(); !begun)
        return propagate(begun);
    for (const QString &role : std::as_const(roles)) {
        auto known = exists(*m_db, "SELECT 1 FROM roles WHERE id = ?1", role);
        if (!known)
            return propagate(known);
        if (!*known)
            return fail(QStringLiteral("staff.unknown_role"), StaffText::tr("There is no role “%1”.").arg(role));
    }
    auto taken = exists(*m_db, "SELECT 1 FROM users WHERE code = ?1", user.code);
    if (!taken)
        return propagate(taken);
    if (*taken)
        return fail(QStringLiteral("staff.duplicate_code"), StaffText::tr("The user code %1 is already taken.").arg(user.code));

    auto insert = m_db->prepare(
        "INSERT INTO users(code, display_name, store_id, pin_hash, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
    if (!insert)
        return propagate(insert);
    insert->bind(1, user.code).bind(2, name).bind(4, hash->toString()).bind(5, toSeconds(nowUtcMs));
    if (user.storeId.isEmpty())
        insert->bindNull(3);
    else
        insert->bind(3, user.storeId);
    if (auto ran = insert->run(); !ran)
        return propagate(ran);
    const qint64 id = m_db->lastInsertRowId();

    auto addRole = m_db->prepare("INSERT INTO user_roles(user_id, role_id) VALUES (?1, ?2)");
    if (!addRole)
        return propagate(addRole);
    for (const QString &role : std::as_const(roles)) {
        if (auto ran = addRole->bind(1, id).bind(2, role).run(); !ran)
            return propagate(ran);
    }
    if (auto committed = tx.commit(); !committed)
        return propagate(committed);
    return id;
}

Result<> StaffDirectory::setPin(QStringView code, QStringView pin, qint64 nowUtcMs)
{
    auto hash = PinHash::create(pin, m_policy.pinIterations);
    if (!hash)
        return propagate(hash);
    const QString stored = hash->toString();
    return updateUser(*m_db,
                      "UPDATE users SET pin_hash = ?2, failed_attempts = 0, locked_until = NULL, updated_at = ?3 "
                      "WHERE code = ?1",
                      code, [&](Statement &stmt) { stmt.bind(2, stored).bind(3, toSeconds(nowUtcMs)); });
}

Result<> StaffDirectory::setActive(QStringView code, bool active, qint64 nowUtcMs)
{
    return updateUser(*m_db, "UPDATE users SET active = ?2, updated_at = ?3 WHERE code = ?1", code,
                      [&](Statement &stmt) { stmt.bind(2, active).bind(3, toSeconds(nowUtcMs)); });
}

Result<StaffUser> StaffDirectory::findByCode(QStringView code)
{
    auto stmt = m_db->prepare(
        "SELECT id, code, display_name, store_id, active, failed_attempts, locked_until, last_sign_in_at, "
        "created_at, updated_at FROM users WHERE code = ?1");
    if (!stmt)
        return propagate(stmt);
    stmt->bind(1, code);
    auto row = stmt->step();
    if (!row)
        return propagate(row);
    if (!*row)
        return fail(QStringLiteral("staff.not_found"), StaffText::tr("There is no user with the code %1.").arg(code));
    StaffUser user;
    user.id = stmt->int64(0);
    user.code = stmt->text(1);
    user.displayName = stmt->text(2);
    user.storeId = stmt->isNull(3) ? QString() : stmt->text(3);
    user.active = stmt->int64(4) != 0;
    user.failedAttempts = int(stmt->int64(5));
    if (!stmt->isNull(6))
        user.lockedUntilUtcMs = stmt->int64(6) * 1000;
    if (!stmt->isNull(7))
        user.lastSignInUtcMs = stmt->int64(7) * 1000;
    user.createdAtUtcMs = stmt->int64(8) * 1000;
    user.updatedAtUtcMs = stmt->int64(9) * 1000;
    auto roles = loadRoles(*m_db, user.id);
    if (!roles)
        return propagate(roles);
    user.roleIds = std::move(*roles);
    return user;
}

Result<SignedInUser> StaffDirectory::authenticate(QStringView code, QStringView pin, qint64 nowUtcMs,
                                                  std::optional<Permission> forApproval)
{
    SecurityEvent event;
    event.atUtcMs = nowUtcMs;
    event.permission = forApproval;

    // One IMMEDIATE transaction from read to write, so two attempts at once
    // (two lanes sharing a replica, a retry) cannot both count from the same
    // number. It holds the write lock while PBKDF2 runs: tens of milliseconds.
    Transaction tx(*m_db);
    if (auto begun = tx.begin(); !begun)
        return propagate(begun);
    auto found = loadUser(*m_db, code, m_policy.laneStoreId);
    if (!found)
        return propagate(found);

    if (!*found) {
        // Spend the time a real check takes, so response time does not tell
        // which codes exist either.
        (void)PinHash::create(u"0000", m_policy.pinIterations);
        event.kind = SecurityEventKind::SignInFailed;
        report(event);
        return std::unexpected(badCredentials());
    }

    const UserRow &user = **found;
    event.userId = user.id;
    event.userCode = user.code;
    event.displayName = user.displayName;
    event.failedAttempts = user.failedAttempts;

    if (user.lockedUntilUtcMs && *user.lockedUntilUtcMs > nowUtcMs) {
        // The PIN is not even checked: guessing must not go on during a lock-out.
        event.kind = SecurityEventKind::SignInRefusedLocked;
        event.lockedUntilUtcMs = user.lockedUntilUtcMs;
        report(event);
        return std::unexpected(lockedError(*user.lockedUntilUtcMs, nowUtcMs));
    }

    auto stored = PinHash::parse(user.pinHash);
    if (!stored) {
        return fail(QStringLiteral("staff.pin_hash"),
                    StaffText::tr("This user's PIN cannot be checked by this version. A manager can set a new PIN."));
    }

    if (!stored->matches(pin)) {
        // Failures keep counting after a lock-out ends until a right PIN: once
        // locked, each further wrong PIN locks again at once.
        const int failures = user.failedAttempts + 1;
        const bool lock = failures >= m_policy.maxFailedAttempts;
        const qint64 untilSeconds = toSecondsRoundingUp(nowUtcMs) + qint64{m_policy.lockoutMinutes} * 60;
        auto update = m_db->prepare(
            "UPDATE users SET failed_attempts = ?2, locked_until = CASE WHEN ?3 THEN ?4 ELSE locked_until END "
            "WHERE id = ?1");
        if (!update)
            return propagate(update);
        update->bind(1, user.id).bind(2, failures).bind(3, lock).bind(4, untilSeconds);
        auto written = update->run();
        if (written)
            written = tx.commit();
        // The attempt happened whether or not the counter could be stored.
        event.kind = SecurityEventKind::SignInFailed;
        event.failedAttempts = failures;
        report(event);
        if (!written)
            return propagate(written);
        if (lock) {
            event.kind = SecurityEventKind::LockedOut;
            event.lockedUntilUtcMs = untilSeconds * 1000;
            report(event);
            return std::unexpected(lockedError(untilSeconds * 1000, nowUtcMs));
        }
        return std::unexpected(badCredentials());
    }

    // Only someone who knows the PIN learns that the account is deactivated.
    if (!user.active) {
        event.kind = SecurityEventKind::SignInRefusedInactive;
        report(event);
        return fail(QStringLiteral("staff.inactive"),
                    StaffText::tr("%1 has been deactivated and cannot sign in.").arg(user.displayName));
    }

    std::optional<QString> rehashed;
    if (stored->weakerThan(m_policy.pinIterations)) {
        auto stronger = PinHash::create(pin, m_policy.pinIterations);
        if (stronger)
            rehashed = stronger->toString();
        // else: keep the old hash; signing in matters more than upgrading it now.
    }
    auto update = m_db->prepare(
        "UPDATE users SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?2, "
        "pin_hash = coalesce(?3, pin_hash) WHERE id = ?1");
    if (!update)
        return propagate(update);
    update->bind(1, user.id).bind(2, toSeconds(nowUtcMs));
    if (rehashed)
        update->bind(3, *rehashed);
    else
        update->bindNull(3);
    if (auto ran = update->run(); !ran)
        return propagate(ran);

    SignedInUser signedIn;
    signedIn.id = user.id;
    signedIn.code = user.code;
    signedIn.displayName = user.displayName;
    signedIn.storeId = user.storeId;
    signedIn.signedInAtUtcMs = nowUtcMs;
    auto roles = loadRoles(*m_db, user.id);
    if (!roles)
        return propagate(roles);
    signedIn.roleIds = std::move(*roles);
    auto permissions = loadPermissions(*m_db, user.id);
    if (!permissions)
        return propagate(permissions);
    signedIn.permissions = *permissions;
    if (auto committed = tx.commit(); !committed)
        return propagate(committed);
    return signedIn;
}

Result<SignedInUser> StaffDirectory::signIn(QStringView code, QStringView pin, qint64 nowUtcMs)
{
    auto user = authenticate(code, pin, nowUtcMs, std::nullopt);
    if (user) {
        SecurityEvent event;
        event.kind = SecurityEventKind::SignedIn;
        event.atUtcMs = nowUtcMs;
        event.userId = user->id;
        event.userCode = user->code;
        event.displayName = user->displayName;
        report(event);
    }
    return user;
}

Error StaffDirectory::denial(const SignedInUser &user, Permission permission)
{
    QString message = StaffText::tr("%1 may not %2 (permission %3 missing).")
                          .arg(user.displayName, permissionAction(permission), permissionId(permission));
    // The least powerful role holding the permission tells the cashier whom to call.
    auto stmt = m_db->prepare(
        "SELECT r.id, r.name FROM roles r JOIN role_permissions rp ON rp.role_id = r.id WHERE rp.permission = ?1 "
        "ORDER BY (SELECT count(*) FROM role_permissions x WHERE x.role_id = r.id), r.id LIMIT 1");
    if (stmt) {
        stmt->bind(1, permissionId(permission));
        if (auto row = stmt->step(); row && *row)
            message += u' ' + roleCanApproveSentence(stmt->text(0), stmt->text(1));
    }
    return Error{QStringLiteral("staff.permission_denied"), message};
}

Result<> StaffDirectory::require(const SignedInUser &user, Permission permission)
{
    if (user.may(permission))
        return {};
    return std::unexpected(denial(user, permission));
}

Result<StaffApproval> StaffDirectory::approve(QStringView code, QStringView pin, Permission permission, qint64 nowUtcMs)
{
    auto approver = authenticate(code, pin, nowUtcMs, permission);
    if (!approver)
        return propagate(approver);
    SecurityEvent event;
    event.atUtcMs = nowUtcMs;
    event.userId = approver->id;
    event.userCode = approver->code;
    event.displayName = approver->displayName;
    event.permission = permission;
    if (!approver->may(permission)) {
        event.kind = SecurityEventKind::ApprovalDenied;
        report(event);
        return std::unexpected(denial(*approver, permission));
    }
    event.kind = SecurityEventKind::ApprovalGranted;
    report(event);
    return StaffApproval{std::move(*approver), permission, nowUtcMs};
}

} // namespace retailos
