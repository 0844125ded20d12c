// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportreader.h"

#include "reportbuilder.h"
#include "ticketfacts.h"

#include "core/translation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace antrian {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

QString inLanguage(const QSqlQuery &q, int name, int nameEn)
{
    const QString en = q.value(nameEn).toString();
    return currentLanguage() == u"en" && !en.isEmpty() ? en : q.value(name).toString();
}

Result<ReportSetup> readSetup(const Database &db)
{
    ReportSetup setup;
    auto branch = db.run(QStringLiteral("SELECT name, time_zone FROM branch WHERE id = 1"));
    if (!branch)
        return branch.error();
    if (branch->next()) {
        setup.branchName = branch->value(0).toString();
        const QTimeZone zone(branch->value(1).toString().toUtf8());
        setup.timeZone = zone.isValid() ? zone : QTimeZone::utc();
    }
    auto services = db.run(QStringLiteral("SELECT id, code, name, name_en, target_wait_minutes, active FROM services"
                                          " ORDER BY position, id"));
    if (!services)
        return services.error();
    while (services->next())
        setup.services.append({services->value(0).toLongLong(), services->value(1).toString(), inLanguage(*services, 2, 3),
                               services->value(4).toInt(), services->value(5).toBool()});
    auto counters = db.run(QStringLiteral("SELECT id, number, name, name_en, active FROM counters ORDER BY number"));
    if (!counters)
        return counters.error();
    while (counters->next())
        setup.counters.append({counters->value(0).toLongLong(), counters->value(1).toInt(), inLanguage(*counters, 2, 3),
                               counters->value(4).toBool(), {}});
    auto serves = db.run(QStringLiteral("SELECT counter_id, service_id FROM counter_services ORDER BY counter_id, position"));
    if (!serves)
        return serves.error();
    while (serves->next())
        for (auto &c : setup.counters)
            if (c.id == serves->value(0).toLongLong())
                c.serviceIds.append(serves->value(1).toLongLong());
    auto staff = db.run(QStringLiteral("SELECT id, username, full_name FROM staff"));
    if (!staff)
        return staff.error();
    while (staff->next())
        setup.staff.append({staff->value(0).toLongLong(), staff->value(1).toString(), staff->value(2).toString()});
    auto outcomes = db.run(QStringLiteral("SELECT code, resolved FROM outcomes"));
    if (!outcomes)
        return outcomes.error();
    while (outcomes->next())
        setup.outcomeResolved.insert(outcomes->value(0).toString(), outcomes->value(1).toBool());
    return setup;
}

// The counter sessions that began in [startMs, endMs): a login at a counter lasts until the
// logout there, the next login there, or the end of the period (or now, if sooner). And the
// transfers away from a counter, which end its hold of a ticket.
Outcome readSessions(const Database &db, qint64 startMs, qint64 endMs, ReportBuilder &builder)
{
    // The same condition as the partial index events_sessions (migration 9): it reads that alone.
    auto q = db.run(QStringLiteral("SELECT counter_id, staff_id, kind, at, ticket_id FROM events"
                                   " WHERE kind IN ('counter_login','counter_logout','transferred') AND at >= ? AND at < ?"
                                   " ORDER BY at, id"),
                    {startMs, endMs});
    if (!q)
        return q.error();
    QList<SessionFact> sessions;
    QHash<qint64, SessionFact> open; // by counter
    while (q->next()) {
        const qint64 counter = q->value(0).toLongLong();
        const qint64 at = q->value(3).toLongLong();
        if (q->value(2).toString() == u"transferred") {
            builder.addTransfer({q->value(4).toLongLong(), counter, at});
            continue;
        }
        if (auto it = open.find(counter); it != open.end()) {
            it->endMs = at;
            sessions.append(*it);
            open.erase(it);
        }
        if (q->value(2).toString() == u"counter_login")
            open.insert(counter, {counter, q->value(1).toLongLong(), at, 0});
    }
    for (SessionFact s : std::as_const(open)) {
        s.endMs = endMs;
        sessions.append(s);
    }
    for (const SessionFact &s : std::as_const(sessions))
        builder.addSession(s);
    return Done{};
}

// The same setup with a time zone of its own: the builder fed on another thread asks it for
// offsets while this one does.
ReportSetup setupForAnotherThread(ReportSetup setup)
{
    setup.timeZone = QTimeZone(setup.timeZone.id());
    return setup;
}

} // namespace

ReportReader::ReportReader(const Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<Report> ReportReader::read(ReportGrouping by, const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error::badInput(Tr::tr("a report needs a first date on or before its last date"));
    // One read transaction: the setup, the sessions and the tickets of one snapshot, while the
    // apps keep writing (WAL on SQLite; REPEATABLE READ on PostgreSQL).
    const bool pg = m_db.engine() == Engine::PostgreSQL;
    if (auto begin = m_db.run(pg ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : QStringLiteral("BEGIN"));
        !begin)
        return begin.error();
    Result<Report> report = readInTransaction(by, from, to);
    m_db.exec(report ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return report;
}

Result<Report> ReportReader::readInTransaction(ReportGrouping by, const QDate &from, const QDate &to)
{
    auto setup = readSetup(m_db);
    if (!setup)
        return setup.error();
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = setup->timeZone;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    ReportBuilder builder(by, from, to, *setup, now.toTimeZone(zone).date(), nowMs);
    if (by == ReportGrouping::Staff) {
        const qint64 startMs = QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
        const qint64 endMs = std::min(nowMs, QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch());
        if (Outcome read = readSessions(m_db, startMs, endMs, builder); !read)
            return read.error();
    }
    ReportBuilder secondHalf(by, from, to, setupForAnotherThread(*setup), now.toTimeZone(zone).date(), nowMs);
    if (Outcome scanned = scanTicketFacts(m_db, from, to, [&](const TicketFact &t) { builder.add(t); },
                                          [&](const TicketFact &t) { secondHalf.add(t); });
        !scanned)
        return scanned.error();
    builder.absorb(std::move(secondHalf));
    return builder.finish(now);
}

} // namespace antrian
