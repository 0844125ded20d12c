// SPDX-License-Identifier: GPL-3.0-or-later
// The report (common/reports/): hand-made days driven through the real QueueEngine with a clock
// moved by hand, whose right figures are worked out in the comments and written in the tests;
// the percentile against numpy's values; both engines giving the same report; the CSV as
// Python's csv module reads it.
#include "testsupport.h"

#include "reports/percentile.h"
#include "reports/reportcsv.h"
#include "reports/reportjson.h"
#include "reports/reportreader.h"
#include "core/translation.h"
#include "staff/countersessions.h"
#include "staffpolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

const QDate kMonday(2026, 11, 23);
const QDate kTuesday(2026, 11, 24);
const QDate kWednesday(2026, 11, 25);

// The small branch with outcomes (selesai resolves, tindak does not) and a service name that
// needs quoting in a CSV.
BranchConfig reportBranch()
{
    BranchConfig c = smallBranch();
    c.services[0].name = QStringLiteral("Teller, \"Cepat\"");
    c.outcomes = {{QStringLiteral("selesai"), QStringLiteral("Selesai"), QStringLiteral("Resolved"), true, false},
                  {QStringLiteral("tindak"), QStringLiteral("Tindak lanjut"), QStringLiteral("Follow up"), false, false}};
    return c;
}

