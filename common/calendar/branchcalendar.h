// SPDX-License-Identifier: GPL-3.0-or-later
// BranchCalendar: when the branch is open and when it takes tickets, in its own time zone,
// whatever the machine's clock is set to. Answers questions about a given UTC moment.
#pragma once

#include "config/branchconfig.h"

#include <QDateTime>
#include <QString>

namespace antrian {

class BranchCalendar
{
public:
    explicit BranchCalendar(CalendarConfig config = {});

    const QTimeZone &timeZone() const { return m_config.timeZone; }

    // The branch's local date at `utc`: tickets are numbered per business date.
    QDate businessDate(const QDateTime &utc) const;
    QDateTime toLocal(const QDateTime &utc) const { return utc.toTimeZone(m_config.timeZone); }

    // Opening hours of a local date, holidays and special days applied.
    DayHours hoursOn(const QDate &date) const;
    // The holiday's or special day's name, if `date` is one.
    QString dayName(const QDate &date) const;

    bool isOpen(const QDateTime &utc) const;
    // Open, and not yet past the last-ticket cutoff.
    bool acceptsTickets(const QDateTime &utc) const;
    // The next moment the branch opens strictly after `utc` if closed now, or the next
    // opening after today's if open; invalid if it never opens within a year.
    QDateTime nextOpening(const QDateTime &utc) const;
    // Today's closing and last-ticket times (invalid when closed all day).
    QDateTime closingTime(const QDateTime &utc) const;
    QDateTime lastTicketTime(const QDateTime &utc) const;

    // Why no ticket can be issued at `utc`, for the kiosk and the CLI:
    // "branch closed until Mon 08:00". Empty when tickets are accepted.
    QString ticketRefusal(const QDateTime &utc) const;
    // "Mon 08:00" within the coming week, "Mon 5 Jan 08:00" further away.
    QString describeOpening(const QDateTime &opening, const QDateTime &now) const;

private:
    QDateTime localMinute(const QDate &date, int minute) const;

    CalendarConfig m_config;
};

} // namespace antrian
