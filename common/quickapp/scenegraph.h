// SPDX-License-Identifier: GPL-3.0-or-later
// SceneGraph: which renderer the Qt Quick apps (kiosk, display) draw with. Qt Quick's OpenGL
// renderer redraws the whole window every frame; on a PC without a GPU that runs on Mesa's
// software rasteriser (llvmpipe) and a crawling text alone burned 1.7 cores. Qt Quick's own
// software renderer redraws only what changed (about 6% for the same board). So: OpenGL where
// the GPU does the work, the software renderer everywhere else.
//
// Forcing it: --renderer software|opengl on the command line, or Qt's own QT_QUICK_BACKEND /
// QSG_RHI_BACKEND in the environment (left to Qt when set).
#pragma once

#include "core/result.h"

#include <QString>

class QCommandLineParser;

namespace antrian::quickapp {

enum class Renderer { Software, OpenGL };

class SceneGraph
{
public:
    static void addOption(QCommandLineParser &parser);
    // Reads --renderer (auto when absent) and sets Qt Quick's graphics API; call after
    // QGuiApplication is made and before any window is. A bad value is a bad-usage error.
    static Result<Renderer> choose(const QCommandLineParser &parser);

    // Whether an OpenGL renderer string names a software rasteriser (llvmpipe, softpipe,
    // swrast, ...): drawing there costs the CPU as much as the software renderer, and more.
    static bool isSoftwareRasteriser(const QString &glRenderer);
    // What this PC offers: OpenGL on a GPU, or software (no GPU device, no GL context, or a
    // software rasteriser behind it).
    static Renderer detect();
};

} // namespace antrian::quickapp