// One branch database, on the suite's engine or on a SQLite file: the engines-agree test
// builds the same day on both.
class Branch
{
public:
    explicit Branch(bool sqliteFile = false)
        : m_clock(jakarta(2026, 11, 23, 8, 0))
    {
        const QString location = sqliteFile ? m_dir.filePath(QStringLiteral("agree.db")) : freshDatabaseLocation(m_dir);
        auto db = Database::open(location, Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("cannot create the test database: %s", qPrintable(db.error().message));
        m_db = std::move(db).value();
        m_engine = std::make_unique<QueueEngine>(*m_db, m_clock);
        if (Outcome r = m_engine->importConfig(reportBranch()); !r)
            qFatal("cannot import the test branch: %s", qPrintable(r.error().message));
        m_sessions = std::make_unique<CounterSessions>(*m_db, m_clock, quickPolicy());
    }

    Database &db() { return *m_db; }
    QueueEngine &engine() { return *m_engine; }
    FixedClock &clock() { return m_clock; }

    // Monday 23 November 2026 in Jakarta, `h:m:s`.
    void at(int hour, int minute, int second = 0, const QDate &day = kMonday)
    {
        m_clock.set(QDateTime(day, QTime(hour, minute, second), QTimeZone("Asia/Jakarta")));
    }
    CounterSession login(const QString &username, int counter)
    {
        auto added = m_sessions->accounts().add({username, QStringLiteral("Staff %1").arg(username), StaffRole::Staff},
                                               QStringLiteral("4821"));
        auto in = added ? m_sessions->login(username, QStringLiteral("4821"), counter) : Result<CounterSession>(added.error());
        if (!in)
            qFatal("login refused: %s", qPrintable(in.error().message));
        return *in;
    }
    void logout(const CounterSession &s) { check(m_sessions->logout(s), "logout"); }
    QString issue(const char *service)
    {
        auto issued = m_engine->issue(QLatin1String(service));
        if (!issued)
            qFatal("issue refused: %s", qPrintable(issued.error().message));
        return issued->ticket.code;
    }
    QString call(int counter, qint64 staff)
    {
        auto t = m_engine->callNext(counter, staff);
        if (!t)
            qFatal("call refused: %s", qPrintable(t.error().message));
        return t->code;
    }
    template<typename R>
    static void check(const R &result, const char *what)
    {
        if (!result)
            qFatal("%s refused: %s", what, qPrintable(result.error().message));
    }

    Report report(ReportGrouping by, const QDate &from = kMonday, const QDate &to = kMonday)
    {
        auto r = ReportReader(*m_db, m_clock).read(by, from, to);
        if (!r)
            qFatal("report refused: %s", qPrintable(r.error().message));
        return *r;
    }

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueEngine> m_engine;
    std::unique_ptr<CounterSessions> m_sessions;
};

// The hand-made Monday (times in Jakarta; counter 1 serves A, counter 2 serves A and B; the
// target wait is 15 minutes), then one ticket on Tuesday and nothing on Wednesday:
//   08:00 s1 logs in at 1, s2 at 2; A-001 issued     08:02 A-002 issued
//   08:03 1 calls A-001 (wait 3)     08:04 1 starts it (walk 1); 2 calls A-002 (wait 2)
//   08:05 B-001 issued; 2 recalls A-002              08:06 2 starts A-002 (walk 2)
//   08:10 A-003 issued
//   08:12 1 finishes A-001 "selesai" (service 8), rated 5; 1 calls A-003 (wait 2)
//   08:13 1 marks A-003 a no-show    08:15 A-004 issued
//   08:16 2 finishes A-002 "tindak" (service 10), rated 3; 2 calls B-001 (wait 11)
//   08:17 2 starts B-001             08:20 2 transfers B-001 to A; 1 calls it (its place by issue)
//   08:21 1 starts B-001 (walk 1); 2 calls A-004 (wait 6)     08:22 2 starts A-004 (walk 1)
//   08:30 1 finishes B-001, no outcome (service 9); A-005 issued    08:40 A-005 cancelled
//   08:45 B-002 issued, never called: expired by Tuesday's first write
//   09:00 A-006 issued               09:04:59 A-007 issued
//   09:05 2 finishes A-004 "selesai" (service 43: served across the hour)
//   09:15 1 calls A-006 (wait 15:00, within the target)  09:16 starts  09:20 finishes (service 4)
//   09:20 1 calls A-007 (wait 15:01, past it)            09:21 starts  09:25 finishes (service 4)
//   09:30 both log out.
//   Tuesday 08:00 A-001 issued, citra logs in at 1; 08:04 1 calls it (wait 4), 08:05 starts, 08:11 finishes (6).
void buildDays(Branch &b)
{
    b.at(8, 0);
    const CounterSession s1 = b.login(QStringLiteral("ani"), 1);
    const CounterSession s2 = b.login(QStringLiteral("budi"), 2);
    const qint64 ani = s1.staffId, budi = s2.staffId;
    auto &e = b.engine();
    b.issue("A");
    b.at(8, 2), b.issue("A");
    b.at(8, 3), b.call(1, ani);
    b.at(8, 4), Branch::check(e.start(1, ani), "start"), b.call(2, budi);
    b.at(8, 5), b.issue("B"), Branch::check(e.recall(2, budi), "recall");
    b.at(8, 6), Branch::check(e.start(2, budi), "start");
    b.at(8, 10), b.issue("A");
    b.at(8, 12), Branch::check(e.finish(1, ani, {QStringLiteral("selesai"), {}}), "finish");
    Branch::check(e.rate(QStringLiteral("A-001"), 5), "rate");
    b.call(1, ani);
    b.at(8, 13), Branch::check(e.markNoShow(1, ani), "no-show");
    b.at(8, 15), b.issue("A");
    b.at(8, 16), Branch::check(e.finish(2, budi, {QStringLiteral("tindak"), {}}), "finish");
    Branch::check(e.rate(QStringLiteral("A-002"), 3), "rate");
    if (b.call(2, budi) != u"B-001")
        qFatal("counter 2 should call B-001 at 08:16");
    b.at(8, 17), Branch::check(e.start(2, budi), "start");
    b.at(8, 20), Branch::check(e.transfer(2, {QStringLiteral("A"), 0}, budi), "transfer");
    if (b.call(1, ani) != u"B-001")
        qFatal("counter 1 should call B-001 at 08:20");
    b.at(8, 21), Branch::check(e.start(1, ani), "start"), b.call(2, budi);
    b.at(8, 22), Branch::check(e.start(2, budi), "start");
    b.at(8, 30), Branch::check(e.finish(1, ani), "finish"), b.issue("A");
    b.at(8, 40), Branch::check(e.cancel(QStringLiteral("A-005")), "cancel");
    b.at(8, 45), b.issue("B");
    b.at(9, 0), b.issue("A");
    b.at(9, 4, 59), b.issue("A");
    b.at(9, 5), Branch::check(e.finish(2, budi, {QStringLiteral("selesai"), {}}), "finish");
    b.at(9, 15), b.call(1, ani);
    b.at(9, 16), Branch::check(e.start(1, ani), "start");
    b.at(9, 20), Branch::check(e.finish(1, ani), "finish"), b.call(1, ani);
    b.at(9, 21), Branch::check(e.start(1, ani), "start");
    b.at(9, 25), Branch::check(e.finish(1, ani), "finish");
    b.at(9, 30), b.logout(s1), b.logout(s2);
    b.at(8, 0, 0, kTuesday), b.issue("A");
    const qint64 citra = b.login(QStringLiteral("citra"), 1).staffId;
    b.at(8, 4, 0, kTuesday), b.call(1, citra);
    b.at(8, 5, 0, kTuesday), Branch::check(e.start(1, citra), "start");
    b.at(8, 11, 0, kTuesday), Branch::check(e.finish(1, citra), "finish");
    b.at(12, 0, 0, kWednesday);
}

// A row's figures in the order of reportColumns(): the counts, then each measure (NaN: null).
struct Expected
{
    QString key;
    QList<double> values; // issued, served, noShow, cancelled, expired, transferred, waitMean,
                          // waitMedian, waitP90, walkMean, serviceMean, serviceMedian, serviceP90,
                          // withinTarget%, ratingCount, ratingMean, resolved% [, idle]
};
constexpr double N = std::numeric_limits<double>::quiet_NaN();

void compareFigures(const QString &where, const QList<ReportColumn> &columns, const ReportFigures &f,
                    const QList<double> &expected)
{
    QCOMPARE(qsizetype(columns.size()), expected.size());
    for (int i = 0; i < columns.size(); ++i) {
        const std::optional<double> v = columns[i].value(f);
        const QString what = QStringLiteral("%1 %2").arg(where, QLatin1String(columns[i].name));
        if (std::isnan(expected[i])) {
            QVERIFY2(!v, qPrintable(what + QStringLiteral(" should be null, is %1").arg(v.value_or(0))));
        } else {
            QVERIFY2(v, qPrintable(what + QStringLiteral(" is null")));
            QVERIFY2(std::abs(*v - expected[i]) < 1e-6,
                     qPrintable(what + QStringLiteral(" is %1, not %2").arg(*v, 0, 'g', 12).arg(expected[i], 0, 'g', 12)));
        }
    }
}

void compareReport(const Report &r, const QList<Expected> &rows, const QList<double> &total)
{
    const QList<ReportColumn> columns = reportColumns(r.by);
    QStringList keys;
    for (const ReportRow &row : r.rows)
        keys.append(row.key);
    QStringList expectedKeys;
    for (const Expected &e : rows)
        expectedKeys.append(e.key);
    QCOMPARE(keys, expectedKeys);
    for (int i = 0; i < rows.size(); ++i)
        compareFigures(rows[i].key, columns, r.rows[i].figures, rows[i].values);
    compareFigures(QStringLiteral("total"), columns, r.total, total);
}

// Monday as a whole, worked out from the comment above:
//   9 issued: served 6 (A-001, A-002, B-001, A-004, A-006, A-007), no-show 1, cancelled 1,
//   expired 1, transferred 1 (B-001).
//   waits (first calls) 3, 2, 11, 2, 6, 15, 15+1/60 -> sorted 2 2 3 6 11 15 15.01667:
//   mean 54.01667/7 = 7.716667, median 6, p90 at rank 5.4: 15 + 0.4 x 0.01667 = 15.006667.
//   walks 1, 2, 1, 1, 1, 1: mean 7/6. services 8, 10, 9, 43, 4, 4 -> 4 4 8 9 10 43: mean 13,
//   median (8+9)/2 = 8.5, p90 at rank 4.5: 10 + 0.5 x 33 = 26.5. within target 6 of 7 called.
//   ratings 5 and 3: mean 4. outcomes selesai, tindak, selesai: 2 of 3 resolved.
const QList<double> kMondayTotal{9, 6, 1, 1, 1, 1, 54.0 / 7 + 1.0 / 420, 6, 15 + 0.4 / 60, 7.0 / 6, 13, 8.5, 26.5,
                                 600.0 / 7, 2, 4, 200.0 / 3};

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void percentileInterpolatesLinearlyBetweenTheClosestRanks_data();
    void percentileInterpolatesLinearlyBetweenTheClosestRanks();

