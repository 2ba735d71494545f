// A fully scriptable HTTPS server for client tests (QSslServer on 127.0.0.1,
// free port, its own thread so a blocking client can talk to it). It answers
// each request with whatever the test's handler returns — a normal JSON
// answer, a redirect, an endless chunked body, a slow drip, oversized headers
// — and records every request it received so a test can prove what was (or
// was not) sent. Stopped by its destructor, also when the test fails.
//
//   TlsTestServer server;
//   QVERIFY2(server.start(cert, key, [](const TlsTestRequest &) {
//       return TlsTestReply::json(200, R"({"ok":true})");
//   }), qPrintable(server.lastError()));
//   HttpsClient client({.baseUrl = server.url().toStdString(), .caFile = ca});
//
// Link Qt6::Network.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace retailos::test {

struct TlsTestRequest
{
    QByteArray method;
    QByteArray path;                                // with the query
    QList<QPair<QByteArray, QByteArray>> headers;   // as received
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// What the server writes for one request: `head` at once, then the pieces
// `nextChunk` returns (until it returns an empty array), `chunkIntervalMs`
// apart (0: as fast as the socket takes them, never buffering more than
// 256 KiB, so an endless body costs the server no memory).
struct TlsTestReply
{
    QByteArray head;
    std::function<QByteArray()> nextChunk;
    int chunkIntervalMs = 0;
    bool closeAfter = false;

    static QByteArray statusLine(int status)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Test\r\n";
    }

    // A complete answer with Content-Length.
    static TlsTestReply body(int status, const QByteArray &contentType, const QByteArray &body,
                             const QByteArray &extraHeaders = {})
    {
        TlsTestReply r;
        r.head = statusLine(status) + "Content-Type: " + contentType + "\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
        return r;
    }
    static TlsTestReply json(int status, const QByteArray &json, const QByteArray &extraHeaders = {})
    {
        return body(status, "application/json", json, extraHeaders);
    }

    // Chunked transfer coding with no Content-Length: the client learns the
    // size only by receiving it. `source` returns raw body pieces, empty when done.
    static TlsTestReply chunked(int status, const QByteArray &headers, std::function<QByteArray()> source)
    {
        TlsTestReply r;
        r.head = statusLine(status) + "Transfer-Encoding: chunked\r\n" + headers + "\r\n";
        auto done = std::make_shared<bool>(false);
        r.nextChunk = [source = std::move(source), done]() -> QByteArray {
            if (*done)
                return {};
            const QByteArray piece = source();
            if (piece.isEmpty()) {
                *done = true;
                return QByteArrayLiteral("0\r\n\r\n");
            }
            return QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        };
        return r;
    }

    // `total` bytes of `fill`, handed out `piece` bytes at a time.
    static std::function<QByteArray()> repeated(qint64 total, qint64 piece = 64 * 1024, char fill = 'x')
    {
        auto left = std::make_shared<qint64>(total);
        return [left, piece, fill]() -> QByteArray {
            const qint64 n = std::min(*left, piece);
            *left -= n;
            return QByteArray(n, fill);
        };
    }
    // The bytes of `data`, `piece` at a time.
    static std::function<QByteArray()> slices(const QByteArray &data, qint64 piece)
    {
        auto at = std::make_shared<qint64>(0);
        return [data, at, piece]() -> QByteArray {
            const QByteArray out = data.mid(*at, piece);
            *at += out.size();
            return out;
        };
    }
};

using TlsTestHandler = std::function<TlsTestReply(const TlsTestRequest &)>;

class TlsTestServer
{
public:
    TlsTestServer() = default;
    TlsTestServer(const TlsTestServer &) = delete;
    TlsTestServer &operator=(const TlsTestServer &) = delete;
    ~TlsTestServer() { stop(); }

