// Staff sign-in end to end on a real lane database: lock-out, inactive users,
// permissions per role, manager approval, re-hashing and hostile user codes.
#include "core/staff/role.h"
#include "core/staff/staff_directory.h"
#include "core/staff/staff_schema.h"
#include "tests/support/temp_database.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace retailos;

Q_DECLARE_METATYPE(retailos::Permission)

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kNow = 1'795'000'000'000; // 2026-11-18, whole second, UTC ms
constexpr int kFast = 1000;                // PBKDF2 rounds in tests; production uses the default

StaffPolicy fastPolicy()
{
    StaffPolicy policy;
    policy.pinIterations = kFast;
    return policy;
}

QString storedHash(Database &db, const QString &code)
{
    auto stmt = db.prepare("SELECT pin_hash FROM users WHERE code = ?1");
    if (!stmt || !stmt->bind(1, code).step().value_or(false))
        return {};
    return stmt->text(0);
}

qint64 count(Database &db, std::string_view sql)
{
    return db.queryInt(sql).value_or(-1);
}

} // namespace

class tst_StaffDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void schemaAppliesOnTopOfTheLaneSchema();
    void seededRolesMatchBuiltIns();
    void createsAndFindsUsers();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void storesOnlySaltedHashes();
    void signsIn();
    void unknownUserAndWrongPinLookTheSame();
    void locksOutAfterExactlyNFailures_data();
    void locksOutAfterExactlyNFailures();
    void successResetsTheCounter();
    void wrongPinAfterLockOutLocksAgain();
    void newPinLiftsALockOut();
    void inactiveUsersCannotSignIn();
    void permissionsPerRole_data();
    void permissionsPerRole();
    void denialNamesThePermissionAndWhoCanApprove_data();
    void denialNamesThePermissionAndWhoCanApprove();
    void supervisorApprovesForCashier();
    void approvalFailuresCountTowardsLockOut();
    void rehashesWeakerHashesOnSignIn();
    void hostileCodesAreJustData_data();
    void hostileCodesAreJustData();
    void laneSeesOnlyItsStoreAndChainStaff();
    void pinsAndHashesNeverLeak();

private:
    StaffDirectory &directory() { return *m_staff; }
    void addUser(const QString &code, const QString &name, const QString &role, const QString &pin,
                 const QString &storeId = {});

    std::optional<test::TempDatabase> m_tmp;
    std::optional<Database> m_db;
    std::optional<StaffDirectory> m_staff;
    QList<SecurityEvent> m_events;
};

