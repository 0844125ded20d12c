// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchsimulator_p.h"

#include "simulation/arrivalshape.h"

#include "storage/database.h"

#include <algorithm>
#include <cmath>

namespace antrian {

namespace simulation_detail {

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

} // namespace simulation_detail

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
    simulation_detail::Run run(m_db, options);
    return run.run();
}

} // namespace antrian
