// SPDX-License-Identifier: GPL-3.0-or-later
// The staffing advisor against the simulator: a day staffed as advised keeps its 90th-percentile
// wait within target, a counter fewer does not; the advice reads the history the simulator
// wrote (arrivals, service time, counters staffed) and marks the hours that were short.
#include "testsupport.h"

#include "reports/percentile.h"
#include "simulation/branchsimulator.h"
#include "staffing/erlangc.h"
#include "staffing/staffingadvisor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace antrian;
using namespace antrian::test;

namespace {

// One service, 40 arrivals an hour all day, 4 minutes each (exponential): A = 2.67 erlangs.
// Erlang C: 4 counters give a 90th-percentile wait of 4.0 minutes, 3 give 24.9, against a
// target of 10: far enough apart on both sides that a few days of samples cannot blur them.
constexpr double kArrivalsPerHour = 40.0;
constexpr double kServiceMinutes = 4.0;
constexpr int kTargetWait = 10;

BranchConfig hall()
{
    BranchConfig c = smallBranch();
    c.rating = RatingMode::Off;
    c.calendar.lastTicketMinutesBeforeClose = 0;
    for (int day = 0; day < 7; ++day)
        c.calendar.weekly[day] = day < 5 ? DayHours{8 * 60, 16 * 60} : DayHours::closed();
    ServiceConfig a = c.services.first();
    a.averageServiceMinutes = 4;
    a.targetWaitMinutes = kTargetWait;
    c.services = {a};
    c.counters.clear();
    for (int number = 1; number <= 6; ++number) {
        CounterConfig k;
        k.number = number;
        k.name = QStringLiteral("Loket %1").arg(number);
        k.services = {QStringLiteral("A")};
        c.counters.append(k);
    }
    return c;
}

SimulationOptions steadyHall(const QDate &from, const QDate &to, int counters, quint64 seed)
{
    SimulationOptions o = SimulationOptions::idealQueue(from, to);
    o.seed = seed;
    o.flatArrivalsPerHour = {{QStringLiteral("A"), kArrivalsPerHour}};
    o.serviceMinutes = {{QStringLiteral("A"), kServiceMinutes}};
    for (int number = 1; number <= counters; ++number)
        o.counters.append(number);
    return o;
}

void simulate(Fixture &f, const SimulationOptions &o)
{
    auto done = BranchSimulator(f.db()).run(o);
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
}

// The 90th percentile of the waits (issue -> first call) of the tickets of from..to, in minutes.
double p90Wait(Fixture &f, const QDate &from, const QDate &to)
{
    TicketFilter filter;
    filter.from = from;
    filter.to = to;
    filter.limit = 1000000;
    auto tickets = f.engine().tickets(filter);
    std::vector<double> waits;
    for (const Ticket &t : *tickets)
        waits.push_back(t.issuedAt.msecsTo(t.calledAt) / 60000.0);
    return percentile(waits, 0.9).value_or(-1);
}

const QDate kHistoryStart(2026, 10, 5); // a Monday; four Mondays of history to 26 October
const QDate kCheckDay(2026, 11, 2);     // the Monday after
// The advice is asked on Tuesday 27 October: its last four Mondays are the history.

Result<StaffingAdvice> adviseMondays(Fixture &f)
{
    f.clock().set(jakarta(2026, 10, 27, 9, 0));
    return StaffingAdvisor(f.db(), f.clock()).advise(1, 4);
}

// Four Mondays with `counters` staffed, nothing else.
void mondays(Fixture &f, int counters)
{
    for (int week = 0; week < 4; ++week) {
        const QDate monday = kHistoryStart.addDays(7 * week);
        simulate(f, steadyHall(monday, monday, counters, 100 + week));
    }
}

} // namespace

class TestStaffing : public QObject
{
    Q_OBJECT

private slots:
    void theAdviceReadsTheHistoryTheSimulatorWrote()
    {
        Fixture f(hall());
        mondays(f, 6);
        auto advice = adviseMondays(f);
        QVERIFY(advice);
        QCOMPARE(advice->days.size(), 4);
        QCOMPARE(advice->days.first(), QDate(2026, 10, 26));
        QCOMPARE(advice->hours.size(), 8); // 08:00 .. 15:00
        QCOMPARE(advice->hours.first().hour, 8);
        for (const HourNeed &h : advice->hours) {
            QVERIFY2(std::abs(h.arrivals - kArrivalsPerHour) < 0.2 * kArrivalsPerHour, qPrintable(QString::number(h.arrivals)));
            QVERIFY2(std::abs(h.serviceMinutes - kServiceMinutes) < 0.1 * kServiceMinutes, qPrintable(QString::number(h.serviceMinutes)));
            QCOMPARE(h.services.size(), 1);
            QVERIFY(h.needed >= 3 && h.needed <= 5);
            // Logged in before opening, out after the last customer: six counters all day.
            QVERIFY2(std::abs(h.staffed - 6.0) < 1e-6, qPrintable(QString::number(h.staffed)));
            QVERIFY(!h.isShort);
        }
    }

