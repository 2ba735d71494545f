// The protocol's JSON rules (docs/sync-protocol.md §2): integers without
// fraction or exponent (R-2.3), money range (R-2.4), errors that name the
// member by path (R-2.2), and the canonical form the digests hash (R-8.11).
#include "sync/protocol/json.h"

#include <QTest>

using namespace retailos::sync::json;

class TestJson : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Document> parse(std::string_view text)
    {
        std::string error;
        auto doc = Document::parse(text, &error);
        if (!doc) qWarning("%s", error.c_str());
        return doc;
    }

private slots:
    void integersMustBeWrittenAsIntegers_R_2_3_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("plain") << QByteArray(R"({"seq": 12})") << true << QByteArray();
        QTest::newRow("fraction") << QByteArray(R"({"seq": 12.0})") << false << QByteArray("seq must be an integer (no fraction or exponent)");
        QTest::newRow("exponent") << QByteArray(R"({"seq": 1e3})") << false << QByteArray("seq must be an integer (no fraction or exponent)");
        QTest::newRow("string") << QByteArray(R"({"seq": "12"})") << false << QByteArray("seq must be an integer (no fraction or exponent)");
        QTest::newRow("beyond 2^53") << QByteArray(R"({"seq": 9007199254740992})") << false << QByteArray("seq must be an integer (no fraction or exponent)");
        QTest::newRow("missing") << QByteArray(R"({})") << false << QByteArray("seq is required");
        QTest::newRow("null") << QByteArray(R"({"seq": null})") << false << QByteArray("seq is required");
        QTest::newRow("below range") << QByteArray(R"({"seq": 0})") << false << QByteArray("seq must be between 1 and 9007199254740991");
    }
    void integersMustBeWrittenAsIntegers_R_2_3()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        QFETCH(QByteArray, message);
        auto doc = parse(body.toStdString());
        QVERIFY(doc);
        Reader r(doc->root());
        const auto seq = r.integer("seq", 1, kMaxSafeInt);
        QCOMPARE(r.ok(), accepted);
        if (accepted) {
            QCOMPARE(seq, 12);
        } else {
            QCOMPARE(QByteArray::fromStdString(r.error().field + " " + r.error().message), message);
        }
    }

    void errorsNameTheMemberByPath_R_2_2()
    {
        auto doc = parse(R"({"events": [{"seq": 1}, {"seq": 2}, {"seq": 3}, {"seq": "4"}]})");
        QVERIFY(doc);
        Reader r(doc->root());
        const Value events = r.array("events", 1, 500);
        for (std::size_t i = 0; i < events.size() && r.ok(); ++i) {
            Reader e = r.element(events, i);
            e.integer("seq", 1, kMaxSafeInt);
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, std::string("events[3].seq"));

        auto nested = parse(R"({"scopes": [{"scope": "global", "cursor": {"epoch": 7}}]})");
        Reader n(nested->root());
        Reader scope = n.element(n.array("scopes", 1, 8), 0);
        scope.object("cursor").uuid("epoch");
        QCOMPARE(n.error().field, std::string("scopes[0].cursor.epoch"));
    }

    void moneyIsIntegerMinorUnitsWithinRange_R_2_4()
    {
        auto doc = parse(R"({"a": 199, "b": 1.99, "c": 1000000000001, "d": -1000000000000})");
        Reader r(doc->root());
        QCOMPARE(r.money("a"), 199);
        QVERIFY(r.ok());
        r.money("b");
        QCOMPARE(r.error().field, std::string("b"));
        Reader r2(doc->root());
        r2.money("c");
        QCOMPARE(r2.error().field, std::string("c"));
        Reader r3(doc->root());
        QCOMPARE(r3.money("d"), -1000000000000);
        QVERIFY(r3.ok());
    }

    void codesUuidsAndHashesAreChecked()
    {
        auto doc = parse(R"({"store": "store-007", "pad": " store", "ctl": "a\u0001b",
                             "id": "1b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a", "upper": "1B7E0C52-5D3A-4C1E-9A0B-7F6E5D4C3B2A",
                             "h": "0000000000000000000000000000000000000000000000000000000000000000", "short": "00"})");
        Reader ok(doc->root());
        QCOMPARE(ok.code("store"), std::string("store-007"));
        ok.uuid("id");
        ok.hash("h");
        QVERIFY(ok.ok());
        for (auto [name, kind] : {std::pair{"pad", 0}, {"ctl", 0}, {"upper", 1}, {"short", 2}}) {
            Reader r(doc->root());
            if (kind == 0) r.code(name);
            if (kind == 1) r.uuid(name);
            if (kind == 2) r.hash(name);
            QVERIFY2(!r.ok(), name);
            QCOMPARE(r.error().field, std::string(name));
        }
    }

    void malformedBodiesAreRefusedWithAReason_R_2_1()
    {
        std::string error;
        QVERIFY(!Document::parse("{\"a\":", &error));
        QVERIFY(!error.empty());
        QVERIFY(!Document::parse("\xEF\xBB\xBF{}", &error));
        QCOMPARE(error, std::string("the body starts with a byte-order mark"));
        QVERIFY(!Document::parse("{\"a\":\"\xC3\x28\"}", &error));   // invalid UTF-8
        std::string deep(100, '[');
        deep += std::string(100, ']');
        QVERIFY(!Document::parse(deep, &error));
        QCOMPARE(error, std::string("nested deeper than 32 levels"));
    }

    void writtenTextIsAlwaysValidJson()
    {
        // Text that reaches an answer (an error message quoting a client's
        // bytes, say) must never make the answer itself invalid JSON.
        Writer w;
        w.beginObject().field("m", std::string_view("ok \xC3\xA9 bad \xC3\x28 cut \xE2\x82")).endObject();
        std::string error;
        auto doc = Document::parse(w.text(), &error);
        QVERIFY2(doc, error.c_str());
        QCOMPARE(std::string(doc->root().member("m").toString()), std::string("ok \xC3\xA9 bad \xEF\xBF\xBD( cut \xEF\xBF\xBD\xEF\xBF\xBD"));
        // A parse error never echoes the client's bytes.
        QVERIFY(!Document::parse("{\"scope\":\"glob\xC3\x28\"}", &error));
        QVERIFY(error.find('\xC3') == std::string::npos);
    }

    void canonicalFormSortsKeysAndEscapesMinimally_R_8_11()
    {
        auto doc = parse("{ \"sku\" : \"M1\", \"amount\": 249, \"name\": \"Caf\xC3\xA9 \\\"noir\\\"\\n\\u0001\", \"a\": [true, null] }");
        QVERIFY(doc);
        QCOMPARE(doc->root().canonical(),
                 std::string("{\"a\":[true,null],\"amount\":249,\"name\":\"Caf\xC3\xA9 \\\"noir\\\"\\n\\u0001\",\"sku\":\"M1\"}"));
        // The writer escapes exactly as the canonical form does.
        Writer w;
        w.beginObject().field("name", std::string_view("Caf\xC3\xA9 \"noir\"\n\x01")).endObject();
        QCOMPARE(w.text(), std::string("{\"name\":\"Caf\xC3\xA9 \\\"noir\\\"\\n\\u0001\"}"));
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
