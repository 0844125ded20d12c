// SPDX-License-Identifier: GPL-3.0-or-later
// The events staff actions add to the log (`events`; their kinds are in domain/queueevent.h's
// EventKind): who logged in where and when, who left, whose account locked.
// They reach every app through the change feed, so a login screen shows who holds which
// counter without polling.
#pragma once

#include "core/result.h"
#include "storage/eventstore.h"

#include <QDateTime>
#include <QTimeZone>

namespace antrian {

class Database;

// The branch's time zone as stored (UTC if the branch has none yet): events carry the
// business date, and messages say "locked until 09:20" in the branch's time.
QTimeZone branchTimeZone(const Database &db);

// Appends `event` at `now`, inside the caller's write transaction.
Outcome recordStaffEvent(const Database &db, const QDateTime &now, const NewEvent &event);

// "09:20" in the branch's time zone.
QString branchTime(const QDateTime &utc, const QTimeZone &zone);

} // namespace antrian
