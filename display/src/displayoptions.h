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

    // Adds the description and the display's own options to `parser`.
    static void addTo(QCommandLineParser &parser);
    // Reads them, refusing arguments the display does not take.
    static Result<DisplayOptions> read(const QCommandLineParser &parser);
};

} // namespace antrian::display
