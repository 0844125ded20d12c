// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffstore.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace antrian {

namespace {

const QString kSelect = QStringLiteral("SELECT id, username, full_name, role, active, pin_hash, pin_salt, pin_iterations,"
                                       " failed_attempts, locked_until FROM staff ");

StaffMember readMember(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.username = q.value(1).toString();
    m.fullName = q.value(2).toString();
    m.role = staffRoleFromKey(q.value(3).toString()).value_or(StaffRole::Staff);
    m.active = q.value(4).toBool();
    m.pin.hash = q.value(5).toByteArray();
    m.pin.salt = q.value(6).toByteArray();
    m.pin.iterations = q.value(7).toInt();
    m.failedAttempts = q.value(8).toInt();
    if (!q.value(9).isNull())
        m.lockedUntil = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), QTimeZone::utc());
    return m;
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<qint64> StaffStore::insert(const StaffMember &m)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO staff (username, full_name, role, pin_hash, pin_salt, pin_iterations,"
                                     " failed_attempts, active) VALUES (?, ?, ?, ?, ?, ?, 0, ?) RETURNING id"),
                      {m.username, m.fullName, staffRoleKey(m.role), m.pin.hash, m.pin.salt, m.pin.iterations,
                       int(m.active)});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(QStringLiteral("no staff id returned"));
    return q->value(0).toLongLong();
}

Result<std::optional<StaffMember>> StaffStore::one(const QString &where, const QVariant &value) const
{
    auto q = m_db.run(kSelect + where, {value});
    if (!q)
        return q.error();
    std::optional<StaffMember> m;
    if (q->next())
        m = readMember(*q);
    q->finish();
    return m;
}

Result<std::optional<StaffMember>> StaffStore::byUsername(const QString &username) const
{
    return one(QStringLiteral("WHERE username = ?"), username);
}

Result<std::optional<StaffMember>> StaffStore::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE id = ?"), id);
}

Result<QList<StaffMember>> StaffStore::list() const
{
    auto q = m_db.run(kSelect + QStringLiteral("ORDER BY username"));
    if (!q)
        return q.error();
    QList<StaffMember> members;
    while (q->next())
        members.append(readMember(*q));
    return members;
}

Outcome StaffStore::updateOne(const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = m_db.run(sql, values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::storage(QStringLiteral("staff update changed %1 rows instead of one").arg(q->numRowsAffected()));
    return Done{};
}

Outcome StaffStore::setPin(qint64 id, const PinHash &pin)
{
    return updateOne(QStringLiteral("UPDATE staff SET pin_hash = ?, pin_salt = ?, pin_iterations = ?,"
                                    " failed_attempts = 0, locked_until = NULL WHERE id = ?"),
                     {pin.hash, pin.salt, pin.iterations, id});
}

Outcome StaffStore::setFailures(qint64 id, int failedAttempts, const QDateTime &lockedUntil)
{
    return updateOne(QStringLiteral("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                     {failedAttempts, msOrNull(lockedUntil), id});
}

Result<LoginFailures> StaffStore::unknownFailures(const QString &username) const
{
    auto q = m_db.run(QStringLiteral("SELECT failed_attempts, locked_until FROM unknown_login_failures WHERE username = ?"),
                      {username});
    if (!q)
        return q.error();
    LoginFailures f;
    if (q->next()) {
        f.failedAttempts = q->value(0).toInt();
        if (!q->value(1).isNull())
            f.lockedUntil = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), QTimeZone::utc());
    }
    q->finish();
    return f;
}

Outcome StaffStore::setUnknownFailures(const QString &username, const LoginFailures &f)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO unknown_login_failures (username, failed_attempts, locked_until)"
                                     " VALUES (?, ?, ?) ON CONFLICT (username) DO UPDATE SET"
                                     " failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until"),
                      {username, f.failedAttempts, msOrNull(f.lockedUntil)});
    return q ? Outcome(Done{}) : Outcome(q.error());
}

Outcome StaffStore::forgetUnknownFailures(const QString &username)
{
    auto q = m_db.run(QStringLiteral("DELETE FROM unknown_login_failures WHERE username = ?"), {username});
    return q ? Outcome(Done{}) : Outcome(q.error());
}

Outcome StaffStore::setActive(qint64 id, bool active)
{
    return updateOne(QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"), {int(active), id});
}

Outcome StaffStore::setRole(qint64 id, StaffRole role)
{
    return updateOne(QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"), {staffRoleKey(role), id});
}

Result<int> StaffStore::activeSupervisors() const
{
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = ? AND active = 1"),
                      {staffRoleKey(StaffRole::Supervisor)});
    if (!q)
        return q.error();
    const int count = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return count;
}

} // namespace antrian
