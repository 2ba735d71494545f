// Double reads: the same item must not be sold twice because the scanner
// saw its label twice in a few hundred milliseconds, and a cashier scanning
// three identical items one after another must get three.
#include "drivers/scanner/scan_debouncer.h"

#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

class tst_ScanDebouncer : public QObject
{
    Q_OBJECT

private slots:
    void decisions_data();
    void decisions();
    void continuousReadsOfOneLabelSellOnce();
};

// Each read: device, code, time; expected: delivered or dropped.
struct Read
{
    QString device;
    QString code;
    qint64 atMs;
    bool delivered;
};
Q_DECLARE_METATYPE(QList<Read>)

void tst_ScanDebouncer::decisions_data()
{
    QTest::addColumn<QList<Read>>("reads");
    const QString a = u"serial:/dev/ttyACM0"_qs;
    const QString b = u"usb:0c2e:0b61"_qs;
    const QString milk = u"]E04006381333931"_qs;
    const QString bread = u"]E096385074"_qs;

    QTest::newRow("double read within 300 ms dropped") << QList<Read> { { a, milk, 0, true }, { a, milk, 120, false } };
    QTest::newRow("exactly at the window still a double read")
        << QList<Read> { { a, milk, 0, true }, { a, milk, 300, false } };
    QTest::newRow("same item again after the window: sold twice")
        << QList<Read> { { a, milk, 0, true }, { a, milk, 301, true }, { a, milk, 900, true } };
    QTest::newRow("a different code passes at once")
        << QList<Read> { { a, milk, 0, true }, { a, bread, 50, true }, { a, milk, 100, true } };
    QTest::newRow("the same code on another scanner is another item")
        << QList<Read> { { a, milk, 0, true }, { b, milk, 10, true }, { b, milk, 20, false } };
}

void tst_ScanDebouncer::decisions()
{
    QFETCH(QList<Read>, reads);
    qint64 now = 0;
    ScanDebouncer debouncer(300, [&now] { return now; });
    for (const Read &read : reads) {
        now = read.atMs;
        QCOMPARE(debouncer.accept(read.device, read.code), read.delivered);
    }
}

void tst_ScanDebouncer::continuousReadsOfOneLabelSellOnce()
{
    // A presentation scanner repeating the label under it every 100 ms.
    qint64 now = 0;
    ScanDebouncer debouncer(300, [&now] { return now; });
    int sold = 0;
    for (now = 0; now <= 2000; now += 100)
        sold += debouncer.accept(u"s"_qs, u"96385074"_qs) ? 1 : 0;
    QCOMPARE(sold, 1);
    now += 500; // taken away, then presented again
    QVERIFY(debouncer.accept(u"s"_qs, u"96385074"_qs));
    debouncer.reset();
    QVERIFY(debouncer.accept(u"s"_qs, u"96385074"_qs)); // a reset forgets: the next read sells
}

QTEST_APPLESS_MAIN(tst_ScanDebouncer)
#include "tst_scan_debouncer.moc"
