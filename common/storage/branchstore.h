// SPDX-License-Identifier: GPL-3.0-or-later
// BranchStore: the branch setup in the database (branch row, calendar, services, counters).
// The database copy is the one truth every app reads; a config file only replaces it whole.
#pragma once

#include "config/branchconfig.h"
#include "core/result.h"
#include "domain/counterstate.h"
#include "domain/storedbranch.h"

#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace antrian {

class Database;

// What every write reads first, in one statement: the setup's revision (a new one means the
// setup must be read again) and the services paused now (they issue no tickets until resumed;
// pausing changes no revision).
struct BranchMark
{
    qint64 revision = 0; // 0 when not initialised
    QSet<QString> pausedServices;
};

class BranchStore
{
public:
    explicit BranchStore(const Database &db) : m_db(db) {}

    // Writes `config` over the stored setup. Must run inside a WriteTransaction. Services and
    // counters missing from `config` are deactivated, never deleted: tickets refer to them.
    Outcome save(const BranchConfig &config, qint64 nowMs);

    bool isInitialised() const;
    qint64 revision() const; // 0 when not initialised
    Result<BranchMark> mark() const;
    Result<StoredBranch> load() const;

    // What each active counter is doing now, by number; the one definition of "open" that the
    // wait estimate, the status, the board and the counter screens read: Open only while
    // someone is logged in at it (counter_sessions) and it is not on a break, Paused on a
    // break, Closed with nobody logged in.
    Result<QHash<int, CounterState>> counterStates() const;
    // The stored break flag alone, whoever is logged in: what pausing and resuming change.
    Result<QHash<int, CounterState>> storedCounterStates() const;
    Outcome setCounterState(qint64 counterId, CounterState state);
    Outcome setServicePaused(qint64 serviceId, bool paused);
    // The branch's time zone as stored; UTC when the branch has none yet.
    QTimeZone timeZone() const;

private:
    const Database &m_db;
};

} // namespace antrian
