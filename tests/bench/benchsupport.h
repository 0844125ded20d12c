// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the benchmark programs: printing a line at once, a clock comparable across
// processes, waiting for an app's answer, and the statistics every benchmark reports (medians and percentiles). Every line a
// benchmark prints goes through here: say() for figures, fatal() for why it cannot go on.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

namespace antrian::bench {

inline void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// CLOCK_MONOTONIC on Linux: one clock for every process on the machine.
inline qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Nearest-rank percentile of sorted values.
inline double percentile(const std::vector<double> &sorted, double p)
{
    const size_t rank = size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<size_t>(rank, 1, sorted.size()) - 1];
}

// "median 3.10 ms, p90 5.02 ms, p99 7.90 ms (min 2.40, max 9.00, n 300)" of values in milliseconds.
inline QString msSummary(std::vector<double> ms, int decimals = 2)
{
    if (ms.empty())
        return QStringLiteral("no samples");
    std::sort(ms.begin(), ms.end());
    return QStringLiteral("median %1 ms, p90 %2 ms, p99 %3 ms (min %4, max %5, n %6)")
            .arg(median(ms), 0, 'f', decimals)
            .arg(percentile(ms, 90), 0, 'f', decimals)
            .arg(percentile(ms, 99), 0, 'f', decimals)
            .arg(ms.front(), 0, 'f', decimals)
            .arg(ms.back(), 0, 'f', decimals)
            .arg(ms.size());
}

// "  what    median … ms, …": one timed step's line, its label in a column.
inline void sayMs(const char *what, const std::vector<double> &ms)
{
    say(QStringLiteral("  %1 %2").arg(QLatin1String(what), -34).arg(msSummary(ms, 1)));
}

// Runs the event loop until `done` or `timeoutMs` (the app benchmarks: a screen's answer).
inline bool spinUntil(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// "bench_x: why" on stderr, and exit 1: the benchmark cannot go on.
[[noreturn]] inline void fatal(const QString &why)
{
    std::fprintf(stderr, "%s: %s\n", program_invocation_short_name, qPrintable(why));
    std::exit(1);
}

} // namespace antrian::bench
