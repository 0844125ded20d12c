// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionending.h"

#include "sessionstore.h"
#include "staffevents.h"
#include "staffstore.h"

#include "storage/branchstore.h"
#include "storage/database.h"
#include "storage/ticketstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace antrian {

namespace {

// lupdate files these strings under "CounterSessions", where the other session refusals are.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CounterSessions)
};

QString json(QJsonObject o, qint64 bySupervisor)
{
    if (bySupervisor > 0)
        o.insert(QStringLiteral("by"), bySupervisor);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<std::optional<EndedSession>> endSessionOfDisabled(const Database &db, const QDateTime &now, qint64 staffId,
                                                         qint64 bySupervisor)
{
    SessionStore sessions(db);
    auto held = sessions.ofStaff(staffId);
    if (!held)
        return held.error();
    if (!held->has_value())
        return std::optional<EndedSession>();
    auto branch = BranchStore(db).load();
    if (!branch)
        return branch.error();
    EndedSession ended;
    ended.session = **held;
    const qint64 cid = branch->counterIds.value(ended.session.counterNumber);
    if (auto r = sessions.removeAtCounter(cid); !r)
        return r.error();
    if (Outcome r = BranchStore(db).setCounterState(cid, CounterState::Closed); !r)
        return r.error();
    if (Outcome e = recordStaffEvent(db, now, {EventKind::CounterLogout, 0, 0, cid, staffId,
                                               json({{QStringLiteral("reason"), QStringLiteral("disabled")}}, bySupervisor)});
        !e)
        return e.error();

    TicketStore tickets(db);
    auto active = tickets.activeForCounter(cid);
    if (!active)
        return active.error();
    if (!active->has_value())
        return std::optional<EndedSession>(ended);
    const Ticket &t = **active;
    if (t.status == TicketStatus::Serving) {
        // Left with the counter, not finished: a customer half way through (a transfer, an
        // account opened) is not "done", and finishing it would put a service that never ended
        // in the day's figures and the audit log. The supervisor who disabled the account finishes
        // or transfers it there (antrianctl finish|transfer COUNTER), as after a release.
        ended.stillServing = t;
        return std::optional<EndedSession>(ended);
    }
    // Called, not started: the customer is on the way or not yet seen; another counter calls
    // them next. The ticket keeps its id, so its place at the front of its line (queueorder.h);
    // sent straight to this counter, it is now the service's again, since nobody is here.
    const qint64 sid = branch->serviceIds.value(t.serviceCode);
    const qint64 fromId = branch->serviceIds.value(t.transferredFromService);
    if (Outcome r = tickets.requeue(t.id, sid, fromId, 0); !r)
        return r.error();
    const QJsonObject detail{{QStringLiteral("from"), t.serviceCode},
                             {QStringLiteral("to"), t.serviceCode},
                             {QStringLiteral("reason"), QStringLiteral("disabled")}};
    if (Outcome e = recordStaffEvent(db, now, {EventKind::Transferred, t.id, sid, cid, bySupervisor, json(detail, 0)}); !e)
        return e.error();
    auto back = tickets.byId(t.id);
    if (!back)
        return back.error();
    ended.returned = back->value_or(t);
    return std::optional<EndedSession>(ended);
}

Outcome refuseDisabledStaff(const Database &db, qint64 staffId)
{
    if (staffId <= 0)
        return Done{};
    auto member = StaffStore(db).byId(staffId);
    if (!member)
        return member.error();
    if (member->has_value() && !(*member)->active)
        return Error::refused(Tr::tr("the account %1 has been disabled by a supervisor; it can no longer work at a counter")
                                      .arg((*member)->username));
    return Done{};
}

} // namespace antrian
