// SPDX-License-Identifier: GPL-3.0-or-later
// CounterBackend: what the counter app talks to, all off the screen's thread: the queue
// worker (every queue action and read), the staff worker (login, logout, heartbeat, with
// the slow PIN hash) and the change feed that says when any process changed the queue; and
// the DatabaseWatch that says when the counter is out of service because of its database; and
// the supervisor's worker (the floor, a supervisor's sign-in and the floor's actions).
#pragma once

#include "app/databasewatch.h"
#include "core/clock.h"
#include "core/result.h"
#include "feed/feedthread.h"
#include "queue/queueworker.h"
#include "staff/staffpolicy.h"
#include "staff/staffworker.h"
#include "supervisorworker.h"

#include <QObject>

namespace antrian::counter {

class CounterBackend : public QObject
{
    Q_OBJECT
public:
    CounterBackend(const QString &location, const Clock &clock, StaffPolicy policy = {}, QObject *parent = nullptr);

    // Opens the database in both workers and starts the feed. A database that cannot be used
    // now is not a failure: the watch goes out of service and everything connects later.
    Outcome start();

    QueueWorker &queue() { return m_queue; }
    StaffWorker &staff() { return m_staff; }
    SupervisorWorker &supervisor() { return m_supervisor; }
    ChangeFeed &feed() { return m_feed.feed(); } // in its own thread: signals only
    DatabaseWatch &watch() { return m_watch; }
    const Clock &clock() const { return m_clock; }
    const StaffPolicy &policy() const { return m_policy; }

private:
    const Clock &m_clock;
    StaffPolicy m_policy;
    QueueWorker m_queue;
    StaffWorker m_staff;
    SupervisorWorker m_supervisor;
    FeedThread m_feed;
    DatabaseWatch m_watch;
};

} // namespace antrian::counter
