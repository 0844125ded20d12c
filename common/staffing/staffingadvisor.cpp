// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffingadvisor.h"

#include "staffing/erlangc.h"

#include "calendar/branchcalendar.h"
#include "domain/queueevent.h"
#include "storage/branchstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace antrian {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffingAdvisor)
};

constexpr std::array<const char *, 7> kWeekdayKeys = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

StaffingAdvisor::StaffingAdvisor(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

int StaffingAdvisor::weekdayFromKey(const QString &key)
{
    for (size_t i = 0; i < kWeekdayKeys.size(); ++i) {
        if (key.compare(QLatin1String(kWeekdayKeys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return 0;
}

QString StaffingAdvisor::weekdayKey(int weekday)
{
    return weekday >= 1 && weekday <= 7 ? QLatin1String(kWeekdayKeys[weekday - 1]) : QString();
}

Result<StaffingAdvice> StaffingAdvisor::advise(int weekday, int weeks) const
{
    if (weekday < 1 || weekday > 7)
        return Error::badInput(Tr::tr("a weekday is mon, tue, wed, thu, fri, sat or sun"));
    if (weeks < 1)
        return Error::badInput(Tr::tr("the advice needs at least one week of history, not %1").arg(weeks));
    auto branch = BranchStore(m_db).load();
    if (!branch)
        return branch.error();
    const BranchConfig &config = branch->config;
    const BranchCalendar calendar(config.calendar);

    StaffingAdvice advice;
    advice.weekday = weekday;
    advice.weeks = weeks;
    const DayHours weekly = config.calendar.weekly.at(weekday - 1);
    if (!weekly.isOpen())
        return advice;

    // The last `weeks` such weekdays before today (a day in progress is not history yet).
    const QDate today = calendar.businessDate(m_clock.nowUtc());
    QDate day = today.addDays(-1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(-1);
    QVariantList dates;
    for (int w = 0; w < weeks; ++w, day = day.addDays(-7)) {
        if (calendar.hoursOn(day).isOpen())
            dates.append(day.toString(Qt::ISODate));
    }

    const int firstHour = weekly.openMinute / 60;
    const int lastHour = (weekly.closeMinute - 1) / 60;
    const int hourCount = lastHour - firstHour + 1;

    // Arrivals by hour and service, and service times by service. A day counts once it holds
    // a ticket: before the branch's first day there is no history to average, not a quiet day.
    std::map<QString, std::vector<double>> arrivals; // by service: count per hour slot
    QHash<QString, double> serviceSum;
    QHash<QString, int> serviceCount;
    QSet<QString> seen;
    if (!dates.isEmpty()) {
        auto issued = m_db.run(QStringLiteral("SELECT business_date, origin_service_id, issued_at FROM tickets WHERE business_date IN (%1)")
                                       .arg(placeholders(dates.size())),
                               dates);
        if (!issued)
            return issued.error();
        while (issued->next()) {
            seen.insert(issued->value(0).toString());
            const QString code = branch->serviceCode(issued->value(1).toLongLong());
            const QDateTime at = calendar.toLocal(QDateTime::fromMSecsSinceEpoch(issued->value(2).toLongLong(), QTimeZone::utc()));
            const int slot = at.time().hour() - firstHour;
            if (slot < 0 || slot >= hourCount)
                continue;
            auto &perHour = arrivals[code];
            perHour.resize(static_cast<size_t>(hourCount));
            perHour[static_cast<size_t>(slot)] += 1.0;
        }
        issued->finish();
        for (const QVariant &date : std::as_const(dates)) {
            if (seen.contains(date.toString()))
                advice.days.append(QDate::fromString(date.toString(), Qt::ISODate));
        }
        auto served = m_db.run(QStringLiteral("SELECT service_id, started_at, finished_at FROM tickets"
                                              " WHERE business_date IN (%1) AND status = 'done' AND started_at IS NOT NULL")
                                       .arg(placeholders(dates.size())),
                               dates);
        if (!served)
            return served.error();
        while (served->next()) {
            const QString code = branch->serviceCode(served->value(0).toLongLong());
            serviceSum[code] += (served->value(2).toLongLong() - served->value(1).toLongLong()) / 60000.0;
            ++serviceCount[code];
        }
        served->finish();
    }

    const qsizetype dayCount = advice.days.size();

    // Counter-hours logged in, per hour slot, summed over the days.
    std::vector<double> staffedHours(static_cast<size_t>(hourCount), 0.0);
    if (dayCount > 0) {
        auto events = m_db.run(QStringLiteral("SELECT business_date, at, kind, counter_id FROM events"
                                              " WHERE business_date IN (%1) AND kind IN (?, ?) ORDER BY id")
                                       .arg(placeholders(dates.size())),
                               dates + QVariantList{eventKindKey(EventKind::CounterLogin), eventKindKey(EventKind::CounterLogout)});
        if (!events)
            return events.error();
        // Open sessions by (date, counter): when they began.
        QHash<QString, qint64> openSince;
        auto add = [&](const QDate &date, qint64 fromMs, qint64 toMs) {
            for (int slot = 0; slot < hourCount; ++slot) {
                const qint64 start = QDateTime(date, QTime(firstHour + slot, 0), config.calendar.timeZone).toMSecsSinceEpoch();
                const qint64 end = start + 3600 * 1000;
                const qint64 overlap = std::min(end, toMs) - std::max(start, fromMs);
                if (overlap > 0)
                    staffedHours[static_cast<size_t>(slot)] += overlap / 3600000.0;
            }
        };
        while (events->next()) {
            const QString date = events->value(0).toString();
            if (!seen.contains(date))
                continue;
            const qint64 at = events->value(1).toLongLong();
            const bool login = events->value(2).toString() == eventKindKey(EventKind::CounterLogin);
            const QString key = date + u'/' + events->value(3).toString();
            if (login) {
                if (!openSince.contains(key))
                    openSince.insert(key, at);
            } else if (auto it = openSince.find(key); it != openSince.end()) {
                add(QDate::fromString(date, Qt::ISODate), *it, at);
                openSince.erase(it);
            }
        }
        events->finish();
        // A session never logged out counts until the day's close.
        for (auto it = openSince.constBegin(); it != openSince.constEnd(); ++it) {
            const QDate date = QDate::fromString(it.key().section(u'/', 0, 0), Qt::ISODate);
            const DayHours h = calendar.hoursOn(date);
            add(date, *it, QDateTime(date, QTime(0, 0), config.calendar.timeZone).toMSecsSinceEpoch() + h.closeMinute * 60000LL);
        }
    }

    for (int slot = 0; slot < hourCount; ++slot) {
        HourNeed hour;
        hour.hour = firstHour + slot;
        double weighted = 0.0;
        for (const ServiceConfig &service : config.services) {
            auto it = arrivals.find(service.code);
            const double perHour = it == arrivals.end() || dayCount == 0 ? 0.0 : it->second[static_cast<size_t>(slot)] / dayCount;
            if (perHour <= 0.0 && !service.active)
                continue;
            ServiceNeed need;
            need.service = service.code;
            need.arrivals = perHour;
            need.serviceMinutes = serviceCount.value(service.code) > 0
                    ? serviceSum.value(service.code) / serviceCount.value(service.code)
                    : service.averageServiceMinutes;
            const double load = perHour * need.serviceMinutes / 60.0;
            need.needed = countersNeeded(load, need.serviceMinutes, service.targetWaitMinutes, kWaitQuantile);
            need.p90WaitMinutes = waitQuantile(need.needed, load, need.serviceMinutes, kWaitQuantile);
            hour.arrivals += perHour;
            weighted += perHour * need.serviceMinutes;
            hour.needed += need.needed;
            hour.services.append(need);
        }
        hour.serviceMinutes = hour.arrivals > 0 ? weighted / hour.arrivals : 0.0;
        hour.staffed = dayCount > 0 ? staffedHours[static_cast<size_t>(slot)] / dayCount : 0.0;
        // A mean, so a counter missing for a few minutes of one day already shows.
        hour.isShort = hour.staffed + 1e-9 < hour.needed;
        advice.hours.append(hour);
    }
    return advice;
}

} // namespace antrian
