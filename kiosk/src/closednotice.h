// SPDX-License-Identifier: GPL-3.0-or-later
// ClosedNotice: what the kiosk's "closed" screen says: why no ticket can be taken now (closed,
// a holiday, past the last-ticket time), when the branch opens again, and its weekly hours.
#pragma once

#include "calendar/branchcalendar.h"
#include "calendar/branchstate.h"
#include "queue/branchstatus.h"

#include <QLocale>
#include <QStringList>

namespace antrian::kiosk {

struct ClosedNotice
{
    QString title;      // "We are closed"
    QString detail;     // the holiday's name, or that those holding a number are still served
    QString reopens;    // "tomorrow, Tuesday 24 November 2026, at 08.00"; empty if never
    QStringList hours;  // "Monday – Friday: 08.00 – 15.00", ..., "Sunday: closed"

    // In the language installed now: title, detail and reopening are branchStateAt()'s words;
    // `locale` formats the weekly hours.
    static ClosedNotice describe(const BranchStatus &status, const BranchCalendar &calendar, const QLocale &locale);
    // The weekly opening hours, consecutive days with the same hours on one line.
    static QStringList weeklyHours(const BranchCalendar &calendar, const QLocale &locale);
};

} // namespace antrian::kiosk
