// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStore: the tickets table. Small statements the engine composes inside its write
// transactions; it decides nothing about which move is allowed.
#pragma once

#include "config/branchconfig.h"
#include "core/result.h"
#include "domain/ticket.h"
#include "domain/ticketfilter.h"

#include <QDate>
#include <QList>

#include <optional>

namespace antrian {

class Database;
struct QueuePlace;

struct NewTicket
{
    QDate businessDate;
    qint64 serviceId = 0;
    QString serviceCode;
    int sequence = 0;
    QString code;
    bool priority = false;
    QString priorityReason;
    qint64 nowMs = 0;
};

// A number taken from a service's sequence row for a business date, with that day's line of
// the service as it stood before the new ticket joins it (the counts the triggers keep on the
// same row, dialect.h): the people a ticket issued now stands behind, read in the same statement.
struct DailyNumber
{
    int sequence = 0;
    int lineWaiting = 0;  // waiting in the service's line that day
    int linePriority = 0; // of them, the priority tickets
};

class TicketStore
{
public:
    explicit TicketStore(const Database &db) : m_db(db) {}

    // Next number of a service on a business date, counted inside the caller's transaction:
    // also how many were issued, so the daily limit needs no count of its own.
    Result<DailyNumber> nextSequence(const QDate &date, qint64 serviceId);
    Result<int> issuedCount(const QDate &date, qint64 serviceId) const;
    // The ticket as stored: nothing in it is read back, it is all what was written.
    Result<Ticket> insert(const NewTicket &t);

    Result<std::optional<Ticket>> byId(qint64 id) const;
    // The newest ticket with this code on or after `minDate`.
    Result<std::optional<Ticket>> byCode(const QString &code, const QDate &minDate) const;
    // The ticket a counter has called or is serving, if any.
    Result<std::optional<Ticket>> activeForCounter(qint64 counterId) const;
    // The ticket a counter should call next, in the queue's order (queue/queueorder.h).
    Result<std::optional<qint64>> nextFor(qint64 counterId, CallPolicy policy, const QDate &minDate) const;

    Outcome markCalled(qint64 id, qint64 counterId, qint64 staffId, qint64 nowMs);
    Outcome markRecalled(qint64 id);
    Outcome markStarted(qint64 id, qint64 nowMs);
    Outcome markEnded(qint64 id, TicketStatus status, qint64 nowMs);
    // Back to waiting in `serviceId` (only for `targetCounterId` if non-zero), keeping its place.
    Outcome requeue(qint64 id, qint64 serviceId, qint64 fromServiceId, qint64 targetCounterId);

    // What a finish with an outcome adds to the ticket; `followUp`: it goes on the follow-up list.
    Outcome setOutcome(qint64 id, const QString &outcome, const QString &note, bool followUp);
    Outcome closeFollowUp(qint64 id, qint64 staffId, qint64 nowMs);
    // Follow-ups not closed yet, oldest first.
    Result<QList<Ticket>> openFollowUps() const;
    // The faces score of a finished ticket that has none yet.
    Outcome setRating(qint64 id, int score);
    // The ticket the counter finished last, if it finished at or after `sinceMs`.
    Result<std::optional<Ticket>> lastFinishedAt(qint64 counterId, qint64 sinceMs) const;

    // Waiting tickets of business dates before `date`, the ones end of day expires.
    Result<QList<qint64>> waitingBefore(const QDate &date) const;

    // Waiting tickets of the service that are called before one standing at `place`
    // (tickets sent straight to a counter are not in the service's line).
    Result<int> countAhead(const QueuePlace &place, qint64 serviceId, const QDate &minDate) const;
    // Waiting tickets of the service's line that a ticket of `priority` issued now stands
    // behind, on or after `minDate`: read from the counts kept on the day's sequence rows
    // (daily_sequences.line_waiting and line_priority, kept by triggers: dialect.h), so it
    // costs the same with ten tickets waiting or ten thousand. A ticket already issued counts
    // itself. Agrees with countAhead(QueuePlace::newTicket(priority), ...).
    Result<int> lineAhead(qint64 serviceId, bool priority, const QDate &minDate) const;
    // Waiting tickets per service code, on or after `minDate`.
    Result<QHash<QString, int>> waitingCounts(const QDate &minDate) const;
    // Mean minutes from call to finish of the service's last `sample` served tickets; 0 if none.
    Result<double> recentServiceMinutes(qint64 serviceId, int sample) const;

    // In the order of issue.
    Result<QList<Ticket>> list(const TicketFilter &filter) const;
    // In the queue's order at a counter calling the oldest first.
    Result<QList<Ticket>> waiting(const QDate &minDate) const;

private:
    Result<std::optional<Ticket>> one(const QString &where, std::initializer_list<QVariant> values) const;
    Outcome expectOneRow(const char *what, const QString &sql, std::initializer_list<QVariant> values);

    const Database &m_db;
};

} // namespace antrian
