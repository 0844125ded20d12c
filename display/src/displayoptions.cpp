// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace antrian::display {

namespace {
// lupdate files these strings under "DisplayOptions", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DisplayOptions)
};
} // namespace

void DisplayOptions::addTo(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            Tr::tr("Antrian lobby display: who is called to which counter, with a chime and a spoken announcement."));
    parser.addOptions({
            {QStringLiteral("mute"), Tr::tr("No chime and no voice; the board still shows every call.")},
            {QStringLiteral("size"), Tr::tr("Show in a window of this size instead of full screen, e.g. 1920x1080 "
                                        "(--screenshot: 1920x1080 unless given)."),
             Tr::tr("WxH")},
            {QStringLiteral("screen"), Tr::tr("Full screen on this screen: 0 is the first (default: the primary screen)."),
             Tr::tr("number")},
            {QStringLiteral("say"), Tr::tr("Write what the lobby hears for this ticket (with --counter and --wav) to a WAV "
                                       "file and exit; --lang chooses the spoken language."),
             Tr::tr("code")},
            {QStringLiteral("counter"), Tr::tr("With --say: the counter the ticket is called to."), Tr::tr("number")},
            {QStringLiteral("wav"), Tr::tr("With --say: the WAV file to write."), Tr::tr("file")},
            {QStringLiteral("voice-pack"), Tr::tr("Announce with the recorded clips in this folder instead of the branch's "
                                              "voice pack (see resources/voicepack/README.md)."),
             Tr::tr("folder")},
    });
    QCommandLineOption fault(QStringLiteral("speech-fault"), QStringLiteral("test only"), QStringLiteral("name"));
    fault.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(fault);
}

bool DisplayOptions::wantsSay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        // --counter and --wav belong to --say: alone they are refused there, without a screen.
        if (arg == "--say" || arg.startsWith("--say=") || arg == "--wav" || arg.startsWith("--wav=") || arg == "--counter"
            || arg.startsWith("--counter="))
            return true;
    }
    return false;
}

Result<DisplayOptions> DisplayOptions::read(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Error::badInput(Tr::tr("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().constFirst()));
    DisplayOptions o;
    o.mute = parser.isSet(QStringLiteral("mute"));
    if (parser.isSet(QStringLiteral("size"))) {
        const QString value = parser.value(QStringLiteral("size"));
        static const QRegularExpression re(QStringLiteral("^([0-9]{3,5})[xX]([0-9]{3,5})$"));
        const QRegularExpressionMatch m = re.match(value.trimmed());
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 16384 || h > 16384)
            return Error::badInput(Tr::tr("--size: expected width x height in pixels such as 1920x1080, got \"%1\"").arg(value));
        o.windowSize = QSize(w, h);
    } else if (parser.isSet(QStringLiteral("screenshot"))) {
        o.windowSize = QSize(1920, 1080);
    }
    if (parser.isSet(QStringLiteral("screen"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("screen"));
        o.screen = value.toInt(&ok);
        if (!ok || o.screen < 0)
            return Error::badInput(Tr::tr("--screen: expected a screen number from 0, got \"%1\"").arg(value));
    }
    o.voicePack = parser.value(QStringLiteral("voice-pack"));
    o.speechFault = parser.value(QStringLiteral("speech-fault"));
    o.say = parser.value(QStringLiteral("say")).trimmed();
    if (parser.isSet(QStringLiteral("say"))) {
        if (o.say.isEmpty())
            return Error::badInput(Tr::tr("--say: expected a ticket code such as A-123"));
        bool ok = false;
        const QString counter = parser.value(QStringLiteral("counter"));
        o.counter = counter.toInt(&ok);
        if (!ok || o.counter < 1)
            return Error::badInput(Tr::tr("--counter: expected a counter number from 1, got \"%1\"").arg(counter));
        o.wavPath = parser.value(QStringLiteral("wav"));
        if (o.wavPath.isEmpty())
            return Error::badInput(Tr::tr("--say needs --wav FILE: the WAV file to write"));
    } else if (parser.isSet(QStringLiteral("counter")) || parser.isSet(QStringLiteral("wav"))) {
        return Error::badInput(Tr::tr("--counter and --wav go with --say CODE"));
    }
    return o;
}

} // namespace antrian::display
