// SPDX-License-Identifier: GPL-3.0-or-later
// Clock: the only place the core asks what time it is. Tests, simulations and --now
// inject their own; nothing else reads the wall clock.
#pragma once

#include <QDateTime>

namespace antrian {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

// The machine's clock.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// The database server's clock, for a branch on PostgreSQL: PCs whose clocks disagree cannot
// disturb the order, the waits or the reports. The storage layer syncs it with the server at
// every connection and every write; between syncs it runs on this PC's monotonic clock, so a
// wrong or jumping wall clock here changes nothing. Before the first sync it is the wall clock.
// One per process (all of a process's connections go to one server); safe from any thread.
class ServerClock final : public Clock
{
public:
    static ServerClock &instance();
    QDateTime nowUtc() const override;
    // The server said it is `serverMs` now (ms since the epoch).
    void sync(qint64 serverMs);
    bool isSynced() const;

private:
    ServerClock();
    struct State;
    State *m_state;
};

// A clock that stands still until moved: for tests and for one-shot CLI commands with --now.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(now.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

// A clock that starts at a chosen moment and then runs: for apps started with --now, so a
// demo at 09:00 on a Monday keeps ticking like a real morning.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(const QDateTime &start);
    QDateTime nowUtc() const override;

private:
    qint64 m_offsetMs = 0;
};

// Parses a --now value: ISO 8601 with an offset (2026-11-23T09:00:00+07:00) or Z. Without
// an offset the time is read in `zone` (the branch's), never the machine's.
QDateTime parseNow(const QString &text, const QTimeZone &zone);

} // namespace antrian