    void serviceRowsCountTicketsInTheServiceTheyEndedIn();
    void counterRowsCountTheCounterThatCalledLastAndTheUncalledApart();
    void staffRowsCountWhoCalledLastAndTheirIdleTimeWhileCustomersWaited();
    void hourRowsCountTheHourOfIssueAServiceAcrossTheHourStaysThere();
    void dayRowsShowADayWithNoTicketsAndPercentilesOfOneTicket();
    void aWaitingTicketOfAnEarlierDayCountsAsExpiredBeforeTheEngineExpiresIt();
    void reportOfFromAfterToIsBadInput();

    void bothEnginesGiveTheSameReport();
    void jsonNamesEveryFigureAndWritesNullForNothingMeasured();
    void csvReadsBackInPythonWithItsBomHeaderAndQuotedFields();
};

void TestReports::percentileInterpolatesLinearlyBetweenTheClosestRanks_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected"); // numpy.percentile(values, 100*q), its default "linear"
    QTest::newRow("1 2 3 4 at .9") << QList<double>{1, 2, 3, 4} << 0.9 << 3.7;
    QTest::newRow("1 2 3 4 at .5") << QList<double>{1, 2, 3, 4} << 0.5 << 2.5;
    QTest::newRow("one value") << QList<double>{5} << 0.9 << 5.0;
    QTest::newRow("1 10 at .25") << QList<double>{1, 10} << 0.25 << 3.25;
    QTest::newRow("unsorted at 0") << QList<double>{3, 1, 2} << 0.0 << 1.0;
    QTest::newRow("unsorted at 1") << QList<double>{3, 1, 2} << 1.0 << 3.0;
    QTest::newRow("1..10 at .9") << QList<double>{7, 1, 2, 10, 3, 4, 5, 6, 8, 9} << 0.9 << 9.1;
    QTest::newRow("ties at .9") << QList<double>{2, 2, 2, 9} << 0.9 << 6.9;
}

