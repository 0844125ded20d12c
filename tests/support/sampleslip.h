// SPDX-License-Identifier: GPL-3.0-or-later
// The sample ticket of tests/data/escpos/, as the kiosk builds it in Indonesian: the slip the
// printer suites encode and print, whose exact bytes are pinned there.
#pragma once

#include "printing/ticketslip.h"

namespace antrian::test {

inline TicketSlip sampleSlip()
{
    TicketSlip s;
    s.branchName = QStringLiteral("Bank Nusantara KCP Sudirman");
    s.heading = QStringLiteral("Nomor antrian");
    s.code = QStringLiteral("A-024");
    s.serviceName = QStringLiteral("Layanan Nasabah");
    s.priorityLine = QStringLiteral("Prioritas: Lansia");
    s.aheadLine = QStringLiteral("3 orang di depan Anda");
    s.waitLine = QStringLiteral("Perkiraan waktu tunggu: sekitar 35 menit");
    s.issuedLine = QStringLiteral("Senin, 23 November 2026 09.41");
    s.validityLine = QStringLiteral("Berlaku hanya hari ini");
    s.thanks = QStringLiteral("Terima kasih atas kesabaran Anda");
    s.ahead = 3;
    return s;
}

} // namespace antrian::test
