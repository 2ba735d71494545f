// What the server does with each upstream event (docs/sync-protocol.md §7.5,
// §9), through the real ingest (chain, savepoint, statuses) on a SQLite store:
// sales take stock and are stored once, a void waits for its sale (R-7.12
// step 7, R-7.15), returns restock and flag over-returns, a count is a delta
// (R-9.2), loyalty overdrafts are applied and flagged (R-9.3), loyalty cards
// are unique, a PIN change reaches every store scope carrying the person
// (R-9.1), and a refused event leaves nothing behind but its record (R-7.13).
#include "core/sale/sale_json.h"
#include "core/staff/pin_hash.h"
#include "sync/protocol/events/event_types.h"
#include "sync/server/db/sql.h"
#include "sync/server/store/change_log.h"
#include "sync/server/store/event_effects.h"
#include "sync/server/store/event_ingest.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"
#include "sync/server/store/server_schema.h"
#include "tests/support/lane_fixture.h"
#include "tests/support/private_postgres.h"

#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace retailos;
using namespace retailos::server;
namespace type = retailos::sync::events::type;
using test::KnownItems;
using test::LaneFixture;

namespace {

constexpr std::int64_t kNow = 1'795'000'100'000;

Money eur(qint64 minor) { return Money(minor, *Currency::fromCode(u"EUR")); }

std::string fill(std::string text, const std::map<std::string, std::string> &values)
{
    for (const auto &[name, value] : values)
        for (std::size_t at; (at = text.find(name)) != std::string::npos;) text.replace(at, name.size(), value);
    return text;
}

// A sale as the lane commits it (store-001, lane-01): its outbox event body.
struct LaneSale
{
    std::string document, saleId;
    std::int64_t total = 0, receiptNumber = 0;
};

LaneSale laneSale(const std::function<void(LaneFixture &)> &sell)
{
    LaneFixture lane;
    sell(lane);
    auto q = lane.db().prepare("SELECT document, id, total_minor, receipt_number FROM sales ORDER BY receipt_number DESC LIMIT 1");
    if (!q || !q->step().value_or(false)) qFatal("no sale stored");
    return {q->text(0).toStdString(), q->text(1).toStdString(), q->int64(2), q->int64(3)};
}

void pay(LaneFixture &lane, qint64 cash)
{
    Tender t;
    t.kind = TenderKind::Cash;
    t.received = eur(cash);
    if (!lane.session().addTender(t) || !lane.session().complete()) qFatal("pay");
}

// Soap (voided), milk, milk: 2 milk sold, the soap not.
LaneSale milkSale()
{
    return laneSale([](LaneFixture &lane) {
        auto soap = lane.session().scan(KnownItems::soap);
        if (!soap || !lane.session().scan(KnownItems::milk) || !lane.session().scan(KnownItems::milk)) qFatal("scan");
        if (!lane.session().voidLine(*soap, LaneFixture::supervisor(u"CUSTOMER_CHANGED_MIND"_qs))) qFatal("void");
        pay(lane, 1000);
    });
}

class Server
{
public:
    struct Lane
    {
        store::TerminalIdentity id;
        std::int64_t seq = 0;
        std::string lastHash = std::string(64, '0');
    };

    explicit Server(const std::string &url)
    {
        std::string error;
        m_db = sql::Database::open(url, 2, &error);
        if (!m_db) qFatal("open: %s", error.c_str());
        write([&](sql::Session &s) {
            store::createSchema(s);
            m_tenant = store::createTenant(s, "Demo", kNow);
            for (const char *storeId : {"store-001", "store-002"})
                if (!store::upsertStore(s, m_tenant, {storeId, storeId, "EUR", "Europe/Berlin"}, kNow)) qFatal("store");
        });
        lane1 = addLane("store-001", "lane-01");
        lane2 = addLane("store-001", "lane-02");
        otherStore = addLane("store-002", "lane-01");
    }

