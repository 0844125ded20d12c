// SPDX-License-Identifier: GPL-3.0-or-later
#include "closednotice.h"

#include <QCoreApplication>

namespace antrian::kiosk {

namespace {

// lupdate files these strings under "ClosedNotice", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClosedNotice)
};

QString timeText(int minute, const QLocale &locale)
{
    if (minute >= 24 * 60)
        return QStringLiteral("24") + locale.toString(QTime(0, 0), QLocale::ShortFormat).mid(2);
    return locale.toString(QTime(minute / 60, minute % 60), QLocale::ShortFormat);
}

} // namespace

QStringList ClosedNotice::weeklyHours(const BranchCalendar &calendar, const QLocale &locale)
{
    // A Monday far from any holiday or special day: only the weekly hours count here.
    const auto weekday = [&](int index) { return calendar.hoursOn(QDate(2001, 1, 1).addDays(index)); };
    const auto same = [](const DayHours &a, const DayHours &b) {
        return a.isOpen() == b.isOpen() && (!a.isOpen() || (a.openMinute == b.openMinute && a.closeMinute == b.closeMinute));
    };
    QStringList lines;
    for (int first = 0; first < 7;) {
        int last = first;
        while (last + 1 < 7 && same(weekday(last + 1), weekday(first)))
            ++last;
        const QString days = first == last
                ? locale.dayName(first + 1)
                : Tr::tr("%1 – %2", "a range of weekdays").arg(locale.dayName(first + 1), locale.dayName(last + 1));
        const DayHours h = weekday(first);
        lines << (h.isOpen() ? Tr::tr("%1: %2 – %3").arg(days, timeText(h.openMinute, locale), timeText(h.closeMinute, locale))
                             : Tr::tr("%1: closed").arg(days));
        first = last + 1;
    }
    return lines;
}

ClosedNotice ClosedNotice::describe(const BranchStatus &status, const BranchCalendar &calendar, const QLocale &locale)
{
    // The words are the branch state's, shared with the display and the counter.
    const BranchState state = branchStateAt(calendar, status.now);
    ClosedNotice n;
    n.title = state.title;
    n.detail = state.detail;
    n.reopens = state.reopens;
    n.hours = weeklyHours(calendar, locale);
    return n;
}

} // namespace antrian::kiosk
