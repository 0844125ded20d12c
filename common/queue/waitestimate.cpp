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
    if (ahead == 0)
        e.minutes = 0;
    else if (openCounters > 0)
        e.minutes = int(std::ceil(ahead * serviceMinutes / openCounters));
    return e;
}

QString describeWait(const WaitEstimate &e)
{
    if (!e.isKnown())
        return QCoreApplication::translate("WaitEstimate", "no counter is open for this service yet");
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
