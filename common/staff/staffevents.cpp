// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffevents.h"

#include "calendar/branchcalendar.h"
#include "storage/branchstore.h"

namespace antrian {

QTimeZone branchTimeZone(const Database &db)
{
    return BranchStore(db).timeZone();
}

Outcome recordStaffEvent(const Database &db, const QDateTime &now, const NewEvent &event)
{
    CalendarConfig calendar;
    calendar.timeZone = branchTimeZone(db);
    const QDate businessDate = BranchCalendar(calendar).businessDate(now); // the engine's rule
    auto appended = EventStore(db).append(event, businessDate, now.toMSecsSinceEpoch());
    return appended ? Outcome(Done{}) : Outcome(appended.error());
}

QString branchTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("HH:mm"));
}

} // namespace antrian