    void write(const std::function<void(sql::Session &)> &work)
    {
        if (auto e = m_db->transact(sql::TxMode::Write, work)) qFatal("transaction: %s", e->message.c_str());
    }
    std::int64_t count(const std::string &sqlText)
    {
        std::int64_t n = -1;
        write([&](sql::Session &s) { n = s.queryInt(sqlText, {std::string_view(m_tenant)}).value_or(0); });
        return n;
    }
    std::string text(const std::string &sqlText, std::initializer_list<std::string_view> params = {})
    {
        std::string out;
        write([&](sql::Session &s) {
            std::vector<sql::Param> p{std::string_view(m_tenant)};
            for (std::string_view v : params) p.emplace_back(v);
            out = s.queryText(sqlText, std::span<const sql::Param>(p)).value_or("");
        });
        return out;
    }
    std::int64_t stock(std::string_view store, std::string_view sku)
    {
        std::int64_t n = 0;
        write([&](sql::Session &s) {
            n = s.queryInt("SELECT quantity_milli FROM stock WHERE tenant_id = ?1 AND store_id = ?2 AND sku = ?3",
                           {std::string_view(m_tenant), store, sku}).value_or(0);
        });
        return n;
    }
    // The replicated record as a lane would pull it.
    std::string record(std::string_view scope, std::string_view kind, std::string_view key)
    {
        return text("SELECT data FROM records WHERE tenant_id = ?1 AND scope = ?2 AND kind = ?3 AND record_key = ?4",
                    {scope, kind, key});
    }

    // Uploads one event as the lane's next and answers its result.
    // `eventId`: the lane's id for it (a fresh one when empty).
    store::EventResult send(Lane &lane, std::string_view eventType, const std::string &payload,
                            std::map<std::string, std::int64_t> *visibleAt = nullptr, std::string eventId = {})
    {
        store::IncomingEvent e;
        e.eventId = eventId.empty() ? store::newUuid() : eventId;
        e.seq = ++lane.seq;
        e.type = eventType;
        e.createdAt = kNow;
        e.prevHash = lane.lastHash;
        e.payload = payload;
        e.hash = store::chainHash(e.prevHash, e.seq, e.type, e.payload);
        lane.lastHash = e.hash;
        store::EventResult result;
        write([&](sql::Session &s) {
            auto outcome = store::ingestEvents(s, lane.id, "EUR", {e}, sync::events::isKnownEventType,
                                               store::applyEvent, kNow);
            if (!outcome) qFatal("ingest: %s", outcome.error().message.c_str());
            result = outcome->results.at(0);
            if (visibleAt) *visibleAt = outcome->visibleAt;
        });
        return result;
    }

    const std::string &tenant() const { return m_tenant; }

    Lane lane1, lane2, otherStore;

private:
    Lane addLane(const char *storeId, const char *laneId)
    {
        Lane lane;
        write([&](sql::Session &s) {
            if (!store::createTerminal(s, m_tenant, storeId, laneId, laneId, kNow)) qFatal("terminal");
            lane.id.terminalId = *s.queryText("SELECT terminal_id FROM terminals WHERE store_id = ?1 AND lane_id = ?2",
                                              {std::string_view(storeId), std::string_view(laneId)});
        });
        lane.id.tenantId = m_tenant;
        lane.id.storeId = storeId;
        lane.id.laneId = laneId;
        return lane;
    }

    std::unique_ptr<sql::Database> m_db;
    std::string m_tenant;
};

#define QCOMPARE_STATUS(result, expectedStatus, expectedCode)                                                     \
    do {                                                                                                         \
        const store::EventResult &r_ = (result);                                                                 \
        QVERIFY2(r_.status == (expectedStatus) && r_.code == (expectedCode),                                      \
                 (r_.status + " " + r_.code + ": " + r_.message).c_str());                                      \
    } while (false)

std::string voidPayload(const LaneSale &sale, const std::string &originalEventId, std::int64_t total)
{
    return fill(R"({"sale_id":"SALE","original_event_id":"EVENT","receipt_number":RECEIPT,"reason":"CUSTOMER_LEFT",)"
                R"("approval":{"user_id":"2001","user_name":"Sam","reason":"CUSTOMER_LEFT","at":1795000000000},)"
                R"("currency":"EUR","total":TOTAL})",
                {{"SALE", sale.saleId}, {"EVENT", originalEventId}, {"RECEIPT", std::to_string(sale.receiptNumber)},
                 {"TOTAL", std::to_string(total)}});
}

} // namespace

// Every case runs on SQLite and on a private PostgreSQL 15: one SQL for both.
class tst_EventEffects : public QObject
{
    Q_OBJECT

    test::PrivatePostgres m_postgres;
    bool m_postgresStarted = false;
    QTemporaryDir m_files;
    int m_sqliteFiles = 0;

