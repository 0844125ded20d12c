// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator: reproducible by seed, every rule of the queue kept in what it writes (it goes
// through the real engine), the day shaped like a branch's, nothing outside opening hours.
#include "testsupport.h"

#include "domain/queueevent.h"
#include "simulation/arrivalshape.h"
#include "simulation/branchsimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace antrian;
using namespace antrian::test;

namespace {

// Monday 9 and Tuesday 10 November 2026: two ordinary open days of the small branch.
const QDate kMonday(2026, 11, 9);
const QDate kTuesday(2026, 11, 10);

SimulationOptions days(const QDate &from, const QDate &to, quint64 seed = 7)
{
    SimulationOptions o;
    o.from = from;
    o.to = to;
    o.seed = seed;
    return o;
}

SimulationSummary simulate(Fixture &f, const SimulationOptions &options)
{
    auto summary = BranchSimulator(f.db()).run(options);
    if (!summary)
        qFatal("simulation failed: %s", qPrintable(summary.error().message));
    return *summary;
}

QList<Ticket> ticketsOf(Fixture &f, const QDate &from, const QDate &to)
{
    TicketFilter filter;
    filter.from = from;
    filter.to = to;
    filter.limit = 1000000;
    auto tickets = f.engine().tickets(filter);
    return tickets ? *tickets : QList<Ticket>{};
}

// Everything a ticket says, in one line, to compare two runs.
QStringList fingerprint(const QList<Ticket> &tickets)
{
    QStringList lines;
    for (const Ticket &t : tickets) {
        lines.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 c%8 s%9 r%10 %11")
                             .arg(t.businessDate.toString(Qt::ISODate), t.code, t.serviceCode, statusKey(t.status))
                             .arg(t.issuedAt.toMSecsSinceEpoch())
                             .arg(t.calledAt.isValid() ? t.calledAt.toMSecsSinceEpoch() : 0)
                             .arg(t.finishedAt.isValid() ? t.finishedAt.toMSecsSinceEpoch() : 0)
                             .arg(t.counterNumber)
                             .arg(t.staffId)
                             .arg(t.rating.value_or(0))
                             .arg(t.outcome));
    }
    return lines;
}

