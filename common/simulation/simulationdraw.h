// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's random draws: one generator, the formulas written out here.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <random>

namespace antrian::simulation_detail {

// Draws from the one generator, by formulas written here so the same seed gives the same days
// whatever standard library the build uses.
class Draw
{
public:
    explicit Draw(quint64 seed) : m_rng(seed) {}
    double uniform() { return static_cast<double>(m_rng() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    int index(int n) { return std::min(n - 1, static_cast<int>(uniform() * n)); }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    // Lognormal with this mean and shape; sigma 0: exponential with this mean.
    double lognormal(double mean, double sigma)
    {
        if (sigma <= 0.0)
            return exponential(mean);
        return std::exp(std::log(mean) - sigma * sigma / 2.0 + sigma * normal());
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace antrian::simulation_detail
