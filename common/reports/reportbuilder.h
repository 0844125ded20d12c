// SPDX-License-Identifier: GPL-3.0-or-later
// ReportBuilder: the one home of every figure's definition. It is fed facts (the tickets'
// columns, the counter sessions, the branch's setup) by whatever read them and gives the
// report; it knows no engine and no SQL, so SQLite and PostgreSQL agree by construction.
//
// What a row counts, per grouping (the README's "Reports: what each figure means"):
// - service: the service the ticket ended in (where it was served, or last waited);
//   `transferred` counts the row's tickets that were transferred at least once.
// - counter, staff: the counter and staff member who called it last (who served it, or marked
//   it a no-show). Tickets no counter holds (never called, or sent back to wait and then
//   cancelled or expired) are one row "none"; called with nobody logged in, staff row "nobody".
// - hour: the hour of issue in the branch's time zone. day: the business date.
// Every ticket is in exactly one row, so the rows' counts add up to the total's.
#pragma once

#include "report.h"
#include "ticketfacts.h"

#include <QHash>
#include <QTimeZone>

#include <memory>
#include <string>
#include <vector>

namespace antrian {

// The branch's setup the rows are named and judged by (read with the tickets).
struct ReportSetup
{
    struct Service
    {
        qint64 id = 0;
        QString code;
        QString name;
        int targetWaitMinutes = 15;
        bool active = true;
    };
    struct Counter
    {
        qint64 id = 0;
        int number = 0;
        QString name;
        bool active = true;
        QList<qint64> serviceIds; // what it serves: the tickets that wait for it
    };
    struct Staff
    {
        qint64 id = 0;
        QString username;
        QString name;
    };
    QString branchName;
    QTimeZone timeZone = QTimeZone::utc();
    QList<Service> services;   // in the branch's order
    QList<Counter> counters;   // by number
    QList<Staff> staff;
    QHash<QString, bool> outcomeResolved; // outcome code -> counts as resolved
};

// One counter session from the events: a login at a counter until its logout (or the next
// login there, or the end of the period when still open).
struct SessionFact
{
    qint64 counterId = 0;
    qint64 staffId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
};

// A ticket transferred away from the counter that held it (an event "transferred" with its
// counter): the ticket keeps only its last call, so this says the counter held it until then.
struct TransferFact
{
    qint64 ticketId = 0;
    qint64 counterId = 0;
    qint64 atMs = 0;
};

class ReportBuilder
{
public:
    // `today`: a ticket of an earlier date still waiting is expired (the engine expires it at the
    // next write). `nowMs`: where a session or a wait still open ends.
    ReportBuilder(ReportGrouping by, const QDate &from, const QDate &to, ReportSetup setup, const QDate &today,
                  qint64 nowMs);
    ~ReportBuilder();

    void add(const TicketFact &ticket);
    // Only read for staff rows (idleWhileWaitingMinutes).
    void addSession(const SessionFact &session);
    void addTransfer(const TransferFact &transfer);

    // Takes in what `other` was given (a builder of the same report, fed other tickets, another
    // day range read at the same time): the report is as if this one had been given it all.
    void absorb(ReportBuilder &&other);

    Report finish(const QDateTime &generatedAtUtc);

private:
    struct Accumulator;
    struct Group;
    qint64 groupKeyOf(const TicketFact &ticket);
    int localHourOf(qint64 ms);
    bool resolved(std::string_view outcome) const;
    // Staff rows: minutes each staff member was logged in, holding no ticket, while tickets of
    // their counter's services waited for a first call.
    QHash<qint64, double> idleMinutesByStaff();

    ReportGrouping m_by;
    QDate m_from;
    QDate m_to;
    ReportSetup m_setup;
    qint64 m_todayJulian = 0;
    qint64 m_nowMs = 0;
    QHash<qint64, int> m_targetWaitMs; // service id -> target wait
    std::vector<std::pair<std::string, bool>> m_outcomes; // code -> resolved, compared without a QString
    QHash<qint64, int> m_offsetByUtcHour; // the branch's UTC offset (s), by UTC hour since the epoch
    std::unique_ptr<Accumulator> m_total;
    QHash<qint64, Accumulator *> m_groups;
    std::vector<std::unique_ptr<Accumulator>> m_owned;
    // Staff rows: when each service's tickets waited, when each counter held one, the sessions.
    QHash<qint64, std::vector<std::pair<qint64, qint64>>> m_waitingByService;
    QHash<qint64, std::vector<std::pair<qint64, qint64>>> m_busyByCounter;
    std::vector<SessionFact> m_sessions;
    std::vector<TransferFact> m_transfers;
    QHash<qint64, qint64> m_firstCallOfTransferred; // ticket id -> first call
};

// Intervals [start, end) in ms, for the idle time: each list is merged (sorted, disjoint).
using Intervals = std::vector<std::pair<qint64, qint64>>;
Intervals mergedIntervals(Intervals intervals);
Intervals intervalsMinus(const Intervals &from, const Intervals &minus);
qint64 overlapMs(const Intervals &merged, qint64 start, qint64 end);

} // namespace antrian
