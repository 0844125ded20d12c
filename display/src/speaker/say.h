// SPDX-License-Identifier: GPL-3.0-or-later
// `antrian-display --say A-123 --counter 3 --wav FILE`: what the lobby would hear for that
// call, chime included, written to a WAV file, with no window and no sound device. The voice
// pack and the spoken language are the database's when there is one (--lang and --voice-pack
// win); with no database, Indonesian and espeak-ng alone. For tests, and for a branch to
// check its voice pack before the first customer hears it.
#pragma once

#include "displayoptions.h"

#include "core/result.h"

#include <QCommandLineParser>

namespace antrian::display {

// Writes the file and prints what went into it; an error says what was wrong.
Outcome sayToWav(const QCommandLineParser &parser, const DisplayOptions &options);

} // namespace antrian::display
