// SPDX-License-Identifier: GPL-3.0-or-later
// antrian-counter: the staff counter station. Log in with username and PIN at a counter,
// then call, recall, serve, finish, mark no-show, transfer and take breaks, with the queue
// of the counter beside the ticket at hand, live.
#include "counterbackend.h"
#include "counterwindow.h"
#include "loginmodel.h"

#include "app/appsetup.h"
#include "app/termination.h"
#include "core/translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcCounterApp, "antrian.counter", QtInfoMsg)

using namespace antrian;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CounterMain)
};

int fail(const Error &error)
{
    std::fprintf(stderr, "antrian-counter: %s\n", qPrintable(error.message));
    return exitCodeFor(error);
}

// The first screen as a PNG, once the counters have been read; exit code for main.
void saveScreenshot(QWidget &window, const QString &path)
{
    const QPixmap shot = window.grab();
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && shot.save(&file, "PNG") && file.commit();
    if (!ok) {
        std::fprintf(stderr, "antrian-counter: %s\n",
                     qPrintable(Tr::tr("cannot write the screenshot %1: %2").arg(path, file.errorString())));
        QCoreApplication::exit(4);
        return;
    }
    QCoreApplication::exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --screenshot need no screen: they also work on a machine without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--help" || arg == "-h" || arg.startsWith("--screenshot")) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    antrian::quitOnTerminationSignals();
    QCoreApplication::setApplicationName(QStringLiteral("antrian-counter"));
    QCoreApplication::setOrganizationName(QStringLiteral("Antrian"));

    // The help text is translated as it is built: the language comes first.
    installTranslationsFromArguments(QCoreApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Antrian counter station: log in at a counter and serve the queue.\n"
                                            "Keys: F1 call next, F2 call again, F3 start serving, F4 finish, "
                                            "F5 no-show (twice), F6 transfer, F7 break/resume, F8 bring back a "
                                            "no-show, F10 log out."));
    parser.addHelpOption();
    AppSetup::addStandardOptions(parser);
    parser.addOptions({
            {QStringLiteral("counter"), Tr::tr("This PC is counter N: the login offers no other."), Tr::tr("N")},
            {QStringLiteral("size"), Tr::tr("Window size, e.g. 1920x1080 (default 1366x768)."), Tr::tr("WxH")},
            {QStringLiteral("supervisor"), Tr::tr("Open at the supervisor's sign-in to the floor (no counter is opened).")},
    });
    if (Outcome parsed = AppSetup::parseArguments(parser); !parsed)
        return fail(parsed.error());

    auto setup = AppSetup::prepare(parser);
    if (!setup)
        return fail(setup.error());

    const bool outOfService = !setup->fault().isEmpty();
    int counter = 0;
    if (parser.isSet(QStringLiteral("counter"))) {
        bool ok = false;
        counter = parser.value(QStringLiteral("counter")).toInt(&ok);
        // Without a database there are no counters to check against: the login checks later.
        const CounterConfig *c = ok ? setup->branch().counter(counter) : nullptr;
        if (!ok || counter <= 0 || (!outOfService && (!c || !c->active)))
            return fail(Error::badInput(Tr::tr("--counter: there is no counter \"%1\" in use in this branch")
                                                .arg(parser.value(QStringLiteral("counter")))));
    }
    QSize size(1366, 768);
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList wh = parser.value(QStringLiteral("size")).split(u'x');
        size = wh.size() == 2 ? QSize(wh.at(0).toInt(), wh.at(1).toInt()) : QSize();
        if (size.width() < 800 || size.height() < 600 || size.width() > 7680 || size.height() > 4320)
            return fail(Error::badInput(Tr::tr("--size: expected WIDTHxHEIGHT from 800x600 to 7680x4320, got \"%1\"")
                                                .arg(parser.value(QStringLiteral("size")))));
    }

    counter::CounterBackend backend(setup->databaseLocation(), setup->clock());
    if (Outcome started = backend.start(); !started)
        return fail(started.error());
    if (outOfService)
        backend.watch().lost(setup->fault()); // the out-of-service page until the database is back
    qCInfo(lcCounterApp) << "counter station on" << setup->databaseLocation() << "language" << setup->language();

    counter::CounterWindow window(backend, setup->branch(), counter);
    if (parser.isSet(QStringLiteral("supervisor")))
        window.login().setSupervisorMode(true);
    window.resize(size);
    if (!setup->screenshotPath().isEmpty()) {
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.show();
        const QString path = setup->screenshotPath();
        if (outOfService) {
            QTimer::singleShot(0, &window, [&window, path] { saveScreenshot(window, path); });
            return app.exec();
        }
        QObject::connect(&window.login(), &counter::LoginModel::changed, &window,
                         [&window, path] { QTimer::singleShot(0, &window, [&window, path] { saveScreenshot(window, path); }); });
        // Should the counters never load, the screen is saved as it is.
        QTimer::singleShot(5000, &window, [&window, path] { saveScreenshot(window, path); });
        return app.exec();
    }
    window.show();
    return app.exec();
}
