// SPDX-License-Identifier: GPL-3.0-or-later
// How the counter screen writes a span of time: "14 min", "1 h 05 min" for waits, and a
// running "03:12" for the service timer. Seconds in, words of the current language out.
#pragma once

#include <QString>

namespace antrian::counter {

QString minutesText(qint64 seconds);
QString stopwatchText(qint64 seconds);

} // namespace antrian::counter
