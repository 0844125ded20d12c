// SPDX-License-Identifier: GPL-3.0-or-later
// BoardState: what the lobby TV shows, as plain values: every counter and the ticket it has
// called or is serving, the newest call and the few before it, how many wait per service, and
// whether the branch is open. It is fed a status snapshot and then the QueueEvents of the change
// feed, and decides nothing about screens or sound.
#pragma once

#include "calendar/branchcalendar.h"
#include "calendar/branchstate.h"
#include "config/branchconfig.h"
#include "domain/counterstate.h"
#include "domain/queueevent.h"
#include "queue/branchstatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace antrian {

// One call or recall of a ticket to a counter.
struct BoardCall
{
    qint64 eventId = 0;
    qint64 ticketId = 0;
    QString ticketCode;
    QString serviceCode;
    int counterNumber = 0;
    QDateTime at;       // UTC, when the counter called
    QDate businessDate; // in the branch's time zone
    bool recall = false;
};

struct BoardCounter
{
    int number = 0;
    QString name;
    QStringList services;
    CounterState state = CounterState::Closed; // open only while someone is logged in
    qint64 ticketId = 0; // 0: no ticket at the counter
    QString ticketCode;
    QString serviceCode;
    bool serving = false; // false: called, the customer is on the way

    bool hasTicket() const { return ticketId != 0; }
    // What the lobby sees at this counter: a ticket called or being served there is shown even
    // when nobody is logged in (a call made from antrianctl, a counter PC that died mid-service),
    // so a customer sent to counter 4 never finds it marked closed.
    CounterState shownState() const { return hasTicket() ? CounterState::Open : state; }
};

struct BoardService
{
    ServiceConfig service;
    int waiting = 0;
    bool paused = false;       // issuing stopped by a supervisor
    bool limitReached = false; // no more tickets today
};

class BoardState
{
public:
    // The newest call and those before it, newest first.
    static constexpr int kRecentCalls = 6;
    // After closing time the board stays up while customers are still being served, and
    // gives way to the closed screen once nobody is left or no one was called for this long.
    static constexpr int kAfterHoursGraceMinutes = 15;

    // The branch setup: names, counters, services, calendar. A counter or service that is no
    // longer in the setup leaves the board; the others keep their state.
    void setBranch(const BranchConfig &config);
    // The counters' tickets and states and the waiting counts from a snapshot read after the
    // events applied so far; the snapshot wins where they differ.
    void applyStatus(const BranchStatus &status);
    // Applies events in order and returns the calls and recalls of the current business day
    // among them, in order. Events already applied (an id not above lastEventId()) are skipped.
    QList<BoardCall> apply(const QList<QueueEvent> &events);
    // Moves the board's clock: opening and closing, and a new business day, which clears the
    // calls of the day before. Returns whether anything shown changed.
    bool setNow(const QDateTime &nowUtc);

    // The call still waits for its customer: the counter holds the ticket, called, not serving.
    bool isStillCalled(const BoardCall &call) const;
    // The counter holds the call's ticket, called or being served.
    bool isAtCounter(const BoardCall &call) const;
    // Closed and nobody left to serve: no counter holds a ticket, and either nobody waits or
    // nobody was called for kAfterHoursGraceMinutes.
    bool showsClosedScreen() const;

    const BranchConfig &branch() const { return m_config; }
    const BranchCalendar &calendar() const { return m_calendar; }
    const QList<BoardCounter> &counters() const { return m_counters; }
    const QList<BoardService> &services() const { return m_services; }
    const QList<BoardCall> &recentCalls() const { return m_calls; }
    // The newest call whose ticket is still at its counter, called or being served: the one to
    // show large. A ticket finished, gone or moved on is nobody's current call, also when it is
    // the newest line read back at start-up.
    const BoardCall *newestCall() const;
    const BoardCounter *counter(int number) const;
    int totalWaiting() const;

    QDateTime now() const { return m_now; }
    QDate businessDate() const { return m_businessDate; }
    bool isOpen() const { return m_open; }
    bool acceptsTickets() const { return m_acceptsTickets; }
    // Open, past the last ticket, closed or a holiday, and the words for it (the kiosk's).
    BranchState branchState() const { return branchStateAt(m_calendar, m_now); }
    QDateTime nextOpening() const { return m_nextOpening; } // invalid when none within a year
    qint64 lastEventId() const { return m_lastEventId; }

private:
    BoardCounter *counterAt(int number);
    BoardService *serviceAt(const QString &code);
    void recordCall(const BoardCall &call);
    void releaseTicket(qint64 ticketId);

    BranchConfig m_config;
    BranchCalendar m_calendar;
    QList<BoardCounter> m_counters; // active counters, by number
    QList<BoardService> m_services; // active services, in config order
    QList<BoardCall> m_calls;       // newest first, one per ticket
    QDateTime m_now;
    QDate m_businessDate;
    bool m_open = true;
    bool m_acceptsTickets = true;
    QDateTime m_nextOpening;
    qint64 m_lastEventId = 0;
};

} // namespace antrian

Q_DECLARE_METATYPE(antrian::BoardCall)
Q_DECLARE_METATYPE(antrian::BoardState)
