// SPDX-License-Identifier: GPL-3.0-or-later
// PrinterSpec: which printer a kiosk prints its tickets on, as one line of text that fits a
// command-line flag or a systemd unit:
//   none                          no printer: the screen is the ticket
//   escpos-tcp:HOST[:PORT]        raw ESC/POS to a network thermal printer (port 9100 by default)
//   escpos-device:PATH            raw ESC/POS to a device file (/dev/usb/lp0)
//   pdf:FILE                      a PDF file, rewritten for each ticket (testing, archiving)
//   cups:QUEUE                    a CUPS printer queue; "cups:" alone is the default printer
// ESC/POS kinds take ",columns=N" for the paper width in characters (48 for 80 mm paper, the
// default; 32 for 58 mm): escpos-tcp:192.168.1.50:9100,columns=32
#pragma once

#include "core/result.h"

#include <QString>

namespace antrian {

struct PrinterSpec
{
    enum class Kind { None, EscPosTcp, EscPosDevice, Pdf, Cups };

    static constexpr int kDefaultPort = 9100;
    static constexpr int kDefaultColumns = 48;

    Kind kind = Kind::None;
    QString host;        // EscPosTcp
    int port = kDefaultPort;
    QString path;        // EscPosDevice, Pdf
    QString queue;       // Cups; empty means the system's default printer
    int columns = kDefaultColumns; // ESC/POS paper width in characters of font A

    bool isEscPos() const { return kind == Kind::EscPosTcp || kind == Kind::EscPosDevice; }

    // Reads a spec as described above; a mistake gets a message saying what was expected.
    static Result<PrinterSpec> parse(const QString &text);
    // The spec written back, as parse() reads it.
    QString toString() const;
};

} // namespace antrian
