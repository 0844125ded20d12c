// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilder.h"

#include "percentile.h"
#include "reportreader.h"

#include "core/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace antrian {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

constexpr double kMsPerMinute = 60'000.0;
constexpr qint64 kMsPerHour = 3'600'000;
// The row of tickets no counter holds, and (staff rows) of those called with nobody logged in.
constexpr qint64 kNoCounter = 0;
constexpr qint64 kNobody = -1;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

} // namespace

// The counts and the values of one row while the tickets are read.
struct ReportBuilder::Accumulator
{
    ReportFigures counts; // the integer figures, kept as they grow
    std::vector<double> waits;
    std::vector<double> services;
    // Sums in whole milliseconds and points: exact, so the order the tickets come in (one stream
    // or two halves absorbed) cannot change a mean.
    qint64 waitSumMs = 0;
    qint64 serviceSumMs = 0;
    qint64 walkSumMs = 0;
    int walkCount = 0;
    int called = 0;
    int withinTarget = 0;
    qint64 ratingSum = 0;
    int withOutcome = 0;
    int resolved = 0;
    std::optional<double> idleMinutes;
    bool hasTickets = false;

    ReportFigures figures()
    {
        ReportFigures f = counts;
        if (!waits.empty()) {
            f.waitMeanMinutes = double(waitSumMs) / kMsPerMinute / double(waits.size());
            f.waitMedianMinutes = percentileInPlace(waits, 0.5);
            f.waitP90Minutes = percentileInPlace(waits, 0.9);
        }
        if (walkCount > 0)
            f.walkMeanMinutes = double(walkSumMs) / kMsPerMinute / walkCount;
        if (!services.empty()) {
            f.serviceMeanMinutes = double(serviceSumMs) / kMsPerMinute / double(services.size());
            f.serviceMedianMinutes = percentileInPlace(services, 0.5);
            f.serviceP90Minutes = percentileInPlace(services, 0.9);
        }
        if (called > 0)
            f.withinTargetPercent = 100.0 * withinTarget / called;
        if (f.ratingCount > 0)
            f.ratingMean = double(ratingSum) / f.ratingCount;
        if (withOutcome > 0)
            f.resolvedPercent = 100.0 * resolved / withOutcome;
        f.idleWhileWaitingMinutes = idleMinutes;
        return f;
    }

    void absorb(Accumulator &&other)
    {
        for (int ReportFigures::*count : {&ReportFigures::issued, &ReportFigures::served, &ReportFigures::noShow,
                                          &ReportFigures::cancelled, &ReportFigures::expired, &ReportFigures::transferred,
                                          &ReportFigures::ratingCount})
            counts.*count += other.counts.*count;
        waits.insert(waits.end(), other.waits.begin(), other.waits.end());
        services.insert(services.end(), other.services.begin(), other.services.end());
        waitSumMs += other.waitSumMs;
        serviceSumMs += other.serviceSumMs;
        walkSumMs += other.walkSumMs;
        walkCount += other.walkCount;
        called += other.called;
        withinTarget += other.withinTarget;
        ratingSum += other.ratingSum;
        withOutcome += other.withOutcome;
        resolved += other.resolved;
        hasTickets = hasTickets || other.hasTickets;
    }
};

ReportBuilder::ReportBuilder(ReportGrouping by, const QDate &from, const QDate &to, ReportSetup setup,
                             const QDate &today, qint64 nowMs)
    : m_by(by), m_from(from), m_to(to), m_setup(std::move(setup)), m_todayJulian(today.toJulianDay()), m_nowMs(nowMs),
      m_total(std::make_unique<Accumulator>())
{
    for (const auto &s : m_setup.services)
        m_targetWaitMs.insert(s.id, s.targetWaitMinutes * 60'000);
    for (auto it = m_setup.outcomeResolved.cbegin(); it != m_setup.outcomeResolved.cend(); ++it)
        m_outcomes.emplace_back(it.key().toStdString(), it.value());
}

ReportBuilder::~ReportBuilder() = default;

int ReportBuilder::localHourOf(qint64 ms)
{
    // The offset is read once per UTC hour: a year is some 9,000 of them, not 1.5 million calls.
    const qint64 utcHour = floorDiv(ms, kMsPerHour);
    auto it = m_offsetByUtcHour.constFind(utcHour);
    if (it == m_offsetByUtcHour.constEnd())
        it = m_offsetByUtcHour.insert(
                utcHour, m_setup.timeZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcHour * kMsPerHour, QTimeZone::utc())));
    return int(floorDiv(ms + qint64(*it) * 1000, kMsPerHour) % 24 + 24) % 24;
}

