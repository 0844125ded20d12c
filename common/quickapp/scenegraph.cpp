// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenegraph.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QQuickWindow>

Q_LOGGING_CATEGORY(lcSceneGraph, "antrian.scenegraph", QtInfoMsg)

namespace antrian::quickapp {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SceneGraph)
};

const QString kOption = QStringLiteral("renderer");

// No render node and no card under /dev/dri: no GPU the X server or Mesa could use.
bool hasGpuDevice()
{
    return !QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*"), QStringLiteral("card*")}, QDir::System).isEmpty();
}

QString openGLRendererString()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *name = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString renderer = name ? QString::fromLatin1(name) : QString();
    context.doneCurrent();
    return renderer;
}
} // namespace

void SceneGraph::addOption(QCommandLineParser &parser)
{
    parser.addOption({kOption,
                      Tr::tr("Draw with: software, opengl, or auto (default: OpenGL on a graphics card, "
                             "software without one)."),
                      Tr::tr("renderer")});
}

Result<Renderer> SceneGraph::choose(const QCommandLineParser &parser)
{
    const QString asked = parser.value(kOption).trimmed().toLower();
    Renderer renderer;
    if (asked == u"software") {
        renderer = Renderer::Software;
    } else if (asked == u"opengl") {
        renderer = Renderer::OpenGL;
    } else if (asked.isEmpty() || asked == u"auto") {
        if (!qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND")) {
            qCInfo(lcSceneGraph) << "renderer left to Qt: QT_QUICK_BACKEND or QSG_RHI_BACKEND is set";
            return qEnvironmentVariable("QT_QUICK_BACKEND") == u"software" ? Renderer::Software : Renderer::OpenGL;
        }
        renderer = detect();
    } else {
        return Error::badInput(Tr::tr("--renderer: expected software, opengl or auto, got \"%1\"").arg(parser.value(kOption)));
    }
    QQuickWindow::setGraphicsApi(renderer == Renderer::Software ? QSGRendererInterface::Software
                                                                : QSGRendererInterface::OpenGL);
    qCInfo(lcSceneGraph) << "drawing with" << (renderer == Renderer::Software ? "the software renderer" : "OpenGL");
    return renderer;
}

bool SceneGraph::isSoftwareRasteriser(const QString &glRenderer)
{
    for (const char *software : {"llvmpipe", "softpipe", "swrast", "software rasterizer", "software renderer"}) {
        if (glRenderer.contains(QLatin1String(software), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Renderer SceneGraph::detect()
{
    if (QGuiApplication::platformName() == u"offscreen")
        return Renderer::Software; // headless: screenshots, tests
    if (!hasGpuDevice()) {
        qCInfo(lcSceneGraph) << "no graphics device under /dev/dri";
        return Renderer::Software;
    }
    const QString gl = openGLRendererString();
    qCInfo(lcSceneGraph).noquote() << "OpenGL renderer:" << (gl.isEmpty() ? QStringLiteral("none") : gl);
    return gl.isEmpty() || isSoftwareRasteriser(gl) ? Renderer::Software : Renderer::OpenGL;
}

} // namespace antrian::quickapp
