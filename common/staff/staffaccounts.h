// SPDX-License-Identifier: GPL-3.0-or-later
// StaffAccounts: creating staff, changing PINs, and checking a username and PIN with the
// lockout rule. The slow PIN hash (about 0.2 s) is computed before the write transaction,
// never inside it, so a login never holds the branch's write lock while it hashes.
#pragma once

#include "staffmember.h"
#include "staffpolicy.h"

#include "core/clock.h"
#include "core/result.h"
#include "domain/queueevent.h"

#include <QList>

#include <optional>

namespace antrian {

class Database;

struct NewStaff
{
    QString username;
    QString fullName;
    StaffRole role = StaffRole::Staff;
};

// What checking a PIN found, before anything is written (see StaffAccounts::checkPin).
struct PinCheck
{
    QString username;
    std::optional<StaffMember> member; // as read before hashing; empty for an unknown name
    bool matches = false;
    std::optional<PinHash> upgrade;    // a rehash at today's iterations, when the stored one is older
};

class StaffAccounts
{
public:
    StaffAccounts(const Database &db, const Clock &clock, StaffPolicy policy = {});

    // Adds an account with `pin`. Bad input names the field; a taken username is refused.
    // These four are StaffManagement's, as the installer (or, with `byStaffId`, that supervisor):
    // the rules are there; disabling ends the account's counter session.
    Result<StaffMember> add(const NewStaff &staff, const QString &pin);
    // Sets a new PIN; also clears wrong attempts and any lock.
    Result<StaffMember> changePin(const QString &username, const QString &pin);
    Result<StaffMember> unlock(const QString &username, qint64 byStaffId = 0);
    Result<StaffMember> setActive(const QString &username, bool active, qint64 byStaffId = 0);
    Result<QList<StaffMember>> list() const;
    Result<std::optional<StaffMember>> find(const QString &username) const;

    // Checks `pin` for `username` and records the outcome: a wrong PIN counts towards the
    // lock, a right one resets the count. Refused (with a message for the person at the
    // screen) for a wrong username or PIN, a locked or a disabled account.
    Result<StaffMember> authenticate(const QString &username, const QString &pin);

    // The two halves of authenticate(), for a caller that must do more in the same
    // transaction (CounterSessions::login). checkPin reads and hashes, writing nothing;
    // settle runs inside the caller's write transaction, which the caller commits whether
    // or not settle succeeded, so wrong attempts are counted.
    Result<PinCheck> checkPin(const QString &username, const QString &pin) const;
    Result<StaffMember> settle(const PinCheck &check);

    const StaffPolicy &policy() const { return m_policy; }
    const Clock &clock() const { return m_clock; }

private:
    Result<StaffMember> settleUnknown(const PinCheck &check);

    const Database &m_db;
    const Clock &m_clock;
    StaffPolicy m_policy;
};

} // namespace antrian
