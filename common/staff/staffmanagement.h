// SPDX-License-Identifier: GPL-3.0-or-later
// StaffManagement: what a supervisor does to staff accounts (add, disable, enable, reset a PIN,
// change a role, unlock), with the rules in one place: only a supervisor may, nobody disables
// their own account, and the branch never loses its last supervisor. Each change is one write
// transaction and one event naming who made it ({"by": staff id}). Disabling ends the
// account's counter session at once (sessionending.h). The supervisor's page of
// antrian-counter and antrianctl's staff commands both call these.
#pragma once

#include "sessionending.h"
#include "staffaccounts.h"
#include "staffmember.h"
#include "staffpolicy.h"

#include "core/clock.h"
#include "core/result.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace antrian {

class Database;

// Who makes a change. A supervisor logged in (the counter app, antrianctl --as) is checked
// inside the change's transaction; the installer is antrianctl run without --as by whoever
// holds the database (the first supervisor has to come from somewhere), and is named in no event.
struct StaffActor
{
    qint64 staffId = 0; // 0: the installer

    static StaffActor installer() { return {}; }
    static StaffActor staff(qint64 id) { return {id}; }
    bool isInstaller() const { return staffId <= 0; }
};

struct DisabledAccount
{
    StaffMember member;
    std::optional<EndedSession> ended; // the session it held, ended
};

class StaffManagement
{
public:
    StaffManagement(const Database &db, const Clock &clock, StaffPolicy policy = {});

    // Checks the PIN of whoever will act (counting a wrong one, as a login does) and that they
    // may manage staff: an enabled supervisor.
    Result<StaffMember> signIn(const QString &username, const QString &pin);

    // `pin` is typed by the staff member; it is hashed before the write transaction.
    Result<StaffMember> add(const StaffActor &by, const NewStaff &staff, const QString &pin);
    Result<DisabledAccount> disable(const StaffActor &by, const QString &username);
    Result<StaffMember> enable(const StaffActor &by, const QString &username);
    // The new PIN typed by the staff member; also lifts a lock.
    Result<StaffMember> resetPin(const StaffActor &by, const QString &username, const QString &pin);
    Result<StaffMember> setRole(const StaffActor &by, const QString &username, StaffRole role);
    Result<StaffMember> unlock(const StaffActor &by, const QString &username);

private:
    // Inside one transaction: the actor may manage staff, `username` exists, `body` changes it
    // (and may refuse), the event is recorded with who did it.
    using Body = std::function<Outcome(const StaffMember &target, QJsonObject &detail)>;
    Result<StaffMember> change(const StaffActor &by, const QString &username, EventKind kind, const Body &body);

    const Database &m_db;
    const Clock &m_clock;
    StaffAccounts m_accounts;
};

// Why `actor` may not manage staff accounts (empty: they may). For the screens, which grey out
// what the rule refuses; the operations check it again themselves.
QString managementRefusal(const StaffMember &actor);

} // namespace antrian
