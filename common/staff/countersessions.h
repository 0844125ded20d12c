// SPDX-License-Identifier: GPL-3.0-or-later
// CounterSessions: one person at one counter at a time. Logging in checks the PIN (hashed
// before the transaction) and claims the counter in one write transaction; the primary key
// and unique index of counter_sessions back the rule up. A session whose app stopped
// sending heartbeats (crash, power cut) is stale and the next login there takes it over,
// so a dead app never locks a counter; a supervisor can also release one at once
// (QueueEngine::releaseCounter, which also decides what becomes of the ticket there).
#pragma once

#include "staffaccounts.h"
#include "staffmember.h"
#include "staffpolicy.h"

#include "config/branchconfig.h"
#include "core/clock.h"
#include "core/result.h"
#include "domain/counterstate.h"
#include "domain/storedbranch.h"

#include <QList>

#include <optional>

namespace antrian {

class Database;

// A counter as the login screen shows it: who holds it, if anyone.
struct CounterSeat
{
    CounterConfig counter;
    CounterState state = CounterState::Closed; // open only while someone is logged in
    std::optional<CounterSession> session;
    bool stale = false; // the holder's app has not been heard from; a login here takes over
};

class CounterSessions
{
public:
    CounterSessions(const Database &db, const Clock &clock, StaffPolicy policy = {});

    StaffAccounts &accounts() { return m_accounts; }
    const StaffPolicy &policy() const { return m_accounts.policy(); }

    // Checks the PIN and claims the counter. Refused, saying why, for a wrong PIN, a locked
    // or disabled account, a counter someone else holds (naming them) or when this person
    // is logged in at another counter. A closed counter opens.
    Result<CounterSession> login(const QString &username, const QString &pin, int counterNumber);
    // Leaves the counter and closes it. Refused while the counter holds a called or served
    // ticket: that customer must be finished, transferred or marked no-show first.
    Outcome logout(const CounterSession &session);
    // The app is alive: moves seenAt. Refused, saying what happened, once this session was
    // replaced, taken over or released, or its account disabled; the app then returns to its
    // login screen.
    Result<CounterSession> heartbeat(const CounterSession &session);

    // Every active counter with its holder, by number.
    Result<QList<CounterSeat>> seats() const;
    Result<std::optional<CounterSession>> sessionAt(int counterNumber) const;

private:
    Result<qint64> counterId(const StoredBranch &branch, int number) const;
    Result<CounterSession> claim(const StoredBranch &branch, const StaffMember &member, int counterNumber);
    QString holderText(const CounterSession &s) const;

    const Database &m_db;
    const Clock &m_clock;
    StaffAccounts m_accounts;
};

} // namespace antrian
