// SPDX-License-Identifier: GPL-3.0-or-later
// BranchCalendar: open or closed, taking tickets or not, and when it opens next, always on the
// branch's own clock (Asia/Jakarta) whatever the machine's time zone is. The whole suite runs
// with the process in America/New_York, twelve hours behind the branch.
#include "testsupport.h"

#include "calendar/branchcalendar.h"
#include "core/translation.h"

#include <QTest>

#include <ctime>

using namespace antrian;
using namespace antrian::test;

namespace {

// Every moment test has the same shape: one row per wall-clock moment of the branch.
void momentColumns()
{
    QTest::addColumn<QDateTime>("at"); // a Jakarta wall-clock moment, as UTC
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("acceptsTickets");
    QTest::addColumn<QDateTime>("nextOpening"); // invalid: never
    QTest::addColumn<QString>("refusal");       // part of ticketRefusal(); empty: tickets accepted
}

void moment(const char *name, const QDateTime &at, bool open, bool accepts, const QDateTime &next,
            const char *refusal)
{
    QTest::newRow(name) << at << open << accepts << next << QString::fromUtf8(refusal);
}

void verifyMoment(const BranchCalendar &calendar)
{
    QFETCH(QDateTime, at);
    QFETCH(bool, open);
    QFETCH(bool, acceptsTickets);
    QFETCH(QDateTime, nextOpening);
    QFETCH(QString, refusal);

    QCOMPARE(calendar.isOpen(at), open);
    QCOMPARE(calendar.acceptsTickets(at), acceptsTickets);
    QCOMPARE(calendar.nextOpening(at), nextOpening);
    const QString said = calendar.ticketRefusal(at);
    if (refusal.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
    else
        QVERIFY2(said.contains(refusal), qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(said, refusal)));
}

BranchCalendar sampleCalendar()
{
    return BranchCalendar(sampleBranch().calendar);
}

// Open on Mondays only, 08:00-15:00, and closed on Monday 7 December 2026 for a holiday.
BranchCalendar mondaysOnly()
{
    CalendarConfig c;
    c.weekly[0] = DayHours{8 * 60, 15 * 60};
    const QDate holiday(2026, 12, 7);
    c.days.insert(holiday, CalendarDay{holiday, QStringLiteral("Libur Daerah"), DayHours::closed()});
    return BranchCalendar(c);
}

// Open every day from 08:00 until midnight ("24:00"), no cutoff.
BranchCalendar untilMidnight()
{
    CalendarConfig c;
    c.weekly.fill(DayHours{8 * 60, 24 * 60});
    return BranchCalendar(c);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestBranchCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sampleBranchWeek_data();
    void sampleBranchWeek();
    void beforeOpeningSaysTodayAndTime();
    void cutoffStopsTicketsBeforeClosing();
    void holidayRefusalNamesTheHoliday();
    void specialShortDayClosesAtNoon();
    void openingMoreThanAWeekAwayShowsTheDate_data();
    void openingMoreThanAWeekAwayShowsTheDate();
    void businessDateFollowsJakartaMidnight_data();
    void businessDateFollowsJakartaMidnight();
    void machineTimeZoneDoesNotChangeAnswers();
    void closingAt2400IsOpenUntilMidnight_data();
    void closingAt2400IsOpenUntilMidnight();
    void noOpeningHoursRefusesWithoutCrashing_data();
    void noOpeningHoursRefusesWithoutCrashing();
    void cutoffOnTheLastOpenDayDoesNotSayClosed();
};

void TestBranchCalendar::initTestCase()
{
    // Before anything reads local time: the machine's clock is set to New York, so any answer
    // that leaked the machine's zone would be half a day off.
    qputenv("TZ", "America/New_York");
    tzset();
    installTranslations(QStringLiteral("en"));
}

void TestBranchCalendar::sampleBranchWeek_data()
{
    momentColumns();
    // Monday 23 November 2026; the sample is open Mon-Fri 08:00-15:00, Sat 08:00-12:00, last
    // ticket 15 minutes before closing, closed on Sunday and on 25 December.
    const QDateTime tuesday = jakarta(2026, 11, 24, 8, 0);
    const QDateTime nextMonday = jakarta(2026, 11, 30, 8, 0);
    const QDateTime boxingDay = jakarta(2026, 12, 26, 8, 0);
    moment("weekday inside hours", jakarta(2026, 11, 23, 10, 0), true, true, tuesday, "");
    moment("weekday at opening minute", jakarta(2026, 11, 23, 8, 0), true, true, tuesday, "");
    moment("weekday before opening", jakarta(2026, 11, 23, 7, 30), false, false, jakarta(2026, 11, 23, 8, 0),
           "branch closed until today 08:00");
    moment("weekday last minute before cutoff", jakarta(2026, 11, 23, 14, 44), true, true, tuesday, "");
    moment("weekday after cutoff", jakarta(2026, 11, 23, 14, 45), true, false, tuesday,
           "no more tickets today; branch opens again Tue 08:00");
    moment("weekday at closing", jakarta(2026, 11, 23, 15, 0), false, false, tuesday,
           "branch closed until Tue 08:00");
    moment("weekday late evening", jakarta(2026, 11, 23, 23, 59), false, false, tuesday,
           "branch closed until Tue 08:00");
    moment("saturday short hours", jakarta(2026, 11, 28, 11, 0), true, true, nextMonday, "");
    moment("saturday after cutoff", jakarta(2026, 11, 28, 11, 45), true, false, nextMonday,
           "no more tickets today; branch opens again Mon 08:00");
    moment("saturday afternoon", jakarta(2026, 11, 28, 12, 30), false, false, nextMonday,
           "branch closed until Mon 08:00");
    moment("sunday closed", jakarta(2026, 11, 29, 10, 0), false, false, nextMonday, "branch closed until Mon 08:00");
    moment("holiday (Christmas, a Friday)", jakarta(2026, 12, 25, 10, 0), false, false, boxingDay,
           "branch closed for Hari Raya Natal until Sat 08:00");
    moment("special short day morning", jakarta(2026, 12, 24, 11, 0), true, true, boxingDay, "");
    moment("special short day after cutoff", jakarta(2026, 12, 24, 11, 45), true, false, boxingDay,
           "no more tickets today; branch opens again Sat 08:00");
    moment("special short day after noon", jakarta(2026, 12, 24, 12, 0), false, false, boxingDay,
           "branch closed until Sat 08:00");
    moment("new year's eve, then a holiday", jakarta(2026, 12, 31, 13, 0), false, false, jakarta(2027, 1, 2, 8, 0),
           "branch closed until Sat 08:00");
}

void TestBranchCalendar::sampleBranchWeek()
{
    verifyMoment(sampleCalendar());
}

void TestBranchCalendar::beforeOpeningSaysTodayAndTime()
{
    const BranchCalendar calendar = sampleCalendar();
    const QDateTime early = jakarta(2026, 11, 23, 7, 30);
    QCOMPARE(calendar.describeOpening(calendar.nextOpening(early), early), QStringLiteral("today 08:00"));
    QCOMPARE(calendar.ticketRefusal(early), QStringLiteral("branch closed until today 08:00"));
}

void TestBranchCalendar::cutoffStopsTicketsBeforeClosing()
{
    const BranchCalendar calendar = sampleCalendar();
    const QDateTime lastMinute = jakarta(2026, 11, 23, 14, 44);
    const QDateTime cutoff = jakarta(2026, 11, 23, 14, 45);
    QCOMPARE(calendar.closingTime(lastMinute), jakarta(2026, 11, 23, 15, 0));
    QCOMPARE(calendar.lastTicketTime(lastMinute), cutoff);

    QVERIFY(calendar.acceptsTickets(lastMinute));
    QVERIFY(calendar.ticketRefusal(lastMinute).isEmpty());
    QVERIFY(calendar.isOpen(cutoff)); // those inside are still served
    QVERIFY(!calendar.acceptsTickets(cutoff));
    QCOMPARE(calendar.ticketRefusal(cutoff), QStringLiteral("no more tickets today; branch opens again Tue 08:00"));
}

void TestBranchCalendar::holidayRefusalNamesTheHoliday()
{
    const BranchCalendar calendar = sampleCalendar();
    const QDate christmas(2026, 12, 25);
    QCOMPARE(christmas.dayOfWeek(), 5); // a Friday: weekly hours alone would open it
    QVERIFY(!calendar.hoursOn(christmas).isOpen());
    QCOMPARE(calendar.dayName(christmas), QStringLiteral("Hari Raya Natal"));
    QVERIFY(!calendar.closingTime(jakarta(2026, 12, 25, 10, 0)).isValid());
    QCOMPARE(calendar.ticketRefusal(jakarta(2026, 12, 25, 10, 0)),
             QStringLiteral("branch closed for Hari Raya Natal until Sat 08:00"));
}

void TestBranchCalendar::specialShortDayClosesAtNoon()
{
    const BranchCalendar calendar = sampleCalendar();
    const QDateTime morning = jakarta(2026, 12, 24, 9, 0); // a Thursday, normally open until 15:00
    QCOMPARE(calendar.closingTime(morning), jakarta(2026, 12, 24, 12, 0));
    QCOMPARE(calendar.lastTicketTime(morning), jakarta(2026, 12, 24, 11, 45));
    QVERIFY(calendar.isOpen(jakarta(2026, 12, 24, 11, 59)));
    QVERIFY(!calendar.isOpen(jakarta(2026, 12, 24, 12, 0)));
    QVERIFY(!calendar.isOpen(jakarta(2026, 12, 24, 14, 0)));
}

void TestBranchCalendar::openingMoreThanAWeekAwayShowsTheDate_data()
{
    momentColumns();
    const QDateTime nov30 = jakarta(2026, 11, 30, 8, 0);
    moment("six days ahead: weekday only", jakarta(2026, 11, 24, 10, 0), false, false, nov30,
           "branch closed until Mon 08:00");
    moment("seven days ahead: with date", jakarta(2026, 11, 23, 16, 0), false, false, nov30,
           "branch closed until Mon 30 Nov 08:00");
    moment("holiday pushes it two weeks", jakarta(2026, 11, 30, 16, 0), false, false, jakarta(2026, 12, 14, 8, 0),
           "branch closed until Mon 14 Dec 08:00");
}

void TestBranchCalendar::openingMoreThanAWeekAwayShowsTheDate()
{
    verifyMoment(mondaysOnly());
}

void TestBranchCalendar::businessDateFollowsJakartaMidnight_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QDate>("businessDate");
    QTest::newRow("16:59Z is 23:59 in Jakarta") << utc("2026-11-23T16:59:00Z") << QDate(2026, 11, 23);
    QTest::newRow("17:00Z is Jakarta midnight") << utc("2026-11-23T17:00:00Z") << QDate(2026, 11, 24);
    QTest::newRow("17:30Z is already tomorrow") << utc("2026-11-23T17:30:00Z") << QDate(2026, 11, 24);
    QTest::newRow("UTC midnight is 07:00 in Jakarta") << utc("2026-11-24T00:00:00Z") << QDate(2026, 11, 24);
    QTest::newRow("given with an offset") << utc("2026-11-23T12:30:00-05:00") << QDate(2026, 11, 24);
}

