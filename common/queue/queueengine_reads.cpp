// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine's reads: the branch setup, ticket lists and the status snapshot. They take no
// write lock; a reader treats a waiting ticket of an ended day as expired without waiting
// for the next write to expire it.
#include "queueengine.h"

#include "queue/queueorder.h"
#include "storage/branchstore.h"
#include "storage/database.h"
#include "storage/ticketstore.h"

namespace antrian {

Result<StoredBranch> QueueEngine::branch()
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    return *m_branch;
}

Result<QList<Ticket>> QueueEngine::tickets(TicketFilter filter)
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    const QDate today = m_calendar.businessDate(m_clock.nowUtc());
    auto list = m_tickets.list(filter);
    if (!list)
        return list;
    if (m_branch->config.endOfDay == EndOfDay::Expire) {
        // Readers do not wait for the next write to see an ended day's queue as expired.
        for (Ticket &t : *list) {
            if (t.status == TicketStatus::Waiting && t.businessDate < today)
                t.status = TicketStatus::Expired;
        }
        if (filter.status == TicketStatus::Waiting || filter.status == TicketStatus::Expired) {
            const TicketStatus wanted = *filter.status;
            list->removeIf([&](const Ticket &t) { return t.status != wanted; });
        }
    }
    return list;
}

Result<QList<Ticket>> QueueEngine::waitingTickets()
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    return m_tickets.waiting(minWaitingDate(m_calendar.businessDate(m_clock.nowUtc())));
}

Result<BranchStatus> QueueEngine::status()
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    const BranchConfig &config = m_branch->config;
    BranchStatus s;
    s.branchName = config.name;
    s.now = m_clock.nowUtc();
    s.businessDate = m_calendar.businessDate(s.now);
    s.open = m_calendar.isOpen(s.now);
    s.acceptsTickets = m_calendar.acceptsTickets(s.now);
    s.ticketRefusal = m_calendar.ticketRefusal(s.now);
    s.nextOpening = m_calendar.nextOpening(s.now);

    auto waiting = m_tickets.waitingCounts(minWaitingDate(s.businessDate));
    if (!waiting)
        return waiting.error();
    auto states = m_branchStore.counterStates();
    if (!states)
        return states.error();
    for (const ServiceConfig &service : config.services) {
        if (!service.active)
            continue;
        const qint64 sid = m_branch->serviceIds.value(service.code);
        ServiceStatus ss;
        ss.service = service;
        ss.waiting = waiting->value(service.code);
        auto issued = m_tickets.issuedCount(s.businessDate, sid);
        if (!issued)
            return issued.error();
        ss.issuedToday = *issued;
        ss.limitReached = *issued >= service.dailyLimit;
        ss.paused = m_paused.contains(service.code);
        // A ticket taken now would stand behind everyone of its priority waiting in the service.
        auto ahead = m_tickets.lineAhead(sid, service.priority, minWaitingDate(s.businessDate));
        if (!ahead)
            return ahead.error();
        auto estimate = estimateFor(service, sid, *ahead, *states);
        if (!estimate)
            return estimate.error();
        ss.estimate = *estimate;
        s.services.append(ss);
    }
    for (const CounterConfig &counter : config.counters) {
        if (!counter.active)
            continue;
        CounterStatus cs;
        cs.counter = counter;
        cs.state = states->value(counter.number, CounterState::Closed);
        auto active = m_tickets.activeForCounter(m_branch->counterIds.value(counter.number));
        if (!active)
            return active.error();
        cs.current = *active;
        s.counters.append(cs);
    }
    return s;
}

} // namespace antrian
