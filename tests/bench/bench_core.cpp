// SPDX-License-Identifier: GPL-3.0-or-later
// bench_core: figures for the core on this machine, printed for a person to read. Never a
// pass/fail: DESIGN.md, Testing ("benchmarks are programs that print figures").
//
//   (a) tickets issued per second through QueueEngine::issue, against a raw loop of one-row
//       BEGIN / INSERT / COMMIT transactions on the same engine (SQLite: BEGIN IMMEDIATE on a
//       file with the same pragmas; PostgreSQL: the same server and database, through QPSQL);
//   (b) the cost of one issue as the day fills: the median time of one QueueEngine::issue with
//       0, 1,000 and 10,000 tickets of the service already waiting that day, each beside the
//       median of one raw commit taken right after each timed issue (a disk slow for a moment
//       slows both, so their ratio compares the levels fairly), and the statements
//       (Database::statementCount) one issue, one call, one start and one finish send;
//   (c) change feed latency: from another process's commit (antrian_stream_writer) to this
//       process's ChangeFeed::eventsArrived; on SQLite for poll intervals of 20 ms and 2 ms, on
//       PostgreSQL over LISTEN/NOTIFY.
//
//   bench_core [--rounds 5] [--tickets 300] [--samples 101] [--feed-tickets N] [--pause-ms 15] [--dir /tmp]
//              [--engine sqlite|postgresql | --db postgresql://user@host[:port]/dbname]
// SQLite (the default) uses files under --dir. --engine postgresql starts a throwaway cluster
// (tests/support/pgcluster.h: fsync off); --db names an empty database on a server of yours,
// which the bench fills with the schema, its tickets and a raw_tickets table.
#include "testsupport.h"
#include "benchsupport.h"

#include "feed/changefeed.h"
#include "storage/dialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace antrian;
using namespace antrian::test;
using namespace antrian::bench;

namespace {

// The sample rules with room for every ticket of every round.
BranchConfig benchBranch()
{
    BranchConfig c = smallBranch();
    for (ServiceConfig &s : c.services)
        s.dailyLimit = 9999;
    return c;
}

// The first value of the first row `sql` returns, or "?".
QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0).toString() : QStringLiteral("?");
}

