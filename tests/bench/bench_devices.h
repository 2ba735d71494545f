// Shared parts of the device benchmarks (bench_devices): waiting on this
// thread's event loop (the simulators answer from it) and on a thread of
// its own, names of our own for ptys, and the figure lines.
#pragma once

#include "tests/bench/bench_report.h"

#include <QJsonObject>
#include <QString>

#include <functional>

class QTemporaryDir;

namespace retailos::bench::devices {

struct Sizes
{
    int scans = 500;
    int receipts = 200;
    int weighs = 200;
    int warmUp = 10; // per series, run first and not counted
    QString logoPath;
};

// Runs the event loop until `done()` holds; stops the benchmark saying
// `what` after `timeoutMs`.
void waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what);

// Runs `work` on a thread of its own and this thread's event loop meanwhile,
// so a simulator living here answers it. Returns when `work` has returned.
void runOnThread(const std::function<void()> &work, int timeoutMs, const QString &what);

// A symlink `name` in `dir` to `pty`, opened by the lane like
// /dev/serial/by-id/…: pty numbers freed by one process are soon another's,
// and a device claim is keyed by the name it was opened under.
QString ptyLink(const QTemporaryDir &dir, const QString &pty, const QString &name);

// A raw file descriptor on a serial line (`dataBits`, `parity`), for the
// bare references. Stops the benchmark when it cannot be opened.
int openRawSerial(const QString &path, int dataBits, char parity);

// One figure line with extra fields (samples, notes).
void printFigure(const Figure &f, const QJsonObject &extra = {});

// Two lines, p50 and p99 of `samples` (µs) beside the same of `reference`.
void printPercentiles(const QString &bench, const QString &name, const QList<double> &samples,
                      const QString &referenceName, const QList<double> &reference, const QString &p99Target,
                      const QJsonObject &extra = {});

void benchScanner(const Sizes &sizes);
void benchPrinter(const Sizes &sizes);
void benchScale(const Sizes &sizes);

} // namespace retailos::bench::devices
