// Cross-process device claims (see device_claim.h).
#include "drivers/device/device_claim.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace retailos::drivers {

namespace {
struct ClaimText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceClaim)
};

// Keyed by where the device is (tcp://host:port, serial:/dev/ttyUSB0), not by
// what a lane calls it: two lanes naming one printer differently still
// exclude each other. Machine-wide, so other users' lanes see it too.
// One port, one key: /dev/serial/by-id/usb-… and the /dev/ttyUSB0 it
// points at are the same device. Pseudo terminals (simulators, tests) keep
// the name they were opened by: their numbers are reused by other
// processes, and a test's own link is what tells two of them apart.
QString canonicalAddress(const QString &where)
{
    static const QString serial = QStringLiteral("serial:");
    if (!where.startsWith(serial))
        return where;
    const QString resolved = QFileInfo(where.mid(serial.size())).canonicalFilePath();
    if (resolved.isEmpty() || resolved.startsWith(u"/dev/pts/"))
        return where;
    return serial + resolved;
}

QString lockPath(const QString &address)
{
    const QString where = canonicalAddress(address);
    const QByteArray key = QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir::tempPath() + QStringLiteral("/retailos-device-") + QString::fromLatin1(key) + QStringLiteral(".lock");
}
} // namespace

DeviceClaim::DeviceClaim() = default;
DeviceClaim::~DeviceClaim() = default;

Result<> DeviceClaim::claim(const QString &where, const QString &what)
{
    if (m_lock)
        return {};
    auto lock = std::make_unique<QLockFile>(lockPath(where));
    lock->setStaleLockTime(0); // a crashed owner's lock is freed by its PID check, not by age
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return fail(QStringLiteral("device.busy"),
            pid > 0 ? ClaimText::tr("%1 on %2 is in use by another program (process %3).").arg(what, where).arg(pid)
                    : ClaimText::tr("%1 on %2 is in use by another program.").arg(what, where));
    }
    m_lock = std::move(lock);
    return {};
}

void DeviceClaim::release()
{
    m_lock.reset();
}

} // namespace retailos::drivers
