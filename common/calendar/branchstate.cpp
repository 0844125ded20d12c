// SPDX-License-Identifier: GPL-3.0-or-later
#include "branchstate.h"

#include "core/translation.h"

#include <QCoreApplication>

namespace antrian {

namespace {

// lupdate files these strings under "BranchState", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BranchState)
};

} // namespace

QString stillServedText()
{
    return Tr::tr("Customers who already have a number will still be served.");
}

QString describeReopening(const BranchCalendar &calendar, const QDateTime &openingUtc, const QDateTime &nowUtc)
{
    if (!openingUtc.isValid())
        return {};
    const QLocale locale = currentLocale();
    const QDateTime local = calendar.toLocal(openingUtc);
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const QString date = locale.toString(local.date(), QStringLiteral("dddd d MMMM yyyy"));
    switch (calendar.businessDate(nowUtc).daysTo(local.date())) {
    case 0: return Tr::tr("today at %1").arg(time);
    case 1: return Tr::tr("tomorrow, %1, at %2").arg(date, time);
    default: return Tr::tr("%1 at %2").arg(date, time);
    }
}

BranchState branchStateAt(const BranchCalendar &calendar, const QDateTime &utc)
{
    BranchState s;
    const QDate today = calendar.businessDate(utc);
    const QString dayName = calendar.dayName(today);
    const QLocale locale = currentLocale();
    s.nextOpening = calendar.nextOpening(utc);
    s.reopens = describeReopening(calendar, s.nextOpening, utc);
    if (calendar.isOpen(utc)) {
        s.closesAt = calendar.closingTime(utc);
        const QString until = Tr::tr("Open until %1")
                                      .arg(locale.toString(calendar.toLocal(s.closesAt).time(), QLocale::ShortFormat));
        if (calendar.acceptsTickets(utc)) {
            s.kind = BranchState::Kind::Open;
            s.summary = until;
            return s;
        }
        s.kind = BranchState::Kind::PastLastTicket;
        s.title = Tr::tr("No more tickets today");
        s.detail = stillServedText();
        s.summary = s.title + QStringLiteral(" · ") + until;
        return s;
    }
    if (!dayName.isEmpty() && !calendar.hoursOn(today).isOpen()) {
        s.kind = BranchState::Kind::Holiday;
        s.holidayName = dayName;
        s.title = Tr::tr("We are closed today");
        s.detail = dayName;
    } else {
        s.kind = BranchState::Kind::Closed;
        s.title = Tr::tr("We are closed");
    }
    if (s.reopens.isEmpty())
        s.detail = Tr::tr("No opening hours are set up. Please ask our staff.");
    s.summary = s.kind == BranchState::Kind::Holiday ? s.title + QStringLiteral(" · ") + s.holidayName : s.title;
    if (!s.reopens.isEmpty())
        s.summary += QStringLiteral(" · ") + Tr::tr("we open again %1").arg(s.reopens);
    return s;
}

} // namespace antrian
