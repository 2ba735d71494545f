// Serial scanner framing: what the cashier gets for the bytes a scanner
// sends — the code once (AIM id and GS1 separators kept), or a "scan again"
// message for noise, half codes and oversized frames; never a wrong code.
#include "drivers/scanner/scan_framer.h"

#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

namespace {

// A step of a scenario: bytes arriving at a time (ms), or only time passing.
struct Chunk
{
    qint64 atMs;
    QByteArray bytes; // empty: only time passes (expire())
};

// What the cashier would see: each code as itself, each error as "!code".
QStringList run(ScanFramer &framer, const QList<Chunk> &chunks)
{
    QStringList seen;
    for (const Chunk &chunk : chunks) {
        if (chunk.bytes.isEmpty())
            framer.expire(chunk.atMs);
        else
            framer.feed(chunk.bytes, chunk.atMs);
        while (auto next = framer.take())
            seen << (*next ? **next : u"!"_qs + next->error().code);
    }
    return seen;
}

} // namespace

Q_DECLARE_METATYPE(QList<Chunk>)

class tst_ScanFramer : public QObject
{
    Q_OBJECT

private slots:
    void frames_data();
    void frames();
    void messagesTellTheCashierToScanAgain();
    void byteByByteEqualsAllAtOnce();
    void deadlineFollowsTheLastByte();
};

void tst_ScanFramer::frames_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<QList<Chunk>>("chunks");
    QTest::addColumn<QStringList>("expected");

    const QByteArray none;
    QTest::newRow("CR") << none << none << QList<Chunk> { { 0, "4006381333931\r" } }
                        << QStringList { u"4006381333931"_qs };
    QTest::newRow("CR LF: one code, no empty one")
        << none << none << QList<Chunk> { { 0, "4006381333931\r\n" } } << QStringList { u"4006381333931"_qs };
    QTest::newRow("LF") << none << none << QList<Chunk> { { 0, "96385074\n" } } << QStringList { u"96385074"_qs };
    QTest::newRow("two codes in one read, in order")
        << none << none << QList<Chunk> { { 0, "036000291452\r96385074\r" } }
        << QStringList { u"036000291452"_qs, u"96385074"_qs };
    QTest::newRow("code split across reads")
        << none << none << QList<Chunk> { { 0, "40063" }, { 20, "81333931\r" } } << QStringList { u"4006381333931"_qs };
    QTest::newRow("AIM id kept for the parser")
        << none << none << QList<Chunk> { { 0, "]E04006381333931\r" } } << QStringList { u"]E04006381333931"_qs };
    QTest::newRow("GS1 with GS separators kept") << none << none
                                                 << QList<Chunk> { { 0,
                                                        "]C101040063813339311710123110ABC\x1d"
                                                        "3103000250\r" } }
                                                 << QStringList { u"]C101040063813339311710123110ABC\x1d"
                                                                  "3103000250"_qs };
    QTest::newRow("prefix and suffix stripped") << QByteArray("\x02") << QByteArray("\x03")
                                                << QList<Chunk> { { 0,
                                                       "\x02"
                                                       "4006381333931\x03\r" } }
                                                << QStringList { u"4006381333931"_qs };
    QTest::newRow("text prefix stripped, absent prefix tolerated")
        << QByteArray("SCN:") << none << QList<Chunk> { { 0, "SCN:96385074\r96385074\r" } }
        << QStringList { u"96385074"_qs, u"96385074"_qs };
    QTest::newRow("only prefix and suffix: nothing scanned")
        << QByteArray("\x02") << QByteArray("\x03") << QList<Chunk> { { 0, "\x02\x03\r" } } << QStringList {};
    QTest::newRow("stray terminators are not codes")
        << none << none << QList<Chunk> { { 0, "\r\n\r\n\n" } } << QStringList {};
    QTest::newRow("UTF-8 from a QR code") << none << none
                                          << QList<Chunk> { { 0,
                                                 "]Q1Gr\xc3\xbc\xc3\x9f"
                                                 "e\r" } }
                                          << QStringList { u"]Q1Grüße"_qs };
    QTest::newRow("256 characters pass") << none << none << QList<Chunk> { { 0, QByteArray(256, '7') + "\r" } }
                                         << QStringList { QString(256, u'7') };
    QTest::newRow("257 characters: too long, then resync at the terminator")
        << none << none << QList<Chunk> { { 0, QByteArray(300, '7') + "\r96385074\r" } }
        << QStringList { u"!scanner.too_long"_qs, u"96385074"_qs };
    QTest::newRow("too long without terminator: next scan after a pause still fine")
        << none << none << QList<Chunk> { { 0, QByteArray(300, '7') }, { 1000, "96385074\r" } }
        << QStringList { u"!scanner.too_long"_qs, u"96385074"_qs };
    QTest::newRow("257 characters without the configured prefix: too long")
        << QByteArray("\x02") << none << QList<Chunk> { { 0, QByteArray(QByteArray(257, '7') + "\r96385074\r") } }
        << QStringList { u"!scanner.too_long"_qs, u"96385074"_qs };
    QTest::newRow("garbage: control bytes discard the frame") << none << none
                                                              << QList<Chunk> { { 0,
                                                                     QByteArrayLiteral("4006\x00\x13"
                                                                                       "381333931\r") } }
                                                              << QStringList { u"!scanner.garbage"_qs };
    QTest::newRow("garbage: DEL") << none << none
                                  << QList<Chunk> { { 0,
                                         "40\x7f"
                                         "06\r" } }
                                  << QStringList { u"!scanner.garbage"_qs };
    QTest::newRow("garbage: bytes that are not text")
        << none << none << QList<Chunk> { { 0, "\xfe\xff\x80\r" } } << QStringList { u"!scanner.garbage"_qs };
    QTest::newRow("garbage: only a byte order mark")
        << none << none << QList<Chunk> { { 0, "\xef\xbb\xbf\r" } } << QStringList { u"!scanner.garbage"_qs };
    QTest::newRow("half code: no terminator within 200 ms")
        << none << none << QList<Chunk> { { 0, "400638" }, { 150, {} }, { 201, {} } }
        << QStringList { u"!scanner.incomplete"_qs };
    QTest::newRow("half code, then the rescan is fine")
        << none << none << QList<Chunk> { { 0, "400638" }, { 900, "4006381333931\r" } }
        << QStringList { u"!scanner.incomplete"_qs, u"4006381333931"_qs };
    QTest::newRow("slow scanner: 150 ms between characters is one code")
        << none << none << QList<Chunk> { { 0, "9" }, { 150, "6" }, { 300, "3" }, { 450, "8" }, { 600, "5074\r" } }
        << QStringList { u"96385074"_qs };
    QTest::newRow("noise between scans is reported, scans around it arrive")
        << none << none
        << QList<Chunk> { { 0, "036000291452\r" }, { 100, QByteArray("\x00\xff", 2) }, { 400, {} },
               { 700, "96385074\r" } }
        << QStringList { u"036000291452"_qs, u"!scanner.garbage"_qs, u"96385074"_qs };
    QTest::newRow("noise terminated by CR between scans")
        << none << none
        << QList<Chunk> { { 0, "036000291452\r" }, { 100, QByteArray("\x15\x00\r", 3) }, { 700, "96385074\r" } }
        << QStringList { u"036000291452"_qs, u"!scanner.garbage"_qs, u"96385074"_qs };
}

