// SPDX-License-Identifier: GPL-3.0-or-later
// Private to the QueueEngine implementation files: the context of one write, and the
// templates that wrap every operation in one BEGIN IMMEDIATE transaction.
#pragma once

#include "queueengine.h"

#include "staff/sessionending.h"
#include "ratings/ratingstore.h"
#include "storage/branchstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/ticketstore.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace antrian {

// lupdate files these strings under "QueueEngine", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(QueueEngine)
};

struct QueueEngine::Stores
{
    explicit Stores(const Database &db) : branch(db), tickets(db), ratings(db) {}
    BranchStore branch;
    TicketStore tickets;
    RatingStore ratings;
};

struct QueueEngine::Context
{
    QDateTime now;
    qint64 nowMs = 0;
    QDate today;
    // The time stamped on the rows, as they read it back: whole milliseconds, in UTC.
    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()); }
};

template<typename T, typename Body>
Result<T> QueueEngine::write(Body &&body)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    Context ctx;
    ctx.now = m_clock.nowUtc();
    ctx.nowMs = ctx.now.toMSecsSinceEpoch();
    ctx.today = m_calendar.businessDate(ctx.now);
    if (Outcome r = expireEndedDays(ctx); !r)
        return r.error();
    Result<T> result = body(ctx);
    if (!result)
        return result; // rolled back by tx
    if (Outcome c = tx.commit(); !c)
        return c.error();
    m_daysEndedBefore = ctx.today; // expireEndedDays() ran in what was just committed
    m_daysEndedGeneration = m_db.generation();
    return result;
}

template<typename Body>
Result<Ticket> QueueEngine::counterAction(int counter, qint64 staffId, Body &&body)
{
    return write<Ticket>([&](const Context &ctx) -> Result<Ticket> {
        auto cid = counterId(counter);
        if (!cid)
            return cid.error();
        // A counter app whose account was just disabled learns it at its next press.
        if (Outcome r = refuseDisabledStaff(m_db, staffId); !r)
            return r.error();
        auto active = m_tickets.activeForCounter(*cid);
        if (!active)
            return active.error();
        return body(ctx, *cid, *active, staffId);
    });
}

template<typename Body>
Result<Ticket> QueueEngine::ticketAction(const QString &code, qint64 staffId, Body &&body)
{
    return write<Ticket>([&](const Context &ctx) -> Result<Ticket> {
        // Codes repeat each day: the newest ticket with the code is meant.
        auto found = m_tickets.byCode(code.trimmed(), QDate());
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::badInput(Tr::tr("there is no ticket %1").arg(code.trimmed().toUpper()));
        return body(ctx, **found, staffId);
    });
}

} // namespace antrian
