// SPDX-License-Identifier: GPL-3.0-or-later
// SlipPainter: lays out a ticket slip on a page (a CUPS printer, a PDF) the way the ESC/POS
// encoder lays it out on thermal paper: branch, service, the code large, people ahead, wait.
#pragma once

#include "printing/ticketslip.h"

#include <QRectF>

class QPainter;

namespace antrian::kiosk {

namespace SlipPainter {
// Paints `slip` inside `area` (device pixels of the painter's device).
void paint(QPainter &painter, const QRectF &area, const TicketSlip &slip);
} // namespace SlipPainter

} // namespace antrian::kiosk
