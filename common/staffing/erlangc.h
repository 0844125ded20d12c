// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang C: the M/M/c queue a staffing advisor reads. With offered load A = arrivals per unit
// of time x mean handling time (AHT) and c counters, C(c, A) is the probability that a customer
// waits at all, and the wait W of those who do is exponential: P(W > t) = C * e^(-(c-A) t / AHT).
// Computed through Erlang B's recurrence, never with factorials or powers, so a branch of
// hundreds of counters stays exact in a double.
#pragma once

namespace antrian {

// The probability of waiting, C(c, A); 1 when c <= A (the queue grows without end), 0 for A <= 0.
double erlangC(int counters, double offeredLoad);

// P(W > t), t and aht in the same unit; 1 when c <= A.
double probabilityWaitLongerThan(int counters, double offeredLoad, double t, double aht);

// The q-quantile of the wait (0 < q < 1), in aht's unit: aht/(c-A) * ln(C/(1-q)) when
// C > 1-q, else 0 (that share of customers does not wait at all). Infinite when c <= A.
double waitQuantile(int counters, double offeredLoad, double aht, double q);

// The fewest counters (> A) whose q-quantile wait is within `target` (aht's unit); 0 for no load.
int countersNeeded(double offeredLoad, double aht, double target, double q = 0.9);

} // namespace antrian
