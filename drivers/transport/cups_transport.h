// A CUPS raw queue: the receipt bytes go to the print service as one job in
// raw format (no filter touches them), and the job is followed until CUPS
// reports it completed, stopped or cancelled. One-way: CUPS has no status
// back-channel from the printer, so the device reports its status as unknown.
// libcups stays inside this file's .cpp.
#pragma once

#include "drivers/transport/transport.h"

struct _http_s;

namespace retailos::drivers {

class CupsTransport final : public Transport
{
public:
    // `server`: "127.0.0.1:631", "printhost" (port 631) or a domain socket
    // path; empty = the system's default print service. `queue`: the CUPS
    // printer name.
    CupsTransport(QString server, QString queue);
    ~CupsTransport() override;

    [[nodiscard]] Result<> open(int timeoutMs) override;
    // Blocks until CUPS says the job is completed, or fails.
    [[nodiscard]] Result<> write(const QByteArray &bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void close() override;
    [[nodiscard]] bool canRead() const override { return false; }
    [[nodiscard]] QString describe() const override { return u"cups:"_qs + m_queue; }

private:
    QString m_server;
    QString m_queue;
    _http_s *m_http = nullptr;   // http_t, created on the worker thread at open()
};

} // namespace retailos::drivers
