// WaitEstimate: how long a customer will likely wait. People ahead x recent mean service
// time of the service / counters open for it; honest about what it does not know.
#pragma once

#include <QString>

namespace antrian {

struct WaitEstimate
{
    int ahead = 0;
    int openCounters = 0;
    double serviceMinutes = 0; // mean minutes a counter spends on one ticket of the service
    int minutes = -1;          // -1: unknown (no counter is serving the service now)

    bool isKnown() const { return minutes >= 0; }
};

WaitEstimate estimateWait(int ahead, double serviceMinutes, int openCounters);

// For people: "no wait", "under 5 minutes", "about 25 minutes", "over 2 hours", and "no
// counter is serving this service now" when none is open (see BranchStore::counterStates).
QString describeWait(const WaitEstimate &estimate);

} // namespace antrian
