// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine: every rule of the queue. Each operation is one short write transaction
// (BEGIN IMMEDIATE), so the database is the lock: two counters pressing "next" at the same
// instant get different tickets, and a failed operation leaves nothing behind.
#pragma once

#include "calendar/branchcalendar.h"
#include "core/clock.h"
#include "core/result.h"
#include "domain/counterstate.h"
#include "domain/issuedticket.h"
#include "domain/storedbranch.h"
#include "domain/ticket.h"
#include "domain/ticketfilter.h"
#include "queue/branchstatus.h"
#include "ratings/skm.h"

#include <QSet>

#include <memory>
#include <optional>

namespace antrian {

class BranchStore;
class Database;
class EventStore;
class TicketStore;
struct NewEvent;
struct QueuePlace;

struct IssueOptions
{
    bool priority = false;
    QString priorityReason; // a configured reason code; implies priority
};

// Where a transferred ticket goes: another service, straight to one counter, or both.
struct TransferTarget
{
    QString serviceCode;   // empty: keep its service
    int counterNumber = 0; // 0: any counter serving the service
};

// What the counter says at finish: the outcome code (one of the config's "outcomes"; empty for
// none, refused for a service whose outcome is required) and an optional note.
struct FinishOptions
{
    QString outcome;
    QString note;
};

// What releasing a counter ended: whose session, the called ticket it put back in line, and the
// ticket in service it left at the counter.
struct CounterRelease
{
    qint64 staffId = 0; // 0: nobody was logged in
    QString username;
    QString staffName;
    std::optional<Ticket> putBack;
    std::optional<Ticket> stillServing;
};

class QueueEngine
{
public:
    // How many served tickets the wait estimate averages over.
    static constexpr int kEstimateSample = 20;
    // How long after a finish the counter's rating pad still asks about that ticket.
    static constexpr int kRatingWindowSeconds = 30;
    static constexpr int kMaxOutcomeNoteLength = 500;

    QueueEngine(const Database &db, const Clock &clock);
    ~QueueEngine();

    // Replaces the stored branch setup with `config` (already validated) in one transaction.
    Outcome importConfig(const BranchConfig &config);

    Result<IssuedTicket> issue(const QString &serviceCode, const IssueOptions &options = {});

    // Counter actions; `staffId` 0 when no one is logged in (scripts, tests).
    Result<Ticket> callNext(int counter, qint64 staffId = 0);
    Result<Ticket> recall(int counter, qint64 staffId = 0);
    Result<Ticket> start(int counter, qint64 staffId = 0);
    Result<Ticket> finish(int counter, qint64 staffId = 0);
    Result<Ticket> finish(int counter, qint64 staffId, const FinishOptions &options);
    Result<Ticket> markNoShow(int counter, qint64 staffId = 0);
    Result<Ticket> transfer(int counter, const TransferTarget &target, qint64 staffId = 0);
    Outcome pauseCounter(int counter, qint64 staffId = 0);
    Outcome resumeCounter(int counter, qint64 staffId = 0);

    // A paused service issues no tickets; those already waiting are still called.
    Outcome pauseService(const QString &serviceCode, qint64 staffId = 0);
    Outcome resumeService(const QString &serviceCode, qint64 staffId = 0);

    // Supervisor actions from the floor (queueengine_supervisor.cpp), each one transaction.
    // The one way a supervisor frees a counter (the floor page, `antrianctl floor release` and
    // `staff release`), whatever state its app is in: ends whoever's session is at the counter
    // and closes it. A ticket it has called and not started goes back to waiting with its place
    // (its issue order: the front of its line unless a priority or older ticket waits): the
    // customer never reached the desk. A ticket in service stays at the counter for whoever logs
    // in there next: that customer is at the desk. Refused when nobody is logged in and no
    // called ticket waits there.
    Result<CounterRelease> releaseCounter(int counter, qint64 staffId = 0);
    // Sends every ticket waiting in `fromService`'s line to `toService`, each keeping its place
    // by issue, by the rules of transferring a waiting ticket. Tickets sent straight to one
    // counter stay where a person sent them. Returns those moved, in their order.
    Result<QList<Ticket>> sendWaiting(const QString &fromService, const QString &toService, qint64 staffId = 0);

