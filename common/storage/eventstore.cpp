// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include "database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace antrian {

namespace {
QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

Result<qint64> EventStore::append(const NewEvent &e, const QDate &businessDate, qint64 nowMs)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO events (at, business_date, kind, ticket_id, service_id, counter_id,"
                                     " staff_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {nowMs, businessDate.toString(Qt::ISODate), eventKindKey(e.kind), idOrNull(e.ticketId),
                       idOrNull(e.serviceId), idOrNull(e.counterId), idOrNull(e.staffId), e.detail});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(QStringLiteral("no event id returned"));
    return q->value(0).toLongLong();
}

Result<QList<QueueEvent>> EventStore::since(qint64 afterId, int limit) const
{
    auto q = m_db.run(QStringLiteral("SELECT e.id, e.at, e.kind, e.ticket_id, t.code, s.code, c.number, e.staff_id, e.detail"
                                     " FROM events e LEFT JOIN tickets t ON t.id = e.ticket_id"
                                     " LEFT JOIN services s ON s.id = e.service_id"
                                     " LEFT JOIN counters c ON c.id = e.counter_id"
                                     " WHERE e.id > ? ORDER BY e.id LIMIT ?"),
                      {afterId, limit});
    if (!q)
        return q.error();
    QList<QueueEvent> events;
    while (q->next()) {
        QueueEvent e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), QTimeZone::utc());
        e.kind = eventKindFromKey(q->value(2).toString());
        e.ticketId = q->value(3).toLongLong();
        e.ticketCode = q->value(4).toString();
        e.serviceCode = q->value(5).toString();
        e.counterNumber = q->value(6).toInt();
        e.staffId = q->value(7).toLongLong();
        e.detail = q->value(8).toString();
        events.append(e);
    }
    return events;
}

Result<qint64> EventStore::latestId() const
{
    auto q = m_db.run(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
    if (!q)
        return q.error();
    const qint64 id = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return id;
}

} // namespace antrian