    // A new, empty database of the row's back end.
    std::string freshDatabase()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == u"sqlite")
            return "sqlite:" + m_files.filePath(u"server-%1.db"_qs.arg(++m_sqliteFiles)).toStdString();
        QString problem;
        const std::string url = m_postgres.createDatabase(&problem).toStdString();
        if (url.empty()) qFatal("PostgreSQL database: %s", qPrintable(problem));
        return url;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << u"sqlite"_qs;
        QTest::newRow("postgresql") << u"postgresql"_qs;
    }
    void initTestCase()
    {
        QVERIFY2(m_files.isValid(), "no temporary folder");
        if (m_postgresStarted) return;
        const QString problem = m_postgres.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_postgresStarted = true;
    }
    void cleanupTestCase() { m_postgres.stop(); }
    void saleTakesStockAndIsStoredOnce();
    void refusedSaleLeavesOnlyItsRecord();
    void voidWaitsForItsSaleThenReverses();
    void voidsThatDoNotMatchTheirSaleAreRefused();
    void waitingVoidThatDoesNotMatchIsRefusedWhenItsSaleArrives();
    void giftCardTenderIsALedgerDebit();
    void returnRestocksAndFlagsOverReturns();
    void countBecomesADelta();
    void loyaltyOverdraftIsAppliedAndFlagged();
    void loyaltyCardBelongsToOneCustomer();
    void pinChangeReachesEveryStoreScopeOfThePerson();
    void tillShiftsAndOverrides();
    void voidsRacingTheirSaleAndEachOtherApplyOnce();
    void aStockDocumentResentUnderANewEventIdMovesStockOnce();
    void aGiftCardBalanceReachesEveryStoreOfItsCurrency();
};

// §7.5 sale effects, R-9.2, R-9.5 (visible_at), R-8.2
void tst_EventEffects::saleTakesStockAndIsStoredOnce()
{
    Server server(freshDatabase());
    const LaneSale sale = milkSale();
    std::map<std::string, std::int64_t> visible;
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document, &visible), "applied", "");
    QCOMPARE(server.count("SELECT count(*) FROM sales WHERE tenant_id = ?1"), 1);
    QCOMPARE(server.count("SELECT total FROM sales WHERE tenant_id = ?1"), sale.total);
    QCOMPARE(server.count("SELECT count(*) FROM sale_lines WHERE tenant_id = ?1"), 3);
    QCOMPARE(server.stock("store-001", "MILK"), -2000);
    QCOMPARE(server.stock("store-001", "SOAP"), 0);   // the voided line took nothing
    QVERIFY(server.record("stock:store-001", "stock_level", "SOAP").empty());
    const std::string level = server.record("stock:store-001", "stock_level", "MILK");
    QVERIFY2(level.find(R"("quantity_milli":-2000)") != std::string::npos, level.c_str());
    QVERIFY(visible.contains("stock:store-001"));
    QCOMPARE(visible["stock:store-001"], server.count("SELECT seq FROM scope_heads WHERE tenant_id = ?1"
                                                      " AND scope = 'stock:store-001'"));

    // The same sale once more under a new event id (a lane bug): refused, stock untouched.
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document), "rejected", "duplicate_id");
    QCOMPARE(server.stock("store-001", "MILK"), -2000);
    QCOMPARE(server.count("SELECT count(*) FROM sales WHERE tenant_id = ?1"), 1);
}

// R-7.12 steps 5/6/8 through the ingest, R-7.13: stored with its code, no effects.
void tst_EventEffects::refusedSaleLeavesOnlyItsRecord()
{
    Server server(freshDatabase());
    const LaneSale sale = milkSale();
    std::string broken = sale.document;
    broken.replace(broken.find("\"total\":"), 8, "\"total\":1");   // "total":1<digits>: tenders no longer add up
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, broken), "rejected", "inconsistent_totals");
    QCOMPARE_STATUS(server.send(server.otherStore, type::kSaleCompleted, sale.document), "rejected", "wrong_store");
    QCOMPARE(server.count("SELECT count(*) FROM sales WHERE tenant_id = ?1"), 0);
    QCOMPARE(server.count("SELECT count(*) FROM stock_ledger WHERE tenant_id = ?1"), 0);
    QCOMPARE(server.count("SELECT count(*) FROM changes WHERE tenant_id = ?1 AND scope LIKE 'stock:%'"), 0);
    QCOMPARE(server.count("SELECT count(*) FROM events WHERE tenant_id = ?1 AND status = 'rejected'"), 2);
    // The stream goes on: the good sale after them applies.
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document), "applied", "");
}

