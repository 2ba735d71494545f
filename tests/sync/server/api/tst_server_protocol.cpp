// The sync protocol over real HTTPS on loopback (docs/sync-protocol.md), against
// SQLite or a private PostgreSQL (RETAILOS_TEST_BACKEND): enrolment, refusals,
// isolation between stores, exactly-once events, cursors and snapshots,
// scheduled prices, invalid payloads and long-polls. Test names cite the rule.
#include "sync/protocol/json.h"
#include "sync/server/store/identity.h"
#include "sync/server/store/ids.h"
#include "tests/support/private_postgres.h"
#include "tests/support/server_fixture.h"

#include <QTest>

#include <chrono>
#include <future>
#include <set>

using namespace retailos;
using namespace retailos::test;
using sync::json::Writer;

namespace {

std::string events(const std::vector<std::string> &envelopes)
{
    std::string body = "{\"events\":[";
    for (std::size_t i = 0; i < envelopes.size(); ++i) body += (i ? "," : "") + envelopes[i];
    return body + "]}";
}

std::string enrolBody(const std::string &code, const std::string &requestId, const char *store = nullptr)
{
    Writer w;
    w.beginObject().field("code", code).field("request_id", requestId);
    if (store) w.field("store_id", store);
    else w.nullField("store_id");
    w.nullField("lane_id").field("journal_public_key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .field("software", "retailos/test").endObject();
    return w.take();
}

std::string pullBody(const std::string &scope, const std::string &cursorJson = "null", int maxChanges = 1000,
                     int waitMs = 0)
{
    return "{\"scopes\":[{\"scope\":\"" + scope + "\",\"cursor\":" + cursorJson + "}],\"max_changes\":"
           + std::to_string(maxChanges) + ",\"wait_ms\":" + std::to_string(waitMs) + "}";
}

std::string priceBody(const std::string &sku, std::int64_t amount, std::int64_t from, const char *store = nullptr)
{
    Writer w;
    w.beginObject().key("prices").beginArray().beginObject().field("sku", sku);
    if (store) w.field("store_id", store);
    else w.nullField("store_id");
    w.field("amount", amount).field("currency", "EUR").field("effective_from", from).nullField("effective_to")
        .endObject().endArray().endObject();
    return w.take();
}

std::int64_t wholeSecondsFromNow(std::int64_t seconds) { return (server::store::nowMs() / 1000 + seconds) * 1000; }

} // namespace

class TestServerProtocol : public QObject
{
    Q_OBJECT

    std::unique_ptr<PrivatePostgres> m_postgres;
    std::unique_ptr<ServerFixture> m_server;

    ServerFixture &server() { return *m_server; }

    // The first scope's object of a pull answer.
    static sync::json::Value scope0(const Answer &a) { return a.root().member("scopes")[0]; }

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
    }

    void cleanup() { m_server.reset(); }

    void cleanupTestCase() { m_postgres.reset(); }

    // ---- §4 identity ----------------------------------------------------------

    void enrolmentCodeIsOneUseAndSafeToRetry_R_6_1()
    {
        const std::string code = server().createTerminal("store-a", "lane-1");
        QCOMPARE(code.size(), std::size_t(19));   // ABCD-EFGH-JKMN-PQRS
        const std::string requestId = server::store::newUuid();
        const Answer first = server().call("POST", "/v1/enrol", enrolBody(code, requestId));
        QCOMPARE(first.status, 201);
        QCOMPARE(first.str("store_id"), std::string("store-a"));
        QCOMPARE(first.str("lane_id"), std::string("lane-1"));
        QVERIFY(first.str("credential").starts_with("rtt1."));

        // The first answer was lost: the same attempt gets the same terminal and a new secret.
        const Answer retry = server().call("POST", "/v1/enrol", enrolBody(code, requestId));
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.str("terminal_id"), first.str("terminal_id"));
        QVERIFY(retry.str("credential") != first.str("credential"));
        QCOMPARE(server().call("GET", "/v1/session", {}, first.str("credential")).errorCode(), std::string("credential_invalid"));
        const Answer session = server().call("GET", "/v1/session", {}, retry.str("credential"));
        QCOMPARE(session.status, 200);
        QCOMPARE(session.str("lane_id"), std::string("lane-1"));