    // Ticket actions by code (supervisor, kiosk staff).
    Result<Ticket> transferWaiting(const QString &code, const TransferTarget &target, qint64 staffId = 0);
    Result<Ticket> cancel(const QString &code, qint64 staffId = 0);
    Result<Ticket> reinstate(const QString &code, qint64 staffId = 0);

    // The customer's word on a finished ticket (queueengine_ratings.cpp), refused when the
    // branch's "rating" is "off", the ticket is not done or is rated already: a faces score
    // 1..5, or one SKM questionnaire (nine answers 1..4, in the order of skmElements()). The
    // counter and staff member rated are the ticket's.
    Result<Ticket> rate(const QString &code, int score);
    Result<Ticket> rateSkm(const QString &code, const QList<int> &answers);
    // The ticket a rating pad at `counter` asks about now: the one the counter finished last,
    // if that was within kRatingWindowSeconds and it has no rating yet; none otherwise.
    Result<std::optional<Ticket>> ticketToRate(int counter);
    // SKM figures of the tickets of business dates from..to.
    Result<SkmReport> skmReport(const QDate &from, const QDate &to);

    // Tickets whose outcome asked for a follow-up that is not closed yet, oldest first.
    Result<QList<Ticket>> followUps();
    Result<Ticket> closeFollowUp(const QString &code, qint64 staffId = 0);

    // Reads.
    Result<StoredBranch> branch();
    Result<BranchStatus> status();
    // Tickets as a reader sees them: a waiting ticket of an ended day shows as expired.
    Result<QList<Ticket>> tickets(TicketFilter filter);
    Result<QList<Ticket>> waitingTickets();

    const Clock &clock() const { return m_clock; }
    BranchCalendar calendar();

private:
    struct Context;
    template<typename T, typename Body>
    Result<T> write(Body &&body);
    template<typename Body>
    Result<Ticket> counterAction(int counter, qint64 staffId, Body &&body);
    template<typename Body>
    Result<Ticket> ticketAction(const QString &code, qint64 staffId, Body &&body);

    Outcome refreshBranch();
    Outcome setServicePaused(const QString &serviceCode, bool pause, qint64 staffId);
    Outcome record(const Context &ctx, const NewEvent &event);
    qint64 serviceIdOf(const Ticket &t) const;
    Outcome expireEndedDays(const Context &ctx);
    Result<qint64> counterId(int number) const;
    Result<qint64> serviceId(const QString &code, bool mustBeActive) const;
    QDate minWaitingDate(const QDate &today) const;
    // `ahead` people ahead, the service's recent mean service time and its counters open in
    // `states` (read once by the caller, for every service it estimates).
    Result<WaitEstimate> estimateFor(const ServiceConfig &service, qint64 serviceId, int ahead,
                                     const QHash<int, CounterState> &states);
    Result<Ticket> reload(qint64 ticketId) const;
    Result<Ticket> requeue(const Context &ctx, const Ticket &t, const TransferTarget &target, qint64 staffId);
    Outcome checkRating(const Ticket &t) const;

    const Database &m_db;
    const Clock &m_clock;
    // The stores live behind one pointer so that this header names no storage type; the
    // references keep the operations' calls as they read (m_tickets.nextFor(...)).
    struct Stores;
    std::unique_ptr<Stores> m_stores;
    BranchStore &m_branchStore;
    TicketStore &m_tickets;
    std::unique_ptr<EventStore> m_events;
    std::optional<StoredBranch> m_branch;
    int m_branchGeneration = 0; // Database::generation() when m_branch was read
    QSet<QString> m_paused;     // services paused, as the last refreshBranch() read them
    // The business date before which a committed write of this engine left no waiting ticket,
    // in the file of that generation (expireEndedDays).
    QDate m_daysEndedBefore;
    int m_daysEndedGeneration = 0;
    BranchCalendar m_calendar;
};

} // namespace antrian