void tst_StaffDirectory::init()
{
    m_tmp.emplace();
    m_db = m_tmp->open();
    // Applied here only while the lane migrations do not include it yet.
    if (count(*m_db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'") == 0)
        QVERIFY(m_db->exec(kStaffSchema));
    m_staff.emplace(*m_db, fastPolicy());
    m_events.clear();
    m_staff->setSecurityListener([this](const SecurityEvent &e) { m_events.append(e); });
}

void tst_StaffDirectory::cleanup()
{
    m_staff.reset();
    m_db.reset();
    m_tmp.reset();
}

void tst_StaffDirectory::addUser(const QString &code, const QString &name, const QString &role, const QString &pin,
                                 const QString &storeId)
{
    auto id = directory().createUser(NewUser{code, name, {role}, storeId}, pin, kNow);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
}

void tst_StaffDirectory::schemaAppliesOnTopOfTheLaneSchema()
{
    const auto lane = laneMigrations();
    const auto wired = std::find_if(lane.begin(), lane.end(), [](const Migration &m) { return m.sql == kStaffSchema; });
    QList<Migration> all(lane.begin(), lane.end());
    if (wired == lane.end()) // not registered yet: it must apply as the next version, in one piece
        all.append(Migration{int(lane.size()) + 1, "staff", kStaffSchema});
    auto db = Database::open(m_tmp->path(u"migrated.db"_qs));
    QVERIFY(db);
    auto version = migrate(*db, all);
    QVERIFY2(version, qPrintable(version ? QString() : version.error().message));
    QCOMPARE(*version, int(all.size()));
    QCOMPARE(count(*db, "SELECT count(*) FROM roles"), 4);
    QCOMPARE(count(*db, "SELECT count(*) FROM users"), 0);
}

void tst_StaffDirectory::seededRolesMatchBuiltIns()
{
    QCOMPARE(count(*m_db, "SELECT count(*) FROM roles"), qint64(builtInRoles().size()));
    for (const RoleDefinition &role : builtInRoles()) {
        auto stmt = m_db->prepare("SELECT permission FROM role_permissions WHERE role_id = ?1");
        QVERIFY(stmt);
        stmt->bind(1, role.id);
        PermissionSet seeded;
        while (stmt->step().value_or(false)) {
            auto p = permissionFromId(stmt->text(0));
            QVERIFY2(p, qPrintable(stmt->text(0)));
            seeded.insert(*p);
        }
        QVERIFY2(seeded == role.permissions, qPrintable(role.id.toString()));
    }
}

void tst_StaffDirectory::createsAndFindsUsers()
{
    auto id = directory().createUser(NewUser{u"1001"_qs, u"  Trinh Nguyen "_qs,
                                             {u"cashier"_qs, u"supervisor"_qs, u"cashier"_qs}, u"store-001"_qs},
                                     u"2580", kNow);
    QVERIFY(id);
    auto user = directory().findByCode(u"1001");
    QVERIFY(user);
    QCOMPARE(user->id, *id);
    QCOMPARE(user->code, u"1001"_qs);
    QCOMPARE(user->displayName, u"Trinh Nguyen"_qs);
    QCOMPARE(user->storeId, u"store-001"_qs);
    QCOMPARE(user->roleIds, (QList<QString>{u"cashier"_qs, u"supervisor"_qs}));
    QVERIFY(user->active);
    QCOMPARE(user->failedAttempts, 0);
    QCOMPARE(user->lockedUntilUtcMs, std::nullopt);
    QCOMPARE(user->createdAtUtcMs, kNow);

    auto missing = directory().findByCode(u"1002");
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, u"staff.not_found"_qs);
}

void tst_StaffDirectory::createRefusesBadInput_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<QString>>("roles");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("error");
    const QList<QString> cashier{u"cashier"_qs};
    QTest::newRow("empty code") << QString() << u"A"_qs << cashier << u"1234"_qs << u"staff.invalid_code"_qs;
    QTest::newRow("code with leading space") << u" 1002"_qs << u"A"_qs << cashier << u"1234"_qs << u"staff.invalid_code"_qs;
    QTest::newRow("code with newline") << u"10\n02"_qs << u"A"_qs << cashier << u"1234"_qs << u"staff.invalid_code"_qs;
    QTest::newRow("code too long") << QString(33, u'7') << u"A"_qs << cashier << u"1234"_qs << u"staff.invalid_code"_qs;
    QTest::newRow("blank name") << u"1002"_qs << u"   "_qs << cashier << u"1234"_qs << u"staff.invalid_name"_qs;
    QTest::newRow("no role") << u"1002"_qs << u"A"_qs << QList<QString>{} << u"1234"_qs << u"staff.no_role"_qs;
    QTest::newRow("unknown role") << u"1002"_qs << u"A"_qs << QList<QString>{u"cashier"_qs, u"god"_qs} << u"1234"_qs
                                  << u"staff.unknown_role"_qs;
    QTest::newRow("short PIN") << u"1002"_qs << u"A"_qs << cashier << u"123"_qs << u"staff.pin_format"_qs;
    QTest::newRow("PIN with letters") << u"1002"_qs << u"A"_qs << cashier << u"12ab"_qs << u"staff.pin_format"_qs;
    QTest::newRow("code taken") << u"1001"_qs << u"A"_qs << cashier << u"1234"_qs << u"staff.duplicate_code"_qs;
}

void tst_StaffDirectory::createRefusesBadInput()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QList<QString>, roles);
    QFETCH(QString, pin);
    QFETCH(QString, error);
    addUser(u"1001"_qs, u"Existing"_qs, u"cashier"_qs, u"9999"_qs);
    auto id = directory().createUser(NewUser{code, name, roles, {}}, pin, kNow);
    QVERIFY(!id);
    QCOMPARE(id.error().code, error);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM users"), 1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM user_roles"), 1);
}

