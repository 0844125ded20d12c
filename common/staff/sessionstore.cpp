// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace antrian {

namespace {

const QString kSelect = QStringLiteral("SELECT c.number, s.id, s.username, s.full_name, s.role, cs.started_at, cs.seen_at"
                                       " FROM counter_sessions cs JOIN counters c ON c.id = cs.counter_id"
                                       " JOIN staff s ON s.id = cs.staff_id ");

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

CounterSession readSession(const QSqlQuery &q)
{
    CounterSession s;
    s.counterNumber = q.value(0).toInt();
    s.staffId = q.value(1).toLongLong();
    s.username = q.value(2).toString();
    s.fullName = q.value(3).toString();
    s.role = staffRoleFromKey(q.value(4).toString()).value_or(StaffRole::Staff);
    s.startedAt = fromMs(q.value(5));
    s.seenAt = fromMs(q.value(6));
    return s;
}

} // namespace

Result<std::optional<CounterSession>> SessionStore::one(const QString &where, qint64 value) const
{
    auto q = m_db.run(kSelect + where, {value});
    if (!q)
        return q.error();
    std::optional<CounterSession> s;
    if (q->next())
        s = readSession(*q);
    q->finish();
    return s;
}

Result<std::optional<CounterSession>> SessionStore::atCounter(qint64 counterId) const
{
    return one(QStringLiteral("WHERE cs.counter_id = ?"), counterId);
}

Result<std::optional<CounterSession>> SessionStore::ofStaff(qint64 staffId) const
{
    return one(QStringLiteral("WHERE cs.staff_id = ?"), staffId);
}

Result<QList<CounterSession>> SessionStore::all() const
{
    auto q = m_db.run(kSelect + QStringLiteral("ORDER BY c.number"));
    if (!q)
        return q.error();
    QList<CounterSession> sessions;
    while (q->next())
        sessions.append(readSession(*q));
    return sessions;
}

Outcome SessionStore::insert(qint64 counterId, qint64 staffId, const QDateTime &startedAt, const QDateTime &seenAt)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO counter_sessions (counter_id, staff_id, started_at, seen_at)"
                                     " VALUES (?, ?, ?, ?)"),
                      {counterId, staffId, startedAt.toMSecsSinceEpoch(), seenAt.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return Done{};
}

Result<bool> SessionStore::removeAtCounter(qint64 counterId)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM counter_sessions WHERE counter_id = ?"), {counterId});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> SessionStore::touch(qint64 counterId, const CounterSession &session, const QDateTime &now)
{
    auto q = m_db.run(QStringLiteral("UPDATE counter_sessions SET seen_at = ?"
                                     " WHERE counter_id = ? AND staff_id = ? AND started_at = ?"
                                     " AND EXISTS (SELECT 1 FROM staff s WHERE s.id = counter_sessions.staff_id AND s.active = 1)"),
                      {now.toMSecsSinceEpoch(), counterId, session.staffId, session.startedAt.toMSecsSinceEpoch()});
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

} // namespace antrian