void tst_ScanFramer::frames()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, suffix);
    QFETCH(QList<Chunk>, chunks);
    QFETCH(QStringList, expected);
    ScanFramer framer({ prefix, suffix, 256, 200 });
    QCOMPARE(run(framer, chunks), expected);
    QVERIFY(!framer.take());
}

void tst_ScanFramer::messagesTellTheCashierToScanAgain()
{
    ScanFramer framer;
    framer.feed("12\x01\r", 0);
    framer.feed(QByteArray(QByteArray(400, '1') + "\r"), 10);
    framer.feed("123", 20);
    framer.expire(1000);
    QStringList messages;
    while (auto next = framer.take()) {
        QVERIFY(!next->has_value());
        messages << next->error().message;
    }
    QCOMPARE(messages.size(), 3);
    for (const QString &message : messages)
        QVERIFY2(message.contains(u"scan the item again"_qs, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(messages[0].contains(u"unreadable"_qs));
    QVERIFY(messages[1].contains(u"256"_qs));
    QVERIFY(messages[2].contains(u"incomplete"_qs));
}

void tst_ScanFramer::byteByByteEqualsAllAtOnce()
{
    const QByteArray stream = "]E04006381333931\r\n\x01\r96385074\n" + QByteArray(300, 'x') + "\r036000291452\r";
    ScanFramer whole;
    ScanFramer bytewise;
    QList<Chunk> one { { 0, stream } };
    QList<Chunk> many;
    for (qsizetype i = 0; i < stream.size(); ++i)
        many.append({ qint64(i / 10), stream.mid(i, 1) }); // fast, well within the timeout
    QCOMPARE(run(bytewise, many), run(whole, one));
}

void tst_ScanFramer::deadlineFollowsTheLastByte()
{
    ScanFramer framer({ {}, {}, 256, 200 });
    QVERIFY(!framer.deadline());
    framer.feed("40", 1000);
    QCOMPARE(*framer.deadline(), 1201);
    framer.feed("06", 1100);
    QCOMPARE(*framer.deadline(), 1301);
    framer.expire(1300); // not yet past
    QVERIFY(!framer.take());
    framer.feed("\r", 1250);
    QVERIFY(!framer.deadline());
    QCOMPARE(**framer.take(), u"4006"_qs);
}

QTEST_APPLESS_MAIN(tst_ScanFramer)
#include "tst_scan_framer.moc"
