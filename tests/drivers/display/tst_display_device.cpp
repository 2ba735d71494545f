// The customer display device against the display simulator on a pty: the
// real serial transport and both command sets. What a customer and a
// cashier notice: the lines arrive exactly; while the line is slow only the
// newest screen is shown; an unplugged display fails clearly and never
// stalls the till.
#include "drivers/display/customer_display.h"
#include "drivers/simulator/display_simulator.h"
#include "drivers/transport/serial_transport.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace retailos;
using namespace retailos::drivers;

namespace {

// A line that takes its time over every write and remembers what it got.
class SlowTransport final : public Transport
{
public:
    struct Log
    {
        QMutex mutex;
        QList<QByteArray> writes;
    };
    explicit SlowTransport(std::shared_ptr<Log> log)
        : m_log(std::move(log))
    {
    }
    Result<> open(int) override { return {}; }
    Result<> write(const QByteArray &bytes, int) override
    {
        QThread::msleep(100);
        QMutexLocker locker(&m_log->mutex);
        m_log->writes.append(bytes);
        return {};
    }
    Result<QByteArray> read(int, int) override { return fail(u"device.no_answer"_s, u"no answer"_s); }
    void close() override { }
    bool canRead() const override { return false; }
    QString describe() const override { return u"slow:display"_s; }

private:
    std::shared_ptr<Log> m_log;
};

} // namespace

class tst_DisplayDevice : public QObject
{
    Q_OBJECT

private slots:
    void linesArriveExactly_data();
    void linesArriveExactly();
    void newestScreenWinsOnASlowLine();
    void displayVanishedFailsClearly();
    void notClaimedSaysSo();
    void secondClaimIsRefused();
};

void tst_DisplayDevice::linesArriveExactly_data()
{
    QTest::addColumn<bool>("cd5220");
    QTest::newRow("epson") << false;
    QTest::newRow("cd5220") << true;
}

void tst_DisplayDevice::linesArriveExactly()
{
    QFETCH(bool, cd5220);
    sim::DisplaySimulator display(cd5220 ? sim::DisplayDialect::Cd5220 : sim::DisplayDialect::Epson);
    auto pty = display.open();
    if (!pty)
        QFAIL(qPrintable(pty.error().message));
    CustomerDisplay device(std::make_unique<SerialTransport>(SerialSettings { *pty }),
        CustomerDisplayEncoder(
            cd5220 ? DisplayProtocol::Cd5220 : DisplayProtocol::Epson, cd5220 ? CodePage::Cp437 : CodePage::Cp858));
    QVERIFY(device.claim());
    QSignalSpy shown(&device, &CustomerDisplay::shown);
    QSignalSpy failed(&device, &CustomerDisplay::failed);
    QSignalSpy status(&device, &CustomerDisplay::statusChanged);

    device.show(u"Milk 1l         1,99"_s, u"Total          1,99"_s);
    QVERIFY(shown.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(
        display.lines(), (QStringList { u"Milk 1l         1,99"_s, u"Total          1,99 "_s }), 10000);
    QCOMPARE(shown.first(), (QList<QVariant> { u"Milk 1l         1,99"_s, u"Total          1,99"_s }));

    device.show(u"Käse"_s, u"Summe 2,50"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        display.lines(), (QStringList { u"Käse                "_s, u"Summe 2,50          "_s }), 10000);

    device.clear();
    QTRY_COMPARE_WITH_TIMEOUT(display.lines(), (QStringList { QString(20, u' '), QString(20, u' ') }), 10000);
    QVERIFY(failed.isEmpty());
    // A display never answers: its status is unknown, never "ready".
    QCOMPARE(device.status().state, DeviceState::Unknown);
    QVERIFY(!device.status().message.isEmpty());
}

void tst_DisplayDevice::newestScreenWinsOnASlowLine()
{
    auto log = std::make_shared<SlowTransport::Log>();
    CustomerDisplay device(std::make_unique<SlowTransport>(log), CustomerDisplayEncoder(DisplayProtocol::Epson));
    QVERIFY(device.claim());
    QSignalSpy shown(&device, &CustomerDisplay::shown);
    const CustomerDisplayEncoder encoder(DisplayProtocol::Epson);
    for (int i = 1; i <= 20; ++i)
        device.show(u"Item %1"_s.arg(i), u"Total %1,00"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty() && shown.last().first().toString() == u"Item 20", 10000);
    QTest::qWait(300); // anything still queued would have arrived by now

    QMutexLocker locker(&log->mutex);
    QCOMPARE(log->writes.first(), encoder.initialise());
    QCOMPARE(log->writes.last(), encoder.screen(u"Item 20", u"Total 20,00"));
    // Screens asked for while the line was busy were skipped, not queued up.
    QVERIFY2(log->writes.size() < 10, qPrintable(QString::number(log->writes.size())));
    QCOMPARE(shown.size(), log->writes.size() - 1);
}

void tst_DisplayDevice::displayVanishedFailsClearly()
{
    sim::DisplaySimulator display;
    auto pty = display.open();
    if (!pty)
        QFAIL(qPrintable(pty.error().message));
    CustomerDisplay device(std::make_unique<SerialTransport>(SerialSettings { *pty }),
        CustomerDisplayEncoder(DisplayProtocol::Epson), CustomerDisplayTimeouts { 300, 300 });
    QVERIFY(device.claim());
    QSignalSpy shown(&device, &CustomerDisplay::shown);
    QSignalSpy failed(&device, &CustomerDisplay::failed);
    device.show(u"Welcome"_s, QString());
    QVERIFY(shown.wait(10000));

    display.close(); // the USB adapter pulled out
    device.show(u"Milk"_s, u"1,99"_s);
    QVERIFY(failed.wait(10000));
    QVERIFY2(
        failed.first().first().toString().contains(u"customer display"), qPrintable(failed.first().first().toString()));
    QCOMPARE(device.status().state, DeviceState::Offline);
    QCOMPARE(device.status().message, failed.first().first().toString());

    // Still gone: the next screen fails the same clear way, again without hanging.
    device.show(u"Bread"_s, u"0,35"_s);
    QVERIFY(failed.wait(10000));
    QCOMPARE(shown.size(), 1);
}

void tst_DisplayDevice::notClaimedSaysSo()
{
    auto log = std::make_shared<SlowTransport::Log>();
    CustomerDisplay device(std::make_unique<SlowTransport>(log), CustomerDisplayEncoder(DisplayProtocol::Epson));
    QSignalSpy failed(&device, &CustomerDisplay::failed);
    device.show(u"x"_s, u"y"_s);
    QVERIFY(failed.wait(1000));
    QVERIFY(failed.first().first().toString().contains(u"not claimed"));
    QMutexLocker locker(&log->mutex);
    QVERIFY(log->writes.isEmpty());
}

void tst_DisplayDevice::secondClaimIsRefused()
{
    auto log = std::make_shared<SlowTransport::Log>();
    CustomerDisplay first(std::make_unique<SlowTransport>(log), CustomerDisplayEncoder(DisplayProtocol::Epson));
    CustomerDisplay second(std::make_unique<SlowTransport>(log), CustomerDisplayEncoder(DisplayProtocol::Epson));
    QVERIFY(first.claim());
    const auto claimed = second.claim();
    QVERIFY(!claimed);
    QCOMPARE(claimed.error().code, u"device.busy"_s);
    first.release();
    QVERIFY(second.claim());
}

QTEST_GUILESS_MAIN(tst_DisplayDevice)
#include "tst_display_device.moc"
