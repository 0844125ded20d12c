// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl doctor: checks this PC (database, disk, schema, printer, sound, speech, time zone,
// clock) and says what is wrong in words a branch's IT person acts on. The rules are the
// core's (common/health); this gathers the facts, some of which only a command can: the
// display's own program speaks a test sentence in a child process with a deadline, so a hung
// voice cannot hang doctor and antrianctl links no sound or speech.
#pragma once

#include "command.h"

namespace antrian::cli {

QList<Command> doctorCommands();

} // namespace antrian::cli
