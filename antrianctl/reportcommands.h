// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl report: what the branch did over a range of business dates, by service, counter,
// staff member, hour or day, as a table with the definitions below it, as JSON, or as CSV.
#pragma once

#include "command.h"

namespace antrian::cli {

QList<Command> reportCommands();

} // namespace antrian::cli