void tst_StaffDirectory::storesOnlySaltedHashes()
{
    addUser(u"1001"_qs, u"A"_qs, u"cashier"_qs, u"7391"_qs);
    addUser(u"1002"_qs, u"B"_qs, u"cashier"_qs, u"7391"_qs);
    const QString a = storedHash(*m_db, u"1001"_qs);
    const QString b = storedHash(*m_db, u"1002"_qs);
    QVERIFY2(a.startsWith(u"pbkdf2-sha256$1000$"), qPrintable(a));
    QVERIFY(PinHash::parse(a));
    QVERIFY(a != b);
    QVERIFY(!a.contains(u"7391"));
    // The schema itself refuses a bare PIN in pin_hash.
    QVERIFY(!m_db->exec("UPDATE users SET pin_hash = '7391' WHERE code = '1001'"));
}

void tst_StaffDirectory::signsIn()
{
    addUser(u"1001"_qs, u"Trinh Nguyen"_qs, u"cashier"_qs, u"2580"_qs, u"store-001"_qs);
    auto user = directory().signIn(u"1001", u"2580", kNow + 5 * kMinute);
    QVERIFY2(user, qPrintable(user ? QString() : user.error().message));
    QCOMPARE(user->code, u"1001"_qs);
    QCOMPARE(user->displayName, u"Trinh Nguyen"_qs);
    QCOMPARE(user->storeId, u"store-001"_qs);
    QCOMPARE(user->roleIds, QList<QString>{u"cashier"_qs});
    QVERIFY(user->may(Permission::Sell));
    QVERIFY(!user->may(Permission::VoidSale));
    QCOMPARE(user->signedInAtUtcMs, kNow + 5 * kMinute);
    QCOMPARE(directory().findByCode(u"1001")->lastSignInUtcMs, std::optional<qint64>(kNow + 5 * kMinute));
    QCOMPARE(m_events.size(), 1);
    QCOMPARE(m_events[0].kind, SecurityEventKind::SignedIn);
    QCOMPARE(m_events[0].userCode, u"1001"_qs);
    QCOMPARE(securityEventId(m_events[0].kind), u"staff.signed_in");
}

void tst_StaffDirectory::unknownUserAndWrongPinLookTheSame()
{
    addUser(u"1001"_qs, u"A"_qs, u"cashier"_qs, u"2580"_qs);
    auto unknown = directory().signIn(u"1009", u"2580", kNow);
    auto wrongPin = directory().signIn(u"1001", u"2581", kNow);
    auto badFormat = directory().signIn(u"1001", u"25", kNow);
    QVERIFY(!unknown && !wrongPin && !badFormat);
    QCOMPARE(unknown.error().code, u"staff.bad_credentials"_qs);
    QCOMPARE(unknown.error().message, u"Unknown user or wrong PIN."_qs);
    QCOMPARE(wrongPin.error(), unknown.error());
    QCOMPARE(badFormat.error(), unknown.error());

    QCOMPARE(m_events.size(), 3);
    QCOMPARE(m_events[0].kind, SecurityEventKind::SignInFailed);
    QVERIFY(!m_events[0].userId);           // nobody has that code...
    QVERIFY(m_events[0].userCode.isEmpty()); // ...and it may have been a PIN typed in the wrong field
    QCOMPARE(m_events[1].kind, SecurityEventKind::SignInFailed);
    QCOMPARE(m_events[1].userCode, u"1001"_qs);
    QCOMPARE(m_events[1].failedAttempts, 1);
    QCOMPARE(m_events[2].failedAttempts, 2);
}

void tst_StaffDirectory::locksOutAfterExactlyNFailures_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("minutes");
    QTest::newRow("defaults: 5 tries, 15 minutes") << 5 << 15;
    QTest::newRow("3 tries, 30 minutes") << 3 << 30;
    QTest::newRow("1 try, 1 minute") << 1 << 1;
}

