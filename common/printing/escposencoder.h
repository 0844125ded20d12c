// SPDX-License-Identifier: GPL-3.0-or-later
// EscPosEncoder: the exact bytes an ESC/POS thermal printer needs for a ticket. Text reaches
// the paper only as printable ASCII (0x20-0x7E): accented letters lose their accents, typographic
// punctuation becomes its ASCII twin, anything else becomes '?', and control bytes hidden in a
// branch or service name are dropped, so no name can ever send a command to the printer.
#pragma once

#include "printing/ticketslip.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace antrian {

class EscPosEncoder
{
public:
    enum class Align { Left = 0, Centre = 1, Right = 2 };

    // `columns`: characters of font A per line (48 on 80 mm paper, 32 on 58 mm).
    explicit EscPosEncoder(int columns = 48);

    // ESC @ (reset), then ESC t 0: code page 437, whose ASCII half is all we ever send.
    EscPosEncoder &initialise();
    EscPosEncoder &align(Align a);   // ESC a n
    EscPosEncoder &bold(bool on);    // ESC E n
    // GS ! n: character width and height multipliers, 1 to 8 each.
    EscPosEncoder &size(int width, int height);
    // Text wrapped to the line at the current size, each line ended by LF.
    EscPosEncoder &line(const QString &text);
    EscPosEncoder &rule(char c = '-');   // a full-width line of `c`
    EscPosEncoder &feed(int lines);      // ESC d n
    EscPosEncoder &cut();                // GS V 66 0: feed to the cutter, partial cut

    const QByteArray &bytes() const { return m_bytes; }
    int columns() const { return m_columns; }

    // Text as it may reach the paper: printable ASCII only (see above).
    static QByteArray printable(const QString &text);
    // `text` broken at spaces into lines of at most `width` characters; longer words are split.
    static QList<QByteArray> wrap(const QByteArray &text, int width);

    // The whole ticket: branch, service, the code as large as the paper allows, people ahead,
    // estimated wait, date and time, then the cut.
    static QByteArray encode(const TicketSlip &slip, int columns = 48);

private:
    QByteArray m_bytes;
    int m_columns;
    int m_width = 1;
};

} // namespace antrian
