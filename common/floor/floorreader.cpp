// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorreader.h"

#include "calendar/branchcalendar.h"
#include "staff/sessionstore.h"
#include "staff/staffevents.h"
#include "storage/branchstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace antrian {

namespace {

// lupdate files these strings under "Floor", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Floor)
};

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b > a ? b : a;
}

QDateTime earlier(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    return b.isValid() && b < a ? b : a;
}

// Waiting tickets of one service: those of its line, and those sent straight to one counter.
struct Waiting
{
    int line = 0;
    QDateTime lineOldest;
    QHash<qint64, std::pair<int, QDateTime>> toCounter; // counter id -> count, oldest queued
};

} // namespace

FloorReader::FloorReader(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Outcome FloorReader::refreshBranch()
{
    BranchStore store(m_db);
    const qint64 revision = store.revision();
    if (m_branch && m_branch->revision == revision && m_branchGeneration == m_db.generation())
        return Done{};
    auto loaded = store.load();
    if (!loaded)
        return loaded.error();
    m_branch = std::move(loaded).value();
    m_branchGeneration = m_db.generation();
    return Done{};
}

Result<FloorState> FloorReader::read()
{
    if (Outcome r = refreshBranch(); !r)
        return r.error();
    const QDateTime now = m_clock.nowUtc();
    auto floor = readFloor(now);
    if (!floor)
        return floor;
    auto running = runningAlerts();
    if (!running)
        return running.error();
    const AlertChanges changes = alertChanges(*running, alertConditions(*floor, m_branch->config.breakLimitMinutes));
    if (!changes.isEmpty()) {
        if (Outcome w = storeChanges(changes, now); !w)
            return w.error();
    }
    auto alerts = unhandledAlerts(now);
    if (!alerts)
        return alerts.error();
    floor->alerts = std::move(alerts).value();
    return floor;
}

Result<FloorState> FloorReader::readFloor(const QDateTime &now)
{
    const BranchConfig &config = m_branch->config;
    FloorState floor;
    floor.now = now;
    floor.businessDate = BranchCalendar(config.calendar).businessDate(now);
    const QString today = floor.businessDate.toString(Qt::ISODate);
    // Readers count an ended day's waiting tickets as expired, unless the branch keeps them.
    const QString minWaiting = config.endOfDay == EndOfDay::Keep ? QStringLiteral("0000-00-00") : today;
    QHash<qint64, QString> serviceCodes;
    for (auto it = m_branch->serviceIds.begin(); it != m_branch->serviceIds.end(); ++it)
        serviceCodes.insert(it.value(), it.key());

    BranchStore store(m_db);
    auto mark = store.mark();
    if (!mark)
        return mark.error();
    auto states = store.counterStates();
    if (!states)
        return states.error();
    auto sessions = SessionStore(m_db).all();
    if (!sessions)
        return sessions.error();

    // Who waits where: the waiting index holds only waiting tickets.
    QHash<qint64, Waiting> waiting;
    auto w = m_db.run(QStringLiteral("SELECT service_id, target_counter_id, COUNT(*), MIN(queued_at) FROM tickets"
                                     " WHERE status = 'waiting' AND business_date >= ? GROUP BY service_id, target_counter_id"),
                      {minWaiting});
    if (!w)
        return w.error();
    while (w->next()) {
        Waiting &x = waiting[w->value(0).toLongLong()];
        const QDateTime oldest = fromMs(w->value(3));
        if (w->value(1).isNull()) {
            x.line = w->value(2).toInt();
            x.lineOldest = oldest;
        } else {
            x.toCounter.insert(w->value(1).toLongLong(), {w->value(2).toInt(), oldest});
        }
    }

    // Today's figures per service and what each counter last ended, in one pass over today's rows.
    struct Today
    {
        int served = 0, noShow = 0, called = 0, within = 0;
    };
    QHash<qint64, Today> todayOf;
    QHash<qint64, QDateTime> lastEndedAt; // counter id
    auto t = m_db.run(QStringLiteral(
                              "SELECT t.service_id, t.counter_id,"
                              " SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END),"
                              " SUM(CASE WHEN t.status = 'no_show' THEN 1 ELSE 0 END),"
                              " SUM(CASE WHEN t.first_called_at IS NOT NULL THEN 1 ELSE 0 END),"
                              " SUM(CASE WHEN t.first_called_at - t.issued_at <= s.target_wait_minutes * 60000 THEN 1 ELSE 0 END),"
                              " MAX(t.finished_at)"
                              " FROM tickets t JOIN services s ON s.id = t.service_id"
                              " WHERE t.business_date = ? GROUP BY t.service_id, t.counter_id"),
                      {today});
    if (!t)
        return t.error();
    while (t->next()) {
        Today &x = todayOf[t->value(0).toLongLong()];
        x.served += t->value(2).toInt();
        x.noShow += t->value(3).toInt();
        x.called += t->value(4).toInt();
        x.within += t->value(5).toInt();
        if (!t->value(1).isNull()) {
            QDateTime &ended = lastEndedAt[t->value(1).toLongLong()];
            ended = later(ended, fromMs(t->value(6)));
        }
    }

    QHash<qint64, int> issued;
    auto seq = m_db.run(QStringLiteral("SELECT service_id, last_sequence FROM daily_sequences WHERE business_date = ?"), {today});
    if (!seq)
        return seq.error();
    while (seq->next())
        issued.insert(seq->value(0).toLongLong(), seq->value(1).toInt());

    // The tickets counters hold (the one-per-counter index holds only those).
    QHash<qint64, FloorTicket> held; // counter id
    auto a = m_db.run(QStringLiteral("SELECT counter_id, code, status, service_id, called_at, started_at FROM tickets"
                                     " WHERE counter_id > 0 AND status IN ('called','serving')"));
    if (!a)
        return a.error();
    while (a->next()) {
        FloorTicket ft;
        ft.code = a->value(1).toString();
        ft.status = statusFromKey(a->value(2).toString()).value_or(TicketStatus::Called);
        ft.serviceCode = serviceCodes.value(a->value(3).toLongLong());
        ft.since = fromMs(ft.status == TicketStatus::Serving ? a->value(5) : a->value(4));
        ft.minutes = wholeMinutes(ft.since, now);
        const ServiceConfig *service = config.service(ft.serviceCode);
        ft.pastTarget = ft.status == TicketStatus::Serving && service
                && ft.since.msecsTo(now) > qint64(service->targetServiceMinutes) * 60'000;
        held.insert(a->value(0).toLongLong(), ft);
    }

    // Breaks: the last pause and resume of each counter (a partial index holds only those events).
    QHash<qint64, QDateTime> pausedAt, resumedAt;
    auto b = m_db.run(QStringLiteral("SELECT counter_id, kind, MAX(at) FROM events"
                                     " WHERE kind IN ('counter_paused','counter_resumed') AND counter_id IS NOT NULL"
                                     " GROUP BY counter_id, kind"));
    if (!b)
        return b.error();
    while (b->next())
        (b->value(1).toString() == u"counter_paused" ? pausedAt : resumedAt).insert(b->value(0).toLongLong(), fromMs(b->value(2)));

    for (const ServiceConfig &service : config.services) {
        if (!service.active)
            continue;
        const qint64 sid = m_branch->serviceIds.value(service.code);
        const Waiting &x = waiting.value(sid);
        FloorService fs;
        fs.service = service;
        fs.waiting = x.line;
        fs.oldestQueuedAt = x.lineOldest;
        for (const auto &[count, oldest] : x.toCounter) {
            fs.waiting += count;
            fs.oldestQueuedAt = earlier(fs.oldestQueuedAt, oldest);
        }
        const qint64 longestMs = fs.oldestQueuedAt.isValid() ? std::max<qint64>(0, fs.oldestQueuedAt.msecsTo(now)) : 0;
        fs.longestWaitMinutes = int(longestMs / 60'000);
        fs.waitLevel = waitLevel(longestMs, service.targetWaitMinutes);
        fs.issued = issued.value(sid);
        const Today &d = todayOf.value(sid);
        fs.served = d.served;
        fs.noShow = d.noShow;
        fs.called = d.called;
        fs.calledWithinTarget = d.within;
        fs.calledWithinTargetPercent = calledWithinPercent(d.within, d.called);
        fs.paused = mark->pausedServices.contains(service.code);
        floor.services.append(fs);
    }

    for (const CounterConfig &counter : config.counters) {
        if (!counter.active)
            continue;
        const qint64 cid = m_branch->counterIds.value(counter.number);
        FloorCounter fc;
        fc.counter = counter;
        fc.state = states->value(counter.number, CounterState::Closed);
        QDateTime loggedInAt;
        for (const CounterSession &s : std::as_const(*sessions)) {
            if (s.counterNumber == counter.number) {
                fc.staff = FloorStaff{s.staffId, s.fullName.isEmpty() ? s.username : s.fullName};
                loggedInAt = s.startedAt;
            }
        }
        if (held.contains(cid))
            fc.ticket = held.value(cid);
        if (fc.state == CounterState::Paused) {
            fc.breakSince = pausedAt.value(cid);
            fc.breakMinutes = wholeMinutes(fc.breakSince, now);
        }
        if (fc.state == CounterState::Open && !fc.ticket) {
            // The oldest ticket it could call: its services' lines and those sent to it.
            QDateTime oldest;
            for (const QString &code : counter.services)
                oldest = earlier(oldest, waiting.value(m_branch->serviceIds.value(code)).lineOldest);
            for (const Waiting &x : std::as_const(waiting)) {
                if (x.toCounter.contains(cid))
                    oldest = earlier(oldest, x.toCounter.value(cid).second);
            }
            // Free since its login, its last resume or the last ticket it ended, whichever is last.
            const QDateTime free = later(later(loggedInAt, resumedAt.value(cid)), lastEndedAt.value(cid));
            if (oldest.isValid())
                fc.idleWhileWaitingSince = later(free, oldest);
        }
        floor.counters.append(fc);
    }
    return floor;
}

Result<QList<StoredAlert>> FloorReader::runningAlerts() const
{
    auto q = m_db.run(QStringLiteral("SELECT a.id, a.kind, s.code, c.number FROM floor_alerts a"
                                     " LEFT JOIN services s ON s.id = a.service_id LEFT JOIN counters c ON c.id = a.counter_id"
                                     " WHERE a.cleared_at IS NULL"));
    if (!q)
        return q.error();
    QList<StoredAlert> out;
    while (q->next()) {
        const auto kind = alertKindFromKey(q->value(1).toString());
        if (kind)
            out.append({q->value(0).toLongLong(), *kind, q->value(2).toString(), q->value(3).toInt()});
    }
    return out;
}

Outcome FloorReader::storeChanges(const AlertChanges &changes, const QDateTime &now)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    // Another supervisor's page may have written since this one read: raise only what is
    // still not there, now that the lock is held.
    auto running = runningAlerts();
    if (!running)
        return running.error();
    for (const AlertCondition &c : alertChanges(*running, changes.raise).raise) {
        auto q = m_db.run(QStringLiteral("INSERT INTO floor_alerts (kind, service_id, counter_id, raised_at) VALUES (?, ?, ?, ?)"),
                          {alertKindKey(c.kind), idOrNull(m_branch->serviceIds.value(c.serviceCode)),
                           idOrNull(m_branch->counterIds.value(c.counterNumber)), c.raisedAt.toMSecsSinceEpoch()});
        if (!q)
            return q.error();
    }
    for (qint64 id : changes.clear) {
        auto q = m_db.run(QStringLiteral("UPDATE floor_alerts SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL"),
                          {now.toMSecsSinceEpoch(), id});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<QList<FloorAlert>> FloorReader::unhandledAlerts(const QDateTime &now) const
{
    auto q = m_db.run(QStringLiteral("SELECT a.id, a.kind, s.code, c.number, a.raised_at, a.cleared_at FROM floor_alerts a"
                                     " LEFT JOIN services s ON s.id = a.service_id LEFT JOIN counters c ON c.id = a.counter_id"
                                     " WHERE a.handled_at IS NULL ORDER BY a.id"));
    if (!q)
        return q.error();
    QList<FloorAlert> out;
    while (q->next()) {
        const auto kind = alertKindFromKey(q->value(1).toString());
        if (!kind)
            continue;
        FloorAlert a;
        a.id = q->value(0).toLongLong();
        a.kind = *kind;
        a.serviceCode = q->value(2).toString();
        a.counterNumber = q->value(3).toInt();
        a.raisedAt = fromMs(q->value(4));
        a.clearedAt = fromMs(q->value(5));
        a.minutes = wholeMinutes(a.raisedAt, a.clearedAt.isValid() ? a.clearedAt : now);
        out.append(a);
    }
    return out;
}

Outcome FloorReader::handle(qint64 alertId, qint64 staffId)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    auto found = m_db.run(QStringLiteral("SELECT kind, handled_at FROM floor_alerts WHERE id = ?"), {alertId});
    if (!found)
        return found.error();
    if (!found->next())
        return Error::badInput(Tr::tr("there is no alert %1").arg(alertId));
    const QString kind = found->value(0).toString();
    const bool handled = !found->value(1).isNull();
    found->finish();
    if (handled)
        return Error::refused(Tr::tr("alert %1 was already handled").arg(alertId));
    const QDateTime now = m_clock.nowUtc();
    if (auto u = m_db.run(QStringLiteral("UPDATE floor_alerts SET handled_at = ?, handled_by = ? WHERE id = ?"),
                          {now.toMSecsSinceEpoch(), idOrNull(staffId), alertId});
        !u)
        return u.error();
    const QJsonObject detail{{QStringLiteral("alert"), alertId}, {QStringLiteral("kind"), kind}};
    if (Outcome e = recordStaffEvent(m_db, now, {EventKind::AlertHandled, 0, 0, 0, staffId,
                                                 QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        !e)
        return e;
    return tx.commit();
}

} // namespace antrian
