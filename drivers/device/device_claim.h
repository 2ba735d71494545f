// Exclusive use of a device address across processes: a lock file in the
// temp dir keyed by the address, so a second lane program, or a test, is
// told which process holds the port. Every device class (printer, scanner,
// scale, drawer, customer display) claims through this one class, so
// whatever class holds /dev/ttyUSB0, nobody else opens it.
#pragma once

#include "core/common/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace retailos::drivers {

class DeviceClaim
{
public:
    DeviceClaim();
    ~DeviceClaim();

    // `where` is the transport's address ("serial:/dev/ttyUSB0"), `what` the
    // device for the message ("The cash drawer"). Claiming again while held
    // succeeds. "device.busy", naming the holding process, when taken.
    [[nodiscard]] Result<> claim(const QString &where, const QString &what);
    void release();
    [[nodiscard]] bool isClaimed() const { return m_lock != nullptr; }

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace retailos::drivers
