// SPDX-License-Identifier: GPL-3.0-or-later
#include "durations.h"

#include <QCoreApplication>

namespace antrian::counter {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CounterDurations)
};
} // namespace

QString minutesText(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 1)
        return Tr::tr("under 1 min");
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    return Tr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString stopwatchText(qint64 seconds)
{
    const qint64 s = std::max<qint64>(0, seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
                .arg(s / 3600)
                .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace antrian::counter
