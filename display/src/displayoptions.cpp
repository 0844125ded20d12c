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
    });
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
    return o;
}

} // namespace antrian::display
