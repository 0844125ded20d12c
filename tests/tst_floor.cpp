// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's floor: its pure rules (the wait colours, each alert's condition, which
// stored alerts to raise and clear) in tables of cases, and FloorReader against a real database
// driven through the engine: issue, call, start, pause, logins, the alerts that stay until handled.
#include "testsupport.h"

#include "core/translation.h"
#include "floor/floorreader.h"
#include "floor/floorstate.h"
#include "staff/countersessions.h"
#include "staffpolicy.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

// A supervisor's account, for the actions that record who did them.
qint64 addSupervisor(Fixture &f)
{
    auto added = CounterSessions(f.db(), f.clock(), quickPolicy())
                         .accounts()
                         .add({QStringLiteral("sari"), QStringLiteral("Sari"), StaffRole::Supervisor}, QStringLiteral("4821"));
    if (!added)
        qFatal("cannot add the supervisor: %s", qPrintable(added.error().message));
    return added->id;
}

const QDateTime kNow = QDateTime(QDate(2026, 11, 23), QTime(3, 0), QTimeZone::utc()); // 10:00 in Jakarta

QDateTime minutesAgo(double minutes)
{
    return kNow.addMSecs(-qint64(minutes * 60'000));
}

} // namespace

class TestFloor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void waitLevelIsGreenBelowThreeQuartersAmberToTheTargetRedPastIt_data();
    void waitLevelIsGreenBelowThreeQuartersAmberToTheTargetRedPastIt();
    void calledWithinTargetIsAWholePercentRoundedDown_data();
    void calledWithinTargetIsAWholePercentRoundedDown();
    void servicePastTargetIsRaisedWhenItsOldestTicketPassedTheTarget_data();
    void servicePastTargetIsRaisedWhenItsOldestTicketPassedTheTarget();
    void counterIdleWhileCustomersWaitIsAnAlertAfterTwoMinutes_data();
    void counterIdleWhileCustomersWaitIsAnAlertAfterTwoMinutes();
    void breakPastTheLimitIsAnAlert_data();
    void breakPastTheLimitIsAnAlert();
    void storedAlertsAreRaisedOnceAndClearedWhenTheConditionEnds_data();
    void storedAlertsAreRaisedOnceAndClearedWhenTheConditionEnds();

    void floorShowsCountersTheirStaffTicketsAndBreaks();
    void floorShowsEachServiceAgainstItsStandards();
    void calledWithinTargetCountsTheFirstCallAcrossATransfer();
    void alertsStayUntilHandledAndRecordWhoHandledThem();
    void idleCounterAlertNamesTheCounterAndWhenItBegan();
    void standardsAndBreakLimitSurviveTheDatabase();

    void releasingACounterEndsItsSessionAndPutsItsCalledTicketBackInItsPlace();
    void releasingACounterThatServesLeavesTheCustomerThereAndNobodyThereIsRefused();
    void sendingWaitingTicketsMovesTheLineKeepingEachPlace();
    void sendingWaitingTicketsIsRefusedWhenNobodyWaitsOrToTheSameService();
};

