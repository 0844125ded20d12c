// SPDX-License-Identifier: GPL-3.0-or-later
// Many antrianctl processes on one database at once: the database transaction is the only
// lock, and these tests prove it holds (DESIGN.md, the queue engine's invariants 1-3).
#include "ctlfixture.h"
#include "sqlrows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

using namespace antrian;
using namespace antrian::test;
using namespace std::chrono_literals;

namespace {

// Every process runs at the same fixed moment: the wall clock never matters.
const QString kNow = QStringLiteral("2026-11-23T10:00:00+07:00");
const QString kToday = QStringLiteral("2026-11-23");
constexpr int kCounters = 8;

// A branch open around the clock, every day, with no useful daily limit, whose counters all
// serve A and B: odd counters take the oldest ticket, even ones empty A before B.
QByteArray alwaysOpenConfig()
{
    QJsonObject hours;
    for (const char *day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
        hours.insert(QLatin1String(day), QJsonObject{{"open", "00:00"}, {"close", "24:00"}});
    QJsonArray counters;
    for (int n = 1; n <= kCounters; ++n) {
        counters.append(QJsonObject{{"number", n},
                                    {"name", QStringLiteral("Loket %1").arg(n)},
                                    {"services", QJsonArray{"A", "B"}},
                                    {"policy", n % 2 ? "oldest" : "service_order"}});
    }
    const QJsonObject config{
            {"branch", QJsonObject{{"name", "Concurrency Test Branch"}}},
            {"calendar", QJsonObject{{"timeZone", "Asia/Jakarta"}, {"lastTicketMinutesBeforeClose", 0}, {"hours", hours}}},
            {"services", QJsonArray{QJsonObject{{"code", "A"}, {"name", "Service A"}, {"dailyLimit", 9999}},
                                    QJsonObject{{"code", "B"}, {"name", "Service B"}, {"dailyLimit", 9999}}}},
            {"counters", counters},
    };
    return QJsonDocument(config).toJson();
}

// One antrianctl run, as a worker saw it.
struct Step
{
    QString command;
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString code() const { return json().value(QLatin1String("code")).toString(); }
    QString describe() const
    {
        return QStringLiteral("`%1` exited %2: %3 %4")
                .arg(command)
                .arg(exitCode)
                .arg(QString::fromUtf8(err.trimmed()), QString::fromUtf8(out.left(200)));
    }
};

QStringList ctlArgs(const QString &db, const QStringList &args)
{
    return QStringList{"--db", db, "--now", kNow, "--lang", "en", "--json"} + args;
}

// Runs one antrianctl command and waits; safe to call from a worker thread.
Step ctl(const QString &db, const QStringList &args)
{
    const ProcessResult r = runCtl(ctlArgs(db, args), RunOptions().timeout(60000));
    return {args.join(u' '), r.exitCode, r.out, r.err};
}

// Starts every command at once, then waits for all of them.
QList<Step> ctlAtOnce(const QString &db, const QList<QStringList> &commands)
{
    std::vector<std::unique_ptr<RunningProgram>> processes;
    for (const QStringList &args : commands) {
        processes.push_back(std::make_unique<RunningProgram>());
        processes.back()->start(antrianctlPath(), ctlArgs(db, args));
    }
    QList<Step> steps;
    for (size_t i = 0; i < processes.size(); ++i) {
        RunningProgram &p = *processes[i];
        ProcessResult r = p.waitForExit(60000);
        if (r.timedOut)
            r = p.kill();
        Step s{commands.at(qsizetype(i)).join(u' '), r.exitCode, r.out, r.err};
        if (s.exitCode < 0)
            s.err += p.errorString().toUtf8(); // did not start, crashed or hung
        steps.append(s);
    }
    return steps;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void manyIssuersAndCallersAtOnceLoseNothingAndCallEachTicketOnce();
    void concurrentCallersNeverGetTheSameTicket();
    void twoCallsOnOneCounterAtOnceGiveItOneTicket();

private:
    // The invariants every test ends with: whole numbering, one call per ticket, one ticket
    // per counter at a time (from the events), a sound file.
    void checkDatabaseInvariants(int expectedTickets);
    std::unique_ptr<Database> openDatabase();

    std::unique_ptr<CtlFixture> m_ctl;
    QString m_db;
};

void TestConcurrency::init()
{
    m_ctl = std::make_unique<CtlFixture>(alwaysOpenConfig(), kNow);
    m_db = m_ctl->path();
}

void TestConcurrency::cleanup()
{
    m_ctl.reset();
}

std::unique_ptr<Database> TestConcurrency::openDatabase()
{
    auto opened = Database::open(m_db);
    if (!opened)
        qWarning("cannot open %s: %s", qPrintable(m_db), qPrintable(opened.error().message));
    return opened ? std::move(opened).value() : nullptr;
}

void TestConcurrency::checkDatabaseInvariants(int expectedTickets)
{
    const std::unique_ptr<Database> db = openDatabase();
    QVERIFY(db);
    QCOMPARE(db->integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(queryScalar(*db, "SELECT COUNT(*) FROM tickets").toInt(), expectedTickets);

    // 1. No code twice on a date; per service 1..N without gaps, and the counter agrees.
    QCOMPARE(queryRows(*db, "SELECT business_date, code, COUNT(*) FROM tickets GROUP BY business_date, code"
                       " HAVING COUNT(*) > 1"),
             QStringList());
    const QStringList numbering =
            queryRows(*db, "SELECT s.code, COUNT(*), MIN(t.sequence), MAX(t.sequence), COUNT(DISTINCT t.sequence),"
                      " (SELECT last_sequence FROM daily_sequences d WHERE d.service_id = s.id"
                      "  AND d.business_date = t.business_date)"
                      " FROM tickets t JOIN services s ON s.id = t.origin_service_id GROUP BY t.business_date, s.id");
    for (const QString &line : numbering) {
        const QStringList c = line.split(u'|');
        const QString n = c.at(1);
        QVERIFY2(c.at(2) == u"1" && c.at(3) == n && c.at(4) == n && c.at(5) == n,
                 qPrintable(QStringLiteral("service|count|min|max|distinct|last_sequence = %1").arg(line)));
    }
    QCOMPARE(queryRows(*db, "SELECT t.code FROM tickets t WHERE (SELECT COUNT(*) FROM events e"
                       " WHERE e.ticket_id = t.id AND e.kind = 'issued') <> 1"),
             QStringList());

    // 2. Every ticket called exactly once (none went back to waiting here) and served to the end.
    QCOMPARE(queryRows(*db, "SELECT code, status FROM tickets WHERE status <> 'done'"), QStringList());
    QCOMPARE(queryRows(*db, "SELECT t.code, COUNT(e.id), t.call_count FROM tickets t"
                       " LEFT JOIN events e ON e.ticket_id = t.id AND e.kind = 'called'"
                       " GROUP BY t.id HAVING COUNT(e.id) <> 1 OR t.call_count <> 1"),
             QStringList());

    // 3. A counter holds one ticket at a time: enforced by an index, and visible in the events,
    // where each counter's called/started/finished follow each other for one ticket at a time.
    // Each engine lists its indexes in its own catalogue.
    const QString indexCount = testOnPostgres()
            ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'tickets_one_active_per_counter'")
            : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                             " AND name = 'tickets_one_active_per_counter'");
    QCOMPARE(queryScalar(*db, indexCount).toInt(), 1);
    QSqlQuery q = db->exec(QStringLiteral("SELECT e.id, c.number, e.kind, e.ticket_id FROM events e"
                                          " JOIN counters c ON c.id = e.counter_id"
                                          " WHERE e.kind IN ('called', 'started', 'finished') ORDER BY e.id"));
    QMap<int, QPair<QString, qint64>> last; // counter -> (last kind, its ticket)
    int counterEvents = 0;
    while (q.next()) {
        ++counterEvents;
        const qint64 eventId = q.value(0).toLongLong();
        const int counter = q.value(1).toInt();
        const QString kind = q.value(2).toString();
        const qint64 ticket = q.value(3).toLongLong();
        const auto [previous, held] = last.value(counter, {QStringLiteral("finished"), 0});
        const QString expected = previous == u"finished" ? QStringLiteral("called")
                : previous == u"called"                  ? QStringLiteral("started")
                                                         : QStringLiteral("finished");
        QVERIFY2(kind == expected && (kind == u"called" || ticket == held),
                 qPrintable(QStringLiteral("event %1: counter %2 did %3 on ticket %4 after %5 on ticket %6")
                                    .arg(eventId)
                                    .arg(counter)
                                    .arg(kind)
                                    .arg(ticket)
                                    .arg(previous)
                                    .arg(held)));
        last.insert(counter, {kind, ticket});
    }
    QCOMPARE(counterEvents, 3 * expectedTickets);
    for (auto it = last.cbegin(); it != last.cend(); ++it)
        QVERIFY2(it->first == u"finished", qPrintable(QStringLiteral("counter %1 still holds a ticket").arg(it.key())));
}

void TestConcurrency::manyIssuersAndCallersAtOnceLoseNothingAndCallEachTicketOnce()
{
    constexpr int kIssuers = 8;
    constexpr int kIssuesEach = 25;
    const auto started = std::chrono::steady_clock::now();
    const auto deadline = started + 100s;

    std::atomic<int> issuersLeft{kIssuers};
    std::atomic<bool> callersTimedOut{false};
    std::vector<QList<Step>> issuerSteps(kIssuers);
    std::vector<QList<Step>> callerSteps(kCounters);
    std::vector<std::unique_ptr<QThread>> workers;
    for (int i = 0; i < kIssuers; ++i) {
        workers.emplace_back(QThread::create([&, i] {
            for (int j = 0; j < kIssuesEach; ++j)
                issuerSteps[i].append(ctl(m_db, {"issue", (i + j) % 2 ? "B" : "A"}));
            --issuersLeft;
        }));
    }
    for (int c = 0; c < kCounters; ++c) {
        workers.emplace_back(QThread::create([&, c] {
            const QString counter = QString::number(c + 1);
            while (true) {
                if (std::chrono::steady_clock::now() > deadline) {
                    callersTimedOut = true;
                    break;
                }
                // Read before calling: "nothing waiting" only ends the loop if no issuer
                // could still add a ticket after the call looked.
                const bool issuingOver = issuersLeft == 0;
                const Step call = ctl(m_db, {"call", counter});
                callerSteps[c].append(call);
                if (call.exitCode == 0) {
                    callerSteps[c].append(ctl(m_db, {"start", counter}));
                    callerSteps[c].append(ctl(m_db, {"finish", counter}));
                } else if (issuingOver) {
                    break;
                } else {
                    QThread::msleep(20);
                }
            }
        }));
    }
    for (const auto &w : workers)
        w->start();
    for (const auto &w : workers)
        w->wait();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    // What the processes said: issues all succeeded; calls succeeded or found nothing waiting;
    // start and finish after a successful call always succeeded. Nothing crashed.
    QMap<QString, QList<int>> sequences; // service -> sequence numbers printed
    QSet<QString> issued;
    int runs = 0;
    for (const QList<Step> &steps : issuerSteps) {
        for (const Step &s : steps) {
            ++runs;
            QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
            const QJsonObject t = s.json();
            QVERIFY2(!issued.contains(s.code()), qPrintable(QStringLiteral("code printed twice: ") + s.code()));
            issued.insert(s.code());
            QCOMPARE(t.value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
            sequences[t.value(QLatin1String("service")).toString()].append(t.value(QLatin1String("sequence")).toInt());
        }
    }
    QCOMPARE(issued.size(), kIssuers * kIssuesEach);
    for (auto it = sequences.begin(); it != sequences.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (int k = 0; k < it->size(); ++k)
            QVERIFY2(it->at(k) == k + 1, qPrintable(QStringLiteral("service %1 numbers have a gap or a repeat at %2")
                                                            .arg(it.key())
                                                            .arg(k + 1)));
    }

    QMap<QString, int> calledBy; // code -> counter
    int refusedCalls = 0;
    for (int c = 0; c < kCounters; ++c) {
        const QList<Step> &steps = callerSteps[size_t(c)];
        for (int k = 0; k < steps.size(); ++k) {
            const Step &s = steps.at(k);
            ++runs;
            QVERIFY2(s.exitCode == 0 || s.exitCode == 3, qPrintable(s.describe()));
            if (!s.command.startsWith(u"call")) {
                QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
                QCOMPARE(s.code(), steps.at(k - (s.command.startsWith(u"start") ? 1 : 2)).code());
                continue;
            }
            if (s.exitCode == 3) {
                ++refusedCalls;
                QVERIFY2(s.err.contains("no ticket waiting for counter"), qPrintable(s.describe()));
                continue;
            }
            QVERIFY2(!calledBy.contains(s.code()),
                     qPrintable(QStringLiteral("%1 called by counter %2 and again by counter %3")
                                        .arg(s.code())
                                        .arg(calledBy.value(s.code()))
                                        .arg(c + 1)));
            QCOMPARE(s.json().value(QLatin1String("counter")).toInt(), c + 1);
            calledBy.insert(s.code(), c + 1);
        }
    }
    QVERIFY2(!callersTimedOut, "the callers ran out of time before the queue was empty");
    QCOMPARE(QSet<QString>(calledBy.keyBegin(), calledBy.keyEnd()), issued);

    // What the database holds: each printed code once, and every invariant.
    {
        const std::unique_ptr<Database> db = openDatabase();
        QVERIFY(db);
        for (const QString &code : std::as_const(issued))
            QCOMPARE(queryScalar(*db, "SELECT COUNT(*) FROM tickets WHERE business_date = ? AND code = ?", {kToday, code}).toInt(), 1);
    }
    checkDatabaseInvariants(kIssuers * kIssuesEach);
    qInfo("%d antrianctl runs (%d calls found nothing waiting) in %.1f s", runs, refusedCalls, seconds);
}

void TestConcurrency::concurrentCallersNeverGetTheSameTicket()
{
    // A full queue and every counter pressing "next" at the same instant, round after round.
    constexpr int kRounds = 4;
    for (int i = 0; i < kCounters * kRounds; ++i) {
        const Step s = ctl(m_db, {"issue", i % 3 ? "A" : "B"});
        QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
    }
    QSet<QString> called;
    for (int round = 0; round < kRounds; ++round) {
        for (const char *action : {"call", "start", "finish"}) {
            QList<QStringList> commands;
            for (int c = 1; c <= kCounters; ++c)
                commands.append({QLatin1String(action), QString::number(c)});
            const QList<Step> steps = ctlAtOnce(m_db, commands);
            for (const Step &s : steps) {
                QVERIFY2(s.exitCode == 0, qPrintable(s.describe()));
                if (qstrcmp(action, "call") == 0) {
                    QVERIFY2(!called.contains(s.code()), qPrintable(QStringLiteral("%1 called twice").arg(s.code())));
                    called.insert(s.code());
                }
            }
        }
    }
    QCOMPARE(called.size(), kCounters * kRounds);
    checkDatabaseInvariants(kCounters * kRounds);
}

void TestConcurrency::twoCallsOnOneCounterAtOnceGiveItOneTicket()
{
    constexpr int kRounds = 10;
    int nextSequence = 1; // counter 1 takes the oldest; all tickets have the same time, so by number
    for (int round = 0; round < kRounds; ++round) {
        // Two tickets more each round: had both calls succeeded, a second ticket was there to take.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(ctl(m_db, {"issue", "A"}).exitCode, 0);
        const QList<Step> steps = ctlAtOnce(m_db, {{"call", "1"}, {"call", "1"}});
        const int winners = int(std::count_if(steps.begin(), steps.end(), [](const Step &s) { return s.exitCode == 0; }));
        QVERIFY2(winners == 1, qPrintable(steps.at(0).describe() + u'\n' + steps.at(1).describe()));
        const Step &winner = steps.at(0).exitCode == 0 ? steps.at(0) : steps.at(1);
        const Step &loser = steps.at(0).exitCode == 0 ? steps.at(1) : steps.at(0);
        QCOMPARE(winner.code(), formatTicketCode(QStringLiteral("A"), nextSequence++));
        QCOMPARE(loser.exitCode, 3);
        QVERIFY2(loser.err.contains(QStringLiteral("counter 1 has already called %1").arg(winner.code()).toUtf8()),
                 qPrintable(loser.describe()));
        {
            const std::unique_ptr<Database> db = openDatabase();
            QVERIFY(db);
            QCOMPARE(queryRows(*db, "SELECT t.code FROM tickets t JOIN counters c ON c.id = t.counter_id"
                               " WHERE t.status IN ('called', 'serving')"),
                     QStringList{winner.code()});
            QCOMPARE(queryScalar(*db, "SELECT COUNT(*) FROM tickets WHERE status = 'waiting'").toInt(), round + 1);
        }
        QCOMPARE(ctl(m_db, {"start", "1"}).exitCode, 0);
        QCOMPARE(ctl(m_db, {"finish", "1"}).exitCode, 0);
    }
    // Serve the rest, so the common invariants (every ticket done) apply.
    for (int round = 0; round < kRounds; ++round) {
        for (const char *action : {"call", "start", "finish"})
            QCOMPARE(ctl(m_db, {QLatin1String(action), "1"}).exitCode, 0);
    }
    checkDatabaseInvariants(2 * kRounds);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
