// SPDX-License-Identifier: GPL-3.0-or-later
// bench_display: how soon the lobby board shows a call made at a counter in another process.
// Prints figures for a person to read; never a pass/fail (DESIGN.md, Testing).
//
//   (a) from the commit of a "call next" in another process (this program started again with
//       --writer) to the display's board view-model showing that call:
//       the real path, change feed -> board feed on its own thread -> view-model on this one;
//   (b) what one status read costs (QueueEngine::status(), read once per burst of events for
//       the waiting counts), on a day with a few hundred tickets.
//
//   bench_display [--calls 300] [--pause-ms 25] [--interval 20] [--dir /tmp]
#include "testsupport.h"
#include "benchsupport.h"

#include "lobbydisplay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

using namespace antrian;
using namespace antrian::test;
using namespace antrian::bench;

namespace {

// The other process: calls the next ticket to counter 1, prints "CODE STEADY_NS" right after
// the commit, marks it no-show to free the counter, and waits a jittered pause so the calls
// fall at every phase of the feed's poll.
int runWriter(const QString &path, int calls, int pauseMs)
{
    auto db = Database::open(path);
    if (!db)
        fatal(db.error().message);
    FixedClock clock(mondayMorning());
    QueueEngine engine(**db, clock);
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < calls; ++i) {
        auto called = engine.callNext(1);
        const qint64 committed = steadyNs();
        if (!called)
            fatal(called.error().message);
        say(QStringLiteral("%1 %2").arg(called->code).arg(committed));
        if (auto freed = engine.markNoShow(1); !freed)
            fatal(freed.error().message);
        QThread::msleep(pauseMs / 2 + rng->bounded(std::max(1, pauseMs)));
    }
    return 0;
}

void benchBoard(const QString &folder, int calls, int pauseMs, int intervalMs)
{
    const QString path = folder + QStringLiteral("/display.db");
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            fatal(db.error().message);
        FixedClock clock(mondayMorning());
        QueueEngine engine(**db, clock);
        if (Outcome r = engine.importConfig(withRoomForEveryTicket(smallBranch())); !r)
            fatal(r.error().message);
        for (int i = 0; i < calls; ++i) {
            if (auto t = engine.issue(QStringLiteral("A")); !t)
                fatal(t.error().message);
        }
    }
    FixedClock clock(mondayMorning());
    display::LobbyDisplay lobby(path, clock, nullptr);
    lobby.setMuted(true);
    if (Outcome started = lobby.start(intervalMs); !started)
        fatal(started.error().message);

    QHash<QString, qint64> committedAt;
    QHash<QString, qint64> shownAt;
    display::BoardViewModel *view = lobby.view();
    // Shown: among the calls on the board (the newest, or, when two calls fell within one
    // poll, the one just before it).
    QObject::connect(view, &display::BoardViewModel::boardChanged, [&] {
        const qint64 now = steadyNs();
        for (const BoardCall &call : view->board().recentCalls()) {
            if (!shownAt.contains(call.ticketCode))
                shownAt.insert(call.ticketCode, now);
        }
    });

    RunningProgram writer;
    QObject::connect(&writer.process(), &QProcess::readyReadStandardOutput, [&] {
        for (const QByteArray &line : writer.takeLines()) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2)
                committedAt.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toLongLong());
        }
    });
    QEventLoop loop;
    QObject::connect(&writer.process(), &QProcess::finished, &loop, [&] { QTimer::singleShot(500, &loop, &QEventLoop::quit); });
    if (!writer.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--writer"), QStringLiteral("--db"), path, QStringLiteral("--calls"), QString::number(calls),
                       QStringLiteral("--pause-ms"), QString::number(pauseMs)},
                      RunOptions().channelMode(QProcess::ForwardedErrorChannel)))
        fatal(QStringLiteral("cannot start the writer: ") + writer.errorString());
    loop.exec();
    if (writer.waitForExit(0).exitCode != 0)
        fatal(QStringLiteral("the writer failed"));

    std::vector<double> latencies;
    int missed = 0;
    for (auto it = committedAt.cbegin(); it != committedAt.cend(); ++it) {
        if (!shownAt.contains(it.key())) {
            ++missed;
            continue;
        }
        latencies.push_back(double(shownAt.value(it.key()) - it.value()) / 1e6);
    }
    if (latencies.empty())
        fatal(QStringLiteral("the board showed none of the writer's calls"));
    say(QStringLiteral("(a) Commit of a call in another process -> the board view-model shows it"));
    say(QStringLiteral("    %1 calls, %2 ms apart on average, change feed polling every %3 ms")
                .arg(calls)
                .arg(pauseMs)
                .arg(intervalMs));
    say(QStringLiteral("    %1").arg(msSummary(latencies)));
    if (missed > 0)
        say(QStringLiteral("    %1 calls never reached the board").arg(missed));
}