void TestReports::percentileInterpolatesLinearlyBetweenTheClosestRanks()
{
    QFETCH(QList<double>, values);
    QFETCH(double, q);
    QFETCH(double, expected);
    std::vector<double> v(values.begin(), values.end());
    QCOMPARE(*percentile(v, q), expected);
    QCOMPARE(*percentileInPlace(v, q), expected); // the report's own, without sorting
    QVERIFY(!percentile({}, q));
}

void TestReports::serviceRowsCountTicketsInTheServiceTheyEndedIn()
{
    Branch b;
    buildDays(b);
    // A holds all but B-002 (B-001 ended in A, transferred there): its figures are the day's,
    // less one issued and the expired. B: only B-002, expired, nothing measured. P: no ticket.
    QList<double> a = kMondayTotal;
    a[0] = 8, a[4] = 0;
    compareReport(b.report(ReportGrouping::Service),
                  {{QStringLiteral("A"), a},
                   {QStringLiteral("B"), {1, 0, 0, 0, 1, 0, N, N, N, N, N, N, N, N, 0, N, N}},
                   {QStringLiteral("P"), {0, 0, 0, 0, 0, 0, N, N, N, N, N, N, N, N, 0, N, N}}},
                  kMondayTotal);
}

void TestReports::counterRowsCountTheCounterThatCalledLastAndTheUncalledApart()
{
    Branch b;
    buildDays(b);
    // 1 called last A-001, B-001, A-003 (no-show), A-006, A-007: waits 3 11 2 15 15.01667 ->
    //   mean 46.01667/5, median 11, p90 rank 3.6: 15.01; walks 1 1 1 1; services 8 9 4 4 ->
    //   mean 6.25, median 6, p90 rank 2.7: 8 + .7 = 8.7; within 4 of 5; rating 5; 1 of 1 resolved.
    // 2: A-002, A-004: waits 2 6 (p90 5.6); walks 2 1; services 10 43 (p90 39.7); rating 3;
    //   tindak and selesai: 50%.
    // "none": A-005 cancelled and B-002 expired, never called. 5 + 2 + 2 = 9.
    compareReport(b.report(ReportGrouping::Counter),
                  {{QStringLiteral("1"), {5, 4, 1, 0, 0, 1, 46.0 / 5 + 1.0 / 300, 11, 15.01, 1, 6.25, 6, 8.7, 80, 1, 5, 100}},
                   {QStringLiteral("2"), {2, 2, 0, 0, 0, 0, 4, 4, 5.6, 1.5, 26.5, 26.5, 39.7, 100, 1, 3, 50}},
                   {QStringLiteral("3"), {0, 0, 0, 0, 0, 0, N, N, N, N, N, N, N, N, 0, N, N}},
                   {QStringLiteral("4"), {0, 0, 0, 0, 0, 0, N, N, N, N, N, N, N, N, 0, N, N}},
                   {QStringLiteral("none"), {2, 0, 0, 1, 1, 0, N, N, N, N, N, N, N, N, 0, N, N}}},
                  kMondayTotal);
}

