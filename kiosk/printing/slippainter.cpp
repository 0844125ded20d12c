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
    for (const SlipLine &line : slip.lines()) {
        switch (line.style) {
        case SlipLine::Style::Title: text(line.text, 11, true); break;
        case SlipLine::Style::Rule: rule(); break;
        case SlipLine::Style::Normal: text(line.text, 10, false); break;
        case SlipLine::Style::Code:
            // As wide as the page allows, like the 6x characters on thermal paper.
            text(line.text, std::min<qreal>(54, area.width() * 72.0 / dpi / std::max<qsizetype>(4, line.text.size()) * 1.45), true);
            break;
        case SlipLine::Style::Service: text(line.text, 16, true); break;
        case SlipLine::Style::Emphasis: text(line.text, 11, true); break;
        case SlipLine::Style::Small: text(line.text, 9, false); break;
        case SlipLine::Style::Gap: y += px(6); break;
        }
    }
}

} // namespace antrian::kiosk
