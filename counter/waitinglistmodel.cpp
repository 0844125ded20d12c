// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitinglistmodel.h"

#include "durations.h"

namespace antrian::counter {

namespace {

bool sameRow(const Ticket &a, const Ticket &b)
{
    return a.id == b.id && a.serviceCode == b.serviceCode && a.priority == b.priority
            && a.priorityReason == b.priorityReason && a.targetCounterNumber == b.targetCounterNumber
            && a.transferredFromService == b.transferredFromService && a.issuedAt == b.issuedAt;
}

} // namespace

WaitingListModel::WaitingListModel(QObject *parent) : QAbstractListModel(parent)
{
}

int WaitingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qint64 WaitingListModel::waitedSeconds(const Ticket &t, const QDateTime &now) const
{
    return now.isValid() && t.issuedAt.isValid() ? std::max<qint64>(0, t.issuedAt.secsTo(now)) : 0;
}

QVariant WaitingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ticket &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole: return t.code;
    case ServiceCodeRole: return t.serviceCode;
    case ServiceNameRole: return m_serviceNames.value(t.serviceCode, t.serviceCode);
    case PriorityRole: return t.priority;
    case PriorityReasonRole: return m_reasonNames.value(t.priorityReason, t.priorityReason);
    case WaitedSecondsRole: return waitedSeconds(t, m_now);
    case WaitedTextRole: return minutesText(waitedSeconds(t, m_now));
    case SentHereRole: return t.targetCounterNumber > 0;
    case TransferredFromRole:
        return t.transferredFromService.isEmpty() ? QString()
                                                  : m_serviceNames.value(t.transferredFromService, t.transferredFromService);
    case TicketIdRole: return t.id;
    default: return {};
    }
}

QHash<int, QByteArray> WaitingListModel::roleNames() const
{
    return {
            {CodeRole, "code"},
            {ServiceCodeRole, "serviceCode"},
            {ServiceNameRole, "serviceName"},
            {PriorityRole, "priority"},
            {PriorityReasonRole, "priorityReason"},
            {WaitedSecondsRole, "waitedSeconds"},
            {WaitedTextRole, "waitedText"},
            {SentHereRole, "sentHere"},
            {TransferredFromRole, "transferredFrom"},
            {TicketIdRole, "ticketId"},
    };
}

void WaitingListModel::setNames(const QHash<QString, QString> &services, const QHash<QString, QString> &reasons)
{
    if (services == m_serviceNames && reasons == m_reasonNames)
        return;
    m_serviceNames = services;
    m_reasonNames = reasons;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {ServiceNameRole, PriorityReasonRole, TransferredFromRole});
}

void WaitingListModel::setTickets(const QList<Ticket> &tickets)
{
    QSet<qint64> wanted;
    for (const Ticket &t : tickets)
        wanted.insert(t.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!wanted.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Every row left is wanted somewhere; walk the new order and bring each into place.
    for (int i = 0; i < int(tickets.size()); ++i) {
        const Ticket &t = tickets.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == t.id) {
            if (!sameRow(m_rows.at(i), t)) {
                m_rows[i] = t;
                emit dataChanged(index(i), index(i));
            }
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j) {
            if (m_rows.at(j).id == t.id) {
                from = j;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            if (!sameRow(m_rows.at(i), t)) {
                m_rows[i] = t;
                emit dataChanged(index(i), index(i));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, t);
            endInsertRows();
        }
    }
}

void WaitingListModel::setNow(const QDateTime &now)
{
    const QDateTime before = m_now;
    m_now = now;
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (waitedSeconds(m_rows.at(i), before) / 60 != waitedSeconds(m_rows.at(i), now) / 60) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first), index(last), {WaitedSecondsRole, WaitedTextRole});
}

} // namespace antrian::counter