void TestReports::staffRowsCountWhoCalledLastAndTheirIdleTimeWhileCustomersWaited()
{
    Branch b;
    buildDays(b);
    // Both logged in 08:00-09:30. Idle = waiting for the counter's services, holding nothing.
    // A waited (first calls): 08:00-08:04, 08:10-08:12, 08:15-08:21, 08:30-08:40 (A-005 until
    // cancelled), 09:00-09:20; B: 08:05-08:16 (B-001), 08:45 onwards (B-002, never called).
    // ani at 1 (A) held 08:03-08:13, 08:20-08:30, 09:15-09:25: idle 08:00-08:03, 08:15-08:20,
    //   08:30-08:40, 09:00-09:15 = 3 + 5 + 10 + 15 = 33.
    // budi at 2 (A, B) held 08:04-08:16, 08:16-08:20 (B-001 until he transferred it),
    //   08:21-09:05: idle 08:00-08:04, 08:20-08:21, 09:05-09:30 = 4 + 1 + 25 = 30.
    Report r = b.report(ReportGrouping::Staff);
    QList<double> total = kMondayTotal;
    total.append(63);
    compareReport(r,
                  {{QStringLiteral("ani"), {5, 4, 1, 0, 0, 1, 46.0 / 5 + 1.0 / 300, 11, 15.01, 1, 6.25, 6, 8.7, 80, 1, 5, 100, 33}},
                   {QStringLiteral("budi"), {2, 2, 0, 0, 0, 0, 4, 4, 5.6, 1.5, 26.5, 26.5, 39.7, 100, 1, 3, 50, 30}},
                   {QStringLiteral("none"), {2, 0, 0, 1, 1, 0, N, N, N, N, N, N, N, N, 0, N, N, N}}},
                  total);
    QCOMPARE(r.rows.first().label, QStringLiteral("Staff ani"));
}

