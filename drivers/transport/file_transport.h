// Appends every job's bytes to a file: for golden tests, and for a lane that
// keeps a copy of what it would have printed. One-way: status is unknown.
#pragma once

#include "drivers/transport/transport.h"

namespace retailos::drivers {

class FileTransport final : public Transport
{
public:
    explicit FileTransport(QString path) : m_path(std::move(path)) {}

    [[nodiscard]] Result<> open(int timeoutMs) override;
    [[nodiscard]] Result<> write(const QByteArray &bytes, int timeoutMs) override;
    [[nodiscard]] Result<QByteArray> read(int maxBytes, int timeoutMs) override;
    void close() override {}
    [[nodiscard]] bool canRead() const override { return false; }
    [[nodiscard]] QString describe() const override { return u"file:"_qs + m_path; }

private:
    QString m_path;
};

} // namespace retailos::drivers
