// HQ's promotions, customers, roles and staff, terminal settings and the sales
// export (docs/sync-protocol.md §11) over real HTTPS on loopback, against
// SQLite or a private PostgreSQL (RETAILOS_TEST_BACKEND): what a lane of each
// store then pulls, who may write what (R-4.10), whole batches refused with the
// field's path (§11), PINs that never leave as PINs, and the business day of
// the sales export in the store's own time zone (R-10.1).
#include "core/sale/sale_json.h"
#include "core/staff/pin_hash.h"
#include "sync/protocol/json.h"
#include "sync/server/store/admin_records.h"
#include "sync/server/store/ids.h"
#include "tests/support/lane_fixture.h"
#include "tests/support/private_postgres.h"
#include "tests/support/server_fixture.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <future>
#include <regex>

using namespace retailos;
using namespace retailos::test;
using sync::json::Writer;

namespace {

constexpr const char *kPin = "80417263";   // a PIN that must never appear anywhere but in the request

std::string events(const std::vector<std::string> &envelopes)
{
    std::string body = "{\"events\":[";
    for (std::size_t i = 0; i < envelopes.size(); ++i) body += (i ? "," : "") + envelopes[i];
    return body + "]}";
}

std::string promotion(const std::string &id, const std::string &name, const std::string &kind = "percent_off",
                      std::int64_t value = 100000)
{
    Writer w;
    w.beginObject().field("promotion_id", id).field("name", name).field("kind", kind).field("value", value);
    if (kind == "multi_buy") w.field("buy_quantity", 3);
    w.key("skus").beginArray().value("M1").endArray().field("currency", "EUR").field("priority", 1)
        .field("effective_from", std::int64_t(1'795'000'000'000)).nullField("effective_to").endObject();
    return w.take();
}

std::string customer(const std::string &id, const std::string &card, const std::string &storesJson = {})
{
    std::string c = "{\"customer_id\":\"" + id + "\",\"loyalty_card\":\"" + card
                    + "\",\"display_name\":\"Ada\",\"tier\":\"gold\",\"active\":true";
    if (!storesJson.empty()) c += ",\"store_ids\":" + storesJson;
    return c + "}";
}

// A real lane sale (core/sale) sold at `completedAt` by `lane`: the document of
// its pos.sale.completed.v1 event, with the lane's store and lane ids.
struct LaneSale
{
    std::string document, saleId;
    std::int64_t total = 0, receiptNumber = 0;
};

LaneSale laneSale(const TestLane &lane, std::int64_t completedAt, bool card = false)
{
    LaneFixture fixture;
    if (!fixture.session().scan(KnownItems::milk)) qFatal("scan");
    Tender t;
    t.kind = card ? TenderKind::Card : TenderKind::Cash;
    if (card) {
        t.amount = Money(199, *Currency::fromCode(u"EUR"));   // milk
        t.maskedPan = u"1234"_qs;
        t.authCode = u"A1B2C3"_qs;
        t.terminalRef = u"T-998"_qs;
    } else {
        t.received = Money(500, *Currency::fromCode(u"EUR"));
    }
    if (!fixture.session().addTender(t) || !fixture.session().complete()) qFatal("pay");
    auto q = fixture.db().prepare("SELECT document, id, total_minor, receipt_number FROM sales ORDER BY receipt_number DESC LIMIT 1");
    if (!q || !q->step().value_or(false)) qFatal("no sale stored");
    LaneSale sale{q->text(0).toStdString(), q->text(1).toStdString(), q->int64(2), q->int64(3)};
    sale.document = std::regex_replace(sale.document, std::regex(R"("store_id":"store-001")"), "\"store_id\":\"" + lane.storeId + "\"");
    sale.document = std::regex_replace(sale.document, std::regex(R"("lane_id":"lane-01")"), "\"lane_id\":\"" + lane.laneId + "\"");
    sale.document = std::regex_replace(sale.document, std::regex(R"("completed_at":[0-9]+)"),
                                       "\"completed_at\":" + std::to_string(completedAt));
    sale.document = std::regex_replace(sale.document, std::regex(R"("opened_at":[0-9]+)"),
                                       "\"opened_at\":" + std::to_string(completedAt - 60'000));
    return sale;
}

std::int64_t wallClock(const char *zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArray(zone))).toMSecsSinceEpoch();
}

} // namespace

