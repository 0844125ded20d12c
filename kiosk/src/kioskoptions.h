// SPDX-License-Identifier: GPL-3.0-or-later
// KioskOptions: what the kiosk takes on its command line beyond AppSetup's standard options:
// kiosk mode, the printer, the window size, which screen --screenshot renders.
#pragma once

#include "core/result.h"
#include "printing/printerspec.h"

#include <QCommandLineParser>
#include <QSize>

namespace antrian::kiosk {

struct KioskOptions
{
    enum class Screen { Start, Ticket, Closed };

    bool kioskMode = false;    // frameless full screen, no closing, no cursor
    PrinterSpec printer;       // Kind::None unless --printer
    QSize size{1280, 800};     // window size, and the size of a screenshot
    Screen screen = Screen::Start;
    int returnSeconds = 10;    // how long the ticket screen stays
    QString logo;              // the branch's logo (PNG or JPEG); empty: a plain mark

    static void addTo(QCommandLineParser &parser);
    // Reads and checks them; a mistake gets a message naming the option.
    static Result<KioskOptions> read(const QCommandLineParser &parser);
};

} // namespace antrian::kiosk
