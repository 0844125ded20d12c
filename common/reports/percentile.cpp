// SPDX-License-Identifier: GPL-3.0-or-later
#include "percentile.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace antrian {

std::optional<double> percentileOfSorted(const std::vector<double> &values, double q)
{
    if (values.empty())
        return std::nullopt;
    const double rank = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const auto below = std::size_t(std::floor(rank));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    const double fraction = rank - double(below);
    return values[below] + (values[above] - values[below]) * fraction;
}

std::optional<double> percentileInPlace(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::nullopt;
    const double rank = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const auto below = std::size_t(std::floor(rank));
    const auto nth = values.begin() + std::ptrdiff_t(below);
    std::nth_element(values.begin(), nth, values.end());
    const double low = *nth;
    // After nth_element everything past nth is >= it: the next rank is the least of those.
    const double high = below + 1 < values.size() ? *std::min_element(nth + 1, values.end()) : low;
    return low + (high - low) * (rank - double(below));
}

std::optional<double> percentile(std::vector<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return percentileOfSorted(values, q);
}

std::optional<double> mean(const std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

} // namespace antrian