void TestBranchCalendar::businessDateFollowsJakartaMidnight()
{
    QFETCH(QDateTime, at);
    QFETCH(QDate, businessDate);
    QVERIFY(at.isValid());
    QCOMPARE(sampleCalendar().businessDate(at), businessDate);
}

void TestBranchCalendar::machineTimeZoneDoesNotChangeAnswers()
{
    // Check the premise: this process really is in New York (EST, UTC-5, in November), where
    // 17:30Z on 23 November is still the 23rd and 08:00 Monday in Jakarta is Sunday evening.
    const QDateTime jakartaMidnightPast = utc("2026-11-23T17:30:00Z");
    QCOMPARE(jakartaMidnightPast.toLocalTime().offsetFromUtc(), -5 * 3600);
    QCOMPARE(jakartaMidnightPast.toLocalTime().date(), QDate(2026, 11, 23));
    const QDateTime mondayOpening = jakarta(2026, 11, 23, 8, 0);
    QCOMPARE(mondayOpening.toLocalTime().date().dayOfWeek(), 7);

    const BranchCalendar calendar = sampleCalendar();
    QCOMPARE(calendar.businessDate(jakartaMidnightPast), QDate(2026, 11, 24));
    QCOMPARE(calendar.toLocal(mondayOpening).time(), QTime(8, 0));
    QVERIFY(calendar.isOpen(mondayOpening));
    QVERIFY(calendar.acceptsTickets(mondayOpening));

    // Saturday 22:00 in New York is Sunday 10:00 at the branch: closed, opens Monday 08:00.
    const QDateTime sunday = jakarta(2026, 11, 29, 10, 0);
    QCOMPARE(sunday.toLocalTime().date().dayOfWeek(), 6);
    QVERIFY(!calendar.isOpen(sunday));
    QCOMPARE(calendar.nextOpening(sunday), jakarta(2026, 11, 30, 8, 0));
    QCOMPARE(calendar.ticketRefusal(sunday), QStringLiteral("branch closed until Mon 08:00"));
}