qint64 ReportBuilder::groupKeyOf(const TicketFact &t)
{
    switch (m_by) {
    case ReportGrouping::Service:
        return t.serviceId;
    case ReportGrouping::Counter:
        return t.counterId;
    case ReportGrouping::Staff:
        if (t.counterId == 0)
            return kNoCounter;
        return t.staffId != 0 ? t.staffId : kNobody;
    case ReportGrouping::Hour:
        return localHourOf(t.issuedAt);
    case ReportGrouping::Day:
        return t.businessDay;
    }
    return 0;
}

bool ReportBuilder::resolved(std::string_view outcome) const
{
    for (const auto &[code, isResolved] : m_outcomes)
        if (code == outcome)
            return isResolved;
    return false; // an outcome no longer in the config counts as not resolved
}

void ReportBuilder::add(const TicketFact &t)
{
    const qint64 key = groupKeyOf(t);
    Accumulator *&group = m_groups[key];
    if (!group) {
        m_owned.push_back(std::make_unique<Accumulator>());
        group = m_owned.back().get();
    }
    const int targetWaitMs = m_targetWaitMs.value(t.originServiceId, 15 * 60'000);
    const bool isResolved = t.status == FactStatus::Done && !t.outcome.empty() && resolved(t.outcome);
    for (Accumulator *a : {group, m_total.get()}) {
        a->hasTickets = true;
        ReportFigures &c = a->counts;
        ++c.issued;
        switch (t.status) {
        case FactStatus::Done: ++c.served; break;
        case FactStatus::NoShow: ++c.noShow; break;
        case FactStatus::Cancelled: ++c.cancelled; break;
        case FactStatus::Expired: ++c.expired; break;
        case FactStatus::Waiting:
            if (t.businessDay < m_todayJulian)
                ++c.expired; // the engine expires it at its next write
            break;
        default: break; // called or in service now: counted as issued only
        }
        if (t.transferred)
            ++c.transferred;
        if (t.firstCalledAt != 0) {
            const double wait = double(t.firstCalledAt - t.issuedAt) / kMsPerMinute;
            a->waits.push_back(wait);
            a->waitSumMs += t.firstCalledAt - t.issuedAt;
            ++a->called;
            if (t.firstCalledAt - t.issuedAt <= targetWaitMs)
                ++a->withinTarget;
        }
        if (t.startedAt != 0 && t.calledAt != 0) {
            a->walkSumMs += t.startedAt - t.calledAt;
            ++a->walkCount;
        }
        if (t.status == FactStatus::Done && t.startedAt != 0 && t.finishedAt != 0) {
            const double service = double(t.finishedAt - t.startedAt) / kMsPerMinute;
            a->services.push_back(service);
            a->serviceSumMs += t.finishedAt - t.startedAt;
        }
        if (t.rating > 0) {
            ++c.ratingCount;
            a->ratingSum += t.rating;
        }
        if (t.status == FactStatus::Done && !t.outcome.empty()) {
            ++a->withOutcome;
            a->resolved += isResolved ? 1 : 0;
        }
    }
    if (m_by == ReportGrouping::Staff) {
        // While it waited for its first call, in the line of the service it was issued for.
        const qint64 waitEnd = t.firstCalledAt ? t.firstCalledAt : (t.finishedAt ? t.finishedAt : m_nowMs);
        if (waitEnd > t.issuedAt)
            m_waitingByService[t.originServiceId].emplace_back(t.issuedAt, waitEnd);
        if (t.transferred)
            m_firstCallOfTransferred.insert(t.id, t.firstCalledAt);
        // While the counter that called it last held it, called or in service.
        if (t.counterId != 0 && t.calledAt != 0) {
            const qint64 heldUntil = t.finishedAt ? t.finishedAt : m_nowMs;
            if (heldUntil > t.calledAt)
                m_busyByCounter[t.counterId].emplace_back(t.calledAt, heldUntil);
        }
    }
}

void ReportBuilder::absorb(ReportBuilder &&other)
{
    m_total->absorb(std::move(*other.m_total));
    for (auto it = other.m_groups.cbegin(); it != other.m_groups.cend(); ++it) {
        Accumulator *&group = m_groups[it.key()];
        if (group)
            group->absorb(std::move(*it.value()));
        else
            group = it.value();
    }
    std::move(other.m_owned.begin(), other.m_owned.end(), std::back_inserter(m_owned));
    other.m_owned.clear();
    other.m_groups.clear();
    auto append = [](auto &into, auto &&from) {
        for (auto it = from.begin(); it != from.end(); ++it) {
            auto &list = into[it.key()];
            list.insert(list.end(), it.value().begin(), it.value().end());
        }
    };
    append(m_waitingByService, std::move(other.m_waitingByService));
    append(m_busyByCounter, std::move(other.m_busyByCounter));
    m_firstCallOfTransferred.insert(other.m_firstCallOfTransferred);
    std::move(other.m_sessions.begin(), other.m_sessions.end(), std::back_inserter(m_sessions));
    std::move(other.m_transfers.begin(), other.m_transfers.end(), std::back_inserter(m_transfers));
}

void ReportBuilder::addSession(const SessionFact &session)
{
    if (session.endMs > session.startMs)
        m_sessions.push_back(session);
}

void ReportBuilder::addTransfer(const TransferFact &transfer)
{
    if (transfer.counterId != 0)
        m_transfers.push_back(transfer);
}

QHash<qint64, double> ReportBuilder::idleMinutesByStaff()
{
    // A counter held a ticket it transferred from the call that brought it there (its first
    // call, or the previous transfer's end) until the transfer.
    std::sort(m_transfers.begin(), m_transfers.end(),
              [](const TransferFact &a, const TransferFact &b) { return std::pair(a.ticketId, a.atMs) < std::pair(b.ticketId, b.atMs); });
    for (std::size_t i = 0; i < m_transfers.size(); ++i) {
        const TransferFact &t = m_transfers[i];
        qint64 start = m_firstCallOfTransferred.value(t.ticketId);
        if (i > 0 && m_transfers[i - 1].ticketId == t.ticketId)
            start = std::max(start, m_transfers[i - 1].atMs);
        if (start != 0 && t.atMs > start)
            m_busyByCounter[t.counterId].emplace_back(start, t.atMs);
    }
    QHash<qint64, Intervals> idleWindows; // by counter: its services' tickets waited, it held none
    QHash<qint64, double> idle;
    // Each service's waits merged once (a busy day's overlap into a few stretches), then each
    // counter's services' together: sorting a year's waits once per counter was most of the time.
    QHash<qint64, Intervals> waitingByService;
    for (auto it = m_waitingByService.begin(); it != m_waitingByService.end(); ++it)
        waitingByService.insert(it.key(), mergedIntervals(std::move(it.value())));
    for (const auto &counter : m_setup.counters) {
        Intervals waiting;
        for (qint64 service : counter.serviceIds) {
            const Intervals &w = waitingByService[service];
            waiting.insert(waiting.end(), w.begin(), w.end());
        }
        idleWindows.insert(counter.id, intervalsMinus(mergedIntervals(std::move(waiting)),
                                                      mergedIntervals(std::move(m_busyByCounter[counter.id]))));
    }
    for (const SessionFact &s : m_sessions)
        idle[s.staffId] += double(overlapMs(idleWindows.value(s.counterId), s.startMs, s.endMs)) / kMsPerMinute;
    return idle;
}

Report ReportBuilder::finish(const QDateTime &generatedAtUtc)
{
    Report report;
    report.by = m_by;
    report.from = m_from;
    report.to = m_to;
    report.branchName = m_setup.branchName;
    report.timeZone = QString::fromUtf8(m_setup.timeZone.id());
    report.generatedAtUtc = generatedAtUtc;

    auto rowOf = [&](qint64 key, QString rowKey, QString label) {
        Accumulator *a = m_groups.value(key);
        ReportRow row{std::move(rowKey), std::move(label), a ? a->figures() : ReportFigures{}};
        return row;
    };
    QList<ReportRow> &rows = report.rows;
    switch (m_by) {
    case ReportGrouping::Service:
        for (const auto &s : m_setup.services)
            if (s.active || m_groups.contains(s.id))
                rows.append(rowOf(s.id, s.code, s.name));
        break;
    case ReportGrouping::Counter:
        for (const auto &c : m_setup.counters)
            if (c.active || m_groups.contains(c.id))
                rows.append(rowOf(c.id, QString::number(c.number), c.name));
        if (m_groups.contains(kNoCounter))
            rows.append(rowOf(kNoCounter, QStringLiteral("none"), Tr::tr("Not called")));
        break;
    case ReportGrouping::Staff: {
        const QHash<qint64, double> idle = idleMinutesByStaff();
        QList<ReportSetup::Staff> people;
        for (const auto &p : m_setup.staff)
            if (m_groups.contains(p.id) || idle.contains(p.id))
                people.append(p);
        std::sort(people.begin(), people.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        std::optional<double> totalIdle;
        for (const auto &p : people) {
            ReportRow row = rowOf(p.id, p.username, p.name.isEmpty() ? p.username : p.name);
            if (idle.contains(p.id)) {
                row.figures.idleWhileWaitingMinutes = idle.value(p.id);
                totalIdle = totalIdle.value_or(0) + idle.value(p.id);
            }
            rows.append(row);
        }
        if (m_groups.contains(kNobody))
            rows.append(rowOf(kNobody, QStringLiteral("nobody"), Tr::tr("Nobody logged in")));
        if (m_groups.contains(kNoCounter))
            rows.append(rowOf(kNoCounter, QStringLiteral("none"), Tr::tr("Not called")));
        m_total->idleMinutes = totalIdle;
        break;
    }
    case ReportGrouping::Hour:
        for (int hour = 0; hour < 24; ++hour)
            if (m_groups.contains(hour))
                rows.append(rowOf(hour, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("%1:00-%2:00").arg(hour, 2, 10, QLatin1Char('0')).arg(hour + 1, 2, 10, QLatin1Char('0'))));
        break;
    case ReportGrouping::Day:
        for (QDate d = m_from; d.isValid() && d <= m_to; d = d.addDays(1))
            rows.append(rowOf(d.toJulianDay(), d.toString(Qt::ISODate), currentLocale().toString(d, QLocale::ShortFormat)));
        break;
    }
    report.total = m_total->figures();
    return report;
}

Intervals mergedIntervals(Intervals intervals)
{
    std::sort(intervals.begin(), intervals.end());
    Intervals merged;
    for (const auto &[start, end] : intervals) {
        if (end <= start)
            continue;
        if (!merged.empty() && start <= merged.back().second)
            merged.back().second = std::max(merged.back().second, end);
        else
            merged.emplace_back(start, end);
    }
    return merged;
}

Intervals intervalsMinus(const Intervals &from, const Intervals &minus)
{
    Intervals result;
    std::size_t j = 0;
    for (auto [start, end] : from) {
        while (j < minus.size() && minus[j].second <= start)
            ++j;
        for (std::size_t k = j; k < minus.size() && minus[k].first < end; ++k) {
            if (minus[k].first > start)
                result.emplace_back(start, minus[k].first);
            start = std::max(start, minus[k].second);
        }
        if (start < end)
            result.emplace_back(start, end);
    }
    return result;
}

qint64 overlapMs(const Intervals &merged, qint64 start, qint64 end)
{
    auto it = std::lower_bound(merged.begin(), merged.end(), start,
                               [](const std::pair<qint64, qint64> &i, qint64 s) { return i.second <= s; });
    qint64 total = 0;
    for (; it != merged.end() && it->first < end; ++it)
        total += std::min(end, it->second) - std::max(start, it->first);
    return total;
}

} // namespace antrian

namespace antrian {

QStringList reportDefinitions()
{
    return {
            Tr::tr("A ticket belongs to its business date: the day it was issued, in the branch's time zone."),
            Tr::tr("Wait: from issue to the first call (kept across transfers and recalls)."),
            Tr::tr("Walk: from the call that led to service to the start of service (for a ticket never transferred, "
                   "its first call)."),
            Tr::tr("Service: from the start of service to its finish, over the served tickets."),
            Tr::tr("Median and 90th percentile: linear interpolation between the closest ranks (as numpy's default "
                   "and PostgreSQL's percentile_cont)."),
            Tr::tr("Within target: tickets first called within the target wait of the service they were issued for, "
                   "as a share of the tickets called."),
            Tr::tr("Resolved: finished tickets whose outcome counts as resolved, as a share of the finished tickets "
                   "with an outcome."),
            Tr::tr("Rating: the customers' scores from 1 to 5 of the row's tickets."),
            Tr::tr("Issued = served + no-show + cancelled + expired + the tickets still open today; a ticket still "
                   "waiting from an earlier day counts as expired; transferred counts tickets transferred at least once."),
            Tr::tr("Total: computed from all the tickets of the period, not from the rows; every ticket is in exactly "
                   "one row, so the rows' counts add up to it."),
    };
}

QStringList reportDefinitions(ReportGrouping by)
{
    QStringList definitions = reportDefinitions();
    switch (by) {
    case ReportGrouping::Service:
        definitions.append(Tr::tr("Rows: the service a ticket ended in (where it was served, or last waited)."));
        break;
    case ReportGrouping::Counter:
        definitions.append(Tr::tr("Rows: the counter that called a ticket last (that served it, or marked it a "
                                  "no-show); tickets no counter holds (never called, or sent back to wait) are "
                                  "\"Not called\"."));
        break;
    case ReportGrouping::Staff:
        definitions.append(Tr::tr("Rows: the staff member who called a ticket last (who served it, or marked it a "
                                  "no-show); tickets no counter holds are \"Not called\", those called with nobody "
                                  "logged in \"Nobody logged in\"."));
        definitions.append(Tr::tr("Idle while waiting: minutes logged in at a counter, holding no called or served "
                                  "ticket, while a ticket of one of that counter's services waited for its first call."));
        break;
    case ReportGrouping::Hour:
        definitions.append(Tr::tr("Rows: the hour a ticket was issued, in the branch's time zone."));
        break;
    case ReportGrouping::Day:
        definitions.append(Tr::tr("Rows: the business date."));
        break;
    }
    return definitions;
}

} // namespace antrian
