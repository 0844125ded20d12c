// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskoptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

namespace antrian::kiosk {

namespace {
// lupdate files these strings under "KioskOptions", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KioskOptions)
};
} // namespace

void KioskOptions::addTo(QCommandLineParser &parser)
{
    parser.setApplicationDescription(Tr::tr("Antrian ticket kiosk: customers choose a service and take a queue number."));
    parser.addOptions({
            {QStringLiteral("kiosk"), Tr::tr("Kiosk mode: frameless full screen, cannot be closed from the keyboard, no mouse cursor.")},
            {QStringLiteral("printer"),
             Tr::tr("Ticket printer: none, escpos-tcp:HOST:PORT, escpos-device:PATH, pdf:FILE or cups:QUEUE "
                    "(ESC/POS kinds take ,columns=32 for 58 mm paper)."),
             Tr::tr("spec")},
            {QStringLiteral("size"), Tr::tr("Window size in window mode and for --screenshot, e.g. 1920x1080."), Tr::tr("WxH")},
            {QStringLiteral("screen"),
             Tr::tr("With --screenshot: the screen to render: start, ticket (a preview, not issued) or closed; "
                    "with --rating-pad: pad-idle, pad-faces, pad-skm or pad-thanks (about a made-up ticket)."),
             Tr::tr("name")},
            {QStringLiteral("logo"), Tr::tr("The branch's logo for the header, a PNG or JPEG file."), Tr::tr("file")},
            {QStringLiteral("rating-pad"),
             Tr::tr("Run as the customer's rating pad at this counter: after the counter finishes a ticket it asks "
                    "how the service was (the branch's \"rating\": faces or skm)."),
             Tr::tr("counter")},
            {QStringLiteral("return-seconds"), Tr::tr("Seconds the ticket screen stays before the start screen returns (3-120)."),
             Tr::tr("seconds")},
    });
}

Result<KioskOptions> KioskOptions::read(const QCommandLineParser &parser)
{
    KioskOptions o;
    if (!parser.positionalArguments().isEmpty())
        return Error::badInput(Tr::tr("unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().constFirst()));
    o.kioskMode = parser.isSet(QStringLiteral("kiosk"));

    if (parser.isSet(QStringLiteral("printer"))) {
        auto spec = PrinterSpec::parse(parser.value(QStringLiteral("printer")));
        if (!spec)
            return Error::badInput(QStringLiteral("--printer: ") + spec.error().message);
        o.printer = *spec;
    }

    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,5})[xX](\\d{3,5})$"));
        const QString text = parser.value(QStringLiteral("size"));
        const auto m = re.match(text);
        const QSize size = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (!size.isValid() || size.width() < 320 || size.height() < 320 || size.width() > 7680 || size.height() > 7680)
            return Error::badInput(Tr::tr("--size: expected WIDTHxHEIGHT from 320x320 to 7680x7680, such as 1920x1080, got \"%1\"").arg(text));
        o.size = size;
    }

    if (parser.isSet(QStringLiteral("screen"))) {
        const QString screen = parser.value(QStringLiteral("screen"));
        if (screen == u"start")
            o.screen = Screen::Start;
        else if (screen == u"ticket")
            o.screen = Screen::Ticket;
        else if (screen == u"closed")
            o.screen = Screen::Closed;
        else if (screen == u"pad-idle")
            o.screen = Screen::PadIdle;
        else if (screen == u"pad-faces")
            o.screen = Screen::PadFaces;
        else if (screen == u"pad-skm")
            o.screen = Screen::PadSkm;
        else if (screen == u"pad-thanks")
            o.screen = Screen::PadThanks;
        else
            return Error::badInput(Tr::tr("--screen: expected start, ticket, closed, pad-idle, pad-faces, pad-skm or "
                                          "pad-thanks, got \"%1\"")
                                           .arg(screen));
    }

    if (parser.isSet(QStringLiteral("rating-pad"))) {
        bool ok = false;
        const int counter = parser.value(QStringLiteral("rating-pad")).toInt(&ok);
        if (!ok || counter < 1)
            return Error::badInput(Tr::tr("--rating-pad: expected a counter number, such as 3, got \"%1\"")
                                           .arg(parser.value(QStringLiteral("rating-pad"))));
        o.ratingPad = counter;
    }
    const bool padScreen = o.screen == Screen::PadIdle || o.screen == Screen::PadFaces || o.screen == Screen::PadSkm
            || o.screen == Screen::PadThanks;
    if (padScreen != o.isRatingPad() && parser.isSet(QStringLiteral("screen")))
        return Error::badInput(o.isRatingPad()
                                       ? Tr::tr("--screen: the rating pad shows pad-idle, pad-faces, pad-skm or pad-thanks")
                                       : Tr::tr("--screen: %1 is a screen of the rating pad; add --rating-pad COUNTER")
                                                 .arg(parser.value(QStringLiteral("screen"))));
    if (o.isRatingPad() && !parser.isSet(QStringLiteral("screen")))
        o.screen = Screen::PadIdle;

    if (parser.isSet(QStringLiteral("return-seconds"))) {
        bool ok = false;
        const int s = parser.value(QStringLiteral("return-seconds")).toInt(&ok);
        if (!ok || s < 3 || s > 120)
            return Error::badInput(Tr::tr("--return-seconds: expected a whole number from 3 to 120, got \"%1\"")
                                           .arg(parser.value(QStringLiteral("return-seconds"))));
        o.returnSeconds = s;
    }
    if (parser.isSet(QStringLiteral("logo"))) {
        const QString logo = parser.value(QStringLiteral("logo"));
        QImageReader reader(logo);
        if (!reader.canRead())
            return Error::badInput(Tr::tr("--logo: cannot read \"%1\" as an image: %2").arg(logo, reader.errorString()));
        o.logo = QFileInfo(logo).absoluteFilePath();
    }
    return o;
}

Outcome KioskOptions::checkAgainst(const BranchConfig &branch) const
{
    if (!isRatingPad() || branch.counter(ratingPad))
        return Done{};
    QStringList numbers;
    for (const CounterConfig &c : branch.counters)
        numbers.append(QString::number(c.number));
    return Error::badInput(Tr::tr("--rating-pad: there is no counter %1 in this branch (its counters: %2)")
                                   .arg(ratingPad)
                                   .arg(numbers.isEmpty() ? Tr::tr("none") : numbers.join(QStringLiteral(", "))));
}

} // namespace antrian::kiosk