// R-7.12 step 7, R-7.15: a void from another lane before its sale is held, and
// applied the moment the sale is stored.
void tst_EventEffects::voidWaitsForItsSaleThenReverses()
{
    Server server(freshDatabase());
    const LaneSale sale = milkSale();
    const std::string saleEvent = store::newUuid();
    QCOMPARE_STATUS(server.send(server.lane2, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total)), "held",
                    "waiting_for_original");
    QCOMPARE(server.count("SELECT held_count FROM terminals WHERE tenant_id = ?1 AND lane_id = 'lane-02'"), 1);
    QCOMPARE(server.count("SELECT count(*) FROM stock_ledger WHERE tenant_id = ?1"), 0);

    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document, nullptr, saleEvent), "applied", "");
    QCOMPARE(server.text("SELECT status FROM events WHERE tenant_id = ?1 AND type = ?2", {type::kSaleVoided}),
             std::string("applied"));
    QCOMPARE(server.count("SELECT held_count FROM terminals WHERE tenant_id = ?1 AND lane_id = 'lane-02'"), 0);
    QCOMPARE(server.count("SELECT voided FROM sales WHERE tenant_id = ?1"), 1);
    QCOMPARE(server.stock("store-001", "MILK"), 0);   // −2000 by the sale, +2000 by the void
    QCOMPARE(server.count("SELECT count(*) FROM stock_ledger WHERE tenant_id = ?1 AND reason = 'void'"), 2);
}

// §7.5 void: it must name its sale exactly, once, with minus its total.
void tst_EventEffects::voidsThatDoNotMatchTheirSaleAreRefused()
{
    Server server(freshDatabase());
    const LaneSale sale = milkSale();
    const std::string saleEvent = store::newUuid();
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document, nullptr, saleEvent), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleVoided, voidPayload(sale, store::newUuid(), -sale.total)),
                    "rejected", "original_mismatch");
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total + 1)),
                    "rejected", "inconsistent_totals");
    QCOMPARE(server.stock("store-001", "MILK"), -2000);
    QCOMPARE(server.count("SELECT voided FROM sales WHERE tenant_id = ?1"), 0);
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total)), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total)), "rejected",
                    "already_voided");
    QCOMPARE(server.stock("store-001", "MILK"), 0);
}

// R-7.15: "the ones that pass are then applied, the others become rejected".
void tst_EventEffects::waitingVoidThatDoesNotMatchIsRefusedWhenItsSaleArrives()
{
    Server server(freshDatabase());
    const LaneSale sale = milkSale();
    const std::string saleEvent = store::newUuid();
    QCOMPARE_STATUS(server.send(server.lane2, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total - 1)), "held",
                    "waiting_for_original");
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document, nullptr, saleEvent), "applied", "");
    QCOMPARE(server.text("SELECT status FROM events WHERE tenant_id = ?1 AND type = ?2", {type::kSaleVoided}),
             std::string("rejected"));
    QCOMPARE(server.text("SELECT code FROM events WHERE tenant_id = ?1 AND type = ?2", {type::kSaleVoided}),
             std::string("inconsistent_totals"));
    QCOMPARE(server.count("SELECT held_count FROM terminals WHERE tenant_id = ?1 AND lane_id = 'lane-02'"), 0);
    QCOMPARE(server.count("SELECT rejected_count FROM terminals WHERE tenant_id = ?1 AND lane_id = 'lane-02'"), 1);
    QCOMPARE(server.count("SELECT voided FROM sales WHERE tenant_id = ?1"), 0);
    QCOMPARE(server.stock("store-001", "MILK"), -2000);   // the sale's effect only
}

// §7.5 sale: gift card / store credit ledger debits; the void credits them back.
void tst_EventEffects::giftCardTenderIsALedgerDebit()
{
    Server server(freshDatabase());
    server.write([&](sql::Session &s) {   // issued at HQ: 5.00 on the card
        s.exec("INSERT INTO account_balances (tenant_id, account_id, kind, currency, balance)"
               " VALUES (?1, 'GC-1001', 'gift_card', 'EUR', 500)", {std::string_view(server.tenant())});
    });
    const LaneSale sale = laneSale([](LaneFixture &lane) {
        if (!lane.store().credit(u"GC-1001"_qs, u"gift_card"_qs, eur(500), u"issued"_qs, test::kLaneT0)) qFatal("credit");
        if (!lane.session().scan(KnownItems::milk)) qFatal("scan");
        Tender gift;
        gift.kind = TenderKind::GiftCard;
        gift.accountId = u"GC-1001"_qs;
        gift.amount = eur(199);
        if (!lane.session().addTender(gift) || !lane.session().complete()) qFatal("complete");
    });
    const std::string saleEvent = store::newUuid();
    std::map<std::string, std::int64_t> visible;
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document, &visible, saleEvent), "applied", "");
    QCOMPARE(server.count("SELECT balance FROM account_balances WHERE tenant_id = ?1"), 301);
    const std::string balance = server.record("store:store-001", "account_balance", "GC-1001");
    QCOMPARE(balance, std::string(R"({"account_id":"GC-1001","as_of":)") + std::to_string(kNow)
                          + R"(,"balance":301,"currency":"EUR","kind":"gift_card"})");
    QVERIFY(visible.contains("store:store-001"));
    QVERIFY(visible.contains("stock:store-001"));
    QCOMPARE(server.count("SELECT count(*) FROM hq_flags WHERE tenant_id = ?1"), 0);

    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total)), "applied", "");
    QCOMPARE(server.count("SELECT balance FROM account_balances WHERE tenant_id = ?1"), 500);
}