void tst_StaffDirectory::locksOutAfterExactlyNFailures()
{
    QFETCH(int, attempts);
    QFETCH(int, minutes);
    StaffPolicy policy = fastPolicy();
    if (attempts != 5 || minutes != 15) {
        policy.maxFailedAttempts = attempts;
        policy.lockoutMinutes = minutes;
    } else {
        QCOMPARE(StaffPolicy().maxFailedAttempts, 5);
        QCOMPARE(StaffPolicy().lockoutMinutes, 15);
    }
    StaffDirectory staff(*m_db, policy);
    staff.setSecurityListener([this](const SecurityEvent &e) { m_events.append(e); });
    addUser(u"1001"_qs, u"A"_qs, u"cashier"_qs, u"2580"_qs);

    for (int i = 1; i < attempts; ++i) {
        auto r = staff.signIn(u"1001", u"0000", kNow + i * 1000);
        QCOMPARE(r.error().code, u"staff.bad_credentials"_qs);
    }
    const qint64 lockedAt = kNow + attempts * 1000;
    auto nth = staff.signIn(u"1001", u"0000", lockedAt);
    QVERIFY(!nth);
    QCOMPARE(nth.error().code, u"staff.locked"_qs);
    const qint64 until = lockedAt + minutes * kMinute;
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(until).time(), QLocale::ShortFormat);
    QVERIFY2(nth.error().message.contains(when), qPrintable(nth.error().message + u" / "_qs + when));
    QVERIFY2(nth.error().message.contains(QString::number(minutes)), qPrintable(nth.error().message));
    QCOMPARE(m_events.last().kind, SecurityEventKind::LockedOut);
    QCOMPARE(m_events.last().lockedUntilUtcMs, std::optional<qint64>(until));
    QCOMPARE(staff.findByCode(u"1001")->lockedUntilUtcMs, std::optional<qint64>(until));

    // While locked even the right PIN is refused, and not checked.
    auto right = staff.signIn(u"1001", u"2580", lockedAt + kMinute / 2);
    QCOMPARE(right.error().code, u"staff.locked"_qs);
    QCOMPARE(m_events.last().kind, SecurityEventKind::SignInRefusedLocked);
    QCOMPARE(staff.signIn(u"1001", u"2580", until - 1).error().code, u"staff.locked"_qs);

    auto after = staff.signIn(u"1001", u"2580", until);
    QVERIFY2(after, qPrintable(after ? QString() : after.error().message));
    QCOMPARE(staff.findByCode(u"1001")->failedAttempts, 0);
    QCOMPARE(staff.findByCode(u"1001")->lockedUntilUtcMs, std::nullopt);
}

void tst_StaffDirectory::successResetsTheCounter()
{
    addUser(u"1001"_qs, u"A"_qs, u"cashier"_qs, u"2580"_qs);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(directory().signIn(u"1001", u"1111", kNow).error().code, u"staff.bad_credentials"_qs);
        QCOMPARE(directory().findByCode(u"1001")->failedAttempts, 4);
        QVERIFY(directory().signIn(u"1001", u"2580", kNow));
        QCOMPARE(directory().findByCode(u"1001")->failedAttempts, 0);
    }
}

void tst_StaffDirectory::wrongPinAfterLockOutLocksAgain()
{
    addUser(u"1001"_qs, u"A"_qs, u"cashier"_qs, u"2580"_qs);
    for (int i = 0; i < 5; ++i)
        (void)directory().signIn(u"1001", u"1111", kNow);
    const qint64 later = kNow + 15 * kMinute;
    // Failures keep counting until a right PIN: one guess per lock-out period at most.
    auto again = directory().signIn(u"1001", u"1111", later);
    QCOMPARE(again.error().code, u"staff.locked"_qs);
    QCOMPARE(directory().findByCode(u"1001")->lockedUntilUtcMs, std::optional<qint64>(later + 15 * kMinute));
}

void tst_StaffDirectory::newPinLiftsALockOut()
{
    addUser(u"1001"_qs, u"A"_qs, u"cashier"_qs, u"2580"_qs);
    for (int i = 0; i < 5; ++i)
        (void)directory().signIn(u"1001", u"1111", kNow);
    QCOMPARE(directory().signIn(u"1001", u"2580", kNow + 1).error().code, u"staff.locked"_qs);
    QVERIFY(directory().setPin(u"1001", u"864213", kNow + 2));
    QCOMPARE(directory().signIn(u"1001", u"2580", kNow + 3).error().code, u"staff.bad_credentials"_qs);
    QVERIFY(directory().signIn(u"1001", u"864213", kNow + 4));
    QCOMPARE(directory().setPin(u"1001", u"12", kNow).error().code, u"staff.pin_format"_qs);
    QCOMPARE(directory().setPin(u"4040", u"1234", kNow).error().code, u"staff.not_found"_qs);
}

