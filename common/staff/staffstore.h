// SPDX-License-Identifier: GPL-3.0-or-later
// StaffStore: the staff table. Small statements that StaffAccounts and CounterSessions
// compose inside their transactions; it decides nothing about what is allowed.
#pragma once

#include "staffmember.h"

#include "core/result.h"

#include <QList>

#include <optional>

namespace antrian {

class Database;

// Wrong PINs counted against a username, and the lock they led to.
struct LoginFailures
{
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked

    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

class StaffStore
{
public:
    explicit StaffStore(const Database &db) : m_db(db) {}

    Result<qint64> insert(const StaffMember &member);
    Result<std::optional<StaffMember>> byUsername(const QString &username) const;
    Result<std::optional<StaffMember>> byId(qint64 id) const;
    // Everyone, by username.
    Result<QList<StaffMember>> list() const;

    // A new PIN also clears wrong attempts and any lock.
    Outcome setPin(qint64 id, const PinHash &pin);
    Outcome setFailures(qint64 id, int failedAttempts, const QDateTime &lockedUntil);
    Outcome setActive(qint64 id, bool active);
    Outcome setRole(qint64 id, StaffRole role);
    // Accounts that are supervisors and not disabled.
    Result<int> activeSupervisors() const;

    // Wrong PINs for a username no account has (unknown_login_failures): counted and locked
    // like an account's. Forgotten when an account of that name is added.
    Result<LoginFailures> unknownFailures(const QString &username) const;
    Outcome setUnknownFailures(const QString &username, const LoginFailures &failures);
    Outcome forgetUnknownFailures(const QString &username);

private:
    Result<std::optional<StaffMember>> one(const QString &where, const QVariant &value) const;
    Outcome updateOne(const QString &sql, std::initializer_list<QVariant> values);

    const Database &m_db;
};

} // namespace antrian
