// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl's planning commands: `simulate` fills a database with realistic days through the
// real engine, `staffing` says how many counters each hour of a weekday needs (Erlang C over
// the branch's own history) beside how many it had. Each row sits beside its handler.
#pragma once

#include "command.h"

namespace antrian::cli {

QList<Command> simulationCommands();

} // namespace antrian::cli
