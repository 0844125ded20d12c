// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl's help, made from the command table: the list in --help, one command's help
// (CMD --help, help CMD), the table as JSON, and the help command itself.
#pragma once

#include "command.h"

#include <QJsonArray>

namespace antrian::cli {

// The text above the options in --help: what antrianctl is, every command, the exit codes.
QString helpDescription();
// One command's help: its lines, its options, what it reads.
QString commandHelp(const Command &command);
// Every command as JSON (help --json), for completion scripts and tests.
QJsonArray commandsJson();

// The rows of help and version: antrianctl about itself.
QList<Command> helpCommands();

} // namespace antrian::cli