QString pragma(const QSqlDatabase &db, const char *name)
{
    return scalar(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
}

// What decides the cost of a commit, as a person compares it between the two connections.
QString durabilitySettings(Engine engine, const QSqlDatabase &db)
{
    if (engine == Engine::SQLite)
        return QStringLiteral("journal_mode=%1 synchronous=%2 (2 = FULL) foreign_keys=%3")
                .arg(pragma(db, "journal_mode"), pragma(db, "synchronous"), pragma(db, "foreign_keys"));
    return QStringLiteral("fsync=%1 synchronous_commit=%2 wal_sync_method=%3")
            .arg(scalar(db, QStringLiteral("SHOW fsync")), scalar(db, QStringLiteral("SHOW synchronous_commit")),
                 scalar(db, QStringLiteral("SHOW wal_sync_method")));
}

// The raw loop's own connection. SQLite: a plain file opened as Database::open opens the
// branch database (WAL, FULL sync, foreign keys, the driver's busy timeout). PostgreSQL: a
// QPSQL connection to the engine's own database, where it adds a table of its own.
class RawLoop
{
public:
    RawLoop(Engine engine, const QString &location) : m_engine(engine)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
                engine == Engine::SQLite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), QStringLiteral("raw"));
        QStringList setup;
        if (engine == Engine::SQLite) {
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            setup = {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                     QStringLiteral("PRAGMA foreign_keys=ON"),
                     QStringLiteral("CREATE TABLE raw_tickets (id INTEGER PRIMARY KEY, code TEXT NOT NULL,"
                                    " issued_at BIGINT NOT NULL)")};
        } else {
            auto where = parsePostgresUrl(location);
            if (!where)
                fatal(where.error().message);
            db.setHostName(where->host);
            db.setPort(where->port);
            db.setUserName(where->user);
            db.setDatabaseName(where->database);
            db.setConnectOptions(where->options.join(u';'));
            // An identity column: what the engine's own id columns are on PostgreSQL (dialect.h).
            setup = {QStringLiteral("CREATE TABLE IF NOT EXISTS raw_tickets (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                                    " code TEXT NOT NULL, issued_at BIGINT NOT NULL)")};
        }
        if (!db.open())
            fatal(QStringLiteral("cannot open %1: %2").arg(location, db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &sql : setup) {
            if (!q.exec(sql))
                fatal(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
        }
    }
    ~RawLoop() { QSqlDatabase::removeDatabase(QStringLiteral("raw")); }

    QSqlDatabase db() const { return QSqlDatabase::database(QStringLiteral("raw")); }

    // `count` one-row write transactions; returns commits per second.
    double insertRound(int count)
    {
        QSqlDatabase conn = db();
        QSqlQuery begin(conn), insert(conn), commit(conn);
        insert.prepare(QStringLiteral("INSERT INTO raw_tickets (code, issued_at) VALUES (?, ?)"));
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            if (!begin.exec(m_engine == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
                fatal(begin.lastError().text());
            insert.addBindValue(QStringLiteral("A-%1").arg(++m_issued, 3, 10, QLatin1Char('0')));
            insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!insert.exec())
                fatal(insert.lastError().text());
            if (!commit.exec(QStringLiteral("COMMIT")))
                fatal(commit.lastError().text());
        }
        return count / (double(timer.nsecsElapsed()) / 1e9);
    }

private:
    Engine m_engine;
    int m_issued = 0;
};

// Where the figures are taken: SQLite files in a folder, or one database on a server.
struct Place
{
    Engine engine = Engine::SQLite;
    QString folder;   // SQLite: the files go here
    QString database; // PostgreSQL: the postgresql:// location of an empty database
    QString serverNote; // PostgreSQL: which server, as printed

    QString engineLocation() const
    {
        return engine == Engine::SQLite ? folder + QStringLiteral("/engine.db") : database;
    }
    QString rawLocation() const { return engine == Engine::SQLite ? folder + QStringLiteral("/raw.db") : database; }
};

void benchIssue(const Place &place, int rounds, int tickets)
{
    // One round more: the warm-up.
    if ((rounds + 1) * tickets > 9999)
        fatal(QStringLiteral("(--rounds + 1) x --tickets must stay within one service's daily limit of 9999"));
    const QString enginePath = place.engineLocation();
    const QString rawPath = place.rawLocation();
    auto opened = Database::open(enginePath, Database::OpenMode::CreateIfMissing);
    if (!opened)
        fatal(opened.error().message);
    const Database &db = **opened;
    FixedClock clock(mondayMorning());
    QueueEngine engine(db, clock);
    if (Outcome r = engine.importConfig(benchBranch()); !r)
        fatal(r.error().message);
    // On PostgreSQL in the engine's own database, created after the schema: Database::open
    // refuses a database holding tables of another program's and no schema_version.
    RawLoop raw(place.engine, rawPath);

    say(QStringLiteral("(a) Issuing tickets: %1 rounds of %2, engine and raw rounds taken in turn").arg(rounds).arg(tickets));
    if (place.engine == Engine::SQLite) {
        say(QStringLiteral("    engine file %1: %2").arg(enginePath, durabilitySettings(place.engine, db.connection())));
        say(QStringLiteral("    raw file    %1: %2").arg(rawPath, durabilitySettings(place.engine, raw.db())));
    } else {
        say(QStringLiteral("    engine and raw loop both in %1 (raw: table raw_tickets, BEGIN / INSERT / COMMIT via QPSQL)")
                    .arg(enginePath));
        say(QStringLiteral("    engine connection: %1").arg(durabilitySettings(place.engine, db.connection())));
        say(QStringLiteral("    raw connection:    %1").arg(durabilitySettings(place.engine, raw.db())));
    }

    auto engineRound = [&](int count) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            auto issued = engine.issue(QStringLiteral("A"));
            if (!issued)
                fatal(QStringLiteral("issue refused: ") + issued.error().message);
        }
        return count / (double(timer.nsecsElapsed()) / 1e9);
    };
    // A fresh WAL file grows, and appending new blocks costs more per fsync than rewriting the
    // blocks of a WAL that checkpoints have already recycled (the raw loop ran twice as fast
    // once past its first 1,000 commits). A branch database lives in the recycled state, so
    // both files get there before anything is timed. (On PostgreSQL the warm-up fills the
    // server's caches; its WAL segments are recycled the same way.)
    const double engineWarm = engineRound(tickets);
    const double rawWarm = raw.insertRound(std::max(tickets, 1200));
    say(QStringLiteral("    warm-up (not counted): engine %1 tickets/s, raw %2 commits/s")
                .arg(engineWarm, 0, 'f', 0)
                .arg(rawWarm, 0, 'f', 0));

    std::vector<double> engineRates, rawRates;
    for (int round = 1; round <= rounds; ++round) {
        engineRates.push_back(engineRound(tickets));
        rawRates.push_back(raw.insertRound(tickets));
        say(QStringLiteral("    round %1: engine %2 tickets/s, raw %3 commits/s")
                    .arg(round)
                    .arg(engineRates.back(), 0, 'f', 0)
                    .arg(rawRates.back(), 0, 'f', 0));
    }
    const double e = median(engineRates);
    const double r = median(rawRates);
    say(QStringLiteral("    issue through engine:      %1 tickets/s (median of %2 rounds; %3 ms per ticket)")
                .arg(e, 0, 'f', 0)
                .arg(rounds)
                .arg(1000.0 / e, 0, 'f', 2));
    say(QStringLiteral("    raw one-row transactions:  %1 commits/s (median of %2 rounds; %3 ms per commit)")
                .arg(r, 0, 'f', 0)
                .arg(rounds)
                .arg(1000.0 / r, 0, 'f', 2));
    say(QStringLiteral("    engine/raw:                %1").arg(e / r, 0, 'f', 2));
}