// §7.5 return, R-9.4: restocked lines come back; more back than sold is applied and flagged.
void tst_EventEffects::returnRestocksAndFlagsOverReturns()
{
    Server server(freshDatabase());
    const LaneSale sale = milkSale();   // 2 milk
    const std::string saleEvent = store::newUuid();
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document, nullptr, saleEvent), "applied", "");
    const auto returnOf = [&](bool restock) {
        return fill(R"({"return_id":"RID","original_sale_id":"SALE","original_event_id":"EVENT","lines":[)"
                    R"({"sku":"MILK","quantity_milli":1000,"amount":199,"tax":13,"tax_class_id":"reduced",)"
                    R"("restock":RESTOCK,"reason":"DAMAGED"}],"refunds":[{"kind":"cash","amount":199}],)"
                    R"("currency":"EUR","total":-199,"cashier_id":"1001"})",
                    {{"RID", store::newUuid()}, {"SALE", sale.saleId}, {"EVENT", saleEvent},
                     {"RESTOCK", restock ? "true" : "false"}});
    };
    QCOMPARE_STATUS(server.send(server.lane2, type::kReturnCompleted, returnOf(true)), "applied", "");
    QCOMPARE(server.stock("store-001", "MILK"), -1000);
    QCOMPARE_STATUS(server.send(server.lane2, type::kReturnCompleted, returnOf(false)), "applied", "");   // damaged: not on the shelf
    QCOMPARE(server.stock("store-001", "MILK"), -1000);
    QCOMPARE(server.count("SELECT count(*) FROM hq_flags WHERE tenant_id = ?1"), 0);
    // A third milk back, at another store: the return happened; HQ gets a flag.
    QCOMPARE_STATUS(server.send(server.otherStore, type::kReturnCompleted, returnOf(true)), "applied", "");
    QCOMPARE(server.stock("store-002", "MILK"), 1000);
    QCOMPARE(server.count("SELECT count(*) FROM hq_flags WHERE tenant_id = ?1 AND flag = 'returned_quantity_exceeds_sale'"
                          " AND subject = 'MILK' AND store_id = 'store-002'"), 1);
    QCOMPARE(server.count("SELECT count(*) FROM returns WHERE tenant_id = ?1"), 3);
}

// R-9.2: a count is counted − expected, so a sale on another lane since is not overwritten.
void tst_EventEffects::countBecomesADelta()
{
    Server server(freshDatabase());
    const std::string received = fill(R"({"receipt_id":"ID","supplier_ref":"DN-4711","lines":[{"sku":"M1","quantity_milli":10000}]})",
                                      {{"ID", store::newUuid()}});
    QCOMPARE_STATUS(server.send(server.lane1, type::kStockReceived, received), "applied", "");
    QCOMPARE(server.stock("store-001", "M1"), 10000);
    const std::string moved = fill(R"({"movement_id":"ID","sku":"M1","delta_milli":-1000,"reason":"theft","note":""})",
                                   {{"ID", store::newUuid()}});
    QCOMPARE_STATUS(server.send(server.lane2, type::kStockMoved, moved), "applied", "");
    // Lane 1 counted 8 while showing 10 (it had not seen the theft yet).
    const std::string counted = fill(R"({"count_id":"ID","lines":[{"sku":"M1","counted_milli":8000,"expected_milli":10000},)"
                                     R"({"sku":"B2","counted_milli":500,"expected_milli":500}]})",
                                     {{"ID", store::newUuid()}});
    std::map<std::string, std::int64_t> visible;
    QCOMPARE_STATUS(server.send(server.lane1, type::kStockCounted, counted, &visible), "applied", "");
    QCOMPARE(server.stock("store-001", "M1"), 7000);
    QCOMPARE(server.count("SELECT count(*) FROM stock_ledger WHERE tenant_id = ?1"), 3);   // B2's zero delta writes nothing
    QVERIFY(server.record("stock:store-001", "stock_level", "B2").empty());
    QVERIFY(visible.contains("stock:store-001"));
}

