// SPDX-License-Identifier: GPL-3.0-or-later
// BranchState: the branch's state at a moment, and the words for it, for every screen: the
// kiosk's closed screen, the lobby display and the counter's header all read it, so they
// never disagree (the display once invited tickets past the last-ticket time while the
// kiosk refused them).
#pragma once

#include "calendar/branchcalendar.h"

#include <QDateTime>
#include <QString>

namespace antrian {

struct BranchState
{
    enum class Kind {
        Open,           // taking tickets
        PastLastTicket, // still open, those holding a number are served, no new tickets
        Closed,         // outside opening hours
        Holiday,        // closed all day for a named holiday or special day
    };

    Kind kind = Kind::Closed;
    QDateTime closesAt;    // UTC, today's closing while open; invalid otherwise
    QDateTime nextOpening; // UTC; invalid when the branch never opens within a year
    QString holidayName;   // on a holiday

    // The words, in the language installed now (see installTranslations):
    QString title;   // empty when open; "No more tickets today", "We are closed", "We are closed today"
    QString detail;  // the holiday's name, that those with a number are still served, or that no hours are set up
    QString reopens; // "today at 08:00", "tomorrow, Tuesday 24 November 2026, at 08:00"; empty if never
    QString summary; // one line for a header: "Open until 15:00", "No more tickets today · open until 15:00"

    bool acceptsTickets() const { return kind == Kind::Open; }
    bool isOpen() const { return kind == Kind::Open || kind == Kind::PastLastTicket; }
};

// The one place that decides the branch's state at `utc` and words it.
BranchState branchStateAt(const BranchCalendar &calendar, const QDateTime &utc);

// "Customers who already have a number will still be served.": past the last ticket, and on a
// screen that stays up after closing while they are.
QString stillServedText();

// "today at 08:00", "tomorrow, Tuesday 24 November 2026, at 08:00", "Monday 30 November 2026 at 08:00".
QString describeReopening(const BranchCalendar &calendar, const QDateTime &openingUtc, const QDateTime &nowUtc);

} // namespace antrian
