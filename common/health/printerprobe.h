// SPDX-License-Identifier: GPL-3.0-or-later
// PrinterProbe: asks the kiosk's ESC/POS printer how it is (DLE EOT, EscPosStatus), as the
// kiosk does before each ticket, but on its own with a deadline for every step, so a printer
// that is off, unplugged or silent never hangs antrianctl doctor. Blocking, for a command
// line; POSIX sockets and poll(), no Qt Network in the core.
#pragma once

#include "printing/escposstatus.h"

#include <QString>

namespace antrian {

struct PrinterAnswer
{
    bool reached = false;    // connected (TCP) or opened (device)
    QString error;           // why not reached, in the system's words
    bool answered = false;   // it answered the status query with status bytes
    PrinterCondition condition; // what it said; Unknown when it said nothing
};

// How long each step waits: connecting, and the status answer. A printer on the branch's
// network answers within milliseconds; one that took longer would also fail the kiosk, whose
// own status wait is EscPosNetworkPrinter::kStatusWaitMs (600 ms).
inline constexpr int kPrinterConnectTimeoutMs = 2000;
inline constexpr int kPrinterAnswerTimeoutMs = 1500;

PrinterAnswer probeEscPosTcp(const QString &host, int port);
PrinterAnswer probeEscPosDevice(const QString &path);

} // namespace antrian
