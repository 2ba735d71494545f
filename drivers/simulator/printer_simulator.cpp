// The simulated printer's network side and its state.
#include "drivers/simulator/printer_simulator.h"

#include "drivers/simulator/pty_port.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>


namespace retailos::drivers::sim {

namespace {

struct SimText
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSimulator)
};

constexpr int kSlowTickMs = 100;

} // namespace

PrinterSimulator::PrinterSimulator(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_slowTimer(new QTimer(this))
    , m_drawerTimer(new QTimer(this))
{
    m_drawerTimer->setSingleShot(true);
    connect(m_drawerTimer, &QTimer::timeout, this, [this] { setDrawerOpen(false); });
    connect(m_server, &QTcpServer::newConnection, this, &PrinterSimulator::acceptNext);
    m_slowTimer->setInterval(kSlowTickMs);
    connect(m_slowTimer, &QTimer::timeout, this, &PrinterSimulator::onSlowTick);
}

PrinterSimulator::~PrinterSimulator()
{
    close();
}

Result<> PrinterSimulator::listen(quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        return fail(QStringLiteral("printer_sim.listen"),
            SimText::tr("The printer simulator cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString()));
    }
    return {};
}

void PrinterSimulator::close()
{
    if (m_pty)
        m_pty->close();
    m_server->close();
    m_slowTimer->stop();
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool PrinterSimulator::isListening() const
{
    return m_server->isListening();
}

quint16 PrinterSimulator::port() const
{
    return m_server->serverPort();
}

bool PrinterSimulator::hasConnection() const
{
    return m_socket != nullptr;
}

// ---- faults and status -----------------------------------------------------

void PrinterSimulator::setPaperOut(bool out)
{
    m_paperOut = out;
    stateChanged();
}

void PrinterSimulator::setPaperNearEnd(bool nearEnd)
{
    m_paperNearEnd = nearEnd;
    stateChanged();
}

void PrinterSimulator::setCoverOpen(bool open)
{
    m_coverOpen = open;
    stateChanged();
}

void PrinterSimulator::setOffline(bool offline)
{
    m_offline = offline;
    stateChanged();
}

void PrinterSimulator::setDrawerOpen(bool open)
{
    if (!open)
        m_drawerTimer->stop();
    const bool changed = open != m_drawerOpen;
    m_drawerOpen = open;
    stateChanged();
    if (changed)
        emit drawerChanged(open);
}

void PrinterSimulator::setDrawerClosesAfterMs(int ms)
{
    m_drawerClosesAfterMs = ms;
}

void PrinterSimulator::setDrawerStuck(bool stuck)
{
    m_drawerStuck = stuck;
    if (stuck)
        m_drawerTimer->stop();
    else if (m_drawerOpen && m_drawerClosesAfterMs > 0)
        m_drawerTimer->start(m_drawerClosesAfterMs);
}

void PrinterSimulator::kickDrawer(const ParserEvent &event)
{
    setDrawerOpen(true);
    if (!m_drawerStuck && m_drawerClosesAfterMs > 0)
        m_drawerTimer->start(m_drawerClosesAfterMs);
    emit drawerKicked(event.value, static_cast<unsigned char>(event.bytes.at(3)) * 2,
        static_cast<unsigned char>(event.bytes.at(4)) * 2);
}

void PrinterSimulator::feedParsers(const QByteArray &bytes)
{
    m_parser.feed(bytes);
    m_kickParser.feed(bytes);
    const bool onlyPaperOut = m_paperOut && !m_coverOpen && !m_offline;
    for (ParserEvent &event : m_kickParser.takeEvents()) {
        if (event.kind != ParserEvent::Kind::DrawerKick || !m_parser.isDiscarding() || !onlyPaperOut)
            continue;
        event.offset += m_kickParserBase;
        m_paperOutKicks.append(event);
    }
    // Nothing half-parsed: start afresh, so its receipts do not pile up.
    if (m_kickParser.bytesPending() == 0) {
        m_kickParserBase += m_kickParser.bytesFed();
        m_kickParser.reset();
    }
}

void PrinterSimulator::setSlow(int bytesPerSecond)
{
    m_bytesPerSecond = std::max(0, bytesPerSecond);
    if (!m_socket)
        return;
    // A small read buffer lets TCP push back on the sender, as a busy printer does.
    m_socket->setReadBufferSize(m_bytesPerSecond > 0 ? std::max(64, m_bytesPerSecond / 10) : 0);
    if (m_bytesPerSecond > 0) {
        m_slowTimer->start();
    } else {
        m_slowTimer->stop();
        onReadyRead();
    }
}

void PrinterSimulator::dropConnectionAfter(qint64 bytes)
{
    m_dropAfter = bytes < 0 ? -1 : bytes;
    if (m_dropAfter == 0 && m_socket)
        read(0);
}

quint8 PrinterSimulator::statusByte(int n) const
{
    // Bits 1 and 4 are fixed at 1 in every answer, so 0x12 is "all well".
    constexpr quint8 fixed = 0x12;
    switch (n) {
    case 1:
        return fixed | (m_drawerOpen ? 0x04 : 0) | ((m_offline || m_coverOpen || m_paperOut) ? 0x08 : 0);
    case 2:
        return fixed | (m_coverOpen ? 0x04 : 0) | (m_paperOut ? 0x20 : 0);
    case 3:
        return fixed;
    case 4:
        return fixed | (m_paperNearEnd ? 0x0C : 0) | (m_paperOut ? 0x60 : 0);
    default:
        return 0;
    }
}

QByteArray PrinterSimulator::automaticStatus() const
{
    QByteArray block(4, '\0');
    block[0] = char(0x10 | (m_drawerOpen ? 0x04 : 0) | ((m_offline || m_coverOpen || m_paperOut) ? 0x08 : 0)
                    | (m_coverOpen ? 0x20 : 0));
    block[2] = char((m_paperNearEnd ? 0x03 : 0) | (m_paperOut ? 0x0C : 0));
    return block;
}

void PrinterSimulator::stateChanged()
{
    m_parser.setDiscarding(m_paperOut || m_coverOpen || m_offline);
    if (m_autoStatus)
        answer(automaticStatus());
}

Result<> PrinterSimulator::setOutputDirectory(const QString &directory)
{
    if (!directory.isEmpty() && !QDir().mkpath(directory)) {
        return fail(QStringLiteral("printer_sim.output"),
            SimText::tr("Cannot create the folder %1 for printed receipts").arg(directory));
    }
    m_outputDirectory = directory;
    return {};
}

// ---- connection ------------------------------------------------------------

void PrinterSimulator::acceptNext()
{
    if (m_socket)
        return;   // one job at a time: the next client waits in the queue
    QTcpSocket *socket = m_server->nextPendingConnection();
    if (!socket)
        return;
    m_socket = socket;
    m_peerGone = false;
    connect(socket, &QTcpSocket::readyRead, this, &PrinterSimulator::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &PrinterSimulator::onDisconnected);
    emit clientConnected();
    setSlow(m_bytesPerSecond);
    onReadyRead();   // bytes may have arrived while it waited
    if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
        onDisconnected();
}

void PrinterSimulator::onReadyRead()
{
    if (m_bytesPerSecond == 0)
        read(std::numeric_limits<qint64>::max());
}

void PrinterSimulator::onSlowTick()
{
    read(std::max(1, m_bytesPerSecond * kSlowTickMs / 1000));
}

void PrinterSimulator::read(qint64 budget)
{
    while (m_socket && budget > 0 && m_socket->bytesAvailable() > 0) {
        qint64 chunk = std::min<qint64>(budget, 64 * 1024);
        if (m_dropAfter >= 0)
            chunk = std::min(chunk, m_dropAfter);
        if (chunk == 0)
            break;
        const QByteArray bytes = m_socket->read(chunk);
        if (bytes.isEmpty())
            break;
        budget -= bytes.size();
        m_totalBytes += bytes.size();
        if (m_dropAfter >= 0)
            m_dropAfter -= bytes.size();
        feedParsers(bytes);
        handleEvents();
        emit bytesReceived(bytes.size());
    }
    if (m_socket && m_dropAfter == 0) {
        // The fault fires once: the cable is pulled mid-job.
        m_dropAfter = -1;
        m_socket->abort();
        finishConnection();
        return;
    }
    if (m_socket && m_peerGone && m_socket->bytesAvailable() == 0)
        finishConnection();
}

void PrinterSimulator::onDisconnected()
{
    if (!m_socket)
        return;
    m_peerGone = true;
    // What the client sent before closing is still to be printed.
    if (m_bytesPerSecond == 0)
        read(std::numeric_limits<qint64>::max());
    if (m_socket && m_socket->bytesAvailable() == 0)
        finishConnection();
}

void PrinterSimulator::finishConnection()
{
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    m_slowTimer->stop();
    socket->disconnect(this);
    socket->deleteLater();
    m_parser.endOfStream();
    m_kickParserBase += m_kickParser.bytesFed();
    m_kickParser.reset();   // a kick cut short by the disconnect is dropped, as by the main parser
    handleEvents();
    emit clientDisconnected();
    QTimer::singleShot(0, this, &PrinterSimulator::acceptNext);
}

void PrinterSimulator::handleEvents()
{
    QList<ParserEvent> events = m_parser.takeEvents();
    if (!m_paperOutKicks.isEmpty()) {
        // In stream order: a status request before the kick is answered "closed".
        events += std::exchange(m_paperOutKicks, {});
        std::stable_sort(events.begin(), events.end(),
            [](const ParserEvent &a, const ParserEvent &b) { return a.offset < b.offset; });
    }
    for (const ParserEvent &event : events) {
        switch (event.kind) {
        case ParserEvent::Kind::ReceiptCut:
            emit receiptPrinted(event.value);
            writeReceipt(event.value);
            break;
        case ParserEvent::Kind::DrawerKick:
            kickDrawer(event);
            break;
        case ParserEvent::Kind::StatusRequest: {
            const quint8 status = statusByte(event.value);
            answer(QByteArray(1, char(status)));
            emit statusRequested(event.value, status);
            break;
        }
        case ParserEvent::Kind::AutoStatus:
            m_autoStatus = event.value != 0;
            if (m_autoStatus)
                answer(automaticStatus());
            break;
        case ParserEvent::Kind::Unknown:
        case ParserEvent::Kind::Unsupported:
        case ParserEvent::Kind::Invalid:
        case ParserEvent::Kind::Truncated:
            emit commandIgnored(event.describe());
            break;
        }
    }
}

void PrinterSimulator::answer(const QByteArray &bytes)
{
    if (m_feedingFromPty || (!m_socket && m_pty && m_pty->isOpen())) {
        // A short write into the pty means the reader is gone, as on a real line.
        m_pty->write(bytes);
        return;
    }
    if (m_socket)
        m_socket->write(bytes);
}

// ---- pseudo terminal -------------------------------------------------------

Result<QString> PrinterSimulator::openPty()
{
    if (!m_pty) {
        m_pty = new PtyPort(this);
        connect(m_pty, &PtyPort::bytesReceived, this, &PrinterSimulator::onPtyBytes);
    }
    return m_pty->open();
}

QString PrinterSimulator::ptyPath() const
{
    return m_pty ? m_pty->path() : QString();
}

void PrinterSimulator::onPtyBytes(const QByteArray &bytes)
{
    m_totalBytes += bytes.size();
    m_feedingFromPty = true;
    feedParsers(bytes);
    handleEvents();
    m_feedingFromPty = false;
    emit bytesReceived(bytes.size());
}

void PrinterSimulator::writeReceipt(int index)
{
    if (m_outputDirectory.isEmpty() || index < 0 || index >= m_parser.receipts().size())
        return;
    const Receipt &receipt = m_parser.receipts()[index];
    const QString base = QDir(m_outputDirectory).filePath(QStringLiteral("%1").arg(index + 1, 3, 10, QLatin1Char('0')));
    const QString textPath = base + QStringLiteral(".txt");
    const QString imagePath = base + QStringLiteral(".png");
    QFile text(textPath);
    if (!text.open(QIODevice::WriteOnly | QIODevice::Truncate) || text.write(renderText(receipt, m_renderOptions).toUtf8()) < 0) {
        emit saveFailed(SimText::tr("Cannot write %1: %2").arg(textPath, text.errorString()));
        return;
    }
    text.close();
    // Drawing text needs fonts, and fonts need a GUI application (offscreen will do).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        emit saveFailed(SimText::tr("No image for receipt %1: the simulator runs without a QGuiApplication").arg(index + 1));
        emit receiptSaved(index, textPath, QString());
        return;
    }
    if (!renderImage(receipt, m_renderOptions).save(imagePath, "PNG")) {
        emit saveFailed(SimText::tr("Cannot write %1").arg(imagePath));
        return;
    }
    emit receiptSaved(index, textPath, imagePath);
}

} // namespace retailos::drivers::sim
