// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl after service: rate a ticket (faces or SKM), the SKM figures of a date range, and
// the follow-up list with closing its items. Each row sits beside its handler.
#pragma once

#include "command.h"

namespace antrian::cli {

QList<Command> ratingCommands();

} // namespace antrian::cli
