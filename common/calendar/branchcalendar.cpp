// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchcalendar.h"

#include "core/translation.h"

#include <QCoreApplication>

namespace antrian {

BranchCalendar::BranchCalendar(CalendarConfig config) : m_config(std::move(config)) {}

QDate BranchCalendar::businessDate(const QDateTime &utc) const
{
    return toLocal(utc).date();
}

DayHours BranchCalendar::hoursOn(const QDate &date) const
{
    const auto it = m_config.days.constFind(date);
    if (it != m_config.days.constEnd())
        return it->hours;
    return m_config.weekly.at(date.dayOfWeek() - 1);
}

QString BranchCalendar::dayName(const QDate &date) const
{
    return m_config.days.value(date).name;
}

QDateTime BranchCalendar::localMinute(const QDate &date, int minute) const
{
    if (minute >= 24 * 60)
        return QDateTime(date.addDays(1), QTime(0, 0), m_config.timeZone);
    return QDateTime(date, QTime(minute / 60, minute % 60), m_config.timeZone);
}

bool BranchCalendar::isOpen(const QDateTime &utc) const
{
    const QDate today = businessDate(utc);
    const DayHours h = hoursOn(today);
    return h.isOpen() && utc >= localMinute(today, h.openMinute) && utc < localMinute(today, h.closeMinute);
}

QDateTime BranchCalendar::closingTime(const QDateTime &utc) const
{
    const QDate today = businessDate(utc);
    const DayHours h = hoursOn(today);
    return h.isOpen() ? localMinute(today, h.closeMinute).toUTC() : QDateTime();
}

QDateTime BranchCalendar::lastTicketTime(const QDateTime &utc) const
{
    const QDateTime close = closingTime(utc);
    return close.isValid() ? close.addSecs(-60 * m_config.lastTicketMinutesBeforeClose) : close;
}

bool BranchCalendar::acceptsTickets(const QDateTime &utc) const
{
    return isOpen(utc) && utc < lastTicketTime(utc);
}

QDateTime BranchCalendar::nextOpening(const QDateTime &utc) const
{
    const QDate today = businessDate(utc);
    for (int i = 0; i <= 366; ++i) {
        const QDate day = today.addDays(i);
        const DayHours h = hoursOn(day);
        if (!h.isOpen())
            continue;
        const QDateTime open = localMinute(day, h.openMinute).toUTC();
        if (open > utc)
            return open;
    }
    return {};
}

QString BranchCalendar::describeOpening(const QDateTime &opening, const QDateTime &now) const
{
    const QLocale locale = currentLocale();
    const QDateTime local = toLocal(opening);
    const qint64 days = businessDate(now).daysTo(local.date());
    const QString time = local.toString(QStringLiteral("HH:mm"));
    if (days == 0)
        return QCoreApplication::translate("BranchCalendar", "today %1").arg(time);
    if (days < 7)
        return locale.dayName(local.date().dayOfWeek(), QLocale::ShortFormat) + u' ' + time;
    return locale.toString(local.date(), QStringLiteral("ddd d MMM")) + u' ' + time;
}

QString BranchCalendar::ticketRefusal(const QDateTime &utc) const
{
    if (acceptsTickets(utc))
        return {};
    const QDateTime next = nextOpening(utc);
    if (isOpen(utc) && !next.isValid())
        return QCoreApplication::translate("BranchCalendar", "no more tickets today");
    if (!next.isValid())
        return QCoreApplication::translate("BranchCalendar", "branch closed; no opening hours are configured");
    const QString when = describeOpening(next, utc);
    if (isOpen(utc))
        return QCoreApplication::translate("BranchCalendar", "no more tickets today; branch opens again %1").arg(when);
    const QString holiday = dayName(businessDate(utc));
    if (!holiday.isEmpty() && !hoursOn(businessDate(utc)).isOpen())
        return QCoreApplication::translate("BranchCalendar", "branch closed for %1 until %2").arg(holiday, when);
    return QCoreApplication::translate("BranchCalendar", "branch closed until %1").arg(when);
}

} // namespace antrian
