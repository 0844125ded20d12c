// SPDX-License-Identifier: GPL-3.0-or-later
// RatingStore: the SKM questionnaires (skm_responses), one per ticket, written inside the
// engine's transaction. The faces score lives on the ticket itself (TicketStore::setRating).
#pragma once

#include "core/result.h"
#include "ratings/skm.h"

#include <QDate>
#include <QList>
#include <QString>

namespace antrian {

class Database;

struct NewSkmResponse
{
    qint64 ticketId = 0;
    QDate businessDate; // the ticket's
    qint64 serviceId = 0;
    qint64 counterId = 0; // 0 if none
    qint64 staffId = 0;   // 0 if none
    SkmAnswers answers{};
    qint64 nowMs = 0;
};

// One stored questionnaire as the figures read it.
struct SkmResponse
{
    QString serviceCode;
    SkmAnswers answers{};
};

class RatingStore
{
public:
    explicit RatingStore(const Database &db) : m_db(db) {}

    Outcome insert(const NewSkmResponse &response);
    // Questionnaires of tickets of business dates from..to inclusive.
    Result<QList<SkmResponse>> responses(const QDate &from, const QDate &to) const;

private:
    const Database &m_db;
};

} // namespace antrian
