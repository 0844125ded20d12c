// SPDX-License-Identifier: GPL-3.0-or-later
// antrian-kiosk: the touch-screen ticket kiosk by the branch's door.
#include "kioskapp.h"

#include "app/appsetup.h"
#include "app/termination.h"
#include "core/translation.h"
#include "scenegraph.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Antrian_KioskPlugin)

namespace {
int fail(const antrian::Error &error)
{
    std::fprintf(stderr, "antrian-kiosk: %s\n", qPrintable(error.message));
    return antrian::exitCodeFor(error);
}

// --help, --version and --screenshot need no screen: without a display (an installer's ssh
// session, CI) they run offscreen instead of failing to find one.
void offscreenWhenNoDisplay(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v"
            || arg == "--screenshot" || arg.startsWith("--screenshot=")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}
} // namespace

int main(int argc, char *argv[])
{
    offscreenWhenNoDisplay(argc, argv);
    QGuiApplication app(argc, argv);
    antrian::quitOnTerminationSignals();
    QGuiApplication::setApplicationName(QStringLiteral("antrian-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The help text is translated as it is built: the language comes first.
    antrian::installTranslationsFromArguments(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    antrian::AppSetup::addStandardOptions(parser);
    antrian::kiosk::KioskOptions::addTo(parser);
    antrian::quickapp::SceneGraph::addOption(parser);
    if (antrian::Outcome parsed = antrian::AppSetup::parseArguments(parser); !parsed)
        return fail(parsed.error());
    if (auto renderer = antrian::quickapp::SceneGraph::choose(parser); !renderer)
        return fail(renderer.error());

    auto setup = antrian::AppSetup::prepare(parser);
    if (!setup)
        return fail(setup.error());
    auto options = antrian::kiosk::KioskOptions::read(parser);
    if (!options)
        return fail(options.error());
    // Against the branch the database holds; a database not there yet shows out of service.
    if (setup->fault().isEmpty()) {
        if (antrian::Outcome fits = options->checkAgainst(setup->branch()); !fits)
            return fail(fits.error());
    }

    antrian::kiosk::KioskApp kiosk(setup->databaseLocation(), setup->clock(), setup->branch(), setup->language(), *options);
    if (antrian::Outcome started = kiosk.start(); !started)
        return fail(started.error());
    if (!setup->screenshotPath().isEmpty())
        kiosk.saveScreenshot(setup->screenshotPath(), [](int code) { QCoreApplication::exit(code); });
    return QGuiApplication::exec();
}
