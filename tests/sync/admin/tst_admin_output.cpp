// What retailos-admin prints: server errors (§5) with the CSV line they came
// from, transport failures, enrolment codes, the terminals table, the sales CSV.
#include "sync/admin/admin_output.h"
#include "sync/admin/admin_requests.h"
#include "sync/protocol/json.h"

#include <QTest>

using namespace retailos;
using namespace retailos::admin;
namespace json = retailos::sync::json;

namespace {

std::unique_ptr<json::Document> parse(std::string_view text)
{
    std::string why;
    auto doc = json::Document::parse(text, &why);
    if (!doc)
        qFatal("not JSON: %s", why.c_str());
    return doc;
}

} // namespace

class TestAdminOutput : public QObject
{
    Q_OBJECT

private slots:
    void errorBodyIsRead()   // R-5.1
    {
        const ApiError e = readApiError(422, R"({"error":{"code":"invalid_value",
            "message":"products[1].tax_class_id names the unknown tax class luxury",
            "request_id":"8d0c8a9e-3b1f-4a5e-9f4e-0f1d2c3b4a59",
            "details":{"array":"products","index":1,"field":"products[1].tax_class_id"}},"server_time":1})");
        QCOMPARE(e.status, 422);
        QCOMPARE(e.code, u"invalid_value"_qs);
        QCOMPARE(e.requestId, u"8d0c8a9e-3b1f-4a5e-9f4e-0f1d2c3b4a59"_qs);
        QCOMPARE(e.detailsArray, u"products"_qs);
        QCOMPARE(e.detailsIndex, std::optional<qint64>(1));
        QCOMPARE(e.detailsField, u"products[1].tax_class_id"_qs);
    }

    void bodyThatIsNotAnErrorIsSaidSo()
    {
        const ApiError e = readApiError(502, "<html>Bad Gateway</html>");
        QCOMPARE(e.code, u"bad_response"_qs);
        QVERIFY(e.message.contains(u"502"));
    }

    void refusedRecordIsNamedByItsCsvLineAndColumn()
    {
        RecordBatch batch;
        batch.array = u"products"_qs;
        batch.lines = {2, 7};
        const ApiError e = readApiError(422, R"({"error":{"code":"invalid_value","message":"names the unknown tax class luxury",
            "request_id":"r-1","details":{"array":"products","index":1,"field":"products[1].tax_class_id"}},"server_time":1})");
        QCOMPARE(describeApiError(e, &batch),
                 u"error: line 7, tax_class: names the unknown tax class luxury (invalid_value, HTTP 422, request r-1)"_qs);
        // Without a batch, the member path is shown as the server gave it.
        QCOMPARE(describeApiError(e), u"error: products[1].tax_class_id: names the unknown tax class luxury "
                                      u"(invalid_value, HTTP 422, request r-1)"_qs);
    }

    void plainErrorShowsMessageAndCode()
    {
        const ApiError e = readApiError(403, R"({"error":{"code":"store_forbidden","message":"Only a tenant administrator may create stores.","request_id":"r-2","details":{}},"server_time":1})");
        QCOMPARE(describeApiError(e),
                 u"error: Only a tenant administrator may create stores. (store_forbidden, HTTP 403, request r-2)"_qs);
    }

    void csvColumnsOfRecordMembers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("column");
        QTest::newRow("tax class") << u"products[3].tax_class_id"_qs << u"tax_class"_qs;
        QTest::newRow("department") << u"products[0].department_id"_qs << u"department"_qs;
        QTest::newRow("barcode element") << u"products[0].barcodes[2]"_qs << u"barcodes"_qs;
        QTest::newRow("amount") << u"prices[9].amount"_qs << u"price"_qs;
        QTest::newRow("start") << u"prices[9].effective_from"_qs << u"price_from"_qs;
        QTest::newRow("store") << u"prices[0].store_id"_qs << u"store"_qs;
        QTest::newRow("sku") << u"prices[0].sku"_qs << u"sku"_qs;
    }
    void csvColumnsOfRecordMembers()
    {
        QFETCH(QString, field);
        QFETCH(QString, column);
        QCOMPARE(csvColumnOf(field), column);
    }

    void transportErrorsSayWhatToDo_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("start");
        QTest::newRow("tls") << u"tls_verify_failed"_qs << u"the server's certificate is not trusted: "_qs;
        QTest::newRow("pin") << u"pin_mismatch"_qs << u"the server's certificate key does not match --pin: "_qs;
        QTest::newRow("connect") << u"connect_failed"_qs << u"cannot reach the server: "_qs;
        QTest::newRow("timeout") << u"timeout"_qs << u"the server did not answer in time: "_qs;
        QTest::newRow("redirect") << u"redirect_refused"_qs << u"the server answered with a redirect"_qs;
        QTest::newRow("too large") << u"response_too_large"_qs << u"the server's answer was too large: "_qs;
        QTest::newRow("broken") << u"bad_response"_qs << u"the server's answer was broken: "_qs;
    }
    void transportErrorsSayWhatToDo()
    {
        QFETCH(QString, code);
        QFETCH(QString, start);
        const QString text = describeTransportError(sync::HttpsError{code.toStdString(), "the reason"});
        QVERIFY2(text.startsWith(start), qPrintable(text));
        QVERIFY(text.contains(u"the reason"));
    }

    void issuesAreWordedAsTheLaneWordsThem()
    {
        QCOMPARE(formatIssue(ImportIssue{3, u"price"_qs, u"bad price \"1,99\""_qs}), u"line 3, price: bad price \"1,99\""_qs);
        QCOMPARE(formatIssue(ImportIssue{9, QString(), u"expected 12 fields"_qs}), u"line 9: expected 12 fields"_qs);
    }

    void enrolmentCodeIsGroupedByFour()   // §4.1
    {
        QCOMPARE(groupEnrolmentCode(u"abcdefghjkmnpqrs"_qs), u"ABCD-EFGH-JKMN-PQRS"_qs);
        QCOMPARE(groupEnrolmentCode(u"ABCD-EFGH-JKMN-PQRS"_qs), u"ABCD-EFGH-JKMN-PQRS"_qs);
        QCOMPARE(groupEnrolmentCode(u"abcd efgh jkmn pqrs"_qs), u"ABCD-EFGH-JKMN-PQRS"_qs);
    }

    void timesAndOffsets()
    {
        QCOMPARE(formatUtc(1795344000123), u"2026-11-22 10:40 UTC"_qs);
        QCOMPARE(formatUtc(std::nullopt), u"never"_qs);
        QCOMPARE(formatOffset(0), u"0 ms"_qs);
        QCOMPARE(formatOffset(-350), u"-350 ms"_qs);
        QCOMPARE(formatOffset(1234), u"+1.2 s"_qs);
        QCOMPARE(formatOffset(-301000), u"-301.0 s"_qs);
    }

    void terminalsTableShowsEveryColumnOfTheListing()
    {
        auto doc = parse(R"({"terminals":[
            {"terminal_id":"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c","store_id":"store-007","lane_id":"lane-03",
             "name":"Lane 3","state":"active","last_contact_at":1795344000123,"software":"retailos/1.0.0",
             "clock_offset_ms":-1500,"acked_through":1742,"outbox_head":1744,"unacked":2,"rejected_count":1,
             "held_count":0,"conflicts":0,"lag":{"global":0,"store:store-007":12}},
            {"terminal_id":"6a1b0000-8a9d-4f6e-b2c7-1d3e4f5a6b7c","store_id":"store-007","lane_id":"lane-04",
             "name":"Lane 4","state":"pending","last_contact_at":null,"software":null,"clock_offset_ms":null,
             "acked_through":0,"outbox_head":0,"unacked":0,"rejected_count":0,"held_count":0,"conflicts":0,"lag":{}}],
            "server_time":1})");
        const QString table = terminalsTable(doc->root().member("terminals"));
        const QStringList lines = table.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const char16_t *heading : {u"lane", u"name", u"state", u"last contact", u"software", u"clock offset", u"acked",
                                        u"outbox head", u"unacked", u"rejected", u"held", u"conflicts", u"lag"})
            QVERIFY2(lines[0].contains(QStringView(heading)), qPrintable(lines[0]));
        const QStringList first = lines[1].split(QRegularExpression(u"\\s{2,}"_qs));
        QCOMPARE(first.value(2), u"lane-03"_qs);
        QCOMPARE(first.value(4), u"active"_qs);
        QCOMPARE(first.value(5), u"2026-11-22 10:40 UTC"_qs);
        QCOMPARE(first.value(6), u"retailos/1.0.0"_qs);
        QCOMPARE(first.value(7), u"-1.5 s"_qs);
        QCOMPARE(first.mid(8, 6), (QStringList{u"1742"_qs, u"1744"_qs, u"2"_qs, u"1"_qs, u"0"_qs, u"0"_qs}));
        QCOMPARE(first.value(14), u"global 0, store:store-007 12"_qs);
        QVERIFY(lines[2].contains(u"never"));
        // Columns line up: every row's "state" starts where the heading does.
        const qsizetype stateAt = lines[0].indexOf(u"state");
        QCOMPARE(lines[1].indexOf(u"active"), stateAt);
        QCOMPARE(lines[2].indexOf(u"pending"), stateAt);
    }

    void emptyTerminalListSaysSo()
    {
        auto doc = parse(R"({"terminals":[]})");
        QVERIFY(terminalsTable(doc->root().member("terminals")).contains(u"(no terminals)"));
    }

    void salesBecomeCsvInMajorUnits()
    {
        auto doc = parse(R"({"store_id":"store-007","day":"2026-11-22","time_zone":"Europe/Berlin","sales":[
            {"sale_id":"1b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a","store_id":"store-007","lane_id":"lane-03",
             "terminal_id":"5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c","receipt_number":17,"completed_at":1795344000123,
             "cashier_id":"1001","customer_id":null,"currency":"EUR",
             "subtotal":1350,"discount":100,"tax":200,"rounding":-2,"total":1248,
             "tenders":{"card":1000,"cash":248},"voided":false,"voided_at":null},)"
            "{\"sale_id\":\"2b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a\",\"store_id\":\"store-007\",\"lane_id\":\"lane, \\\"3\\\"\","
            R"("receipt_number":18,"completed_at":1795344001000,"cashier_id":"1001","customer_id":"c-9","currency":"JPY",
             "subtotal":500,"discount":0,"tax":45,"rounding":0,"total":500,"tenders":{"gift_card":500},
             "voided":true,"voided_at":1795344060000}],"next_page_token":null})");
        const QByteArray csv = salesCsvHeader() + salesCsvRows(doc->root().member("sales"), u"Europe/Berlin"_qs);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines[0], QByteArray("sale_id,store_id,lane_id,terminal_id,receipt_number,completed_at_utc,completed_at_local,"
                                      "cashier_id,customer_id,currency,subtotal,discount,tax,rounding,total,cash,card,"
                                      "gift_card,store_credit,voided,voided_at_utc"));
        QCOMPARE(lines[1], QByteArray("1b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a,store-007,lane-03,5f0b3c1e-8a9d-4f6e-b2c7-1d3e4f5a6b7c,"
                                      "17,2026-11-22T10:40:00.123Z,2026-11-22T11:40:00+01:00,1001,,EUR,13.50,1.00,2.00,-0.02,"
                                      "12.48,2.48,10.00,,,no,"));
        QCOMPARE(lines[2], QByteArray("2b7e0c52-5d3a-4c1e-9a0b-7f6e5d4c3b2a,store-007,\"lane, \"\"3\"\"\",,18,"
                                      "2026-11-22T10:40:01.000Z,2026-11-22T11:40:01+01:00,1001,c-9,JPY,500,0,45,0,500,,,500,,"
                                      "yes,2026-11-22T10:41:00.000Z"));
    }

    void saleStoredAsEventPayloadIsRead()
    {
        auto doc = parse("{\"sales\":[{\"event_id\":\"x\",\"voided\":false,\"payload\":"
                         "\"{\\\"sale_id\\\":\\\"s\\\",\\\"currency\\\":\\\"EUR\\\",\\\"total\\\":199,"
                         "\\\"completed_at\\\":0}\"}]}");
        const QByteArray row = salesCsvRows(doc->root().member("sales"));
        QVERIFY2(row.startsWith("s,"), row.constData());
        QVERIFY2(row.contains(",1.99,,,,,no,"), row.constData());
    }
};

QTEST_GUILESS_MAIN(TestAdminOutput)
#include "tst_admin_output.moc"
