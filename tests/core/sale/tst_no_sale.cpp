// Opening the cash drawer without a sale: who may, when it is refused, and
// the one journal record (and one hardware request) it leaves behind.
#include "tests/support/lane_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace retailos;
using test::KnownItems;
using test::LaneFixture;

namespace {

template<typename T>
QString err(const Result<T> &r)
{
    return r ? QString() : r.error().code;
}

qint64 noSaleRecords(LaneFixture &lane)
{
    return lane.count("SELECT count(*) FROM journal WHERE type = 'drawer_open_no_sale'");
}

} // namespace

class tst_NoSale : public QObject
{
    Q_OBJECT

private slots:
    void aCashierWithoutThePermissionIsRefused();
    void aSupervisorsApprovalOpensTheDrawerOnce();
    void theApproverIsChecked_data();
    void theApproverIsChecked();
    void anOperatorWithThePermissionNeedsNoSupervisor();
    void refusedWhileASaleIsOpen();
    void refusedWhenSignedOutOrWithoutAReason();
};

void tst_NoSale::aCashierWithoutThePermissionIsRefused()
{
    LaneFixture lane;
    QSignalSpy drawer(&lane.session(), &SaleSession::drawerOpenRequested);
    const qint64 records = lane.count("SELECT count(*) FROM journal");
    auto r = lane.session().openDrawerNoSale(u"CHANGE_FOR_FLOAT"_qs);
    QCOMPARE(err(r), QStringLiteral("sale.approval_required"));
    QVERIFY2(r.error().message.contains(u"sale.no_sale_drawer"), qPrintable(r.error().message));
    QCOMPARE(lane.count("SELECT count(*) FROM journal"), records);
    QCOMPARE(drawer.size(), 0);
}

void tst_NoSale::aSupervisorsApprovalOpensTheDrawerOnce()
{
    LaneFixture lane;
    QSignalSpy drawer(&lane.session(), &SaleSession::drawerOpenRequested);
    QSignalSpy changed(&lane.session(), &SaleSession::changed);
    const qint64 records = lane.count("SELECT count(*) FROM journal");
    QVERIFY(lane.session().openDrawerNoSale(u"CHANGE_FOR_FLOAT"_qs, LaneFixture::supervisor(u"CHANGE_FOR_FLOAT"_qs)));
    QCOMPARE(lane.count("SELECT count(*) FROM journal"), records + 1);
    QCOMPARE(noSaleRecords(lane), 1);
    auto q = lane.db().prepare("SELECT json_extract(payload, '$.user_id'), json_extract(payload, '$.approved_by'), "
                               "json_extract(payload, '$.reason'), amount_minor FROM journal "
                               "WHERE type = 'drawer_open_no_sale'");
    QVERIFY(q && *q->step());
    QCOMPARE(q->text(0), QStringLiteral("1001"));
    QCOMPARE(q->text(1), QStringLiteral("2001"));
    QCOMPARE(q->text(2), QStringLiteral("CHANGE_FOR_FLOAT"));
    QCOMPARE(q->int64(3), 0);   // a no-sale never moves the grand total
    QCOMPARE(drawer.size(), 1);
    QCOMPARE(changed.size(), 0);   // the basket is as it was
    QVERIFY(!lane.session().hasOpenSale());
    QCOMPARE(lane.count("SELECT count(*) FROM open_baskets"), 0);
}

void tst_NoSale::theApproverIsChecked_data()
{
    test::addApproverRows();
}

void tst_NoSale::theApproverIsChecked()
{
    QFETCH(QString, code);
    QFETCH(QString, pin);
    QFETCH(QString, error);
    LaneFixture lane;
    QSignalSpy drawer(&lane.session(), &SaleSession::drawerOpenRequested);
    auto r = lane.session().openDrawerNoSale(u"CUSTOMER_QUERY"_qs, ApprovalRequest{code, pin, u"CUSTOMER_QUERY"_qs});
    QCOMPARE(err(r), error);
    QCOMPARE(noSaleRecords(lane), error.isEmpty() ? 1 : 0);
    QCOMPARE(drawer.size(), error.isEmpty() ? 1 : 0);
}

void tst_NoSale::anOperatorWithThePermissionNeedsNoSupervisor()
{
    LaneFixture lane;
    lane.session().setOperator({u"2001"_qs, u"Sam Supervisor"_qs, {u"sale.sell"_qs, u"sale.no_sale_drawer"_qs}});
    QSignalSpy drawer(&lane.session(), &SaleSession::drawerOpenRequested);
    QVERIFY(lane.session().openDrawerNoSale(u"CHANGE_FOR_FLOAT"_qs));
    QVERIFY(lane.session().openDrawerNoSale(u"CUSTOMER_QUERY"_qs));
    QCOMPARE(noSaleRecords(lane), 2);   // every opening is its own record
    QCOMPARE(drawer.size(), 2);
    // Their own permission: the journal names them as the approver too.
    QCOMPARE(lane.count("SELECT count(*) FROM journal WHERE type = 'drawer_open_no_sale' "
                        "AND json_extract(payload, '$.user_id') = '2001' "
                        "AND json_extract(payload, '$.approved_by') = '2001'"),
             2);
}

void tst_NoSale::refusedWhileASaleIsOpen()
{
    LaneFixture lane;
    QSignalSpy drawer(&lane.session(), &SaleSession::drawerOpenRequested);
    auto line = lane.session().scan(KnownItems::milk);
    QVERIFY(line);
    const Sale before = lane.session().sale();
    // Not even a supervisor: the drawer opens for this sale by paying it.
    QCOMPARE(err(lane.session().openDrawerNoSale(u"CHANGE_FOR_FLOAT"_qs, LaneFixture::supervisor())),
             QStringLiteral("sale.no_sale_open_basket"));
    QCOMPARE(lane.session().sale(), before);
    QCOMPARE(noSaleRecords(lane), 0);
    QCOMPARE(drawer.size(), 0);

    // A basket whose every line is voided holds nothing that counts.
    QVERIFY(lane.session().voidLine(*line, LaneFixture::supervisor(u"WRONG_ITEM"_qs)));
    QVERIFY(lane.session().openDrawerNoSale(u"CHANGE_FOR_FLOAT"_qs, LaneFixture::supervisor()));
    QCOMPARE(noSaleRecords(lane), 1);
    QCOMPARE(drawer.size(), 1);
}

void tst_NoSale::refusedWhenSignedOutOrWithoutAReason()
{
    LaneFixture lane;
    QSignalSpy drawer(&lane.session(), &SaleSession::drawerOpenRequested);
    QCOMPARE(err(lane.session().openDrawerNoSale(QString(), LaneFixture::supervisor())),
             QStringLiteral("sale.reason_required"));
    lane.session().setOperator(Operator{});
    QCOMPARE(err(lane.session().openDrawerNoSale(u"CHANGE_FOR_FLOAT"_qs, LaneFixture::supervisor())),
             QStringLiteral("sale.signed_out"));
    QCOMPARE(noSaleRecords(lane), 0);
    QCOMPARE(drawer.size(), 0);
}

QTEST_GUILESS_MAIN(tst_NoSale)
#include "tst_no_sale.moc"
