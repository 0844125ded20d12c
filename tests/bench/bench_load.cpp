// SPDX-License-Identifier: GPL-3.0-or-later
// bench_load: a whole branch at once, each PC its own process (antrian_load_worker), printed for
// a person to read; never a pass/fail. 16 kiosks issue a fixed number of tickets each while 64
// counters call, start and finish until the queue is empty; then the queue's invariants are
// checked with SQL (DESIGN.md, the queue engine: no duplicate code, no gap in the numbers, no
// ticket called twice, a counter holds one ticket at a time).
//
//   bench_load [--engine sqlite|postgresql] [--runs 3] [--kiosks 16] [--counters 64]
//              [--issues 25] [--idle-ms 100] [--dir /tmp]
// SQLite: a file under --dir, as on one PC. PostgreSQL: a database on a throwaway cluster
// (tests/support/pgcluster.h: fsync off), every worker on its own connection over TCP.
#include "sqlrows.h"
#include "testsupport.h"
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

#include <memory>
#include <vector>

using namespace antrian;
using namespace antrian::test;
using namespace antrian::bench;

namespace {

constexpr int kRunTimeoutMs = 600000;

// The small branch with `counters` counters, each serving A and B (odd ones the oldest
// ticket first, even ones A before B), and room for every ticket.
BranchConfig loadBranch(int counters)
{
    BranchConfig c = withRoomForEveryTicket(smallBranch());
    c.counters.clear();
    for (int n = 1; n <= counters; ++n) {
        CounterConfig counter;
        counter.number = n;
        counter.name = QStringLiteral("Loket %1").arg(n);
        counter.services = {QStringLiteral("A"), QStringLiteral("B")};
        counter.policy = n % 2 ? CallPolicy::OldestFirst : CallPolicy::ServiceOrder;
        c.counters.append(counter);
    }
    return c;
}

struct Worker
{
    QString name; // "kiosk 3", "counter 12"
    std::unique_ptr<RunningProgram> program;
    bool ready = false;
    ProcessResult end; // once it has ended
};

// What one run saw.
struct RunFigures
{
    int done = 0;       // operations that succeeded
    int empty = 0;      // calls that found no ticket waiting (not an operation done)
    int failed = 0;
    int issued = 0;     // issues that succeeded
    QMap<QString, int> failures; // message -> count
    std::vector<double> ms;      // times of the operations done, sorted
    QMap<QString, std::vector<double>> msByKind;
    double seconds = 0;
    QStringList workerTrouble; // a worker that exited badly, or wrote to stderr
    QStringList invariants;    // one line per invariant, as printed
    bool invariantsHold = true;
};

// The invariants of DESIGN.md after a run, each as a printed line.
void checkInvariants(const QString &location, RunFigures &f)
{
    auto opened = Database::open(location);
    if (!opened)
        fatal(opened.error().message);
    const Database &db = **opened;
    auto check = [&](const QString &what, const QStringList &offending) {
        f.invariantsHold = f.invariantsHold && offending.isEmpty();
        f.invariants.append(QStringLiteral("%1: %2%3")
                                    .arg(what)
                                    .arg(offending.size())
                                    .arg(offending.isEmpty() ? QString()
                                                             : QStringLiteral(" (") + offending.mid(0, 5).join(u", ")
                                                                       + QStringLiteral(")")));
    };
    const int tickets = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt();
    f.invariantsHold = f.invariantsHold && tickets == f.issued;
    f.invariants.append(QStringLiteral("tickets in the database: %1, issues reported done: %2").arg(tickets).arg(f.issued));
    check(QStringLiteral("codes used twice on one date"),
          queryRows(db, QStringLiteral("SELECT business_date, code, COUNT(*) FROM tickets GROUP BY business_date, code"
                                    " HAVING COUNT(*) > 1")));
    // Per service and date the numbers are 1..N, each once, and the day's counter says N.
    check(QStringLiteral("services whose numbers have a gap or a repeat"),
          queryRows(db, QStringLiteral("SELECT s.code, COUNT(*), MIN(t.sequence), MAX(t.sequence), COUNT(DISTINCT t.sequence),"
                                    " MAX(d.last_sequence) FROM tickets t JOIN services s ON s.id = t.origin_service_id"
                                    " JOIN daily_sequences d ON d.service_id = s.id AND d.business_date = t.business_date"
                                    " GROUP BY t.business_date, s.code"
                                    " HAVING MIN(t.sequence) <> 1 OR MAX(t.sequence) <> COUNT(*)"
                                    " OR COUNT(DISTINCT t.sequence) <> COUNT(*) OR MAX(d.last_sequence) <> COUNT(*)")));
    // No ticket goes back to waiting here: each is called once, by one counter.
    check(QStringLiteral("tickets called other than once"),
          queryRows(db, QStringLiteral("SELECT t.code, COUNT(e.id), t.call_count FROM tickets t"
                                    " LEFT JOIN events e ON e.ticket_id = t.id AND e.kind = 'called'"
                                    " GROUP BY t.id, t.code, t.call_count HAVING COUNT(e.id) <> 1 OR t.call_count <> 1")));
    check(QStringLiteral("tickets not done at the end"),
          queryRows(db, QStringLiteral("SELECT code, status FROM tickets WHERE status <> 'done'")));
    check(QStringLiteral("counters holding two tickets now"),
          queryRows(db, QStringLiteral("SELECT counter_id, COUNT(*) FROM tickets WHERE status IN ('called', 'serving')"
                                    " GROUP BY counter_id HAVING COUNT(*) > 1")));
    // At every moment of the log: each counter's called / started / finished follow each other
    // for one ticket at a time, so no counter ever held two, and no ticket was held by two.
    QSqlQuery q = db.exec(QStringLiteral("SELECT e.id, c.number, e.kind, e.ticket_id FROM events e"
                                         " JOIN counters c ON c.id = e.counter_id"
                                         " WHERE e.kind IN ('called', 'started', 'finished') ORDER BY e.id"));
    QMap<int, QPair<QString, qint64>> last; // counter -> (last kind, its ticket)
    QMap<qint64, int> holder;               // ticket -> counter holding it
    QStringList outOfOrder;
    while (q.next()) {
        const qint64 eventId = q.value(0).toLongLong();
        const int counter = q.value(1).toInt();
        const QString kind = q.value(2).toString();
        const qint64 ticket = q.value(3).toLongLong();
        const auto [previous, held] = last.value(counter, {QStringLiteral("finished"), 0});
        const QString expected = previous == u"finished" ? QStringLiteral("called")
                : previous == u"called"                  ? QStringLiteral("started")
                                                         : QStringLiteral("finished");
        const bool heldElsewhere = kind == u"called" && holder.contains(ticket);
        if (kind != expected || (kind != u"called" && ticket != held) || heldElsewhere)
            outOfOrder.append(QStringLiteral("event %1: counter %2 %3 ticket %4").arg(eventId).arg(counter).arg(kind).arg(ticket));
        if (kind == u"called")
            holder.insert(ticket, counter);
        else if (kind == u"finished")
            holder.remove(ticket);
        last.insert(counter, {kind, ticket});
    }
    check(QStringLiteral("counter events out of order (two tickets at once, or one ticket at two counters)"), outOfOrder);
    f.invariants.append(QStringLiteral("integrity check: %1").arg(db.integrityCheck()));
}

// Reads a worker's lines: OP NS ok | OP NS empty | OP NS failed MESSAGE.
void tally(const Worker &w, RunFigures &f)
{
    for (const QByteArray &raw : w.end.out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty() || line == u"ready")
            continue;
        const QStringList words = line.split(u' ');
        if (words.size() < 3) {
            f.workerTrouble.append(QStringLiteral("%1 printed: %2").arg(w.name, line));
            continue;
        }
        const QString &op = words.at(0);
        const double ms = words.at(1).toDouble() / 1e6;
        const QString &outcome = words.at(2);
        if (outcome == u"ok") {
            ++f.done;
            f.issued += op == u"issue";
            f.ms.push_back(ms);
            f.msByKind[op].push_back(ms);
        } else if (outcome == u"empty") {
            ++f.empty;
        } else {
            ++f.failed;
            ++f.failures[op + QStringLiteral(": ") + words.mid(3).join(u' ')];
        }
    }
}

