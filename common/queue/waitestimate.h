// SPDX-License-Identifier: GPL-3.0-or-later
// WaitEstimate: how long a customer will likely wait. People ahead x recent mean service
// time of the service / counters open for it; honest about what it does not know.
#pragma once

#include "domain/issuedticket.h"

#include <QString>

namespace antrian {

WaitEstimate estimateWait(int ahead, double serviceMinutes, int openCounters);

// For people: "no wait", "under 5 minutes", "about 25 minutes", "over 2 hours", and "no
// counter is serving this service now" when none is open (see BranchStore::counterStates).
QString describeWait(const WaitEstimate &estimate);

} // namespace antrian