// R-9.3
void tst_EventEffects::loyaltyOverdraftIsAppliedAndFlagged()
{
    Server server(freshDatabase());
    const std::string customer = store::newUuid();
    const auto entry = [&](const char *json, std::int64_t points) {
        return fill(json, {{"ENTRY", store::newUuid()}, {"CUSTOMER", customer}, {"POINTS", std::to_string(points)}});
    };
    const char *earned = R"({"entry_id":"ENTRY","customer_id":"CUSTOMER","points":POINTS,"sale_id":null,"reason":"SALE"})";
    const char *redeemed = R"({"entry_id":"ENTRY","customer_id":"CUSTOMER","points":POINTS,"sale_id":null,"currency":"EUR","value":100})";
    QCOMPARE_STATUS(server.send(server.lane1, type::kLoyaltyEarned, entry(earned, 100)), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane1, type::kLoyaltyRedeemed, entry(redeemed, 80)), "applied", "");
    QCOMPARE(server.count("SELECT count(*) FROM hq_flags WHERE tenant_id = ?1"), 0);
    // Lane 2, offline, still believed 100 points were there.
    const std::string offline = entry(redeemed, 50);
    std::map<std::string, std::int64_t> visible;
    QCOMPARE_STATUS(server.send(server.lane2, type::kLoyaltyRedeemed, offline, &visible), "applied", "");
    QCOMPARE(server.count("SELECT points FROM loyalty_balances WHERE tenant_id = ?1"), -30);
    QCOMPARE(server.record("store:store-001", "loyalty_balance", customer),
             R"({"as_of":)" + std::to_string(kNow) + R"(,"customer_id":")" + customer + R"(","points":-30})");
    QCOMPARE(server.count("SELECT count(*) FROM hq_flags WHERE tenant_id = ?1 AND flag = 'overdraft'"), 1);
    QVERIFY(visible.contains("store:store-001"));
    // The same entry again under a new event: refused, the balance stays.
    QCOMPARE_STATUS(server.send(server.lane2, type::kLoyaltyRedeemed, offline), "rejected", "duplicate_id");
    QCOMPARE(server.count("SELECT points FROM loyalty_balances WHERE tenant_id = ?1"), -30);
}

// §7.5 customer.enrolled.v1
void tst_EventEffects::loyaltyCardBelongsToOneCustomer()
{
    Server server(freshDatabase());
    const std::string ada = store::newUuid(), bob = store::newUuid();
    const char *enrol = R"({"customer_id":"ID","loyalty_card":"LC-000123","display_name":"NAME"})";
    std::map<std::string, std::int64_t> visible;
    QCOMPARE_STATUS(server.send(server.lane1, type::kCustomerEnrolled, fill(enrol, {{"ID", ada}, {"NAME", "Ada L."}}), &visible),
                    "applied", "");
    QCOMPARE(server.record("store:store-001", "customer", ada),
             R"({"active":true,"customer_id":")" + ada + R"(","display_name":"Ada L.","loyalty_card":"LC-000123"})");
    QVERIFY(visible.contains("store:store-001"));
    QCOMPARE_STATUS(server.send(server.otherStore, type::kCustomerEnrolled, fill(enrol, {{"ID", bob}, {"NAME", "Bob"}})),
                    "rejected", "loyalty_card_taken");
    QCOMPARE(server.count("SELECT count(*) FROM customers WHERE tenant_id = ?1"), 1);
    QVERIFY(server.record("store:store-002", "customer", bob).empty());
}

// R-9.1: the PIN hash replaced in every store scope that carries the person, sent back down.
void tst_EventEffects::pinChangeReachesEveryStoreScopeOfThePerson()
{
    Server server(freshDatabase());
    const auto hash = [](const char16_t *pin) { return PinHash::create(pin, 1000)->toString().toStdString(); };
    const std::string oldHash = hash(u"1234"), newHash = hash(u"4321");
    const auto staff = [](const std::string &code, const std::string &pinHash, const char *store) {
        return R"({"active":true,"code":")" + code + R"(","display_name":"Trinh","pin_hash":")" + pinHash
               + R"(","role_ids":["cashier"],"store_id":)" + store + "}";
    };
    server.write([&](sql::Session &s) {   // a chain-wide cashier in both stores, and one of store 2 only
        store::writeChange(s, server.tenant(), "store:store-001", "staff", "1001", staff("1001", oldHash, "null"), kNow);
        store::writeChange(s, server.tenant(), "store:store-002", "staff", "1001", staff("1001", oldHash, "null"), kNow);
        store::writeChange(s, server.tenant(), "store:store-002", "staff", "3001", staff("3001", oldHash, "\"store-002\""), kNow);
    });
    const char *change = R"({"code":"CODE","pin_hash":"HASH","changed_by":"1001"})";
    std::map<std::string, std::int64_t> visible;
    QCOMPARE_STATUS(server.send(server.lane1, type::kStaffPinChanged, fill(change, {{"CODE", "1001"}, {"HASH", newHash}}),
                                &visible),
                    "applied", "");
    QCOMPARE(server.record("store:store-001", "staff", "1001"), staff("1001", newHash, "null"));
    QCOMPARE(server.record("store:store-002", "staff", "1001"), staff("1001", newHash, "null"));
    QVERIFY(visible.contains("store:store-001"));
    QVERIFY(visible.contains("store:store-002"));
    QCOMPARE_STATUS(server.send(server.lane1, type::kStaffPinChanged, fill(change, {{"CODE", "9999"}, {"HASH", newHash}})),
                    "rejected", "unknown_staff");
    // Store 1's lane cannot reach a person who is only on store 2's staff.
    QCOMPARE_STATUS(server.send(server.lane1, type::kStaffPinChanged, fill(change, {{"CODE", "3001"}, {"HASH", newHash}})),
                    "rejected", "unknown_staff");
    QCOMPARE(server.record("store:store-002", "staff", "3001"), staff("3001", oldHash, "\"store-002\""));
}

