// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a PIN (or a PC role's password) for antrianctl: never from the command line (it would sit in the shell
// history and in `ps` for everyone to read). At a terminal it is typed with echo off and
// asked twice; from a pipe it is one line of stdin, so scripts and tests can give it.
#pragma once

#include "core/result.h"

#include <QString>

namespace antrian::cli {

// `prompt` is shown at a terminal only ("New PIN for siti: ").
Result<QString> readNewPin(const QString &prompt);
// A PIN someone already has (antrianctl staff ... --as SUPERVISOR): asked once.
Result<QString> readPin(const QString &prompt);
// The same for a password (antrianctl role add), in a password's words.
Result<QString> readNewPassword(const QString &prompt);

} // namespace antrian::cli