class TestAdminRecords : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrivatePostgres> m_postgres;
    std::unique_ptr<ServerFixture> m_server;
    TestLane m_laneA, m_laneB;

    ServerFixture &server() { return *m_server; }

    // The scope's records as a lane loads them (one snapshot page): "kind|key" → data.
    std::map<std::string, std::string> records(const TestLane &lane, const std::string &scope)
    {
        std::map<std::string, std::string> out;
        const Answer a = server().call("POST", "/v1/snapshot", "{\"scope\":\"" + scope + "\"}", lane.credential);
        if (a.status != 200) {
            qWarning("snapshot %s: %d %s", scope.c_str(), a.status, a.body.c_str());
            return out;
        }
        const auto rows = a.root().member("rows");
        for (std::size_t i = 0; i < rows.size(); ++i)
            out[std::string(rows[i].member("kind").toString()) + "|" + std::string(rows[i].member("key").toString())] =
                rows[i].member("data").canonical();
        return out;
    }

    // The scope's current cursor (JSON) as a lane gets it from a snapshot.
    std::string cursor(const TestLane &lane, const std::string &scope)
    {
        const Answer a = server().call("POST", "/v1/snapshot", "{\"scope\":\"" + scope + "\"}", lane.credential);
        return a.root().member("start_cursor").dump();
    }

    // The changes after `cursorJson` in the scope: "op kind key" each.
    std::vector<std::string> changesAfter(const TestLane &lane, const std::string &scope, const std::string &cursorJson)
    {
        std::vector<std::string> out;
        const Answer a = server().call("POST", "/v1/pull",
                                       "{\"scopes\":[{\"scope\":\"" + scope + "\",\"cursor\":" + cursorJson + "}]}",
                                       lane.credential);
        const auto changes = a.root().member("scopes")[0].member("changes");
        for (std::size_t i = 0; i < changes.size(); ++i)
            out.push_back(std::string(changes[i].member("op").toString()) + " " + std::string(changes[i].member("kind").toString())
                          + " " + std::string(changes[i].member("key").toString()));
        return out;
    }

    std::int64_t dbCount(const std::string &sqlText)
    {
        std::int64_t n = -1;
        server().database().transact(server::sql::TxMode::Read, [&](server::sql::Session &s) {
            n = s.queryInt(sqlText, {std::string_view(server().tenantId())}).value_or(0);
        });
        return n;
    }

    void upload(TestLane &lane, std::string_view type, const std::string &payload, const std::string &eventId = {})
    {
        const Answer a = server().call("POST", "/v1/events", events({server().nextEvent(lane, type, payload, eventId)}),
                                       lane.credential);
        QCOMPARE(a.status, 200);
        const auto result = a.root().member("results")[0];
        QVERIFY2(result.member("status").toString() == "applied", a.body.c_str());
    }

    static void expect422(const Answer &a, const std::string &field, std::int64_t index)
    {
        QVERIFY2(a.status == 422, a.body.c_str());
        QCOMPARE(a.errorCode(), std::string("invalid_value"));
        const auto details = a.root().member("error").member("details");
        QCOMPARE(std::string(details.member("field").toString()), field);
        QCOMPARE(details.member("index").toInt(), index);
    }