void tst_StaffDirectory::inactiveUsersCannotSignIn()
{
    addUser(u"1001"_qs, u"Kim Lee"_qs, u"cashier"_qs, u"2580"_qs);
    QVERIFY(directory().setActive(u"1001", false, kNow));
    QVERIFY(!directory().findByCode(u"1001")->active);

    auto right = directory().signIn(u"1001", u"2580", kNow);
    QCOMPARE(right.error().code, u"staff.inactive"_qs);
    QCOMPARE(m_events.last().kind, SecurityEventKind::SignInRefusedInactive);
    // A wrong PIN does not reveal that the account exists but is inactive.
    QCOMPARE(directory().signIn(u"1001", u"1111", kNow).error().code, u"staff.bad_credentials"_qs);
    QCOMPARE(directory().approve(u"1001", u"2580", Permission::Sell, kNow).error().code, u"staff.inactive"_qs);

    QVERIFY(directory().setActive(u"1001", true, kNow));
    QVERIFY(directory().signIn(u"1001", u"2580", kNow));
    QCOMPARE(directory().setActive(u"4040", true, kNow).error().code, u"staff.not_found"_qs);
}

void tst_StaffDirectory::permissionsPerRole_data()
{
    // Written out independently of role.cpp and the schema seed, on purpose.
    const QHash<QString, QString> grants{
        {u"cashier"_qs, u"sale.sell sale.void_line sale.reprint till.open_close"_qs},
        {u"supervisor"_qs,
         u"sale.sell sale.void_line sale.reprint till.open_close sale.void_sale sale.price_override "
         "sale.discount_over_limit sale.age_override sale.no_sale_drawer till.paid_in_out report.x"_qs},
        {u"store_manager"_qs,
         u"sale.sell sale.void_line sale.reprint till.open_close sale.void_sale sale.price_override "
         "sale.discount_over_limit sale.age_override sale.no_sale_drawer till.paid_in_out report.x "
         "report.z stock.adjust staff.manage"_qs},
        {u"administrator"_qs, u"*"_qs},
    };
    QTest::addColumn<QString>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (const QString &role : {u"cashier"_qs, u"supervisor"_qs, u"store_manager"_qs, u"administrator"_qs}) {
        const QList<QString> granted = grants[role].split(u' ');
        for (Permission p : PermissionSet::all().toList()) {
            const QString id = permissionId(p).toString();
            const bool allowed = granted == QList<QString>{u"*"_qs} || granted.contains(id);
            QTest::addRow("%s × %s", qPrintable(role), qPrintable(id)) << role << p << allowed;
        }
    }
}

void tst_StaffDirectory::permissionsPerRole()
{
    QFETCH(QString, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    addUser(u"2001"_qs, u"Someone"_qs, role, u"4826"_qs);
    auto user = directory().signIn(u"2001", u"4826", kNow);
    QVERIFY(user);
    QCOMPARE(user->may(permission), allowed);
    auto required = directory().require(*user, permission);
    QCOMPARE(required.has_value(), allowed);
    if (!allowed)
        QCOMPARE(required.error().code, u"staff.permission_denied"_qs);
}

void tst_StaffDirectory::denialNamesThePermissionAndWhoCanApprove_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<QString>("message");
    QTest::newRow("void sale") << Permission::VoidSale
                               << u"Trinh Nguyen may not void a sale (permission sale.void_sale missing). "
                                  "A supervisor can approve it."_qs;
    QTest::newRow("Z report") << Permission::ReportZ
                              << u"Trinh Nguyen may not print a Z report (permission report.z missing). "
                                 "A store manager can approve it."_qs;
    QTest::newRow("devices") << Permission::DeviceConfigure
                             << u"Trinh Nguyen may not configure devices (permission device.configure missing). "
                                "An administrator can approve it."_qs;
}

void tst_StaffDirectory::denialNamesThePermissionAndWhoCanApprove()
{
    QFETCH(Permission, permission);
    QFETCH(QString, message);
    addUser(u"1001"_qs, u"Trinh Nguyen"_qs, u"cashier"_qs, u"2580"_qs);
    auto user = directory().signIn(u"1001", u"2580", kNow);
    QVERIFY(user);
    auto denied = directory().require(*user, permission);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, u"staff.permission_denied"_qs);
    QCOMPARE(denied.error().message, message);
}

