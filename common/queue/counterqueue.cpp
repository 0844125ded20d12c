// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterqueue.h"

#include "queue/queueengine.h"
#include "queue/queueorder.h"

#include <QCoreApplication>

#include <algorithm>

namespace antrian {

namespace {
// lupdate files these strings under "CounterView", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CounterView)
};
} // namespace

QList<Ticket> queueForCounter(const QList<Ticket> &waiting, const CounterConfig &counter)
{
    QList<Ticket> mine;
    for (const Ticket &t : waiting) {
        if (t.status != TicketStatus::Waiting)
            continue;
        const bool forMe = t.targetCounterNumber == 0 ? counter.services.contains(t.serviceCode)
                                                      : t.targetCounterNumber == counter.number;
        if (forMe)
            mine.append(t);
    }
    std::sort(mine.begin(), mine.end(), [&counter](const Ticket &a, const Ticket &b) {
        return callsBefore(QueuePlace::of(a, counter), QueuePlace::of(b, counter), counter.policy);
    });
    return mine;
}

QList<Ticket> reinstatableNoShows(const QList<Ticket> &tickets, const QDateTime &now, const QDate &today,
                                  int windowMinutes)
{
    QList<Ticket> result;
    for (const Ticket &t : tickets) {
        if (t.status == TicketStatus::NoShow && t.businessDate == today && t.finishedAt.isValid()
            && t.finishedAt.secsTo(now) <= qint64(windowMinutes) * 60)
            result.append(t);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Ticket &a, const Ticket &b) { return a.finishedAt > b.finishedAt; });
    return result;
}

Result<CounterView> readCounterView(QueueEngine &engine, int counterNumber)
{
    auto status = engine.status();
    if (!status)
        return status.error();
    CounterView view;
    view.branch = *status;
    auto self = std::find_if(status->counters.cbegin(), status->counters.cend(),
                             [&](const CounterStatus &c) { return c.counter.number == counterNumber; });
    if (self == status->counters.cend())
        return Error::badInput(Tr::tr("counter %1 is not in use in this branch")
                                       .arg(counterNumber));
    view.counter = self->counter;
    view.state = self->state;
    view.current = self->current;
    for (const QString &code : view.counter.services) {
        for (const ServiceStatus &s : status->services) {
            if (s.service.code == code)
                view.services.append(s);
        }
    }

    auto waiting = engine.waitingTickets();
    if (!waiting)
        return waiting.error();
    view.queue = queueForCounter(*waiting, view.counter);

    auto branch = engine.branch();
    if (!branch)
        return branch.error();
    view.reinstateMinutes = branch->config.noShowReinstateMinutes;
    view.priorityReasons = branch->config.priorityReasons;
    view.outcomes = branch->config.outcomes;
    TicketFilter filter;
    filter.from = status->businessDate;
    filter.to = status->businessDate;
    filter.status = TicketStatus::NoShow;
    auto noShows = engine.tickets(filter);
    if (!noShows)
        return noShows.error();
    // Those this counter called, and those of its services: the customer comes back to
    // the counter that called them, or to one that serves what they came for.
    noShows->removeIf([&](const Ticket &t) {
        return t.counterNumber != counterNumber && !view.counter.services.contains(t.serviceCode);
    });
    view.reinstatable = reinstatableNoShows(*noShows, status->now, status->businessDate, view.reinstateMinutes);
    return view;
}

} // namespace antrian
