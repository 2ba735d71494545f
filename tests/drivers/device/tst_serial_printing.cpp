// A receipt printer on a serial line: the real serial transport, the real
// ESC/POS encoder and status probe, and the printer simulator reading from a
// pseudo terminal exactly as a serial printer reads its port.
#include "drivers/device/printer_device.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/escpos/escpos_status_probe.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/transport/serial_transport.h"

#include <QSignalSpy>
#include <QTest>

using namespace retailos;
using namespace retailos::drivers;

namespace {
ReceiptDocument smallReceipt()
{
    ReceiptDocument doc;
    doc.header = {u"Serial Store"_qs};
    doc.items = {{u"Bread Roll"_qs, QString(), u"0,35"_qs, u"B"_qs, {}, false}};
    doc.totals = {{u"TOTAL EUR"_qs, u"0,35"_qs}};
    doc.receiptNumber = 7;
    doc.barcodePayload = u"Rlane-01-7"_qs;
    return doc;
}
} // namespace

class tst_SerialPrinting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void receiptPrintsOverTheSerialLine();
    void paperOutAnswersOverTheSameLine();
    void missingPortFailsClearly();
    void unsupportedSpeedIsRefused();

private:
    std::unique_ptr<sim::PrinterSimulator> m_sim;
    QString m_pty;
};

void tst_SerialPrinting::init()
{
    m_sim = std::make_unique<sim::PrinterSimulator>();
    auto pty = m_sim->openPty();
    if (!pty)
        QFAIL(qPrintable(u"no pseudo terminal on this machine: "_qs + pty.error().message));
    m_pty = *pty;
}

void tst_SerialPrinting::cleanup()
{
    m_sim.reset();
}

void tst_SerialPrinting::receiptPrintsOverTheSerialLine()
{
    PrinterDevice printer(u"serial-printer"_qs, std::make_unique<SerialTransport>(SerialSettings{m_pty}),
                          escPosStatusProbe());
    QVERIFY(printer.claim());
    QSignalSpy done(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    EscPosEncoder encoder;
    QVERIFY(printer.submit(encoder.encode(smallReceipt(), PrinterProfile::epson80mm())));
    QTRY_VERIFY(done.count() + failed.count() == 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
    QTRY_COMPARE(m_sim->receipts().size(), 1);
    const QStringList lines = m_sim->receipts().first().textLines();
    QVERIFY2(lines.join(u'\n').contains(u"Bread Roll"), qPrintable(lines.join(u'\n')));
    QCOMPARE(printer.status().state, DeviceState::Online);   // the probe's answers came back over the pty
}

void tst_SerialPrinting::paperOutAnswersOverTheSameLine()
{
    m_sim->setPaperOut(true);
    PrinterDevice printer(u"serial-printer-2"_qs, std::make_unique<SerialTransport>(SerialSettings{m_pty}),
                          escPosStatusProbe());
    QVERIFY(printer.claim());
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(QByteArray("never printed\n")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(printer.status().state, DeviceState::PaperOut);
    QVERIFY(m_sim->receipts().isEmpty());
}

void tst_SerialPrinting::missingPortFailsClearly()
{
    PrinterDevice printer(u"serial-printer-3"_qs,
                          std::make_unique<SerialTransport>(SerialSettings{u"/dev/nonexistent-tty"_qs}),
                          escPosStatusProbe());
    QVERIFY(printer.claim());
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(QByteArray("x")));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(1).toString().contains(u"/dev/nonexistent-tty"));
    QCOMPARE(printer.status().state, DeviceState::Offline);
}

void tst_SerialPrinting::unsupportedSpeedIsRefused()
{
    SerialTransport transport(SerialSettings{m_pty, 12345});
    auto opened = transport.open(100);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, u"device.serial_settings"_qs);
}

QTEST_GUILESS_MAIN(tst_SerialPrinting)
#include "tst_serial_printing.moc"
