// Serial scanner simulator (see scanner_simulator.h).
#include "drivers/simulator/scanner_simulator.h"

#include "drivers/simulator/pty_port.h"

#include <QCoreApplication>
#include <QTimer>

namespace retailos::drivers::sim {

namespace {
struct ScannerSimText
{
    Q_DECLARE_TR_FUNCTIONS(ScannerSimulator)
};

bool allDigits(const QString &code)
{
    return !code.isEmpty() && std::all_of(code.begin(), code.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

ScannerSimulator::ScannerSimulator(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_queue.isEmpty())
            return;
        m_queue.first().delayBeforeMs = 0; // waited: due now
        pump();
    });
}

ScannerSimulator::~ScannerSimulator() = default;

Result<QString> ScannerSimulator::openPty()
{
    if (!m_pty)
        m_pty = new PtyPort(this);
    auto opened = m_pty->open();
    if (!opened)
        return fail(u"sim.pty"_qs, opened.error().message);
    return opened;
}

void ScannerSimulator::closePty()
{
    m_timer->stop();
    m_queue.clear();
    if (m_pty)
        m_pty->close();
}

bool ScannerSimulator::isOpen() const
{
    return m_pty && m_pty->isOpen();
}

QString ScannerSimulator::ptyPath() const
{
    return m_pty ? m_pty->path() : QString();
}

QByteArray ScannerSimulator::frame(const QString &code, const ScanStyle &style)
{
    QByteArray bytes = style.aimPrefix.toUtf8() + code.toUtf8();
    switch (style.terminator) {
    case ScanTerminator::Cr:
        bytes += '\r';
        break;
    case ScanTerminator::CrLf:
        bytes += "\r\n";
        break;
    case ScanTerminator::Lf:
        bytes += '\n';
        break;
    }
    return bytes;
}

QString ScannerSimulator::aimIdFor(const QString &code)
{
    if (allDigits(code) && (code.size() == 13 || code.size() == 12))
        return u"]E0"_qs;
    if (allDigits(code) && code.size() == 8)
        return u"]E4"_qs;
    if (code.contains(QChar(0x1d)))
        return u"]C1"_qs;
    return u"]C0"_qs;
}

void ScannerSimulator::scan(const QString &code, const ScanStyle &style)
{
    enqueue(frame(code, style), style.interCharDelayMs);
}

void ScannerSimulator::sendBytes(const QByteArray &raw)
{
    enqueue(raw, 0);
}

void ScannerSimulator::sendHalf(const QString &code, const ScanStyle &style)
{
    const QByteArray whole = style.aimPrefix.toUtf8() + code.toUtf8();
    enqueue(whole.left(std::max<qsizetype>(1, whole.size() / 2)), style.interCharDelayMs);
}

void ScannerSimulator::doubleRead(const QString &code, const ScanStyle &style)
{
    scan(code, style);
    scan(code, style);
}

void ScannerSimulator::enqueue(const QByteArray &bytes, int interCharDelayMs)
{
    if (bytes.isEmpty())
        return;
    if (interCharDelayMs <= 0) {
        m_queue.append({ bytes, 0, bytes });
    } else {
        for (qsizetype i = 0; i < bytes.size(); ++i)
            m_queue.append(
                { bytes.mid(i, 1), i == 0 ? 0 : interCharDelayMs, i + 1 == bytes.size() ? bytes : QByteArray() });
    }
    if (!m_timer->isActive())
        pump();
}

void ScannerSimulator::pump()
{
    while (!m_queue.isEmpty()) {
        if (m_queue.first().delayBeforeMs > 0) {
            m_timer->start(m_queue.first().delayBeforeMs);
            return;
        }
        const Chunk chunk = m_queue.takeFirst();
        // Written also when nobody has the port open: the bytes wait in the
        // line, as a real scanner's would (the lane flushes them on open).
        if (m_pty && m_pty->write(chunk.bytes))
            m_bytesSent += chunk.bytes.size();
        if (!chunk.action.isEmpty())
            emit sent(chunk.action);
    }
    emit idle();
}

} // namespace retailos::drivers::sim
