// A receipt printer behind a real CUPS raw queue: a private cupsd on
// loopback (its own configuration, spool and logs in a temporary directory,
// never the machine's print service), a queue pointed at the printer
// simulator with the socket backend, and the real PrinterDevice, CUPS
// transport and ESC/POS encoder. Needs the Debian packages cups-daemon,
// cups-client and cups (the socket backend), which scripts/bootstrap.sh
// installs; fails with the reason when cupsd cannot run here.
#include "drivers/device/printer_device.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/simulator/escpos_parser.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/transport/cups_transport.h"
#include "tests/support/private_cups.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace retailos;
using namespace retailos::drivers;
using retailos::test::PrivateCups;
using retailos::test::freePort;

namespace {
ReceiptDocument smallReceipt()
{
    ReceiptDocument doc;
    doc.header = {u"CUPS Store"_qs};
    doc.items = {{u"Bread Roll"_qs, QString(), u"0,35"_qs, u"B"_qs, {}, false},
                 {u"Käse 200 g"_qs, QString(), u"2,49"_qs, u"B"_qs, {}, false}};
    doc.totals = {{u"TOTAL EUR"_qs, u"2,84"_qs}};
    doc.receiptNumber = 11;
    doc.barcodePayload = u"Rlane-01-11"_qs;
    return doc;
}

} // namespace

class tst_CupsPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void receiptReachesThePrinterThroughCups();
    void missingQueueFailsClearly();
    void stoppedPrintServiceFailsClearly();
    void unreachablePrinterIsNotReportedPrinted();

private:
    std::unique_ptr<PrivateCups> m_cups;
    std::unique_ptr<sim::PrinterSimulator> m_sim;
};

void tst_CupsPrinting::initTestCase()
{
    m_sim = std::make_unique<sim::PrinterSimulator>();
    QVERIFY(m_sim->listen());
    m_cups = std::make_unique<PrivateCups>();
    if (const QString why = m_cups->start(); !why.isEmpty()) {
        m_cups.reset();
        QFAIL(qPrintable(u"a private cupsd cannot run here: "_qs + why));
    }
    const QString queued = m_cups->addRawQueue(u"receipt"_qs, u"socket://127.0.0.1:%1"_qs.arg(m_sim->port()));
    QVERIFY2(queued.isEmpty(), qPrintable(queued));
}

void tst_CupsPrinting::cleanupTestCase()
{
    m_cups.reset();   // stops cupsd
    m_sim.reset();
}

void tst_CupsPrinting::receiptReachesThePrinterThroughCups()
{
    auto transport = std::make_unique<CupsTransport>(m_cups->server(), u"receipt"_qs);
    QCOMPARE(transport->describe(), u"cups:receipt"_qs);
    QVERIFY(!transport->canRead());

    EscPosEncoder encoder;
    const QByteArray bytes = encoder.encode(smallReceipt(), PrinterProfile::epson80mm());
    // What the printer must make of the bytes when CUPS passes them unchanged.
    sim::EscPosParser reference;
    reference.feed(bytes);
    QCOMPARE(reference.receipts().size(), 1);

    PrinterDevice printer(u"cups-printer"_qs, std::move(transport), {}, {5000, 30000, 500});
    QVERIFY(printer.claim());
    QSignalSpy done(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(bytes));
    QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() == 1, 40000);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(QString(failed.at(0).at(1).toString() + u'\n' + m_cups->diagnostics())));

    // CUPS reported the job completed once the backend had sent it all.
    QTRY_COMPARE(m_sim->totalBytesReceived(), qint64(bytes.size()));
    QTRY_COMPARE(m_sim->receipts().size(), 1);
    QCOMPARE(m_sim->receipts().first().textLines(), reference.receipts().first().textLines());
    QVERIFY(m_sim->receipts().first().textLines().join(u'\n').contains(u"Käse 200 g"));
    QCOMPARE(printer.status().state, DeviceState::Unknown);   // no back-channel through CUPS
}

void tst_CupsPrinting::missingQueueFailsClearly()
{
    PrinterDevice printer(u"cups-missing"_qs, std::make_unique<CupsTransport>(m_cups->server(), u"no-such-queue"_qs));
    QVERIFY(printer.claim());
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(QByteArray("never printed\n")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(u"no-such-queue") && message.contains(u"does not exist"), qPrintable(message));
    QCOMPARE(printer.status().state, DeviceState::Offline);
}

void tst_CupsPrinting::stoppedPrintServiceFailsClearly()
{
    const quint16 closed = freePort();
    PrinterDevice printer(u"cups-stopped"_qs,
                          std::make_unique<CupsTransport>(u"127.0.0.1:%1"_qs.arg(closed), u"receipt"_qs), {},
                          {1000, 3000, 500});
    QVERIFY(printer.claim());
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(printer.submit(QByteArray("never printed\n")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(u"not running"), qPrintable(message));
    QCOMPARE(printer.status().state, DeviceState::Offline);
}

void tst_CupsPrinting::unreachablePrinterIsNotReportedPrinted()
{
    // The queue accepts the job, but its printer never answers: the job
    // waits in CUPS, and the lane hears it is not printed (yet).
    const QString queued = m_cups->addRawQueue(u"switched-off"_qs, u"socket://127.0.0.1:%1"_qs.arg(freePort()));
    QVERIFY2(queued.isEmpty(), qPrintable(queued));
    PrinterDevice printer(u"cups-off"_qs, std::make_unique<CupsTransport>(m_cups->server(), u"switched-off"_qs), {},
                          {2000, 3000, 500});
    QVERIFY(printer.claim());
    QSignalSpy done(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(QByteArray("waits in the queue\n")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(done.isEmpty());
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(u"switched-off") && message.contains(u"may still print"), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_CupsPrinting)
#include "tst_cups_printing.moc"