    // Serves with the PEM certificate (chain) and private key; false with lastError() otherwise.
    bool start(const QString &certificateFile, const QString &keyFile, TlsTestHandler handler)
    {
        m_handler = std::move(handler);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificateFile);
        QFile keyIn(keyFile);
        if (chain.isEmpty() || !keyIn.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1 or %2").arg(certificateFile, keyFile);
            return false;
        }
        const QByteArray keyPem = keyIn.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            m_error = QStringLiteral("cannot read the private key %1").arg(keyFile);
            return false;
        }
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);

        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        bool ok = false;
        QMetaObject::invokeMethod(m_context, [this, ssl, &ok] {
            m_server = new QSslServer(m_context);
            m_server->setSslConfiguration(ssl);
            QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, [this] { acceptAll(); });
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            if (ok)
                m_port = m_server->serverPort();
            else
                m_error = m_server->errorString();
        }, Qt::BlockingQueuedConnection);
        if (!ok)
            stop();
        return ok;
    }

    void stop()
    {
        if (!m_context)
            return;
        QThread *home = QThread::currentThread();
        QMetaObject::invokeMethod(m_context, [this, home] {
            delete m_server;   // closes the listener and every connection (its children)
            m_server = nullptr;
            m_context->moveToThread(home);
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
        m_context = nullptr;
    }

    quint16 port() const { return m_port; }
    QString url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QStringLiteral("https://%1:%2").arg(host).arg(m_port);
    }
    QString lastError() const { return m_error; }

    QList<TlsTestRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    // TLS connections that completed their handshake.
    int connections() const
    {
        QMutexLocker lock(&m_mutex);
        return m_connections;
    }
    // Body bytes handed to sockets (after `head`), across all replies.
    qint64 bodyBytesWritten() const
    {
        QMutexLocker lock(&m_mutex);
        return m_bodyBytes;
    }

private:
    struct Connection
    {
        QPointer<QSslSocket> socket;
        QByteArray buffer;
        TlsTestReply reply;
        bool replying = false;
        bool dripTimerPending = false;   // a slow drip writes on its timer only
    };

    void acceptAll()
    {
        while (QTcpSocket *tcp = m_server->nextPendingConnection()) {
            auto *socket = qobject_cast<QSslSocket *>(tcp);
            if (!socket) {
                tcp->deleteLater();
                continue;
            }
            {
                QMutexLocker lock(&m_mutex);
                ++m_connections;
            }
            auto c = std::make_shared<Connection>();
            c->socket = socket;
            QObject::connect(socket, &QIODevice::readyRead, socket, [this, c] { onReadable(c); });
            QObject::connect(socket, &QSslSocket::encryptedBytesWritten, socket, [this, c] {
                if (!c->dripTimerPending)
                    pump(c);
            });
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            onReadable(c);
        }
    }

    void onReadable(const std::shared_ptr<Connection> &c)
    {
        if (!c->socket)
            return;
        c->buffer += c->socket->readAll();
        while (!c->replying) {
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            TlsTestRequest request;
            const QList<QByteArray> lines = c->buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (c->buffer.size() < end + 4 + length)
                return;   // wait for the rest of the body
            request.body = c->buffer.mid(end + 4, length);
            c->buffer.remove(0, end + 4 + length);
            {
                QMutexLocker lock(&m_mutex);
                m_requests.append(request);
            }
            c->reply = m_handler(request);
            c->replying = true;
            c->socket->write(c->reply.head);
            pump(c);
        }
    }

    // Writes the next pieces of the reply while the socket has little queued.
    void pump(const std::shared_ptr<Connection> &c)
    {
        if (!c->socket || !c->replying)
            return;
        if (c->socket->state() != QAbstractSocket::ConnectedState)
            return;
        while (c->reply.nextChunk) {
            if (c->socket->encryptedBytesToWrite() + c->socket->bytesToWrite() > 256 * 1024)
                return;   // continue on encryptedBytesWritten
            const QByteArray piece = c->reply.nextChunk();
            if (piece.isEmpty()) {
                c->reply.nextChunk = nullptr;
                break;
            }
            {
                QMutexLocker lock(&m_mutex);
                m_bodyBytes += piece.size();
            }
            c->socket->write(piece);
            if (c->reply.chunkIntervalMs > 0) {
                c->dripTimerPending = true;
                QTimer::singleShot(c->reply.chunkIntervalMs, c->socket.data(), [this, c] {
                    c->dripTimerPending = false;
                    pump(c);
                });
                return;
            }
        }
        c->replying = false;
        if (c->reply.closeAfter) {
            c->socket->disconnectFromHost();
            return;
        }
        if (!c->buffer.isEmpty())
            QTimer::singleShot(0, c->socket.data(), [this, c] { onReadable(c); });
    }

    TlsTestHandler m_handler;
    QThread m_thread;
    QObject *m_context = nullptr;
    QSslServer *m_server = nullptr;   // lives in m_thread
    quint16 m_port = 0;
    QString m_error;

    mutable QMutex m_mutex;
    QList<TlsTestRequest> m_requests;
    int m_connections = 0;
    qint64 m_bodyBytes = 0;
};

} // namespace retailos::test
