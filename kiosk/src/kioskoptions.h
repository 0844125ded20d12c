// SPDX-License-Identifier: GPL-3.0-or-later
// KioskOptions: what the kiosk takes on its command line beyond AppSetup's standard options:
// kiosk mode, the printer, the window size, which screen --screenshot renders, and --rating-pad
// (the same app as the customer's rating pad at one counter instead of the ticket kiosk).
#pragma once

#include "config/branchconfig.h"
#include "core/result.h"
#include "printing/printerspec.h"

#include <QCommandLineParser>
#include <QSize>

namespace antrian::kiosk {

struct KioskOptions
{
    enum class Screen { Start, Ticket, Closed, PadIdle, PadFaces, PadSkm, PadThanks };

    bool kioskMode = false;    // frameless full screen, no closing, no cursor
    PrinterSpec printer;       // Kind::None unless --printer
    QSize size{1280, 800};     // window size, and the size of a screenshot
    Screen screen = Screen::Start;
    int returnSeconds = 10;    // how long the ticket screen stays
    QString logo;              // the branch's logo (PNG or JPEG); empty: a plain mark
    int ratingPad = 0;         // the counter whose rating pad this is; 0: the ticket kiosk

    bool isRatingPad() const { return ratingPad > 0; }

    static void addTo(QCommandLineParser &parser);
    // Reads and checks them; a mistake gets a message naming the option.
    static Result<KioskOptions> read(const QCommandLineParser &parser);
    // What can only be checked against the branch: --rating-pad names one of its counters.
    Outcome checkAgainst(const BranchConfig &branch) const;
};

} // namespace antrian::kiosk
