// TCP transport (see tcp_transport.h).
#include "drivers/transport/tcp_transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace retailos::drivers {

namespace {
struct TcpText
{
    Q_DECLARE_TR_FUNCTIONS(TcpTransport)
};
} // namespace

TcpTransport::TcpTransport(QString host, quint16 port) : m_host(std::move(host)), m_port(port) {}

TcpTransport::~TcpTransport()
{
    close();
}

QString TcpTransport::describe() const
{
    return u"tcp://%1:%2"_qs.arg(m_host).arg(m_port);
}

Result<> TcpTransport::open(int timeoutMs)
{
    close();
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(timeoutMs)) {
        const QString why = m_socket->errorString();
        m_socket.reset();
        return fail(u"device.unreachable"_qs, TcpText::tr("The device at %1 does not answer: %2").arg(describe(), why));
    }
    // No Nagle: the 3-byte status question after a receipt would otherwise
    // wait for the printer to acknowledge the receipt (40 ms and more).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return {};
}

Result<> TcpTransport::write(const QByteArray &bytes, int timeoutMs)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return fail(u"device.closed"_qs, TcpText::tr("The connection to %1 is closed.").arg(describe()));
    if (m_socket->write(bytes) != bytes.size())
        return fail(u"device.write"_qs, TcpText::tr("Writing to %1 failed: %2").arg(describe(), m_socket->errorString()));
    // Wait until every byte has left, within the time the job may take.
    QElapsedTimer timer;
    timer.start();
    while (m_socket->bytesToWrite() > 0) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0 || !m_socket->waitForBytesWritten(left))
            return fail(u"device.write"_qs,
                        TcpText::tr("%1 stopped taking data (%2 bytes not sent): %3")
                            .arg(describe())
                            .arg(m_socket->bytesToWrite())
                            .arg(m_socket->state() == QAbstractSocket::ConnectedState
                                     ? TcpText::tr("timed out")
                                     : m_socket->errorString()));
    }
    return {};
}

Result<QByteArray> TcpTransport::read(int maxBytes, int timeoutMs)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return fail(u"device.closed"_qs, TcpText::tr("The connection to %1 is closed.").arg(describe()));
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs))
        return fail(u"device.no_answer"_qs, TcpText::tr("%1 did not answer in time.").arg(describe()));
    return m_socket->read(maxBytes);
}

void TcpTransport::discardInput()
{
    if (!m_socket)
        return;
    m_socket->waitForReadyRead(0);
    m_socket->readAll();
}

void TcpTransport::close()
{
    if (!m_socket)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->disconnectFromHost();
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->waitForDisconnected(500);
    }
    m_socket.reset();
}

} // namespace retailos::drivers
