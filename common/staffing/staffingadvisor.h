// SPDX-License-Identifier: GPL-3.0-or-later
// StaffingAdvisor: how many counters each open hour of a weekday needs, from the branch's own
// history, beside how many it had. For the weekday asked: the last `weeks` such dates before
// today that the calendar had open and that hold tickets (none before the branch's first day).
// Arrivals per hour per service are the mean over those days (by the hour of issue, for the
// service a ticket was issued for); the mean service time of a service is start -> finish of its
// finished tickets on those days (the config's average where it has none). Each service's need
// is the fewest counters whose 90th-percentile wait is within its targetWaitMinutes by Erlang C
// (erlangc.h), and an hour's need is the sum over services: a counter serving several services
// is counted once per service it is needed for, so the total is an upper bound when counters are
// shared. Staffed is the mean number of counters with someone logged in during that hour
// (time-weighted, from the counter login/logout events).
#pragma once

#include "core/clock.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace antrian {

class Database;

struct ServiceNeed
{
    QString service;            // code
    double arrivals = 0;        // per hour
    double serviceMinutes = 0;  // mean
    int needed = 0;
    double p90WaitMinutes = 0;  // with `needed` counters, by Erlang C
};

struct HourNeed
{
    int hour = 0;               // local hour, 0..23
    double arrivals = 0;        // per hour, all services
    double serviceMinutes = 0;  // mean over services, weighted by arrivals
    int needed = 0;             // sum of the services' needs
    double staffed = 0;         // mean counters with someone logged in
    bool isShort = false;       // staffed < needed
    QList<ServiceNeed> services;
};

struct StaffingAdvice
{
    int weekday = 0;            // 1 Monday .. 7 Sunday, as QDate::dayOfWeek(); 0: none yet
    int weeks = 0;              // asked for
    QList<QDate> days;          // the dates read, newest first (open days holding tickets)
    QList<HourNeed> hours;      // the weekday's open hours, in order
};

class StaffingAdvisor
{
public:
    static constexpr int kDefaultWeeks = 8;
    static constexpr double kWaitQuantile = 0.9;

    StaffingAdvisor(const Database &db, const Clock &clock);

    // Refused for a weekday out of 1..7 or weeks < 1; empty hours when the branch is closed
    // that weekday.
    Result<StaffingAdvice> advise(int weekday, int weeks = kDefaultWeeks) const;

    // "mon".."sun" -> 1..7; 0 for anything else.
    static int weekdayFromKey(const QString &key);
    static QString weekdayKey(int weekday);

private:
    const Database &m_db;
    const Clock &m_clock;
};

} // namespace antrian