BranchConfig withHoliday(BranchConfig config, const QDate &date)
{
    config.calendar.days.insert(date, CalendarDay{date, QStringLiteral("Libur"), DayHours::closed()});
    return config;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesTheSameTicketsCodesAndTimes()
    {
        Fixture first;
        Fixture second;
        simulate(first, days(kMonday, kTuesday));
        simulate(second, days(kMonday, kTuesday));
        const QStringList a = fingerprint(ticketsOf(first, kMonday, kTuesday));
        QVERIFY(a.size() > 100);
        QCOMPARE(fingerprint(ticketsOf(second, kMonday, kTuesday)), a);
    }

    void anotherSeedGivesOtherTickets()
    {
        Fixture first;
        Fixture second;
        simulate(first, days(kMonday, kMonday, 7));
        simulate(second, days(kMonday, kMonday, 8));
        QVERIFY(fingerprint(ticketsOf(first, kMonday, kMonday)) != fingerprint(ticketsOf(second, kMonday, kMonday)));
    }

    void everyTicketOfASimulatedDayIsInAFinalState()
    {
        Fixture f;
        const SimulationSummary summary = simulate(f, days(kMonday, kTuesday));
        const QList<Ticket> tickets = ticketsOf(f, kMonday, kTuesday);
        QCOMPARE(tickets.size(), summary.tickets);
        for (const Ticket &t : tickets) {
            QVERIFY2(t.status == TicketStatus::Done || t.status == TicketStatus::NoShow || t.status == TicketStatus::Cancelled
                             || t.status == TicketStatus::Expired,
                     qPrintable(t.code + u' ' + statusKey(t.status)));
        }
        // Nobody is left logged in: every counter closed when its day ended.
        QSqlQuery sessions = f.db().exec(QStringLiteral("SELECT COUNT(*) FROM counter_sessions"));
        QVERIFY(sessions.next());
        QCOMPARE(sessions.value(0).toInt(), 0);
    }

    void theQueueInvariantsHold()
    {
        Fixture f;
        simulate(f, days(kMonday, kTuesday));
        // Codes unique per date; numbers per service from 1 with no gap.
        QHash<QString, QList<int>> sequences;
        QSet<QString> codes;
        for (const Ticket &t : ticketsOf(f, kMonday, kTuesday)) {
            const QString key = t.businessDate.toString(Qt::ISODate) + u' ' + t.code;
            QVERIFY2(!codes.contains(key), qPrintable(key));
            codes.insert(key);
            sequences[t.businessDate.toString(Qt::ISODate) + t.code.left(1)].append(t.sequence);
        }
        for (QList<int> numbers : std::as_const(sequences)) {
            std::sort(numbers.begin(), numbers.end());
            for (int i = 0; i < numbers.size(); ++i)
                QCOMPARE(numbers.at(i), i + 1);
        }
        // One active ticket per counter: its events alternate call ... finish|no-show|transfer.
        QSqlQuery events = f.db().exec(QStringLiteral("SELECT kind, counter_id FROM events WHERE ticket_id IS NOT NULL ORDER BY id"));
        QHash<qint64, bool> active;
        int calls = 0;
        while (events.next()) {
            const QString kind = events.value(0).toString();
            const qint64 counter = events.value(1).toLongLong();
            if (kind == eventKindKey(EventKind::Called)) {
                QVERIFY2(!active.value(counter), "a counter called while it had a ticket");
                active[counter] = true;
                ++calls;
            } else if (kind == eventKindKey(EventKind::Finished) || kind == eventKindKey(EventKind::NoShow)
                       || kind == eventKindKey(EventKind::Transferred)) {
                QVERIFY2(active.value(counter), qPrintable(kind + QStringLiteral(" at a counter with no ticket")));
                active[counter] = false;
            }
        }
        QVERIFY(calls > 100);
    }

    void aDayHasNoShowsTransfersRatingsAndBreaks()
    {
        Fixture f;
        const SimulationSummary s = simulate(f, days(kMonday, kMonday.addDays(4)));
        QVERIFY(s.noShows > 0);
        QVERIFY(s.transfers > 0);
        QVERIFY(s.breaks >= 4 * 5); // one or two per person per day
        const double rated = double(s.ratings) / s.served;
        QVERIFY2(rated > 0.55 && rated < 0.75, qPrintable(QString::number(rated)));
        QCOMPARE(s.served + s.noShows, s.tickets); // a transferred ticket is still served later
    }

    void theMorningPeakIsAboveTheLunchDip()
    {
        Fixture f;
        simulate(f, days(kMonday, kMonday.addDays(3)));
        QHash<int, int> byHour;
        for (const Ticket &t : ticketsOf(f, kMonday, kMonday.addDays(3)))
            ++byHour[t.issuedAt.toTimeZone(QTimeZone("Asia/Jakarta")).time().hour()];
        QVERIFY2(byHour.value(10) > 1.4 * byHour.value(12), qPrintable(QStringLiteral("%1 at 10, %2 at 12").arg(byHour.value(10)).arg(byHour.value(12))));
        QVERIFY(byHour.value(14) > byHour.value(12));
    }

    void noTicketIsIssuedOutsideOpeningHours()
    {
        Fixture f;
        simulate(f, days(kMonday, kMonday.addDays(5))); // Saturday too
        const QTimeZone zone("Asia/Jakarta");
        for (const Ticket &t : ticketsOf(f, kMonday, kMonday.addDays(5))) {
            const QTime at = t.issuedAt.toTimeZone(zone).time();
            QVERIFY2(at >= QTime(8, 0) && at < QTime(14, 45), qPrintable(t.code + u' ' + at.toString()));
        }
    }

    void closedDaysStayEmpty()
    {
        const QDate holiday = kMonday.addDays(2); // a Wednesday made a holiday
        Fixture f(withHoliday(smallBranch(), holiday));
        const SimulationSummary s = simulate(f, days(kMonday.addDays(-1), holiday)); // from Sunday
        QCOMPARE(s.openDays, 2);
        QCOMPARE(s.closedDays, 2);
        QVERIFY(ticketsOf(f, kMonday.addDays(-1), kMonday.addDays(-1)).isEmpty());
        QVERIFY(ticketsOf(f, holiday, holiday).isEmpty());
        QVERIFY(!ticketsOf(f, kMonday, kMonday).isEmpty());
    }

    void paydaysAndMondaysAreBusier_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("factor");
        QTest::newRow("ordinary Tuesday") << QDate(2026, 11, 10) << 1.0;
        QTest::newRow("Monday") << QDate(2026, 11, 9) << ArrivalShape::kMondayFactor;
        QTest::newRow("the 25th, a Wednesday") << QDate(2026, 11, 25) << ArrivalShape::kPaydayFactor;
        QTest::newRow("the 1st, a Tuesday") << QDate(2026, 12, 1) << ArrivalShape::kPaydayFactor;
        // 25 October 2026 is a Sunday: payday moves to Monday the 26th.
        QTest::newRow("the Monday after a Sunday 25th") << QDate(2026, 10, 26)
                                                        << ArrivalShape::kMondayFactor * ArrivalShape::kPaydayFactor;
        QTest::newRow("the Tuesday after") << QDate(2026, 10, 27) << 1.0;
    }
    void paydaysAndMondaysAreBusier()
    {
        QFETCH(QDate, date);
        QFETCH(double, factor);
        QCOMPARE(ArrivalShape::dayFactor(date, BranchCalendar(smallBranch().calendar)), factor);
    }

    void ticketsPerDaySetsTheScale()
    {
        Fixture f;
        SimulationOptions o = days(kTuesday, kTuesday.addDays(2)); // Tue-Thu: ordinary days
        o.ticketsPerDay = 300;
        const SimulationSummary s = simulate(f, o);
        QVERIFY2(s.tickets > 3 * 300 * 0.85 && s.tickets < 3 * 300 * 1.15, qPrintable(QString::number(s.tickets)));
    }

    void datesHoldingTicketsAreRefusedAndFreeDatesAreNot()
    {
        Fixture f;
        simulate(f, days(kMonday, kMonday));
        auto again = BranchSimulator(f.db()).run(days(kMonday, kTuesday));
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Refused);
        QVERIFY2(again.error().message.contains(QStringLiteral("2026-11-09")), qPrintable(again.error().message));
        QVERIFY(ticketsOf(f, kTuesday, kTuesday).isEmpty());
        // The next day is free: it simulates, with the same staff accounts.
        const SimulationSummary next = simulate(f, days(kTuesday, kTuesday));
        QVERIFY(next.tickets > 0);
        QCOMPARE(next.staffAccountsMade, 0);
    }

    void theCommandLineSimulatesAndSaysWhatItMade()
    {
        Fixture f;
        ProcessResult r = runCtl({"--db", f.path(), "--json", "simulate", "--from", "2026-11-09", "--to", "2026-11-10", "--seed", "3"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value("openDays").toInt(), 2);
        QVERIFY(o.value("tickets").toInt() > 100);
        QCOMPARE(o.value("perService").toObject().value("A").toInt() + o.value("perService").toObject().value("B").toInt()
                         + o.value("perService").toObject().value("P").toInt(),
                 o.value("tickets").toInt());
        QVERIFY2(r.err.contains("2026-11"), r.err.constData()); // progress per month
        QCOMPARE(int(ticketsOf(f, kMonday, kTuesday).size()), o.value("tickets").toInt());
        // Once more over those dates: refused, a rule of the queue.
        QCOMPARE(runCtl({"--db", f.path(), "simulate", "--from", "2026-11-10", "--to", "2026-11-10"}).exitCode, 3);
    }

    void theCommandLineRefusesBadDates_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no dates") << QStringList{"simulate"};
        QTest::newRow("not a date") << QStringList{"simulate", "--from", "2026-13-01", "--to", "2026-12-01"};
        QTest::newRow("backwards") << QStringList{"simulate", "--from", "2026-12-02", "--to", "2026-12-01"};
        QTest::newRow("both scales") << QStringList{"simulate", "--from", "2026-12-01", "--to", "2026-12-01", "--load", "0.8",
                                                    "--tickets-per-day", "100"};
    }
    void theCommandLineRefusesBadDates()
    {
        QFETCH(QStringList, args);
        Fixture f;
        QCOMPARE(runCtl(QStringList{"--db", f.path()} + args).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
