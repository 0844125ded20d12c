// SPDX-License-Identifier: GPL-3.0-or-later
// FloorState: the supervisor's live floor as one value (every counter, every service against
// its standards, the alerts not yet handled), and the pure rules that decide its colours and
// alerts from plain inputs and a time. FloorReader fills it from the database; the counter
// app's supervisor page and `antrianctl floor` show exactly this, nothing computed again.
//
// The rules:
// - Longest wait against targetWaitMinutes: green below 75% of the target, amber from 75% up to
//   the target itself, red past it.
// - Called within target: of today's tickets already called, those whose first call came at
//   most targetWaitMinutes after issue; a whole percent rounded down, so 79.9% does not read as
//   meeting 80.
// - Alerts: a service whose longest wait is past its target (raised at the moment the oldest
//   waiting ticket passed it); a counter open with nothing called or serving while tickets it
//   could call wait, for kIdleAlertMinutes or more (raised at the moment it had been so that
//   long); a counter on a break longer than breakLimitMinutes (raised when it passed the limit).
//   Once raised an alert stays, with when its condition ended, until a supervisor handles it.
#pragma once

#include "config/branchconfig.h"
#include "domain/counterstate.h"
#include "domain/ticket.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace antrian {

enum class WaitLevel {
    Green, // below 75% of the target
    Amber, // from 75% up to the target
    Red,   // past the target
};
// As sent in JSON: "green", "amber", "red".
QString waitLevelKey(WaitLevel level);
WaitLevel waitLevel(qint64 longestWaitMs, int targetWaitMinutes);

enum class AlertKind {
    ServicePastTarget, // a service's longest wait is past its target
    CounterIdle,       // open and idle while customers it could serve wait
    BreakTooLong,      // on a break past the branch's limit
};
// As stored and sent: "service_past_target", "counter_idle", "break_too_long".
QString alertKindKey(AlertKind kind);
std::optional<AlertKind> alertKindFromKey(QStringView key);
// What a supervisor reads: "Wait past target" / "Melewati target tunggu", ...
QString alertKindDisplayName(AlertKind kind);

// An open counter idle this long while customers it could serve wait is an alert: less is the
// moment between one customer and the next press of "call".
inline constexpr int kIdleAlertMinutes = 2;

// Whole minutes from `from` to `to` (0 if `from` is later or not set).
int wholeMinutes(const QDateTime &from, const QDateTime &to);
// The share called within target as a whole percent, rounded down; nullopt when none was called.
std::optional<int> calledWithinPercent(int calledWithinTarget, int called);

// One condition that is an alert now, and the moment it became one.
struct AlertCondition
{
    AlertKind kind = AlertKind::ServicePastTarget;
    QString serviceCode; // ServicePastTarget
    int counterNumber = 0; // CounterIdle, BreakTooLong
    QDateTime raisedAt;

    // Which stored alert it is: one kind for one service or counter.
    bool sameSubject(AlertKind otherKind, const QString &otherService, int otherCounter) const
    {
        return kind == otherKind && serviceCode == otherService && counterNumber == otherCounter;
    }
};

// The rules, each from plain inputs: nullopt when there is no alert.
std::optional<AlertCondition> servicePastTarget(const QString &serviceCode, const QDateTime &oldestQueuedAt,
                                                int targetWaitMinutes, const QDateTime &now);
// `idleSince`: when it last became free (login, resume, a ticket ended); `oldestServable`: the
// oldest waiting ticket it could call (invalid: none).
std::optional<AlertCondition> counterIdle(int counterNumber, CounterState state, bool holdsTicket,
                                          const QDateTime &idleSince, const QDateTime &oldestServable,
                                          const QDateTime &now);
std::optional<AlertCondition> breakTooLong(int counterNumber, CounterState state, const QDateTime &breakSince,
                                           int breakLimitMinutes, const QDateTime &now);

struct FloorStaff
{
    qint64 id = 0;
    QString name; // full name, or the username when none is stored
};

// The ticket a counter has called or is serving.
struct FloorTicket
{
    QString code;
    TicketStatus status = TicketStatus::Called;
    QString serviceCode;
    QDateTime since; // called, or started serving
    int minutes = 0;
    bool pastTarget = false; // serving longer than the service's targetServiceMinutes
};

struct FloorCounter
{
    CounterConfig counter;
    CounterState state = CounterState::Closed;
    std::optional<FloorStaff> staff;
    std::optional<FloorTicket> ticket;
    QDateTime breakSince; // on a break: since when; otherwise invalid
    int breakMinutes = 0;
    // Open and idle while customers it could serve wait: since when (the later of its becoming
    // free and the oldest such ticket's queueing); otherwise invalid.
    QDateTime idleWhileWaitingSince;
};

struct FloorService
{
    ServiceConfig service; // with its standards
    int waiting = 0;
    QDateTime oldestQueuedAt; // invalid when nobody waits
    int longestWaitMinutes = 0;
    WaitLevel waitLevel = WaitLevel::Green;
    int issued = 0;  // today, by the service that issued them
    int served = 0;  // today, done in this service
    int noShow = 0;
    int called = 0;  // today's tickets called at least once
    int calledWithinTarget = 0;
    std::optional<int> calledWithinTargetPercent; // nullopt: none called yet
    bool paused = false;
};

struct FloorAlert
{
    qint64 id = 0;
    AlertKind kind = AlertKind::ServicePastTarget;
    QString serviceCode; // empty for a counter's alert
    int counterNumber = 0; // 0 for a service's alert
    QDateTime raisedAt;
    QDateTime clearedAt; // invalid while the condition lasts
    int minutes = 0;     // from raisedAt to clearedAt, or to now while it lasts
};

struct FloorState
{
    QDateTime now; // UTC
    QDate businessDate;
    QList<FloorCounter> counters; // active counters, by number
    QList<FloorService> services; // active services, in config order
    QList<FloorAlert> alerts;     // not handled yet, oldest first

    const FloorCounter *counter(int number) const;
    const FloorService *service(const QString &code) const;
};

// Every alert condition of the floor now, from its counters and services (whose rule inputs
// FloorReader filled in).
QList<AlertCondition> alertConditions(const FloorState &floor, int breakLimitMinutes);

// What to write so the stored alerts match `conditions`: a condition with no stored alert
// still running (handled or not) is raised; a stored alert still running whose condition is
// gone is cleared. An alert handled while its condition lasts is not raised again until the
// condition has ended once.
struct StoredAlert
{
    qint64 id = 0;
    AlertKind kind = AlertKind::ServicePastTarget;
    QString serviceCode;
    int counterNumber = 0;
};
struct AlertChanges
{
    QList<AlertCondition> raise;
    QList<qint64> clear; // ids
    bool isEmpty() const { return raise.isEmpty() && clear.isEmpty(); }
};
AlertChanges alertChanges(const QList<StoredAlert> &running, const QList<AlertCondition> &conditions);

} // namespace antrian
