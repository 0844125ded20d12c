// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketstore.h"

#include "database.h"

#include "queue/queueorder.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace antrian {

namespace {

const QString kSelect = QStringLiteral(
        "SELECT t.id, t.business_date, s.code, t.sequence, t.code, t.priority, t.priority_reason, t.status,"
        " t.issued_at, t.called_at, t.started_at, t.finished_at, c.number, tc.number, fs.code,"
        " t.recall_count, t.call_count, t.staff_id, t.rating,"
        " t.outcome, t.outcome_note, t.follow_up, t.follow_up_closed_at, t.follow_up_closed_by,"
        " EXISTS (SELECT 1 FROM skm_responses r WHERE r.ticket_id = t.id)"
        " FROM tickets t JOIN services s ON s.id = t.service_id"
        " LEFT JOIN counters c ON c.id = t.counter_id"
        " LEFT JOIN counters tc ON tc.id = t.target_counter_id"
        " LEFT JOIN services fs ON fs.id = t.transferred_from_service_id ");

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QString dateKey(const QDate &date)
{
    // Before every real date, so "on or after" an invalid date means "any date".
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
}

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.businessDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.serviceCode = q.value(2).toString();
    t.sequence = q.value(3).toInt();
    t.code = q.value(4).toString();
    t.priority = q.value(5).toBool();
    t.priorityReason = q.value(6).toString();
    t.status = statusFromKey(q.value(7).toString()).value_or(TicketStatus::Waiting);
    t.issuedAt = fromMs(q.value(8));
    t.calledAt = fromMs(q.value(9));
    t.startedAt = fromMs(q.value(10));
    t.finishedAt = fromMs(q.value(11));
    t.counterNumber = q.value(12).toInt();
    t.targetCounterNumber = q.value(13).toInt();
    t.transferredFromService = q.value(14).toString();
    t.recallCount = q.value(15).toInt();
    t.callCount = q.value(16).toInt();
    t.staffId = q.value(17).toLongLong();
    if (!q.value(18).isNull())
        t.rating = q.value(18).toInt();
    t.outcome = q.value(19).toString();
    t.outcomeNote = q.value(20).toString();
    t.followUp = q.value(21).toBool();
    t.followUpClosedAt = fromMs(q.value(22));
    t.followUpClosedBy = q.value(23).toLongLong();
    t.skmAnswered = q.value(24).toBool();
    return t;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<DailyNumber> TicketStore::nextSequence(const QDate &date, qint64 serviceId)
{
    auto q = m_db.run(QStringLiteral("INSERT INTO daily_sequences (business_date, service_id, last_sequence) VALUES (?, ?, 1)"
                                     " ON CONFLICT (business_date, service_id)"
                                     " DO UPDATE SET last_sequence = daily_sequences.last_sequence + 1"
                                     " RETURNING last_sequence, line_waiting, line_priority"),
                      {dateKey(date), serviceId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(QStringLiteral("no sequence returned"));
    const DailyNumber number{q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt()};
    q->finish();
    return number;
}

Result<int> TicketStore::issuedCount(const QDate &date, qint64 serviceId) const
{
    auto q = m_db.run(QStringLiteral("SELECT last_sequence FROM daily_sequences WHERE business_date = ? AND service_id = ?"),
                      {dateKey(date), serviceId});
    if (!q)
        return q.error();
    const int count = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return count;
}

Result<Ticket> TicketStore::insert(const NewTicket &t)
{
    // queued_at is kept for old readers of the file; nothing orders by it (queue/queueorder.h).
    auto q = m_db.run(QStringLiteral("INSERT INTO tickets (business_date, service_id, origin_service_id, sequence, code,"
                                     " priority, priority_reason, status, issued_at, queued_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?) RETURNING id"),
                      {dateKey(t.businessDate), t.serviceId, t.serviceId, t.sequence, t.code, int(t.priority),
                       t.priorityReason, t.nowMs, t.nowMs});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::storage(QStringLiteral("no ticket id returned"));
    Ticket ticket;
    ticket.id = q->value(0).toLongLong();
    q->finish();
    ticket.businessDate = t.businessDate;
    ticket.serviceCode = t.serviceCode;
    ticket.sequence = t.sequence;
    ticket.code = t.code;
    ticket.priority = t.priority;
    ticket.priorityReason = t.priorityReason;
    ticket.status = TicketStatus::Waiting;
    ticket.issuedAt = fromMs(t.nowMs);
    return ticket;
}

Result<std::optional<Ticket>> TicketStore::one(const QString &where, std::initializer_list<QVariant> values) const
{
    auto q = m_db.run(kSelect + where, values);
    if (!q)
        return q.error();
    std::optional<Ticket> t;
    if (q->next())
        t = readTicket(*q);
    q->finish();
    return t;
}

Result<std::optional<Ticket>> TicketStore::byId(qint64 id) const
{
    return one(QStringLiteral("WHERE t.id = ?"), {id});
}

Result<std::optional<Ticket>> TicketStore::byCode(const QString &code, const QDate &minDate) const
{
    return one(QStringLiteral("WHERE t.code = ? AND t.business_date >= ? ORDER BY t.business_date DESC LIMIT 1"),
               {code.toUpper(), dateKey(minDate)});
}

Result<std::optional<Ticket>> TicketStore::activeForCounter(qint64 counterId) const
{
    return one(QStringLiteral("WHERE t.counter_id = ? AND t.status IN ('called', 'serving')"), {counterId});
}

Result<std::optional<qint64>> TicketStore::nextFor(qint64 counterId, CallPolicy policy, const QDate &minDate) const
{
    // Tickets sent straight to this counter are its to call; tickets sent to another counter
    // are invisible here.
    auto q = m_db.run(QStringLiteral("SELECT t.id FROM tickets t"
                                     " LEFT JOIN counter_services cs ON cs.service_id = t.service_id AND cs.counter_id = ?"
                                     " WHERE t.status = 'waiting' AND t.business_date >= ?"
                                     " AND ((t.target_counter_id IS NULL AND cs.counter_id IS NOT NULL)"
                                     "      OR t.target_counter_id = ?)"
                                     " ORDER BY ")
                              + queueOrderSql(policy) + QStringLiteral(" LIMIT 1") + dialect::lockNextTicket(m_db.engine()),
                      {counterId, dateKey(minDate), counterId});
    if (!q)
        return q.error();
    std::optional<qint64> id;
    if (q->next())
        id = q->value(0).toLongLong();
    q->finish();
    return id;
}

Outcome TicketStore::expectOneRow(const char *what, const QString &sql, std::initializer_list<QVariant> values)
{
    auto q = m_db.run(sql, values);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::storage(QStringLiteral("%1 changed %2 rows instead of one").arg(QLatin1String(what)).arg(q->numRowsAffected()));
    return Done{};
}

Outcome TicketStore::markCalled(qint64 id, qint64 counterId, qint64 staffId, qint64 nowMs)
{
    // The status guard makes a second call of the same ticket change nothing, and fail loudly.
    return expectOneRow("call",
                        QStringLiteral("UPDATE tickets SET status = 'called', counter_id = ?, staff_id = ?, called_at = ?,"
                                       " started_at = NULL, finished_at = NULL, call_count = call_count + 1,"
                                       " first_called_at = COALESCE(first_called_at, ?)"
                                       " WHERE id = ? AND status = 'waiting'"),
                        {counterId, idOrNull(staffId), nowMs, nowMs, id});
}

Outcome TicketStore::markRecalled(qint64 id)
{
    return expectOneRow("recall",
                        QStringLiteral("UPDATE tickets SET recall_count = recall_count + 1 WHERE id = ? AND status = 'called'"),
                        {id});
}

Outcome TicketStore::markStarted(qint64 id, qint64 nowMs)
{
    return expectOneRow("start",
                        QStringLiteral("UPDATE tickets SET status = 'serving', started_at = ? WHERE id = ? AND status = 'called'"),
                        {nowMs, id});
}

Outcome TicketStore::markEnded(qint64 id, TicketStatus status, qint64 nowMs)
{
    return expectOneRow("end",
                        QStringLiteral("UPDATE tickets SET status = ?, finished_at = ? WHERE id = ?"),
                        {statusKey(status), nowMs, id});
}

Outcome TicketStore::requeue(qint64 id, qint64 serviceId, qint64 fromServiceId, qint64 targetCounterId)
{
    return expectOneRow("requeue",
                        QStringLiteral("UPDATE tickets SET status = 'waiting', service_id = ?, transferred_from_service_id = ?,"
                                       " target_counter_id = ?, counter_id = NULL, called_at = NULL, started_at = NULL,"
                                       " finished_at = NULL WHERE id = ?"),
                        {serviceId, idOrNull(fromServiceId), idOrNull(targetCounterId), id});
}

Outcome TicketStore::setOutcome(qint64 id, const QString &outcome, const QString &note, bool followUp)
{
    return expectOneRow("outcome",
                        QStringLiteral("UPDATE tickets SET outcome = ?, outcome_note = ?, follow_up = ? WHERE id = ?"),
                        {outcome.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(outcome), note,
                         int(followUp), id});
}

Outcome TicketStore::closeFollowUp(qint64 id, qint64 staffId, qint64 nowMs)
{
    return expectOneRow("close follow-up",
                        QStringLiteral("UPDATE tickets SET follow_up_closed_at = ?, follow_up_closed_by = ?"
                                       " WHERE id = ? AND follow_up = 1 AND follow_up_closed_at IS NULL"),
                        {nowMs, idOrNull(staffId), id});
}

Result<QList<Ticket>> TicketStore::openFollowUps() const
{
    // The same condition as the partial index tickets_follow_up_open, so it reads that alone.
    auto q = m_db.run(kSelect + QStringLiteral("WHERE t.follow_up = 1 AND t.follow_up_closed_at IS NULL ORDER BY t.id"));
    if (!q)
        return q.error();
    QList<Ticket> tickets;
    while (q->next())
        tickets.append(readTicket(*q));
    return tickets;
}

Outcome TicketStore::setRating(qint64 id, int score)
{
    return expectOneRow("rate",
                        QStringLiteral("UPDATE tickets SET rating = ? WHERE id = ? AND status = 'done' AND rating IS NULL"),
                        {score, id});
}

Result<std::optional<Ticket>> TicketStore::lastFinishedAt(qint64 counterId, qint64 sinceMs) const
{
    // Through the finished tickets' index (service_id, finished_at), one short range per
    // service: CROSS JOIN keeps SQLite from walking every ticket of the counter instead.
    auto q = m_db.run(QStringLiteral("SELECT t.id FROM services s CROSS JOIN tickets t"
                                     " WHERE t.service_id = s.id AND t.status = 'done' AND t.finished_at >= ?"
                                     " AND t.counter_id = ? ORDER BY t.finished_at DESC, t.id DESC LIMIT 1"),
                      {sinceMs, counterId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Ticket>();
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return byId(id);
}

Result<QList<qint64>> TicketStore::waitingBefore(const QDate &date) const
{
    // In the order of the waiting index (day, then issue): ORDER BY id alone made SQLite walk
    // every ticket in id order rather than search the index and sort.
    auto q = m_db.run(QStringLiteral("SELECT id FROM tickets WHERE status = 'waiting' AND business_date < ?"
                                     " ORDER BY business_date, id"),
                      {dateKey(date)});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<int> TicketStore::countAhead(const QueuePlace &place, qint64 serviceId, const QDate &minDate) const
{
    const SqlFragment ahead = aheadOfSql(place);
    auto q = m_db.run(QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.status = 'waiting' AND t.business_date >= ?"
                                     " AND t.service_id = ? AND t.target_counter_id IS NULL AND ")
                              + ahead.sql,
                      QVariantList{dateKey(minDate), serviceId} + ahead.values);
    if (!q)
        return q.error();
    const int count = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return count;
}

Result<int> TicketStore::lineAhead(qint64 serviceId, bool priority, const QDate &minDate) const
{
    auto q = m_db.run(priority ? QStringLiteral("SELECT COALESCE(SUM(line_priority), 0) FROM daily_sequences"
                                                " WHERE service_id = ? AND business_date >= ?")
                               : QStringLiteral("SELECT COALESCE(SUM(line_waiting), 0) FROM daily_sequences"
                                                " WHERE service_id = ? AND business_date >= ?"),
                      {serviceId, dateKey(minDate)});
    if (!q)
        return q.error();
    const int count = q->next() ? q->value(0).toInt() : 0;
    q->finish();
    return count;
}

Result<QHash<QString, int>> TicketStore::waitingCounts(const QDate &minDate) const
{
    auto q = m_db.run(QStringLiteral("SELECT s.code, COUNT(*) FROM tickets t JOIN services s ON s.id = t.service_id"
                                     " WHERE t.status = 'waiting' AND t.business_date >= ? GROUP BY s.code"),
                      {dateKey(minDate)});
    if (!q)
        return q.error();
    QHash<QString, int> counts;
    while (q->next())
        counts.insert(q->value(0).toString(), q->value(1).toInt());
    return counts;
}

Result<double> TicketStore::recentServiceMinutes(qint64 serviceId, int sample) const
{
    auto q = m_db.run(QStringLiteral("SELECT AVG(d) FROM (SELECT finished_at - called_at AS d FROM tickets"
                                     " WHERE service_id = ? AND status = 'done' AND called_at IS NOT NULL"
                                     " ORDER BY finished_at DESC LIMIT ?) recent"),
                      {serviceId, sample});
    if (!q)
        return q.error();
    const double ms = q->next() ? q->value(0).toDouble() : 0.0;
    q->finish();
    return ms / 60000.0;
}

Result<QList<Ticket>> TicketStore::list(const TicketFilter &f) const
{
    QString where = QStringLiteral("WHERE t.business_date >= ? AND t.business_date <= ?");
    const QString status = f.status ? statusKey(*f.status) : QString();
    if (f.status)
        where += QStringLiteral(" AND t.status = ?");
    if (!f.serviceCode.isEmpty())
        where += QStringLiteral(" AND s.code = ?");
    QVariantList values{dateKey(f.from), f.to.isValid() ? dateKey(f.to) : QStringLiteral("9999-12-31")};
    if (f.status)
        values << status;
    if (!f.serviceCode.isEmpty())
        values << f.serviceCode.toUpper();
    values << f.limit;
    auto q = m_db.run(kSelect + where + QStringLiteral(" ORDER BY t.business_date, t.id LIMIT ?"), values);
    if (!q)
        return q.error();
    QList<Ticket> tickets;
    while (q->next())
        tickets.append(readTicket(*q));
    return tickets;
}

Result<QList<Ticket>> TicketStore::waiting(const QDate &minDate) const
{
    auto q = m_db.run(kSelect + QStringLiteral("WHERE t.status = 'waiting' AND t.business_date >= ? ORDER BY ")
                              + queueOrderSql(CallPolicy::OldestFirst),
                      {dateKey(minDate)});
    if (!q)
        return q.error();
    QList<Ticket> tickets;
    while (q->next())
        tickets.append(readTicket(*q));
    return tickets;
}

} // namespace antrian
