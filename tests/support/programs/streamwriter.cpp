// SPDX-License-Identifier: GPL-3.0-or-later
// antrian_stream_writer: issues tickets one after another and prints each ticket's code and
// id as soon as its transaction has committed, with the monotonic time of the commit.
// The crash test kills it mid-stream; the feed benchmark times the feed against it.
//
//   antrian_stream_writer --db PATH --service A [--count N] [--now ISO] [--pause-ms MS]
// Output, one line per committed ticket: CODE TICKET_ID STEADY_NS
#include "core/clock.h"
#include "queue/queueengine.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>
#include <QTimeZone>

#include <chrono>
#include <cstdio>

using namespace antrian;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("path")},
                       {QStringLiteral("service"), QStringLiteral("service code"), QStringLiteral("code"), QStringLiteral("A")},
                       {QStringLiteral("count"), QStringLiteral("tickets to issue (0: until killed)"), QStringLiteral("n"), QStringLiteral("0")},
                       {QStringLiteral("now"), QStringLiteral("fixed clock"), QStringLiteral("time")},
                       {QStringLiteral("pause-ms"), QStringLiteral("pause between tickets"), QStringLiteral("ms"), QStringLiteral("0")}});
    parser.process(app);

    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 4;
    }
    SystemClock system;
    const QString now = parser.value(QStringLiteral("now"));
    FixedClock fixed(now.isEmpty() ? system.nowUtc() : parseNow(now, QTimeZone("Asia/Jakarta")));
    const Clock &clock = now.isEmpty() ? static_cast<const Clock &>(system) : fixed;
    QueueEngine engine(**db, clock);

    const int count = parser.value(QStringLiteral("count")).toInt();
    const int pauseMs = parser.value(QStringLiteral("pause-ms")).toInt();
    for (int i = 0; count == 0 || i < count; ++i) {
        auto issued = engine.issue(parser.value(QStringLiteral("service")));
        const auto committed = std::chrono::steady_clock::now().time_since_epoch();
        if (!issued) {
            std::fprintf(stderr, "%s\n", qPrintable(issued.error().message));
            return issued.error().kind == Error::Kind::Refused ? 3 : 4;
        }
        std::printf("%s %lld %lld\n", qPrintable(issued->ticket.code), static_cast<long long>(issued->ticket.id),
                    static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(committed).count()));
        std::fflush(stdout);
        if (pauseMs > 0)
            QThread::msleep(pauseMs);
    }
    return 0;
}
