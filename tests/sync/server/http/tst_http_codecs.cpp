// The HTTP layer's small helpers: gzip bodies, request ids,
// header safety (decision 0006, CRLF) and header look-up.
#include "sync/server/http/gzip_codec.h"
#include "sync/server/http/header_safety.h"
#include "sync/server/http/http_server.h"
#include "sync/server/http/request_id.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace retailos::server::http;

class HttpCodecsTest : public QObject
{
    Q_OBJECT

private slots:
    void gunzipStopsAtTheDecodedLimit()
    {
        const std::string data(100'000, 'z');
        const std::string packed = gzip(data);
        QVERIFY(!packed.empty());
        std::string out;
        QCOMPARE(gunzip(packed, data.size(), out), InflateStatus::Ok);
        QCOMPARE(out, data);
        QCOMPARE(gunzip(packed, data.size() - 1, out), InflateStatus::TooLarge);
        QVERIFY(out.empty());
    }

    void gunzipAcceptsSeveralMembersAndRefusesTruncatedOrForeignData()
    {
        const std::string twoMembers = gzip("hello ") + gzip("world");
        std::string out;
        QCOMPARE(gunzip(twoMembers, 1024, out), InflateStatus::Ok);
        QCOMPARE(out, std::string("hello world"));

        const std::string packed = gzip(std::string(5000, 'a') + "end");
        QCOMPARE(gunzip(packed.substr(0, packed.size() - 6), 1 << 20, out), InflateStatus::Corrupt);
        QCOMPARE(gunzip(packed + "trailing junk", 1 << 20, out), InflateStatus::Corrupt);
        QCOMPARE(gunzip("plain text", 1 << 20, out), InflateStatus::Corrupt);
        QCOMPARE(gunzip("", 1 << 20, out), InflateStatus::Corrupt);
    }

    void inflaterTakesTheBodyPieceByPiece()
    {
        std::string data;
        for (int i = 0; i < 20000; ++i)
            data += std::to_string(i * 7919 % 10007) + ",";
        const std::string packed = gzip(data) + gzip("tail");
        GzipInflater inflater(data.size() + 4);
        std::string out;
        for (char c : packed)
            QCOMPARE(inflater.feed(std::string_view(&c, 1), out), InflateStatus::Ok);
        QCOMPARE(inflater.finish(), InflateStatus::Ok);
        QCOMPARE(out, data + "tail");

        GzipInflater cut(1 << 20);
        std::string partial;
        QCOMPARE(cut.feed(std::string_view(packed).substr(0, packed.size() / 3), partial), InflateStatus::Ok);
        QCOMPARE(cut.finish(), InflateStatus::Corrupt); // stopped inside a member

        GzipInflater bomb(1000);
        std::string refused;
        QCOMPARE(bomb.feed(gzip(std::string(1'000'000, 'b')), refused), InflateStatus::TooLarge);
        QVERIFY(refused.size() <= 1000);
    }

    void requestIdsAreDistinctLowerCaseUuidV4()
    {
        static const QRegularExpression re(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        std::set<std::string> ids;
        for (int i = 0; i < 1000; ++i) {
            const std::string id = makeRequestId();
            QVERIFY2(re.match(QString::fromStdString(id)).hasMatch(), id.c_str());
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 1000u);
    }

    void onlySafeTextPassesIntoResponseHeaders()
    {
        QVERIFY(isSafeHeaderName("Retry-After"));
        QVERIFY(!isSafeHeaderName(""));
        QVERIFY(!isSafeHeaderName("X-A\r\nB"));
        QVERIFY(!isSafeHeaderName("X A"));
        QVERIFY(!isSafeHeaderName("X:A"));
        QVERIFY(isSafeHeaderValue("application/json; charset=utf-8"));
        QVERIFY(isSafeHeaderValue(""));
        QVERIFY(!isSafeHeaderValue("a\r\nSet-Cookie: x"));
        QVERIFY(!isSafeHeaderValue("a\nb"));
        QVERIFY(!isSafeHeaderValue(std::string_view("a\0b", 3)));
        QVERIFY(!isSafeHeaderValue("caf\xc3\xa9"));
    }

    void headersAreFoundIgnoringCaseAndSetReplaces()
    {
        HttpHeaders headers;
        headers.fields = {{"Content-Type", "text/plain"}, {"X-Two", "1"}, {"x-two", "2"}};
        QVERIFY(headers.find("content-type"));
        QCOMPARE(*headers.find("CONTENT-TYPE"), std::string("text/plain"));
        QCOMPARE(*headers.find("X-TWO"), std::string("1"));
        QVERIFY(!headers.find("Content-Length"));
        headers.set("X-Two", "3");
        QCOMPARE(headers.fields.size(), 2u);
        QCOMPARE(*headers.find("x-two"), std::string("3"));
    }
};

QTEST_GUILESS_MAIN(HttpCodecsTest)
#include "tst_http_codecs.moc"
