// The printer simulator over a real loopback TCP connection: status bytes per
// fault, printing, drawer kicks, slow reads, dropped connections, one client
// at a time, receipts written to a folder, and the retailos-printer-sim tool.
#include "drivers/simulator/printer_simulator.h"
#include "tests/support/sim_tool_process.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <QScopeGuard>

#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace retailos::drivers::sim;
using retailos::test::SimToolProcess;

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// A client of the simulator. Never waitFor*(): the simulator runs on this
// thread's event loop, which QTRY_ and QSignalSpy::wait keep turning.
struct Client
{
    explicit Client(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    ~Client() { socket.abort(); }

    bool connected()
    {
        QElapsedTimer clock;
        clock.start();
        while (socket.state() != QAbstractSocket::ConnectedState && clock.elapsed() < 5000)
            QTest::qWait(10);
        return socket.state() == QAbstractSocket::ConnectedState;
    }

    QTcpSocket socket;
};

// A simulator that is listening, stopped when the test ends however it ends.
std::unique_ptr<PrinterSimulator> startedPrinter()
{
    auto printer = std::make_unique<PrinterSimulator>();
    const auto listening = printer->listen(0);
    if (!listening)
        qWarning("%s", qPrintable(listening.error().message));
    return printer;
}

const QByteArray kReceipt = hex("1b40 1b7413") + "Artikel 1   1,00 \xD5\n" + hex("1b4501") + "SUMME 1,00 \xD5\n" + hex("1b4500 1d564103");

} // namespace

class TestPrinterSimulator : public QObject
{
    Q_OBJECT

private slots:
    void listensOnLoopbackFreePort();
    void statusByte_data();
    void statusByte();
    void statusOverTcp_data();
    void statusOverTcp();
    void printsReceiptAndSignals();
    void faultsPrintNothing();
    void drawerKickSignalsAndSetsSensor();
    void drawerClosesByItselfUnlessStuck();
    void drawerKickWhileOnlyPaperIsOut();
    void automaticStatusBack();
    void dropConnectionAfterClosesMidJob();
    void slowReadsAtTheGivenRate();
    void oneConnectionAtATime();
    void writesReceiptFiles();
    void ptyAnswersAndPrintsRaw();
    void toolRunsUntilTerminated();
    void toolDrawerClosesAfter();
};

void TestPrinterSimulator::listensOnLoopbackFreePort()
{
    auto printer = startedPrinter();
    QVERIFY(printer->isListening());
    QVERIFY(printer->port() != 0);
    // The same port twice fails with a code, not a crash.
    PrinterSimulator second;
    const auto taken = second.listen(printer->port());
    QVERIFY(!taken.has_value());
    QCOMPARE(taken.error().code, u"printer_sim.listen"_s);
    printer->close();
    QVERIFY(!printer->isListening());
}

void TestPrinterSimulator::statusByte_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("expected");

    QTest::newRow("1 all well") << QString() << 1 << 0x12;
    QTest::newRow("1 drawer open") << u"drawer"_s << 1 << 0x16;
    QTest::newRow("1 offline") << u"offline"_s << 1 << 0x1A;
    QTest::newRow("1 cover open is offline") << u"cover"_s << 1 << 0x1A;
    QTest::newRow("1 paper out is offline") << u"paper"_s << 1 << 0x1A;
    QTest::newRow("2 all well") << QString() << 2 << 0x12;
    QTest::newRow("2 cover open") << u"cover"_s << 2 << 0x16;
    QTest::newRow("2 paper-end stop") << u"paper"_s << 2 << 0x32;
    QTest::newRow("2 offline, no cause") << u"offline"_s << 2 << 0x12;
    QTest::newRow("3 no errors") << u"paper"_s << 3 << 0x12;
    QTest::newRow("4 all well") << QString() << 4 << 0x12;
    QTest::newRow("4 near end") << u"near"_s << 4 << 0x1E;
    QTest::newRow("4 paper out") << u"paper"_s << 4 << 0x72;
}

static void applyFault(PrinterSimulator &printer, const QString &fault)
{
    if (fault == u"drawer")
        printer.setDrawerOpen(true);
    else if (fault == u"offline")
        printer.setOffline(true);
    else if (fault == u"cover")
        printer.setCoverOpen(true);
    else if (fault == u"paper")
        printer.setPaperOut(true);
    else if (fault == u"near")
        printer.setPaperNearEnd(true);
}

void TestPrinterSimulator::statusByte()
{
    QFETCH(QString, fault);
    QFETCH(int, n);
    QFETCH(int, expected);
    PrinterSimulator printer;
    applyFault(printer, fault);
    QCOMPARE(int(printer.statusByte(n)), expected);
}

void TestPrinterSimulator::statusOverTcp_data()
{
    statusByte_data();
}

