// bench_core: figures for the core on this machine, printed for a person to read. Never a
// pass/fail: DESIGN.md, Testing ("benchmarks are programs that print figures").
//
//   (a) tickets issued per second through QueueEngine::issue on a file on disk, against a raw
//       loop of one-row BEGIN IMMEDIATE / INSERT / COMMIT transactions with the same pragmas;
//   (b) change feed latency: from another process's commit (antrian_stream_writer) to this
//       process's ChangeFeed::eventsArrived, for poll intervals of 20 ms and 2 ms.
//
//   bench_core [--rounds 5] [--tickets 300] [--feed-tickets 200] [--pause-ms 15] [--dir /tmp]
#include "testsupport.h"
#include "benchsupport.h"

#include "feed/changefeed.h"

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

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_core: %s\n", qPrintable(why));
    std::exit(1);
}

// The sample rules with room for every ticket of every round.
BranchConfig benchBranch()
{
    BranchConfig c = smallBranch();
    for (ServiceConfig &s : c.services)
        s.dailyLimit = 9999;
    return c;
}

QString pragma(const QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return q.next() ? q.value(0).toString() : QStringLiteral("?");
}

// A plain SQLite file opened as Database::open opens the branch database: WAL, FULL sync,
// foreign keys, the driver's busy timeout.
class RawFile
{
public:
    explicit RawFile(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            die(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        QSqlQuery q(db);
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                "CREATE TABLE raw_tickets (id INTEGER PRIMARY KEY, code TEXT NOT NULL,"
                                " issued_at BIGINT NOT NULL)"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                die(QStringLiteral("%1: %2").arg(QLatin1String(sql), q.lastError().text()));
        }
    }
    ~RawFile() { QSqlDatabase::removeDatabase(QStringLiteral("raw")); }

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
            if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
                die(begin.lastError().text());
            insert.addBindValue(QStringLiteral("A-%1").arg(++m_issued, 3, 10, QLatin1Char('0')));
            insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!insert.exec())
                die(insert.lastError().text());
            if (!commit.exec(QStringLiteral("COMMIT")))
                die(commit.lastError().text());
        }
        return count / (double(timer.nsecsElapsed()) / 1e9);
    }

private:
    int m_issued = 0;
};

void benchIssue(const QString &folder, int rounds, int tickets)
{
    // One round more: the warm-up.
    if ((rounds + 1) * tickets > 9999)
        die(QStringLiteral("(--rounds + 1) x --tickets must stay within one service's daily limit of 9999"));
    const QString enginePath = folder + QStringLiteral("/engine.db");
    const QString rawPath = folder + QStringLiteral("/raw.db");
    auto opened = Database::open(enginePath, Database::OpenMode::CreateIfMissing);
    if (!opened)
        die(opened.error().message);
    const Database &db = **opened;
    FixedClock clock(mondayMorning());
    QueueEngine engine(db, clock);
    if (Outcome r = engine.importConfig(benchBranch()); !r)
        die(r.error().message);
    RawFile raw(rawPath);

    say(QStringLiteral("(a) Issuing tickets: %1 rounds of %2, engine and raw rounds taken in turn").arg(rounds).arg(tickets));
    say(QStringLiteral("    engine file %1: journal_mode=%2 synchronous=%3 (2 = FULL) foreign_keys=%4")
                .arg(enginePath, pragma(db.connection(), "journal_mode"), pragma(db.connection(), "synchronous"),
                     pragma(db.connection(), "foreign_keys")));
    say(QStringLiteral("    raw file    %1: journal_mode=%2 synchronous=%3 (2 = FULL) foreign_keys=%4")
                .arg(rawPath, pragma(raw.db(), "journal_mode"), pragma(raw.db(), "synchronous"),
                     pragma(raw.db(), "foreign_keys")));

    auto engineRound = [&](int count) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            auto issued = engine.issue(QStringLiteral("A"));
            if (!issued)
                die(QStringLiteral("issue refused: ") + issued.error().message);
        }
        return count / (double(timer.nsecsElapsed()) / 1e9);
    };
    // A fresh WAL file grows, and appending new blocks costs more per fsync than rewriting the
    // blocks of a WAL that checkpoints have already recycled (the raw loop ran twice as fast
    // once past its first 1,000 commits). A branch database lives in the recycled state, so
    // both files get there before anything is timed.
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
            if (e.kind == QLatin1String(EventKind::Issued) && !receivedNs.contains(e.ticketId))
                receivedNs.insert(e.ticketId, now);
        }
    });
    if (Outcome started = feed.start(-1, intervalMs); !started)
        die(started.error().message);

    QProcess writer;
    QByteArray pending;
    QString writerError;
    QObject::connect(&writer, &QProcess::readyReadStandardOutput, [&] {
        pending += writer.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> fields = pending.left(end).split(' '); // CODE TICKET_ID STEADY_NS
            pending.remove(0, end + 1);
            if (fields.size() == 3)
                committedNs.insert(fields.at(1).toLongLong(), fields.at(2).toLongLong());
        }
    });
    QEventLoop loop;
    QObject::connect(&writer, &QProcess::finished, &loop, [&] {
        writerError = QString::fromUtf8(writer.readAllStandardError()).trimmed();
        // Let the feed catch up on the last commits, then stop.
        QTimer::singleShot(std::max(200, 5 * intervalMs), &loop, &QEventLoop::quit);
    });
    writer.start(streamWriterPath(), {QStringLiteral("--db"), path, QStringLiteral("--service"), QStringLiteral("B"),
                                      QStringLiteral("--count"), QString::number(count), QStringLiteral("--now"),
                                      mondayMorning().toString(Qt::ISODate), QStringLiteral("--pause-ms"),
                                      QString::number(pauseMs)});
    if (!writer.waitForStarted())
        die(QStringLiteral("cannot start %1: %2").arg(streamWriterPath(), writer.errorString()));
    QTimer::singleShot(count * (pauseMs + 50) + 30000, &loop, [&] {
        writer.kill();
        die(QStringLiteral("the stream writer did not finish in time"));
    });
    loop.exec();
    if (writer.exitCode() != 0)
        die(QStringLiteral("the stream writer failed (%1): %2").arg(writer.exitCode()).arg(writerError));
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

