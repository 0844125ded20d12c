// SPDX-License-Identifier: GPL-3.0-or-later
// Ticket: one customer's place in the queue, as stored. Behaviour lives in QueueEngine.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace antrian {

enum class TicketStatus {
    Waiting,   // in the queue
    Called,    // called to a counter, customer on the way
    Serving,   // at the counter
    Done,      // served
    NoShow,    // called and did not come
    Cancelled, // withdrawn while waiting
    Expired,   // still waiting when its business day ended
};

// Stable key used in the database and in JSON ("waiting", "no_show", ...).
QString statusKey(TicketStatus status);
std::optional<TicketStatus> statusFromKey(QStringView key);
// What a person reads ("menunggu" / "waiting").
QString statusDisplayName(TicketStatus status);

struct Ticket
{
    qint64 id = 0;
    QDate businessDate;        // in the branch's time zone
    QString serviceCode;       // the service it waits for now (changes on transfer)
    int sequence = 0;          // per service per business date, from 1
    QString code;              // "A-001": never changes, also across transfers
    bool priority = false;
    QString priorityReason;    // a configured reason code ("elderly"), may be empty
    TicketStatus status = TicketStatus::Waiting;
    QDateTime issuedAt;        // UTC, as the issuing PC read it: shown, never the place in line (id is)
    QDateTime calledAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    int counterNumber = 0;     // the counter that called it last, 0 if none
    int targetCounterNumber = 0; // transferred straight to this counter, 0 if any counter
    QString transferredFromService;
    int recallCount = 0;
    int callCount = 0;         // times it was called: one per time it was waiting
    qint64 staffId = 0;
    std::optional<int> rating;    // the faces score 1..5, if the customer gave one
    bool skmAnswered = false;     // an SKM questionnaire rates it instead
    QString outcome;              // the outcome code chosen at finish, empty if none
    QString outcomeNote;
    bool followUp = false;        // its outcome asked for a follow-up
    QDateTime followUpClosedAt;   // invalid while the follow-up is open
    qint64 followUpClosedBy = 0;  // staff id, 0 if closed by no one logged in (scripts)

    bool isRated() const { return rating.has_value() || skmAnswered; }
    bool followUpOpen() const { return followUp && !followUpClosedAt.isValid(); }

    bool isActive() const { return status == TicketStatus::Called || status == TicketStatus::Serving; }
};

// "A-001"; four digits past 999.
QString formatTicketCode(const QString &serviceCode, int sequence);

} // namespace antrian