void TestBranchCalendar::closingAt2400IsOpenUntilMidnight_data()
{
    momentColumns();
    const QDateTime tuesdayOpening = jakarta(2026, 11, 24, 8, 0);
    moment("23:59 is still open", jakarta(2026, 11, 23, 23, 59), true, true, tuesdayOpening, "");
    moment("midnight is the next day, closed", jakarta(2026, 11, 24, 0, 0), false, false, tuesdayOpening,
           "branch closed until today 08:00");
    moment("early morning", jakarta(2026, 11, 24, 7, 59), false, false, tuesdayOpening,
           "branch closed until today 08:00");
}

void TestBranchCalendar::closingAt2400IsOpenUntilMidnight()
{
    verifyMoment(untilMidnight());
    QCOMPARE(untilMidnight().closingTime(jakarta(2026, 11, 23, 23, 59)), jakarta(2026, 11, 24, 0, 0));
}

void TestBranchCalendar::noOpeningHoursRefusesWithoutCrashing_data()
{
    momentColumns();
    moment("weekday morning", jakarta(2026, 11, 23, 10, 0), false, false, QDateTime(),
           "branch closed; no opening hours are configured");
    moment("new year's day", jakarta(2027, 1, 1, 0, 0), false, false, QDateTime(),
           "branch closed; no opening hours are configured");
}