void TestFloor::waitLevelIsGreenBelowThreeQuartersAmberToTheTargetRedPastIt_data()
{
    QTest::addColumn<qint64>("waitMs");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("level");
    auto row = [](const char *name, qint64 ms, int target, const char *level) {
        QTest::newRow(name) << ms << target << QString::fromLatin1(level);
    };
    row("nobody waits", 0, 15, "green");
    row("just under 75%", 11 * 60'000 + 14'999, 15, "green");
    row("exactly 75%", 11 * 60'000 + 15'000, 15, "amber");
    row("at the target", 15 * 60'000, 15, "amber");
    row("a millisecond past", 15 * 60'000 + 1, 15, "red");
    row("long past", 60 * 60'000, 15, "red");
    row("one-minute target, 44 s", 44'000, 1, "green");
    row("one-minute target, 45 s", 45'000, 1, "amber");
    row("one-minute target, 61 s", 61'000, 1, "red");
}

void TestFloor::waitLevelIsGreenBelowThreeQuartersAmberToTheTargetRedPastIt()
{
    QFETCH(qint64, waitMs);
    QFETCH(int, target);
    QFETCH(QString, level);
    QCOMPARE(waitLevelKey(waitLevel(waitMs, target)), level);
}

void TestFloor::calledWithinTargetIsAWholePercentRoundedDown_data()
{
    QTest::addColumn<int>("within");
    QTest::addColumn<int>("called");
    QTest::addColumn<int>("percent"); // -1: none called, no figure
    QTest::newRow("none called") << 0 << 0 << -1;
    QTest::newRow("all") << 5 << 5 << 100;
    QTest::newRow("none within") << 0 << 4 << 0;
    QTest::newRow("799 of 1000 is 79, not 80") << 799 << 1000 << 79;
    QTest::newRow("2 of 3") << 2 << 3 << 66;
}

void TestFloor::calledWithinTargetIsAWholePercentRoundedDown()
{
    QFETCH(int, within);
    QFETCH(int, called);
    QFETCH(int, percent);
    QCOMPARE(calledWithinPercent(within, called).value_or(-1), percent);
}

void TestFloor::servicePastTargetIsRaisedWhenItsOldestTicketPassedTheTarget_data()
{
    QTest::addColumn<QDateTime>("oldest");
    QTest::addColumn<int>("target");
    QTest::addColumn<bool>("alert");
    QTest::addColumn<QDateTime>("raisedAt");
    QTest::newRow("nobody waits") << QDateTime() << 15 << false << QDateTime();
    QTest::newRow("14 minutes, target 15") << minutesAgo(14) << 15 << false << QDateTime();
    QTest::newRow("exactly at the target") << minutesAgo(15) << 15 << false << QDateTime();
    QTest::newRow("16 minutes, target 15") << minutesAgo(16) << 15 << true << minutesAgo(1);
    QTest::newRow("40 minutes, target 10") << minutesAgo(40) << 10 << true << minutesAgo(30);
}

void TestFloor::servicePastTargetIsRaisedWhenItsOldestTicketPassedTheTarget()
{
    QFETCH(QDateTime, oldest);
    QFETCH(int, target);
    QFETCH(bool, alert);
    QFETCH(QDateTime, raisedAt);
    const auto a = servicePastTarget(QStringLiteral("A"), oldest, target, kNow);
    QCOMPARE(a.has_value(), alert);
    if (a) {
        QCOMPARE(a->kind, AlertKind::ServicePastTarget);
        QCOMPARE(a->serviceCode, QStringLiteral("A"));
        QCOMPARE(a->raisedAt, raisedAt);
    }
}

void TestFloor::counterIdleWhileCustomersWaitIsAnAlertAfterTwoMinutes_data()
{
    QTest::addColumn<CounterState>("state");
    QTest::addColumn<bool>("holdsTicket");
    QTest::addColumn<QDateTime>("free");
    QTest::addColumn<QDateTime>("oldest");
    QTest::addColumn<bool>("alert");
    QTest::addColumn<QDateTime>("raisedAt");
    auto row = [](const char *name, CounterState state, bool holds, const QDateTime &free, const QDateTime &oldest,
                  bool alert, const QDateTime &raisedAt) {
        QTest::newRow(name) << state << holds << free << oldest << alert << raisedAt;
    };
    row("free 10 min, ticket waiting 20", CounterState::Open, false, minutesAgo(10), minutesAgo(20), true, minutesAgo(8));
    row("free 10 min, ticket waiting 5", CounterState::Open, false, minutesAgo(10), minutesAgo(5), true, minutesAgo(3));
    row("free 1 min: between customers", CounterState::Open, false, minutesAgo(1), minutesAgo(20), false, QDateTime());
    row("exactly 2 minutes", CounterState::Open, false, minutesAgo(2), minutesAgo(20), true, kNow);
    row("nobody it could serve waits", CounterState::Open, false, minutesAgo(10), QDateTime(), false, QDateTime());
    row("holds a ticket", CounterState::Open, true, minutesAgo(10), minutesAgo(20), false, QDateTime());
    row("on a break", CounterState::Paused, false, minutesAgo(10), minutesAgo(20), false, QDateTime());
    row("closed", CounterState::Closed, false, minutesAgo(10), minutesAgo(20), false, QDateTime());
}

void TestFloor::counterIdleWhileCustomersWaitIsAnAlertAfterTwoMinutes()
{
    QFETCH(CounterState, state);
    QFETCH(bool, holdsTicket);
    QFETCH(QDateTime, free);
    QFETCH(QDateTime, oldest);
    QFETCH(bool, alert);
    QFETCH(QDateTime, raisedAt);
    const auto a = counterIdle(3, state, holdsTicket, free, oldest, kNow);
    QCOMPARE(a.has_value(), alert);
    if (a) {
        QCOMPARE(a->kind, AlertKind::CounterIdle);
        QCOMPARE(a->counterNumber, 3);
        QCOMPARE(a->raisedAt, raisedAt);
    }
}

void TestFloor::breakPastTheLimitIsAnAlert_data()
{
    QTest::addColumn<CounterState>("state");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("alert");
    QTest::addColumn<QDateTime>("raisedAt");
    QTest::newRow("10 of 15 minutes") << CounterState::Paused << minutesAgo(10) << 15 << false << QDateTime();
    QTest::newRow("exactly the limit") << CounterState::Paused << minutesAgo(15) << 15 << false << QDateTime();
    QTest::newRow("20 of 15 minutes") << CounterState::Paused << minutesAgo(20) << 15 << true << minutesAgo(5);
    QTest::newRow("open again") << CounterState::Open << minutesAgo(20) << 15 << false << QDateTime();
    QTest::newRow("no break start known") << CounterState::Paused << QDateTime() << 15 << false << QDateTime();
}

void TestFloor::breakPastTheLimitIsAnAlert()
{
    QFETCH(CounterState, state);
    QFETCH(QDateTime, since);
    QFETCH(int, limit);
    QFETCH(bool, alert);
    QFETCH(QDateTime, raisedAt);
    const auto a = breakTooLong(2, state, since, limit, kNow);
    QCOMPARE(a.has_value(), alert);
    if (a) {
        QCOMPARE(a->kind, AlertKind::BreakTooLong);
        QCOMPARE(a->counterNumber, 2);
        QCOMPARE(a->raisedAt, raisedAt);
    }
}

void TestFloor::storedAlertsAreRaisedOnceAndClearedWhenTheConditionEnds_data()
{
    // Stored: running alerts as "id:kind:subject"; conditions as "kind:subject".
    QTest::addColumn<QStringList>("running");
    QTest::addColumn<QStringList>("conditions");
    QTest::addColumn<QStringList>("raised");
    QTest::addColumn<QList<qint64>>("cleared");
    QTest::newRow("nothing") << QStringList{} << QStringList{} << QStringList{} << QList<qint64>{};
    QTest::newRow("new condition is raised") << QStringList{} << QStringList{"service_past_target:A"}
                                             << QStringList{"service_past_target:A"} << QList<qint64>{};
    QTest::newRow("still holding: nothing written") << QStringList{"7:service_past_target:A"}
                                                    << QStringList{"service_past_target:A"} << QStringList{}
                                                    << QList<qint64>{};
    QTest::newRow("ended: cleared") << QStringList{"7:service_past_target:A"} << QStringList{} << QStringList{}
                                    << QList<qint64>{7};
    QTest::newRow("another service is another alert")
            << QStringList{"7:service_past_target:A"} << QStringList{"service_past_target:A", "service_past_target:B"}
            << QStringList{"service_past_target:B"} << QList<qint64>{};
    QTest::newRow("same counter, other kind")
            << QStringList{"3:counter_idle:2"} << QStringList{"break_too_long:2"} << QStringList{"break_too_long:2"}
            << QList<qint64>{3};
}

void TestFloor::storedAlertsAreRaisedOnceAndClearedWhenTheConditionEnds()
{
    QFETCH(QStringList, running);
    QFETCH(QStringList, conditions);
    QFETCH(QStringList, raised);
    QFETCH(QList<qint64>, cleared);
    auto subject = [](AlertKind kind, const QString &word, QString &service, int &counter) {
        if (kind == AlertKind::ServicePastTarget)
            service = word;
        else
            counter = word.toInt();
    };
    QList<StoredAlert> stored;
    for (const QString &r : running) {
        const QStringList p = r.split(u':');
        StoredAlert a{p[0].toLongLong(), *alertKindFromKey(p[1]), {}, 0};
        subject(a.kind, p[2], a.serviceCode, a.counterNumber);
        stored.append(a);
    }
    QList<AlertCondition> now;
    for (const QString &c : conditions) {
        const QStringList p = c.split(u':');
        AlertCondition a{*alertKindFromKey(p[0]), {}, 0, kNow};
        subject(a.kind, p[1], a.serviceCode, a.counterNumber);
        now.append(a);
    }
    const AlertChanges changes = alertChanges(stored, now);
    QStringList raisedWords;
    for (const AlertCondition &a : changes.raise)
        raisedWords.append(alertKindKey(a.kind) + u':' + (a.serviceCode.isEmpty() ? QString::number(a.counterNumber) : a.serviceCode));
    QCOMPARE(raisedWords, raised);
    QCOMPARE(changes.clear, cleared);
}

void TestFloor::floorShowsCountersTheirStaffTicketsAndBreaks()
{
    Fixture f;
    f.staff({1, 2, 3});
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1, 0).ok());
    f.clock().advanceSecs(60);
    QVERIFY(f.engine().start(1).ok());
    QVERIFY(f.engine().callNext(2).ok());
    QVERIFY(f.engine().pauseCounter(3).ok());
    f.clock().advanceSecs(25 * 60);

    auto floor = FloorReader(f.db(), f.clock()).read();
    QVERIFY2(floor.ok(), floor.ok() ? "" : qPrintable(floor.error().message));
    QCOMPARE(floor->counters.size(), 4);

    const FloorCounter *one = floor->counter(1);
    QCOMPARE(one->state, CounterState::Open);
    QVERIFY(one->staff);
    QCOMPARE(one->staff->name, QStringLiteral("Staff 1"));
    QVERIFY(one->ticket);
    QCOMPARE(one->ticket->code, QStringLiteral("A-001"));
    QCOMPARE(one->ticket->status, TicketStatus::Serving);
    QCOMPARE(one->ticket->minutes, 25);
    QVERIFY(one->ticket->pastTarget); // 25 minutes against the default target of 20

    const FloorCounter *two = floor->counter(2);
    QCOMPARE(two->ticket->code, QStringLiteral("A-002"));
    QCOMPARE(two->ticket->status, TicketStatus::Called);
    QCOMPARE(two->ticket->minutes, 25);
    QVERIFY(!two->ticket->pastTarget); // only serving is held to the service time

    const FloorCounter *three = floor->counter(3);
    QCOMPARE(three->state, CounterState::Paused);
    QCOMPARE(three->breakSince, mondayMorning().addSecs(60));
    QCOMPARE(three->breakMinutes, 25);
    QVERIFY(!three->ticket);

    const FloorCounter *four = floor->counter(4);
    QCOMPARE(four->state, CounterState::Closed);
    QVERIFY(!four->staff);
}

void TestFloor::floorShowsEachServiceAgainstItsStandards()
{
    Fixture f;
    f.staff({1});
    for (int i = 0; i < 4; ++i)
        f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"));
    // A-001 is called after 5 minutes (within 15), A-002 after 20 (not), A-002 is a no-show.
    f.clock().advanceSecs(5 * 60);
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().start(1).ok());
    QVERIFY(f.engine().finish(1).ok());
    f.clock().advanceSecs(15 * 60);
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().markNoShow(1).ok());
    QVERIFY(f.engine().pauseService(QStringLiteral("B")).ok());
    f.clock().advanceSecs(60); // 21 minutes after issue: A-003 and B-001 wait past 15

    auto floor = FloorReader(f.db(), f.clock()).read();
    QVERIFY2(floor.ok(), floor.ok() ? "" : qPrintable(floor.error().message));
    const FloorService *a = floor->service(QStringLiteral("A"));
    QCOMPARE(a->issued, 4);
    QCOMPARE(a->waiting, 2);
    QCOMPARE(a->served, 1);
    QCOMPARE(a->noShow, 1);
    QCOMPARE(a->called, 2);
    QCOMPARE(a->calledWithinTarget, 1);
    QCOMPARE(a->calledWithinTargetPercent, std::optional<int>(50));
    QCOMPARE(a->longestWaitMinutes, 21);
    QCOMPARE(a->waitLevel, WaitLevel::Red);
    QVERIFY(!a->paused);
    const FloorService *b = floor->service(QStringLiteral("B"));
    QCOMPARE(b->issued, 1);
    QCOMPARE(b->waiting, 1);
    QCOMPARE(b->calledWithinTargetPercent, std::nullopt);
    QVERIFY(b->paused);
    const FloorService *p = floor->service(QStringLiteral("P"));
    QCOMPARE(p->waiting, 0);
    QCOMPARE(p->waitLevel, WaitLevel::Green);
}

void TestFloor::calledWithinTargetCountsTheFirstCallAcrossATransfer()
{
    // Called after 2 minutes, then sent to B and called again 30 minutes later: the customer's
    // wait for a first call was 2 minutes.
    Fixture f;
    f.staff({2});
    const Ticket t = f.issue(QStringLiteral("A"));
    f.clock().advanceSecs(2 * 60);
    QVERIFY(f.engine().callNext(2).ok());
    QVERIFY(f.engine().transfer(2, {QStringLiteral("B"), 0}).ok());
    f.clock().advanceSecs(30 * 60);
    QVERIFY(f.engine().callNext(2).ok());

    auto floor = FloorReader(f.db(), f.clock()).read();
    QVERIFY2(floor.ok(), floor.ok() ? "" : qPrintable(floor.error().message));
    const FloorService *b = floor->service(QStringLiteral("B"));
    QCOMPARE(b->called, 1);
    QCOMPARE(b->calledWithinTarget, 1);
    QCOMPARE(floor->service(QStringLiteral("A"))->issued, 1);
}

void TestFloor::alertsStayUntilHandledAndRecordWhoHandledThem()
{
    Fixture f;
    f.staff({1});
    f.issue(QStringLiteral("A"));
    f.clock().advanceSecs(16 * 60);
    FloorReader reader(f.db(), f.clock());

    auto floor = reader.read();
    QVERIFY2(floor.ok(), floor.ok() ? "" : qPrintable(floor.error().message));
    // Counter 1 has been free since login with A-001 waiting: idle too.
    QStringList kinds;
    for (const FloorAlert &a : floor->alerts)
        kinds.append(alertKindKey(a.kind));
    QCOMPARE(kinds, (QStringList{"service_past_target", "counter_idle"}));
    const FloorAlert past = floor->alerts.first();
    QCOMPARE(past.serviceCode, QStringLiteral("A"));
    QCOMPARE(past.raisedAt, mondayMorning().addSecs(15 * 60));
    QVERIFY(!past.clearedAt.isValid());
    QCOMPARE(past.minutes, 1);

    // Read again: the same alerts, not new ones.
    floor = reader.read();
    QCOMPARE(floor->alerts.size(), 2);
    QCOMPARE(floor->alerts.first().id, past.id);

    // The ticket is called: both conditions end, the alerts stay, cleared.
    QVERIFY(f.engine().callNext(1).ok());
    f.clock().advanceSecs(60);
    floor = reader.read();
    QCOMPARE(floor->alerts.size(), 2);
    QCOMPARE(floor->alerts.first().clearedAt, mondayMorning().addSecs(17 * 60));

    const qint64 supervisor = addSupervisor(f);
    QVERIFY(reader.handle(past.id, supervisor).ok());
    floor = reader.read();
    QCOMPARE(floor->alerts.size(), 1);
    QCOMPARE(floor->alerts.first().kind, AlertKind::CounterIdle);

    const Outcome again = reader.handle(past.id, supervisor);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Refused);
    const Outcome unknown = reader.handle(999, supervisor);
    QCOMPARE(unknown.error().kind, Error::Kind::BadInput);

    QSqlQuery q = f.db().exec(QStringLiteral("SELECT staff_id, detail FROM events WHERE kind = 'alert_handled'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), supervisor);
    QVERIFY(q.value(1).toString().contains(QStringLiteral("\"kind\":\"service_past_target\"")));
    QVERIFY(!q.next());
    q.finish();
}

void TestFloor::idleCounterAlertNamesTheCounterAndWhenItBegan()
{
    Fixture f;
    f.staff({1, 2});
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().start(1).ok());
    f.clock().advanceSecs(60);
    QVERIFY(f.engine().callNext(2).ok());
    QVERIFY(f.engine().start(2).ok());
    f.clock().advanceSecs(4 * 60);
    QVERIFY(f.engine().finish(2).ok()); // counter 2 free at 09:05
    f.issue(QStringLiteral("B"));       // which only counter 2 (A, B) can call, not counter 1 (A)
    f.clock().advanceSecs(3 * 60);

    auto floor = FloorReader(f.db(), f.clock()).read();
    QVERIFY2(floor.ok(), floor.ok() ? "" : qPrintable(floor.error().message));
    QCOMPARE(floor->counter(2)->idleWhileWaitingSince, mondayMorning().addSecs(5 * 60));
    QVERIFY(!floor->counter(1)->idleWhileWaitingSince.isValid()); // it is serving
    QCOMPARE(floor->alerts.size(), 1);
    QCOMPARE(floor->alerts.first().kind, AlertKind::CounterIdle);
    QCOMPARE(floor->alerts.first().counterNumber, 2);
    QCOMPARE(floor->alerts.first().raisedAt, mondayMorning().addSecs(7 * 60));
}

void TestFloor::standardsAndBreakLimitSurviveTheDatabase()
{
    BranchConfig config = smallBranch();
    config.breakLimitMinutes = 25;
    config.services[1].targetWaitMinutes = 7;
    config.services[1].targetPercent = 95;
    config.services[1].targetServiceMinutes = 9;
    Fixture f(config);
    auto stored = f.engine().branch();
    QVERIFY(stored.ok());
    QCOMPARE(stored->config.breakLimitMinutes, 25);
    const ServiceConfig *b = stored->config.service(QStringLiteral("B"));
    QCOMPARE(b->targetWaitMinutes, 7);
    QCOMPARE(b->targetPercent, 95);
    QCOMPARE(b->targetServiceMinutes, 9);
    const ServiceConfig *a = stored->config.service(QStringLiteral("A"));
    QCOMPARE(a->targetWaitMinutes, 15);
}

void TestFloor::releasingACounterEndsItsSessionAndPutsItsCalledTicketBackInItsPlace()
{
    Fixture f;
    f.staff({1, 2});
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok()); // A-001, and the customer never came to counter 1
    f.clock().advanceSecs(60);
    const qint64 supervisor = addSupervisor(f);

    auto released = f.engine().releaseCounter(1, supervisor);
    QVERIFY2(released.ok(), released.ok() ? "" : qPrintable(released.error().message));
    QCOMPARE(released->staffName, QStringLiteral("Staff 1"));
    QVERIFY(released->putBack);
    QCOMPARE(released->putBack->code, QStringLiteral("A-001"));
    QCOMPARE(released->putBack->status, TicketStatus::Waiting);

    auto floor = FloorReader(f.db(), f.clock()).read();
    QVERIFY(floor.ok());
    QCOMPARE(floor->counter(1)->state, CounterState::Closed);
    QVERIFY(!floor->counter(1)->staff);
    QVERIFY(!floor->counter(1)->ticket);
    QCOMPARE(floor->service(QStringLiteral("A"))->waiting, 2);
    // Back at the front: the next call anywhere takes it before A-002.
    auto next = f.engine().callNext(2);
    QVERIFY(next.ok());
    QCOMPARE(next->code, QStringLiteral("A-001"));

    QSqlQuery q = f.db().exec(QStringLiteral("SELECT detail FROM events WHERE kind = 'counter_logout'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("{\"by\":%1,\"reason\":\"released\"}").arg(supervisor));
    q.finish();
    q = f.db().exec(QStringLiteral("SELECT staff_id, detail FROM events WHERE kind = 'transferred'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), supervisor);
    QVERIFY(q.value(1).toString().contains(QStringLiteral("\"reason\":\"released\"")));
    q.finish();
}

void TestFloor::releasingACounterThatServesLeavesTheCustomerThereAndNobodyThereIsRefused()
{
    Fixture f;
    f.staff({1});
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().start(1).ok());
    auto serving = f.engine().releaseCounter(1);
    QVERIFY2(serving.ok(), serving.ok() ? "" : qPrintable(serving.error().message));
    QCOMPARE(serving->staffName, QStringLiteral("Staff 1"));
    QVERIFY(!serving->putBack);
    QVERIFY(serving->stillServing);
    QCOMPARE(serving->stillServing->code, QStringLiteral("A-001"));
    auto floor = FloorReader(f.db(), f.clock()).read();
    QVERIFY(floor.ok());
    QVERIFY(!floor->counter(1)->staff);
    QVERIFY(floor->counter(1)->ticket); // the customer at the desk is still there
    QCOMPARE(floor->counter(1)->ticket->code, QStringLiteral("A-001"));
    QCOMPARE(floor->service(QStringLiteral("A"))->waiting, 0);

    // Released once, nobody is there to release again, and the served ticket is not put back.
    auto again = f.engine().releaseCounter(1);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Refused);
    auto empty = f.engine().releaseCounter(2);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Refused);
}

void TestFloor::sendingWaitingTicketsMovesTheLineKeepingEachPlace()
{
    Fixture f;
    f.staff({3});
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"));
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().transferWaiting(QStringLiteral("A-003"), {QStringLiteral("A"), 1}).ok());

    const qint64 supervisor = addSupervisor(f);
    auto moved = f.engine().sendWaiting(QStringLiteral("a"), QStringLiteral("B"), supervisor);
    QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
    QStringList codes;
    for (const Ticket &t : *moved)
        codes.append(t.code);
    QCOMPARE(codes, (QStringList{"A-001", "A-002"})); // A-003 was sent to counter 1 by a person

    // Counter 3 serves B first: the line is B's now, in the order of issue.
    QStringList called;
    for (int i = 0; i < 3; ++i) {
        auto t = f.engine().callNext(3);
        QVERIFY(t.ok());
        called.append(t->code + u'/' + t->serviceCode);
        QVERIFY(f.engine().markNoShow(3).ok());
    }
    QCOMPARE(called, (QStringList{"A-001/B", "B-001/B", "A-002/B"}));
    QSqlQuery q = f.db().exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'transferred' AND staff_id = ?"),
                              {supervisor});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2); // the two sent, by whom
    q.finish();
}

void TestFloor::sendingWaitingTicketsIsRefusedWhenNobodyWaitsOrToTheSameService()
{
    Fixture f;
    auto none = f.engine().sendWaiting(QStringLiteral("A"), QStringLiteral("B"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::Refused);
    f.issue(QStringLiteral("A"));
    auto same = f.engine().sendWaiting(QStringLiteral("A"), QStringLiteral("a"));
    QCOMPARE(same.error().kind, Error::Kind::BadInput);
    auto unknown = f.engine().sendWaiting(QStringLiteral("A"), QStringLiteral("Z"));
    QCOMPARE(unknown.error().kind, Error::Kind::BadInput);
}

QTEST_GUILESS_MAIN(TestFloor)
#include "tst_floor.moc"
