// SPDX-License-Identifier: GPL-3.0-or-later
// TicketSlip: what a printed ticket says, line by line, in the customer's language. Built once
// from an issued ticket; the ESC/POS encoder and the kiosk's page printer both lay out the same
// slip, so paper never says something the screen does not.
#pragma once

#include "config/branchconfig.h"
#include "domain/issuedticket.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace antrian {

// One line of a printed ticket and how it stands out. Both layouts (ESC/POS and the page
// printer) print TicketSlip::lines() in order and decide only what each style looks like, so a
// new line on the ticket is written once, in TicketSlip::build and lines().
struct SlipLine
{
    enum class Style {
        Title,    // the branch, bold and tall
        Rule,     // a separator across the paper (no text)
        Normal,
        Code,     // the queue number, as large as the paper allows
        Service,  // the service's name, bold and large
        Emphasis, // bold: what the customer must not miss
        Small,    // a note in the smallest readable size
        Gap,      // a little space (no text)
    };
    Style style = Style::Normal;
    QString text;
};

struct TicketSlip
{
    QString branchName;
    QString heading;      // "Queue number"
    QString code;         // "A-024", printed large
    QString serviceName;  // in the slip's language
    QString priorityLine; // "Priority: Elderly"; empty for an ordinary ticket
    QString aheadLine;    // "3 people ahead of you" / "You are next"
    QString waitLine;     // "Estimated wait: about 25 minutes"
    QString issuedLine;   // "Monday, 23 November 2026 09:00"
    QString validityLine; // "Valid today only"; empty when the branch keeps tickets overnight
    QString thanks;       // "Thank you for your patience"

    int ahead = 0;
    QDateTime issuedAtLocal; // in the branch's time zone

    // In the language installed now (see installTranslations); service and reason names come
    // from `branch` in that language.
    static TicketSlip build(const IssuedTicket &issued, const BranchConfig &branch);

    // What is printed, top to bottom; a line with nothing to say is left out.
    QList<SlipLine> lines() const;
};

} // namespace antrian
