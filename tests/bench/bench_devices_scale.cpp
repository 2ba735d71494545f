// Scale round trip: ScaleDevice::requestWeight() → weighed() on this thread,
// against the Toledo 8217 scale simulator on a pty set to 9600 7E1.
// Reference, in turns in the same run: a bare write of 'W' and read of the
// reply up to its CR on the same line, on a thread of its own. A pty passes
// bytes as fast as they come, not at 9600 baud: on a real line the request
// and its 8-byte reply add about 9 ms of wire time to both figures.
#include "drivers/scale/scale_device.h"
#include "drivers/simulator/scale_simulator.h"
#include "drivers/transport/serial_transport.h"
#include "tests/bench/bench_devices.h"

#include <QTemporaryDir>

#include <poll.h>
#include <termios.h>
#include <unistd.h>

namespace retailos::bench::devices {

namespace {

using drivers::ScaleDevice;
using drivers::ScaleReading;
using drivers::ScaleState;

constexpr int kGrams = 1234;

// 'W' out, the reply in up to its CR; false when it did not come within a second.
bool bareRoundTrip(int fd)
{
    tcflush(fd, TCIFLUSH);
    if (::write(fd, "W", 1) != 1)
        return false;
    QByteArray reply;
    const auto deadline = Clock::now() + std::chrono::seconds(1);
    while (!reply.contains('\r')) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            return false;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, int(left)) <= 0)
            continue;
        char buffer[64];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0)
            reply.append(buffer, n);
    }
    return reply.startsWith("\x02" "01.234");
}

} // namespace

void benchScale(const Sizes &sizes)
{
    QTemporaryDir dir;
    drivers::sim::ScaleSimulator scale;
    scale.setWeightGrams(kGrams);
    const auto pty = scale.openPty();
    if (!pty)
        die(u"no pseudo terminal for the scale: "_qs + pty.error().message);
    const QString line = ptyLink(dir, *pty, u"scale"_qs);

    // Opened before the device's own, which makes the line exclusive (TIOCEXCL).
    const int bareFd = openRawSerial(line, 7, 'E');

    ScaleDevice device(u"bench-scale"_qs,
                       std::make_unique<drivers::SerialTransport>(drivers::SerialSettings{line, 9600, 7, 'E', 1, false}));
    int answers = 0;
    Clock::time_point answeredAt;
    QObject::connect(&device, &ScaleDevice::weighed, &device, [&](const ScaleReading &reading) {
        answeredAt = Clock::now();
        if (reading.state != ScaleState::Stable || reading.grams != kGrams)
            die(u"the scale read "_qs + QString::number(reading.grams) + u" g"_qs);
        ++answers;
    });
    QObject::connect(&device, &ScaleDevice::weighFailed, &device,
                     [](const QString &message) { die(u"weighing failed: "_qs + message); });
    must(device.claim(), "claim the scale");

    QList<double> deviceTimes;
    QList<double> bareTimes;
    const int total = sizes.warmUp + sizes.weighs;
    for (int i = 0; i < total; ++i) {
        const bool counted = i >= sizes.warmUp;
        auto timeDevice = [&] {
            const int before = answers;
            const auto start = Clock::now();
            must(device.requestWeight(), "request the weight");
            waitUntil([&] { return answers == before + 1; }, 5000, u"weighed()"_qs);
            if (counted)
                deviceTimes.append(std::chrono::duration<double, std::micro>(answeredAt - start).count());
        };
        auto timeBare = [&] {
            bool answered = false;
            double took = 0;
            runOnThread(
                [&] {
                    const auto start = Clock::now();
                    answered = bareRoundTrip(bareFd);
                    took = microsSince(start);
                },
                5000, u"bare scale round trip"_qs);
            if (!answered)
                die(u"the scale did not answer the bare request"_qs);
            if (counted)
                bareTimes.append(took);
        };
        if (i % 2 == 0) {
            timeDevice();
            timeBare();
        } else {
            timeBare();
            timeDevice();
        }
    }
    device.release();
    ::close(bareFd);

    printPercentiles(u"devices"_qs, u"scale_round_trip"_qs, deviceTimes, u"bare_pty_write_read"_qs, bareTimes,
                     QString(),
                     {{u"line"_qs, u"pty at 9600 7E1, Toledo 8217 'W' -> STX 01.234 CR"_qs},
                      {u"note"_qs, u"a pty does not throttle to 9600 baud: a real line adds ~9 ms of wire time "
                                   u"(1 + 8 bytes at ~1.04 ms each) to both figures"_qs}});
}

} // namespace retailos::bench::devices