// The median time of `samples` issues of service A, each timed alone, the median time of the
// raw one-row commit taken right after each (when the disk is slow for a moment, both are), and
// the statements the last issue sent.
struct IssueCost
{
    double medianMs = 0;
    double rawMedianMs = 0;
    quint64 statements = 0;
    double relative() const { return medianMs / rawMedianMs; }
};

IssueCost timeIssues(const Database &db, QueueEngine &engine, RawLoop *raw, int samples)
{
    std::vector<double> ms, rawMs;
    quint64 statements = 0;
    for (int i = 0; i < samples; ++i) {
        const quint64 before = db.statementCount();
        const qint64 start = steadyNs();
        auto issued = engine.issue(QStringLiteral("A"));
        ms.push_back(double(steadyNs() - start) / 1e6);
        statements = db.statementCount() - before;
        if (!issued)
            fatal(QStringLiteral("issue refused: ") + issued.error().message);
        if (raw)
            rawMs.push_back(1000.0 / raw->insertRound(1));
    }
    return {median(ms), rawMs.empty() ? 0.0 : median(rawMs), statements};
}

// Statements one counter operation sends.
template<typename Op>
quint64 statementsOf(const Database &db, const char *what, Op &&op)
{
    const quint64 before = db.statementCount();
    auto done = op();
    if (!done)
        fatal(QStringLiteral("%1 refused: %2").arg(QLatin1String(what), done.error().message));
    return db.statementCount() - before;
}

