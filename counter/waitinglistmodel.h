// SPDX-License-Identifier: GPL-3.0-or-later
// WaitingListModel: the tickets this counter would call, first to last, for the list beside
// the current ticket. Updated in place (insert, remove, move, change) when a new list comes
// from the change feed, so the view keeps its scroll position and the rows do not flicker.
#pragma once

#include "config/branchconfig.h"
#include "domain/ticket.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>

namespace antrian::counter {

class WaitingListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        ServiceCodeRole,
        ServiceNameRole,
        PriorityRole,
        PriorityReasonRole, // the reason's name, or empty
        WaitedSecondsRole,  // since the ticket was taken
        WaitedTextRole,     // "14 min"
        SentHereRole,       // transferred straight to this counter
        TransferredFromRole, // the service it came from, or empty
        TicketIdRole,
    };
    Q_ENUM(Role)

    explicit WaitingListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Names to show for service codes and priority reason codes, in the current language.
    void setNames(const QHash<QString, QString> &services, const QHash<QString, QString> &reasons);
    // Brings the rows to `tickets` (in that order) with the fewest changes.
    void setTickets(const QList<Ticket> &tickets);
    // The waiting times move on: rows whose shown minutes changed are updated.
    void setNow(const QDateTime &now);

    const Ticket &ticketAt(int row) const { return m_rows.at(row); }

private:
    qint64 waitedSeconds(const Ticket &t, const QDateTime &now) const;

    QList<Ticket> m_rows;
    QDateTime m_now;
    QHash<QString, QString> m_serviceNames;
    QHash<QString, QString> m_reasonNames;
};

} // namespace antrian::counter
