// A deliberately dumb HTTP/1.1 client over QSslSocket (or QTcpSocket) for the
// HTTP layer's tests: it sends exactly the bytes a test writes (slowloris,
// oversized headers, chunked bodies) and parses responses just enough to check
// them. Blocking (waitFor*), so it needs no event loop.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>
#include <optional>
#include <utility>

namespace retailos::test {

struct RawResponse
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray headerBlock; // status line and header lines, each ending in CRLF, as received
    QByteArray body;        // de-chunked, not decompressed

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

class RawHttpClient
{
public:
    // tls: verify the server against `caCertificates` for peer name 127.0.0.1.
    RawHttpClient(quint16 port, const QList<QSslCertificate> &caCertificates, bool tls = true,
                  QSsl::SslProtocol protocol = QSsl::SecureProtocols)
        : m_port(port), m_tls(tls)
    {
        if (tls) {
            auto ssl = std::make_unique<QSslSocket>();
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setCaCertificates(caCertificates);
            config.setPeerVerifyMode(QSslSocket::VerifyPeer);
            config.setProtocol(protocol);
            ssl->setSslConfiguration(config);
            m_socket = std::move(ssl);
        } else {
            m_socket = std::make_unique<QTcpSocket>();
        }
    }

    bool connect(int timeoutMs = 5000)
    {
        if (m_tls) {
            auto *ssl = static_cast<QSslSocket *>(m_socket.get());
            ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
            return ssl->waitForEncrypted(timeoutMs);
        }
        m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
        return m_socket->waitForConnected(timeoutMs);
    }

    QString errorString() const { return m_socket->errorString(); }
    QSsl::SslProtocol sessionProtocol() const
    {
        return m_tls ? static_cast<QSslSocket *>(m_socket.get())->sessionProtocol() : QSsl::UnknownProtocol;
    }
    QAbstractSocket *socket() const { return m_socket.get(); }

    // Queues bytes; flushed by the next wait (or flush()).
    void send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        m_socket->flush();
    }
    void flush(int timeoutMs = 50) { m_socket->waitForBytesWritten(timeoutMs); }

    std::optional<RawResponse> request(const QByteArray &bytes, int timeoutMs = 10000)
    {
        send(bytes);
        return read(timeoutMs);
    }

    // Reads one full response; nullopt on timeout or when the peer closes first.
    std::optional<RawResponse> read(int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (auto parsed = tryParse())
                return parsed;
            const int left = timeoutMs - static_cast<int>(timer.elapsed());
            if (left <= 0)
                return std::nullopt;
            if (!pull(left))
                return tryParse();
        }
    }

    // True when the server closed the connection within timeoutMs.
    bool waitClosedByPeer(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (m_socket->state() == QAbstractSocket::UnconnectedState)
                return true;
            if (!pull(timeoutMs - static_cast<int>(timer.elapsed()))
                && m_socket->state() == QAbstractSocket::UnconnectedState)
                return true;
        }
        return m_socket->state() == QAbstractSocket::UnconnectedState;
    }

    bool isConnected() const { return m_socket->state() == QAbstractSocket::ConnectedState; }
    void abort() { m_socket->abort(); }

private:
    bool pull(int timeoutMs)
    {
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(std::max(1, timeoutMs))) {
            m_buffer += m_socket->readAll();
            return false;
        }
        m_buffer += m_socket->readAll();
        return true;
    }

    std::optional<RawResponse> tryParse()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawResponse response;
        response.headerBlock = m_buffer.left(end + 2); // every line with its CRLF
        QList<QByteArray> lines = response.headerBlock.split('\n');
        lines.removeLast(); // empty, after the last LF
        const QList<QByteArray> statusParts = lines.value(0).split(' ');
        response.status = statusParts.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        qsizetype pos = end + 4;
        if (response.header("Transfer-Encoding").toLower() == "chunked") {
            for (;;) {
                const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return std::nullopt;
                bool ok = false;
                const qsizetype size = m_buffer.mid(pos, lineEnd - pos).split(';').value(0).toLongLong(&ok, 16);
                if (!ok)
                    return std::nullopt;
                if (size == 0) {
                    const qsizetype trailerEnd = m_buffer.indexOf("\r\n", lineEnd + 2);
                    if (trailerEnd < 0)
                        return std::nullopt;
                    pos = trailerEnd + 2;
                    break;
                }
                if (m_buffer.size() < lineEnd + 2 + size + 2)
                    return std::nullopt;
                response.body += m_buffer.mid(lineEnd + 2, size);
                pos = lineEnd + 2 + size + 2;
            }
        } else {
            const qsizetype length = response.header("Content-Length").toLongLong();
            if (m_buffer.size() < pos + length)
                return std::nullopt;
            response.body = m_buffer.mid(pos, length);
            pos += length;
        }
        m_buffer.remove(0, pos);
        return response;
    }

    quint16 m_port;
    bool m_tls;
    std::unique_ptr<QAbstractSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace retailos::test