RunFigures runOnce(const QString &location, const QString &folder, int kiosks, int counters, int issues, int idleMs)
{
    {
        auto opened = Database::open(location, Database::OpenMode::CreateIfMissing);
        if (!opened)
            fatal(opened.error().message);
        FixedClock clock(mondayMorning());
        if (Outcome r = QueueEngine(**opened, clock).importConfig(loadBranch(counters)); !r)
            fatal(r.error().message);
    }
    const QString untilFile = folder + QStringLiteral("/issuing-over");
    QFile::remove(untilFile);
    const QString workerPath = QStringLiteral(LOAD_WORKER_PATH);
    const QStringList common = {QStringLiteral("--db"), location, QStringLiteral("--now"),
                                mondayMorning().toString(Qt::ISODate)};

    std::vector<Worker> workers;
    for (int k = 1; k <= kiosks; ++k)
        workers.push_back({QStringLiteral("kiosk %1").arg(k), std::make_unique<RunningProgram>(), false, {}});
    for (int c = 1; c <= counters; ++c)
        workers.push_back({QStringLiteral("counter %1").arg(c), std::make_unique<RunningProgram>(), false, {}});

    QEventLoop loop;
    int readyCount = 0;
    int kiosksLeft = kiosks;
    int running = int(workers.size());
    QElapsedTimer timer;
    for (size_t i = 0; i < workers.size(); ++i) {
        Worker &w = workers[i];
        const bool kiosk = int(i) < kiosks;
        QProcess *p = &w.program->process();
        QObject::connect(p, &QProcess::readyReadStandardOutput, &loop, [&] {
            if (!w.ready && w.program->output().startsWith("ready\n")) {
                w.ready = true;
                if (++readyCount == int(workers.size())) {
                    // Everyone connected: start them all at once.
                    timer.start();
                    for (Worker &each : workers)
                        each.program->process().write("go\n");
                }
            }
        });
        QObject::connect(p, &QProcess::finished, &loop, [&, p, kiosk] {
            if (readyCount < int(workers.size())) // the others wait for "go" forever
                fatal(QStringLiteral("%1 ended before the start: %2")
                            .arg(w.name, QString::fromUtf8(p->readAllStandardError()).trimmed()));
            if (kiosk && --kiosksLeft == 0) {
                QFile done(untilFile);
                if (!done.open(QIODevice::WriteOnly))
                    fatal(QStringLiteral("cannot write %1").arg(untilFile));
            }
            if (--running == 0)
                loop.quit();
        });
        const QStringList role = kiosk ? QStringList{QStringLiteral("--kiosk"), QString::number(i + 1), QStringLiteral("--ops"),
                                                     QString::number(issues)}
                                       : QStringList{QStringLiteral("--counter"), QString::number(int(i) - kiosks + 1),
                                                     QStringLiteral("--until"), untilFile, QStringLiteral("--idle-ms"),
                                                     QString::number(idleMs)};
        if (!w.program->start(workerPath, common + role, RunOptions().stdinOpen()))
            fatal(QStringLiteral("cannot start %1: %2").arg(workerPath, w.program->errorString()));
    }
    QTimer::singleShot(kRunTimeoutMs, &loop, [&] {
        for (Worker &w : workers)
            w.program->kill();
        fatal(QStringLiteral("the workers did not finish within %1 s").arg(kRunTimeoutMs / 1000));
    });
    loop.exec();

    RunFigures f;
    f.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (Worker &w : workers) {
        w.end = w.program->waitForExit(0);
        tally(w, f);
        const QString err = QString::fromUtf8(w.end.err).trimmed();
        if (w.end.exitCode != 0)
            f.workerTrouble.append(QStringLiteral("%1 exited %2: %3").arg(w.name).arg(w.end.exitCode).arg(err));
        else if (!err.isEmpty())
            f.workerTrouble.append(QStringLiteral("%1 wrote: %2").arg(w.name, err.section(u'\n', 0, 0)));
    }
    std::sort(f.ms.begin(), f.ms.end());
    for (auto &times : f.msByKind)
        std::sort(times.begin(), times.end());
    checkInvariants(location, f);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs kiosks and counters as separate processes on one database "
                                                    "at once, prints what they did and checks the queue's invariants."));
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("engine"), QStringLiteral("sqlite, or postgresql on a throwaway cluster of its own"),
             QStringLiteral("engine"), QStringLiteral("sqlite")},
            {QStringLiteral("runs"), QStringLiteral("runs, each on a fresh database (medians reported)"), QStringLiteral("n"),
             QStringLiteral("3")},
            {QStringLiteral("kiosks"), QStringLiteral("kiosk processes"), QStringLiteral("n"), QStringLiteral("16")},
            {QStringLiteral("counters"), QStringLiteral("counter processes"), QStringLiteral("n"), QStringLiteral("64")},
            {QStringLiteral("issues"), QStringLiteral("tickets each kiosk issues"), QStringLiteral("n"), QStringLiteral("25")},
            {QStringLiteral("idle-ms"), QStringLiteral("a counter's pause after finding no ticket waiting"),
             QStringLiteral("ms"), QStringLiteral("100")},
            {QStringLiteral("dir"), QStringLiteral("folder for the SQLite file (a real disk)"), QStringLiteral("path"),
             QDir::tempPath()},
    });
    parser.process(app);
    auto number = [&](const char *name) {
        bool ok = false;
        const int n = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || n < 1)
            fatal(QStringLiteral("--%1: expected a whole number of at least 1").arg(QLatin1String(name)));
        return n;
    };
    const QString engine = parser.value(QStringLiteral("engine"));
    if (engine != u"sqlite" && engine != u"postgresql")
        fatal(QStringLiteral("--engine: expected sqlite or postgresql"));
    const int runs = number("runs");
    const int kiosks = number("kiosks");
    const int counters = number("counters");
    const int issues = number("issues");
    const int idleMs = number("idle-ms");
    if (kiosks * issues > 9999)
        fatal(QStringLiteral("--kiosks x --issues must stay within one service's daily limit of 9999"));

    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/antrian-load-XXXXXX"));
    if (!dir.isValid())
        fatal(QStringLiteral("cannot create a folder under %1").arg(parser.value(QStringLiteral("dir"))));
    const bool onPostgres = engine == u"postgresql";
    say(QStringLiteral("Antrian load benchmark: %1 kiosk and %2 counter processes at once, each kiosk issuing %3 tickets,"
                       " the counters calling, starting and finishing until the queue is empty (looking again %4 ms after"
                       " finding it empty); %5 run(s) on %6")
                .arg(kiosks)
                .arg(counters)
                .arg(issues)
                .arg(idleMs)
                .arg(runs)
                .arg(onPostgres ? QStringLiteral("PostgreSQL (a throwaway cluster, fsync off, every worker over TCP)")
                                : QStringLiteral("SQLite (a file under %1)").arg(dir.path())));

    std::vector<double> done, failed, medians, p99s, seconds;
    bool allHold = true;
    for (int run = 1; run <= runs; ++run) {
        QString location;
        if (onPostgres) {
            PgCluster &cluster = PgCluster::instance();
            if (!cluster.ok())
                fatal(cluster.error());
            location = cluster.createDatabase();
            if (location.isEmpty())
                fatal(cluster.error());
        } else {
            location = dir.filePath(QStringLiteral("load-%1.db").arg(run));
        }
        const RunFigures f = runOnce(location, dir.path(), kiosks, counters, issues, idleMs);
        say(QString());
        say(QStringLiteral("run %1 (%2 s): %3 operations done, %4 failed; %5 calls found no ticket waiting")
                    .arg(run)
                    .arg(f.seconds, 0, 'f', 1)
                    .arg(f.done)
                    .arg(f.failed)
                    .arg(f.empty));
        for (auto it = f.failures.cbegin(); it != f.failures.cend(); ++it)
            say(QStringLiteral("    failed %1x: %2").arg(it.value()).arg(it.key()));
        say(QStringLiteral("    operation time: %1").arg(msSummary(f.ms, 1)));
        for (auto it = f.msByKind.cbegin(); it != f.msByKind.cend(); ++it)
            say(QStringLiteral("        %1 (%2): %3").arg(it.key(), 6).arg(it->size()).arg(msSummary(*it, 1)));
        for (const QString &line : f.workerTrouble.mid(0, 10))
            say(QStringLiteral("    worker: ") + line);
        if (f.workerTrouble.size() > 10)
            say(QStringLiteral("    worker: ... and %1 more").arg(f.workerTrouble.size() - 10));
        say(QStringLiteral("    invariants%1:").arg(f.invariantsHold ? QStringLiteral(" (all hold)") : QStringLiteral(" (BROKEN)")));
        for (const QString &line : f.invariants)
            say(QStringLiteral("        ") + line);
        allHold = allHold && f.invariantsHold;
        done.push_back(f.done);
        failed.push_back(f.failed);
        medians.push_back(f.ms.empty() ? 0 : percentile(f.ms, 50));
        p99s.push_back(f.ms.empty() ? 0 : percentile(f.ms, 99));
        seconds.push_back(f.seconds);
    }
    say(QString());
    say(QStringLiteral("median of %1 run(s): %2 operations done, %3 failed, operation time median %4 ms, p99 %5 ms,"
                       " %6 s per run; invariants %7")
                .arg(runs)
                .arg(median(done), 0, 'f', 0)
                .arg(median(failed), 0, 'f', 0)
                .arg(median(medians), 0, 'f', 1)
                .arg(median(p99s), 0, 'f', 1)
                .arg(median(seconds), 0, 'f', 1)
                .arg(allHold ? QStringLiteral("held in every run") : QStringLiteral("BROKEN in some run")));
    return 0;
}