void benchFeed(const QString &folder, int count, int pauseMs)
{
    say(QString());
    say(QStringLiteral("(b) Change feed latency: antrian_stream_writer commits %1 tickets, %2 ms apart, in another process;")
                .arg(count)
                .arg(pauseMs));
    say(QStringLiteral("    latency = steady clock at eventsArrived here - steady clock right after COMMIT there"));
    for (int interval : {ChangeFeed::kDefaultIntervalMs, 2}) {
        const QString path = folder + QStringLiteral("/feed-%1ms.db").arg(interval);
        {
            auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
            if (!opened)
                die(opened.error().message);
            FixedClock clock(mondayMorning());
            if (Outcome r = QueueEngine(**opened, clock).importConfig(benchBranch()); !r)
                die(r.error().message);
        }
        const Latency l = measureFeed(path, interval, count, pauseMs);
        if (l.ms.empty())
            die(QStringLiteral("the feed delivered none of the writer's tickets"));
        say(QStringLiteral("    poll every %1 ms: median %2 ms, p90 %3 ms, p99 %4 ms, max %5 ms, min %6 ms"
                           " (%7 of %8 tickets seen)")
                    .arg(interval, 2)
                    .arg(percentile(l.ms, 50), 0, 'f', 2)
                    .arg(percentile(l.ms, 90), 0, 'f', 2)
                    .arg(percentile(l.ms, 99), 0, 'f', 2)
                    .arg(l.ms.back(), 0, 'f', 2)
                    .arg(l.ms.front(), 0, 'f', 2)
                    .arg(l.received)
                    .arg(l.written));
        const auto early = std::count_if(l.ms.begin(), l.ms.end(), [](double ms) { return ms < 0; });
        if (early > 0)
            say(QStringLiteral("        %1 below zero: the writer lost the CPU between COMMIT and reading its clock;"
                               " any figure may be short by such a delay")
                        .arg(early));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints the core's figures on this machine: ticket issue rate "
                                                    "against raw SQLite commits, and change feed latency."));
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("rounds"), QStringLiteral("issue rounds (median reported)"), QStringLiteral("n"), QStringLiteral("5")},
            {QStringLiteral("tickets"), QStringLiteral("tickets per issue round"), QStringLiteral("n"), QStringLiteral("300")},
            {QStringLiteral("feed-tickets"), QStringLiteral("tickets the feed's writer commits"), QStringLiteral("n"), QStringLiteral("200")},
            {QStringLiteral("pause-ms"), QStringLiteral("writer's pause between tickets"), QStringLiteral("ms"), QStringLiteral("15")},
            {QStringLiteral("dir"), QStringLiteral("folder for the database files (a real disk)"), QStringLiteral("path"),
             QDir::tempPath()},
    });
    parser.process(app);
    auto number = [&](const char *name) {
        bool ok = false;
        const int n = parser.value(QLatin1String(name)).toInt(&ok);
        if (!ok || n < 1)
            die(QStringLiteral("--%1: expected a whole number of at least 1").arg(QLatin1String(name)));
        return n;
    };
    const int rounds = number("rounds");
    const int tickets = number("tickets");
    const int feedTickets = number("feed-tickets");
    const int pauseMs = number("pause-ms");

    QTemporaryDir dir(parser.value(QStringLiteral("dir")) + QStringLiteral("/antrian-bench-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("cannot create a folder under %1").arg(parser.value(QStringLiteral("dir"))));
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

    benchIssue(dir.path(), rounds, tickets);
    benchFeed(dir.path(), feedTickets, pauseMs);
    return 0;
}
