// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <atomic>

namespace antrian {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

struct ServerClock::State
{
    QElapsedTimer monotonic;
    std::atomic<qint64> offsetMs{0}; // server time minus monotonic time
    std::atomic<bool> synced{false};
};

ServerClock::ServerClock() : m_state(new State)
{
    m_state->monotonic.start();
}

ServerClock &ServerClock::instance()
{
    static ServerClock clock;
    return clock;
}

QDateTime ServerClock::nowUtc() const
{
    if (!m_state->synced.load())
        return QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(m_state->monotonic.elapsed() + m_state->offsetMs.load(), QTimeZone::utc());
}

void ServerClock::sync(qint64 serverMs)
{
    m_state->offsetMs.store(serverMs - m_state->monotonic.elapsed());
    m_state->synced.store(true);
}

bool ServerClock::isSynced() const
{
    return m_state->synced.load();
}

ShiftedClock::ShiftedClock(const QDateTime &start)
    : m_offsetMs(start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch())
{
}

QDateTime ShiftedClock::nowUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs,
                                          QTimeZone::utc());
}

QDateTime parseNow(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    const bool hasOffset = trimmed.endsWith(u'Z')
            || trimmed.lastIndexOf(u'+') > 9 || trimmed.lastIndexOf(u'-') > 9;
    if (!hasOffset)
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

} // namespace antrian
