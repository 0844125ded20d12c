// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardstate.h"

#include <algorithm>

namespace antrian {

namespace {

bool is(const QueueEvent &e, EventKind kind)
{
    return e.kind == kind;
}

template<typename T>
void sortByNumber(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.number < b.number; });
}

} // namespace

void BoardState::setBranch(const BranchConfig &config)
{
    m_config = config;
    m_calendar = BranchCalendar(config.calendar);

    QList<BoardCounter> counters;
    for (const CounterConfig &c : config.counters) {
        if (!c.active)
            continue;
        BoardCounter entry;
        if (const BoardCounter *old = counter(c.number))
            entry = *old;
        entry.number = c.number;
        entry.name = c.name;
        entry.services = c.services;
        counters.append(entry);
    }
    sortByNumber(counters);
    m_counters = counters;

    QList<BoardService> services;
    for (const ServiceConfig &s : config.services) {
        if (!s.active)
            continue;
        BoardService entry;
        if (const BoardService *old = serviceAt(s.code))
            entry = *old;
        entry.service = s;
        services.append(entry);
    }
    m_services = services;

    if (m_now.isValid())
        setNow(m_now);
}

void BoardState::applyStatus(const BranchStatus &status)
{
    QList<BoardCounter> counters;
    for (const CounterStatus &cs : status.counters) {
        BoardCounter entry;
        entry.number = cs.counter.number;
        entry.name = cs.counter.name;
        entry.services = cs.counter.services;
        entry.state = cs.state;
        if (cs.current) {
            entry.ticketId = cs.current->id;
            entry.ticketCode = cs.current->code;
            entry.serviceCode = cs.current->serviceCode;
            entry.serving = cs.current->status == TicketStatus::Serving;
        }
        counters.append(entry);
    }
    sortByNumber(counters);
    m_counters = counters;

    m_services.clear();
    for (const ServiceStatus &ss : status.services)
        m_services.append({ss.service, ss.waiting, ss.paused, ss.limitReached});

    setNow(status.now);
}

QList<BoardCall> BoardState::apply(const QList<QueueEvent> &events)
{
    QList<BoardCall> calls;
    for (const QueueEvent &e : events) {
        if (e.id <= m_lastEventId)
            continue;
        m_lastEventId = e.id;

        if (is(e, EventKind::Called) || is(e, EventKind::Recalled)) {
            BoardCounter *counter = counterAt(e.counterNumber);
            if (!counter)
                continue; // a counter no longer in the setup
            releaseTicket(e.ticketId);
            counter->ticketId = e.ticketId;
            counter->ticketCode = e.ticketCode;
            counter->serviceCode = e.serviceCode;
            counter->serving = false;
            counter->state = CounterState::Open; // someone is there: they just called

            BoardCall call;
            call.eventId = e.id;
            call.ticketId = e.ticketId;
            call.ticketCode = e.ticketCode;
            call.serviceCode = e.serviceCode;
            call.counterNumber = e.counterNumber;
            call.at = e.at;
            call.businessDate = m_calendar.businessDate(e.at);
            call.recall = is(e, EventKind::Recalled);
            // A call of an earlier day (read back at start-up) is no one's turn today.
            if (m_businessDate.isValid() && call.businessDate < m_businessDate)
                continue;
            recordCall(call);
            calls.append(call);
        } else if (is(e, EventKind::Started)) {
            if (BoardCounter *counter = counterAt(e.counterNumber)) {
                if (counter->ticketId != e.ticketId)
                    releaseTicket(e.ticketId);
                counter->ticketId = e.ticketId;
                counter->ticketCode = e.ticketCode;
                counter->serviceCode = e.serviceCode;
                counter->serving = true;
            }
        } else if (is(e, EventKind::Finished) || is(e, EventKind::NoShow) || is(e, EventKind::Transferred)
                   || is(e, EventKind::Cancelled) || is(e, EventKind::Expired)) {
            releaseTicket(e.ticketId);
        } else if (is(e, EventKind::CounterPaused) || is(e, EventKind::CounterResumed)) {
            if (BoardCounter *counter = counterAt(e.counterNumber))
                counter->state = is(e, EventKind::CounterPaused) ? CounterState::Paused : CounterState::Open;
        } else if (is(e, EventKind::ServicePaused) || is(e, EventKind::ServiceResumed)) {
            if (BoardService *service = serviceAt(e.serviceCode))
                service->paused = is(e, EventKind::ServicePaused);
        }
        // Issued, reinstated, config imported and kinds this board does not know change
        // counts or the setup: the next status snapshot brings those.
    }
    return calls;
}

