// SPDX-License-Identifier: GPL-3.0-or-later
// antrian-display: the lobby TV. Shows who is called to which counter, announces each call with
// a chime and a spoken sentence, and says when the branch opens again. `--say` writes one
// announcement to a WAV file instead, with no window.
#include "displayoptions.h"
#include "displaywindow.h"
#include "lobbydisplay.h"
#include "speaker/lobbyspeaker.h"
#include "speaker/say.h"
#include "speaker/speechfaults.h"

#include "app/appsetup.h"
#include "app/termination.h"
#include "core/translation.h"
#include "scenegraph.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Antrian_DisplayPlugin)

namespace {

int fail(const antrian::Error &error)
{
    std::fprintf(stderr, "antrian-display: %s\n", qPrintable(error.message));
    return antrian::exitCodeFor(error);
}

void addOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    antrian::AppSetup::addStandardOptions(parser);
    antrian::display::DisplayOptions::addTo(parser);
    antrian::quickapp::SceneGraph::addOption(parser);
}

// --say: no screen and no sound device needed, so no QGuiApplication.
int say(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antrian-display"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    antrian::installTranslationsFromArguments(QCoreApplication::arguments());
    QCommandLineParser parser;
    addOptions(parser);
    if (antrian::Outcome parsed = antrian::AppSetup::parseArguments(parser); !parsed)
        return fail(parsed.error());
    auto options = antrian::display::DisplayOptions::read(parser);
    if (!options)
        return fail(options.error());
    if (antrian::Outcome written = antrian::display::sayToWav(parser, *options); !written)
        return fail(written.error());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (antrian::display::DisplayOptions::wantsSay(argc, argv))
        return say(argc, argv);

    QGuiApplication app(argc, argv);
    antrian::quitOnTerminationSignals();
    QGuiApplication::setApplicationName(QStringLiteral("antrian-display"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The help text is translated as it is built: the language comes first.
    antrian::installTranslationsFromArguments(QCoreApplication::arguments());

    QCommandLineParser parser;
    addOptions(parser);
    if (antrian::Outcome parsed = antrian::AppSetup::parseArguments(parser); !parsed)
        return fail(parsed.error());
    if (auto renderer = antrian::quickapp::SceneGraph::choose(parser); !renderer)
        return fail(renderer.error());

    auto options = antrian::display::DisplayOptions::read(parser);
    if (!options)
        return fail(options.error());
    auto setup = antrian::AppSetup::prepare(parser);
    if (!setup)
        return fail(setup.error());
    auto parts = antrian::display::speechParts(options->speechFault);
    if (!parts)
        return fail(parts.error());

    // A screenshot needs no sound; --mute needs none either.
    const bool silent = options->mute || !setup->screenshotPath().isEmpty();
    std::unique_ptr<antrian::display::LobbySpeaker> speaker;
    if (!silent) {
        const QString voicePack = options->voicePack.isEmpty() ? setup->branch().voicePack : options->voicePack;
        speaker = std::make_unique<antrian::display::LobbySpeaker>(voicePack, parts->engine, parts->output);
    }
    antrian::display::LobbyDisplay display(setup->databaseLocation(), setup->clock(), speaker.get());
    display.setMuted(silent);
    if (antrian::Outcome started = display.start(); !started)
        return fail(started.error());

    antrian::display::DisplayWindow window(display.view(), *options);
    if (antrian::Outcome shown = window.show(); !shown)
        return fail(shown.error());
    if (!setup->screenshotPath().isEmpty())
        window.saveScreenshot(setup->screenshotPath(), [](int code) { QCoreApplication::exit(code); });
    return QGuiApplication::exec();
}
