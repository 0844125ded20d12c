// SPDX-License-Identifier: GPL-3.0-or-later
// Percentiles as the reports define them: linear interpolation between the closest ranks, as
// numpy's default and PostgreSQL's percentile_cont. One home, so the report, the staffing
// advisor's check and the benchmarks agree to the last digit.
#pragma once

#include <optional>
#include <vector>

namespace antrian {

// The q-quantile (0 <= q <= 1) of `values`, which must be sorted ascending; nullopt when empty.
// With n values the rank is q*(n-1); between ranks i and i+1 the value moves in a straight line.
std::optional<double> percentileOfSorted(const std::vector<double> &values, double q);

// The same value without sorting: reorders `values` (std::nth_element), linear in their number,
// for the report's hundreds of thousands of waits.
std::optional<double> percentileInPlace(std::vector<double> &values, double q);

// Sorts `values` (a copy) first.
std::optional<double> percentile(std::vector<double> values, double q);

std::optional<double> mean(const std::vector<double> &values);

} // namespace antrian
