// The printer device over real transports: jobs complete or fail with a
// clear message, never hang, never run on the caller's thread, and a printer
// is used by one process at a time.
#include "drivers/device/printer_device.h"
#include "drivers/transport/file_transport.h"
#include "drivers/transport/tcp_transport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace retailos;
using namespace retailos::drivers;

namespace {
// A loopback peer that keeps what it receives and answers status bytes.
class FakePrinter : public QObject
{
public:
    FakePrinter()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                if (m_stopReading)
                    socket->setReadBufferSize(1);   // stop draining the kernel: the sender's buffers fill
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    if (m_stopReading)
                        return;
                    const QByteArray data = socket->readAll();
                    received += data;
                    if (data.contains(QByteArray("\x10\x04", 2)) && m_answersLeft != 0) {
                        socket->write(QByteArray(1, char(m_statusByte)));
                        --m_answersLeft;
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;
    quint8 m_statusByte = 0x12;   // bits 1 and 4 always set: all fine
    bool m_stopReading = false;
    int m_answersLeft = -1;   // status answers before it falls silent; -1: always answers

private:
    QTcpServer m_server;
};

// The ESC/POS answer to `10 04 04` (paper): 0x60 means out of paper.
Result<DeviceStatus> paperProbe(Transport &t, int timeoutMs)
{
    if (auto w = t.write(QByteArray("\x10\x04\x04", 3), timeoutMs); !w)
        return std::unexpected(w.error());
    auto answer = t.read(1, timeoutMs);
    if (!answer)
        return std::unexpected(answer.error());
    const quint8 byte = quint8(answer->at(0));
    if ((byte & 0x60) == 0x60)
        return DeviceStatus{DeviceState::PaperOut, false, u"out of paper"_qs};
    return DeviceStatus{DeviceState::Online, false, {}};
}
} // namespace

class tst_PrinterDevice : public QObject
{
    Q_OBJECT

private slots:
    void fileJobWritesTheBytes();
    void tcpJobReachesThePrinter();
    void unreachablePrinterFailsWithoutHanging();
    void paperOutRefusesTheJobAndReportsIt();
    void printerThatStopsReadingTimesOut();
    void printerFallingSilentIsNotPrinted();
    void claimIsExclusive();
    void submitNeedsAClaim();
    void everyHealthCheckIsAnsweredEvenWhenNothingChanged();
    void onlyTheDevicesOwnWordCountsAsAnswered();
};

void tst_PrinterDevice::fileJobWritesTheBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipts.bin"_qs);
    PrinterDevice printer(u"file-printer"_qs, std::make_unique<FileTransport>(path));
    QVERIFY(printer.claim());
    QSignalSpy done(&printer, &PrinterDevice::jobCompleted);
    auto job = printer.submit(QByteArray("\x1b\x40Hello\n", 8));
    QVERIFY(job);
    QTRY_COMPARE(done.count(), 1);
    QCOMPARE(done.at(0).at(0).toInt(), *job);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("\x1b\x40Hello\n", 8));
    QCOMPARE(printer.status().state, DeviceState::Unknown);   // a file cannot say how it is
}

void tst_PrinterDevice::tcpJobReachesThePrinter()
{
    FakePrinter fake;
    PrinterDevice printer(u"tcp-printer"_qs, std::make_unique<TcpTransport>(u"127.0.0.1"_qs, fake.port()), paperProbe);
    QVERIFY(printer.claim());
    QSignalSpy done(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy status(&printer, &PrinterDevice::statusChanged);
    QVERIFY(printer.submit(QByteArray("receipt one\n")));
    QTRY_COMPARE(done.count(), 1);
    QTRY_VERIFY(fake.received.contains("receipt one\n"));
    QTRY_COMPARE(printer.status().state, DeviceState::Online);
}

void tst_PrinterDevice::unreachablePrinterFailsWithoutHanging()
{
    // A port nobody listens on: connection refused at once.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    PrinterDevice printer(u"gone-printer"_qs, std::make_unique<TcpTransport>(u"127.0.0.1"_qs, closedPort), paperProbe,
                          {500, 1000, 300});
    QVERIFY(printer.claim());
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(printer.submit(QByteArray("x")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
    QVERIFY(failed.at(0).at(1).toString().contains(u"does not answer"));
    QTRY_COMPARE(printer.status().state, DeviceState::Offline);
}

void tst_PrinterDevice::paperOutRefusesTheJobAndReportsIt()
{
    FakePrinter fake;
    fake.m_statusByte = 0x12 | 0x60;
    PrinterDevice printer(u"paper-printer"_qs, std::make_unique<TcpTransport>(u"127.0.0.1"_qs, fake.port()), paperProbe);
    QVERIFY(printer.claim());
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(QByteArray("never printed\n")));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"out of paper"), qPrintable(failed.at(0).at(1).toString()));
    QVERIFY(!fake.received.contains("never printed"));
    QCOMPARE(printer.status().state, DeviceState::PaperOut);
}

