#include "clock.h"

#include <QTimeZone>

namespace antrian {

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
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