void TestReports::hourRowsCountTheHourOfIssueAServiceAcrossTheHourStaysThere()
{
    Branch b;
    buildDays(b);
    // 08 (issued 08:00-08:45): A-001..A-005, B-001, B-002: served 4 (A-004 finished at 09:05
    //   still counts here), waits 3 2 11 2 6 -> mean 4.8, median 3, p90 rank 3.6: 6 + .6 x 5 = 9;
    //   walks 1 2 1 1; services 8 10 9 43 -> mean 17.5, median 9.5, p90 rank 2.7: 10 + .7 x 33.
    // 09: A-006, A-007: waits 15 and 15.01667; within 1 of 2; walks 1 1; services 4 4.
    compareReport(b.report(ReportGrouping::Hour),
                  {{QStringLiteral("08"), {7, 4, 1, 1, 1, 1, 4.8, 3, 9, 1.25, 17.5, 9.5, 33.1, 100, 2, 4, 200.0 / 3}},
                   {QStringLiteral("09"), {2, 2, 0, 0, 0, 0, 15 + 1.0 / 120, 15 + 1.0 / 120, 15 + 0.9 / 60, 1, 4, 4, 4, 50, 0, N, N}}},
                  kMondayTotal);
}

void TestReports::dayRowsShowADayWithNoTicketsAndPercentilesOfOneTicket()
{
    Branch b;
    buildDays(b);
    // Tuesday's one ticket: wait 4, walk 1, service 6, each percentile the one value.
    // Wednesday: no ticket, a row of zeros and nulls. Total: Monday's and Tuesday's.
    const QList<double> tuesday{1, 1, 0, 0, 0, 0, 4, 4, 4, 1, 6, 6, 6, 100, 0, N, N};
    // Ten waits 2 2 3 4 6 11 15 15.01667: mean 58.01667/8; median (4+6)/2; p90 rank 6.3.
    // Services 4 4 6 8 9 10 43: mean 84/7 = 12, median 8, p90 rank 5.4: 10 + .4 x 33 = 23.2.
    const QList<double> total{10, 7, 1, 1, 1, 1, 58.0 / 8 + 1.0 / 480, 5, 15 + 0.3 / 60, 8.0 / 7, 12, 8, 23.2,
                              700.0 / 8, 2, 4, 200.0 / 3};
    compareReport(b.report(ReportGrouping::Day, kMonday, kWednesday),
                  {{QStringLiteral("2026-11-23"), kMondayTotal},
                   {QStringLiteral("2026-11-24"), tuesday},
                   {QStringLiteral("2026-11-25"), {0, 0, 0, 0, 0, 0, N, N, N, N, N, N, N, N, 0, N, N}}},
                  total);
}

void TestReports::aWaitingTicketOfAnEarlierDayCountsAsExpiredBeforeTheEngineExpiresIt()
{
    Branch b;
    b.at(9, 0);
    b.issue("A");
    b.at(9, 0, 0, kTuesday); // no write on Tuesday yet: the ticket is still stored as waiting
    Report r = b.report(ReportGrouping::Day);
    QCOMPARE(r.total.issued, 1);
    QCOMPARE(r.total.expired, 1);
    b.at(10, 0); // the same day: still waiting, neither expired nor anything else
    QCOMPARE(b.report(ReportGrouping::Day).total.expired, 0);
}

void TestReports::reportOfFromAfterToIsBadInput()
{
    Branch b;
    auto r = ReportReader(b.db(), b.clock()).read(ReportGrouping::Day, kTuesday, kMonday);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::BadInput);
}

void TestReports::bothEnginesGiveTheSameReport()
{
    if (!testOnPostgres())
        QSKIP("compares PostgreSQL with SQLite: runs in tst_reports_pg");
    Branch pg;
    Branch sqlite(true);
    QCOMPARE(pg.db().engine(), Engine::PostgreSQL);
    QCOMPARE(sqlite.db().engine(), Engine::SQLite);
    buildDays(pg);
    buildDays(sqlite);
    for (ReportGrouping by : {ReportGrouping::Service, ReportGrouping::Counter, ReportGrouping::Staff, ReportGrouping::Hour,
                              ReportGrouping::Day}) {
        QJsonObject a = reportToJson(pg.report(by, kMonday, kWednesday), {});
        QJsonObject b = reportToJson(sqlite.report(by, kMonday, kWednesday), {});
        QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
    }
}

