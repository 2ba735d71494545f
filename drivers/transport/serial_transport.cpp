// Serial transport over POSIX termios (see serial_transport.h).
#include "drivers/transport/serial_transport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <termios.h>
#include <unistd.h>

namespace retailos::drivers {

namespace {
struct SerialText
{
    Q_DECLARE_TR_FUNCTIONS(SerialTransport)
};

// poll() that carries on after a signal with the time that is left.
int pollFor(int fd, short events, int timeoutMs, short *revents)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        pollfd p{fd, events, 0};
        const int left = std::max(0, timeoutMs - int(timer.elapsed()));
        const int n = ::poll(&p, 1, left);
        if (n < 0 && errno == EINTR)
            continue;
        *revents = p.revents;
        return n;
    }
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Unix 98 pty slaves (/dev/pts/N): the simulators' ports in tests and demos.
bool isPty(int fd)
{
    struct stat st = {};
    return ::fstat(fd, &st) == 0 && S_ISCHR(st.st_mode) && major(st.st_rdev) >= 136 && major(st.st_rdev) <= 143;
}

// A pty keeps no framing: it forces 8 data bits without parity, and from
// the second 7E1 open of one pty on tcsetattr() says EINVAL. Framing means
// nothing on a pty, so there the rest is set with the pty's own framing. A
// real serial port never gets here: its EINVAL stays an error.
bool setOnPtyIgnoringFraming(int fd, termios wanted)
{
    termios now {};
    if (!isPty(fd) || tcgetattr(fd, &now) != 0)
        return false;
    constexpr tcflag_t framing = CSIZE | PARENB | PARODD;
    wanted.c_cflag = (wanted.c_cflag & ~framing) | (now.c_cflag & framing);
    if (tcsetattr(fd, TCSANOW, &wanted) == 0)
        return true;
    errno = EINVAL;
    return false;
}

std::optional<speed_t> speedFor(int baud)
{
    switch (baud) {
    case 1200: return B1200;
    case 2400: return B2400;
    case 4800: return B4800;
    case 9600: return B9600;
    case 19200: return B19200;
    case 38400: return B38400;
    case 57600: return B57600;
    case 115200: return B115200;
    default: return std::nullopt;
    }
}
} // namespace

SerialTransport::~SerialTransport()
{
    close();
}

Result<> SerialTransport::open(int)
{
    close();
    const auto speed = speedFor(m_settings.baud);
    if (!speed)
        return fail(u"device.serial_settings"_qs, SerialText::tr("%1 baud is not a serial speed this lane supports.")
                                                      .arg(m_settings.baud));
    const QByteArray path = m_settings.path.toLocal8Bit();
    m_fd = ::open(path.constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0)
        return fail(u"device.unreachable"_qs, SerialText::tr("Cannot open %1: %2").arg(m_settings.path, systemError()));
    termios tty{};
    if (tcgetattr(m_fd, &tty) != 0) {
        const QString why = systemError();
        close();
        return fail(u"device.unreachable"_qs, SerialText::tr("%1 is not a serial port: %2").arg(m_settings.path, why));
    }
    // Raw bytes both ways: no echo, no line editing, no CR/LF translation.
    cfmakeraw(&tty);
    cfsetispeed(&tty, *speed);
    cfsetospeed(&tty, *speed);
    tty.c_cflag &= ~tcflag_t(CSIZE | PARENB | PARODD | CSTOPB | CRTSCTS);
    tty.c_cflag |= CLOCAL | CREAD | (m_settings.dataBits == 7 ? CS7 : CS8);
    if (m_settings.parity == 'E')
        tty.c_cflag |= PARENB;
    else if (m_settings.parity == 'O')
        tty.c_cflag |= PARENB | PARODD;
    if (m_settings.stopBits == 2)
        tty.c_cflag |= CSTOPB;
    if (m_settings.hardwareFlow)
        tty.c_cflag |= CRTSCTS;
    tty.c_cc[VMIN] = 0;
    tty.c_cc[VTIME] = 0;
    if (tcsetattr(m_fd, TCSANOW, &tty) != 0 && !(errno == EINVAL && setOnPtyIgnoringFraming(m_fd, tty))) {
        const QString why = systemError();
        close();
        return fail(u"device.serial_settings"_qs, SerialText::tr("Cannot set up %1: %2").arg(m_settings.path, why));
    }
    // Nobody else may write into the line while we hold it; what the device
    // sent before we opened it is not an answer to us.
    ::ioctl(m_fd, TIOCEXCL);
    tcflush(m_fd, TCIFLUSH);
    return {};
}

