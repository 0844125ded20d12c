// SPDX-License-Identifier: GPL-3.0-or-later
// ArrivalShape: how busy a branch is hour by hour and day by day, as the simulator draws its
// customers. Relative weights, not counts: the simulator scales them to the load it is asked for.
//
// By the local hour an arrival falls in: a morning peak (09-11, the busiest at 10), a lunch dip
// (12-13) and a smaller afternoon peak (14), quiet at the edges of the day:
//   07 0.5 | 08 0.9 | 09 1.3 | 10 1.4 | 11 1.2 | 12 0.7 | 13 0.9 | 14 1.0 | 15 0.8 | 16 0.6 | else 0.4
// By the day: Monday x1.15 (the weekend's errands), payday x1.25 (the 25th and the 1st, or the
// next open day when that date is closed); a Monday payday is both, x1.4375.
#pragma once

#include "calendar/branchcalendar.h"

#include <QDate>

namespace antrian {

struct ArrivalShape
{
    static constexpr double kMondayFactor = 1.15;
    static constexpr double kPaydayFactor = 1.25;

    // The weight of arrivals in the local hour starting at `hour` (0..23).
    static double hourWeight(int hour);
    // The busiest hour's weight: what "the peak" means for the load.
    static double peakWeight();
    // Whether `date` is a payday as customers feel it: the 25th or the 1st, or the first open day
    // after one of them that was closed.
    static bool isPayday(const QDate &date, const BranchCalendar &calendar);
    // Monday and payday multipliers of `date` (1 on an ordinary day).
    static double dayFactor(const QDate &date, const BranchCalendar &calendar);
    // The sum of the hour weights over `hours`, each hour counted for the share of it open
    // (08:30-09:00 is half of hour 8); to `lastMinute` when that is earlier than closing.
    static double dayWeight(const DayHours &hours, int lastMinute);
};

} // namespace antrian