void tst_StaffDirectory::supervisorApprovesForCashier()
{
    addUser(u"1001"_qs, u"Trinh Nguyen"_qs, u"cashier"_qs, u"2580"_qs);
    addUser(u"1002"_qs, u"Kim Lee"_qs, u"cashier"_qs, u"3691"_qs);
    addUser(u"5001"_qs, u"Ana Ruiz"_qs, u"supervisor"_qs, u"7410"_qs);
    auto cashier = directory().signIn(u"1001", u"2580", kNow);
    QVERIFY(cashier);
    QVERIFY(!directory().require(*cashier, Permission::VoidSale));
    m_events.clear();

    auto approval = directory().approve(u"5001", u"7410", Permission::VoidSale, kNow + 1000);
    QVERIFY2(approval, qPrintable(approval ? QString() : approval.error().message));
    QCOMPARE(approval->approver.code, u"5001"_qs);
    QCOMPARE(approval->approver.displayName, u"Ana Ruiz"_qs);
    QCOMPARE(approval->permission, Permission::VoidSale);
    QCOMPARE(approval->approvedAtUtcMs, kNow + 1000);
    QCOMPARE(m_events.size(), 1); // an approval is not a change of who is at the lane
    QCOMPARE(m_events[0].kind, SecurityEventKind::ApprovalGranted);
    QCOMPARE(m_events[0].userCode, u"5001"_qs);
    QCOMPARE(m_events[0].permission, std::optional<Permission>(Permission::VoidSale));

    // Another cashier's PIN is right but does not carry the permission.
    auto colleague = directory().approve(u"1002", u"3691", Permission::VoidSale, kNow + 2000);
    QVERIFY(!colleague);
    QCOMPARE(colleague.error().code, u"staff.permission_denied"_qs);
    QVERIFY(colleague.error().message.contains(u"Kim Lee may not void a sale (permission sale.void_sale missing)."));
    QCOMPARE(m_events.last().kind, SecurityEventKind::ApprovalDenied);
}

void tst_StaffDirectory::approvalFailuresCountTowardsLockOut()
{
    addUser(u"5001"_qs, u"Ana Ruiz"_qs, u"supervisor"_qs, u"7410"_qs);
    for (int i = 1; i < 5; ++i) {
        auto r = directory().approve(u"5001", u"0000", Permission::PriceOverride, kNow);
        QCOMPARE(r.error().code, u"staff.bad_credentials"_qs);
        QCOMPARE(m_events.last().kind, SecurityEventKind::SignInFailed);
        QCOMPARE(m_events.last().permission, std::optional<Permission>(Permission::PriceOverride));
    }
    QCOMPARE(directory().approve(u"5001", u"0000", Permission::PriceOverride, kNow).error().code,
             u"staff.locked"_qs);
    QCOMPARE(directory().signIn(u"5001", u"7410", kNow + kMinute).error().code, u"staff.locked"_qs);
    QCOMPARE(directory().approve(u"9999", u"7410", Permission::PriceOverride, kNow).error().code,
             u"staff.bad_credentials"_qs);
}

void tst_StaffDirectory::rehashesWeakerHashesOnSignIn()
{
    StaffPolicy weak = fastPolicy();
    weak.pinIterations = 500;
    StaffDirectory old(*m_db, weak);
    QVERIFY(old.createUser(NewUser{u"1001"_qs, u"A"_qs, {u"cashier"_qs}, {}}, u"2580", kNow));
    const QString before = storedHash(*m_db, u"1001"_qs);
    QVERIFY(before.startsWith(u"pbkdf2-sha256$500$"));

    StaffPolicy strong = fastPolicy();
    strong.pinIterations = 1500;
    StaffDirectory current(*m_db, strong);
    QCOMPARE(current.signIn(u"1001", u"1111", kNow).error().code, u"staff.bad_credentials"_qs);
    QCOMPARE(storedHash(*m_db, u"1001"_qs), before); // a wrong PIN cannot trigger a re-hash
    QVERIFY(current.signIn(u"1001", u"2580", kNow));
    const QString after = storedHash(*m_db, u"1001"_qs);
    QVERIFY2(after.startsWith(u"pbkdf2-sha256$1500$"), qPrintable(after));
    QVERIFY(current.signIn(u"1001", u"2580", kNow));

    // Never downgraded by software with a lower setting.
    QVERIFY(old.signIn(u"1001", u"2580", kNow));
    QCOMPARE(storedHash(*m_db, u"1001"_qs), after);
}

