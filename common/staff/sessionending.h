// SPDX-License-Identifier: GPL-3.0-or-later
// Ending a person's counter session at once, because their account was disabled: the session
// row goes, the counter closes, and a ticket it had called but not started goes back to the
// front of its line, all inside the caller's write transaction (StaffManagement::disable, and
// CounterSessions::heartbeat for a session a disabled account still held). Also the check
// every counter action makes, so a counter app holding such a session is refused at once.
#pragma once

#include "staffmember.h"

#include "core/result.h"
#include "domain/ticket.h"

#include <QDateTime>

#include <optional>

namespace antrian {

class Database;

// What ending a session left behind.
struct EndedSession
{
    CounterSession session;
    std::optional<Ticket> returned;     // called, not started: back first in its line
    std::optional<Ticket> stillServing; // being served: stays with the counter (see the .cpp)
};

// Ends the session `staffId` holds, if any, inside the caller's write transaction; `bySupervisor`
// (0: the installer at antrianctl) goes into the events. Nothing when they hold none.
Result<std::optional<EndedSession>> endSessionOfDisabled(const Database &db, const QDateTime &now, qint64 staffId,
                                                         qint64 bySupervisor);

// Refused, saying so, when `staffId` names a disabled account; done for 0 (scripts, tests)
// and for an account that may work. Every counter action asks it (QueueEngine).
Outcome refuseDisabledStaff(const Database &db, qint64 staffId);

} // namespace antrian
