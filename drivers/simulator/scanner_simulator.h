// A serial barcode scanner on a pseudo terminal: sends codes as a real one
// does (optional AIM id, CR / CR LF / LF, optional delay between
// characters), and the faults cashiers meet: line noise, half a code (the
// cable moved mid-scan), the same code twice at once (a double read). The
// lane opens ptyPath() like /dev/ttyACM0 and runs its real serial code.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace retailos::drivers::sim {

class PtyPort;

enum class ScanTerminator { Cr, CrLf, Lf };

struct ScanStyle
{
    QString aimPrefix; // "]E0", "]C1", … sent before the code; empty: none
    ScanTerminator terminator = ScanTerminator::Cr;
    int interCharDelayMs = 0; // 0: the whole code at once
};

class ScannerSimulator : public QObject
{
    Q_OBJECT

public:
    explicit ScannerSimulator(QObject *parent = nullptr);
    ~ScannerSimulator() override;

    // The lane end of a fresh pty ("sim.pty" when the system has none).
    // Opening again while open returns the same path.
    [[nodiscard]] Result<QString> openPty();
    // Unplugs the scanner: the lane's reads end; bytes not sent are dropped.
    void closePty();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString ptyPath() const;

    // Each action is queued behind the previous one and signals sent() when
    // its last byte is out.
    void scan(const QString &code, const ScanStyle &style = {});
    void sendBytes(const QByteArray &raw); // noise, anything
    void sendHalf(const QString &code, const ScanStyle &style = {}); // first half, no terminator
    void doubleRead(const QString &code, const ScanStyle &style = {}); // the same code twice, back to back

    [[nodiscard]] bool isIdle() const { return m_queue.isEmpty(); }
    [[nodiscard]] qint64 bytesSent() const { return m_bytesSent; }

    // The bytes scan() sends for `code` in `style`.
    [[nodiscard]] static QByteArray frame(const QString &code, const ScanStyle &style);
    // The AIM symbology id a scanner would put before `code`: "]E0" for 13
    // and 12 digits (EAN-13, UPC-A), "]E4" for 8 digits, "]C1" for GS1-128
    // (starts with a GS or holds one), "]C0" (Code 128) otherwise.
    [[nodiscard]] static QString aimIdFor(const QString &code);

signals:
    void sent(const QByteArray &bytes); // one action's bytes, all written
    void idle(); // the queue is empty

private:
    struct Chunk
    {
        QByteArray bytes;
        int delayBeforeMs = 0;
        QByteArray action; // set on an action's last chunk: what sent() reports
    };
    void enqueue(const QByteArray &bytes, int interCharDelayMs);
    void pump();

    PtyPort *m_pty = nullptr;
    QTimer *m_timer = nullptr;
    QList<Chunk> m_queue;
    qint64 m_bytesSent = 0;
};

} // namespace retailos::drivers::sim
