// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEvent: one row of the append-only `events` table. It is both the audit log (who did
// what, where, when) and what the change feed hands to the display and the counters.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

namespace antrian {

// What happened: the `kind` column of `events`. The queue's own moves first, then what staff
// actions add (who logged in where, whose account locked: see staff/staffevents.h).
enum class EventKind {
    Issued,
    Called,
    Recalled,
    Started,
    Finished,
    NoShow,
    Transferred,
    Cancelled,
    Reinstated,
    Expired,
    CounterPaused,
    CounterResumed,
    ServicePaused,
    ServiceResumed,
    ConfigImported,
    CounterLogin,   // detail {"replaced": "stale"|"same_person"} when it took over
    CounterLogout,  // detail {"reason": "logout"|"stale"|"released"|"replaced"|"disabled"}
    AccountLocked,  // detail {"until": ISO time}
    AccountUnlocked,
    PinChanged,
    StaffAdded,
    StaffDisabled,  // detail {"by": supervisor's staff id} when a supervisor did it (every staff change)
    StaffEnabled,
    StaffRoleChanged, // detail {"from": role, "to": role}
    Rated,          // detail {"score": 1..5}
    SkmAnswered,    // detail {"answers": [nine answers 1..4]}
    FollowUpClosed,
    AlertHandled,   // a supervisor handled a floor alert; detail {"alert": id, "kind": key}
};

// As stored: "issued", "no_show", "counter_login", "staff_locked", ...
QString eventKindKey(EventKind kind);
// nullopt for a word this version does not know (a newer version wrote it).
std::optional<EventKind> eventKindFromKey(QStringView key);

struct QueueEvent
{
    qint64 id = 0;
    QDateTime at;          // UTC
    std::optional<EventKind> kind; // nullopt: a kind a newer version wrote
    qint64 ticketId = 0;   // 0 for branch-level events
    QString ticketCode;
    QString serviceCode;   // the ticket's service at the time of the event
    int counterNumber = 0;
    qint64 staffId = 0;
    QString detail;        // small JSON object with what else the event needs
};

} // namespace antrian

Q_DECLARE_METATYPE(antrian::QueueEvent)