// §7.5 till, shifts, overrides
void tst_EventEffects::tillShiftsAndOverrides()
{
    Server server(freshDatabase());
    const std::string in = fill(R"({"movement_id":"ID","currency":"EUR","amount":5000,"reason":"FLOAT","note":"","cashier_id":"1001"})",
                                {{"ID", store::newUuid()}});
    const std::string out = fill(R"({"movement_id":"ID","currency":"EUR","amount":1250,"reason":"WINDOW_CLEANER","note":"",)"
                                 R"("cashier_id":"1001"})", {{"ID", store::newUuid()}});
    QCOMPARE_STATUS(server.send(server.lane1, type::kPaidIn, in), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane1, type::kPaidOut, out), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane1, type::kPaidOut, out), "rejected", "duplicate_id");
    QCOMPARE(server.count("SELECT SUM(amount) FROM till_movements WHERE tenant_id = ?1"), 5000 - 1250);

    const std::string shift = store::newUuid();
    QCOMPARE_STATUS(server.send(server.lane1, type::kShiftOpened,
                                fill(R"({"shift_id":"ID","cashier_id":"1001","currency":"EUR","opening_float":10000})", {{"ID", shift}})),
                    "applied", "");
    const std::string close = fill(R"({"shift_id":"ID","cashier_id":"1001","currency":"EUR","counted_cash":25040,)"
                                   R"("expected_cash":25000,"z_number":12,"journal_sequence":345})", {{"ID", shift}});
    QCOMPARE_STATUS(server.send(server.lane1, type::kShiftClosed, close), "applied", "");
    QCOMPARE(server.count("SELECT over_short FROM shifts WHERE tenant_id = ?1"), 40);
    QCOMPARE(server.count("SELECT opening_float FROM shifts WHERE tenant_id = ?1"), 10000);
    QCOMPARE_STATUS(server.send(server.lane1, type::kShiftClosed, close), "rejected", "shift_already_closed");

    const std::string override_ = fill(R"({"override_id":"ID","permission":"sale.price_override","sale_id":null,)"
                                       R"("requested_by":"1001","approval":{"user_id":"2001","user_name":"Sam",)"
                                       R"("reason":"DAMAGED","at":1795000000000},"currency":"EUR","amount":-200})",
                                       {{"ID", store::newUuid()}});
    QCOMPARE_STATUS(server.send(server.lane1, type::kOverrideApproved, override_), "applied", "");
    QCOMPARE(server.count("SELECT amount FROM overrides WHERE tenant_id = ?1 AND approved_by = '2001'"), -200);
    QCOMPARE_STATUS(server.send(server.lane1, type::kOverrideApproved, override_), "rejected", "duplicate_id");
}

QTEST_GUILESS_MAIN(tst_EventEffects)
#include "tst_event_effects.moc"

