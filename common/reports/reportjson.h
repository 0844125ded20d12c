// SPDX-License-Identifier: GPL-3.0-or-later
// A report as JSON, for scripts: {"by","from","to","branch","timeZone","generatedAt",
// "rows":[{"key","label",<figures>}],"total":{<figures>},"definitions":[...]}, the figures
// named as reportColumns() names them, null where there was nothing to measure.
#pragma once

#include "report.h"

#include <QJsonObject>
#include <QStringList>

namespace antrian {

QJsonObject reportToJson(const Report &report, const QStringList &definitions);

} // namespace antrian