void TestBranchCalendar::noOpeningHoursRefusesWithoutCrashing()
{
    const BranchCalendar calendar{CalendarConfig{}};
    verifyMoment(calendar);
    QFETCH(QDateTime, at);
    QVERIFY(!calendar.closingTime(at).isValid());
    QVERIFY(!calendar.lastTicketTime(at).isValid());
}

void TestBranchCalendar::cutoffOnTheLastOpenDayDoesNotSayClosed()
{
    // A branch open only on listed days (an event booth): on the last one, after the cutoff, it
    // is still open and serving; there is just no next opening.
    CalendarConfig c;
    c.lastTicketMinutesBeforeClose = 15;
    const QDate day(2026, 11, 23);
    c.days.insert(day, CalendarDay{day, QStringLiteral("Pameran"), DayHours{8 * 60, 15 * 60}});
    const BranchCalendar calendar(c);
    const QDateTime afterCutoff = jakarta(2026, 11, 23, 14, 50);
    QVERIFY(calendar.isOpen(afterCutoff));
    QVERIFY(!calendar.acceptsTickets(afterCutoff));
    QVERIFY(!calendar.nextOpening(afterCutoff).isValid());
    QVERIFY2(calendar.ticketRefusal(afterCutoff).startsWith(QStringLiteral("no more tickets today")),
             qPrintable(calendar.ticketRefusal(afterCutoff)));
}

QTEST_GUILESS_MAIN(TestBranchCalendar)
#include "tst_branchcalendar.moc"
