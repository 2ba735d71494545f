// Device benchmarks: the lane's real device code against the simulators on
// ptys and loopback TCP, each figure beside a bare reference (the same bytes
// through a plain poll()+read() or QTcpSocket) measured in turns in the same
// run. Figures are printed as JSON lines, never asserted.
//   scanner  serial scan → ScannerDevice::scanned()       (bench_devices_scanner.cpp)
//   printer  receipt submit() → jobCompleted, encode time  (bench_devices_printer.cpp)
//   scale    requestWeight() → weighed()                   (bench_devices_scale.cpp)
//   bench_devices [--scans N] [--receipts N] [--weighs N] [--warm-up N] [--only scanner,printer,scale]
//                 [--logo PNG]
#include "tests/bench/bench_devices.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <atomic>

namespace retailos::bench::devices {

void waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what)
{
    if (done())
        return;
    // Wakes the loop now and then so the deadline is seen even when nothing arrives.
    QTimer wake;
    wake.start(100);
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!done()) {
        if (Clock::now() > deadline)
            die(what + u": no answer within "_qs + QString::number(timeoutMs) + u" ms"_qs);
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
}

void runOnThread(const std::function<void()> &work, int timeoutMs, const QString &what)
{
    std::atomic_bool finished = false;
    QThread *thread = QThread::create([&] {
        work();
        finished = true;
    });
    // The finished flag is set on the thread; the signal only wakes this loop.
    QObject::connect(thread, &QThread::finished, thread, [] {});
    thread->start();
    waitUntil([&] { return finished.load(); }, timeoutMs, what);
    thread->wait();
    delete thread;
}

QString ptyLink(const QTemporaryDir &dir, const QString &pty, const QString &name)
{
    const QString link = dir.filePath(name);
    if (!QFile::link(pty, link))
        die(u"cannot link "_qs + link + u" to "_qs + pty);
    return link;
}

int openRawSerial(const QString &path, int dataBits, char parity)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        die(u"cannot open "_qs + path);
    termios tty{};
    if (tcgetattr(fd, &tty) != 0)
        die(path + u" is not a terminal"_qs);
    cfmakeraw(&tty);
    cfsetispeed(&tty, B9600);
    cfsetospeed(&tty, B9600);
    tty.c_cflag &= ~tcflag_t(CSIZE | PARENB | PARODD);
    tty.c_cflag |= CLOCAL | CREAD | (dataBits == 7 ? CS7 : CS8) | (parity == 'E' ? PARENB : 0);
    tty.c_cc[VMIN] = 0;
    tty.c_cc[VTIME] = 0;
    if (tcsetattr(fd, TCSANOW, &tty) != 0)
        die(u"cannot set up "_qs + path);
    return fd;
}

void printFigure(const Figure &f, const QJsonObject &extra)
{
    QJsonObject o{{u"bench"_qs, f.bench}, {u"figure"_qs, f.name}, {u"value"_qs, f.value}, {u"unit"_qs, f.unit}};
    if (!f.reference.isEmpty()) {
        o.insert(u"reference"_qs, f.reference);
        o.insert(u"reference_value"_qs, f.referenceValue);
        if (f.referenceValue > 0)
            o.insert(u"ratio"_qs, f.value / f.referenceValue);
    }
    if (!f.target.isEmpty())
        o.insert(u"target"_qs, f.target);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void printPercentiles(const QString &bench, const QString &name, const QList<double> &samples,
                      const QString &referenceName, const QList<double> &reference, const QString &p99Target,
                      const QJsonObject &extra)
{
    QJsonObject withCount = extra;
    withCount.insert(u"samples"_qs, samples.size());
    for (double p : {50.0, 99.0}) {
        const QString suffix = p == 50.0 ? u"_p50"_qs : u"_p99"_qs;
        printFigure({bench, name + suffix, percentile(samples, p), u"us"_qs,
                     referenceName.isEmpty() ? QString() : referenceName + suffix,
                     referenceName.isEmpty() ? 0.0 : percentile(reference, p), p == 99.0 ? p99Target : QString()},
                    withCount);
    }
}

} // namespace retailos::bench::devices

using namespace retailos;
using namespace retailos::bench::devices;

int main(int argc, char *argv[])
{
    // The lane runs a QGuiApplication (the encoder draws lines the code page
    // lacks); no window is shown here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption scansOpt(u"scans"_qs, u"Serial scans to time."_qs, u"n"_qs, u"500"_qs);
    QCommandLineOption receiptsOpt(u"receipts"_qs, u"Receipts to print, with and without the logo."_qs, u"n"_qs,
                                   u"200"_qs);
    QCommandLineOption weighsOpt(u"weighs"_qs, u"Scale requests to time."_qs, u"n"_qs, u"200"_qs);
    QCommandLineOption onlyOpt(u"only"_qs, u"Benchmarks to run: scanner,printer,scale."_qs, u"list"_qs,
                               u"scanner,printer,scale"_qs);
    QCommandLineOption logoOpt(u"logo"_qs, u"The receipt logo (PNG)."_qs, u"file"_qs,
                               QStringLiteral(RETAILOS_BENCH_SOURCE_DIR "/resources/receipt/demo-logo.png"));
    QCommandLineOption warmUpOpt(u"warm-up"_qs, u"Untimed runs before each series."_qs, u"n"_qs, u"10"_qs);
    parser.addOptions({scansOpt, receiptsOpt, weighsOpt, onlyOpt, logoOpt, warmUpOpt});
    parser.process(app);

    Sizes sizes;
    sizes.scans = std::max(1, parser.value(scansOpt).toInt());
    sizes.receipts = std::max(1, parser.value(receiptsOpt).toInt());
    sizes.weighs = std::max(1, parser.value(weighsOpt).toInt());
    sizes.warmUp = std::max(0, parser.value(warmUpOpt).toInt());
    sizes.logoPath = parser.value(logoOpt);
    const QStringList only = parser.value(onlyOpt).split(u',', Qt::SkipEmptyParts);

    // What the figures were measured on: they are only comparable on the same.
    std::printf("%s\n", QJsonDocument(QJsonObject{{u"bench"_qs, u"devices"_qs},
                                                  {u"machine"_qs, QSysInfo::prettyProductName()},
                                                  {u"kernel"_qs, QSysInfo::kernelVersion()},
                                                  {u"cpus"_qs, QThread::idealThreadCount()},
                                                  {u"qt"_qs, QString::fromLatin1(qVersion())}})
                            .toJson(QJsonDocument::Compact)
                            .constData());
    std::fflush(stdout);

    if (only.contains(u"scanner"_qs))
        benchScanner(sizes);
    if (only.contains(u"printer"_qs))
        benchPrinter(sizes);
    if (only.contains(u"scale"_qs))
        benchScale(sizes);
    return 0;
}
