// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ratingpad: how long after a counter finishes a ticket the customer's rating pad asks
// about it, in the real pad window (antrian-kiosk --rating-pad, offscreen) with the database on
// disk. Printed for a person to read; never a pass/fail (DESIGN.md, Testing).
//
//   finish -> question: from the counter's finish committed (a QueueWorker thread of its own,
//   with its own connection, as the counter app has) through the pad's change feed (its own
//   thread, polling every 20 ms as the app does), ticketToRate on the pad's worker, to the
//   question in the view-model, and to the first frame drawn with it (frameSwapped).
//
//   build/tests/bench/bench_ratingpad [--samples 101] [--dir /tmp] [--mode faces|skm]
#include "benchsupport.h"
#include "quickitems.h"
#include "testsupport.h"

#include "kioskapp.h"

#include "core/translation.h"
#include "staff/countersessions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <vector>

Q_IMPORT_QML_PLUGIN(Antrian_KioskPlugin)

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::test;
using namespace antrian::bench;

namespace {

constexpr int kCounter = 2;

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{QStringLiteral("samples"), QStringLiteral("finishes to time (at least 51)"), QStringLiteral("n"),
                        QStringLiteral("101")},
                       {QStringLiteral("dir"), QStringLiteral("folder for the database (on disk)"), QStringLiteral("path"),
                        QDir::tempPath()},
                       {QStringLiteral("mode"), QStringLiteral("the branch's rating: faces or skm"), QStringLiteral("mode"),
                        QStringLiteral("faces")}});
    parser.process(app);
    const int count = std::max(51, parser.value(QStringLiteral("samples")).toInt());
    const bool skm = parser.value(QStringLiteral("mode")) == u"skm";
    QLoggingCategory::setFilterRules(QStringLiteral("antrian.kiosk*.info=false"));

    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/bench_ratingpad-XXXXXX"));
    if (!dir.isValid())
        fatal(QStringLiteral("cannot make a folder in %1").arg(parser.value(QStringLiteral("dir"))));
    const QString path = dir.filePath(QStringLiteral("antrian.db"));
    BranchConfig branch = withRoomForEveryTicket(smallBranch());
    branch.rating = skm ? RatingMode::Skm : RatingMode::Faces;
    FixedClock clock(mondayMorning());
    qint64 staffId = 0;
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            fatal(db.error().message);
        QueueEngine engine(**db, clock);
        if (Outcome r = engine.importConfig(branch); !r)
            fatal(r.error().message);
        CounterSessions sessions(**db, clock);
        auto added = sessions.accounts().add({QStringLiteral("siti"), QStringLiteral("Siti Rahma"), StaffRole::Staff},
                                             QStringLiteral("4821"));
        auto in = added ? sessions.login(QStringLiteral("siti"), QStringLiteral("4821"), kCounter)
                        : Result<CounterSession>(added.error());
        if (!in)
            fatal(in.error().message);
        staffId = in->staffId;
    }
    const QStorageInfo storage(dir.path());
    say(QStringLiteral("bench_ratingpad: %1 finishes at counter %2, rating %3, database %4 (%5, %6)")
                .arg(count)
                .arg(kCounter)
                .arg(skm ? QStringLiteral("skm") : QStringLiteral("faces"), path,
                     QString::fromUtf8(storage.fileSystemType()), QString::fromUtf8(storage.device())));

    // The counter: its own thread and connection, as antrian-counter is its own process.
    QueueWorker counter(path, clock);
    if (Outcome r = counter.start(); !r)
        fatal(r.error().message);

    installTranslations(QStringLiteral("id"));
    KioskOptions options;
    options.size = QSize(1280, 800);
    options.ratingPad = kCounter;
    RatingPadTimings padTimings;
    padTimings.thanksMs = 1; // the next sample starts from idle at once
    KioskApp pad(path, clock, branch, QStringLiteral("id"), options, {}, padTimings);
    if (Outcome r = pad.start(); !r)
        fatal(r.error().message);
    RatingPadController &c = *pad.pad();
    QQuickWindow *window = pad.window();

    qint64 shownAt = 0;
    qint64 drawnAt = 0;
    QString shownCode;
    QObject::connect(&c, &RatingPadController::questionShown, [&](const QString &code) {
        shownAt = steadyNs();
        shownCode = code;
    });
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        if (shownAt && !drawnAt)
            drawnAt = steadyNs();
    });
    spinUntil([] { return false; }, 300); // the window's first frames

    std::vector<double> toQuestion, toFrame;
    for (int i = 0; i < count; ++i) {
        shownAt = drawnAt = 0;
        std::atomic<qint64> finishedAt{0};
        QString code;
        bool finished = false;
        counter.run<Result<Ticket>>(
                [staffId, &finishedAt](QueueEngine &e) -> Result<Ticket> {
                    if (auto issued = e.issue(QStringLiteral("A")); !issued)
                        return issued.error();
                    if (auto called = e.callNext(kCounter, staffId); !called)
                        return called.error();
                    if (auto started = e.start(kCounter, staffId); !started)
                        return started.error();
                    auto done = e.finish(kCounter, staffId);
                    finishedAt = steadyNs(); // committed
                    return done;
                },
                &c, [&](Result<Ticket> done) {
                    if (!done)
                        fatal(done.error().message);
                    code = done->code;
                    finished = true;
                });
        if (!spinUntil([&] { return finished && drawnAt && shownCode == code; }))
            fatal(QStringLiteral("finish %1: the pad did not ask within 10 s").arg(i + 1));
        toQuestion.push_back((shownAt - finishedAt) / 1e6);
        toFrame.push_back((drawnAt - finishedAt) / 1e6);
        // The customer answers; the pad thanks them and is idle for the next.
        if (skm) {
            for (int q = 0; q < kSkmElementCount; ++q)
                c.answer(4);
        } else {
            c.rate(4);
        }
        if (!spinUntil([&] { return c.screen() == RatingPadController::Screen::Idle; }))
            fatal(QStringLiteral("the pad did not go idle after %1").arg(code));
        spinUntil([] { return false; }, 20); // an idle frame of its own
    }
    sayMs("finish -> question in view-model", toQuestion);
    sayMs("finish -> question drawn", toFrame);
    return 0;
}
