// SPDX-License-Identifier: GPL-3.0-or-later
#include "countersessions.h"

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
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStaff)

namespace antrian {

namespace {

// lupdate files these strings under "CounterSessions", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CounterSessions)
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString reasonDetail(const char *reason)
{
    return json({{QStringLiteral("reason"), QLatin1String(reason)}});
}

} // namespace

CounterSessions::CounterSessions(const Database &db, const Clock &clock, StaffPolicy policy)
    : m_db(db), m_clock(clock), m_accounts(db, clock, policy)
{
}

QString CounterSessions::holderText(const CounterSession &s) const
{
    return QStringLiteral("%1 (%2)").arg(s.fullName, s.username);
}

Result<qint64> CounterSessions::counterId(const StoredBranch &branch, int number) const
{
    const CounterConfig *c = branch.config.counter(number);
    if (!c)
        return Error::badInput(Tr::tr("there is no counter %1 in this branch").arg(number));
    if (!c->active)
        return Error::refused(Tr::tr("counter %1 is not in use").arg(number));
    return branch.counterIds.value(number);
}

Result<CounterSession> CounterSessions::login(const QString &username, const QString &pin, int counterNumber)
{
    auto branch = BranchStore(m_db).load();
    if (!branch)
        return branch.error();
    // A wrong counter is said before the PIN is even hashed.
    if (auto cid = counterId(*branch, counterNumber); !cid)
        return cid.error();
    auto check = m_accounts.checkPin(username, pin);
    if (!check)
        return check.error();

    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    Result<StaffMember> member = m_accounts.settle(*check);
    Result<CounterSession> claimed = member ? claim(*branch, *member, counterNumber) : Result<CounterSession>(member.error());
    if (!claimed && claimed.error().kind == Error::Kind::Storage)
        return claimed; // rolled back
    // Refusals commit too: a wrong PIN is counted, a right one resets the count.
    if (Outcome c = tx.commit(); !c)
        return c.error();
    if (claimed)
        qCInfo(lcStaff) << claimed->username << "logged in at counter" << counterNumber;
    return claimed;
}

Result<CounterSession> CounterSessions::claim(const StoredBranch &branch, const StaffMember &member, int counterNumber)
{
    auto cid = counterId(branch, counterNumber);
    if (!cid)
        return cid.error();
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = branchTimeZone(m_db);
    SessionStore sessions(m_db);

    QDateTime startedAt = now;
    auto here = sessions.atCounter(*cid);
    if (!here)
        return here.error();
    auto mine = sessions.ofStaff(member.id);
    if (!mine)
        return mine.error();
    const char *takeover = nullptr;
    if (here->has_value()) {
        const CounterSession &h = **here;
        if (h.staffId == member.id) {
            // The same person again (the app crashed, or a second window): the new login
            // wins; the old window learns at its next heartbeat. Start times must differ.
            takeover = "same_person";
            if (startedAt <= h.startedAt)
                startedAt = h.startedAt.addMSecs(1);
        } else if (!isSessionStale(h.seenAt, now, policy())) {
            return Error::refused(Tr::tr("counter %1 is in use by %2 since %3; ask them to log out, "
                                     "or a supervisor to release the counter")
                                          .arg(counterNumber)
                                          .arg(holderText(h), branchTime(h.startedAt, zone)));
        } else {
            takeover = "stale";
        }
    }
    if (mine->has_value() && (*mine)->counterNumber != counterNumber) {
        const CounterSession &m = **mine;
        if (!isSessionStale(m.seenAt, now, policy()))
            return Error::refused(Tr::tr("%1 is logged in at counter %2 since %3; log out there first")
                                          .arg(holderText(m))
                                          .arg(m.counterNumber)
                                          .arg(branchTime(m.startedAt, zone)));
        const qint64 otherId = branch.counterIds.value(m.counterNumber);
        if (auto r = sessions.removeAtCounter(otherId); !r)
            return r.error();
        if (Outcome e = recordStaffEvent(m_db, now, {EventKind::CounterLogout, 0, 0, otherId, m.staffId,
                                                     reasonDetail("stale")});
            !e)
            return e.error();
    }
    if (takeover) {
        const CounterSession &h = **here;
        if (auto r = sessions.removeAtCounter(*cid); !r)
            return r.error();
        if (Outcome e = recordStaffEvent(m_db, now, {EventKind::CounterLogout, 0, 0, *cid, h.staffId,
                                                     reasonDetail(qstrcmp(takeover, "stale") == 0 ? "stale" : "replaced")});
            !e)
            return e.error();
        qCInfo(lcStaff) << "counter" << counterNumber << "taken over from" << h.username << "(" << takeover << ")";
    }
    if (Outcome r = sessions.insert(*cid, member.id, startedAt, now); !r)
        return r.error();

    auto states = BranchStore(m_db).storedCounterStates();
    if (!states)
        return states.error();
    if (states->value(counterNumber) == CounterState::Closed) {
        if (Outcome r = BranchStore(m_db).setCounterState(*cid, CounterState::Open); !r)
            return r.error();
    }
    QJsonObject detail;
    if (takeover)
        detail.insert(QStringLiteral("replaced"), QLatin1String(takeover));
    if (Outcome e = recordStaffEvent(m_db, now, {EventKind::CounterLogin, 0, 0, *cid, member.id,
                                                 detail.isEmpty() ? QString() : json(detail)});
        !e)
        return e.error();

    CounterSession s;
    s.counterNumber = counterNumber;
    s.staffId = member.id;
    s.username = member.username;
    s.fullName = member.fullName;
    s.role = member.role;
    s.startedAt = startedAt;
    s.seenAt = now;
    return s;
}

Outcome CounterSessions::logout(const CounterSession &session)
{
    auto branch = BranchStore(m_db).load();
    if (!branch)
        return branch.error();
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    auto cid = counterId(*branch, session.counterNumber);
    if (!cid)
        return cid.error();
    auto active = TicketStore(m_db).activeForCounter(*cid);
    if (!active)
        return active.error();
    if (active->has_value())
        return Error::refused(Tr::tr("counter %1 still holds %2; finish, transfer or mark it no-show before logging out")
                                      .arg(session.counterNumber)
                                      .arg((*active)->code));
    SessionStore sessions(m_db);
    auto here = sessions.atCounter(*cid);
    if (!here)
        return here.error();
    // Only this very session is ended; if it was already replaced there is nothing to end.
    if (here->has_value() && (*here)->staffId == session.staffId && (*here)->startedAt == session.startedAt) {
        if (auto r = sessions.removeAtCounter(*cid); !r)
            return r.error();
        if (Outcome r = BranchStore(m_db).setCounterState(*cid, CounterState::Closed); !r)
            return r;
        if (Outcome e = recordStaffEvent(m_db, m_clock.nowUtc(), {EventKind::CounterLogout, 0, 0, *cid,
                                                                   session.staffId, reasonDetail("logout")});
            !e)
            return e;
    }
    if (Outcome c = tx.commit(); !c)
        return c;
    qCInfo(lcStaff) << session.username << "logged out of counter" << session.counterNumber;
    return Done{};
}

Result<CounterSession> CounterSessions::heartbeat(const CounterSession &session)
{
    // The setup is read before the write lock is taken: the lock is held for one UPDATE.
    auto branch = BranchStore(m_db).load();
    if (!branch)
        return branch.error();
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    const qint64 cid = branch->counterIds.value(session.counterNumber);
    SessionStore sessions(m_db);
    const QDateTime now = m_clock.nowUtc();
    auto touched = sessions.touch(cid, session, now);
    if (!touched)
        return touched.error();
    if (*touched) {
        if (Outcome c = tx.commit(); !c)
            return c.error();
        CounterSession s = session;
        s.seenAt = now;
        return s;
    }
    // Gone: say what happened, in words for the person at the screen.
    auto member = StaffStore(m_db).byId(session.staffId);
    if (!member)
        return member.error();
    if (member->has_value() && !(*member)->active) {
        // Disabled while logged in. Disabling ends the session itself; one it did not end (a
        // database disabled by an older version) is ended here, once.
        auto ended = endSessionOfDisabled(m_db, now, session.staffId, 0);
        if (!ended)
            return ended.error();
        if (Outcome c = tx.commit(); !c)
            return c.error();
        return Error::refused(Tr::tr("your account %1 has been disabled by a supervisor; you are logged out of counter %2")
                                      .arg(session.username)
                                      .arg(session.counterNumber));
    }
    auto here = sessions.atCounter(cid);
    if (!here)
        return here.error();
    const QTimeZone zone = branchTimeZone(m_db);
    if (!here->has_value())
        return Error::refused(Tr::tr("you were logged out of counter %1 (released by a supervisor, or logged out "
                                 "from another window)")
                                      .arg(session.counterNumber));
    const CounterSession &h = **here;
    if (h.staffId == session.staffId)
        return Error::refused(Tr::tr("you logged in at counter %1 again from another window at %2; this window "
                                 "has been logged out")
                                      .arg(session.counterNumber)
                                      .arg(branchTime(h.startedAt, zone)));
    return Error::refused(Tr::tr("counter %1 was taken over by %2 at %3, because this app had not been heard from")
                                  .arg(session.counterNumber)
                                  .arg(holderText(h), branchTime(h.startedAt, zone)));
}

Result<QList<CounterSeat>> CounterSessions::seats() const
{
    auto branch = BranchStore(m_db).load();
    if (!branch)
        return branch.error();
    auto states = BranchStore(m_db).counterStates();
    if (!states)
        return states.error();
    auto all = SessionStore(m_db).all();
    if (!all)
        return all.error();
    const QDateTime now = m_clock.nowUtc();
    QList<CounterSeat> seats;
    for (const CounterConfig &c : branch->config.counters) {
        if (!c.active)
            continue;
        CounterSeat seat;
        seat.counter = c;
        seat.state = states->value(c.number, CounterState::Closed);
        for (const CounterSession &s : *all) {
            if (s.counterNumber == c.number) {
                seat.session = s;
                seat.stale = isSessionStale(s.seenAt, now, policy());
            }
        }
        seats.append(seat);
    }
    std::sort(seats.begin(), seats.end(),
              [](const CounterSeat &a, const CounterSeat &b) { return a.counter.number < b.counter.number; });
    return seats;
}

Result<std::optional<CounterSession>> CounterSessions::sessionAt(int counterNumber) const
{
    auto branch = BranchStore(m_db).load();
    if (!branch)
        return branch.error();
    if (!branch->config.counter(counterNumber))
        return Error::badInput(Tr::tr("there is no counter %1 in this branch").arg(counterNumber));
    return SessionStore(m_db).atCounter(branch->counterIds.value(counterNumber));
}

} // namespace antrian
