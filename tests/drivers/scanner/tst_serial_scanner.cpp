// A serial scanner end to end: the real serial transport, SerialScanReader
// and ScannerDevice reading the scanner simulator's pseudo terminal, as the
// lane reads /dev/ttyACM0. What the cashier notices: every scan arrives once
// and in order, noise and half codes say "scan again" without losing the
// next scan, an unplugged scanner shows offline and comes back by itself.
#include "drivers/scanner/scanner_device.h"
#include "drivers/scanner/serial_scan_reader.h"
#include "drivers/simulator/scanner_simulator.h"
#include "drivers/transport/serial_transport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace retailos;
using namespace retailos::drivers;
using sim::ScannerSimulator;
using sim::ScanStyle;
using sim::ScanTerminator;

namespace {
const ScannerOptions kOptions { 300, 200, 500, 50 };

QStringList codes(const QSignalSpy &spy)
{
    QStringList seen;
    for (const auto &args : spy)
        seen << args.at(0).toString();
    return seen;
}
} // namespace

class tst_SerialScanner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scansArriveInOrderWithAimId();
    void doubleReadIsDropped();
    void sameItemAfterTheWindowIsSoldTwice();
    void garbageSaysScanAgainAndNextScanArrives();
    void halfBarcodeSaysScanAgainAndNextScanArrives();
    void codesWhileDisabledAreThrownAway();
    void unpluggedScannerGoesOfflineAndComesBack();
    void secondClaimOnTheSamePortFails();
    void missingPortIsOfflineAndStopsQuickly();

private:
    // The lane opens a stable name (like /dev/serial/by-id/…) that points at
    // the simulator's pty; a replug points it at the new one.
    bool pointLinkAt(const QString &target);
    std::unique_ptr<ScannerDevice> makeScanner(const QString &name);
    bool startScanner(ScannerDevice &scanner, bool enable = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScannerSimulator> m_sim;
    QString m_link;
};

void tst_SerialScanner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<ScannerSimulator>();
    auto pty = m_sim->openPty();
    if (!pty)
        QFAIL(qPrintable(u"no pseudo terminal on this machine: "_qs + pty.error().message));
    m_link = m_dir->filePath(u"scanner"_qs);
    QVERIFY(pointLinkAt(*pty));
}

void tst_SerialScanner::cleanup()
{
    m_sim.reset(); // closes the pty
    m_dir.reset();
}

bool tst_SerialScanner::pointLinkAt(const QString &target)
{
    QFile::remove(m_link);
    return QFile::link(target, m_link);
}

std::unique_ptr<ScannerDevice> tst_SerialScanner::makeScanner(const QString &name)
{
    auto transport = std::make_unique<SerialTransport>(SerialSettings { m_link });
    return std::make_unique<ScannerDevice>(name, std::make_unique<SerialScanReader>(std::move(transport)), kOptions);
}

bool tst_SerialScanner::startScanner(ScannerDevice &scanner, bool enable)
{
    if (!scanner.claim())
        return false;
    if (enable && !scanner.enable())
        return false;
    // Bytes sent before the lane opened the port are flushed: scan after Online.
    QElapsedTimer clock;
    clock.start();
    while (scanner.status().state != DeviceState::Online && clock.elapsed() < 5000)
        QTest::qWait(10);
    return scanner.status().state == DeviceState::Online;
}

void tst_SerialScanner::scansArriveInOrderWithAimId()
{
    auto scanner = makeScanner(u"lane-scanner"_qs);
    QSignalSpy scanned(scanner.get(), &ScannerDevice::scanned);
    QSignalSpy failed(scanner.get(), &ScannerDevice::scanFailed);
    QVERIFY(startScanner(*scanner));
    m_sim->scan(u"4006381333931"_qs, { u"]E0"_qs, ScanTerminator::Cr, 0 });
    m_sim->scan(u"96385074"_qs, { u"]E4"_qs, ScanTerminator::CrLf, 0 });
    m_sim->scan(u"036000291452"_qs, { u"]E0"_qs, ScanTerminator::Lf, 5 }); // a slow scanner: 5 ms a character
    m_sim->scan(u"0104006381333931\x1d"
                "10ABC"_qs,
        { u"]C1"_qs, ScanTerminator::Cr, 0 });
    QTRY_COMPARE(scanned.count(), 4);
    QCOMPARE(codes(scanned),
        (QStringList { u"]E04006381333931"_qs, u"]E496385074"_qs, u"]E0036000291452"_qs,
            u"]C10104006381333931\x1d"
            "10ABC"_qs }));
    QCOMPARE(failed.count(), 0);
}

void tst_SerialScanner::doubleReadIsDropped()
{
    auto scanner = makeScanner(u"lane-scanner"_qs);
    QSignalSpy scanned(scanner.get(), &ScannerDevice::scanned);
    QVERIFY(startScanner(*scanner));
    m_sim->doubleRead(u"4006381333931"_qs);
    m_sim->scan(u"96385074"_qs); // the next item: everything before it has been read
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(codes(scanned), (QStringList { u"4006381333931"_qs, u"96385074"_qs }));
}

