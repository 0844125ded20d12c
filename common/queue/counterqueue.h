// SPDX-License-Identifier: GPL-3.0-or-later
// CounterView: what one counter's screen shows of the queue, read in one go: its state, the
// ticket it holds, the waiting tickets it would call in the order it would call them, the
// waiting counts of its services, and the no-shows that may still come back.
#pragma once

#include "config/branchconfig.h"
#include "core/result.h"
#include "domain/ticket.h"
#include "queue/branchstatus.h"

#include <QList>

#include <optional>

namespace antrian {

class QueueEngine;

struct CounterView
{
    BranchStatus branch;          // every service and counter, for transfers and the header
    CounterConfig counter;
    CounterState state = CounterState::Open;
    std::optional<Ticket> current; // called or being served here
    QList<Ticket> queue;           // what "call next" would take, first to last
    QList<ServiceStatus> services; // this counter's services, in its order
    QList<Ticket> reinstatable;    // no-shows of today still inside the window, newest first
    int reinstateMinutes = 0;
    QList<PriorityReason> priorityReasons; // to name a priority ticket's reason
    QList<ServiceOutcome> outcomes;        // offered at finish, in the config's order

    const Ticket *next() const { return queue.isEmpty() ? nullptr : &queue.first(); }
};

// The waiting tickets of `waiting` that `counter` may call, in the order QueueEngine::callNext
// takes them (the keys of queue/queueorder.h); tickets sent straight to another counter are
// left out, tickets sent straight to this one are in.
QList<Ticket> queueForCounter(const QList<Ticket> &waiting, const CounterConfig &counter);

// The no-shows among `tickets` that QueueEngine::reinstate still accepts at `now`: marked
// no-show on `today` at most `windowMinutes` ago. Newest first.
QList<Ticket> reinstatableNoShows(const QList<Ticket> &tickets, const QDateTime &now, const QDate &today,
                                  int windowMinutes);

// Reads the view of counter `counterNumber`. No write lock is taken.
Result<CounterView> readCounterView(QueueEngine &engine, int counterNumber);

} // namespace antrian
