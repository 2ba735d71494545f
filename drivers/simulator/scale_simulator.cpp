// Toledo 8217 scale simulator (see scale_simulator.h; the bytes are those of
// drivers/scale/toledo_protocol.h, written out here so the simulator does
// not share code with the driver it checks).
#include "drivers/simulator/scale_simulator.h"

#include "drivers/simulator/pty_port.h"

namespace retailos::drivers::sim {

namespace {
constexpr char kStx = '\x02';
constexpr char kCr = '\r';
constexpr quint8 kMotion = 0x01;
constexpr quint8 kOver = 0x02;
constexpr quint8 kUnder = 0x04;
} // namespace

ScaleSimulator::ScaleSimulator(QObject *parent)
    : QObject(parent)
{
}

ScaleSimulator::~ScaleSimulator() = default;

Result<QString> ScaleSimulator::openPty()
{
    if (!m_pty) {
        m_pty = new PtyPort(this);
        connect(m_pty, &PtyPort::bytesReceived, this, &ScaleSimulator::onBytes);
    }
    return m_pty->open();
}

void ScaleSimulator::closePty()
{
    if (m_pty)
        m_pty->close();
}

bool ScaleSimulator::isOpen() const
{
    return m_pty && m_pty->isOpen();
}

QString ScaleSimulator::ptyPath() const
{
    return m_pty ? m_pty->path() : QString();
}

void ScaleSimulator::setWeightGrams(int grams)
{
    m_grams = std::max(grams, 0);
}

void ScaleSimulator::setMotion(bool motion)
{
    m_motion = motion;
}

void ScaleSimulator::setOverCapacity(bool over)
{
    m_over = over;
}

void ScaleSimulator::setUnderZero(bool under)
{
    m_under = under;
}

void ScaleSimulator::setAnswering(bool answering)
{
    m_answering = answering;
}

QByteArray ScaleSimulator::reply() const
{
    quint8 flags = 0;
    if (m_motion)
        flags |= kMotion;
    if (m_over)
        flags |= kOver;
    if (m_under)
        flags |= kUnder;
    QByteArray bytes(1, kStx);
    if (flags) {
        bytes += '?';
        bytes += char(0x40 | flags); // bit 6 is always set
    } else {
        // Kilograms with three decimals and leading zeros: 1234 g → "01.234".
        bytes += QByteArray::number(m_grams / 1000).rightJustified(2, '0');
        bytes += '.';
        bytes += QByteArray::number(m_grams % 1000).rightJustified(3, '0');
    }
    bytes += kCr;
    return bytes;
}

void ScaleSimulator::onBytes(const QByteArray &bytes)
{
    for (const char byte : bytes) {
        if (byte != 'W')
            continue; // the other 8217 commands (zero, tare) are not simulated
        ++m_requests;
        if (!m_answering) {
            emit requestIgnored();
            continue;
        }
        const QByteArray answer = m_rawReply.isEmpty() ? reply() : m_rawReply;
        m_pty->write(answer);
        emit requestAnswered(answer);
    }
}

} // namespace retailos::drivers::sim
