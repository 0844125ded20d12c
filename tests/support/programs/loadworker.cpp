// SPDX-License-Identifier: GPL-3.0-or-later
// antrian_load_worker: one branch PC under load, for bench_load. A kiosk issues a fixed number
// of tickets; a counter calls, starts and finishes tickets until the queue is empty and the
// bench says issuing is over. Like the apps, it opens the database once and keeps that
// connection; every operation is one engine call, timed on its own.
//
//   antrian_load_worker --db LOCATION --now ISO --kiosk N --ops 25
//   antrian_load_worker --db LOCATION --now ISO --counter N --until FILE [--idle-ms 100]
// A counter that finds no ticket waiting looks again after --idle-ms (a person pressing
// "Call next" again is slower still).
// It prints "ready" once the database is open, then waits for a line on stdin before the
// first operation, so that every worker starts at once. Then one line per operation:
//   OP NS ok
//   OP NS empty              (call: no ticket waiting; the counter looks again)
//   OP NS failed MESSAGE
// OP is issue, call, start or finish; NS the operation's time in nanoseconds.
#include "core/clock.h"
#include "queue/queueengine.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QTimeZone>

#include <chrono>
#include <cstdio>

using namespace antrian;

namespace {

constexpr int kAttempts = 10;

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

void report(const char *op, qint64 ns, const char *outcome, const QString &message = {})
{
    // One line per operation, whatever the message holds.
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::printf("%s %lld %s%s%s\n", op, static_cast<long long>(ns), outcome, message.isEmpty() ? "" : " ",
                qPrintable(oneLine));
}

// Runs one engine call, times it and reports it; whether it succeeded.
template <typename Call>
bool timed(const char *op, Call &&call)
{
    const qint64 started = steadyNs();
    const auto result = call();
    const qint64 ns = steadyNs() - started;
    if (result) {
        report(op, ns, "ok");
        return true;
    }
    report(op, ns, "failed", result.error().message);
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("location")},
                       {QStringLiteral("now"), QStringLiteral("fixed clock"), QStringLiteral("time")},
                       {QStringLiteral("kiosk"), QStringLiteral("be kiosk N"), QStringLiteral("n")},
                       {QStringLiteral("ops"), QStringLiteral("tickets a kiosk issues"), QStringLiteral("n"), QStringLiteral("25")},
                       {QStringLiteral("counter"), QStringLiteral("be counter N"), QStringLiteral("n")},
                       {QStringLiteral("until"), QStringLiteral("a counter stops at an empty queue once FILE exists"),
                        QStringLiteral("file")},
                       {QStringLiteral("idle-ms"), QStringLiteral("a counter's pause after finding no ticket waiting"),
                        QStringLiteral("ms"), QStringLiteral("100")}});
    parser.process(app);

    auto db = Database::open(parser.value(QStringLiteral("db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 4;
    }
    FixedClock clock(parseNow(parser.value(QStringLiteral("now")), QTimeZone("Asia/Jakarta")));
    QueueEngine engine(**db, clock);

    std::printf("ready\n");
    std::fflush(stdout);
    char go[16];
    if (!std::fgets(go, sizeof go, stdin))
        return 2;

    if (parser.isSet(QStringLiteral("kiosk"))) {
        const int kiosk = parser.value(QStringLiteral("kiosk")).toInt();
        const int ops = parser.value(QStringLiteral("ops")).toInt();
        for (int i = 0; i < ops; ++i) {
            const QString service = (kiosk + i) % 2 ? QStringLiteral("B") : QStringLiteral("A");
            timed("issue", [&] { return engine.issue(service); });
        }
        return 0;
    }

    const int counter = parser.value(QStringLiteral("counter")).toInt();
    const QString until = parser.value(QStringLiteral("until"));
    const int idleMs = parser.value(QStringLiteral("idle-ms")).toInt();
    while (true) {
        // Read before calling: an empty queue only ends the loop if no kiosk could still issue
        // a ticket after the call looked.
        const bool issuingOver = QFile::exists(until);
        const qint64 started = steadyNs();
        const auto called = engine.callNext(counter);
        const qint64 ns = steadyNs() - started;
        if (called) {
            report("call", ns, "ok");
            // A failed step is tried again: the counter holds the ticket until it is finished.
            for (int attempt = 0; attempt < kAttempts && !timed("start", [&] { return engine.start(counter); }); ++attempt)
                QThread::msleep(20);
            for (int attempt = 0; attempt < kAttempts && !timed("finish", [&] { return engine.finish(counter); }); ++attempt)
                QThread::msleep(20);
            continue;
        }
        // The engine's refusal when nothing waits for this counter (no translator is loaded
        // here, so the message is the source string).
        if (called.error().kind == Error::Kind::Refused && called.error().message.startsWith(u"no ticket waiting")) {
            report("call", ns, "empty");
            if (issuingOver)
                break;
            QThread::msleep(idleMs);
            continue;
        }
        report("call", ns, "failed", called.error().message);
        QThread::msleep(20);
    }
    return 0;
}