// On its own business date (the day after the other figures' Monday), so "waiting that day"
// starts at zero on PostgreSQL too, where everything shares one database.
void benchQueueLength(const Place &place, int samples)
{
    say(QString());
    say(QStringLiteral("(b) One issue as the day fills: median of %1 issues of service A, each timed alone,"
                       " with N tickets of A already waiting that day").arg(samples));
    const QString location = place.engine == Engine::SQLite ? place.folder + QStringLiteral("/queue-length.db")
                                                            : place.database;
    auto opened = Database::open(location, Database::OpenMode::CreateIfMissing);
    if (!opened)
        fatal(opened.error().message);
    const Database &db = **opened;
    FixedClock clock(mondayMorning().addDays(1));
    QueueEngine engine(db, clock);
    BranchConfig config = benchBranch();
    // Beyond what a config file may say (9999): room for 10,000 waiting and the samples.
    for (ServiceConfig &s : config.services)
        s.dailyLimit = 20000;
    if (Outcome r = engine.importConfig(config); !r)
        fatal(r.error().message);
    // Not timed: the first write of the day (on PostgreSQL it expires Monday's queue), and
    // 1,200 tickets of service B, which bring a fresh file's WAL to its recycled state as in (a)
    // and leave A's line empty.
    (void)timeIssues(db, engine, nullptr, 1);
    // Beside each timed issue, one raw commit on a file of its own (PostgreSQL: the same table
    // as in (a)), warmed up as in (a).
    RawLoop raw(place.engine, place.engine == Engine::SQLite ? place.folder + QStringLiteral("/queue-length-raw.db")
                                                             : place.database);
    (void)raw.insertRound(1200);
    for (int i = 0; i < 1200; ++i) {
        if (auto issued = engine.issue(QStringLiteral("B")); !issued)
            fatal(QStringLiteral("issue refused: ") + issued.error().message);
    }
    const quint64 perCall = statementsOf(db, "call", [&] { return engine.callNext(1); });
    const quint64 perStart = statementsOf(db, "start", [&] { return engine.start(1); });
    const quint64 perFinish = statementsOf(db, "finish", [&] { return engine.finish(1); });

    auto waiting = [&] {
        auto status = engine.status();
        if (!status)
            fatal(status.error().message);
        for (const ServiceStatus &s : status->services) {
            if (s.service.code == u"A")
                return s.waiting;
        }
        return 0;
    };
    QList<IssueCost> costs;
    for (int level : {0, 1000, 10000}) {
        QElapsedTimer fill;
        fill.start();
        for (int n = waiting(); n < level; ++n) {
            if (auto issued = engine.issue(QStringLiteral("A")); !issued)
                fatal(QStringLiteral("issue refused: ") + issued.error().message);
        }
        const int before = waiting();
        const IssueCost cost = timeIssues(db, engine, &raw, samples);
        costs.append(cost);
        say(QStringLiteral("    %1 waiting: %2 ms per issue, %3 statements; raw commit beside it %4 ms,"
                           " issue/raw %5 (filled in %6 s)")
                    .arg(before, 6)
                    .arg(cost.medianMs, 0, 'f', 3)
                    .arg(cost.statements)
                    .arg(cost.rawMedianMs, 0, 'f', 3)
                    .arg(cost.relative(), 0, 'f', 2)
                    .arg(fill.elapsed() / 1000.0, 0, 'f', 1));
    }
    // The second figure divides out what the disk did meanwhile: each level's issues against
    // the raw commits taken between them.
    say(QStringLiteral("    issue with 10,000 waiting / with 0 waiting: %1 by time, %2 against the raw commits beside them")
                .arg(costs.last().medianMs / costs.first().medianMs, 0, 'f', 2)
                .arg(costs.last().relative() / costs.first().relative(), 0, 'f', 2));
    say(QStringLiteral("    statements per operation: issue %1, call %2, start %3, finish %4")
                .arg(costs.first().statements)
                .arg(perCall)
                .arg(perStart)
                .arg(perFinish));
}

