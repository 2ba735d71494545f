// ScannerDevice over a scripted reader (any ScanReader: serial, USB HID POS):
// what the lane gets while enabled, what it never gets while disabled, how an
// unplugged and replugged scanner shows, and that closing never waits.
#include "drivers/scanner/scan_reader.h"
#include "drivers/scanner/scanner_device.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <deque>
#include <memory>
#include <mutex>

using namespace retailos;
using namespace retailos::drivers;

namespace {

// What the scanner "sends", queued by the test, taken by the device's worker thread.
struct Script
{
    std::mutex mutex;
    struct Item
    {
        QString code;
        Error error; // set: an error instead of a code
    };
    std::deque<Item> items;
    bool canOpen = true;
    int opens = 0;

    void code(const QString &text)
    {
        std::lock_guard guard(mutex);
        items.push_back({ text, {} });
    }
    void error(const QString &code, const QString &message)
    {
        std::lock_guard guard(mutex);
        items.push_back({ {}, Error { code, message } });
    }
    int openCount()
    {
        std::lock_guard guard(mutex);
        return opens;
    }
    bool drained()
    {
        std::lock_guard guard(mutex);
        return items.empty();
    }
};

class ScriptedReader final : public ScanReader
{
public:
    explicit ScriptedReader(std::shared_ptr<Script> script)
        : m_script(std::move(script))
    {
    }

    Result<> open(int) override
    {
        std::lock_guard guard(m_script->mutex);
        ++m_script->opens;
        if (!m_script->canOpen)
            return fail(u"device.unreachable"_qs, u"Cannot open /dev/ttyFAKE: No such file or directory"_qs);
        return {};
    }
    Result<std::optional<QString>> next(int timeoutMs) override
    {
        {
            std::lock_guard guard(m_script->mutex);
            if (!m_script->items.empty()) {
                const Script::Item item = m_script->items.front();
                m_script->items.pop_front();
                if (!item.error.code.isEmpty())
                    return std::unexpected(item.error);
                return std::optional<QString>(item.code);
            }
        }
        QThread::msleep(ulong(timeoutMs)); // nothing scanned: a real reader waits its whole timeout
        return std::optional<QString>();
    }
    void close() override { }
    QString describe() const override { return u"fake:"_qs + QString::number(quintptr(m_script.get()), 16); }

private:
    std::shared_ptr<Script> m_script;
};

const ScannerOptions kFast { 300, 50, 100, 20 };

QStringList firstArgs(const QSignalSpy &spy)
{
    QStringList all;
    for (const auto &args : spy)
        all << args.at(0).toString();
    return all;
}

} // namespace

class tst_ScannerDevice : public QObject
{
    Q_OBJECT

private slots:
    void deliversWhileEnabledOnly();
    void failuresWhileDisabledAreNotShown();
    void goneThenBackByItself();
    void neverOpenedShowsWhyAndKeepsTrying();
    void releaseStopsDeliveringAndShowsUnknown();
    void closingDuringALongReconnectPauseIsQuick();
};

void tst_ScannerDevice::deliversWhileEnabledOnly()
{
    auto script = std::make_shared<Script>();
    ScannerDevice scanner(u"s1"_qs, std::make_unique<ScriptedReader>(script), kFast);
    QSignalSpy scanned(&scanner, &ScannerDevice::scanned);
    QVERIFY(!scanner.enable()); // not claimed yet
    QVERIFY(scanner.claim());
    QTRY_COMPARE(scanner.status().state, DeviceState::Online);
    script->code(u"thrown-away"_qs);
    QTRY_VERIFY(script->drained()); // read while disabled…
    QVERIFY(scanner.enable());
    script->code(u"]E04006381333931"_qs);
    QTRY_COMPARE(scanned.count(), 1);
    QCOMPARE(firstArgs(scanned), QStringList { u"]E04006381333931"_qs }); // …and never delivered
    scanner.disable();
    script->code(u"96385074"_qs);
    QTRY_VERIFY(script->drained());
    QTest::qWait(50); // a code queued to the lane just before disable() would show now
    QCOMPARE(scanned.count(), 1);
}