void tst_SerialScanner::sameItemAfterTheWindowIsSoldTwice()
{
    auto scanner = makeScanner(u"lane-scanner"_qs);
    QSignalSpy scanned(scanner.get(), &ScannerDevice::scanned);
    QVERIFY(startScanner(*scanner));
    m_sim->scan(u"4006381333931"_qs);
    QTRY_COMPARE(scanned.count(), 1);
    QTest::qWait(kOptions.debounceMs + 150); // the cashier picks up the second, identical item
    m_sim->scan(u"4006381333931"_qs);
    QTRY_COMPARE(scanned.count(), 2);
    QCOMPARE(codes(scanned), (QStringList { u"4006381333931"_qs, u"4006381333931"_qs }));
}

void tst_SerialScanner::garbageSaysScanAgainAndNextScanArrives()
{
    auto scanner = makeScanner(u"lane-scanner"_qs);
    QSignalSpy scanned(scanner.get(), &ScannerDevice::scanned);
    QSignalSpy failed(scanner.get(), &ScannerDevice::scanFailed);
    QVERIFY(startScanner(*scanner));
    m_sim->sendBytes(QByteArray("\x00\xfe\x13\x07\r", 5));
    m_sim->scan(u"96385074"_qs);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(codes(scanned), QStringList { u"96385074"_qs });
    QCOMPARE(failed.count(), 1);
    QVERIFY2(
        failed.at(0).at(0).toString().contains(u"scan the item again"_qs), qPrintable(failed.at(0).at(0).toString()));
}

void tst_SerialScanner::halfBarcodeSaysScanAgainAndNextScanArrives()
{
    auto scanner = makeScanner(u"lane-scanner"_qs);
    QSignalSpy scanned(scanner.get(), &ScannerDevice::scanned);
    QSignalSpy failed(scanner.get(), &ScannerDevice::scanFailed);
    QVERIFY(startScanner(*scanner));
    m_sim->sendHalf(u"4006381333931"_qs);
    QTRY_COMPARE(failed.count(), 1); // after the 200 ms inter-character timeout
    QVERIFY2(failed.at(0).at(0).toString().contains(u"incomplete"_qs), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(scanned.count(), 0); // no part of it was sold
    m_sim->scan(u"4006381333931"_qs);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(codes(scanned), QStringList { u"4006381333931"_qs });
}

void tst_SerialScanner::codesWhileDisabledAreThrownAway()
{
    auto scanner = makeScanner(u"lane-scanner"_qs);
    QSignalSpy scanned(scanner.get(), &ScannerDevice::scanned);
    QVERIFY(startScanner(*scanner, false));
    m_sim->scan(u"4006381333931"_qs); // scanned while a dialog is open
    QTest::qWait(1000); // read and thrown away meanwhile
    QVERIFY(scanner->enable());
    m_sim->scan(u"96385074"_qs);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(codes(scanned), QStringList { u"96385074"_qs });
}

void tst_SerialScanner::unpluggedScannerGoesOfflineAndComesBack()
{
    auto scanner = makeScanner(u"lane-scanner"_qs);
    QSignalSpy scanned(scanner.get(), &ScannerDevice::scanned);
    QVERIFY(startScanner(*scanner));
    m_sim->closePty(); // unplugged
    QTRY_COMPARE(scanner->status().state, DeviceState::Offline);
    QVERIFY2(scanner->status().message.contains(m_link), qPrintable(scanner->status().message));

    auto pty = m_sim->openPty(); // plugged in again: a new device node behind the same name
    QVERIFY(pty);
    QVERIFY(pointLinkAt(*pty));
    QTRY_COMPARE(scanner->status().state, DeviceState::Online);
    m_sim->scan(u"96385074"_qs);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(codes(scanned), QStringList { u"96385074"_qs });
}

void tst_SerialScanner::secondClaimOnTheSamePortFails()
{
    auto first = makeScanner(u"lane-scanner"_qs);
    QVERIFY(startScanner(*first));
    auto second = makeScanner(u"other-name-same-port"_qs);
    const auto claimed = second->claim();
    QVERIFY(!claimed);
    QCOMPARE(claimed.error().code, u"device.busy"_qs);
    QVERIFY2(claimed.error().message.contains(u"in use"_qs) && claimed.error().message.contains(m_link),
        qPrintable(claimed.error().message));
    QVERIFY(!second->enable()); // not claimed: cannot deliver codes
    first->release();
    QVERIFY(second->claim()); // free again once released
}

void tst_SerialScanner::missingPortIsOfflineAndStopsQuickly()
{
    auto transport = std::make_unique<SerialTransport>(SerialSettings { m_dir->filePath(u"no-such-tty"_qs) });
    auto scanner = std::make_unique<ScannerDevice>(
        u"gone"_qs, std::make_unique<SerialScanReader>(std::move(transport)), ScannerOptions { 300, 60000, 500, 50 });
    QVERIFY(scanner->claim());
    QVERIFY(scanner->enable());
    QTRY_COMPARE(scanner->status().state, DeviceState::Offline);
    QVERIFY2(scanner->status().message.contains(u"no-such-tty"_qs), qPrintable(scanner->status().message));
    scanner.reset(); // in its 60 s reconnect pause: must stop at once, not after a minute
}

QTEST_GUILESS_MAIN(tst_SerialScanner)
#include "tst_serial_scanner.moc"
