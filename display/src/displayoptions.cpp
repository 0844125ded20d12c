#include "displayoptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace antrian::display {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DisplayOptions", text);
}
} // namespace

void DisplayOptions::addTo(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
            tr("Antrian lobby display: who is called to which counter, with a chime and a spoken announcement."));
    parser.addOptions({
            {QStringLiteral("mute"), tr("No chime and no voice; the board still shows every call.")},
            {QStringLiteral("size"), tr("Show in a window of this size instead of full screen, e.g. 1920x1080 "
                                        "(--screenshot: 1920x1080 unless given)."),
             tr("WxH")},
            {QStringLiteral("screen"), tr("Full screen on this screen: 0 is the first (default: the primary screen)."),
             tr("number")},
            {QStringLiteral("say"), tr("Write what the lobby hears for this ticket (with --counter and --wav) to a WAV "
                                       "file and exit; --lang chooses the spoken language."),
             tr("code")},
            {QStringLiteral("counter"), tr("With --say: the counter the ticket is called to."), tr("number")},
            {QStringLiteral("wav"), tr("With --say: the WAV file to write."), tr("file")},
            {QStringLiteral("voice-pack"), tr("Announce with the recorded clips in this folder instead of the branch's "
                                              "voice pack (see resources/voicepack/README.md)."),
             tr("folder")},
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
        return Error::badInput(tr("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().constFirst()));
    DisplayOptions o;
    o.mute = parser.isSet(QStringLiteral("mute"));
    if (parser.isSet(QStringLiteral("size"))) {
        const QString value = parser.value(QStringLiteral("size"));
        static const QRegularExpression re(QStringLiteral("^([0-9]{3,5})[xX]([0-9]{3,5})$"));
        const QRegularExpressionMatch m = re.match(value.trimmed());
        const int w = m.hasMatch() ? m.captured(1).toInt() : 0;
        const int h = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (w < 320 || h < 240 || w > 16384 || h > 16384)
            return Error::badInput(tr("--size: expected width x height in pixels such as 1920x1080, got \"%1\"").arg(value));
        o.windowSize = QSize(w, h);
    } else if (parser.isSet(QStringLiteral("screenshot"))) {
        o.windowSize = QSize(1920, 1080);
    }
    if (parser.isSet(QStringLiteral("screen"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("screen"));
        o.screen = value.toInt(&ok);
        if (!ok || o.screen < 0)
            return Error::badInput(tr("--screen: expected a screen number from 0, got \"%1\"").arg(value));
    }
    o.voicePack = parser.value(QStringLiteral("voice-pack"));
    o.speechFault = parser.value(QStringLiteral("speech-fault"));
    o.say = parser.value(QStringLiteral("say")).trimmed();
    if (parser.isSet(QStringLiteral("say"))) {
        if (o.say.isEmpty())
            return Error::badInput(tr("--say: expected a ticket code such as A-123"));
        bool ok = false;
        const QString counter = parser.value(QStringLiteral("counter"));
        o.counter = counter.toInt(&ok);
        if (!ok || o.counter < 1)
            return Error::badInput(tr("--counter: expected a counter number from 1, got \"%1\"").arg(counter));
        o.wavPath = parser.value(QStringLiteral("wav"));
        if (o.wavPath.isEmpty())
            return Error::badInput(tr("--say needs --wav FILE: the WAV file to write"));
    } else if (parser.isSet(QStringLiteral("counter")) || parser.isSet(QStringLiteral("wav"))) {
        return Error::badInput(tr("--counter and --wav go with --say CODE"));
    }
    return o;
}

} // namespace antrian::display
