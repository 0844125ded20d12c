// SPDX-License-Identifier: GPL-3.0-or-later
#include "erlangc.h"

#include <cmath>
#include <limits>

namespace antrian {

namespace {

// Erlang B by its recurrence B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1)): every step stays in [0, 1].
double erlangB(int counters, double a)
{
    double b = 1.0;
    for (int k = 1; k <= counters; ++k)
        b = a * b / (k + a * b);
    return b;
}

} // namespace

double erlangC(int counters, double offeredLoad)
{
    if (offeredLoad <= 0.0)
        return 0.0;
    if (counters <= offeredLoad)
        return 1.0;
    const double b = erlangB(counters, offeredLoad);
    return counters * b / (counters - offeredLoad * (1.0 - b));
}

double probabilityWaitLongerThan(int counters, double offeredLoad, double t, double aht)
{
    if (offeredLoad <= 0.0)
        return 0.0;
    if (counters <= offeredLoad)
        return 1.0;
    return erlangC(counters, offeredLoad) * std::exp(-(counters - offeredLoad) * t / aht);
}

double waitQuantile(int counters, double offeredLoad, double aht, double q)
{
    if (offeredLoad <= 0.0)
        return 0.0;
    if (counters <= offeredLoad)
        return std::numeric_limits<double>::infinity();
    const double c = erlangC(counters, offeredLoad);
    if (c <= 1.0 - q)
        return 0.0;
    return aht / (counters - offeredLoad) * std::log(c / (1.0 - q));
}

int countersNeeded(double offeredLoad, double aht, double target, double q)
{
    if (offeredLoad <= 0.0)
        return 0;
    int c = static_cast<int>(std::floor(offeredLoad)) + 1;
    while (waitQuantile(c, offeredLoad, aht, q) > target)
        ++c;
    return c;
}

} // namespace antrian