void TestReports::jsonNamesEveryFigureAndWritesNullForNothingMeasured()
{
    Branch b;
    buildDays(b);
    const QJsonObject o = reportToJson(b.report(ReportGrouping::Staff), reportDefinitions(ReportGrouping::Staff));
    QCOMPARE(o.value("by").toString(), QStringLiteral("staff"));
    QCOMPARE(o.value("from").toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(o.value("to").toString(), QStringLiteral("2026-11-23"));
    QCOMPARE(o.value("branch").toString(), QStringLiteral("Test Branch"));
    QCOMPARE(o.value("timeZone").toString(), QStringLiteral("Asia/Jakarta"));
    QCOMPARE(o.value("generatedAt").toString(), QStringLiteral("2026-11-25T05:00:00.000Z"));
    QVERIFY(o.value("definitions").toArray().size() >= 10);
    const QStringList names{"issued", "served", "noShow", "cancelled", "expired", "transferred", "waitMeanMinutes",
                            "waitMedianMinutes", "waitP90Minutes", "walkMeanMinutes", "serviceMeanMinutes",
                            "serviceMedianMinutes", "serviceP90Minutes", "withinTargetPercent", "ratingCount",
                            "ratingMean", "resolvedPercent", "idleWhileWaitingMinutes"};
    const QJsonArray rows = o.value("rows").toArray();
    QCOMPARE(rows.size(), 3);
    const QJsonObject none = rows.at(2).toObject();
    QCOMPARE(none.value("key").toString(), QStringLiteral("none"));
    QCOMPARE(none.value("label").toString(), QStringLiteral("Not called"));
    for (const QString &name : names) {
        QVERIFY2(none.contains(name), qPrintable(name));
        QVERIFY2(o.value("total").toObject().contains(name), qPrintable(name));
    }
    QVERIFY(none.value("waitMeanMinutes").isNull());
    QCOMPARE(none.value("issued").toInt(), 2);
    QCOMPARE(o.value("total").toObject().value("idleWhileWaitingMinutes").toDouble(), 63.0);
}

void TestReports::csvReadsBackInPythonWithItsBomHeaderAndQuotedFields()
{
    Branch b;
    buildDays(b);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("monday.csv"));
    QVERIFY(writeReportCsv(b.report(ReportGrouping::Service), reportDefinitions(ReportGrouping::Service), path));
    // Python reads it as a spreadsheet would: utf-8-sig strips the BOM, which must be there.
    const char *script = R"(
import csv, json, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'no BOM'
assert b'\r\n' in raw and raw.count(b'\n') == raw.count(b'\r\n'), 'lines must end in CRLF'
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f))
print(json.dumps(rows))
)";
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromLatin1(script), path});
    QVERIFY2(python.waitForFinished(60'000), "python3 did not finish");
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 5); // the header, A, B, P, total
    QStringList header;
    for (const QJsonValue &v : rows.at(0).toArray())
        header.append(v.toString());
    QCOMPARE(header.mid(0, 5), (QStringList{"key", "label", "issued", "served", "noShow"}));
    QCOMPARE(header.last(), QStringLiteral("resolvedPercent"));
    QCOMPARE(header.size(), 19);
    QCOMPARE(rows.at(1).toArray().at(1).toString(), QStringLiteral("Teller, \"Cepat\""));
    QCOMPARE(rows.at(1).toArray().at(2).toString(), QStringLiteral("8"));
    QCOMPARE(rows.at(2).toArray().at(8).toString(), QString()); // B's wait: nothing measured
    QCOMPARE(rows.at(4).toArray().at(0).toString(), QStringLiteral("total"));
    QCOMPARE(rows.at(4).toArray().at(9).toString(), QStringLiteral("6.00")); // the day's median wait
    QFile definitions(reportDefinitionsPath(path));
    QVERIFY(definitions.open(QIODevice::ReadOnly));
    QVERIFY(definitions.readAll().contains("Wait: from issue to the first call"));
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