void tst_ScannerDevice::failuresWhileDisabledAreNotShown()
{
    auto script = std::make_shared<Script>();
    ScannerDevice scanner(u"s2"_qs, std::make_unique<ScriptedReader>(script), kFast);
    QSignalSpy failed(&scanner, &ScannerDevice::scanFailed);
    QVERIFY(scanner.claim());
    script->error(u"scanner.garbage"_qs, u"unreadable"_qs);
    QTRY_VERIFY(script->drained());
    QVERIFY(scanner.enable());
    script->error(u"scanner.incomplete"_qs, u"The scanner sent an incomplete code; scan the item again."_qs);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(firstArgs(failed), QStringList { u"The scanner sent an incomplete code; scan the item again."_qs });
    QCOMPARE(scanner.status().state, DeviceState::Online); // noise is not a broken scanner
}

void tst_ScannerDevice::goneThenBackByItself()
{
    auto script = std::make_shared<Script>();
    ScannerDevice scanner(u"s3"_qs, std::make_unique<ScriptedReader>(script), kFast);
    QSignalSpy scanned(&scanner, &ScannerDevice::scanned);
    QSignalSpy status(&scanner, &ScannerDevice::statusChanged);
    QVERIFY(scanner.claim());
    QVERIFY(scanner.enable());
    QTRY_COMPARE(scanner.status().state, DeviceState::Online);
    {
        std::lock_guard guard(script->mutex);
        script->canOpen = false;
    }
    script->error(u"scanner.gone"_qs, u"The scanner on fake is not connected."_qs);
    QTRY_COMPARE(scanner.status().state, DeviceState::Offline);
    QTRY_VERIFY(script->openCount() >= 3); // looked for again and again
    QVERIFY2(scanner.status().message.contains(u"s3"_qs), qPrintable(scanner.status().message));
    {
        std::lock_guard guard(script->mutex);
        script->canOpen = true;
    }
    QTRY_COMPARE(scanner.status().state, DeviceState::Online);
    script->code(u"96385074"_qs);
    QTRY_COMPARE(scanned.count(), 1);
    // Every change was signalled: Online, Offline (gone), Offline (cannot open), Online.
    QVERIFY(status.count() >= 3);
    QCOMPARE(status.last().at(0).value<DeviceStatus>().state, DeviceState::Online);
}

void tst_ScannerDevice::neverOpenedShowsWhyAndKeepsTrying()
{
    auto script = std::make_shared<Script>();
    script->canOpen = false;
    ScannerDevice scanner(u"s4"_qs, std::make_unique<ScriptedReader>(script), kFast);
    QCOMPARE(scanner.status().state, DeviceState::Unknown);
    QVERIFY(scanner.claim());
    QTRY_COMPARE(scanner.status().state, DeviceState::Offline);
    QVERIFY2(scanner.status().message.contains(u"/dev/ttyFAKE"_qs), qPrintable(scanner.status().message));
    QTRY_VERIFY(script->openCount() >= 2);
}

void tst_ScannerDevice::releaseStopsDeliveringAndShowsUnknown()
{
    auto script = std::make_shared<Script>();
    ScannerDevice scanner(u"s5"_qs, std::make_unique<ScriptedReader>(script), kFast);
    QSignalSpy scanned(&scanner, &ScannerDevice::scanned);
    QVERIFY(scanner.claim());
    QVERIFY(scanner.enable());
    QTRY_COMPARE(scanner.status().state, DeviceState::Online);
    scanner.release();
    QVERIFY(!scanner.isClaimed());
    QVERIFY(!scanner.isEnabled());
    QCOMPARE(scanner.status().state, DeviceState::Unknown);
    script->code(u"96385074"_qs);
    QTest::qWait(100);
    QCOMPARE(scanned.count(), 0); // nobody reads a released scanner
    QVERIFY(!script->drained());
    QVERIFY(scanner.claim()); // and it can be claimed again
    QVERIFY(scanner.enable());
    QTRY_COMPARE(scanned.count(), 1);
}

void tst_ScannerDevice::closingDuringALongReconnectPauseIsQuick()
{
    auto script = std::make_shared<Script>();
    script->canOpen = false;
    auto scanner = std::make_unique<ScannerDevice>(
        u"s6"_qs, std::make_unique<ScriptedReader>(script), ScannerOptions { 300, 600000, 100, 20 });
    QVERIFY(scanner->claim());
    QTRY_COMPARE(scanner->status().state, DeviceState::Offline);
    scanner.reset(); // in a ten-minute pause: returns at once (a hang fails by CTest's timeout)
}

QTEST_GUILESS_MAIN(tst_ScannerDevice)
#include "tst_scanner_device.moc"
