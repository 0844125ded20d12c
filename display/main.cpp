// antrian-display: the lobby TV. Shows who is called to which counter, announces each call with
// a chime and a spoken sentence, and says when the branch opens again.
#include "displayoptions.h"
#include "displaywindow.h"
#include "lobbydisplay.h"
#include "ttsspeaker.h"

#include "app/appsetup.h"
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
    return error.kind == antrian::Error::Kind::Storage ? 4 : 2;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("antrian-display"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The help text is translated as it is built: the language comes first.
    antrian::installTranslationsFromArguments(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    antrian::AppSetup::addStandardOptions(parser);
    antrian::display::DisplayOptions::addTo(parser);
    antrian::quickapp::SceneGraph::addOption(parser);
    parser.process(app);
    if (auto renderer = antrian::quickapp::SceneGraph::choose(parser); !renderer)
        return fail(renderer.error());

    auto options = antrian::display::DisplayOptions::read(parser);
    if (!options)
        return fail(options.error());
    auto setup = antrian::AppSetup::prepare(parser);
    if (!setup)
        return fail(setup.error());

    // A screenshot needs no sound; --mute needs none either.
    const bool silent = options->mute || !setup->screenshotPath().isEmpty();
    std::unique_ptr<antrian::display::TtsSpeaker> speaker;
    if (!silent)
        speaker = std::make_unique<antrian::display::TtsSpeaker>();
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
