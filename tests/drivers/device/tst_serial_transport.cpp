// The serial transport against a simulator's pseudo terminal, as the lane
// opens /dev/ttyUSB0. What the lane notices: bytes arrive, a silent device
// is a timeout, and an unplugged one (the pty's other end closed, like a
// USB-serial adapter pulled out) is said at once as "disconnected" instead
// of looking like a device that is only slow to answer.
#include "drivers/simulator/pty_port.h"
#include "drivers/transport/serial_transport.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace retailos;
using namespace retailos::drivers;

namespace {
// Far longer than any hang-up takes to show: a read that waits it out
// failed the test, and the test still ends.
constexpr int kLongTimeoutMs = 20000;
} // namespace

class tst_SerialTransport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bytesFromTheDeviceAreRead();
    void silentDeviceIsATimeout();
    void unpluggedDeviceIsSaidAtOnce();
    void writingToAnUnpluggedDeviceFailsClearly();

private:
    std::unique_ptr<sim::PtyPort> m_port;
    std::unique_ptr<SerialTransport> m_line;
    QString m_path;
};

void tst_SerialTransport::init()
{
    m_port = std::make_unique<sim::PtyPort>();
    auto pty = m_port->open();
    if (!pty)
        QFAIL(qPrintable(u"no pseudo terminal on this machine: "_qs + pty.error().message));
    m_path = *pty;
    m_line = std::make_unique<SerialTransport>(SerialSettings { m_path });
    const auto opened = m_line->open(1000);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
}

void tst_SerialTransport::cleanup()
{
    m_line.reset();
    m_port.reset(); // closes the pty, also when a test failed
}

void tst_SerialTransport::bytesFromTheDeviceAreRead()
{
    QVERIFY(m_port->write(QByteArray("4006381333931\r")));
    QByteArray got;
    while (got.size() < 14) {
        auto bytes = m_line->read(64, kLongTimeoutMs);
        QVERIFY2(bytes, bytes ? "" : qPrintable(bytes.error().message));
        got += *bytes;
    }
    QCOMPARE(got, QByteArray("4006381333931\r"));
}

void tst_SerialTransport::silentDeviceIsATimeout()
{
    const auto bytes = m_line->read(64, 50);
    QVERIFY(!bytes);
    QCOMPARE(bytes.error().code, u"device.no_answer"_qs);
}

void tst_SerialTransport::unpluggedDeviceIsSaidAtOnce()
{
    m_port->close(); // the adapter is pulled out
    QElapsedTimer clock;
    clock.start();
    const auto bytes = m_line->read(64, kLongTimeoutMs);
    const qint64 took = clock.elapsed();
    QVERIFY(!bytes);
    QCOMPARE(bytes.error().code, u"device.unreachable"_qs);
    QVERIFY2(bytes.error().message.contains(m_path) && bytes.error().message.contains(u"disconnected"_qs),
        qPrintable(bytes.error().message));
    QVERIFY2(took < kLongTimeoutMs / 2, qPrintable(u"took %1 ms"_qs.arg(took))); // not after the timeout
    // And it stays said: the next read does not turn into a timeout.
    const auto again = m_line->read(64, kLongTimeoutMs);
    QVERIFY(!again);
    QCOMPARE(again.error().code, u"device.unreachable"_qs);
}

void tst_SerialTransport::writingToAnUnpluggedDeviceFailsClearly()
{
    m_port->close();
    const auto written = m_line->write(QByteArray("W"), kLongTimeoutMs);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"device.unreachable"_qs);
    QVERIFY2(written.error().message.contains(u"disconnected"_qs), qPrintable(written.error().message));
}

QTEST_GUILESS_MAIN(tst_SerialTransport)
#include "tst_serial_transport.moc"
