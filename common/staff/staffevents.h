// The events staff actions add to the log (`events`), beside the queue's own kinds in
// domain/queueevent.h: who logged in where and when, who left, whose account locked.
// They reach every app through the change feed, so a login screen shows who holds which
// counter without polling.
#pragma once

#include "core/result.h"
#include "storage/eventstore.h"

#include <QDateTime>
#include <QTimeZone>

namespace antrian {

class Database;

namespace StaffEventKind {
inline constexpr auto CounterLogin = "counter_login";   // detail {"replaced": "stale"|"same_person"} when it took over
inline constexpr auto CounterLogout = "counter_logout"; // detail {"reason": "logout"|"stale"|"released"|"replaced"}
inline constexpr auto AccountLocked = "staff_locked";   // detail {"until": ISO time}
inline constexpr auto AccountUnlocked = "staff_unlocked";
inline constexpr auto PinChanged = "staff_pin_changed";
inline constexpr auto StaffAdded = "staff_added";
inline constexpr auto StaffDisabled = "staff_disabled";
inline constexpr auto StaffEnabled = "staff_enabled";
} // namespace StaffEventKind

// The branch's time zone as stored (UTC if the branch has none yet): events carry the
// business date, and messages say "locked until 09:20" in the branch's time.
QTimeZone branchTimeZone(const Database &db);

// Appends `event` at `now`, inside the caller's write transaction.
Outcome recordStaffEvent(const Database &db, const QDateTime &now, const NewEvent &event);

// "09:20" in the branch's time zone.
QString branchTime(const QDateTime &utc, const QTimeZone &zone);

} // namespace antrian