void benchStatus(const QString &folder, int reads)
{
    const QString path = folder + QStringLiteral("/status.db");
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!db)
        fatal(db.error().message);
    FixedClock clock(mondayMorning());
    QueueEngine engine(**db, clock);
    if (Outcome r = engine.importConfig(withRoomForEveryTicket(smallBranch())); !r)
        fatal(r.error().message);
    // A busy morning: 400 tickets, 150 of them served.
    for (int i = 0; i < 400; ++i) {
        if (auto t = engine.issue(i % 3 ? QStringLiteral("B") : QStringLiteral("A")); !t)
            fatal(t.error().message);
    }
    for (int i = 0; i < 150; ++i) {
        const int counter = 1 + i % 4;
        clock.advanceSecs(20);
        if (!engine.callNext(counter) || !engine.start(counter) || !engine.finish(counter))
            fatal(QStringLiteral("could not serve ticket %1").arg(i));
    }
    std::vector<double> ms;
    for (int i = 0; i < reads; ++i) {
        QElapsedTimer t;
        t.start();
        auto s = engine.status();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!s)
            fatal(s.error().message);
    }
    say(QStringLiteral("(b) One status read (waiting counts, counters, estimates) on a day of 400 tickets"));
    say(QStringLiteral("    %1").arg(msSummary(ms)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints how soon the lobby board shows a call committed by another "
                                                    "process, and what a status read costs."));
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("calls"), QStringLiteral("calls the other process makes"), QStringLiteral("n"), QStringLiteral("300")},
            {QStringLiteral("pause-ms"), QStringLiteral("mean pause between calls"), QStringLiteral("ms"), QStringLiteral("25")},
            {QStringLiteral("interval"), QStringLiteral("change feed poll interval"), QStringLiteral("ms"),
             QString::number(ChangeFeed::kDefaultIntervalMs)},
            {QStringLiteral("dir"), QStringLiteral("folder for the databases"), QStringLiteral("path"), QDir::tempPath()},
            {QStringLiteral("writer"), QStringLiteral("(internal) be the other process")},
            {QStringLiteral("db"), QStringLiteral("(internal) the writer's database"), QStringLiteral("path")},
    });
    parser.process(app);
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    const int pauseMs = parser.value(QStringLiteral("pause-ms")).toInt();
    const int intervalMs = parser.value(QStringLiteral("interval")).toInt();
    if (calls < 1 || calls > 9999 || pauseMs < 0 || intervalMs < 1)
        fatal(QStringLiteral("--calls 1..9999, --pause-ms >= 0, --interval >= 1"));
    if (parser.isSet(QStringLiteral("writer")))
        return runWriter(parser.value(QStringLiteral("db")), calls, pauseMs);

    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/antrian-bench-XXXXXX"));
    if (!dir.isValid())
        fatal(QStringLiteral("cannot create a folder under %1").arg(parser.value(QStringLiteral("dir"))));
    say(QStringLiteral("bench_display: databases in %1").arg(dir.path()));
    benchBoard(dir.path(), calls, pauseMs, intervalMs);
    benchStatus(dir.path(), 500);
    return 0;
}
