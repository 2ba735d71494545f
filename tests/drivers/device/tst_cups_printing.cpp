// A receipt printer behind a real CUPS raw queue: a private cupsd on
// loopback (its own configuration, spool and logs in a temporary directory,
// never the machine's print service), a queue pointed at the printer
// simulator with the socket backend, and the real PrinterDevice, CUPS
// transport and ESC/POS encoder. Needs the Debian packages cups-daemon,
// cups-client and cups (the socket backend); skips with the reason when
// cupsd cannot run here.
#include "drivers/device/printer_device.h"
#include "drivers/escpos/escpos_encoder.h"
#include "drivers/simulator/escpos_parser.h"
#include "drivers/simulator/printer_simulator.h"
#include "drivers/transport/cups_transport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace retailos;
using namespace retailos::drivers;

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

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString findTool(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_qs, u"/sbin"_qs, u"/usr/bin"_qs});
    return path;
}

// A cupsd of the test's own, on 127.0.0.1:<free port>. Stopped (killed if it
// will not stop) when the object goes, also after a failed check.
class PrivateCups
{
public:
    ~PrivateCups() { stop(); }

    // Empty on success, else why cupsd does not run here.
    QString start()
    {
        const QString cupsd = findTool(u"cupsd"_qs);
        if (cupsd.isEmpty())
            return u"cupsd is not installed (Debian package cups-daemon; scripts/bootstrap.sh installs it)"_qs;
        m_lpadmin = findTool(u"lpadmin"_qs);
        if (m_lpadmin.isEmpty())
            return u"lpadmin is not installed (Debian package cups-client)"_qs;
        if (!QFileInfo(u"/usr/lib/cups/backend/socket"_qs).isExecutable())
            return u"the CUPS socket backend /usr/lib/cups/backend/socket is missing (Debian package cups)"_qs;
        if (!m_dir.isValid())
            return u"no temporary directory: "_qs + m_dir.errorString();

        // The backends run as the unprivileged CUPS user (lp): it must be
        // able to reach the spool inside the temporary directory.
        const QString root = m_dir.path();
        const auto reachable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                          | QFile::ReadOther | QFile::ExeOther;
        QFile::setPermissions(root, reachable);
        for (const QString &sub : {u"spool"_qs, u"cache"_qs, u"state"_qs, u"tmp"_qs, u"log"_qs}) {
            if (!QDir(root).mkpath(sub))
                return u"cannot create "_qs + root + u'/' + sub;
            QFile::setPermissions(root + u'/' + sub, reachable);
        }

        m_port = freePort();
        if (m_port == 0)
            return u"no free loopback port for cupsd"_qs;
        m_server = u"127.0.0.1:%1"_qs.arg(m_port);

        const QString conf = root + u"/cupsd.conf"_qs;
        const QString filesConf = root + u"/cups-files.conf"_qs;
        const bool written =
            writeFile(conf, uR"(Listen 127.0.0.1:%1
Browsing No
BrowseLocalProtocols none
DefaultShared No
WebInterface No
LogLevel warn
DefaultAuthType None
<Location />
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Location /admin>
  Order allow,deny
  Allow from 127.0.0.1
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
)"_qs.arg(m_port))
            && writeFile(filesConf, uR"(ServerRoot %1
RequestRoot %1/spool
CacheDir %1/cache
StateDir %1/state
TempDir %1/tmp
ErrorLog %1/log/error_log
AccessLog %1/log/access_log
PageLog %1/log/page_log
User lp
Group lp
SystemGroup root
Sandboxing relaxed
FileDevice No
)"_qs.arg(root));
        if (!written)
            return u"cannot write the cupsd configuration into "_qs + root;

        m_cupsd.setProgram(cupsd);
        m_cupsd.setArguments({u"-f"_qs, u"-c"_qs, conf, u"-s"_qs, filesConf});
        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        m_cupsd.start();
        if (!m_cupsd.waitForStarted(5000))
            return u"cupsd does not start: "_qs + m_cupsd.errorString();

        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            if (m_cupsd.state() != QProcess::Running)
                return u"cupsd exited with code %1: %2"_qs.arg(m_cupsd.exitCode()).arg(diagnostics());
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return {};
            QTest::qWait(100);
        }
        return u"cupsd does not accept connections on %1 after 15 s: %2"_qs.arg(m_server, diagnostics());
    }

    // A raw queue (no PPD, no filter) sending to `deviceUri`. Empty on success.
    QString addRawQueue(const QString &queue, const QString &deviceUri)
    {
        QProcess lpadmin;
        lpadmin.setProcessChannelMode(QProcess::MergedChannels);
        lpadmin.start(m_lpadmin, {u"-h"_qs, m_server, u"-p"_qs, queue, u"-E"_qs, u"-v"_qs, deviceUri});
        if (!lpadmin.waitForFinished(20000)) {
            lpadmin.kill();
            lpadmin.waitForFinished(2000);
            return u"lpadmin did not finish: "_qs + lpadmin.errorString();
        }
        if (lpadmin.exitStatus() != QProcess::NormalExit || lpadmin.exitCode() != 0)
            return u"lpadmin failed (%1): %2 %3"_qs.arg(lpadmin.exitCode())
                .arg(QString::fromLocal8Bit(lpadmin.readAll()).trimmed(), diagnostics());
        return {};
    }

    QString server() const { return m_server; }

    QString diagnostics()
    {
        QString text = QString::fromLocal8Bit(m_cupsd.readAll()).trimmed();
        QFile log(m_dir.path() + u"/log/error_log"_qs);
        if (log.open(QIODevice::ReadOnly))
            text += u"\nerror_log: "_qs + QString::fromLocal8Bit(log.readAll()).trimmed();
        return text;
    }

    void stop()
    {
        if (m_cupsd.state() == QProcess::NotRunning)
            return;
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(5000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished(5000);
        }
    }

private:
    QTemporaryDir m_dir;
    QProcess m_cupsd;
    QString m_lpadmin;
    quint16 m_port = 0;
    QString m_server;
};
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
        QSKIP(qPrintable(u"a private cupsd cannot run here: "_qs + why));
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
