// The assembled lane: sign-in and sign-out journaled, the idle lock, and a
// lane that restarts with its basket.
#include "core/catalogue/catalogue_generator.h"
#include "core/db/database.h"
#include "core/lane/lane_services.h"
#include "core/sale/sale_session.h"

#include <QTemporaryDir>
#include <QTest>

using namespace retailos;

class tst_LaneServices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void signInAndOutAreJournaled();
    void idleLockSignsOutAndKeepsTheBasket();
    void wrongPinIsJournaledWithoutThePin();

private:
    std::unique_ptr<LaneServices> open();
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_now = 1'795'000'000'000;
};

std::unique_ptr<LaneServices> tst_LaneServices::open()
{
    LaneOptions options;
    options.databasePath = m_dir->filePath(u"lane.db"_qs);
    options.keyPath = m_dir->filePath(u"lane-key.pem"_qs);
    options.staff.pinIterations = 1000;
    options.staff.idleLockSeconds = 120;
    options.nowUtcMs = [this] { return m_now; };
    auto lane = LaneServices::open(options);
    if (!lane)
        qFatal("open: %s", qPrintable(lane.error().message));
    return std::move(*lane);
}

void tst_LaneServices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto lane = open();
    GeneratorOptions g;
    g.items = 50;
    QVERIFY(CatalogueGenerator(g).writeDatabase(lane->database()));
    QVERIFY(lane->staff().createUser({u"1001"_qs, u"Trinh Nguyen"_qs, {u"cashier"_qs}, QString()}, u"1234", m_now));
}

void tst_LaneServices::signInAndOutAreJournaled()
{
    auto lane = open();
    QVERIFY(lane->signIn(u"1001", u"1234"));
    QCOMPARE(lane->session().currentOperator().name, QStringLiteral("Trinh Nguyen"));
    QVERIFY(lane->signOut());
    QVERIFY(lane->session().currentOperator().id.isEmpty());
    QCOMPARE(*lane->database().queryInt("SELECT count(*) FROM journal WHERE type IN ('sign_in', 'sign_out')"), 2);
}

void tst_LaneServices::idleLockSignsOutAndKeepsTheBasket()
{
    auto lane = open();
    QVERIFY(lane->signIn(u"1001", u"1234"));
    QVERIFY(lane->session().addProduct(1, Quantity::fromInt(1)) || lane->session().addProduct(2));
    m_now += 60'000;
    QCOMPARE(*lane->lockIfIdle(), false);
    lane->noteActivity();
    m_now += 119'000;
    QCOMPARE(*lane->lockIfIdle(), false);
    m_now += 2'000;
    QCOMPARE(*lane->lockIfIdle(), true);
    QVERIFY(!lane->signedIn());
    QVERIFY(lane->session().hasOpenSale());                       // the basket waits
    QCOMPARE(lane->session().scan(u"4011").error().code, QStringLiteral("sale.signed_out"));
    auto restarted = open();
    QVERIFY(restarted->session().hasOpenSale());                  // and survives a restart
}

void tst_LaneServices::wrongPinIsJournaledWithoutThePin()
{
    auto lane = open();
    QVERIFY(!lane->signIn(u"1001", u"9999"));
    auto q = lane->database().prepare("SELECT payload FROM journal WHERE type = 'sign_in_failed'");
    QVERIFY(q && *q->step());
    QVERIFY(!q->text(0).contains(u"9999"));
    QVERIFY(q->text(0).contains(u"1001"));
}

QTEST_GUILESS_MAIN(tst_LaneServices)
#include "tst_lane_services.moc"
