// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorstate.h"

#include "core/vocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace antrian {

namespace {

// lupdate files these strings under "Floor", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Floor)
};

constexpr Words<WaitLevel, 3> kWaitLevels{{
        {WaitLevel::Green, u"green"},
        {WaitLevel::Amber, u"amber"},
        {WaitLevel::Red, u"red"},
}};
constexpr Words<AlertKind, 3> kAlertKinds{{
        {AlertKind::ServicePastTarget, u"service_past_target"},
        {AlertKind::CounterIdle, u"counter_idle"},
        {AlertKind::BreakTooLong, u"break_too_long"},
}};

constexpr qint64 kMinuteMs = 60'000;

} // namespace

QString waitLevelKey(WaitLevel level) { return wordOf(kWaitLevels, level); }
QString alertKindKey(AlertKind kind) { return wordOf(kAlertKinds, kind); }
std::optional<AlertKind> alertKindFromKey(QStringView key) { return valueOf(kAlertKinds, key); }

QString alertKindDisplayName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::ServicePastTarget: return Tr::tr("Wait past target");
    case AlertKind::CounterIdle: return Tr::tr("Idle while customers wait");
    case AlertKind::BreakTooLong: return Tr::tr("Break past the limit");
    }
    return {};
}

WaitLevel waitLevel(qint64 longestWaitMs, int targetWaitMinutes)
{
    const qint64 targetMs = qint64(targetWaitMinutes) * kMinuteMs;
    if (longestWaitMs > targetMs)
        return WaitLevel::Red;
    // 4 × wait < 3 × target: below 75% without rounding.
    return 4 * longestWaitMs < 3 * targetMs ? WaitLevel::Green : WaitLevel::Amber;
}

int wholeMinutes(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return int(std::max<qint64>(0, from.msecsTo(to)) / kMinuteMs);
}

std::optional<int> calledWithinPercent(int calledWithinTarget, int called)
{
    if (called <= 0)
        return std::nullopt;
    return int(qint64(calledWithinTarget) * 100 / called);
}

std::optional<AlertCondition> servicePastTarget(const QString &serviceCode, const QDateTime &oldestQueuedAt,
                                                int targetWaitMinutes, const QDateTime &now)
{
    if (!oldestQueuedAt.isValid() || waitLevel(oldestQueuedAt.msecsTo(now), targetWaitMinutes) != WaitLevel::Red)
        return std::nullopt;
    return AlertCondition{AlertKind::ServicePastTarget, serviceCode, 0, oldestQueuedAt.addSecs(targetWaitMinutes * 60)};
}

std::optional<AlertCondition> counterIdle(int counterNumber, CounterState state, bool holdsTicket,
                                          const QDateTime &idleSince, const QDateTime &oldestServable,
                                          const QDateTime &now)
{
    if (state != CounterState::Open || holdsTicket || !oldestServable.isValid())
        return std::nullopt;
    const QDateTime since = idleSince.isValid() ? std::max(idleSince, oldestServable) : oldestServable;
    const QDateTime raisedAt = since.addSecs(kIdleAlertMinutes * 60);
    if (now < raisedAt)
        return std::nullopt;
    return AlertCondition{AlertKind::CounterIdle, {}, counterNumber, raisedAt};
}

std::optional<AlertCondition> breakTooLong(int counterNumber, CounterState state, const QDateTime &breakSince,
                                           int breakLimitMinutes, const QDateTime &now)
{
    if (state != CounterState::Paused || !breakSince.isValid())
        return std::nullopt;
    const QDateTime limit = breakSince.addSecs(breakLimitMinutes * 60);
    if (now <= limit)
        return std::nullopt;
    return AlertCondition{AlertKind::BreakTooLong, {}, counterNumber, limit};
}

const FloorCounter *FloorState::counter(int number) const
{
    for (const FloorCounter &c : counters) {
        if (c.counter.number == number)
            return &c;
    }
    return nullptr;
}

const FloorService *FloorState::service(const QString &code) const
{
    for (const FloorService &s : services) {
        if (s.service.code == code)
            return &s;
    }
    return nullptr;
}

QList<AlertCondition> alertConditions(const FloorState &floor, int breakLimitMinutes)
{
    QList<AlertCondition> out;
    for (const FloorService &s : floor.services) {
        if (auto a = servicePastTarget(s.service.code, s.oldestQueuedAt, s.service.targetWaitMinutes, floor.now))
            out.append(*a);
    }
    for (const FloorCounter &c : floor.counters) {
        // FloorReader sets idleWhileWaitingSince only for an open counter with nothing called
        // and tickets it could call: the since is the rule's whole input here.
        if (auto a = counterIdle(c.counter.number, c.state, c.ticket.has_value(), c.idleWhileWaitingSince,
                                 c.idleWhileWaitingSince, floor.now))
            out.append(*a);
        if (auto a = breakTooLong(c.counter.number, c.state, c.breakSince, breakLimitMinutes, floor.now))
            out.append(*a);
    }
    return out;
}

AlertChanges alertChanges(const QList<StoredAlert> &running, const QList<AlertCondition> &conditions)
{
    AlertChanges changes;
    for (const AlertCondition &c : conditions) {
        const bool stored = std::any_of(running.begin(), running.end(), [&](const StoredAlert &a) {
            return c.sameSubject(a.kind, a.serviceCode, a.counterNumber);
        });
        if (!stored)
            changes.raise.append(c);
    }
    for (const StoredAlert &a : running) {
        const bool holds = std::any_of(conditions.begin(), conditions.end(), [&](const AlertCondition &c) {
            return c.sameSubject(a.kind, a.serviceCode, a.counterNumber);
        });
        if (!holds)
            changes.clear.append(a.id);
    }
    return changes;
}

} // namespace antrian
