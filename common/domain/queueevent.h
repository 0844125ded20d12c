// QueueEvent: one row of the append-only `events` table. It is both the audit log (who did
// what, where, when) and what the change feed hands to the display and the counters.
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace antrian {

namespace EventKind {
inline constexpr auto Issued = "issued";
inline constexpr auto Called = "called";
inline constexpr auto Recalled = "recalled";
inline constexpr auto Started = "started";
inline constexpr auto Finished = "finished";
inline constexpr auto NoShow = "no_show";
inline constexpr auto Transferred = "transferred";
inline constexpr auto Cancelled = "cancelled";
inline constexpr auto Reinstated = "reinstated";
inline constexpr auto Expired = "expired";
inline constexpr auto CounterPaused = "counter_paused";
inline constexpr auto CounterResumed = "counter_resumed";
inline constexpr auto ServicePaused = "service_paused";
inline constexpr auto ServiceResumed = "service_resumed";
inline constexpr auto ConfigImported = "config_imported";
} // namespace EventKind

struct QueueEvent
{
    qint64 id = 0;
    QDateTime at;          // UTC
    QString kind;          // one of EventKind
    qint64 ticketId = 0;   // 0 for branch-level events
    QString ticketCode;
    QString serviceCode;   // the ticket's service at the time of the event
    int counterNumber = 0;
    qint64 staffId = 0;
    QString detail;        // small JSON object with what else the event needs
};

} // namespace antrian

Q_DECLARE_METATYPE(antrian::QueueEvent)
