#include "counterbackend.h"

namespace antrian::counter {

CounterBackend::CounterBackend(const QString &location, const Clock &clock, StaffPolicy policy, QObject *parent)
    : QObject(parent),
      m_clock(clock),
      m_policy(policy),
      m_queue(location, clock),
      m_staff(location, clock, policy),
      m_feed(location)
{
}

Outcome CounterBackend::start()
{
    if (Outcome r = m_queue.start(); !r)
        return r;
    if (Outcome r = m_staff.start(); !r)
        return r;
    return m_feed.start();
}

} // namespace antrian::counter
