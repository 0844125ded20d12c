// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterbackend.h"

namespace antrian::counter {

CounterBackend::CounterBackend(const QString &location, const Clock &clock, StaffPolicy policy, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_policy(policy),
      m_queue(location, clock),
      m_staff(location, clock, policy),
      m_supervisor(location, clock, policy),
      m_feed(location),
      m_watch(location, DatabaseWatch::Use::ReadWrite)
{
    // The feed looks every few milliseconds and is the first to see a removed file.
    connect(&m_feed.feed(), &ChangeFeed::lost, &m_watch, &DatabaseWatch::lost);
}

Outcome CounterBackend::start()
{
    if (Outcome r = m_queue.start(DatabaseThread::Opening::WaitForDatabase); !r)
        return r;
    if (Outcome r = m_staff.start(DatabaseThread::Opening::WaitForDatabase); !r)
        return r;
    if (Outcome r = m_supervisor.start(DatabaseThread::Opening::WaitForDatabase); !r)
        return r;
    m_feed.follow();
    return Done{};
}

} // namespace antrian::counter
