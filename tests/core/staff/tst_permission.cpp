// Permission ids are stable and round-trip; the built-in roles nest as documented.
#include "core/staff/permission.h"
#include "core/staff/role.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace retailos;

Q_DECLARE_METATYPE(retailos::Permission)

class tst_Permission : public QObject
{
    Q_OBJECT

private slots:
    void idsAreStable_data();
    void idsAreStable();
    void everyPermissionRoundTripsAndHasNames();
    void unknownIdsAreRefused_data();
    void unknownIdsAreRefused();
    void setOperations();
    void builtInRolesNest();
};

void tst_Permission::idsAreStable_data()
{
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<QString>("id");
    QTest::newRow("sell") << Permission::Sell << u"sale.sell"_qs;
    QTest::newRow("void line") << Permission::VoidLine << u"sale.void_line"_qs;
    QTest::newRow("void sale") << Permission::VoidSale << u"sale.void_sale"_qs;
    QTest::newRow("price override") << Permission::PriceOverride << u"sale.price_override"_qs;
    QTest::newRow("discount") << Permission::DiscountOverLimit << u"sale.discount_over_limit"_qs;
    QTest::newRow("age") << Permission::AgeOverride << u"sale.age_override"_qs;
    QTest::newRow("no sale") << Permission::NoSaleDrawer << u"sale.no_sale_drawer"_qs;
    QTest::newRow("reprint") << Permission::Reprint << u"sale.reprint"_qs;
    QTest::newRow("till") << Permission::TillOpenClose << u"till.open_close"_qs;
    QTest::newRow("paid in/out") << Permission::TillPaidInOut << u"till.paid_in_out"_qs;
    QTest::newRow("X report") << Permission::ReportX << u"report.x"_qs;
    QTest::newRow("Z report") << Permission::ReportZ << u"report.z"_qs;
    QTest::newRow("stock") << Permission::StockAdjust << u"stock.adjust"_qs;
    QTest::newRow("staff") << Permission::StaffManage << u"staff.manage"_qs;
    QTest::newRow("devices") << Permission::DeviceConfigure << u"device.configure"_qs;
}

void tst_Permission::idsAreStable()
{
    QFETCH(Permission, permission);
    QFETCH(QString, id);
    QCOMPARE(permissionId(permission).toString(), id);
    QCOMPARE(permissionFromId(id), std::optional<Permission>(permission));
}

void tst_Permission::everyPermissionRoundTripsAndHasNames()
{
    static const QRegularExpression shape(u"^[a-z]+\\.[a-z_]+$"_qs);
    QSet<QString> ids, names, actions;
    const auto all = PermissionSet::all().toList();
    QCOMPARE(all.size(), kPermissionCount);
    for (Permission p : all) {
        const QString id = permissionId(p).toString();
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QCOMPARE(permissionFromId(id), std::optional<Permission>(p));
        QVERIFY(!permissionName(p).isEmpty());
        QVERIFY(!permissionAction(p).isEmpty());
        ids.insert(id);
        names.insert(permissionName(p));
        actions.insert(permissionAction(p));
    }
    QCOMPARE(ids.size(), kPermissionCount);
    QCOMPARE(names.size(), kPermissionCount);
    QCOMPARE(actions.size(), kPermissionCount);
}

void tst_Permission::unknownIdsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << u"SALE.SELL"_qs;
    QTest::newRow("trailing space") << u"sale.sell "_qs;
    QTest::newRow("future permission") << u"sale.teleport"_qs;
}

void tst_Permission::unknownIdsAreRefused()
{
    QFETCH(QString, id);
    QCOMPARE(permissionFromId(id), std::nullopt);
}

void tst_Permission::setOperations()
{
    PermissionSet set{Permission::Sell, Permission::ReportZ};
    QVERIFY(set.contains(Permission::Sell));
    QVERIFY(set.contains(Permission::ReportZ));
    QVERIFY(!set.contains(Permission::ReportX));
    QCOMPARE(set.size(), 2);
    set.remove(Permission::Sell);
    QCOMPARE(set.toList(), QList<Permission>{Permission::ReportZ});
    QVERIFY(PermissionSet().isEmpty());
    QCOMPARE(PermissionSet::all().size(), kPermissionCount);
}

void tst_Permission::builtInRolesNest()
{
    const auto roles = builtInRoles();
    QCOMPARE(roles.size(), std::size_t(4));
    QCOMPARE(roles[0].id, RoleId::Cashier);
    QCOMPARE(roles[3].id, RoleId::Administrator);
    for (std::size_t i = 1; i < roles.size(); ++i) {
        PermissionSet lower = roles[i - 1].permissions;
        PermissionSet higher = roles[i].permissions;
        PermissionSet both = higher;
        both.unite(lower);
        QVERIFY2(both == higher, qPrintable(roles[i].id.toString()));
        QVERIFY(higher.size() > lower.size());
    }
    QCOMPARE(roles[3].permissions, PermissionSet::all());
    QCOMPARE(roleName(RoleId::StoreManager), u"Store manager"_qs);
    QCOMPARE(roleName(u"night_shift", u"Night shift"_qs), u"Night shift"_qs);
}

QTEST_GUILESS_MAIN(tst_Permission)
#include "tst_permission.moc"