void tst_StaffDirectory::hostileCodesAreJustData_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("or 1=1") << u"1001' OR '1'='1"_qs;
    QTest::newRow("comment") << u"1001'--"_qs;
    QTest::newRow("drop table") << u"'; DROP TABLE users; --"_qs;
    QTest::newRow("double quote") << u"1001\" OR 1=1 --"_qs;
    QTest::newRow("LIKE wildcard") << u"%"_qs;
    QTest::newRow("GLOB wildcard") << u"*"_qs;
    QTest::newRow("NUL inside") << QString::fromUtf16(u"1001\0x", 6);
}

void tst_StaffDirectory::hostileCodesAreJustData()
{
    QFETCH(QString, code);
    addUser(u"1001"_qs, u"Plain"_qs, u"administrator"_qs, u"2580"_qs);
    addUser(u"1' OR '1'='1"_qs, u"Quoted"_qs, u"cashier"_qs, u"9753"_qs);

    auto r = directory().signIn(code, u"2580", kNow);
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"staff.bad_credentials"_qs);
    QCOMPARE(directory().findByCode(code).error().code, u"staff.not_found"_qs);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM users"), 2);
    QCOMPARE(directory().findByCode(u"1001")->failedAttempts, 0);

    // A code full of quotes is still one exact user.
    auto quoted = directory().signIn(u"1' OR '1'='1", u"9753", kNow);
    QVERIFY(quoted);
    QCOMPARE(quoted->displayName, u"Quoted"_qs);
    QVERIFY(!quoted->may(Permission::StaffManage));
}

void tst_StaffDirectory::laneSeesOnlyItsStoreAndChainStaff()
{
    addUser(u"1001"_qs, u"Here"_qs, u"cashier"_qs, u"2580"_qs, u"store-001"_qs);
    addUser(u"1002"_qs, u"Elsewhere"_qs, u"cashier"_qs, u"2580"_qs, u"store-002"_qs);
    addUser(u"9001"_qs, u"Area manager"_qs, u"store_manager"_qs, u"2580"_qs);
    StaffPolicy policy = fastPolicy();
    policy.laneStoreId = u"store-001"_qs;
    StaffDirectory lane(*m_db, policy);
    QVERIFY(lane.signIn(u"1001", u"2580", kNow));
    QVERIFY(lane.signIn(u"9001", u"2580", kNow));
    QCOMPARE(lane.signIn(u"1002", u"2580", kNow).error().code, u"staff.bad_credentials"_qs);
    QCOMPARE(lane.approve(u"1002", u"2580", Permission::Sell, kNow).error().code, u"staff.bad_credentials"_qs);
    QVERIFY(directory().signIn(u"1002", u"2580", kNow)); // no lane store set: everyone
}

void tst_StaffDirectory::pinsAndHashesNeverLeak()
{
    const QString pin = u"730518"_qs;
    addUser(u"1001"_qs, u"A"_qs, u"cashier"_qs, pin);
    const QString hash = storedHash(*m_db, u"1001"_qs);
    const QString salt = hash.section(u'$', 2, 2);
    QList<Error> errors;
    for (int i = 0; i < 6; ++i) {
        errors.append(directory().signIn(u"1001", u"730519", kNow).error());
        errors.append(directory().approve(u"1001", u"730519", Permission::VoidSale, kNow).error());
    }
    errors.append(directory().signIn(pin, pin, kNow).error());   // PIN typed into the code field
    errors.append(directory().signIn(u"1001", pin, kNow).error()); // locked
    errors.append(directory().createUser(NewUser{u"1001"_qs, u"B"_qs, {u"cashier"_qs}, {}}, pin, kNow).error());
    for (const Error &e : errors) {
        for (const QString &secret : {pin, u"730519"_qs, hash, salt})
            QVERIFY2(!e.message.contains(secret) && !e.code.contains(secret), qPrintable(e.message));
    }
    for (const SecurityEvent &e : m_events) {
        for (const QString &secret : {pin, u"730519"_qs, hash, salt}) {
            QVERIFY(!e.userCode.contains(secret));
            QVERIFY(!e.displayName.contains(secret));
        }
    }
}

QTEST_GUILESS_MAIN(tst_StaffDirectory)
#include "tst_staff_directory.moc"
