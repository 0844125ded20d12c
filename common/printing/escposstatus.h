// SPDX-License-Identifier: GPL-3.0-or-later
// EscPosStatus: asking an ESC/POS printer whether it can print before sending it a ticket.
// DLE EOT 2 (offline cause) and DLE EOT 4 (paper roll sensor) are answered by the printer's
// real-time status handler, even when it is offline; a printer that does not answer is not
// assumed broken (many cheap ones stay silent), only one that says it is.
#pragma once

#include <QByteArray>
#include <QString>

namespace antrian {

struct PrinterCondition
{
    enum class Level {
        Unknown,  // no or malformed answer: print and hope, as a printer without status would
        Ready,
        PaperLow, // paper near its end: print, and tell the staff to change the roll
        Fault,    // cover open, paper out, error: do not print
    };
    Level level = Level::Unknown;
    QString detail; // for the log, in English: "paper out", "cover open"

    bool canPrint() const { return level != Level::Fault; }
};

namespace EscPosStatus {

// The bytes to send: DLE EOT 2, DLE EOT 4. The printer answers one byte for each.
QByteArray query();
inline constexpr int kReplySize = 2;

// Reads the printer's answer to query(); fewer than kReplySize bytes or bytes without the
// fixed bits of a status byte give Unknown.
PrinterCondition interpret(const QByteArray &reply);

} // namespace EscPosStatus

} // namespace antrian