        // Anyone else using the code again is refused.
        const Answer other = server().call("POST", "/v1/enrol", enrolBody(code, server::store::newUuid()));
        QCOMPARE(other.status, 401);
        QCOMPARE(other.errorCode(), std::string("enrolment_code_invalid"));
    }

    void enrolmentCodeIsReadAsTyped_R_4_1()
    {
        std::string code = server().createTerminal("store-a", "lane-2");
        std::string typed;
        for (char c : code)
            if (c != '-') typed.push_back(char(std::tolower(static_cast<unsigned char>(c))));
        QCOMPARE(server().call("POST", "/v1/enrol", enrolBody(typed, server::store::newUuid())).status, 201);
    }

    void laneSetUpForAnotherStoreIsNotRenamed_R_6_2()
    {
        const std::string code = server().createTerminal("store-a", "lane-3");
        const Answer wrong = server().call("POST", "/v1/enrol", enrolBody(code, server::store::newUuid(), "store-b"));
        QCOMPARE(wrong.status, 409);
        QCOMPARE(wrong.errorCode(), std::string("terminal_mismatch"));
        // The code stays unused.
        QCOMPARE(server().call("POST", "/v1/enrol", enrolBody(code, server::store::newUuid(), "store-a")).status, 201);
    }

    void aRevokedLaneCannotComeBackWithItsOldCode_R_4_5()
    {
        const std::string code = server().createTerminal("store-a", "lane-1");
        const std::string body = enrolBody(code, server::store::newUuid());
        const Answer first = server().call("POST", "/v1/enrol", body);
        QCOMPARE(first.status, 201);
        const std::string terminal = first.str("terminal_id");
        QCOMPARE(server().admin("POST", "/v1/admin/terminals/" + terminal + "/revoke", R"({"reason":"stolen"})").status, 200);
        // The lost-answer retry of the old enrolment no longer works…
        const Answer replay = server().call("POST", "/v1/enrol", body);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), std::string("enrolment_code_invalid"));
        // …a new code from HQ does, and the stream continues where it stopped.
        const Answer fresh = server().admin("POST", "/v1/admin/terminals/" + terminal + "/enrolment-codes", "{}");
        QCOMPARE(fresh.status, 201);
        const Answer again = server().call("POST", "/v1/enrol", enrolBody(fresh.str("enrolment_code"), server::store::newUuid()));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.str("terminal_id"), terminal);
    }

    void aReplacedPcCannotTakeItsTerminalBack_R_6_3()
    {
        const std::string code = server().createTerminal("store-a", "lane-1");
        const std::string oldBody = enrolBody(code, server::store::newUuid());
        const Answer old = server().call("POST", "/v1/enrol", oldBody);
        QCOMPARE(old.status, 201);
        const std::string terminal = old.str("terminal_id");
        const Answer replacement = server().admin("POST", "/v1/admin/terminals/" + terminal + "/enrolment-codes", R"({"new_key":true})");
        Writer w;
        w.beginObject().field("code", replacement.str("enrolment_code")).field("request_id", server::store::newUuid())
            .nullField("store_id").nullField("lane_id").field("journal_public_key", "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=")
            .field("software", "retailos/test").endObject();
        const Answer newPc = server().call("POST", "/v1/enrol", w.text());
        QCOMPARE(newPc.status, 201);
        // The old PC repeats its enrolment: refused, and the new PC keeps the terminal.
        QCOMPARE(server().call("POST", "/v1/enrol", oldBody).status, 401);
        QCOMPARE(server().call("GET", "/v1/session", {}, newPc.str("credential")).status, 200);
    }

    void oneCodeRacedByManyLanesEnrolsOneLane_R_6_1()
    {
        const std::string code = server().createTerminal("store-a", "lane-1");
        std::vector<std::future<Answer>> racers;
        for (int i = 0; i < 8; ++i)
            racers.push_back(std::async(std::launch::async, [this, code] {
                return server().call("POST", "/v1/enrol", enrolBody(code, server::store::newUuid()));
            }));
        int enrolled = 0;
        std::string credential;
        for (auto &r : racers) {
            const Answer a = r.get();
            if (a.status == 201) {
                ++enrolled;
                credential = a.str("credential");
            } else {
                QCOMPARE(a.errorCode(), std::string("enrolment_code_invalid"));
            }
        }
        QCOMPARE(enrolled, 1);
        QCOMPARE(server().call("GET", "/v1/session", {}, credential).status, 200);
    }

    void refusalsSayWhyWithStableCodes_R_4_3_R_4_9_R_5_1()
    {
        const TestLane lane = server().enrolLane("store-a", "lane-1");
        QVERIFY(!lane.terminalId.empty());
        const Answer missing = server().call("GET", "/v1/session");
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.errorCode(), std::string("credential_missing"));
        QVERIFY(!std::string(missing.root().member("error").member("request_id").toString()).empty());
        QVERIFY(missing.root().member("server_time").isInt());

        QCOMPARE(server().call("GET", "/v1/session", {}, "rtt1.nonsense").errorCode(), std::string("credential_invalid"));
        const Answer adminOnTerminal = server().call("GET", "/v1/session", {}, server().adminToken());
        QCOMPARE(adminOnTerminal.status, 403);
        QCOMPARE(adminOnTerminal.errorCode(), std::string("wrong_credential_kind"));
        const Answer terminalOnAdmin = server().call("GET", "/v1/admin/terminals", {}, lane.credential);
        QCOMPARE(terminalOnAdmin.status, 403);
        QCOMPARE(terminalOnAdmin.errorCode(), std::string("wrong_credential_kind"));

        // An up-to-date lane polls (and is remembered by the fast path)…
        const Answer snap = server().call("POST", "/v1/snapshot", R"({"scope":"global"})", lane.credential);
        const std::string cursor = snap.root().member("start_cursor").dump();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(server().call("POST", "/v1/pull", pullBody("global", cursor), lane.credential).status, 200);
        // …and revocation still takes effect for the next request (R-4.5), the next poll included.
        QCOMPARE(server().admin("POST", "/v1/admin/terminals/" + lane.terminalId + "/revoke", R"({"reason":"stolen"})").status, 200);
        QCOMPARE(server().call("POST", "/v1/pull", pullBody("global", cursor), lane.credential).errorCode(),
                 std::string("credential_revoked"));
        const Answer revoked = server().call("GET", "/v1/session", {}, lane.credential);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.errorCode(), std::string("credential_revoked"));
        QVERIFY(std::string(revoked.root().member("error").member("message").toString()).find("revoked") != std::string::npos);

        // R-4.11: every refusal is in the security audit log.
        const std::string credentialId = lane.credential.substr(5, 36);
        const std::string secretPattern = "%" + lane.credential.substr(42) + "%";
        const auto audited = server().database().transact(server::sql::TxMode::Read, [&](server::sql::Session &s) {
            QVERIFY(s.queryInt("SELECT count(*) FROM security_audit WHERE code = 'credential_revoked'").value_or(0) >= 1);
            // Whose request it was: the credential's id, never its secret.
            QVERIFY(s.queryInt("SELECT count(*) FROM security_audit WHERE code = 'credential_revoked' AND credential_id = ?1",
                               {std::string_view(credentialId)}).value_or(0) >= 1);
            QCOMPARE(s.queryInt("SELECT count(*) FROM security_audit WHERE detail LIKE ?1",
                                {std::string_view(secretPattern)}).value_or(0), std::int64_t(0));
            QVERIFY(s.queryInt("SELECT count(*) FROM security_audit WHERE code = 'wrong_credential_kind'").value_or(0) >= 2);
        });
        QVERIFY(!audited);
    }

    void aLaneReadsOnlyItsStoreAndWritesOnlyItsStream_R_4_6()
    {
        const TestLane a = server().enrolLane("store-a", "lane-1");
        const TestLane b = server().enrolLane("store-b", "lane-1");
        QVERIFY(!a.terminalId.empty() && !b.terminalId.empty());
        for (const std::string &scope : std::vector<std::string>{"store:store-b", "terminal:" + b.terminalId, "store:store-zz"}) {
            const Answer refused = server().call("POST", "/v1/pull", pullBody(scope), a.credential);
            QCOMPARE(refused.status, 403);
            QCOMPARE(refused.errorCode(), std::string("scope_forbidden"));
            QCOMPARE(std::string(refused.root().member("error").member("details").member("scope").toString()), scope);
            QCOMPARE(server().call("POST", "/v1/snapshot", "{\"scope\":\"" + scope + "\"}", a.credential).status, 403);
        }
        // Other stores' stock is readable; their customers and staff are not.
        QCOMPARE(server().call("POST", "/v1/pull", pullBody("stock:store-b"), a.credential).status, 200);
        // A whole pull naming one forbidden scope returns nothing (R-6.4).
        const Answer mixed = server().call("POST", "/v1/pull",
                                           R"({"scopes":[{"scope":"global","cursor":null},{"scope":"store:store-b","cursor":null}]})",
                                           a.credential);
        QCOMPARE(mixed.status, 403);
        QVERIFY(!mixed.root().member("scopes").exists());

        // HQ roles: a store manager of store-a cannot price store-b (R-4.10).
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"M1"})).status, 200);
        const std::string manager = server().adminTokenFor("store_manager", {"store-a"});
        const Answer forbidden = server().call("POST", "/v1/admin/prices", priceBody("M1", 199, wholeSecondsFromNow(0), "store-b"), manager);
        QCOMPARE(forbidden.status, 403);
        QCOMPARE(forbidden.errorCode(), std::string("store_forbidden"));
        QCOMPARE(server().call("POST", "/v1/admin/prices", priceBody("M1", 199, wholeSecondsFromNow(0), "store-a"), manager).status, 200);
        // Nor cancel a chain-wide price.
        const std::int64_t chainFrom = wholeSecondsFromNow(3600);
        QCOMPARE(server().admin("POST", "/v1/admin/prices", priceBody("M1", 249, chainFrom)).status, 200);
        QCOMPARE(server().call("POST", "/v1/admin/prices", "{\"prices\":[],\"delete\":[\"M1|*|" + std::to_string(chainFrom) + "\"]}",
                               manager).errorCode(),
                 std::string("store_forbidden"));
        const std::string analyst = server().adminTokenFor("analyst");
        QCOMPARE(server().call("POST", "/v1/admin/prices", priceBody("M1", 199, wholeSecondsFromNow(0)), analyst).errorCode(),
                 std::string("store_forbidden"));
    }

    // ---- §7 upstream ------------------------------------------------------------

    void eachEventIsStoredAndAppliedExactlyOnce_R_7_4_R_7_7()
    {
        TestLane lane = server().enrolLane("store-a", "lane-1");
        std::vector<std::string> batch;
        for (int i = 0; i < 3; ++i)
            batch.push_back(server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 2000)));
        const Answer first = server().call("POST", "/v1/events", events(batch), lane.credential);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.num("acked_through"), 3);
        QCOMPARE(first.str("last_hash"), lane.lastHash);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(std::string(first.root().member("results")[i].member("status").toString()), std::string("applied"));
        const std::int64_t visible = first.root().member("visible_at").member("stock:store-a").toInt();
        QVERIFY(visible > 0);

        // The response was lost: the same batch again changes nothing.
        for (int round = 0; round < 2; ++round) {
            const Answer again = server().call("POST", "/v1/events", events(batch), lane.credential);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.num("acked_through"), 3);
            QCOMPARE(std::string(again.root().member("results")[2].member("status").toString()), std::string("duplicate"));
            QCOMPARE(std::string(again.root().member("results")[2].member("stored_status").toString()), std::string("applied"));
        }

        // The stock ledger holds +6 once, and the lane can pull it.
        const Answer snap = server().call("POST", "/v1/snapshot", R"({"scope":"stock:store-a"})", lane.credential);
        QCOMPARE(snap.status, 200);
        QCOMPARE(snap.root().member("rows").size(), std::size_t(1));
        QCOMPARE(snap.root().member("rows")[0].member("data").member("quantity_milli").toInt(), 6000);
        QCOMPARE(snap.root().member("start_cursor").member("seq").toInt(), visible);

        const Answer stream = server().call("GET", "/v1/stream", {}, lane.credential);
        QCOMPARE(stream.num("acked_through"), 3);
        QCOMPARE(stream.str("last_hash"), lane.lastHash);
    }

    void sameIdDifferentBodyIsRefusedLoudly_R_7_9()
    {
        TestLane lane = server().enrolLane("store-a", "lane-1");
        TestLane replay = lane;
        std::vector<std::string> batch;
        for (int i = 0; i < 2; ++i)
            batch.push_back(server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000)));
        QCOMPARE(server().call("POST", "/v1/events", events(batch), lane.credential).status, 200);

        // A restored lane database made event 2 again, differently, and a new event 3.
        const std::string one = server().nextEvent(replay, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000));
        (void)one;
        const std::string otherTwo = server().nextEvent(replay, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 5000));
        const std::string three = server().nextEvent(replay, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000));
        const Answer conflict = server().call("POST", "/v1/events", events({otherTwo, three}), lane.credential);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), std::string("event_conflict"));
        QCOMPARE(conflict.root().member("error").member("details").member("seq").toInt(), 2);
        // Nothing of the request was stored.
        QCOMPARE(server().call("GET", "/v1/stream", {}, lane.credential).num("acked_through"), 2);
        const Answer list = server().admin("GET", "/v1/admin/terminals?store_id=store-a");
        QCOMPARE(list.root().member("terminals")[0].member("conflicts").toInt(), 1);
    }

    void anUploadAfterAGapIsRefusedWithWhereToResume_R_7_8()
    {
        TestLane lane = server().enrolLane("store-a", "lane-1");
        server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000));
        const std::string second = server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000));
        const Answer gap = server().call("POST", "/v1/events", events({second}), lane.credential);
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.errorCode(), std::string("sequence_gap"));
        QCOMPARE(gap.root().member("error").member("details").member("acked_through").toInt(), 0);
    }

    void oneBadEventNeverWedgesTheStream_R_7_12_R_7_13()
    {
        TestLane lane = server().enrolLane("store-a", "lane-1");
        std::vector<std::string> batch;
        batch.push_back(server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000)));
        // 2: a broken chain (prev_hash of nothing we know) — its own hash still continues the chain.
        {
            TestLane broken = lane;
            broken.lastHash = std::string(64, 'a');
            batch.push_back(server().nextEvent(broken, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000)));
            lane.seq = broken.seq;
            lane.lastHash = broken.lastHash;
        }
        // 3: a payload with money as a fraction.
        batch.push_back(server().nextEvent(lane, "inventory.stock.moved.v1",
                                           R"({"delta_milli":1.5,"movement_id":"1b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","note":"","reason":"damage","sku":"M1"})"));
        // 4: a type from a newer lane version.
        batch.push_back(server().nextEvent(lane, "pos.gift.sold.v2", "{}"));
        // 5: fine again.
        batch.push_back(server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000)));
        const Answer a = server().call("POST", "/v1/events", events(batch), lane.credential);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.num("acked_through"), 5);
        const auto results = a.root().member("results");
        const char *expected[][2] = {{"applied", ""}, {"rejected", "chain_broken"}, {"rejected", "bad_payload"},
                                     {"held", "unknown_type"}, {"applied", ""}};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(std::string(results[i].member("status").toString()), std::string(expected[i][0]));
            QCOMPARE(std::string(results[i].member("code").toString()), std::string(expected[i][1]));
        }
        QVERIFY(std::string(results[2].member("message").toString()).find("delta_milli") != std::string::npos);
        const Answer stream = server().call("GET", "/v1/stream", {}, lane.credential);
        QCOMPARE(stream.num("rejected_count"), 2);
        QCOMPARE(stream.num("held_count"), 1);
        // Only the two applied movements count: 2 pieces.
        const Answer snap = server().call("POST", "/v1/snapshot", R"({"scope":"stock:store-a"})", lane.credential);
        QCOMPARE(snap.root().member("rows")[0].member("data").member("quantity_milli").toInt(), 2000);
    }

    void aResentEventWithAnUnusableIdIsADuplicate_R_7_7()
    {
        TestLane lane = server().enrolLane("store-a", "lane-1");
        const std::string event = server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000),
                                                     "NOT-A-UUID");
        const Answer first = server().call("POST", "/v1/events", events({event}), lane.credential);
        QCOMPARE(first.status, 200);
        QCOMPARE(std::string(first.root().member("results")[0].member("code").toString()), std::string("bad_envelope"));
        // The answer was lost; the lane sends the same bytes again.
        const Answer again = server().call("POST", "/v1/events", events({event}), lane.credential);
        QCOMPARE(again.status, 200);
        QCOMPARE(std::string(again.root().member("results")[0].member("status").toString()), std::string("duplicate"));
        QCOMPARE(std::string(again.root().member("results")[0].member("stored_status").toString()), std::string("rejected"));
    }

    void malformedUploadsAreRefusedWholeAndStoreNothing_R_7_14()
    {
        TestLane lane = server().enrolLane("store-a", "lane-1");
        struct Case { std::string body; int status; std::string code; std::string field; };
        TestLane copy = lane;
        const std::string good = server().nextEvent(copy, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000));
        std::string stringSeq = good;
        stringSeq.replace(stringSeq.find("\"seq\":1"), 7, "\"seq\":\"1\"");
        std::string gapped = good;
        gapped.replace(gapped.find("\"seq\":1"), 7, "\"seq\":3");
        const std::vector<Case> cases = {
            {"{\"events\":", 400, "bad_json", ""},
            {"[1,2]", 400, "bad_json", ""},
            {"{\"events\":{}}", 400, "bad_request", "events"},
            {"{\"events\":[]}", 400, "bad_request", "events"},
            {events({stringSeq}), 400, "bad_request", "events[0].seq"},
            {events({good, gapped}), 400, "bad_request", "events[1].seq"},
        };
        for (const Case &c : cases) {
            const Answer a = server().call("POST", "/v1/events", c.body, lane.credential);
            QCOMPARE(a.status, c.status);
            QCOMPARE(a.errorCode(), c.code);
            if (!c.field.empty())
                QCOMPARE(std::string(a.root().member("error").member("details").member("field").toString()), c.field);
        }
        std::vector<std::string> many(501, good);
        QCOMPARE(server().call("POST", "/v1/events", events(many), lane.credential).errorCode(), std::string("batch_too_large"));
        QCOMPARE(server().call("GET", "/v1/stream", {}, lane.credential).num("acked_through"), 0);
    }

    // ---- §8 downstream ------------------------------------------------------------

    void aNewLaneLoadsASnapshotThenFollowsTheLog_R_8_4_R_8_8()
    {
        const TestLane lane = server().enrolLane("store-a", "lane-1");
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"A1", "A2", "A3", "A4", "A5"})).status, 200);

        const Answer first = server().call("POST", "/v1/pull", pullBody("global"), lane.credential);
        QCOMPARE(first.status, 200);
        QCOMPARE(std::string(scope0(first).member("status").toString()), std::string("snapshot_required"));
        QCOMPARE(std::string(scope0(first).member("reason").toString()), std::string("no_cursor"));

        // Pages of 3 rows: 1 department + 1 tax rate + 1 tax class + 5 products = 8 rows, 3 pages.
        std::string token = "null";
        std::string startCursor;
        int rows = 0, pages = 0;
        do {
            const Answer page = server().call("POST", "/v1/snapshot",
                                              "{\"scope\":\"global\",\"max_rows\":3,\"page_token\":" + token + "}", lane.credential);
            QCOMPARE(page.status, 200);
            const std::string cursor = page.root().member("start_cursor").dump();
            if (startCursor.empty()) startCursor = cursor;
            QCOMPARE(cursor, startCursor);   // the same on every page
            rows += int(page.root().member("rows").size());
            ++pages;
            const auto next = page.root().member("next_page_token");
            token = next.isNull() ? "null" : next.dump();
        } while (token != "null");
        QCOMPARE(rows, 8);
        QCOMPARE(pages, 3);

        // From the snapshot's cursor: up to date.
        const Answer upToDate = server().call("POST", "/v1/pull", pullBody("global", startCursor), lane.credential);
        QCOMPARE(std::string(scope0(upToDate).member("status").toString()), std::string("changes"));
        QCOMPARE(scope0(upToDate).member("changes").size(), std::size_t(0));
        QCOMPARE(scope0(upToDate).member("has_more").toBool(), false);

        // Two price changes arrive in order, one per pull with max_changes 1 (R-6.5).
        QCOMPARE(server().admin("POST", "/v1/admin/prices", priceBody("A1", 199, wholeSecondsFromNow(0))).status, 200);
        QCOMPARE(server().admin("POST", "/v1/admin/prices", priceBody("A2", 299, wholeSecondsFromNow(0))).status, 200);
        const Answer one = server().call("POST", "/v1/pull", pullBody("global", startCursor, 1), lane.credential);
        const auto s1 = scope0(one);
        QCOMPARE(s1.member("changes").size(), std::size_t(1));
        QCOMPARE(std::string(s1.member("changes")[0].member("kind").toString()), std::string("price"));
        QCOMPARE(s1.member("changes")[0].member("data").member("amount").toInt(), 199);
        QCOMPARE(s1.member("has_more").toBool(), true);
        const Answer two = server().call("POST", "/v1/pull", pullBody("global", s1.member("cursor").dump(), 1), lane.credential);
        const auto s2 = scope0(two);
        QCOMPARE(s2.member("changes")[0].member("data").member("amount").toInt(), 299);
        QCOMPARE(s2.member("changes")[0].member("seq").toInt(), s1.member("changes")[0].member("seq").toInt() + 1);
        QCOMPARE(s2.member("has_more").toBool(), false);

        // Writing the same price again is no change (R-8.2).
        const Answer same = server().admin("POST", "/v1/admin/prices", priceBody("A2", 299, s2.member("changes")[0].member("data").member("effective_from").toInt()));
        QCOMPARE(same.num("unchanged"), 1);
        QCOMPARE(same.num("written"), 0);
    }

    void cursorsTheServerCannotContinueGetANamedReason_R_8_4()
    {
        const TestLane lane = server().enrolLane("store-a", "lane-1");
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"A1"})).status, 200);
        const Answer page = server().call("POST", "/v1/snapshot", R"({"scope":"global"})", lane.credential);
        const auto cursor = page.root().member("start_cursor");
        const std::string epoch(cursor.member("epoch").toString());
        const std::int64_t seq = cursor.member("seq").toInt();

        auto reasonFor = [&](const std::string &cursorJson) {
            const Answer a = server().call("POST", "/v1/pull", pullBody("global", cursorJson), lane.credential);
            return std::string(scope0(a).member("reason").toString());
        };
        const std::string other = server::store::newUuid();
        QCOMPARE(reasonFor("{\"epoch\":\"" + epoch + "\",\"seq\":" + std::to_string(seq) + ",\"change_id\":\"" + other + "\"}"),
                 std::string("cursor_unknown"));
        QCOMPARE(reasonFor("{\"epoch\":\"" + epoch + "\",\"seq\":" + std::to_string(seq + 50) + ",\"change_id\":\"" + other + "\"}"),
                 std::string("cursor_unknown"));
        QCOMPARE(server().admin("POST", "/v1/admin/scopes/global/reset", "{}").status, 200);
        QCOMPARE(reasonFor(cursor.dump()), std::string("epoch_changed"));
        // The new epoch's snapshot still holds every record.
        const Answer again = server().call("POST", "/v1/snapshot", R"({"scope":"global"})", lane.credential);
        QCOMPARE(again.root().member("rows").size(), std::size_t(4));
        QVERIFY(std::string(again.root().member("epoch").toString()) != epoch);
    }

    void scheduledPricesShipEarlyWithTheirDates_R_8_13()
    {
        const TestLane lane = server().enrolLane("store-a", "lane-1");
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"M1"})).status, 200);
        const std::int64_t tomorrow = wholeSecondsFromNow(86400);
        QCOMPARE(server().admin("POST", "/v1/admin/prices", priceBody("M1", 249, tomorrow, "store-a")).status, 200);
        const Answer snap = server().call("POST", "/v1/snapshot", R"({"scope":"store:store-a"})", lane.credential);
        const auto row = snap.root().member("rows")[0];
        QCOMPARE(std::string(row.member("key").toString()), "M1|store-a|" + std::to_string(tomorrow));
        QCOMPARE(row.member("data").member("effective_from").toInt(), tomorrow);
        QVERIFY(row.member("data").member("effective_to").isNull());
        // HQ cancels it: a delete change with the same key.
        const Answer cancel = server().admin("POST", "/v1/admin/prices",
                                             "{\"prices\":[],\"delete\":[\"M1|store-a|" + std::to_string(tomorrow) + "\"]}");
        QCOMPARE(cancel.num("deleted"), 1);
        const Answer pulled = server().call("POST", "/v1/pull", pullBody("store:store-a", snap.root().member("start_cursor").dump()), lane.credential);
        const auto change = scope0(pulled).member("changes")[0];
        QCOMPARE(std::string(change.member("op").toString()), std::string("delete"));
        QVERIFY(change.member("data").isNull());
    }

    void invalidAdminRecordsChangeNothing_R_5_2()
    {
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"M1"})).status, 200);
        const Answer before = server().call("POST", "/v1/pull", pullBody("global"), server().enrolLane("store-a", "lane-1").credential);
        const std::int64_t head = scope0(before).member("head_seq").toInt();
        struct Case { std::string body; int status; std::string field; };
        const std::int64_t now = wholeSecondsFromNow(0);
        const std::vector<Case> cases = {
            {"{\"prices\":[{\"sku\":\"M1\",\"store_id\":null,\"amount\":1.99,\"currency\":\"EUR\",\"effective_from\":" + std::to_string(now) + ",\"effective_to\":null}]}", 422, "prices[0].amount"},
            {"{\"prices\":[{\"sku\":\"M1\",\"store_id\":null,\"amount\":-5,\"currency\":\"EUR\",\"effective_from\":" + std::to_string(now) + ",\"effective_to\":null}]}", 422, "prices[0].amount"},
            {"{\"prices\":[{\"sku\":\"M1\",\"store_id\":null,\"amount\":100,\"currency\":\"EUR\",\"effective_from\":" + std::to_string(now) + ",\"effective_to\":" + std::to_string(now) + "}]}", 422, "prices[0].effective_to"},
            {"{\"prices\":[{\"sku\":\"NOPE\",\"store_id\":null,\"amount\":100,\"currency\":\"EUR\",\"effective_from\":" + std::to_string(now) + ",\"effective_to\":null}]}", 422, "prices[0].sku"},
            {"{\"prices\":[{\"sku\":\"M1\",\"store_id\":null,\"amount\":100,\"currency\":\"EUR\",\"effective_from\":" + std::to_string(now) + ",\"effective_to\":null},{\"sku\":\"M1\",\"amount\":\"1\"}]}", 422, "prices[1].amount"},
        };
        for (const Case &c : cases) {
            const Answer a = server().admin("POST", "/v1/admin/prices", c.body);
            QCOMPARE(a.status, c.status);
            QCOMPARE(std::string(a.root().member("error").member("details").member("field").toString()), c.field);
        }
        std::string bad = server().catalogueBody({"M2", "M3"});
        bad.replace(bad.rfind("\"T1\""), 4, "\"T9\"");
        const Answer unknownClass = server().admin("POST", "/v1/admin/catalogue", bad);
        QCOMPARE(unknownClass.status, 422);
        QCOMPARE(std::string(unknownClass.root().member("error").member("details").member("field").toString()),
                 std::string("products[1].tax_class_id"));
        // Nothing of any refused batch was written: M2 (valid, in the refused batch) is absent too.
        const Answer after = server().call("POST", "/v1/pull", pullBody("global"), server().enrolLane("store-a", "lane-2").credential);
        QCOMPARE(scope0(after).member("head_seq").toInt(), head);
    }

    void aParkedPullWakesWhenHqChangesAPrice_R_8_9()
    {
        const TestLane lane = server().enrolLane("store-a", "lane-1");
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"M1"})).status, 200);
        const Answer snap = server().call("POST", "/v1/snapshot", R"({"scope":"global"})", lane.credential);
        const std::string cursor = snap.root().member("start_cursor").dump();
        ServerFixture *srv = m_server.get();
        const auto started = std::chrono::steady_clock::now();
        auto parked = std::async(std::launch::async, [srv, &lane, cursor] {
            return srv->call("POST", "/v1/pull", pullBody("global", cursor, 1000, 20000), lane.credential);
        });
        QTest::qWait(300);
        QCOMPARE(server().admin("POST", "/v1/admin/prices", priceBody("M1", 149, wholeSecondsFromNow(0))).status, 200);
        const Answer woken = parked.get();
        const auto waited = std::chrono::steady_clock::now() - started;
        QCOMPARE(woken.status, 200);
        QCOMPARE(scope0(woken).member("changes").size(), std::size_t(1));
        QCOMPARE(scope0(woken).member("changes")[0].member("data").member("amount").toInt(), 149);
        // It answered because of the change, long before its 20 s wait was over.
        QVERIFY(waited < std::chrono::seconds(10));
    }

    void twoServerProcessesOnOneDatabaseStayExactlyOnce_R_7_4_R_8_9()
    {
        ServerFixture second(m_postgres.get());
        const QString error = second.startBeside(server());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        TestLane lane = server().enrolLane("store-a", "lane-1");
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"M1"})).status, 200);

        // A load balancer sends the same uploads to either process; each event counts once.
        std::vector<std::string> batch;
        for (int i = 0; i < 4; ++i)
            batch.push_back(server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000)));
        auto viaFirst = std::async(std::launch::async, [&] { return server().call("POST", "/v1/events", events(batch), lane.credential); });
        auto viaSecond = std::async(std::launch::async, [&] { return second.call("POST", "/v1/events", events(batch), lane.credential); });
        const Answer a = viaFirst.get(), b = viaSecond.get();
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(a.num("acked_through"), 4);
        QCOMPARE(b.num("acked_through"), 4);
        const Answer snap = second.call("POST", "/v1/snapshot", R"({"scope":"stock:store-a"})", lane.credential);
        QCOMPARE(snap.root().member("rows")[0].member("data").member("quantity_milli").toInt(), 4000);

        // A pull parked on the second process hears a price written through the first.
        const Answer global = second.call("POST", "/v1/snapshot", R"({"scope":"global"})", lane.credential);
        const std::string cursor = global.root().member("start_cursor").dump();
        const auto started = std::chrono::steady_clock::now();
        // SQLite has no channel between processes: a short wait keeps the test quick there.
        const int waitMs = server().backend() == "postgresql" ? 20000 : 3000;
        auto parked = std::async(std::launch::async, [&second, &lane, cursor, waitMs] {
            return second.call("POST", "/v1/pull", pullBody("global", cursor, 1000, waitMs), lane.credential);
        });
        QTest::qWait(300);
        QCOMPARE(server().admin("POST", "/v1/admin/prices", priceBody("M1", 149, wholeSecondsFromNow(0))).status, 200);
        const Answer woken = parked.get();
        QCOMPARE(scope0(woken).member("changes").size(), std::size_t(1));
        // PostgreSQL carries the news between processes (NOTIFY); one SQLite file
        // has no such channel, so there the pull answers at the end of its wait.
        if (server().backend() == "postgresql")
            QVERIFY(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    }

    void aStoreOpenedLaterGetsTheChainsStaffAtOnce_R_9_1()
    {
        const Answer staff = server().admin("POST", "/v1/admin/staff",
            R"({"roles":[{"id":"cashier","name":"Cashier","permissions":["sale.sell"]}],)"
            R"("staff":[{"code":"1001","display_name":"Trinh Nguyen","store_id":null,"role_ids":["cashier"],"pin":"1234","active":true}]})");
        QCOMPARE(staff.status, 200);
        QVERIFY(server().createStore("store-c"));
        const TestLane lane = server().enrolLane("store-c", "lane-1");
        const Answer snap = server().call("POST", "/v1/snapshot", R"({"scope":"store:store-c"})", lane.credential);
        QCOMPARE(snap.status, 200);
        std::set<std::string> kinds;
        for (std::size_t i = 0; i < snap.root().member("rows").size(); ++i)
            kinds.insert(std::string(snap.root().member("rows")[i].member("kind").toString()));
        QVERIFY(kinds.contains("role"));
        QVERIFY(kinds.contains("staff"));
        QVERIFY(snap.body.find("1234\"") == std::string::npos);   // never the PIN itself
    }

    void metricsShowOnlyTheCallersTenantWithEscapedLabels_R_3_9()
    {
        QVERIFY(server().createStore("odd\"store"));
        const TestLane lane = server().enrolLane("odd\"store", "lane-1");
        QVERIFY(!lane.terminalId.empty());
        const Answer own = server().admin("GET", "/metrics");
        QVERIFY(own.body.find("store=\"odd\\\"store\"") != std::string::npos);
        // An admin of another tenant sees none of this tenant's lanes.
        std::string otherToken;
        server().database().transact(server::sql::TxMode::Write, [&](server::sql::Session &s) {
            const std::string other = server::store::createTenant(s, "Other chain", server::store::nowMs());
            otherToken = server::store::createAdminToken(s, other, "analyst", {}, 3600 * 1000, server::store::nowMs())->token;
        });
        const Answer foreign = server().call("GET", "/metrics", {}, otherToken);
        QCOMPARE(foreign.status, 200);
        QVERIFY(foreign.body.find(lane.terminalId) == std::string::npos);
    }

    void hqSeesRefusedEventsAndFlags_R_7_13()
    {
        TestLane lane = server().enrolLane("store-a", "lane-1");
        const std::string bad = server().nextEvent(lane, "inventory.stock.moved.v1",
            R"({"delta_milli":0,"movement_id":"1b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","note":"","reason":"damage","sku":"M1"})");
        QCOMPARE(server().call("POST", "/v1/events", events({bad}), lane.credential).status, 200);
        const Answer refused = server().admin("GET", "/v1/admin/events?status=rejected&terminal_id=" + lane.terminalId);
        QCOMPARE(refused.status, 200);
        QCOMPARE(refused.root().member("events").size(), std::size_t(1));
        const auto e = refused.root().member("events")[0];
        QCOMPARE(std::string(e.member("code").toString()), std::string("bad_payload"));
        QCOMPARE(e.member("seq").toInt(), 1);
        QCOMPARE(std::string(e.member("lane_id").toString()), std::string("lane-1"));
        // A store manager of another store sees none of it.
        const std::string otherManager = server().adminTokenFor("store_manager", {"store-b"});
        QCOMPARE(server().call("GET", "/v1/admin/events?status=rejected", {}, otherManager).root().member("events").size(),
                 std::size_t(0));
        QCOMPARE(server().admin("GET", "/v1/admin/flags").status, 200);
    }

    void aTenantAdminGivesAndTakesAdminTokens_R_4_8()
    {
        const Answer made = server().admin("POST", "/v1/admin/tokens", R"({"role":"analyst","expires_in_hours":2})");
        QCOMPARE(made.status, 201);
        const std::string token = made.str("token");
        QVERIFY(token.starts_with("rta1."));
        QCOMPARE(server().call("GET", "/v1/admin/terminals", {}, token).status, 200);
        // An analyst may not make tokens.
        QCOMPARE(server().call("POST", "/v1/admin/tokens", R"({"role":"tenant_admin"})", token).errorCode(), std::string("store_forbidden"));
        const Answer list = server().admin("GET", "/v1/admin/tokens");
        QVERIFY(list.body.find(made.str("credential_id")) != std::string::npos);
        QVERIFY(list.body.find(token) == std::string::npos);   // never the secret again
        QCOMPARE(server().admin("POST", "/v1/admin/tokens/" + made.str("credential_id") + "/revoke", "{}").status, 200);
        const Answer revoked = server().call("GET", "/v1/admin/terminals", {}, token);
        QCOMPARE(revoked.status, 401);
        QCOMPARE(revoked.errorCode(), std::string("credential_revoked"));
    }

    void anUpToDateLaneHearsOfAChangeOnItsNextPoll_R_8_4()
    {
        // Polls answered from memory never hide a change committed before them.
        const TestLane lane = server().enrolLane("store-a", "lane-1");
        QCOMPARE(server().admin("POST", "/v1/admin/catalogue", server().catalogueBody({"M1"})).status, 200);
        std::string cursor = server().call("POST", "/v1/snapshot", R"({"scope":"global"})", lane.credential)
                                 .root().member("start_cursor").dump();
        for (int round = 0; round < 20; ++round) {
            QCOMPARE(scope0(server().call("POST", "/v1/pull", pullBody("global", cursor), lane.credential)).member("changes").size(),
                     std::size_t(0));
            QCOMPARE(server().admin("POST", "/v1/admin/prices", priceBody("M1", 100 + round, wholeSecondsFromNow(0))).status, 200);
            const Answer next = server().call("POST", "/v1/pull", pullBody("global", cursor), lane.credential);
            QCOMPARE(scope0(next).member("changes").size(), std::size_t(1));
            QCOMPARE(scope0(next).member("changes")[0].member("data").member("amount").toInt(), 100 + round);
            cursor = scope0(next).member("cursor").dump();
        }
    }

    void healthAndMetrics_R_3_9()
    {
        QCOMPARE(server().call("GET", "/healthz").status, 200);
        QCOMPARE(server().call("GET", "/metrics").status, 401);
        TestLane lane = server().enrolLane("store-a", "lane-1");
        server().call("POST", "/v1/events",
                      events({server().nextEvent(lane, "inventory.stock.moved.v1", ServerFixture::stockMovedPayload("M1", 1000))}),
                      lane.credential);
        const Answer metrics = server().admin("GET", "/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.find("retailos_events_ingested_total{status=\"applied\"} 1") != std::string::npos);
        QVERIFY(metrics.body.find("retailos_http_requests_total{route=\"/v1/events\",status=\"200\"}") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_server_protocol.moc"
