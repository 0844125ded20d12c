// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl backup and restore: a consistent copy of the database while the apps keep
// writing, the daily copy a systemd timer runs (`antrianctl --db DB backup --daily`), and
// putting a backup back, checked first and refused while the database is in use.
#pragma once

#include "command.h"

namespace antrian::cli {

QList<Command> backupCommands();

} // namespace antrian::cli