void TestPrinterSimulator::statusOverTcp()
{
    QFETCH(QString, fault);
    QFETCH(int, n);
    QFETCH(int, expected);

    auto printer = startedPrinter();
    applyFault(*printer, fault);
    Client client(printer->port());
    QVERIFY(client.connected());
    client.socket.write(hex("1004") + char(n));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 1, 5000);
    QCOMPARE(int(static_cast<unsigned char>(client.socket.read(1)[0])), expected);
}

void TestPrinterSimulator::printsReceiptAndSignals()
{
    auto printer = startedPrinter();
    QSignalSpy printed(printer.get(), &PrinterSimulator::receiptPrinted);
    QSignalSpy received(printer.get(), &PrinterSimulator::bytesReceived);
    {
        Client client(printer->port());
        QVERIFY(client.connected());
        client.socket.write(kReceipt);
        QVERIFY(printed.wait(5000));
    }
    QCOMPARE(printed.first().first().toInt(), 0);
    QCOMPARE(printer->receipts().size(), 1);
    QCOMPARE(printer->receipts()[0].textLines(), (QStringList{u"Artikel 1   1,00 €"_s, u"SUMME 1,00 €"_s}));
    QCOMPARE(printer->totalBytesReceived(), kReceipt.size());
    qint64 sum = 0;
    for (const auto &args : received)
        sum += args.first().toLongLong();
    QCOMPARE(sum, kReceipt.size());
}

void TestPrinterSimulator::faultsPrintNothing()
{
    for (const QString &fault : {u"paper"_s, u"cover"_s, u"offline"_s}) {
        auto printer = startedPrinter();
        applyFault(*printer, fault);
        Client client(printer->port());
        QVERIFY(client.connected());
        client.socket.write(kReceipt + hex("100401"));
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 1, 5000);
        QCOMPARE(int(static_cast<unsigned char>(client.socket.read(1)[0])), 0x1A);   // offline
        QVERIFY2(printer->receipts().isEmpty(), qPrintable(fault));
        QCOMPARE(printer->totalBytesReceived(), kReceipt.size() + 3);
    }
}

void TestPrinterSimulator::drawerKickSignalsAndSetsSensor()
{
    auto printer = startedPrinter();
    QSignalSpy kicked(printer.get(), &PrinterSimulator::drawerKicked);
    Client client(printer->port());
    QVERIFY(client.connected());
    client.socket.write(hex("100401"));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 1, 5000);
    QCOMPARE(client.socket.read(1), hex("12"));
    client.socket.write(hex("1b700019fa 100401"));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 1, 5000);
    QCOMPARE(client.socket.read(1), hex("16"));   // answered after the kick: drawer sensor set
    QCOMPARE(kicked.size(), 1);
    QCOMPARE(kicked.first(), (QList<QVariant>{2, 50, 500}));
}

void TestPrinterSimulator::drawerClosesByItselfUnlessStuck()
{
    auto printer = startedPrinter();
    QCOMPARE(printer->drawerClosesAfterMs(), 0);   // by default it stays open, as before
    printer->setDrawerClosesAfterMs(100);
    QSignalSpy changed(printer.get(), &PrinterSimulator::drawerChanged);
    Client client(printer->port());
    QVERIFY(client.connected());
    client.socket.write(hex("1b700019fa"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    QCOMPARE(changed.at(0).first().toBool(), true);
    QCOMPARE(changed.at(1).first().toBool(), false);
    QVERIFY(!printer->drawerOpen());

    printer->setDrawerStuck(true);
    client.socket.write(hex("1b700019fa"));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 5000);
    QTest::qWait(300);   // three times as long as it takes to close
    QCOMPARE(changed.size(), 3);
    QVERIFY(printer->drawerOpen());
    printer->setDrawerOpen(false);   // pushed shut by hand
    QCOMPARE(changed.size(), 4);
    QVERIFY(!printer->drawerOpen());
}

void TestPrinterSimulator::drawerKickWhileOnlyPaperIsOut()
{
    auto printer = startedPrinter();
    printer->setPaperOut(true);
    QSignalSpy kicked(printer.get(), &PrinterSimulator::drawerKicked);
    Client client(printer->port());
    QVERIFY(client.connected());
    // Status, a receipt, the kick, status: the first answer is "closed", the last "open".
    client.socket.write(hex("100401") + kReceipt + hex("1b700019fa 100401"));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 2, 5000);
    QCOMPARE(client.socket.read(2), hex("1a1e"));
    QCOMPARE(kicked.size(), 1);
    QVERIFY(printer->receipts().isEmpty());   // no paper, no receipt

    // With the cover open the printer holds the kick.
    printer->setDrawerOpen(false);
    printer->setCoverOpen(true);
    client.socket.write(hex("1b700019fa 100401"));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 1, 5000);
    QCOMPARE(client.socket.read(1), hex("1a"));
    QCOMPARE(kicked.size(), 1);
}

