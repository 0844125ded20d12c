// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrivalshape.h"

#include <algorithm>
#include <array>

namespace antrian {

namespace {

constexpr std::array<double, 24> kHourWeights = {
        0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.5, 0.9, 1.3, 1.4, 1.2, // 00..11
        0.7, 0.9, 1.0, 0.8, 0.6, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, // 12..23
};

} // namespace

double ArrivalShape::hourWeight(int hour)
{
    return kHourWeights.at(static_cast<size_t>(std::clamp(hour, 0, 23)));
}

double ArrivalShape::peakWeight()
{
    return *std::max_element(kHourWeights.begin(), kHourWeights.end());
}

bool ArrivalShape::isPayday(const QDate &date, const BranchCalendar &calendar)
{
    // Walk back over the closed days before `date`: a payday among them moves to `date`.
    for (int back = 0; back <= 10; ++back) {
        const QDate day = date.addDays(-back);
        if (back > 0 && calendar.hoursOn(day).isOpen())
            return false;
        if (day.day() == 25 || day.day() == 1)
            return true;
    }
    return false;
}

double ArrivalShape::dayFactor(const QDate &date, const BranchCalendar &calendar)
{
    double factor = 1.0;
    if (date.dayOfWeek() == Qt::Monday)
        factor *= kMondayFactor;
    if (isPayday(date, calendar))
        factor *= kPaydayFactor;
    return factor;
}

double ArrivalShape::dayWeight(const DayHours &hours, int lastMinute)
{
    if (!hours.isOpen())
        return 0.0;
    const int end = std::min(hours.closeMinute, lastMinute);
    double sum = 0.0;
    for (int minute = hours.openMinute; minute < end;) {
        const int hourEnd = (minute / 60 + 1) * 60;
        const int until = std::min(hourEnd, end);
        sum += hourWeight(minute / 60) * (until - minute) / 60.0;
        minute = until;
    }
    return sum;
}

} // namespace antrian
