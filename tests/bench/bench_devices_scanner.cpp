// Serial scan → code at the lane: the scanner simulator writes an EAN-13
// code and CR into its pty; timed until ScannerDevice (SerialScanReader over
// SerialTransport, enabled, on its worker thread) has emitted scanned() on
// this thread, where the lane takes it. Reference, in turns in the same run:
// the same bytes written into a pty of their own and read by a bare
// poll()+read() loop on a thread of its own, timed until the CR is read.
#include "drivers/scanner/scanner_device.h"
#include "drivers/scanner/serial_scan_reader.h"
#include "drivers/simulator/pty_port.h"
#include "drivers/simulator/scanner_simulator.h"
#include "drivers/transport/serial_transport.h"
#include "tests/bench/bench_devices.h"

#include <QTemporaryDir>

#include <poll.h>
#include <unistd.h>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace retailos::bench::devices {

namespace {

using drivers::DeviceState;
using drivers::ScannerDevice;

// A valid EAN-13 for `n`: twelve digits and their check digit.
QString ean13(qint64 n)
{
    QString digits = QString::number(400'000'000'000LL + n % 100'000'000'000LL);
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits.at(i).digitValue() * (i % 2 ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

// The bare reader: poll()+read() on a pty's lane end, noting when each CR arrives.
class BareLineReader
{
public:
    explicit BareLineReader(const QString &path)
        : m_fd(openRawSerial(path, 8, 'N'))
        , m_thread([this] { run(); })
    {
    }

    ~BareLineReader()
    {
        m_stop = true;
        m_thread.join();
        ::close(m_fd);
    }

    // Waits until `lines` CRs have arrived in all; the time the last one came.
    Clock::time_point waitForLines(int lines)
    {
        std::unique_lock lock(m_mutex);
        if (!m_arrived.wait_for(lock, std::chrono::seconds(5), [&] { return m_lines >= lines; }))
            die(u"the bare pty reader read nothing within 5 s"_qs);
        return m_lastLine;
    }

private:
    void run()
    {
        char buffer[512];
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            const auto now = Clock::now();
            int crs = 0;
            for (ssize_t i = 0; i < n; ++i)
                crs += buffer[i] == '\r';
            if (crs > 0) {
                std::lock_guard lock(m_mutex);
                m_lines += crs;
                m_lastLine = now;
                m_arrived.notify_all();
            }
        }
    }

    int m_fd;
    std::atomic_bool m_stop = false;
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    int m_lines = 0;
    Clock::time_point m_lastLine;
    std::thread m_thread; // last: starts once the rest is set up
};

} // namespace

void benchScanner(const Sizes &sizes)
{
    QTemporaryDir dir;
    drivers::sim::ScannerSimulator scanner;
    const auto pty = scanner.openPty();
    if (!pty)
        die(u"no pseudo terminal for the scanner: "_qs + pty.error().message);
    const QString line = ptyLink(dir, *pty, u"scanner"_qs);

    // Every code is another one and the double-read window is off: each scan counts.
    drivers::ScannerOptions options;
    options.debounceMs = 0;
    ScannerDevice device(u"bench-scanner"_qs,
                         std::make_unique<drivers::SerialScanReader>(std::make_unique<drivers::SerialTransport>(
                             drivers::SerialSettings{line, 9600, 8, 'N', 1, false})),
                         options);
    QString lastCode;
    Clock::time_point lastCodeAt;
    QObject::connect(&device, &ScannerDevice::scanned, &device, [&](const QString &code) {
        lastCodeAt = Clock::now();
        lastCode = code;
    });
    QObject::connect(&device, &ScannerDevice::scanFailed, &device,
                     [](const QString &message) { die(u"scan failed: "_qs + message); });
    must(device.claim(), "claim the scanner");
    waitUntil([&] { return device.status().state == DeviceState::Online; }, 5000, u"scanner online"_qs);
    must(device.enable(), "enable the scanner");

    drivers::sim::PtyPort barePty;
    const QString barePath = must(barePty.open(), "a pty for the bare reader");
    BareLineReader bare(barePath);
    int bareLines = 0;

    QList<double> deviceTimes;
    QList<double> bareTimes;
    const int total = sizes.warmUp + sizes.scans;
    for (int i = 0; i < total; ++i) {
        const QString code = ean13(i);
        const QByteArray frame = drivers::sim::ScannerSimulator::frame(code, {});
        auto timeDevice = [&] {
            const auto start = Clock::now();
            scanner.scan(code);
            waitUntil([&] { return lastCode == code; }, 5000, u"scanned() for "_qs + code);
            if (i >= sizes.warmUp)
                deviceTimes.append(std::chrono::duration<double, std::micro>(lastCodeAt - start).count());
        };
        auto timeBare = [&] {
            const auto start = Clock::now();
            if (!barePty.write(frame))
                die(u"cannot write to the bare pty"_qs);
            const auto arrived = bare.waitForLines(++bareLines);
            if (i >= sizes.warmUp)
                bareTimes.append(std::chrono::duration<double, std::micro>(arrived - start).count());
        };
        // In turns first, so neither always runs right after the other's wake-up.
        if (i % 2 == 0) {
            timeDevice();
            timeBare();
        } else {
            timeBare();
            timeDevice();
        }
    }
    device.release();

    printPercentiles(u"devices"_qs, u"scan_to_code"_qs, deviceTimes, u"bare_pty_read"_qs, bareTimes,
                     u"p99 <= 5000 us, within a few ms of the bare read"_qs,
                     {{u"path"_qs, u"ScannerSimulator pty -> SerialTransport -> SerialScanReader -> ScannerDevice "
                                   u"worker -> scanned() on the lane thread"_qs},
                      {u"code"_qs, u"EAN-13 + CR, 9600 8N1 (a pty does not pace bytes at 9600 baud)"_qs}});
}

} // namespace retailos::bench::devices