    void aDayStaffedAsAdvisedKeepsItsNinetiethPercentileWaitWithinTarget()
    {
        Fixture f(hall());
        mondays(f, 6);
        auto advice = adviseMondays(f);
        QVERIFY(advice);
        const int advised = advice->hours.at(2).needed; // 10:00
        QCOMPARE(advised, countersNeeded(kArrivalsPerHour * kServiceMinutes / 60.0, kServiceMinutes, kTargetWait));
        simulate(f, steadyHall(kCheckDay, kCheckDay, advised, 42));
        const double p90 = p90Wait(f, kCheckDay, kCheckDay);
        QVERIFY2(p90 >= 0 && p90 <= kTargetWait, qPrintable(QStringLiteral("p90 %1 min with %2 counters").arg(p90).arg(advised)));
    }

    void aDayOneCounterShortOfTheAdviceWaitsPastTarget()
    {
        Fixture f(hall());
        const int advised = countersNeeded(kArrivalsPerHour * kServiceMinutes / 60.0, kServiceMinutes, kTargetWait);
        simulate(f, steadyHall(kCheckDay, kCheckDay, advised - 1, 42));
        const double p90 = p90Wait(f, kCheckDay, kCheckDay);
        QVERIFY2(p90 > kTargetWait, qPrintable(QStringLiteral("p90 %1 min with %2 counters").arg(p90).arg(advised - 1)));
    }

    void hoursStaffedBelowTheNeedAreMarkedShort()
    {
        Fixture f(hall());
        mondays(f, 3);
        auto advice = adviseMondays(f);
        QVERIFY(advice);
        for (const HourNeed &h : advice->hours) {
            QVERIFY2(h.staffed <= 3.0 + 1e-6, qPrintable(QString::number(h.staffed)));
            QCOMPARE(h.isShort, h.staffed < h.needed);
        }
        QVERIFY(advice->hours.at(2).isShort);
    }

    void aClosedWeekdayHasNoHours()
    {
        Fixture f(hall());
        auto advice = StaffingAdvisor(f.db(), f.clock()).advise(7);
        QVERIFY(advice);
        QVERIFY(advice->hours.isEmpty());
    }

    void noHistoryNeedsNothing()
    {
        Fixture f(hall());
        auto advice = StaffingAdvisor(f.db(), f.clock()).advise(2);
        QVERIFY(advice);
        QCOMPARE(advice->hours.size(), 8);
        for (const HourNeed &h : advice->hours) {
            QCOMPARE(h.needed, 0);
            QCOMPARE(h.staffed, 0.0);
            QVERIFY(!h.isShort);
        }
    }

    void theCommandLinePrintsTheAdviceWithItsJsonNames()
    {
        Fixture f(hall());
        mondays(f, 3);
        ProcessResult r = runCtl({"--db", f.path(), "--now", "2026-10-27T09:00:00+07:00", "--json", "staffing", "--weekday", "mon",
                                  "--weeks", "4"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("weekday").toString(), QStringLiteral("mon"));
        QCOMPARE(o.value("weeks").toInt(), 4);
        const QJsonArray hours = o.value("hours").toArray();
        QCOMPARE(hours.size(), 8);
        const QJsonObject ten = hours.at(2).toObject();
        for (const char *key : {"hour", "arrivals", "serviceMinutes", "needed", "staffed", "short", "services"})
            QVERIFY2(ten.contains(QLatin1String(key)), key);
        QCOMPARE(ten.value("hour").toInt(), 10);
        QVERIFY(ten.value("short").toBool());
        const QJsonObject a = ten.value("services").toArray().first().toObject();
        for (const char *key : {"service", "arrivals", "serviceMinutes", "needed", "p90WaitMinutes"})
            QVERIFY2(a.contains(QLatin1String(key)), key);

        ProcessResult text = runCtl({"--db", f.path(), "--now", "2026-10-27T09:00:00+07:00", "--lang", "id", "staffing", "--weekday",
                                     "mon", "--weeks", "4"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("10:00"), text.out.constData());
    }

    void theCommandLineRefusesABadWeekday_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no weekday") << QStringList{"staffing"};
        QTest::newRow("a word") << QStringList{"staffing", "--weekday", "monday"};
        QTest::newRow("no weeks") << QStringList{"staffing", "--weekday", "mon", "--weeks", "0"};
    }
    void theCommandLineRefusesABadWeekday()
    {
        QFETCH(QStringList, args);
        Fixture f(hall());
        QCOMPARE(runCtl(QStringList{"--db", f.path()} + args).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestStaffing)
#include "tst_staffing.moc"
