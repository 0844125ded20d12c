// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl's queue commands: init, issue, the counter's actions, transfer, cancel and
// reinstate, pause and resume, status, tickets. Each row sits beside its handler.
#pragma once

#include "command.h"

namespace antrian::cli {

QList<Command> queueCommands();

} // namespace antrian::cli