// Two server processes on PostgreSQL may store a sale and its voids at the same
// moment: each sale is voided once (its stock and money come back once), and a
// void that raced its sale is never left waiting.
void tst_EventEffects::voidsRacingTheirSaleAndEachOtherApplyOnce()
{
    Server server(freshDatabase());
    for (int round = 0; round < 6; ++round) {
        const LaneSale sale = milkSale();
        const std::string saleEvent = store::newUuid();
        // The sale and a void of it from another lane, at once.
        store::EventResult saleResult, voidResult;
        std::thread voider([&] {
            voidResult = server.send(server.lane2, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total));
        });
        saleResult = server.send(server.lane1, type::kSaleCompleted, sale.document, nullptr, saleEvent);
        voider.join();
        QCOMPARE_STATUS(saleResult, "applied", "");
        QVERIFY2(voidResult.status == "applied" || (voidResult.status == "held" && voidResult.code == "waiting_for_original"),
                 voidResult.code.c_str());
        QCOMPARE(server.count("SELECT held_count FROM terminals WHERE tenant_id = ?1 AND lane_id = 'lane-02'"), 0);
        QCOMPARE(server.count("SELECT count(*) FROM sales WHERE tenant_id = ?1 AND voided = 1"), round + 1);

        // Two more voids of the same sale, at once: both refused, it is voided already.
        store::EventResult a, b;
        std::thread other([&] { a = server.send(server.lane2, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total)); });
        b = server.send(server.lane1, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total));
        other.join();
        QCOMPARE_STATUS(a, "rejected", "already_voided");
        QCOMPARE_STATUS(b, "rejected", "already_voided");
        QCOMPARE(server.stock("store-001", "MILK"), 0);   // each sale's −2000 came back exactly once
    }
    // And a sale voided by two lanes at once is voided once.
    const LaneSale sale = milkSale();
    const std::string saleEvent = store::newUuid();
    QCOMPARE_STATUS(server.send(server.lane1, type::kSaleCompleted, sale.document, nullptr, saleEvent), "applied", "");
    store::EventResult a, b;
    std::thread other([&] { a = server.send(server.lane2, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total)); });
    b = server.send(server.lane1, type::kSaleVoided, voidPayload(sale, saleEvent, -sale.total));
    other.join();
    QCOMPARE(int(a.status == "applied") + int(b.status == "applied"), 1);
    QCOMPARE(server.stock("store-001", "MILK"), 0);
}

// §7.5: a movement, delivery or count resent as a new event (a lane bug, a
// restored outbox) is refused by its own id: stock moves once.
void tst_EventEffects::aStockDocumentResentUnderANewEventIdMovesStockOnce()
{
    Server server(freshDatabase());
    const std::string moved = R"({"delta_milli":-1000,"movement_id":"3b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","note":"","reason":"damage","sku":"MILK"})";
    QCOMPARE_STATUS(server.send(server.lane1, type::kStockMoved, moved), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane1, type::kStockMoved, moved), "rejected", "duplicate_id");
    const std::string received = R"({"lines":[{"quantity_milli":5000,"sku":"MILK"}],"receipt_id":"4b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","supplier_ref":"DN-1"})";
    QCOMPARE_STATUS(server.send(server.lane1, type::kStockReceived, received), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane2, type::kStockReceived, received), "rejected", "duplicate_id");
    QCOMPARE(server.stock("store-001", "MILK"), 4000);
    // A count that found everything as expected moves nothing, and is still stored once.
    const std::string counted = R"({"count_id":"5b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","lines":[{"counted_milli":4000,"expected_milli":4000,"sku":"MILK"}]})";
    QCOMPARE_STATUS(server.send(server.lane1, type::kStockCounted, counted), "applied", "");
    QCOMPARE_STATUS(server.send(server.lane2, type::kStockCounted, counted), "rejected", "duplicate_id");
    QCOMPARE(server.stock("store-001", "MILK"), 4000);
}

// A gift card sold in one store pays in another of the same currency: its
// balance is in every such store's scope.
void tst_EventEffects::aGiftCardBalanceReachesEveryStoreOfItsCurrency()
{
    Server server(freshDatabase());
    // A return refunded to store credit credits the account (the refund's account_id).
    const std::string refund = fill(R"({"return_id":"6b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","original_sale_id":null,"original_event_id":null,)"
                                    R"("lines":[{"sku":"MILK","quantity_milli":1000,"amount":500,"tax":33,"tax_class_id":"reduced","restock":false,"reason":"DAMAGED"}],)"
                                    R"("refunds":[{"kind":"store_credit","amount":500,"account_id":"SC-1"}],"total":-500,"cashier_id":"1001",)"
                                    R"("approval":{"user_id":"2001","user_name":"Sam","reason":"NO_RECEIPT","at":1795000000000},"currency":"EUR"})",
                                    {});
    QCOMPARE_STATUS(server.send(server.lane1, type::kReturnCompleted, refund), "applied", "");
    QVERIFY(server.record("store:store-001", "account_balance", "SC-1").find("\"balance\":500") != std::string::npos);
    QVERIFY(server.record("store:store-002", "account_balance", "SC-1").find("\"balance\":500") != std::string::npos);
}
