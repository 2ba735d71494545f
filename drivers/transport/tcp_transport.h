// TCP port 9100 ("raw", "JetDirect"): the way network receipt printers take
// ESC/POS. One short connection per job, with a connect timeout, so a printer
// switched off never hangs the lane.
#pragma once

#include "drivers/transport/transport.h"

#include <memory>

class QTcpSocket;

namespace retailos::drivers {

class TcpTransport final : public Transport
{
public:
    TcpTransport(QString host, quint16 port);
    ~TcpTransport() override;

    [[nodiscard]] Result<> open(int timeoutMs) override;
    [[nodiscard]] Result<> write(const QByteArray &bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void discardInput() override;
    void close() override;
    [[nodiscard]] bool canRead() const override { return true; }
    [[nodiscard]] QString describe() const override;

private:
    QString m_host;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;   // created on the worker thread at open()
};

} // namespace retailos::drivers
