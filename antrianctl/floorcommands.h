// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl's floor: the supervisor's live floor as the counter app's page shows it
// (common/floor/), handling its alerts, and the supervisor's actions from there.
#pragma once

#include "command.h"

#include "floor/floorstate.h"
#include "queue/queueengine.h"

#include <QJsonObject>
#include <QTimeZone>

namespace antrian::cli {

QList<Command> floorCommands();

// The floor as JSON (names in camelCase, times in the branch's zone) and as a table.
QJsonObject floorJson(const FloorState &floor, const QTimeZone &zone);
QString floorText(const FloorState &floor, const BranchConfig &config);

// Frees a counter (QueueEngine::releaseCounter) and says what became of it and its ticket: for
// `floor release` and `staff release`, one action under two names.
Result<Printed> releaseCounter(QueueEngine &engine, int counter, qint64 byStaffId);

} // namespace antrian::cli
