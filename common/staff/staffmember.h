// SPDX-License-Identifier: GPL-3.0-or-later
// StaffMember and CounterSession: who works at the counters, as stored. Value types; the
// rules (PIN policy, lockout, one person per counter) live in StaffAccounts and CounterSessions.
#pragma once

#include "pinhash.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace antrian {

enum class StaffRole {
    Staff,      // CS and tellers: log in at a counter and serve
    Supervisor, // also manages staff and releases counters
};

// Stable key in the database and in JSON ("staff", "supervisor").
QString staffRoleKey(StaffRole role);
std::optional<StaffRole> staffRoleFromKey(QStringView key);
// What a person reads ("petugas" / "staff").
QString staffRoleDisplayName(StaffRole role);

struct StaffMember
{
    qint64 id = 0;
    QString username;     // what they type at login: lower case, no spaces
    QString fullName;     // what the others see: "Siti Rahma"
    StaffRole role = StaffRole::Staff;
    bool active = true;   // a disabled account cannot log in; kept for the audit log
    PinHash pin;
    int failedAttempts = 0; // consecutive wrong PINs since the last success or lock
    QDateTime lockedUntil;  // UTC; invalid when not locked

    bool isLockedAt(const QDateTime &now) const { return lockedUntil.isValid() && now < lockedUntil; }
};

// One person logged in at one counter.
struct CounterSession
{
    int counterNumber = 0;
    qint64 staffId = 0;
    QString username;
    QString fullName;
    StaffRole role = StaffRole::Staff;
    // Identifies this login: a later login of the same person at the same counter starts a
    // new session, and the old window learns it was replaced at its next heartbeat.
    QDateTime startedAt; // UTC
    QDateTime seenAt;    // UTC, the last heartbeat of the app holding it

    bool isValid() const { return counterNumber > 0 && staffId > 0; }
};

} // namespace antrian