void TestPrinterSimulator::automaticStatusBack()
{
    auto printer = startedPrinter();
    Client client(printer->port());
    QVERIFY(client.connected());
    client.socket.write(hex("1d610f"));
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 4, 5000);
    QCOMPARE(client.socket.read(4), hex("10000000"));
    printer->setPaperOut(true);
    QTRY_COMPARE_WITH_TIMEOUT(client.socket.bytesAvailable(), 4, 5000);
    QCOMPARE(client.socket.read(4), hex("18000c00"));   // offline, paper end
}

void TestPrinterSimulator::dropConnectionAfterClosesMidJob()
{
    auto printer = startedPrinter();
    printer->dropConnectionAfter(20);
    QSignalSpy gone(printer.get(), &PrinterSimulator::clientDisconnected);
    {
        Client client(printer->port());
        QVERIFY(client.connected());
        client.socket.write(kReceipt);
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 5000);
    QCOMPARE(printer->totalBytesReceived(), 20);
    QVERIFY(printer->receipts().isEmpty());
    QVERIFY(!printer->hasConnection());

    // The fault fired once: the retry prints.
    QSignalSpy printed(printer.get(), &PrinterSimulator::receiptPrinted);
    Client retry(printer->port());
    QVERIFY(retry.connected());
    retry.socket.write(kReceipt);
    QVERIFY(printed.wait(5000));
    QCOMPARE(printer->receipts().size(), 1);
    QCOMPARE(printer->receipts()[0].textLines().value(1), u"SUMME 1,00 €"_s);
}

void TestPrinterSimulator::slowReadsAtTheGivenRate()
{
    auto printer = startedPrinter();
    printer->setSlow(200);   // 20 bytes per 100 ms tick
    QSignalSpy printed(printer.get(), &PrinterSimulator::receiptPrinted);
    Client client(printer->port());
    QVERIFY(client.connected());
    QElapsedTimer clock;
    clock.start();
    const QByteArray job = QByteArray(70, 'x') + hex("1d5600");   // 73 bytes: four ticks
    client.socket.write(job);
    QTRY_VERIFY_WITH_TIMEOUT(printer->totalBytesReceived() > 0, 5000);
    QVERIFY(printer->totalBytesReceived() < job.size());
    QVERIFY(printed.wait(5000));
    QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(printer->totalBytesReceived(), job.size());
}

void TestPrinterSimulator::oneConnectionAtATime()
{
    auto printer = startedPrinter();
    QSignalSpy printed(printer.get(), &PrinterSimulator::receiptPrinted);
    auto first = std::make_unique<Client>(printer->port());
    QVERIFY(first->connected());
    first->socket.write("first\n");
    QTRY_COMPARE_WITH_TIMEOUT(printer->totalBytesReceived(), 6, 5000);

    Client second(printer->port());
    QVERIFY(second.connected());   // the kernel queues it, as a busy printer's does
    second.socket.write("second\n" + hex("1d5600"));
    QTest::qWait(200);
    QCOMPARE(printer->totalBytesReceived(), 6);

    first->socket.disconnectFromHost();
    QVERIFY(printed.wait(5000));
    QCOMPARE(printer->receipts()[0].textLines(), (QStringList{u"first"_s, u"second"_s}));
}

void TestPrinterSimulator::writesReceiptFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto printer = startedPrinter();
    const QString out = dir.filePath(u"receipts"_s);
    QVERIFY(printer->setOutputDirectory(out).has_value());
    QSignalSpy saved(printer.get(), &PrinterSimulator::receiptSaved);
    Client client(printer->port());
    QVERIFY(client.connected());
    client.socket.write(kReceipt + hex("1b6101") + "zwei\n" + hex("1d5601"));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);

    QFile text(out + u"/001.txt"_s);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(text.readAll()), u"Artikel 1   1,00 €\nSUMME 1,00 €\n"_s);
    QFile second(out + u"/002.txt"_s);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(second.readAll()), QString(19, u' ') + u"zwei\n"_s);
    const QImage png(out + u"/001.png"_s);
    QCOMPARE(png.width(), 576);
    QCOMPARE(saved.first().at(2).toString(), out + u"/001.png"_s);
}