struct Latency
{
    int written = 0;
    int received = 0;
    std::vector<double> ms; // sorted
};

// One writer process issuing `count` tickets, one ChangeFeed here polling every `intervalMs`.
Latency measureFeed(const QString &path, int intervalMs, int count, int pauseMs)
{
    QHash<qint64, qint64> committedNs; // ticket id -> writer's steady clock just after commit
    QHash<qint64, qint64> receivedNs;  // ticket id -> ours when eventsArrived delivered it

    ChangeFeed feed(path);
    QObject::connect(&feed, &ChangeFeed::eventsArrived, [&](const QList<QueueEvent> &events) {
        const qint64 now = steadyNs();
        for (const QueueEvent &e : events) {
            if (e.kind == EventKind::Issued && !receivedNs.contains(e.ticketId))
                receivedNs.insert(e.ticketId, now);
        }
    });
    if (Outcome started = feed.start(-1, intervalMs); !started)
        fatal(started.error().message);

    RunningProgram writer;
    QEventLoop loop;
    auto takeCommits = [&] {
        for (const QByteArray &line : writer.takeLines()) {
            const QList<QByteArray> fields = line.split(' '); // CODE TICKET_ID STEADY_NS
            if (fields.size() == 3)
                committedNs.insert(fields.at(1).toLongLong(), fields.at(2).toLongLong());
        }
    };
    if (!writer.start(streamWriterPath(),
                      {QStringLiteral("--db"), path, QStringLiteral("--service"), QStringLiteral("B"), QStringLiteral("--count"),
                       QString::number(count), QStringLiteral("--now"), mondayMorning().toString(Qt::ISODate),
                       QStringLiteral("--pause-ms"), QString::number(pauseMs)}))
        fatal(QStringLiteral("cannot start %1: %2").arg(streamWriterPath(), writer.errorString()));
    QObject::connect(&writer.process(), &QProcess::readyReadStandardOutput, &loop, takeCommits);
    QObject::connect(&writer.process(), &QProcess::finished, &loop, [&] {
        takeCommits();
        // Let the feed catch up on the last commits, then stop.
        QTimer::singleShot(std::max(200, 5 * intervalMs), &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(count * (pauseMs + 50) + 30000, &loop, [&] {
        (void)writer.kill();
        fatal(QStringLiteral("the stream writer did not finish in time"));
    });
    loop.exec();
    const ProcessResult ended = writer.waitForExit(1000);
    if (ended.exitCode != 0)
        fatal(QStringLiteral("the stream writer failed (%1): %2")
                    .arg(ended.exitCode)
                    .arg(QString::fromUtf8(ended.err).trimmed()));
    feed.stop();

    Latency l;
    l.written = int(committedNs.size());
    l.received = int(receivedNs.size());
    for (auto it = committedNs.cbegin(); it != committedNs.cend(); ++it) {
        if (receivedNs.contains(it.key()))
            l.ms.push_back(double(receivedNs.value(it.key()) - it.value()) / 1e6);
    }
    std::sort(l.ms.begin(), l.ms.end());
    return l;
}

void benchFeed(const Place &place, int count, int pauseMs)
{
    say(QString());
    say(QStringLiteral("(c) Change feed latency: antrian_stream_writer commits %1 tickets, %2 ms apart, in another process;")
                .arg(count)
                .arg(pauseMs));
    say(QStringLiteral("    latency = steady clock at eventsArrived here - steady clock right after COMMIT there"));
    say(QStringLiteral("    (CLOCK_MONOTONIC: on Linux one clock for every process on the machine, so both ends run here)"));
    // SQLite: one look per poll interval; PostgreSQL: the NOTIFY sent at COMMIT wakes the feed,
    // and the interval is only its look for a lost server (ChangeFeed::kServerLookMs).
    const QList<int> intervals = place.engine == Engine::SQLite ? QList<int>{ChangeFeed::kDefaultIntervalMs, 2}
                                                                : QList<int>{ChangeFeed::kDefaultIntervalMs};
    for (int interval : intervals) {
        QString path = place.database; // initialised by benchIssue; the writer issues service B
        if (place.engine == Engine::SQLite) {
            path = place.folder + QStringLiteral("/feed-%1ms.db").arg(interval);
            auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
            if (!opened)
                fatal(opened.error().message);
            FixedClock clock(mondayMorning());
            if (Outcome r = QueueEngine(**opened, clock).importConfig(benchBranch()); !r)
                fatal(r.error().message);
        }
        const Latency l = measureFeed(path, interval, count, pauseMs);
        if (l.ms.empty())
            fatal(QStringLiteral("the feed delivered none of the writer's tickets"));
        const QString how = place.engine == Engine::SQLite ? QStringLiteral("poll every %1 ms").arg(interval, 2)
                                                           : QStringLiteral("LISTEN/NOTIFY");
        say(QStringLiteral("    %1: median %2 ms, p90 %3 ms, p99 %4 ms, max %5 ms, min %6 ms"
                           " (%7 of %8 tickets seen)")
                    .arg(how)
                    .arg(percentile(l.ms, 50), 0, 'f', 2)
                    .arg(percentile(l.ms, 90), 0, 'f', 2)
                    .arg(percentile(l.ms, 99), 0, 'f', 2)
                    .arg(l.ms.back(), 0, 'f', 2)
                    .arg(l.ms.front(), 0, 'f', 2)
                    .arg(l.received)
                    .arg(l.written));
        const auto early = std::count_if(l.ms.begin(), l.ms.end(), [](double ms) { return ms < 0; });
        if (early > 0)
            say(QStringLiteral("        %1 below zero: the writer reads its clock once COMMIT's reply is back (on PostgreSQL"
                               " the NOTIFY may reach the feed first), or lost the CPU before reading it;"
                               " any figure may be short by such a delay")
                        .arg(early));
    }
}

} // namespace

// A postgresql:// database the bench may fill: it must hold no table yet. The server's version.
QString checkEmptyServerDatabase(const QString &location)
{
    auto where = parsePostgresUrl(location);
    if (!where)
        fatal(where.error().message);
    QString version;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("probe"));
        probe.setHostName(where->host);
        probe.setPort(where->port);
        probe.setUserName(where->user);
        probe.setDatabaseName(where->database);
        probe.setConnectOptions(where->options.join(u';'));
        if (!probe.open())
            fatal(QStringLiteral("cannot connect to %1: %2").arg(where->display(), probe.lastError().text()));
        const QString tables = scalar(probe, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables"
                                                            " WHERE table_schema = current_schema()"));
        if (tables != u"0")
            fatal(QStringLiteral("%1 holds %2 table(s): --db must name an empty database the bench may fill "
                               "(DROP DATABASE and CREATE DATABASE it again)")
                        .arg(where->display(), tables));
        version = scalar(probe, QStringLiteral("SHOW server_version"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return version;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the core's figures on this machine: ticket issue rate "
                                                    "against raw commits on the same engine, and change feed latency."));
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("rounds"), QStringLiteral("issue rounds (median reported)"), QStringLiteral("n"), QStringLiteral("5")},
            {QStringLiteral("tickets"), QStringLiteral("tickets per issue round"), QStringLiteral("n"), QStringLiteral("300")},
            {QStringLiteral("feed-tickets"), QStringLiteral("tickets the feed's writer commits (default 200 on SQLite, "
                                                            "400 on PostgreSQL)"),
             QStringLiteral("n")},
            {QStringLiteral("samples"), QStringLiteral("issues timed at each queue length (median reported)"),
             QStringLiteral("n"), QStringLiteral("101")},
            {QStringLiteral("pause-ms"), QStringLiteral("writer's pause between tickets"), QStringLiteral("ms"), QStringLiteral("15")},
            {QStringLiteral("dir"), QStringLiteral("folder for the database files (a real disk)"), QStringLiteral("path"),
             QDir::tempPath()},
            {QStringLiteral("engine"), QStringLiteral("sqlite, or postgresql on a throwaway cluster of its own"),
             QStringLiteral("engine"), QStringLiteral("sqlite")},
            {QStringLiteral("db"), QStringLiteral("an empty PostgreSQL database to fill instead"),
             QStringLiteral("postgresql://user@host[:port]/dbname")},
    });
    parser.process(app);
    auto number = [&](const char *name, int fallback = 0) {
        if (fallback > 0 && !parser.isSet(QLatin1String(name)))
            return fallback;
        bool ok = false;
        const int n = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || n < 1)
            fatal(QStringLiteral("--%1: expected a whole number of at least 1").arg(QLatin1String(name)));
        return n;
    };
    const QString engineName = parser.value(QStringLiteral("engine"));
    if (engineName != u"sqlite" && engineName != u"postgresql")
        fatal(QStringLiteral("--engine: expected sqlite or postgresql"));
    const QString given = parser.value(QStringLiteral("db"));
    if (!given.isEmpty() && engineOf(given) != Engine::PostgreSQL)
        fatal(QStringLiteral("--db: expected a postgresql:// location (SQLite files go under --dir)"));
    Place place;
    place.engine = !given.isEmpty() || engineName == u"postgresql" ? Engine::PostgreSQL : Engine::SQLite;

    const int rounds = number("rounds");
    const int tickets = number("tickets");
    const int feedTickets = number("feed-tickets", place.engine == Engine::SQLite ? 200 : 400);
    const int pauseMs = number("pause-ms");
    const int samples = number("samples");

    if (place.engine == Engine::PostgreSQL) {
        QString server;
        if (given.isEmpty()) {
            PgCluster &cluster = PgCluster::instance();
            if (!cluster.ok())
                fatal(cluster.error());
            place.database = cluster.createDatabase();
            if (place.database.isEmpty())
                fatal(cluster.error());
            const QStorageInfo storage(cluster.dataDirectory());
            server = QStringLiteral("a throwaway cluster under %1 (%2 on %3), fsync off (tests/support/pgcluster.h)")
                             .arg(cluster.dataDirectory(), QString::fromUtf8(storage.fileSystemType()),
                                  QString::fromUtf8(storage.device()));
        } else {
            place.database = given;
            server = QStringLiteral("the server given");
        }
        const QString version = checkEmptyServerDatabase(place.database);
        say(QStringLiteral("Antrian core benchmark: Qt %1, PostgreSQL %2 at %3, %4")
                    .arg(QLatin1String(qVersion()), version, place.database, server));
        say(QString());
        benchIssue(place, rounds, tickets);
        benchFeed(place, feedTickets, pauseMs);
        benchQueueLength(place, samples);
        return 0;
    }

    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/antrian-bench-XXXXXX"));
    if (!dir.isValid())
        fatal(QStringLiteral("cannot create a folder under %1").arg(parser.value(QStringLiteral("dir"))));
    place.folder = dir.path();
    const QStorageInfo storage(dir.path());
    QString sqliteVersion;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        probe.setDatabaseName(QStringLiteral(":memory:"));
        if (probe.open()) {
            QSqlQuery q(probe);
            q.exec(QStringLiteral("SELECT sqlite_version()"));
            sqliteVersion = q.next() ? q.value(0).toString() : QString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    say(QStringLiteral("Antrian core benchmark: Qt %1, SQLite %2, files under %3 (%4 on %5)")
                .arg(QLatin1String(qVersion()), sqliteVersion, dir.path(), QString::fromUtf8(storage.fileSystemType()),
                     QString::fromUtf8(storage.device())));
    say(QString());

    benchIssue(place, rounds, tickets);
    benchQueueLength(place, samples);
    benchFeed(place, feedTickets, pauseMs);
    return 0;
}