bool BoardState::setNow(const QDateTime &nowUtc)
{
    const bool wasOpen = m_open;
    const bool wasAccepting = m_acceptsTickets;
    const QDate oldDate = m_businessDate;
    const QDateTime oldNext = m_nextOpening;
    const bool wasClosedScreen = showsClosedScreen();
    const qsizetype oldCalls = m_calls.size();

    m_now = nowUtc;
    m_businessDate = m_calendar.businessDate(nowUtc);
    m_open = m_calendar.isOpen(nowUtc);
    m_acceptsTickets = m_calendar.acceptsTickets(nowUtc);
    m_nextOpening = m_calendar.nextOpening(nowUtc);
    if (m_businessDate != oldDate)
        m_calls.removeIf([&](const BoardCall &c) { return c.businessDate < m_businessDate; });

    return wasOpen != m_open || wasAccepting != m_acceptsTickets || oldDate != m_businessDate || oldNext != m_nextOpening
            || wasClosedScreen != showsClosedScreen() || oldCalls != m_calls.size();
}

bool BoardState::isStillCalled(const BoardCall &call) const
{
    const BoardCounter *c = counter(call.counterNumber);
    return c && c->ticketId == call.ticketId && !c->serving;
}

bool BoardState::isAtCounter(const BoardCall &call) const
{
    const BoardCounter *c = counter(call.counterNumber);
    return c && c->ticketId == call.ticketId;
}

const BoardCall *BoardState::newestCall() const
{
    for (const BoardCall &call : m_calls) {
        if (isAtCounter(call))
            return &call;
    }
    return nullptr;
}

bool BoardState::showsClosedScreen() const
{
    if (m_open)
        return false;
    for (const BoardCounter &c : m_counters) {
        if (c.hasTicket())
            return false;
    }
    if (totalWaiting() == 0 || m_calls.isEmpty())
        return true;
    return m_calls.constFirst().at.secsTo(m_now) >= kAfterHoursGraceMinutes * 60;
}

const BoardCounter *BoardState::counter(int number) const
{
    for (const BoardCounter &c : m_counters) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

int BoardState::totalWaiting() const
{
    int total = 0;
    for (const BoardService &s : m_services)
        total += s.waiting;
    return total;
}

BoardCounter *BoardState::counterAt(int number)
{
    // Non-const iteration: the list detaches from copies handed out (to the screen) before a
    // pointer into it is taken, so a write never lands in someone else's copy.
    for (BoardCounter &c : m_counters) {
        if (c.number == number)
            return &c;
    }
    return nullptr;
}

BoardService *BoardState::serviceAt(const QString &code)
{
    for (BoardService &s : m_services) {
        if (s.service.code == code)
            return &s;
    }
    return nullptr;
}

void BoardState::recordCall(const BoardCall &call)
{
    // One line per ticket: a recall or a call to another counter replaces the older line.
    m_calls.removeIf([&](const BoardCall &c) { return c.ticketId == call.ticketId; });
    m_calls.prepend(call);
    if (m_calls.size() > kRecentCalls)
        m_calls.resize(kRecentCalls);
}

void BoardState::releaseTicket(qint64 ticketId)
{
    if (ticketId == 0)
        return;
    for (BoardCounter &c : m_counters) {
        if (c.ticketId == ticketId) {
            c.ticketId = 0;
            c.ticketCode.clear();
            c.serviceCode.clear();
            c.serving = false;
        }
    }
}

} // namespace antrian
