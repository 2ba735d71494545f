// A byte pipe to a device: TCP 9100, a file, later USB, serial and CUPS.
// Calls block with a timeout and run only on the device's worker thread,
// never on the GUI thread. A transport that cannot read answers (a file,
// CUPS) says so, and the device reports its status as unknown.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace retailos::drivers {

class Transport
{
public:
    virtual ~Transport() = default;

    [[nodiscard]] virtual Result<> open(int timeoutMs) = 0;
    // Writes everything or fails; a partial write is a failure (the caller
    // decides whether to retry the job — never automatically).
    [[nodiscard]] virtual Result<> write(const QByteArray &bytes, int timeoutMs) = 0;
    // Up to `maxBytes`, waiting at most `timeoutMs` for the first byte.
    [[nodiscard]] virtual Result<QByteArray> read(int maxBytes, int timeoutMs) = 0;
    // Throws away answer bytes nobody asked for yet (a late reply to an
    // earlier question), so the next read answers the next question.
    virtual void discardInput() {}
    virtual void close() = 0;
    [[nodiscard]] virtual bool canRead() const = 0;
    // "tcp://127.0.0.1:9100", "file:/var/spool/receipts.bin" — for logs and messages.
    [[nodiscard]] virtual QString describe() const = 0;
};

} // namespace retailos::drivers
