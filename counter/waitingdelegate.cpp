// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitingdelegate.h"

#include "waitinglistmodel.h"

#include <QPainter>

namespace antrian::counter {

WaitingDelegate::WaitingDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
}

QSize WaitingDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    // As wide as the view makes it; the row lays its text out inside that.
    return {1, qRound(66 * m_scale)};
}

void WaitingDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const double s = m_scale;
    const QRect r = option.rect;
    const bool first = index.row() == 0;
    const bool priority = index.data(WaitingListModel::PriorityRole).toBool();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(r, first ? QColor(0xDB, 0xEA, 0xFE) : QColor(Qt::white));
    painter->setPen(QColor(0xE5, 0xE7, 0xEB));
    painter->drawLine(r.bottomLeft(), r.bottomRight());
    if (priority)
        painter->fillRect(QRect(r.left(), r.top(), qRound(8 * s), r.height()), QColor(0xB9, 0x1C, 0x1C));

    const int left = r.left() + qRound(20 * s);
    const int right = r.right() - qRound(16 * s);
    QFont code = option.font;
    code.setPixelSize(qRound(26 * s));
    code.setBold(true);
    QFont name = option.font;
    name.setPixelSize(qRound(17 * s));
    QFont tag = option.font;
    tag.setPixelSize(qRound(14 * s));
    tag.setBold(true);

    QStringList tags;
    if (first)
        tags.append(tr("NEXT"));
    if (priority) {
        const QString reason = index.data(WaitingListModel::PriorityReasonRole).toString();
        tags.append(reason.isEmpty() ? tr("PRIORITY") : tr("PRIORITY · %1").arg(reason.toUpper()));
    }
    if (index.data(WaitingListModel::SentHereRole).toBool())
        tags.append(tr("SENT TO THIS COUNTER"));
    const QString from = index.data(WaitingListModel::TransferredFromRole).toString();
    if (!from.isEmpty())
        tags.append(tr("FROM %1").arg(from.toUpper()));

    // Two lines when there are tags: code, service and waited on top, tags across the row
    // below; one centred line otherwise.
    const int half = r.height() / 2;
    const QRect top = tags.isEmpty() ? r : QRect(r.left(), r.top() + qRound(4 * s), r.width(), half);

    painter->setFont(name);
    const QString waited = index.data(WaitingListModel::WaitedTextRole).toString();
    const int waitedWidth = QFontMetrics(name).horizontalAdvance(waited);
    painter->setPen(QColor(0x11, 0x18, 0x27));
    painter->drawText(QRect(right - waitedWidth, top.top(), waitedWidth, top.height()), Qt::AlignRight | Qt::AlignVCenter,
                      waited);

    painter->setFont(code);
    painter->setPen(QColor(0x0B, 0x2E, 0x59));
    const int codeWidth = qRound(118 * s);
    painter->drawText(QRect(left, r.top(), codeWidth, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(WaitingListModel::CodeRole).toString());

    const int textLeft = left + codeWidth + qRound(8 * s);
    const int serviceWidth = right - waitedWidth - qRound(12 * s) - textLeft;
    painter->setFont(name);
    painter->setPen(QColor(0x1F, 0x29, 0x37));
    painter->drawText(QRect(textLeft, top.top(), serviceWidth, top.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(name).elidedText(index.data(WaitingListModel::ServiceNameRole).toString(),
                                                    Qt::ElideRight, serviceWidth));
    if (!tags.isEmpty()) {
        painter->setFont(tag);
        painter->setPen(priority ? QColor(0xB9, 0x1C, 0x1C) : QColor(0x1D, 0x4E, 0xD8));
        const int tagWidth = right - textLeft;
        painter->drawText(QRect(textLeft, r.top() + half - qRound(2 * s), tagWidth, half), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(tag).elidedText(tags.join(QStringLiteral(" · ")), Qt::ElideRight, tagWidth));
    }
    painter->restore();
}

} // namespace antrian::counter
