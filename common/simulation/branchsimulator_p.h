// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the simulator's implementation files: the run over a range of days, its events
// and desks. branchsimulator.cpp sets up and runs the days; simulationsteps.cpp is what each
// event does through the engine.
#pragma once

#include "branchsimulator.h"
#include "simulationdraw.h"

#include "calendar/branchcalendar.h"
#include "core/clock.h"
#include "queue/queueengine.h"
#include "staff/countersessions.h"

#include <QCoreApplication>

#include <memory>
#include <queue>

namespace antrian::simulation_detail {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BranchSimulator)
};

using Ms = qint64;
constexpr Ms kSecond = 1000;
constexpr Ms kMinute = 60 * kSecond;

enum class Step { Login, Arrive, Ready, Start, Finish, Recall, NoShow, Rate, BreakDue, BreakEnd, Cutoff };

struct Event
{
    Ms at = 0;
    quint64 seq = 0; // ties keep the order they were scheduled in
    Step step = Step::Ready;
    int desk = -1;   // index into the day's desks
    QString text;    // the service of an arrival, the code of a rating
    bool priority = false;

    bool operator>(const Event &o) const { return at != o.at ? at > o.at : seq > o.seq; }
};

// A staffed counter through one day.
struct Desk
{
    CounterConfig counter;
    QString username;
    CounterSession session;
    bool loggedIn = false;
    bool idle = false; // nothing scheduled: waits for an arrival, a break or the cutoff
    bool paused = false;
    QList<Ms> breaksDue;
};

// The simulation of the whole range: what every day shares.
class Run
{
public:
    Run(Database &db, const SimulationOptions &options)
        : m_db(db), m_options(options), m_clock(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc())),
          m_engine(db, m_clock), m_draw(options.seed)
    {
        StaffPolicy policy;
        policy.pinIterations = BranchSimulator::kSimulationPinIterations;
        m_sessions = std::make_unique<CounterSessions>(db, m_clock, policy);
    }

    Result<SimulationSummary> run();

private:
    Outcome prepare();
    Outcome ensureAccounts(int count);
    Outcome simulateDay(const QDate &date, int dayIndex);
    Outcome handle(const Event &e);
    void schedule(Ms at, Step step, int desk = -1, const QString &text = {}, bool priority = false)
    {
        m_events.push(Event{at, m_seq++, step, desk, text, priority});
    }
    void wakeOne(const QString &service);
    double serviceMinutes(const QString &code) const;
    double overheadMinutes() const
    {
        return ((m_options.walkSecondsMin + m_options.walkSecondsMax) + (m_options.gapSecondsMin + m_options.gapSecondsMax))
                / 2.0 / 60.0;
    }
    Ms walk() { return static_cast<Ms>(m_draw.between(m_options.walkSecondsMin, m_options.walkSecondsMax) * kSecond); }
    Ms gap() { return static_cast<Ms>(m_draw.between(m_options.gapSecondsMin, m_options.gapSecondsMax) * kSecond); }
    Ms localMs(const QDate &date, int minute) const
    {
        return QDateTime(date, QTime(0, 0), m_config.calendar.timeZone).toMSecsSinceEpoch() + minute * kMinute;
    }
    // Arrivals per hour of `service` in local hour `hour` of a day with `dayFactor`.
    double arrivalRate(const QString &service, int hour, double dayFactor) const;

    Database &m_db;
    SimulationOptions m_options;
    FixedClock m_clock;
    QueueEngine m_engine;
    std::unique_ptr<CounterSessions> m_sessions;
    Draw m_draw;
    BranchConfig m_config;
    BranchCalendar m_calendar;
    SimulationSummary m_summary;

    QList<int> m_staffed;          // counter numbers
    QStringList m_services;        // active services some staffed counter serves
    QHash<QString, double> m_capacity; // arrivals per hour each service's counters could take
    double m_perWeight = 0.0;      // with ticketsPerDay: arrivals per hour per unit of hour weight
    QStringList m_pool;            // simulation usernames

    // The day in progress.
    QList<Desk> m_desks;
    std::priority_queue<Event, std::vector<Event>, std::greater<>> m_events;
    quint64 m_seq = 0;
    Ms m_now = 0;
    Ms m_cutoff = 0;
};

} // namespace antrian::simulation_detail
