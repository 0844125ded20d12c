// antrian-display: the lobby TV. Shows who is called to which counter, announces each call with
// a chime and a spoken sentence, and says when the branch opens again.
#include "displayoptions.h"
#include "displaywindow.h"
#include "lobbydisplay.h"
#include "ttsspeaker.h"

#include "app/appsetup.h"
#include "core/translation.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQuickWindow>
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
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("antrian-display"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // The help text is translated as it is built: the language comes first.
    antrian::installTranslationsFromArguments(QCoreApplication::arguments());
    if (QGuiApplication::platformName() == u"offscreen")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software); // headless: screenshots, tests

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    antrian::AppSetup::addStandardOptions(parser);
    antrian::display::DisplayOptions::addTo(parser);
    // Not process(): it exits 1 on a bad option, and bad usage is 2 in every Antrian binary.
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(antrian::Error::badInput(parser.errorText()));
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

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
