// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl's floor: the supervisor's live floor as the counter app's page shows it
// (common/floor/), handling its alerts, and the supervisor's actions from there.
#pragma once

#include "command.h"

#include "floor/floorstate.h"

#include <QJsonObject>
#include <QTimeZone>

namespace antrian::cli {

QList<Command> floorCommands();

// The floor as JSON (names in camelCase, times in the branch's zone) and as a table.
QJsonObject floorJson(const FloorState &floor, const QTimeZone &zone);
QString floorText(const FloorState &floor, const BranchConfig &config);

} // namespace antrian::cli
