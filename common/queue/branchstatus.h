// SPDX-License-Identifier: GPL-3.0-or-later
// BranchStatus: a snapshot of the branch for people and scripts: open or not, what waits
// in each service, what each counter is doing.
#pragma once

#include "config/branchconfig.h"
#include "domain/ticket.h"
#include "queue/waitestimate.h"
#include "domain/counterstate.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace antrian {

struct ServiceStatus
{
    ServiceConfig service;
    int waiting = 0;
    int issuedToday = 0;
    bool limitReached = false;
    bool paused = false;   // a supervisor stopped issuing for this service
    WaitEstimate estimate; // for a ticket taken now
};

struct CounterStatus
{
    CounterConfig counter;
    CounterState state = CounterState::Closed; // open only while someone is logged in
    std::optional<Ticket> current;
};

struct BranchStatus
{
    QString branchName;
    QDateTime now;        // UTC
    QDate businessDate;
    bool open = false;
    bool acceptsTickets = false;
    QString ticketRefusal; // why the kiosk issues nothing now; empty when it does
    QDateTime nextOpening;
    QList<ServiceStatus> services;  // active services, in config order
    QList<CounterStatus> counters;  // active counters, by number
};

} // namespace antrian