void TestPrinterSimulator::ptyAnswersAndPrintsRaw()
{
    auto printer = startedPrinter();
    const auto path = printer->openPty();
    if (!path)
        QFAIL(qPrintable(path.error().message));
    QVERIFY(path->startsWith(u"/dev/"_s));
    const int fd = ::open(path->toLocal8Bit().constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    QVERIFY(fd >= 0);
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });

    printer->setPaperNearEnd(true);
    QSignalSpy printed(printer.get(), &PrinterSimulator::receiptPrinted);
    // Line feeds inside raster data: a pty not in raw mode would turn them into CR LF.
    const QByteArray job = hex("100404") + hex("1d7630 00 0200 0100 0a0a") + kReceipt;
    QCOMPARE(::write(fd, job.constData(), size_t(job.size())), ssize_t(job.size()));
    QVERIFY(printed.wait(5000));

    char status = 0;
    QElapsedTimer clock;
    clock.start();
    while (::read(fd, &status, 1) != 1 && clock.elapsed() < 5000)
        QTest::qWait(10);
    QCOMPARE(int(static_cast<unsigned char>(status)), 0x1E);
    const Receipt &receipt = printer->receipts()[0];
    QCOMPARE(receipt.images().size(), 1);
    QCOMPARE(receipt.images()[0].image.width(), 16);
    QCOMPARE(receipt.images()[0].image.constScanLine(0)[0], uchar(0x0a));
    QCOMPARE(receipt.images()[0].image.constScanLine(0)[1], uchar(0x0a));
    QCOMPARE(receipt.textLines(), (QStringList{u"Artikel 1   1,00 €"_s, u"SUMME 1,00 €"_s}));
    QCOMPARE(printer->totalBytesReceived(), job.size());
}

void TestPrinterSimulator::toolRunsUntilTerminated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SimToolProcess tool(QStringLiteral(RETAILOS_PRINTER_SIM_BIN), {u"--port"_s, u"0"_s, u"--out"_s, dir.path()});
    QVERIFY(tool.started());
    // One JSON object a line: {"listening":port} first.
    const QJsonObject ready = tool.nextLine();
    const int port = ready.value(u"listening"_s).toInt();
    QVERIFY2(port > 0, qPrintable(QString::fromUtf8(QJsonDocument(ready).toJson())));

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(port));
    QVERIFY(client.waitForConnected(5000));   // another process: blocking is fine here
    client.write(hex("100402") + kReceipt + hex("1b700019fa"));
    QVERIFY(client.waitForBytesWritten(5000));
    QVERIFY(client.waitForReadyRead(5000));
    QCOMPARE(client.read(1), hex("12"));

    QJsonObject status = tool.nextLine();
    QCOMPARE(status.value(u"status"_s).toInt(), 2);
    QCOMPARE(status.value(u"answer"_s).toInt(), 0x12);
    const QJsonObject receipt = tool.nextLine();
    QCOMPARE(receipt.value(u"receipt"_s).toInt(), 1);
    QCOMPARE(receipt.value(u"lines"_s).toInt(), 2);
    QCOMPARE(receipt.value(u"cut"_s).toString(), u"full"_s);
    const QJsonObject saved = tool.nextLine();
    QCOMPARE(saved.value(u"saved"_s).toInt(), 1);
    QVERIFY(QFile::exists(saved.value(u"txt"_s).toString()));
    QVERIFY(QFile::exists(saved.value(u"png"_s).toString()));
    const QJsonObject drawer = tool.nextLine();
    QCOMPARE(drawer.value(u"drawer"_s).toInt(), 2);
    QCOMPARE(drawer.value(u"on_ms"_s).toInt(), 50);
    QCOMPARE(drawer.value(u"off_ms"_s).toInt(), 500);
    client.abort();

    tool.terminate();   // SIGTERM
    QCOMPARE(tool.howItEnded(), u"exit code 0"_s);
    QCOMPARE(tool.lastLine().value(u"stopped"_s).toBool(), true);
}

void TestPrinterSimulator::toolDrawerClosesAfter()
{
    SimToolProcess tool(
        QStringLiteral(RETAILOS_PRINTER_SIM_BIN), {u"--port"_s, u"0"_s, u"--drawer-closes-after"_s, u"100"_s});
    QVERIFY(tool.started());
    const int port = tool.ready(u"listening"_s).toInt();
    QVERIFY(port > 0);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(port));
    QVERIFY(client.waitForConnected(5000));
    client.write(hex("1b700019fa"));
    QVERIFY(client.waitForBytesWritten(5000));
    QCOMPARE(tool.nextLine().value(u"drawer"_s).toInt(), 2);
    QCOMPARE(tool.nextLine().value(u"drawer_closed"_s).toBool(), true);
    client.abort();
    tool.terminate();
    QCOMPARE(tool.howItEnded(), u"exit code 0"_s);

    SimToolProcess bad(QStringLiteral(RETAILOS_PRINTER_SIM_BIN), {u"--drawer-closes-after"_s, u"soon"_s});
    QCOMPARE(bad.howItEnded(), u"exit code 2"_s);
}

QTEST_MAIN(TestPrinterSimulator)
#include "tst_printer_simulator.moc"
