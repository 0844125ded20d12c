// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchsimulator.h"

#include "simulation/arrivalshape.h"

#include "calendar/branchcalendar.h"
#include "core/clock.h"
#include "queue/queueengine.h"
#include "staff/countersessions.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <queue>
#include <random>

namespace antrian {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BranchSimulator)
};

using Ms = qint64;
constexpr Ms kSecond = 1000;
constexpr Ms kMinute = 60 * kSecond;

// Draws from the one generator, by formulas written here so the same seed gives the same days
// whatever standard library the build uses.
class Draw
{
public:
    explicit Draw(quint64 seed) : m_rng(seed) {}
    double uniform() { return static_cast<double>(m_rng() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    int index(int n) { return std::min(n - 1, static_cast<int>(uniform() * n)); }
    double exponential(double mean) { return -mean * std::log1p(-uniform()); }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    // Lognormal with this mean and shape; sigma 0: exponential with this mean.
    double lognormal(double mean, double sigma)
    {
        if (sigma <= 0.0)
            return exponential(mean);
        return std::exp(std::log(mean) - sigma * sigma / 2.0 + sigma * normal());
    }

private:
    std::mt19937_64 m_rng;
};

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

double Run::serviceMinutes(const QString &code) const
{
    if (auto it = m_options.serviceMinutes.constFind(code); it != m_options.serviceMinutes.constEnd())
        return *it;
    const ServiceConfig *s = m_config.service(code);
    return s ? std::max(1, s->averageServiceMinutes) : 10.0;
}

double Run::arrivalRate(const QString &service, int hour, double dayFactor) const
{
    if (!m_options.flatArrivalsPerHour.isEmpty())
        return m_options.flatArrivalsPerHour.value(service);
    double total = 0.0;
    for (double c : m_capacity)
        total += c;
    const double capacity = m_capacity.value(service);
    const double weight = ArrivalShape::hourWeight(hour) * dayFactor;
    if (m_options.ticketsPerDay > 0)
        return total > 0 ? m_perWeight * capacity / total * weight : 0.0;
    return m_options.peakLoad * capacity * weight / ArrivalShape::peakWeight();
}

Outcome Run::prepare()
{
    auto branch = m_engine.branch();
    if (!branch)
        return branch.error();
    m_config = branch->config;
    m_calendar = BranchCalendar(m_config.calendar);

    for (const CounterConfig &c : m_config.counters) {
        if (c.active && (m_options.counters.isEmpty() || m_options.counters.contains(c.number)))
            m_staffed.append(c.number);
    }
    for (int number : m_options.counters) {
        if (!m_staffed.contains(number))
            return Error::badInput(Tr::tr("counter %1 is not an active counter of this branch").arg(number));
    }
    if (m_staffed.isEmpty())
        return Error::badInput(Tr::tr("the branch has no active counter to staff"));

    // Each staffed counter gives each of its k services 1/k of its time.
    for (int number : m_staffed) {
        const CounterConfig *c = m_config.counter(number);
        QStringList served;
        for (const QString &code : c->services) {
            const ServiceConfig *s = m_config.service(code);
            if (s && s->active)
                served.append(code);
        }
        for (const QString &code : served) {
            if (!m_services.contains(code))
                m_services.append(code);
            m_capacity[code] += 60.0 / (serviceMinutes(code) + overheadMinutes()) / served.size();
        }
    }
    if (!m_options.flatArrivalsPerHour.isEmpty()) {
        for (auto it = m_options.flatArrivalsPerHour.constBegin(); it != m_options.flatArrivalsPerHour.constEnd(); ++it) {
            if (!m_services.contains(it.key()))
                return Error::badInput(Tr::tr("no staffed counter serves service %1").arg(it.key()));
        }
    }
    // An ordinary day of the longest weekly hours holds ticketsPerDay.
    double fullDay = 0.0;
    for (const DayHours &h : m_config.calendar.weekly)
        fullDay = std::max(fullDay, ArrivalShape::dayWeight(h, h.closeMinute - m_config.calendar.lastTicketMinutesBeforeClose));
    if (m_options.ticketsPerDay > 0 && fullDay > 0)
        m_perWeight = m_options.ticketsPerDay / fullDay;

    // Dates already holding tickets are someone's real days (or an earlier simulation's).
    auto held = m_db.run(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE business_date >= ? AND business_date <= ?"),
                         {m_options.from.toString(Qt::ISODate), m_options.to.toString(Qt::ISODate)});
    if (!held)
        return held.error();
    const qint64 count = held->next() ? held->value(0).toLongLong() : 0;
    held->finish();
    if (count > 0)
        return Error::refused(Tr::tr("the database already holds %n ticket(s) dated %1 to %2; simulate dates it has no "
                                     "tickets for, or into a new database", nullptr, static_cast<int>(count))
                                      .arg(m_options.from.toString(Qt::ISODate), m_options.to.toString(Qt::ISODate)));
    auto seats = m_sessions->seats();
    if (!seats)
        return seats.error();
    for (const CounterSeat &seat : *seats) {
        if (seat.session && m_staffed.contains(seat.counter.number))
            return Error::refused(Tr::tr("counter %1 is held by %2; log them out before simulating")
                                          .arg(seat.counter.number)
                                          .arg(seat.session->fullName));
    }
    // A few more people than counters, so the staff of a counter changes from day to day.
    return ensureAccounts(static_cast<int>(m_staffed.size()) + std::max<int>(1, static_cast<int>(m_staffed.size()) / 10));
}

Outcome Run::ensureAccounts(int count)
{
    const QString pin = QString::fromLatin1(BranchSimulator::kSimulationPin);
    for (int i = 1; i <= count; ++i) {
        const QString username = QStringLiteral("sim%1").arg(i, 2, 10, QLatin1Char('0'));
        auto found = m_sessions->accounts().find(username);
        if (!found)
            return found.error();
        if (!found->has_value()) {
            auto added = m_sessions->accounts().add({username, Tr::tr("Simulated staff %1").arg(i), StaffRole::Staff}, pin);
            if (!added)
                return added.error();
            ++m_summary.staffAccountsMade;
        }
        m_pool.append(username);
    }
    return Done{};
}

Result<SimulationSummary> Run::run()
{
    if (!m_options.from.isValid() || !m_options.to.isValid() || m_options.to < m_options.from)
        return Error::badInput(Tr::tr("a simulation needs a valid range of dates, the first not after the last"));
    if (Outcome ready = prepare(); !ready)
        return ready.error();
    SimulationProgress month{QDate(m_options.from.year(), m_options.from.month(), 1)};
    int dayIndex = 0;
    for (QDate date = m_options.from; date <= m_options.to; date = date.addDays(1)) {
        const qint64 before = m_summary.tickets;
        if (m_calendar.hoursOn(date).isOpen()) {
            if (Outcome day = simulateDay(date, dayIndex++); !day)
                return day.error();
            ++m_summary.openDays;
            ++month.openDays;
        } else {
            ++m_summary.closedDays;
        }
        month.tickets += m_summary.tickets - before;
        const QDate next = date.addDays(1);
        if (next.month() != date.month() || date == m_options.to) {
            month.totalTickets = m_summary.tickets;
            if (m_options.progress)
                m_options.progress(month);
            month = SimulationProgress{QDate(next.year(), next.month(), 1)};
        }
    }
    return m_summary;
}

Outcome Run::simulateDay(const QDate &date, int dayIndex)
{
    const DayHours hours = m_calendar.hoursOn(date);
    const int lastMinute = std::max(hours.openMinute, hours.closeMinute - m_config.calendar.lastTicketMinutesBeforeClose);
    const Ms open = localMs(date, hours.openMinute);
    const Ms close = localMs(date, hours.closeMinute);
    m_cutoff = localMs(date, lastMinute);
    const double dayFactor = ArrivalShape::dayFactor(date, m_calendar);

    m_desks.clear();
    m_seq = 0;
    for (int i = 0; i < m_staffed.size(); ++i) {
        Desk desk;
        desk.counter = *m_config.counter(m_staffed.at(i));
        desk.username = m_pool.at((i + dayIndex) % m_pool.size());
        if (m_options.breaks) {
            const Ms from = open + 90 * kMinute;
            const Ms to = close - 90 * kMinute;
            if (to > from) {
                const int count = m_draw.chance(0.5) ? 2 : 1;
                for (int b = 0; b < count; ++b)
                    desk.breaksDue.append(from + static_cast<Ms>(m_draw.uniform() * (to - from)));
                std::sort(desk.breaksDue.begin(), desk.breaksDue.end());
            }
        }
        m_desks.append(desk);
        schedule(open - static_cast<Ms>(m_draw.between(1, 5) * kMinute), Step::Login, i);
        for (Ms due : std::as_const(m_desks.last().breaksDue))
            schedule(due, Step::BreakDue, i);
    }

    // The day's arrivals, service by service, hour by hour: a Poisson process is memoryless,
    // so starting each hour afresh at its own rate is exact.
    for (const QString &service : std::as_const(m_services)) {
        for (int minute = hours.openMinute; minute < lastMinute;) {
            const int until = std::min((minute / 60 + 1) * 60, lastMinute);
            const double perHour = arrivalRate(service, minute / 60, dayFactor);
            if (perHour > 0) {
                const Ms end = localMs(date, until);
                Ms at = localMs(date, minute);
                while (true) {
                    at += static_cast<Ms>(m_draw.exponential(60.0 * kMinute / perHour));
                    if (at >= end)
                        break;
                    const bool priority = !m_config.priorityReasons.isEmpty() && m_draw.chance(m_options.priorityShare);
                    schedule(at, Step::Arrive, -1, service, priority);
                }
            }
            minute = until;
        }
    }
    schedule(m_cutoff, Step::Cutoff);

    while (!m_events.empty()) {
        const Event e = m_events.top();
        m_events.pop();
        m_now = e.at;
        m_clock.set(QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc()));
        if (Outcome done = handle(e); !done)
            return done.error();
    }
    for (const Desk &desk : std::as_const(m_desks)) {
        if (desk.loggedIn)
            return Error::storage(Tr::tr("simulation of %1: counter %2 still open at the end of the day")
                                          .arg(date.toString(Qt::ISODate))
                                          .arg(desk.counter.number));
    }
    return Done{};
}

void Run::wakeOne(const QString &service)
{
    QList<int> idle;
    for (int i = 0; i < m_desks.size(); ++i) {
        const Desk &d = m_desks.at(i);
        if (d.loggedIn && d.idle && !d.paused && d.counter.services.contains(service))
            idle.append(i);
    }
    if (idle.isEmpty())
        return;
    const int chosen = idle.at(m_draw.index(static_cast<int>(idle.size())));
    m_desks[chosen].idle = false;
    schedule(m_now, Step::Ready, chosen);
}

// A refusal the simulation did not expect is a bug in it or in the engine: stop and say so.
template<typename T>
Outcome expected(const Result<T> &r, const char *what, int counter)
{
    if (r)
        return Done{};
    return Error{r.error().kind, Tr::tr("simulation, %1 at counter %2: %3").arg(QLatin1String(what)).arg(counter).arg(r.error().message)};
}

Outcome Run::handle(const Event &e)
{
    Desk *desk = e.desk >= 0 ? &m_desks[e.desk] : nullptr;
    const int number = desk ? desk->counter.number : 0;
    const qint64 staff = desk ? desk->session.staffId : 0;
    switch (e.step) {
    case Step::Login: {
        auto session = m_sessions->login(desk->username, QString::fromLatin1(BranchSimulator::kSimulationPin), number);
        if (Outcome ok = expected(session, "login", number); !ok)
            return ok;
        desk->session = *session;
        desk->loggedIn = true;
        schedule(m_now, Step::Ready, e.desk);
        return Done{};
    }
    case Step::Arrive: {
        IssueOptions options;
        if (e.priority)
            options.priorityReason = m_config.priorityReasons.first().code;
        auto issued = m_engine.issue(e.text, options);
        if (!issued) {
            if (issued.error().kind != Error::Kind::Refused)
                return issued.error();
            ++m_summary.refusedByLimit; // the service's daily limit
            return Done{};
        }
        ++m_summary.tickets;
        ++m_summary.ticketsPerService[e.text];
        wakeOne(e.text);
        return Done{};
    }
    case Step::Ready: {
        if (!desk->breaksDue.isEmpty() && desk->breaksDue.first() <= m_now && m_now < m_cutoff) {
            desk->breaksDue.removeFirst();
            if (Outcome ok = m_engine.pauseCounter(number, staff); !ok)
                return expected(ok, "pause", number);
            desk->paused = true;
            ++m_summary.breaks;
            schedule(m_now + static_cast<Ms>(m_draw.lognormal(11.0, 0.25) * kMinute), Step::BreakEnd, e.desk);
            return Done{};
        }
        auto called = m_engine.callNext(number, staff);
        if (!called) {
            if (called.error().kind != Error::Kind::Refused)
                return called.error();
            if (m_now >= m_cutoff) {
                if (Outcome out = m_sessions->logout(desk->session); !out)
                    return expected(out, "logout", number);
                desk->loggedIn = false;
            } else {
                desk->idle = true;
            }
            return Done{};
        }
        if (m_draw.chance(m_options.noShowShare))
            schedule(m_now + kMinute, Step::Recall, e.desk);
        else
            schedule(m_now + walk(), Step::Start, e.desk);
        return Done{};
    }
    case Step::Recall:
        if (Outcome ok = expected(m_engine.recall(number, staff), "recall", number); !ok)
            return ok;
        schedule(m_now + kMinute, Step::NoShow, e.desk);
        return Done{};
    case Step::NoShow:
        if (Outcome ok = expected(m_engine.markNoShow(number, staff), "no-show", number); !ok)
            return ok;
        ++m_summary.noShows;
        schedule(m_now + gap(), Step::Ready, e.desk);
        return Done{};
    case Step::Start: {
        auto started = m_engine.start(number, staff);
        if (Outcome ok = expected(started, "start", number); !ok)
            return ok;
        const Ms service = static_cast<Ms>(m_draw.lognormal(serviceMinutes(started->serviceCode), m_options.serviceSigma) * kMinute);
        schedule(m_now + std::max<Ms>(service, 10 * kSecond), Step::Finish, e.desk, started->serviceCode);
        return Done{};
    }
    case Step::Finish: {
        QStringList others = m_services;
        others.removeAll(e.text);
        if (m_now < m_cutoff && !others.isEmpty() && m_draw.chance(m_options.transferShare)) {
            const QString to = others.at(m_draw.index(static_cast<int>(others.size())));
            if (Outcome ok = expected(m_engine.transfer(number, {to, 0}, staff), "transfer", number); !ok)
                return ok;
            ++m_summary.transfers;
            wakeOne(to);
            schedule(m_now + gap(), Step::Ready, e.desk);
            return Done{};
        }
        FinishOptions options;
        if (!m_config.outcomes.isEmpty()) {
            const int n = static_cast<int>(m_config.outcomes.size());
            options.outcome = m_config.outcomes.at(n == 1 || m_draw.chance(0.85) ? 0 : 1 + m_draw.index(n - 1)).code;
        }
        auto finished = m_engine.finish(number, staff, options);
        if (Outcome ok = expected(finished, "finish", number); !ok)
            return ok;
        ++m_summary.served;
        if (m_config.rating != RatingMode::Off && m_draw.chance(m_options.ratingShare))
            schedule(m_now + static_cast<Ms>(m_draw.between(3, 25) * kSecond), Step::Rate, -1, finished->code);
        schedule(m_now + gap(), Step::Ready, e.desk);
        return Done{};
    }
    case Step::Rate: {
        Result<Ticket> rated = Error::storage({});
        if (m_config.rating == RatingMode::Skm) {
            QList<int> answers;
            for (int i = 0; i < kSkmElementCount; ++i)
                answers.append(m_draw.chance(0.1) ? 2 : m_draw.chance(0.55) ? 3 : 4);
            rated = m_engine.rateSkm(e.text, answers);
        } else {
            const double u = m_draw.uniform();
            rated = m_engine.rate(e.text, u < 0.45 ? 5 : u < 0.80 ? 4 : u < 0.92 ? 3 : u < 0.97 ? 2 : 1);
        }
        if (Outcome ok = expected(rated, "rating", 0); !ok)
            return ok;
        ++m_summary.ratings;
        return Done{};
    }
    case Step::BreakDue:
        if (desk->loggedIn && desk->idle && !desk->paused) {
            desk->idle = false;
            schedule(m_now, Step::Ready, e.desk);
        }
        return Done{};
    case Step::BreakEnd:
        if (Outcome ok = m_engine.resumeCounter(number, staff); !ok)
            return expected(ok, "resume", number);
        desk->paused = false;
        schedule(m_now, Step::Ready, e.desk);
        return Done{};
    case Step::Cutoff:
        // Nothing new will come: the idle counters finish their day.
        for (int i = 0; i < m_desks.size(); ++i) {
            if (m_desks[i].loggedIn && m_desks[i].idle) {
                m_desks[i].idle = false;
                schedule(m_now, Step::Ready, i);
            }
        }
        return Done{};
    }
    return Done{};
}

} // namespace

SimulationOptions SimulationOptions::idealQueue(const QDate &from, const QDate &to)
{
    SimulationOptions o;
    o.from = from;
    o.to = to;
    o.walkSecondsMin = o.walkSecondsMax = 0;
    o.gapSecondsMin = o.gapSecondsMax = 0;
    o.noShowShare = 0;
    o.transferShare = 0;
    o.priorityShare = 0;
    o.breaks = false;
    o.serviceSigma = 0;
    return o;
}

BranchSimulator::BranchSimulator(Database &db) : m_db(db) {}

Result<SimulationSummary> BranchSimulator::run(const SimulationOptions &options)
{
    Run run(m_db, options);
    return run.run();
}

} // namespace antrian
