// CounterBackend: what the counter app talks to, all off the screen's thread: the queue
// worker (every queue action and read), the staff worker (login, logout, heartbeat, with
// the slow PIN hash) and the change feed that says when any process changed the queue.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "feed/changefeed.h"
#include "queue/queueworker.h"
#include "staff/staffpolicy.h"
#include "staff/staffworker.h"

#include <QObject>

namespace antrian::counter {

class CounterBackend : public QObject
{
    Q_OBJECT
public:
    CounterBackend(const QString &location, const Clock &clock, StaffPolicy policy = {}, QObject *parent = nullptr);

    // Opens the database in both workers and starts the feed.
    Outcome start();

    QueueWorker &queue() { return m_queue; }
    StaffWorker &staff() { return m_staff; }
    ChangeFeed &feed() { return m_feed; }
    const Clock &clock() const { return m_clock; }
    const StaffPolicy &policy() const { return m_policy; }

private:
    const Clock &m_clock;
    StaffPolicy m_policy;
    QueueWorker m_queue;
    StaffWorker m_staff;
    ChangeFeed m_feed;
};

} // namespace antrian::counter
