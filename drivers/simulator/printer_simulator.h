// A receipt printer on 127.0.0.1 that speaks ESC/POS over TCP (port 9100
// style: one connection at a time, others wait their turn). It prints into
// receipts, answers `DLE EOT n` for its current state, and fails on demand:
// paper out, cover open, offline, slow, a connection dropped mid-job. The
// demo, the tests and a developer without hardware exercise the real driver
// code paths against it.
#pragma once

#include "core/common/result.h"
#include "drivers/simulator/escpos_parser.h"
#include "drivers/simulator/receipt_renderer.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace retailos::drivers::sim {

class PtyPort;

class PrinterSimulator : public QObject
{
    Q_OBJECT

public:
    explicit PrinterSimulator(QObject *parent = nullptr);
    ~PrinterSimulator() override;   // closes the port and any connection

    // Listens on 127.0.0.1:`port`; 0 picks a free port (see port()).
    // "printer_sim.listen" when the port is taken.
    [[nodiscard]] Result<> listen(quint16 port = 0);
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] bool hasConnection() const;

    // Also takes bytes from a pseudo terminal, as a serial printer does: the
    // path of its other end (/dev/pts/N), raw mode, for a serial transport to
    // open. Answers go back the way the request came. Slow reads and dropped
    // connections apply to TCP only. "printer_sim.pty" when the system has
    // no pseudo terminal to give.
    [[nodiscard]] Result<QString> openPty();
    [[nodiscard]] QString ptyPath() const;

    // Fault injection. Any of paper out, cover open and offline stops
    // printing (bytes are still read and status requests answered).
    void setPaperOut(bool out);
    void setPaperNearEnd(bool nearEnd);
    void setCoverOpen(bool open);
    void setOffline(bool offline);
    // The level on the drawer connector's pin 3, reported in bit 2 of
    // `DLE EOT 1`. A kick sets it (the drawer springs open). A kick also
    // works while only the paper is out (the cash must go in); with the
    // cover open or offline the printer drops it, as many real ones do.
    void setDrawerOpen(bool open);
    // The drawer closes by itself this long after a kick (the cashier pushes
    // it shut); <= 0, the default: it stays open until setDrawerOpen(false).
    void setDrawerClosesAfterMs(int ms);
    // A stuck drawer opens on a kick but never closes by itself.
    void setDrawerStuck(bool stuck);
    // Reads at most this many bytes a second; 0 = as fast as they come.
    void setSlow(int bytesPerSecond);
    // Aborts the connection once `bytes` more bytes have arrived, then
    // forgets the fault; a negative value cancels it.
    void dropConnectionAfter(qint64 bytes);

    [[nodiscard]] bool paperOut() const { return m_paperOut; }
    [[nodiscard]] bool coverOpen() const { return m_coverOpen; }
    [[nodiscard]] bool offline() const { return m_offline; }
    [[nodiscard]] bool drawerOpen() const { return m_drawerOpen; }
    [[nodiscard]] bool drawerStuck() const { return m_drawerStuck; }
    [[nodiscard]] int drawerClosesAfterMs() const { return m_drawerClosesAfterMs; }

    // The answer to `DLE EOT n` now (n = 1–4):
    //  1 printer:  0x12 | 0x04 drawer pin 3 high | 0x08 offline
    //  2 offline cause: 0x12 | 0x04 cover open | 0x20 paper-end stop | 0x40 error
    //  3 errors:   0x12 (the simulator has no mechanical errors)
    //  4 paper:    0x12 | 0x0C near end | 0x60 paper out
    [[nodiscard]] quint8 statusByte(int n) const;
    // The 4-byte block `GS a n` makes the printer send on every change.
    [[nodiscard]] QByteArray automaticStatus() const;

    // Writes each receipt cut from now on as NNN.txt and NNN.png (001 for
    // receipts()[0]) into `directory`, created if missing. Empty: no files.
    [[nodiscard]] Result<> setOutputDirectory(const QString &directory);
    void setRenderOptions(const RenderOptions &options) { m_renderOptions = options; }

    [[nodiscard]] const EscPosParser &parser() const { return m_parser; }
    [[nodiscard]] const QList<Receipt> &receipts() const { return m_parser.receipts(); }
    [[nodiscard]] qint64 totalBytesReceived() const { return m_totalBytes; }
    // Empties the paper basket: receipts, events and printer settings.
    void resetPrinter()
    {
        m_parser.reset();
        m_kickParser.reset();
        m_kickParserBase = 0;
        m_paperOutKicks.clear();
    }

signals:
    void receiptPrinted(int index);
    void drawerKicked(int pin, int onMs, int offMs);
    void drawerChanged(bool open);   // pin 3 level changed: a kick, closing by itself, setDrawerOpen()
    void bytesReceived(qint64 count);
    void statusRequested(int n, quint8 answer);
    void commandIgnored(const QString &description);   // unknown, unsupported or invalid commands
    void receiptSaved(int index, const QString &textPath, const QString &imagePath);
    void saveFailed(const QString &message);
    void clientConnected();
    void clientDisconnected();

private:
    void acceptNext();
    void onReadyRead();
    void onSlowTick();
    void read(qint64 budget);
    void handleEvents();
    void onDisconnected();
    void finishConnection();
    void stateChanged();
    void writeReceipt(int index);
    void onPtyBytes(const QByteArray &bytes);
    void feedParsers(const QByteArray &bytes);
    void kickDrawer(const ParserEvent &event);
    // To whoever sent the bytes being parsed (the TCP client or the pty).
    void answer(const QByteArray &bytes);

    QTcpServer *m_server;
    QPointer<QTcpSocket> m_socket;
    QTimer *m_slowTimer;
    EscPosParser m_parser;
    // Parses the same bytes without ever discarding, for the drawer kicks a
    // printer that is only out of paper still carries out.
    EscPosParser m_kickParser;
    qint64 m_kickParserBase = 0;     // stream offset where m_kickParser last started
    QList<ParserEvent> m_paperOutKicks;
    QTimer *m_drawerTimer;
    RenderOptions m_renderOptions;
    QString m_outputDirectory;

    bool m_paperOut = false;
    bool m_paperNearEnd = false;
    bool m_coverOpen = false;
    bool m_offline = false;
    bool m_drawerOpen = false;
    bool m_drawerStuck = false;
    int m_drawerClosesAfterMs = 0;
    bool m_autoStatus = false;
    bool m_peerGone = false;   // the client closed; what it sent is still being read
    int m_bytesPerSecond = 0;
    qint64 m_dropAfter = -1;
    qint64 m_totalBytes = 0;

    PtyPort *m_pty = nullptr;   // created by openPty()
    bool m_feedingFromPty = false;
};

} // namespace retailos::drivers::sim
