// SPDX-License-Identifier: GPL-3.0-or-later
// SessionStore: the counter_sessions table, who is logged in where. One row per counter
// (primary key) and per person (unique), so the database itself refuses a second claim.
#pragma once

#include "staffmember.h"

#include "core/result.h"

#include <QList>

#include <optional>

namespace antrian {

class Database;

class SessionStore
{
public:
    explicit SessionStore(const Database &db) : m_db(db) {}

    Result<std::optional<CounterSession>> atCounter(qint64 counterId) const;
    Result<std::optional<CounterSession>> ofStaff(qint64 staffId) const;
    // Every session, by counter number.
    Result<QList<CounterSession>> all() const;

    Outcome insert(qint64 counterId, qint64 staffId, const QDateTime &startedAt, const QDateTime &seenAt);
    // Removes the session at the counter; false when there was none.
    Result<bool> removeAtCounter(qint64 counterId);
    // Moves seenAt of exactly this session (counter, person, start) to `now`; false when
    // that session no longer exists (logged out elsewhere, replaced or taken over) or its
    // account is disabled.
    Result<bool> touch(qint64 counterId, const CounterSession &session, const QDateTime &now);

private:
    Result<std::optional<CounterSession>> one(const QString &where, qint64 value) const;

    const Database &m_db;
};

} // namespace antrian
