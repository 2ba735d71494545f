// Benchmark figures as JSON lines, each beside a reference measured in the same run.
#pragma once

#include "core/common/result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <type_traits>

namespace retailos::bench {

using Clock = std::chrono::steady_clock;

inline double microsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

// The p-th percentile (0-100) by nearest rank; sorts a copy.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(samples.size())));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

struct Figure
{
    QString bench;
    QString name;
    double value = 0;
    QString unit;
    QString reference;          // what the figure is compared with, measured in the same run
    double referenceValue = 0;
    QString target;             // the bar from docs/performance targets, in words
};

inline void print(const Figure &f)
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
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Benchmarks stop at the first failure, saying what failed.
[[noreturn]] inline void die(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(what));
    std::exit(1);
}

template<typename T>
T must(Result<T> r, const char *what)
{
    if (!r)
        die(QString::fromLatin1(what) + u": " + r.error().message);
    if constexpr (!std::is_void_v<T>)
        return std::move(*r);
}

} // namespace retailos::bench