private slots:
    void initTestCase()
    {
        if (qgetenv("RETAILOS_TEST_BACKEND") == "postgresql") {
            m_postgres = std::make_unique<PrivatePostgres>();
            const QString error = m_postgres->start();
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void init()
    {
        m_server = std::make_unique<ServerFixture>(m_postgres.get());
        const QString error = m_server->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(server().createStore("store-a"));
        QVERIFY(server().createStore("store-b"));
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"M1", "M2"})).status, 200);
        m_laneA = server().enrolLane("store-a", "lane-1");
        m_laneB = server().enrolLane("store-b", "lane-1");
        QVERIFY(!m_laneA.terminalId.empty() && !m_laneB.terminalId.empty());
    }

    void cleanup() { m_server.reset(); }

    void cleanupTestCase() { m_postgres.reset(); }

    // ---- promotions ---------------------------------------------------------------

    // §11, §8.1 (R-4.6): a store's promotion reaches its lanes only; R-8.2: the
    // same upsert again writes nothing; "all" and delete reach every store.
    void promotionsReachTheStoresNamed_R_4_6_R_8_2()
    {
        const std::string id = server::store::newUuid();
        const std::string body = "{\"store_ids\":[\"store-a\"],\"promotions\":[" + promotion(id, "Milk week") + "]}";
        const Answer written = server().admin("POST", "/v1/admin/promotions", body);
        QVERIFY2(written.status == 200, written.body.c_str());
        QCOMPARE(written.num("written"), 1);

        const auto a = records(m_laneA, "store:store-a");
        QVERIFY(a.contains("promotion|" + id));
        QCOMPARE(a.at("promotion|" + id),
                 "{\"currency\":\"EUR\",\"effective_from\":1795000000000,\"effective_to\":null,\"kind\":\"percent_off\","
                 "\"name\":\"Milk week\",\"priority\":1,\"promotion_id\":\"" + id + "\",\"skus\":[\"M1\"],\"value\":100000}");
        QVERIFY(!records(m_laneB, "store:store-b").contains("promotion|" + id));

        const std::string at = cursor(m_laneA, "store:store-a");
        const Answer again = server().admin("POST", "/v1/admin/promotions", body);
        QCOMPARE(again.num("unchanged"), 1);
        QCOMPARE(again.num("written"), 0);
        QVERIFY(changesAfter(m_laneA, "store:store-a", at).empty());

        // Every store: store-b gets it too.
        const std::string atB = cursor(m_laneB, "store:store-b");
        QCOMPARE(server().admin("POST", "/v1/admin/promotions",
                                "{\"store_ids\":\"all\",\"promotions\":[" + promotion(id, "Milk week") + "]}").num("written"), 1);
        QCOMPARE(changesAfter(m_laneB, "store:store-b", atB), std::vector<std::string>{"upsert promotion " + id});

        // Withdrawn from every store that has it.
        const Answer deleted = server().admin("POST", "/v1/admin/promotions", "{\"delete\":[\"" + id + "\"]}");
        QVERIFY2(deleted.status == 200, deleted.body.c_str());
        QCOMPARE(deleted.num("deleted"), 1);
        QVERIFY(!records(m_laneA, "store:store-a").contains("promotion|" + id));
        QVERIFY(!records(m_laneB, "store:store-b").contains("promotion|" + id));
    }

    // Re-targeting a promotion from every store to one removes it from the others.
    void promotionMovedToOneStoreLeavesTheOthers()
    {
        const std::string id = server::store::newUuid();
        QCOMPARE(server().admin("POST", "/v1/admin/promotions",
                                "{\"store_ids\":\"all\",\"promotions\":[" + promotion(id, "3 for 2", "multi_buy", 398) + "]}").status, 200);
        const std::string atB = cursor(m_laneB, "store:store-b");
        QCOMPARE(server().admin("POST", "/v1/admin/promotions",
                                "{\"store_ids\":[\"store-a\"],\"promotions\":[" + promotion(id, "3 for 2", "multi_buy", 398) + "]}").status, 200);
        QCOMPARE(changesAfter(m_laneB, "store:store-b", atB), std::vector<std::string>{"delete promotion " + id});
        QVERIFY(records(m_laneA, "store:store-a").contains("promotion|" + id));
    }

    // §11: one invalid record refuses the whole batch with its index and field path; nothing is written.
    void invalidPromotionRefusesTheBatch()
    {
        const std::string at = cursor(m_laneA, "store:store-a");
        std::string bad = promotion(server::store::newUuid(), "Broken", "multi_buy", 398);
        bad.replace(bad.find("\"buy_quantity\":3"), 16, "\"buy_quantity\":1");
        const Answer a = server().admin("POST", "/v1/admin/promotions",
                                        "{\"store_ids\":[\"store-a\"],\"promotions\":[" + promotion(server::store::newUuid(), "Fine")
                                            + "," + bad + "]}");
        expect422(a, "promotions[1].buy_quantity", 1);
        QVERIFY(changesAfter(m_laneA, "store:store-a", at).empty());

        expect422(server().admin("POST", "/v1/admin/promotions",
                                 "{\"store_ids\":[\"store-a\"],\"promotions\":["
                                     + std::regex_replace(promotion(server::store::newUuid(), "X"), std::regex("\"M1\""), "\"NOPE\"") + "]}"),
                  "promotions[0].skus[0]", 0);
        expect422(server().admin("POST", "/v1/admin/promotions",
                                 "{\"store_ids\":[\"store-zz\"],\"promotions\":[" + promotion(server::store::newUuid(), "X") + "]}"),
                  "store_ids[0]", 0);
        QCOMPARE(dbCount("SELECT count(*) FROM records WHERE tenant_id = ?1 AND kind = 'promotion'"), 0);
    }

    // R-4.10: a store manager writes its own stores only, never "every store";
    // an analyst writes nothing.
    void storeManagerAndAnalystAreHeldToTheirRole_R_4_10()
    {
        const std::string manager = server().adminTokenFor("store_manager", {"store-a"});
        const std::string analyst = server().adminTokenFor("analyst");
        const std::string id = server::store::newUuid();
        auto promo = [&](const std::string &stores) {
            return "{\"store_ids\":" + stores + ",\"promotions\":[" + promotion(id, "Local") + "]}";
        };
        const Answer other = server().call("POST", "/v1/admin/promotions", promo("[\"store-a\",\"store-b\"]"), manager);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), std::string("store_forbidden"));
        QCOMPARE(server().call("POST", "/v1/admin/promotions", promo("\"all\""), manager).status, 403);
        QCOMPARE(dbCount("SELECT count(*) FROM records WHERE tenant_id = ?1 AND kind = 'promotion'"), 0);
        QCOMPARE(server().call("POST", "/v1/admin/promotions", promo("[\"store-a\"]"), manager).status, 200);

        // A chain promotion is not the manager's to take away from the other stores.
        const std::string chain = server::store::newUuid();
        QCOMPARE(server().admin("POST", "/v1/admin/promotions", "{\"store_ids\":\"all\",\"promotions\":[" + promotion(chain, "Chain") + "]}").status, 200);
        QCOMPARE(server().call("POST", "/v1/admin/promotions", "{\"delete\":[\"" + chain + "\"]}", manager).status, 403);
        QCOMPARE(server().call("POST", "/v1/admin/promotions",
                               "{\"store_ids\":[\"store-a\"],\"promotions\":[" + promotion(chain, "Chain") + "]}", manager).status, 403);
        QVERIFY(records(m_laneB, "store:store-b").contains("promotion|" + chain));

        // Staff and customers of another store, settings of another store's lane.
        QCOMPARE(server().call("POST", "/v1/admin/customers",
                               "{\"customers\":[" + customer(server::store::newUuid(), "C-9", "[\"store-b\"]") + "]}", manager).status, 403);
        QCOMPARE(server().call("POST", "/v1/admin/customers",
                               "{\"customers\":[" + customer(server::store::newUuid(), "C-9") + "]}", manager).status, 403);
        QCOMPARE(server().call("POST", "/v1/admin/staff",
                               R"({"staff":[{"code":"77","display_name":"Bo","store_id":"store-b","role_ids":[],"pin":"1234","active":true}]})",
                               manager).status, 403);
        QCOMPARE(server().call("POST", "/v1/admin/staff", R"({"roles":[{"id":"r","name":"R","permissions":[]}]})", manager).status, 403);
        QCOMPARE(server().call("POST", "/v1/admin/settings",
                               "{\"terminal_id\":\"" + m_laneB.terminalId + "\",\"settings\":[{\"name\":\"ui.theme\",\"value\":\"dark\"}]}",
                               manager).status, 403);

        for (const char *path : {"/v1/admin/promotions", "/v1/admin/customers", "/v1/admin/staff", "/v1/admin/settings"}) {
            const Answer a = server().call("POST", path, promo("[\"store-a\"]"), analyst);
            QCOMPARE(a.status, 403);
            QCOMPARE(a.errorCode(), std::string("store_forbidden"));
        }
        QCOMPARE(dbCount("SELECT count(*) FROM records WHERE tenant_id = ?1 AND kind IN ('customer', 'staff', 'role', 'setting')"), 0);
    }

    // ---- customers -------------------------------------------------------------------

    // §8.2: a customer appears in every store by default, or in the stores HQ
    // names; its loyalty balance goes with it, also when a lane earns points.
    void customersFollowTheirStores()
    {
        const std::string everywhere = server::store::newUuid(), local = server::store::newUuid();
        const Answer a = server().admin("POST", "/v1/admin/customers",
                                        "{\"customers\":[" + customer(everywhere, "C-1") + "," + customer(local, "C-2", "[\"store-a\"]") + "]}");
        QVERIFY2(a.status == 200, a.body.c_str());
        QCOMPARE(a.num("written"), 2);
        const auto b = records(m_laneB, "store:store-b");
        QVERIFY(b.contains("customer|" + everywhere));
        QVERIFY(!b.contains("customer|" + local));
        QCOMPARE(b.at("customer|" + everywhere), "{\"active\":true,\"customer_id\":\"" + everywhere
                                                     + "\",\"display_name\":\"Ada\",\"loyalty_card\":\"C-1\",\"tier\":\"gold\"}");
        QVERIFY(records(m_laneA, "store:store-a").contains("customer|" + local));

        // Points earned at store-a: the balance reaches every store of the customer.
        Writer earned;
        earned.beginObject().field("customer_id", everywhere).field("entry_id", server::store::newUuid()).field("points", 120)
            .field("reason", "purchase").nullField("sale_id").endObject();
        upload(m_laneA, "customer.loyalty.points.earned.v1", earned.text());
        const auto balance = records(m_laneB, "store:store-b");
        QVERIFY(balance.contains("loyalty_balance|" + everywhere));
        QVERIFY(balance.at("loyalty_balance|" + everywhere).find("\"points\":120") != std::string::npos);

        // Moved to store-a only: store-b's lanes lose the customer and its balance.
        const std::string atB = cursor(m_laneB, "store:store-b");
        QCOMPARE(server().admin("POST", "/v1/admin/customers", "{\"customers\":[" + customer(everywhere, "C-1", "[\"store-a\"]") + "]}").status, 200);
        auto removed = changesAfter(m_laneB, "store:store-b", atB);
        std::sort(removed.begin(), removed.end());
        QCOMPARE(removed, (std::vector<std::string>{"delete customer " + everywhere, "delete loyalty_balance " + everywhere}));

        // A loyalty card belongs to one customer.
        expect422(server().admin("POST", "/v1/admin/customers", "{\"customers\":[" + customer(server::store::newUuid(), "C-2") + "]}"),
                  "customers[0].loyalty_card", 0);
        expect422(server().admin("POST", "/v1/admin/customers",
                                 "{\"customers\":[" + customer(server::store::newUuid(), "C-5", "[\"store-zz\"]") + "]}"),
                  "customers[0].store_ids[0]", 0);
    }

    // customer.enrolled.v1 at one lane: the customer is the whole chain's.
    void customerEnrolledAtALaneReachesEveryStore()
    {
        const std::string id = server::store::newUuid();
        Writer w;
        w.beginObject().field("customer_id", id).field("display_name", "Lin").field("loyalty_card", "L-77").endObject();
        upload(m_laneA, "customer.enrolled.v1", w.text());
        QVERIFY(records(m_laneB, "store:store-b").contains("customer|" + id));
        // HQ may then give it a tier without touching the card.
        QCOMPARE(server().admin("POST", "/v1/admin/customers", "{\"customers\":[" + customer(id, "L-77") + "]}").num("written"), 1);
    }

    // ---- roles and staff ----------------------------------------------------------------

    // §8.2: chain-wide roles and staff appear in every store scope, a store's
    // staff only there; a PIN is hashed by the server and never stored or sent.
    void staffAndRolesReachTheirStoresAndPinsStaySecret_R_9_1()
    {
        Writer w;
        w.beginObject().key("roles").beginArray().beginObject().field("id", "cashier").field("name", "Cashier")
            .key("permissions").beginArray().value("sale.sell").value("x.future").endArray().endObject().endArray();
        w.key("staff").beginArray();
        w.beginObject().field("code", "1001").field("display_name", "Kim").nullField("store_id")
            .key("role_ids").beginArray().value("cashier").endArray().field("pin", kPin).field("active", true).endObject();
        w.beginObject().field("code", "2001").field("display_name", "Sam").field("store_id", "store-a")
            .key("role_ids").beginArray().value("cashier").endArray()
            .field("pin_hash", PinHash::create(u"2468", 1000)->toString().toStdString()).field("active", true).endObject();
        w.endArray().endObject();
        const std::string body = w.take();
        const Answer a = server().admin("POST", "/v1/admin/staff", body);
        QVERIFY2(a.status == 200, a.body.c_str());
        QCOMPARE(a.num("written"), 3);
        QVERIFY(a.body.find(kPin) == std::string::npos);

        const auto b = records(m_laneB, "store:store-b");
        QVERIFY(b.contains("role|cashier"));
        QCOMPARE(b.at("role|cashier"), std::string(R"({"id":"cashier","name":"Cashier","permissions":["sale.sell","x.future"]})"));
        QVERIFY(b.contains("staff|1001"));
        QVERIFY(!b.contains("staff|2001"));
        QVERIFY(records(m_laneA, "store:store-a").contains("staff|2001"));

        // The lane gets a hash it can check the PIN against, never the PIN.
        const std::string staff = b.at("staff|1001");
        QVERIFY(staff.find(kPin) == std::string::npos);
        auto doc = sync::json::Document::parse(staff, nullptr);
        const auto hash = PinHash::parse(QString::fromStdString(std::string(doc->root().member("pin_hash").toString())));
        QVERIFY(hash && hash->matches(QString::fromLatin1(kPin)));
        QCOMPARE(std::string(doc->root().member("store_id").dump()), std::string("null"));
        // Nowhere in the database either.
        for (const std::string table : {"records", "changes", "hq_store_records"})
            QCOMPARE(dbCount("SELECT count(*) FROM " + table + " WHERE tenant_id = ?1 AND data LIKE " + "'%" + kPin + "%" + "'"), 0);

        // The same PIN again keeps its hash: nothing changes (R-8.2); no PIN keeps it too.
        const std::string at = cursor(m_laneB, "store:store-b");
        QCOMPARE(server().admin("POST", "/v1/admin/staff", body).num("unchanged"), 3);
        QCOMPARE(server().admin("POST", "/v1/admin/staff",
                                R"({"staff":[{"code":"1001","display_name":"Kim","store_id":null,"role_ids":["cashier"],"active":true}]})")
                     .num("unchanged"), 1);
        QVERIFY(changesAfter(m_laneB, "store:store-b", at).empty());
    }

    void invalidStaffRefusesTheBatchWithoutEchoingThePin()
    {
        const std::string at = cursor(m_laneA, "store:store-a");
        const Answer badPin = server().admin("POST", "/v1/admin/staff",
                                             R"({"staff":[{"code":"1","display_name":"A","store_id":null,"role_ids":[],"pin":"1234","active":true},)"
                                             R"({"code":"2","display_name":"B","store_id":null,"role_ids":[],"pin":"12x45","active":true}]})");
        expect422(badPin, "staff[1].pin", 1);
        QVERIFY(badPin.body.find("12x45") == std::string::npos);
        expect422(server().admin("POST", "/v1/admin/staff",
                                 R"({"staff":[{"code":"1","display_name":"A","store_id":null,"role_ids":[],"pin_hash":"1234","active":true}]})"),
                  "staff[0].pin_hash", 0);
        expect422(server().admin("POST", "/v1/admin/staff",
                                 R"({"staff":[{"code":"1","display_name":"A","store_id":null,"role_ids":["boss"],"pin":"1234","active":true}]})"),
                  "staff[0].role_ids[0]", 0);
        expect422(server().admin("POST", "/v1/admin/staff",
                                 R"({"staff":[{"code":"1","display_name":"A","store_id":null,"role_ids":[],"active":true}]})"),
                  "staff[0].pin", 0);
        // More plain PINs than one request may hash: refused before any is hashed.
        Writer many;
        many.beginObject().key("staff").beginArray();
        for (int i = 0; i <= int(server::store::kMaxPinsPerRequest); ++i)
            many.beginObject().field("code", "s" + std::to_string(i)).field("display_name", "S").nullField("store_id")
                .key("role_ids").beginArray().endArray().field("pin", "1234").field("active", true).endObject();
        many.endArray().endObject();
        const Answer tooMany = server().admin("POST", "/v1/admin/staff", many.text());
        QCOMPARE(tooMany.status, 413);
        QCOMPARE(tooMany.errorCode(), std::string("batch_too_large"));
        QVERIFY(changesAfter(m_laneA, "store:store-a", at).empty());
        QCOMPARE(dbCount("SELECT count(*) FROM hq_store_records WHERE tenant_id = ?1"), 0);
    }

    // A store created later gets every chain-wide record (seedNewStoreScope).
    void newStoreReceivesTheChainWideRecords()
    {
        const std::string all = server::store::newUuid(), onlyA = server::store::newUuid(), cust = server::store::newUuid();
        QCOMPARE(server().admin("POST", "/v1/admin/promotions", "{\"store_ids\":\"all\",\"promotions\":[" + promotion(all, "All") + "]}").status, 200);
        QCOMPARE(server().admin("POST", "/v1/admin/promotions", "{\"store_ids\":[\"store-a\"],\"promotions\":[" + promotion(onlyA, "A") + "]}").status, 200);
        QCOMPARE(server().admin("POST", "/v1/admin/customers", "{\"customers\":[" + customer(cust, "C-1") + "]}").status, 200);
        QCOMPARE(server().admin("POST", "/v1/admin/staff",
                                R"({"roles":[{"id":"cashier","name":"Cashier","permissions":[]}],)"
                                R"("staff":[{"code":"1001","display_name":"Kim","store_id":null,"role_ids":["cashier"],"pin":"1234","active":true}]})").status, 200);
        // A PIN changed at a lane is the one the new store gets.
        const std::string newHash = PinHash::create(u"9999", 1000)->toString().toStdString();
        Writer pin;
        pin.beginObject().field("changed_by", "1001").field("code", "1001").field("pin_hash", newHash).endObject();
        upload(m_laneA, "staff.pin_changed.v1", pin.text());

        QVERIFY(server().createStore("store-c"));
        const auto seeded = server().database().transact(server::sql::TxMode::Write, [&](server::sql::Session &s) {
            server::store::seedNewStoreScope(s, server().tenantId(), "store-c", server::store::nowMs());
        });
        QVERIFY(!seeded);
        const TestLane c = server().enrolLane("store-c", "lane-1");
        const auto rows = records(c, "store:store-c");
        QVERIFY(rows.contains("promotion|" + all));
        QVERIFY(!rows.contains("promotion|" + onlyA));
        QVERIFY(rows.contains("customer|" + cust));
        QVERIFY(rows.contains("role|cashier"));
        QVERIFY(rows.contains("staff|1001"));
        QVERIFY(rows.at("staff|1001").find(newHash) != std::string::npos);
    }

    // R-8.9: a lane's parked pull on its store scope answers when HQ writes a
    // chain-wide record there (the write names the scopes it changed).
    void aParkedPullWakesWhenHqWritesStaff_R_8_9()
    {
        const std::string at = cursor(m_laneB, "store:store-b");
        ServerFixture *srv = m_server.get();
        const TestLane lane = m_laneB;
        const auto started = std::chrono::steady_clock::now();
        auto parked = std::async(std::launch::async, [srv, lane, at] {
            return srv->call("POST", "/v1/pull",
                             "{\"scopes\":[{\"scope\":\"store:store-b\",\"cursor\":" + at + "}],\"wait_ms\":20000}",
                             lane.credential);
        });
        QTest::qWait(300);
        QCOMPARE(server().admin("POST", "/v1/admin/staff", R"({"roles":[{"id":"cashier","name":"Cashier","permissions":[]}]})").status, 200);
        const Answer woken = parked.get();
        QCOMPARE(woken.status, 200);
        const auto changes = woken.root().member("scopes")[0].member("changes");
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(std::string(changes[0].member("kind").toString()), std::string("role"));
        // It answered because of the change, long before its 20 s wait was over.
        QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    }

    // ---- settings -------------------------------------------------------------------------

    void settingsReachTheirTerminalInCanonicalForm_R_8_11()
    {
        const std::string body = "{\"terminal_id\":\"" + m_laneA.terminalId
                                 + "\",\"settings\":[{\"name\":\"sync.stock_scopes\",\"value\":{ \"z\" : 1, \"a\" : [\"stock:store-b\", null] }},"
                                   "{\"name\":\"ui.theme\",\"value\":\"dark\"}]}";
        const Answer a = server().admin("POST", "/v1/admin/settings", body);
        QVERIFY2(a.status == 200, a.body.c_str());
        QCOMPARE(a.num("written"), 2);
        const auto rows = records(m_laneA, "terminal:" + m_laneA.terminalId);
        QCOMPARE(rows.at("setting|sync.stock_scopes"),
                 std::string(R"({"name":"sync.stock_scopes","value":{"a":["stock:store-b",null],"z":1}})"));
        QCOMPARE(rows.at("setting|ui.theme"), std::string(R"({"name":"ui.theme","value":"dark"})"));
        QCOMPARE(server().admin("POST", "/v1/admin/settings", body).num("unchanged"), 2);
        // Another lane cannot read them (R-4.6).
        QCOMPARE(server().call("POST", "/v1/snapshot", "{\"scope\":\"terminal:" + m_laneA.terminalId + "\"}", m_laneB.credential).status, 403);

        QCOMPARE(server().admin("POST", "/v1/admin/settings",
                                "{\"terminal_id\":\"" + m_laneA.terminalId + "\",\"delete\":[\"ui.theme\"]}").num("deleted"), 1);
        QVERIFY(!records(m_laneA, "terminal:" + m_laneA.terminalId).contains("setting|ui.theme"));

        expect422(server().admin("POST", "/v1/admin/settings",
                                 "{\"terminal_id\":\"" + m_laneA.terminalId + "\",\"settings\":[{\"name\":\"ui.font\",\"value\":1},{\"name\":\"Bad Name\",\"value\":1}]}"),
                  "settings[1].name", 1);
        QVERIFY(!records(m_laneA, "terminal:" + m_laneA.terminalId).contains("setting|ui.font"));
        QCOMPARE(server().admin("POST", "/v1/admin/settings",
                                "{\"terminal_id\":\"" + server::store::newUuid() + "\",\"settings\":[]}").status, 422);
    }

    // ---- the sales export ---------------------------------------------------------------------

    // §11, R-10.1: the business day is the store's calendar day.
    void salesExportUsesTheStoresTimeZone_R_10_1()
    {
        Writer store;
        store.beginObject().field("store_id", "store-ny").field("name", "New York").field("currency", "EUR")
            .field("time_zone", "America/New_York").endObject();
        QCOMPARE(server().admin("POST", "/v1/admin/stores", store.text()).status, 201);
        TestLane ny = server().enrolLane("store-ny", "lane-1");
        QVERIFY(!ny.terminalId.empty());

        // 23:30 on 21 Nov in New York is 04:30 on 22 Nov UTC: it belongs to the 21st.
        const std::int64_t lateEvening = wallClock("America/New_York", 2026, 11, 21, 23, 30);
        const LaneSale late = laneSale(ny, lateEvening, true);
        upload(ny, "pos.sale.completed.v1", late.document);
        const std::int64_t morning = wallClock("America/New_York", 2026, 11, 21, 8, 0);
        const LaneSale early = laneSale(ny, morning);
        const std::string earlyEvent = server::store::newUuid();
        upload(ny, "pos.sale.completed.v1", early.document, earlyEvent);
        upload(ny, "pos.sale.completed.v1", laneSale(ny, wallClock("America/New_York", 2026, 11, 22, 0, 10)).document);
        // The morning sale is voided afterwards.
        Writer v;
        v.beginObject().key("approval").beginObject().field("at", morning).field("reason", "CUSTOMER_LEFT")
            .field("user_id", "2001").field("user_name", "Sam").endObject()
            .field("currency", "EUR").field("original_event_id", earlyEvent).field("reason", "CUSTOMER_LEFT")
            .field("receipt_number", early.receiptNumber).field("sale_id", early.saleId).field("total", -early.total).endObject();
        upload(ny, "pos.sale.voided.v1", v.text());

        const Answer day = server().admin("GET", "/v1/admin/sales?store_id=store-ny&day=2026-11-21");
        QVERIFY2(day.status == 200, day.body.c_str());
        QCOMPARE(day.str("time_zone"), std::string("America/New_York"));
        const auto sales = day.root().member("sales");
        QCOMPARE(sales.size(), std::size_t(2));
        QCOMPARE(std::string(sales[0].member("sale_id").toString()), early.saleId);   // by completed_at
        QCOMPARE(sales[0].member("voided").toBool(), true);
        QCOMPARE(std::string(sales[1].member("sale_id").toString()), late.saleId);
        QCOMPARE(sales[1].member("completed_at").toInt(), lateEvening);
        QCOMPARE(sales[1].member("voided").toBool(), false);
        QCOMPARE(sales[1].member("total").toInt(), late.total);
        QCOMPARE(sales[1].member("tenders").member("card").toInt(), late.total);
        QCOMPARE(sales[1].member("receipt_number").toInt(), late.receiptNumber);
        QCOMPARE(std::string(sales[1].member("lane_id").toString()), std::string("lane-1"));
        QCOMPARE(std::string(sales[1].member("currency").toString()), std::string("EUR"));
        for (const char *member : {"cashier_id", "subtotal", "discount", "tax", "rounding"})
            QVERIFY2(sales[1].member(member).exists(), member);
        QVERIFY(day.root().member("next_page_token").isNull());

        // The same sales page by page (page_size 1): each once, in order.
        std::vector<std::string> seen;
        std::string token;
        do {
            const Answer page = server().admin("GET", "/v1/admin/sales?store_id=store-ny&day=2026-11-21&page_size=1"
                                                          + (token.empty() ? std::string() : "&page_token=" + token));
            QCOMPARE(page.status, 200);
            for (std::size_t i = 0; i < page.root().member("sales").size(); ++i)
                seen.emplace_back(page.root().member("sales")[i].member("sale_id").toString());
            token = page.root().member("next_page_token").isString() ? page.str("next_page_token") : std::string();
        } while (!token.empty() && seen.size() < 10);
        QCOMPARE(seen, (std::vector<std::string>{early.saleId, late.saleId}));

        // Berlin the other way round: 00:30 on 22 Nov there is 23:30 on the 21st UTC.
        const std::int64_t afterMidnight = wallClock("Europe/Berlin", 2026, 11, 22, 0, 30);
        const LaneSale berlin = laneSale(m_laneA, afterMidnight);
        upload(m_laneA, "pos.sale.completed.v1", berlin.document);
        QCOMPARE(server().admin("GET", "/v1/admin/sales?store_id=store-a&day=2026-11-21").root().member("sales").size(), std::size_t(0));
        const Answer next = server().admin("GET", "/v1/admin/sales?store_id=store-a&day=2026-11-22");
        QCOMPARE(next.root().member("sales").size(), std::size_t(1));
        QCOMPARE(std::string(next.root().member("sales")[0].member("sale_id").toString()), berlin.saleId);

        // Who may read, and what is refused.
        QCOMPARE(server().call("GET", "/v1/admin/sales?store_id=store-ny&day=2026-11-21", {},
                               server().adminTokenFor("analyst")).status, 200);
        const Answer foreign = server().call("GET", "/v1/admin/sales?store_id=store-ny&day=2026-11-21", {},
                                             server().adminTokenFor("store_manager", {"store-a"}));
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.errorCode(), std::string("store_forbidden"));
        QCOMPARE(server().admin("GET", "/v1/admin/sales?store_id=store-zz&day=2026-11-21").status, 404);
        QCOMPARE(server().admin("GET", "/v1/admin/sales?store_id=store-ny&day=21.11.2026").status, 400);
        QCOMPARE(server().admin("GET", "/v1/admin/sales?store_id=store-a&day=2026-11-21&page_token=" + token + "x").status, 400);
        QCOMPARE(server().admin("POST", "/v1/admin/sales?store_id=store-a&day=2026-11-21", "{}").status, 405);
    }
};

QTEST_GUILESS_MAIN(TestAdminRecords)
#include "tst_admin_records.moc"
