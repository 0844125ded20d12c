// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitestimate.h"

#include <QCoreApplication>

#include <cmath>

namespace antrian {

WaitEstimate estimateWait(int ahead, double serviceMinutes, int openCounters)
{
    WaitEstimate e;
    e.ahead = ahead;
    e.openCounters = openCounters;
    e.serviceMinutes = serviceMinutes;
    // Nobody serving means nobody is called, however short the line: unknown, never "no wait".
    if (openCounters > 0)
        e.minutes = ahead == 0 ? 0 : int(std::ceil(ahead * serviceMinutes / openCounters));
    return e;
}

QString describeWait(const WaitEstimate &e)
{
    if (!e.isKnown())
        return QCoreApplication::translate("WaitEstimate", "no counter is serving this service now");
    if (e.minutes == 0)
        return QCoreApplication::translate("WaitEstimate", "no wait");
    if (e.minutes < 5)
        return QCoreApplication::translate("WaitEstimate", "under 5 minutes");
    if (e.minutes > 120)
        return QCoreApplication::translate("WaitEstimate", "over 2 hours");
    // Rounded to five minutes: a figure to the minute would promise more than we know.
    const int rounded = std::max(5, int(std::lround(e.minutes / 5.0)) * 5);
    return QCoreApplication::translate("WaitEstimate", "about %n minutes", nullptr, rounded);
}

} // namespace antrian
