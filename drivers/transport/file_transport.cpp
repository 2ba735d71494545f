// File transport (see file_transport.h).
#include "drivers/transport/file_transport.h"

#include <QCoreApplication>
#include <QFile>

namespace retailos::drivers {

namespace {
struct FileText
{
    Q_DECLARE_TR_FUNCTIONS(FileTransport)
};
} // namespace

Result<> FileTransport::open(int)
{
    QFile file(m_path);
    if (!file.open(QIODevice::Append))
        return fail(u"device.unreachable"_qs, FileText::tr("Cannot open %1: %2").arg(m_path, file.errorString()));
    return {};
}

Result<> FileTransport::write(const QByteArray &bytes, int)
{
    QFile file(m_path);
    if (!file.open(QIODevice::Append))
        return fail(u"device.write"_qs, FileText::tr("Cannot open %1: %2").arg(m_path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush())
        return fail(u"device.write"_qs, FileText::tr("Writing %1 failed: %2").arg(m_path, file.errorString()));
    return {};
}

Result<QByteArray> FileTransport::read(int, int)
{
    return fail(u"device.one_way"_qs, FileText::tr("%1 cannot answer back.").arg(describe()));
}

} // namespace retailos::drivers
