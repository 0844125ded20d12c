// SPDX-License-Identifier: GPL-3.0-or-later
// bench_floor: how long one read of the supervisor's live floor takes (FloorReader::read, the
// read the page makes on each change-feed batch and every 30 s), with 0 and with 10,000
// tickets of the day behind it. The day is written in one transaction of plain rows (most
// served, some no-shows, the rest waiting, every counter logged in with one serving), so the
// figure is the read alone. Run: build/tests/bench/bench_floor [--reads N]
#include "benchsupport.h"
#include "testsupport.h"

#include "floor/floorreader.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace antrian;
using namespace antrian::bench;
using namespace antrian::test;

namespace {

BranchConfig bigBranch()
{
    BranchConfig c = smallBranch();
    for (ServiceConfig &s : c.services)
        s.dailyLimit = 9999;
    return c;
}

// `count` tickets issued from 08:00, one every second, across A and B; of each ten, seven
// served, one no-show, two waiting (the last ones issued wait).
void fillDay(Fixture &f, int count)
{
    const QDateTime start = jakarta(2026, 11, 23, 8, 0);
    WriteTransaction tx(f.db());
    if (!tx.isOpen())
        fatal(tx.error().message);
    auto ids = f.engine().branch();
    if (!ids)
        fatal(ids.error().message);
    const QString day = QStringLiteral("2026-11-23");
    QHash<QString, int> sequence;
    for (int i = 0; i < count; ++i) {
        const QString code = i % 2 ? QStringLiteral("B") : QStringLiteral("A");
        const int n = ++sequence[code];
        const qint64 issued = start.addSecs(i).toMSecsSinceEpoch();
        const qint64 sid = ids->serviceIds.value(code);
        const qint64 counter = ids->counterIds.value(i % 2 ? 3 : 1);
        const bool waiting = i >= count - count / 5;
        const QString status = waiting ? QStringLiteral("waiting") : i % 10 == 0 ? QStringLiteral("no_show") : QStringLiteral("done");
        const QVariant none(QMetaType::fromType<qint64>());
        const QVariant called = waiting ? none : QVariant(issued + 300'000);
        const QVariant ended = waiting ? none : QVariant(issued + 600'000);
        auto q = f.db().run(QStringLiteral("INSERT INTO tickets (business_date, service_id, origin_service_id, sequence, code,"
                                           " status, issued_at, queued_at, called_at, first_called_at, started_at, finished_at,"
                                           " counter_id, call_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {day, sid, sid, n, formatTicketCode(code, n), status, issued, issued, called, called,
                             status == u"done" ? called : none, ended, waiting ? none : QVariant(counter), waiting ? 0 : 1});
        if (!q)
            fatal(q.error().message);
    }
    for (auto it = sequence.begin(); it != sequence.end(); ++it) {
        auto q = f.db().run(QStringLiteral("UPDATE daily_sequences SET last_sequence = ? WHERE business_date = ? AND service_id = ?"),
                            {it.value(), day, ids->serviceIds.value(it.key())});
        if (!q)
            fatal(q.error().message);
    }
    if (Outcome c = tx.commit(); !c)
        fatal(c.error().message);
}

void benchRead(int tickets, int reads)
{
    Fixture f(bigBranch(), jakarta(2026, 11, 23, 8, 0));
    f.staff({1, 2, 3, 4});
    if (tickets > 0)
        fillDay(f, tickets);
    f.clock().set(jakarta(2026, 11, 23, 11, 0));
    if (tickets > 0 && !f.engine().callNext(2).ok())
        fatal(QStringLiteral("no ticket to call"));
    FloorReader reader(f.db(), f.clock());
    if (auto first = reader.read(); !first) // raises the day's alerts once: not what is timed
        fatal(first.error().message);
    std::vector<double> ms;
    for (int i = 0; i < reads; ++i) {
        const qint64 t0 = steadyNs();
        auto floor = reader.read();
        ms.push_back(double(steadyNs() - t0) / 1e6);
        if (!floor)
            fatal(floor.error().message);
    }
    say(QStringLiteral("    %1 tickets of the day: %2").arg(tickets, 5).arg(msSummary(ms, 3)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("reads"), QStringLiteral("floor reads timed at each size"), QStringLiteral("n"),
                      QStringLiteral("101")});
    parser.process(app);
    const int reads = std::max(1, parser.value(QStringLiteral("reads")).toInt());
    say(QStringLiteral("One read of the live floor (FloorReader::read), %1 reads each, on %2:")
                .arg(reads)
                .arg(testOnPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));
    benchRead(0, reads);
    benchRead(10'000, reads);
    return 0;
}