void tst_PrinterDevice::printerThatStopsReadingTimesOut()
{
    FakePrinter fake;
    fake.m_stopReading = true;   // takes the connection, never reads: the socket buffers fill up
    PrinterDevice printer(u"stuck-printer"_qs, std::make_unique<TcpTransport>(u"127.0.0.1"_qs, fake.port()), {},
                          {500, 800, 300});
    QVERIFY(printer.claim());
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(QByteArray(64 * 1024 * 1024, 'x')));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY(failed.at(0).at(1).toString().contains(u"incomplete"));
}

void tst_PrinterDevice::printerFallingSilentIsNotPrinted()
{
    FakePrinter fake;
    fake.m_answersLeft = 1;   // answers the question before the job, then nothing (unplugged)
    PrinterDevice printer(u"silent-printer"_qs, std::make_unique<TcpTransport>(u"127.0.0.1"_qs, fake.port()), paperProbe,
                          {500, 2000, 300});
    QVERIFY(printer.claim());
    QSignalSpy done(&printer, &PrinterDevice::jobCompleted);
    QSignalSpy failed(&printer, &PrinterDevice::jobFailed);
    QVERIFY(printer.submit(QByteArray("receipt\n")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(done.count(), 0);   // never "Printed." without the printer saying so
    QVERIFY(failed.at(0).at(1).toString().contains(u"stopped answering"));
}

void tst_PrinterDevice::claimIsExclusive()
{
    QTemporaryDir dir;
    // Two lanes calling one printer by different names still exclude each other.
    PrinterDevice first(u"lane-1-printer"_qs, std::make_unique<FileTransport>(dir.filePath(u"a"_qs)));
    PrinterDevice second(u"lane-2-printer"_qs, std::make_unique<FileTransport>(dir.filePath(u"a"_qs)));
    PrinterDevice other(u"lane-2-printer"_qs, std::make_unique<FileTransport>(dir.filePath(u"b"_qs)));
    QVERIFY(first.claim());
    auto refused = second.claim();
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"device.busy"_qs);
    QVERIFY(other.claim());   // another printer is free
    first.release();
    QVERIFY(second.claim());
}

void tst_PrinterDevice::submitNeedsAClaim()
{
    QTemporaryDir dir;
    PrinterDevice printer(u"unclaimed"_qs, std::make_unique<FileTransport>(dir.filePath(u"a"_qs)));
    auto job = printer.submit(QByteArray("x"));
    QVERIFY(!job);
    QCOMPARE(job.error().code, u"device.not_claimed"_qs);
}

void tst_PrinterDevice::everyHealthCheckIsAnsweredEvenWhenNothingChanged()
{
    FakePrinter fake;
    PrinterDevice printer(u"checked-printer"_qs, std::make_unique<TcpTransport>(u"127.0.0.1"_qs, fake.port()),
                          paperProbe);
    QSignalSpy checked(&printer, &PrinterDevice::statusChecked);
    QSignalSpy changed(&printer, &PrinterDevice::statusChanged);
    printer.checkHealth();
    QTRY_COMPARE(checked.count(), 1);
    printer.checkHealth();   // the same answer again: no change, but still answered
    QTRY_COMPARE(checked.count(), 2);
    QCOMPARE(changed.count(), 1);
    const auto second = checked.at(1).at(0).value<DeviceStatus>();
    QCOMPARE(second.state, DeviceState::Online);
    QVERIFY(second.answered);
    QVERIFY(printer.status().answered);
    // Where a snapshot came from is no visible change: equal, no statusChanged.
    QCOMPARE((DeviceStatus{DeviceState::Online, false, {}, true}),
             (DeviceStatus{DeviceState::Online, false, {}, false}));
}

void tst_PrinterDevice::onlyTheDevicesOwnWordCountsAsAnswered()
{
    // A one-way link: checked, but never the printer's own word.
    QTemporaryDir dir;
    PrinterDevice oneWay(u"file-printer"_qs, std::make_unique<FileTransport>(dir.filePath(u"a"_qs)));
    QVERIFY(!oneWay.canReportStatus());
    QSignalSpy oneWayChecked(&oneWay, &PrinterDevice::statusChecked);
    oneWay.checkHealth();
    QTRY_COMPARE(oneWayChecked.count(), 1);
    QVERIFY(!oneWayChecked.at(0).at(0).value<DeviceStatus>().answered);
    QCOMPARE(oneWay.status().state, DeviceState::Unknown);

    // A printer that is not there: checked, Offline, not answered.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    PrinterDevice gone(u"gone-printer"_qs, std::make_unique<TcpTransport>(u"127.0.0.1"_qs, closedPort), paperProbe,
                       {500, 2000, 300});
    QVERIFY(gone.canReportStatus());
    QSignalSpy goneChecked(&gone, &PrinterDevice::statusChecked);
    gone.checkHealth();
    QTRY_COMPARE(goneChecked.count(), 1);
    const auto status = goneChecked.at(0).at(0).value<DeviceStatus>();
    QCOMPARE(status.state, DeviceState::Offline);
    QVERIFY(!status.answered);
}

QTEST_GUILESS_MAIN(tst_PrinterDevice)
#include "tst_printer_device.moc"
