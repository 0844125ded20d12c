// SPDX-License-Identifier: GPL-3.0-or-later
// TicketFacts: the columns of the tickets a report needs, read in one pass through the
// engine's own API (sqlite3_step, or PostgreSQL's COPY), without a QVariant per value: a year
// of a busy branch is about 1.5 million tickets, which Qt's QSqlQuery alone takes seconds to
// hand over. The engine-specific part ends here; every figure is made from these facts by the
// one ReportBuilder, so both engines give the same report by construction.
#pragma once

#include "core/result.h"

#include <QDate>

#include <functional>
#include <string_view>

namespace antrian {

class Database;

enum class FactStatus : quint8 { Waiting, Called, Serving, Done, NoShow, Cancelled, Expired, Unknown };

// One ticket as stored; times are UTC milliseconds, 0 where the column is NULL, ids 0 for none.
struct TicketFact
{
    qint64 id = 0;
    qint64 businessDay = 0;      // QDate::toJulianDay of business_date
    qint64 serviceId = 0;        // the service it is in now (where it ended)
    qint64 originServiceId = 0;  // the service it was issued for
    qint64 counterId = 0;        // the counter that called it last; 0 when never called or sent back to wait
    qint64 staffId = 0;
    qint64 issuedAt = 0;
    qint64 firstCalledAt = 0;    // the first call, kept across transfers
    qint64 calledAt = 0;         // the call that led to its service (reset by a transfer)
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    int rating = 0;              // the faces score 1..5, 0 for none
    FactStatus status = FactStatus::Unknown;
    bool transferred = false;    // transferred at least once (transferred_from_service_id set)
    std::string_view outcome;    // the outcome code as text, empty for none; valid during the call only
};

// 'YYYY-MM-DD' as a Julian day, 0 when it is not one; and the stored status words.
qint64 julianDayOfIso(std::string_view text);
FactStatus factStatusOfKey(std::string_view key);

using TicketFactSink = std::function<void(const TicketFact &)>;

// Hands every ticket of business dates from..to to a sink, inside the caller's read
// transaction: a consistent snapshot while apps write. SQLite gives them all to `first`, in one
// statement. PostgreSQL, over more than one day, gives the first half of the dates to `first`
// and at the same time the second half to `second`, called on another thread and read over a
// second connection on the same snapshot: a sink must keep to its own state (a builder each,
// absorbed afterwards).
Outcome scanTicketFacts(const Database &db, const QDate &from, const QDate &to, const TicketFactSink &first,
                        const TicketFactSink &second);

} // namespace antrian
