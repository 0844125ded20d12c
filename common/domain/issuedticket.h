// SPDX-License-Identifier: GPL-3.0-or-later
// IssuedTicket and WaitEstimate: what issuing a ticket hands back, the ticket and how long its
// customer will likely wait, for the kiosk's screen and the printed slip. How the estimate is
// worked out is the queue's rule (queue/waitestimate.h).
#pragma once

#include "domain/ticket.h"

namespace antrian {

// People ahead x recent mean service time of the service / counters open for it.
struct WaitEstimate
{
    int ahead = 0;
    int openCounters = 0;
    double serviceMinutes = 0; // mean minutes a counter spends on one ticket of the service
    int minutes = -1;          // -1: unknown (no counter is serving the service now)

    bool isKnown() const { return minutes >= 0; }
};

struct IssuedTicket
{
    Ticket ticket;
    WaitEstimate estimate;
};

} // namespace antrian
