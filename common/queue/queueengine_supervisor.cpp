// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEngine's supervisor actions from the live floor: releasing a counter, and sending one
// service's waiting line to another.
#include "queueengine.h"
#include "queueengine_p.h"

#include "staff/sessionstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace antrian {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<CounterRelease> QueueEngine::releaseCounter(int counter, qint64 staffId)
{
    return write<CounterRelease>([&](const Context &ctx) -> Result<CounterRelease> {
        auto cid = counterId(counter);
        if (!cid)
            return cid.error();
        auto active = m_tickets.activeForCounter(*cid);
        if (!active)
            return active.error();
        const bool serving = *active && (*active)->status == TicketStatus::Serving;
        SessionStore sessions(m_db);
        auto here = sessions.atCounter(*cid);
        if (!here)
            return here.error();
        if (!here->has_value() && (!active->has_value() || serving))
            return Error::refused(Tr::tr("nobody is logged in at counter %1").arg(counter));
        CounterRelease release;
        if (serving)
            release.stillServing = **active;
        if (here->has_value()) {
            const CounterSession &s = **here;
            release.staffId = s.staffId;
            release.username = s.username;
            release.staffName = s.fullName.isEmpty() ? s.username : s.fullName;
            if (auto r = sessions.removeAtCounter(*cid); !r)
                return r.error();
            QJsonObject detail{{QStringLiteral("reason"), QStringLiteral("released")}};
            if (staffId > 0)
                detail.insert(QStringLiteral("by"), staffId);
            if (Outcome e = record(ctx, {EventKind::CounterLogout, 0, 0, *cid, s.staffId, compact(detail)}); !e)
                return e.error();
        }
        if (Outcome r = m_branchStore.setCounterState(*cid, CounterState::Closed); !r)
            return r.error();
        if (active->has_value() && !serving) {
            const Ticket &t = **active;
            const qint64 sid = serviceIdOf(t);
            const qint64 fromId = m_branch->serviceIds.value(t.transferredFromService);
            const qint64 target = m_branch->counterIds.value(t.targetCounterNumber);
            if (Outcome r = m_tickets.requeue(t.id, sid, fromId, target); !r)
                return r.error();
            const QJsonObject detail{{QStringLiteral("from"), t.serviceCode}, {QStringLiteral("to"), t.serviceCode},
                                     {QStringLiteral("reason"), QStringLiteral("released")}};
            if (Outcome e = record(ctx, {EventKind::Transferred, t.id, sid, *cid, staffId, compact(detail)}); !e)
                return e.error();
            auto back = reload(t.id);
            if (!back)
                return back.error();
            release.putBack = *back;
        }
        return release;
    });
}

Result<QList<Ticket>> QueueEngine::sendWaiting(const QString &fromService, const QString &toService, qint64 staffId)
{
    return write<QList<Ticket>>([&](const Context &ctx) -> Result<QList<Ticket>> {
        auto from = serviceId(fromService, false);
        if (!from)
            return from.error();
        const QString fromCode = m_branch->config.service(fromService)->code;
        if (auto to = serviceId(toService, true); !to)
            return to.error();
        if (m_branch->config.service(toService)->code == fromCode)
            return Error::badInput(Tr::tr("the tickets of %1 are already in service %1").arg(fromCode));
        TicketFilter filter;
        filter.from = minWaitingDate(ctx.today);
        filter.status = TicketStatus::Waiting;
        filter.serviceCode = fromCode;
        filter.limit = 100000;
        auto waiting = m_tickets.list(filter);
        if (!waiting)
            return waiting.error();
        QList<Ticket> moved;
        for (const Ticket &t : std::as_const(*waiting)) {
            if (t.targetCounterNumber > 0)
                continue;
            auto r = requeue(ctx, t, {toService, 0}, staffId);
            if (!r)
                return r.error();
            moved.append(*r);
        }
        if (moved.isEmpty())
            return Error::refused(Tr::tr("nobody is waiting in service %1").arg(fromCode));
        return moved;
    });
}

} // namespace antrian
