// SPDX-License-Identifier: GPL-3.0-or-later
// EventStore: the append-only events table, written in the same transaction as the change
// it records, and read by the change feed.
#pragma once

#include "core/result.h"
#include "domain/queueevent.h"

#include <QDate>
#include <QList>

namespace antrian {

class Database;

struct NewEvent
{
    EventKind kind = EventKind::Issued;
    qint64 ticketId = 0;
    qint64 serviceId = 0;
    qint64 counterId = 0;
    qint64 staffId = 0;
    QString detail;
};

class EventStore
{
public:
    explicit EventStore(const Database &db) : m_db(db) {}

    Result<qint64> append(const NewEvent &event, const QDate &businessDate, qint64 nowMs);
    // Events with id > afterId, oldest first, at most `limit`.
    Result<QList<QueueEvent>> since(qint64 afterId, int limit = 1000) const;
    Result<qint64> latestId() const;

private:
    const Database &m_db;
};

} // namespace antrian
