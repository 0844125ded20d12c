// SPDX-License-Identifier: GPL-3.0-or-later
// WaitingDelegate: paints one waiting ticket as a row of the counter's list: the code big,
// the service, a red mark and the reason for a priority ticket, tickets sent straight to
// this counter or from another service tagged, and the time waited on the right. The
// first row, the one "call next" takes, stands out.
#pragma once

#include <QStyledItemDelegate>

namespace antrian::counter {

class WaitingDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WaitingDelegate(QObject *parent = nullptr);

    void setScale(double scale) { m_scale = scale; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_scale = 1.0;
};

} // namespace antrian::counter
