// HID POS scanned-data reports to codes: golden reports give the code with
// its AIM id exactly as a serial scanner would send it (GS separators kept),
// codes over several reports are joined, and what cannot be a report is a
// clear error after which the next scan reads fine.
#include "drivers/scanner/hid_pos_report_decoder.h"

#include "hid_pos_reports.h"

#include <QTest>

using namespace retailos;
using namespace retailos::drivers;
using namespace retailos::drivers::testing;

using ReportList = QList<QByteArray>;

class tst_HidPosReportDecoder : public QObject
{
    Q_OBJECT

private slots:
    void goldenReports_data();
    void goldenReports();
    void malformedReports_data();
    void malformedReports();
    void otherReportsAreIgnored();
    void codeBeyondTheLimitIsAnError();
    void resetDropsAHalfCode();
};

void tst_HidPosReportDecoder::goldenReports_data()
{
    QTest::addColumn<ReportList>("reports");
    QTest::addColumn<QString>("code");

    // Honeywell puts its own code id in byte 61 ('d' EAN-13, 'I' GS1-128): ignored.
    QTest::newRow("EAN-13 ]E0") << ReportList{hidPosReport("]E0", "4006381333931", false, 'd')}
                                << u"]E04006381333931"_qs;
    QTest::newRow("UPC-A as ]E0") << ReportList{hidPosReport("]E0", "036000291452")} << u"]E0036000291452"_qs;
    QTest::newRow("EAN-8 ]E4") << ReportList{hidPosReport("]E4", "96385074")} << u"]E496385074"_qs;
    const QByteArray gs1 = "0104006381333931" "17261231" "10LOT42\x1d" "21SN7";
    QTest::newRow("GS1-128 ]C1 with GS") << ReportList{hidPosReport("]C1", gs1, false, 'I')}
                                         << u"]C1"_qs + QString::fromLatin1(gs1);
    QTest::newRow("no AIM id sent") << ReportList{hidPosReport(QByteArray(3, '\0'), "4006381333931")}
                                    << u"4006381333931"_qs;
    QTest::newRow("CR suffix stripped") << ReportList{hidPosReport("]E0", "4006381333931\r")} << u"]E04006381333931"_qs;
    QTest::newRow("exactly 56 bytes in one report")
        << ReportList{hidPosReport("]C0", QByteArray(56, 'A'))} << u"]C0"_qs + QString(56, u'A');

    // 57 bytes: 56 in the first report (continuation set), 1 in the second.
    const QByteArray qr = "https://example.org/p/0123456789/abcdefghijklmnopqrstuvwx";
    QVERIFY(qr.size() == 57);
    QTest::newRow("QR over two reports") << hidPosReports("]Q1", qr) << u"]Q1"_qs + QString::fromLatin1(qr);
    QByteArray matrix;
    for (int i = 0; matrix.size() < 150; ++i)
        matrix += "01095011010209171719050810ABCD" + QByteArray::number(i) + '\x1d';
    QTest::newRow("GS1 DataMatrix over three reports")
        << hidPosReports("]d2", matrix) << u"]d2"_qs + QString::fromLatin1(matrix);
    QTest::newRow("UTF-8 QR") << ReportList{hidPosReport("]Q1", "Gr\xc3\xbc\xc3\x9f" "e \xe2\x82\xac")}
                              << u"]Q1Grüße €"_qs;
}

void tst_HidPosReportDecoder::goldenReports()
{
    QFETCH(ReportList, reports);
    QFETCH(QString, code);
    HidPosReportDecoder decoder;
    for (qsizetype i = 0; i < reports.size(); ++i) {
        auto result = decoder.feed(reports[i]);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        if (i + 1 < reports.size()) {
            QVERIFY(!result->has_value());
            QVERIFY(decoder.pending());
        } else {
            QVERIFY(result->has_value());
            QCOMPARE(**result, code);
            QVERIFY(!decoder.pending());
        }
    }
}

void tst_HidPosReportDecoder::malformedReports_data()
{
    QTest::addColumn<ReportList>("reports");

    QTest::newRow("too short") << ReportList{QByteArray("\x02\x03]E0", 5)};
    QByteArray tooLong = hidPosReport("]E0", "4006381333931");
    tooLong[1] = char(57);   // more than the 56 bytes a 64-byte report holds
    QTest::newRow("length beyond the report") << ReportList{tooLong};
    QByteArray shortReport = hidPosReport("]E0", "4006381333931").left(20);
    QTest::newRow("length beyond a short report") << ReportList{shortReport};
    QTest::newRow("AIM without ]") << ReportList{hidPosReport("E0A", "4006381333931")};
    QTest::newRow("AIM with a control byte") << ReportList{hidPosReport(QByteArray("]\x01" "0", 3), "4006381333931")};
    ReportList mixed = hidPosReports("]Q1", QByteArray(80, 'x'));
    mixed[1] = hidPosReport("]E0", "4006381333931");
    QTest::newRow("continuation of another code") << mixed;
}

void tst_HidPosReportDecoder::malformedReports()
{
    QFETCH(ReportList, reports);
    HidPosReportDecoder decoder;
    Result<std::optional<QString>> last = std::nullopt;
    for (const QByteArray &report : reports) {
        last = decoder.feed(report);
        if (!last)
            break;
    }
    QVERIFY(!last);
    QCOMPARE(last.error().code, u"scanner.bad_report"_qs);
    QVERIFY2(last.error().message.contains(u"scan the item again"_qs), qPrintable(last.error().message));
    QVERIFY(!decoder.pending());
    // The next good scan reads as if nothing had happened.
    auto next = decoder.feed(hidPosReport("]E0", "4006381333931"));
    QVERIFY(next && next->has_value());
    QCOMPARE(**next, u"]E04006381333931"_qs);
}

void tst_HidPosReportDecoder::otherReportsAreIgnored()
{
    HidPosReportDecoder decoder;
    QByteArray status = hidPosReport("]E0", "123");
    status[0] = '\x04';
    auto result = decoder.feed(status);
    QVERIFY(result);
    QVERIFY(!result->has_value());
    result = decoder.feed(QByteArray());
    QVERIFY(result && !result->has_value());
    // A report without data (a no-read) scans nothing.
    result = decoder.feed(hidPosReport("]E0", ""));
    QVERIFY(result && !result->has_value());
    QVERIFY(!decoder.pending());
}

void tst_HidPosReportDecoder::codeBeyondTheLimitIsAnError()
{
    HidPosReportLayout layout;
    layout.maxCodeBytes = 100;
    HidPosReportDecoder decoder(layout);
    const ReportList reports = hidPosReports("]d0", QByteArray(150, 'z'));
    QVERIFY(decoder.feed(reports[0]));
    auto second = decoder.feed(reports[1]);
    QVERIFY(!second);
    QCOMPARE(second.error().code, u"scanner.bad_report"_qs);
    QVERIFY(!decoder.pending());
}

void tst_HidPosReportDecoder::resetDropsAHalfCode()
{
    HidPosReportDecoder decoder;
    const ReportList reports = hidPosReports("]Q1", QByteArray(80, 'q'));
    QVERIFY(decoder.feed(reports[0]));
    QVERIFY(decoder.pending());
    decoder.reset();
    QVERIFY(!decoder.pending());
    auto next = decoder.feed(hidPosReport("]E4", "96385074"));
    QVERIFY(next && next->has_value());
    QCOMPARE(**next, u"]E496385074"_qs);
}

QTEST_APPLESS_MAIN(tst_HidPosReportDecoder)
#include "tst_hid_pos_report_decoder.moc"
