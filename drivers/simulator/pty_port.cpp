// A raw pseudo terminal for the simulators.
#include "drivers/simulator/pty_port.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace retailos::drivers::sim {

namespace {

struct PtyText
{
    Q_DECLARE_TR_FUNCTIONS(PtyPort)
};

} // namespace

PtyPort::PtyPort(QObject *parent) : QObject(parent) {}

PtyPort::~PtyPort()
{
    close();
}

Result<QString> PtyPort::open()
{
    if (m_master >= 0)
        return m_path;
    const auto failed = [this](const char *step) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        close();
        return fail(QStringLiteral("sim.pty"),
                    PtyText::tr("The simulator cannot open a pseudo terminal (%1): %2").arg(QLatin1String(step), reason));
    };
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_master < 0)
        return failed("posix_openpt");
    if (::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
        return failed("grantpt");
    char name[128] = {};
    if (::ptsname_r(m_master, name, sizeof name) != 0)
        return failed("ptsname");
    m_slave = ::open(name, O_RDWR | O_NOCTTY);
    if (m_slave < 0)
        return failed("open");
    // Raw: no echo, no CR/LF translation, every byte as sent.
    termios mode = {};
    if (::tcgetattr(m_slave, &mode) != 0)
        return failed("tcgetattr");
    ::cfmakeraw(&mode);
    if (::tcsetattr(m_slave, TCSANOW, &mode) != 0)
        return failed("tcsetattr");
    m_path = QString::fromLocal8Bit(name);
    m_notifier = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PtyPort::onReadable);
    return m_path;
}

void PtyPort::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_slave = m_master = -1;
    m_path.clear();
}

bool PtyPort::write(const QByteArray &bytes)
{
    if (m_master < 0)
        return false;
    const ssize_t written = ::write(m_master, bytes.constData(), size_t(bytes.size()));
    return written == ssize_t(bytes.size());
}

void PtyPort::onReadable()
{
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, chunk, sizeof chunk);
        if (n <= 0)
            break;   // EAGAIN: all read
        emit bytesReceived(QByteArray(chunk, qsizetype(n)));
    }
}

} // namespace retailos::drivers::sim
