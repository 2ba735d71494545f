// The device end of a pseudo terminal: what a simulated serial device (a
// printer, scanner, scale, drawer or customer display) listens on. The lane
// opens path() exactly as it would open /dev/ttyUSB0, so the real serial
// transport code runs against the simulator.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace retailos::drivers::sim {

class PtyPort : public QObject
{
    Q_OBJECT

public:
    explicit PtyPort(QObject *parent = nullptr);
    ~PtyPort() override;

    // Opens a raw pty (no echo, no CR/LF translation); the path is the slave
    // end for the lane ("/dev/pts/7"). Opening again returns the same path.
    // "sim.pty" when the system has no pseudo terminals left.
    [[nodiscard]] Result<QString> open();
    void close();
    [[nodiscard]] bool isOpen() const { return m_master >= 0; }
    [[nodiscard]] QString path() const { return m_path; }

    // Bytes to the lane. False when they could not all be written (nobody
    // reads and the buffer is full): a real device's bytes are lost then too.
    bool write(const QByteArray &bytes);

signals:
    // Bytes the lane wrote, in order, as they arrive.
    void bytesReceived(const QByteArray &bytes);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    int m_master = -1;
    int m_slave = -1;   // held open so the master never reads EOF between clients
    QString m_path;
};

} // namespace retailos::drivers::sim
