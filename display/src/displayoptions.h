// SPDX-License-Identifier: GPL-3.0-or-later
// DisplayOptions: what antrian-display takes beyond the standard options of every app.
#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QSize>

namespace antrian::display {

struct DisplayOptions
{
    bool mute = false;  // --mute: no chime, no voice; the board still shows every call
    QSize windowSize;   // --size WxH: a window of that size; empty: full screen
    int screen = -1;    // --screen N: full screen on screen N; -1: the primary screen

    // --say CODE --counter N --wav FILE: write what the lobby would hear for that call to a
    // WAV file and exit, with no window and no sound device.
    QString say;
    int counter = 0;
    QString wavPath;
    QString voicePack;   // --voice-pack DIR: these clips instead of the branch's (with --say or not)
    QString speechFault; // --speech-fault NAME (hidden): a misbehaving engine or output, see speechfaults.h

    bool saying() const { return !say.isEmpty(); }
    // Whether the arguments ask for --say, before any application object exists (--say needs
    // none with a screen).
    static bool wantsSay(int argc, char **argv);

    // Adds the description and the display's own options to `parser`.
    static void addTo(QCommandLineParser &parser);
    // Reads them, refusing arguments the display does not take.
    static Result<DisplayOptions> read(const QCommandLineParser &parser);
};

} // namespace antrian::display