Result<> SerialTransport::write(const QByteArray &bytes, int timeoutMs)
{
    if (m_fd < 0)
        return fail(u"device.closed"_qs, SerialText::tr("%1 is not open.").arg(describe()));
    QElapsedTimer timer;
    timer.start();
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent));
        if (n > 0) {
            sent += n;
            continue;
        }
        if (n < 0 && errno == EIO)
            return disconnected(); // a hung-up line: nothing was sent
        if (n < 0 && errno != EAGAIN && errno != EINTR)
            return fail(u"device.write"_qs, SerialText::tr("Writing to %1 failed: %2").arg(describe(), systemError()));
        // The line is busy (flow control, a slow device): wait, within the job's time.
        const int left = timeoutMs - int(timer.elapsed());
        short revents = 0;
        if (left <= 0 || pollFor(m_fd, POLLOUT, left, &revents) <= 0 || (revents & (POLLERR | POLLHUP))) {
            // Drop what is queued, so "not printed" stays true after we give up.
            tcflush(m_fd, TCOFLUSH);
            return fail(u"device.write"_qs, SerialText::tr("%1 stopped taking data (%2 bytes not sent).")
                                                .arg(describe())
                                                .arg(bytes.size() - sent));
        }
    }
    // Written means queued in the kernel: wait until the line has sent it
    // (9600 baud is about a kilobyte a second).
    for (;;) {
        int queued = 0;
        if (::ioctl(m_fd, TIOCOUTQ, &queued) != 0 || queued == 0)
            break;
        if (timer.elapsed() >= timeoutMs) {
            tcflush(m_fd, TCOFLUSH);
            return fail(u"device.write"_qs, SerialText::tr("%1 stopped taking data (%2 bytes not sent).")
                                                .arg(describe())
                                                .arg(queued));
        }
        QThread::msleep(5);
    }
    return {};
}

Result<QByteArray> SerialTransport::read(int maxBytes, int timeoutMs)
{
    if (m_fd < 0)
        return fail(u"device.closed"_qs, SerialText::tr("%1 is not open.").arg(describe()));
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        short revents = 0;
        const int left = std::max(0, timeoutMs - int(timer.elapsed()));
        if (pollFor(m_fd, POLLIN, left, &revents) <= 0)
            return fail(u"device.no_answer"_qs, SerialText::tr("%1 did not answer in time.").arg(describe()));
        // The other end went away (USB-serial adapter unplugged, a pty's
        // master closed): poll() says POLLHUP, with or without POLLIN, and
        // read() returns 0 or EIO from then on. That is not a timeout, and
        // it is said at once instead of after the time is up.
        if (!(revents & POLLIN))
            return disconnected();
        QByteArray data(maxBytes, Qt::Uninitialized);
        const ssize_t n = ::read(m_fd, data.data(), size_t(maxBytes));
        if (n > 0) {
            data.truncate(n); // bytes sent before a hang-up are still read; the next read says it
            return data;
        }
        if (n == 0 || errno == EIO)
            return disconnected();
        if (errno != EAGAIN && errno != EINTR)
            return fail(u"device.unreachable"_qs,
                SerialText::tr("Reading from %1 failed: %2").arg(describe(), systemError()));
    }
}

std::unexpected<Error> SerialTransport::disconnected() const
{
    return fail(u"device.unreachable"_qs, SerialText::tr("The device on %1 was disconnected.").arg(m_settings.path));
}

void SerialTransport::discardInput()
{
    if (m_fd >= 0)
        tcflush(m_fd, TCIFLUSH);
}

void SerialTransport::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

} // namespace retailos::drivers
