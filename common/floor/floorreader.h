// SPDX-License-Identifier: GPL-3.0-or-later
// FloorReader: reads the supervisor's live floor (floorstate.h) from the database in a few
// grouped queries, the same cost whether ten or ten thousand tickets were issued today beyond
// one pass over today's rows, and keeps the floor's alerts: a read that finds a new alert
// condition or one that ended writes that (one short write, only then). A supervisor handles an
// alert with handle(), recorded as an event with who did it.
//
// The page rebuilds the floor on each change-feed batch and on a timer, because waits grow
// without events.
#pragma once

#include "floorstate.h"

#include "core/clock.h"
#include "core/result.h"
#include "domain/storedbranch.h"

#include <optional>

namespace antrian {

class Database;

class FloorReader
{
public:
    FloorReader(const Database &db, const Clock &clock);

    // The floor now, its alerts brought up to date first.
    Result<FloorState> read();
    // Marks alert `alertId` handled by `staffId` (0: a script) and records it. Refused for an
    // alert already handled; bad input for one that does not exist.
    Outcome handle(qint64 alertId, qint64 staffId = 0);

private:
    Outcome refreshBranch();
    Result<FloorState> readFloor(const QDateTime &now);
    Result<QList<StoredAlert>> runningAlerts() const;
    Outcome storeChanges(const AlertChanges &changes, const QDateTime &now);
    Result<QList<FloorAlert>> unhandledAlerts(const QDateTime &now) const;

    const Database &m_db;
    const Clock &m_clock;
    std::optional<StoredBranch> m_branch;
    int m_branchGeneration = 0;
};

} // namespace antrian
