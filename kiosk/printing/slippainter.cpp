// SPDX-License-Identifier: GPL-3.0-or-later
#include "slippainter.h"

#include <QPainter>

namespace antrian::kiosk {

void SlipPainter::paint(QPainter &painter, const QRectF &area, const TicketSlip &slip)
{
    // Sizes in points; the device's resolution turns them into pixels.
    const qreal dpi = painter.device()->logicalDpiY();
    const auto px = [dpi](qreal points) { return points * dpi / 72.0; };
    qreal y = area.top();
    const auto text = [&](const QString &s, qreal points, bool bold) {
        if (s.isEmpty())
            return;
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(int(px(points)));
        f.setBold(bold);
        painter.setFont(f);
        const QRectF box(area.left(), y, area.width(), area.bottom() - y);
        const QRectF used = painter.boundingRect(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s);
        painter.drawText(box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s);
        y += used.height() + px(points * 0.25);
    };
    const auto rule = [&] {
        painter.setPen(QPen(Qt::black, px(0.8)));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        y += px(6);
    };

    painter.setPen(Qt::black);
    text(slip.branchName, 11, true);
    rule();
    text(slip.heading, 10, false);
    // The code as wide as the page allows, like the 6x characters on thermal paper.
    text(slip.code, std::min<qreal>(54, area.width() * 72.0 / dpi / std::max<qsizetype>(4, slip.code.size()) * 1.45), true);
    text(slip.serviceName, 16, true);
    text(slip.priorityLine, 11, true);
    rule();
    text(slip.aheadLine, 11, true);
    text(slip.waitLine, 10, false);
    text(slip.issuedLine, 10, false);
    text(slip.validityLine, 9, false);
    y += px(6);
    text(slip.thanks, 10, false);
}

} // namespace antrian::kiosk
