// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine's breaks and pauses: a counter's break, and a service that stops issuing.
#include "queueengine.h"
#include "queueengine_p.h"

#include <QCoreApplication>

namespace antrian {

Outcome QueueEngine::pauseCounter(int counter, qint64 staffId)
{
    auto r = counterAction(counter, staffId, [&](const Context &ctx, qint64 cid, const std::optional<Ticket> &active,
                                                 qint64 staff) -> Result<Ticket> {
        if (active)
            return Error::refused(Tr::tr("counter %1 still holds %2; finish or transfer it before pausing").arg(counter).arg(active->code));
        auto states = m_branchStore.storedCounterStates();
        if (!states)
            return states.error();
        if (states->value(counter) == CounterState::Paused)
            return Error::refused(Tr::tr("counter %1 is already paused").arg(counter));
        if (Outcome s = m_branchStore.setCounterState(cid, CounterState::Paused); !s)
            return s.error();
        if (Outcome e = record(ctx, {EventKind::CounterPaused, 0, 0, cid, staff, {}}); !e)
            return e.error();
        return Ticket{};
    });
    return r ? Outcome(Done{}) : Outcome(r.error());
}

Outcome QueueEngine::resumeCounter(int counter, qint64 staffId)
{
    auto r = counterAction(counter, staffId, [&](const Context &ctx, qint64 cid, const std::optional<Ticket> &,
                                                 qint64 staff) -> Result<Ticket> {
        auto states = m_branchStore.storedCounterStates();
        if (!states)
            return states.error();
        if (states->value(counter) != CounterState::Paused)
            return Error::refused(Tr::tr("counter %1 is not paused").arg(counter));
        if (Outcome s = m_branchStore.setCounterState(cid, CounterState::Open); !s)
            return s.error();
        if (Outcome e = record(ctx, {EventKind::CounterResumed, 0, 0, cid, staff, {}}); !e)
            return e.error();
        return Ticket{};
    });
    return r ? Outcome(Done{}) : Outcome(r.error());
}

Outcome QueueEngine::pauseService(const QString &serviceCode, qint64 staffId)
{
    return setServicePaused(serviceCode, true, staffId);
}

Outcome QueueEngine::resumeService(const QString &serviceCode, qint64 staffId)
{
    return setServicePaused(serviceCode, false, staffId);
}

Outcome QueueEngine::setServicePaused(const QString &serviceCode, bool pause, qint64 staffId)
{
    return write<Done>([&](const Context &ctx) -> Outcome {
        auto sid = serviceId(serviceCode, true);
        if (!sid)
            return sid.error();
        const QString code = m_branch->config.service(serviceCode)->code;
        if (m_paused.contains(code) == pause)
            return Error::refused(pause ? Tr::tr("service %1 is already paused").arg(code)
                                        : Tr::tr("service %1 is not paused").arg(code));
        if (Outcome r = m_branchStore.setServicePaused(*sid, pause); !r)
            return r;
        return record(ctx, {pause ? EventKind::ServicePaused : EventKind::ServiceResumed, 0, *sid, 0, staffId, {}});
    });
}

} // namespace antrian
