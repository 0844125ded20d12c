// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of the queue, through QueueEngine on a real SQLite file.
#include "testsupport.h"
#include "olderschema.h"

#include "core/translation.h"
#include "queue/queueorder.h"
#include "storage/eventstore.h"
#include "storage/schema.h"
#include "storage/ticketstore.h"

#include <QSqlQuery>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

Q_DECLARE_METATYPE(antrian::TicketStatus)

namespace {

// One step of a status-move scenario, applied to counter 1 or to the first ticket's code.
Result<Ticket> apply(QueueEngine &engine, const QString &step, const QString &code)
{
    if (step == u"call")
        return engine.callNext(1);
    if (step == u"recall")
        return engine.recall(1);
    if (step == u"start")
        return engine.start(1);
    if (step == u"finish")
        return engine.finish(1);
    if (step == u"noshow")
        return engine.markNoShow(1);
    if (step == u"transfer")
        return engine.transfer(1, {QStringLiteral("B"), 0});
    if (step == u"cancel")
        return engine.cancel(code);
    if (step == u"reinstate")
        return engine.reinstate(code);
    if (step == u"transferWaiting")
        return engine.transferWaiting(code, {QStringLiteral("B"), 0});
    qFatal("unknown step %s", qPrintable(step));
}

// "B" or "B@3": a service, and a counter to send the ticket straight to.
TransferTarget targetOf(const QString &text)
{
    const QStringList parts = text.split(u'@');
    return {parts.at(0), parts.size() > 1 ? parts.at(1).toInt() : 0};
}

// One move of a line-count scenario: "issue A", "issue A!" (priority), "call 1", "start 1",
// "finish 1", "noshow 1", "transfer 1 B@3", "transferWaiting A-001 B", "cancel A-001",
// "reinstate A-001", "nextDay" (the first write of Tuesday: an issue of B).
Outcome applyMove(Fixture &f, const QString &step)
{
    const QStringList w = step.split(u' ');
    QueueEngine &e = f.engine();
    auto outcome = [](const auto &r) { return r.ok() ? Outcome(Done{}) : Outcome(r.error()); };
    if (w.at(0) == u"issue")
        return outcome(e.issue(QString(w.at(1)).remove(u'!'), {w.at(1).endsWith(u'!'), {}}));
    if (w.at(0) == u"nextDay") {
        f.clock().set(jakarta(2026, 11, 24, 8, 5));
        return outcome(e.issue(QStringLiteral("B")));
    }
    if (w.at(0) == u"transfer")
        return outcome(e.transfer(w.at(1).toInt(), targetOf(w.at(2))));
    if (w.at(0) == u"transferWaiting")
        return outcome(e.transferWaiting(w.at(1), targetOf(w.at(2))));
    if (w.at(0) == u"cancel")
        return outcome(e.cancel(w.at(1)));
    if (w.at(0) == u"reinstate")
        return outcome(e.reinstate(w.at(1)));
    const int counter = w.at(1).toInt();
    if (w.at(0) == u"call")
        return outcome(e.callNext(counter));
    if (w.at(0) == u"start")
        return outcome(e.start(counter));
    if (w.at(0) == u"finish")
        return outcome(e.finish(counter));
    if (w.at(0) == u"noshow")
        return outcome(e.markNoShow(counter));
    qFatal("unknown move %s", qPrintable(step));
}

// Where the line counts kept on the day's sequence rows (TicketStore::lineAhead) disagree with
// a COUNT(*) of the tickets (countAhead), per service and priority, for `today` and for every
// day; empty when they agree.
QString lineCountMismatches(const Database &db, QueueEngine &engine, const QDate &today)
{
    auto branch = engine.branch();
    if (!branch)
        return branch.error().message;
    TicketStore store(db);
    QStringList wrong;
    for (auto it = branch->serviceIds.cbegin(); it != branch->serviceIds.cend(); ++it) {
        for (bool priority : {false, true}) {
            for (const QDate &from : {today, QDate()}) {
                auto kept = store.lineAhead(it.value(), priority, from);
                auto counted = store.countAhead(QueuePlace::newTicket(priority), it.value(), from);
                if (!kept || !counted)
                    return !kept ? kept.error().message : counted.error().message;
                if (*kept != *counted)
                    wrong << QStringLiteral("%1%2 from %3: kept %4, counted %5")
                                     .arg(it.key(), priority ? QStringLiteral(" (priority)") : QString(),
                                          from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("any day"))
                                     .arg(*kept)
                                     .arg(*counted);
            }
        }
    }
    return wrong.join(QStringLiteral("; "));
}

// Every field of a ticket, to compare what an operation returned with what it stored.
QString describe(const Ticket &t)
{
    auto ms = [](const QDateTime &at) { return at.isValid() ? QString::number(at.toMSecsSinceEpoch()) : QStringLiteral("-"); };
    return QStringLiteral("id %1 date %2 service %3 seq %4 code %5 priority %6/%7 status %8 issued %9 called %10"
                          " started %11 finished %12 counter %13 target %14 from %15 recalls %16 calls %17 staff %18"
                          " rating %19")
            .arg(t.id).arg(t.businessDate.toString(Qt::ISODate), t.serviceCode).arg(t.sequence).arg(t.code)
            .arg(int(t.priority)).arg(t.priorityReason, statusKey(t.status), ms(t.issuedAt), ms(t.calledAt),
                                      ms(t.startedAt), ms(t.finishedAt))
            .arg(t.counterNumber).arg(t.targetCounterNumber).arg(t.transferredFromService).arg(t.recallCount)
            .arg(t.callCount).arg(t.staffId).arg(t.rating ? QString::number(*t.rating) : QStringLiteral("-"));
}

int countEvents(Database &db, EventKind kind, qint64 ticketId)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ? AND ticket_id = ?"),
                          {eventKindKey(kind), ticketId});
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestQueueEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void statusMoves_data();
    void statusMoves();

    void numbersStartAtOnePerServiceAndDate();
    void numberingRestartsAtTheBranchsMidnightNotUtcs();
    void refusedIssueLeavesNoGapInNumbering();
    void dailyLimitRefusesFurtherTickets();
    void closedBranchIssuesNothingAndSaysWhenItOpens();
    void unknownServiceIsBadInputNamingTheServices();

    void callNextTakesPriorityTicketsFirst();
    void oldestPolicyTakesTheLongestWaitingAcrossServices();
    void serviceOrderPolicyEmptiesTheFirstServiceFirst();
    void callNextSkipsTicketsTransferredToAnotherCounter();
    void transferredTicketKeepsItsCodeAndPlaceInLine();
    void aKioskClockSetBackDoesNotJumpTheQueue();
    void callNextOnEmptyQueueSaysNothingIsWaiting();
    void counterHoldsAtMostOneTicket();
    void pausedCounterCannotCall();
    void pausedServiceIssuesNothingButKeepsItsQueue();

    void recallAnnouncesAgainWithoutCallingTwice();
    void reinstateOnlyWithinTheConfiguredWindow();

    void endOfDayExpiresWaitingTicketsOnTheFirstWrite();
    void readersSeeEndedDaysWaitingTicketsAsExpired();
    void aTicketFromAPcWithItsClockBackIsExpiredToReadersAndEndedTheNextDay();
    void keepModeCarriesWaitingTicketsToTheNextDay();

    void estimateUsesConfiguredMinutesWithoutHistory();
    void estimateUsesRecentServiceTimes();
    void estimateIsUnknownWithNoOpenCounter();
    void aCounterIsOpenOnlyWhileSomeoneIsLoggedInAndNotOnABreak();
    void describeWaitIsHonestAndRounded();

    void everyMoveLandsInTheEventLog();

    void keptLineCountsEqualACountOfTheTicketsAfterEveryMove_data();
    void keptLineCountsEqualACountOfTheTicketsAfterEveryMove();
    void upgradeCountsTheLineOfTicketsAlreadyWaiting();

    void eachOperationReturnsTheTicketAsStoredWithinItsStatementBudget_data();
    void eachOperationReturnsTheTicketAsStoredWithinItsStatementBudget();
};

void TestQueueEngine::statusMoves_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("lastAllowed");
    QTest::addColumn<TicketStatus>("finalStatus");
    QTest::addColumn<QString>("reason");

    using S = TicketStatus;
    auto row = [](const char *name, QStringList steps, bool ok, S status, const char *reason = "") {
        QTest::newRow(name) << steps << ok << status << QString::fromUtf8(reason);
    };
    // Allowed: waiting -> called -> serving -> done, called -> no_show, transfers back to waiting.
    row("call waiting", {"call"}, true, S::Called);
    row("start called", {"call", "start"}, true, S::Serving);
    row("finish serving", {"call", "start", "finish"}, true, S::Done);
    row("no-show called", {"call", "noshow"}, true, S::NoShow);
    row("recall called", {"call", "recall"}, true, S::Called);
    row("transfer called", {"call", "transfer"}, true, S::Waiting);
    row("transfer serving", {"call", "start", "transfer"}, true, S::Waiting);
    row("transfer waiting", {"transferWaiting"}, true, S::Waiting);
    row("cancel waiting", {"cancel"}, true, S::Cancelled);
    row("reinstate no-show", {"call", "noshow", "reinstate"}, true, S::Waiting);
    // Refused, each with its reason; the ticket stays as it was.
    row("finish called", {"call", "finish"}, false, S::Called, "called but not started");
    row("start serving", {"call", "start", "start"}, false, S::Serving, "already serving A-001");
    row("no-show serving", {"call", "start", "noshow"}, false, S::Serving, "finish it instead");
    row("recall serving", {"call", "start", "recall"}, false, S::Serving, "already being served");
    row("recall nothing", {"recall"}, false, S::Waiting, "no called ticket to recall");
    row("start nothing", {"start"}, false, S::Waiting, "no called ticket to start");
    row("finish nothing", {"finish"}, false, S::Waiting, "not serving anyone");
    row("no-show nothing", {"noshow"}, false, S::Waiting, "no called ticket to mark");
    row("transfer nothing", {"transfer"}, false, S::Waiting, "no ticket to transfer");
    row("call while called", {"call", "call"}, false, S::Called, "has already called A-001");
    row("call while serving", {"call", "start", "call"}, false, S::Serving, "counter 1 is already serving A-001");
    row("cancel called", {"call", "cancel"}, false, S::Called, "only a waiting ticket can be cancelled");
    row("cancel done", {"call", "start", "finish", "cancel"}, false, S::Done, "only a waiting ticket");
    row("reinstate done", {"call", "start", "finish", "reinstate"}, false, S::Done, "only a no-show ticket");
    row("finish done", {"call", "start", "finish", "finish"}, false, S::Done, "not serving anyone");
    row("transfer-waiting a called ticket", {"call", "transferWaiting"}, false, S::Called, "not waiting");
}

void TestQueueEngine::statusMoves()
{
    QFETCH(QStringList, steps);
    QFETCH(bool, lastAllowed);
    QFETCH(TicketStatus, finalStatus);
    QFETCH(QString, reason);

    Fixture f;
    const Ticket ticket = f.issue(QStringLiteral("A"));
    QCOMPARE(ticket.code, QStringLiteral("A-001"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        f.clock().advanceSecs(30);
        auto r = apply(f.engine(), steps.at(i), ticket.code);
        const bool last = i + 1 == steps.size();
        if (!last || lastAllowed) {
            QVERIFY2(r.ok(), qPrintable(steps.at(i) + QStringLiteral(": ") + (r.ok() ? QString() : r.error().message)));
        } else {
            QVERIFY2(!r.ok(), qPrintable(steps.at(i) + QStringLiteral(" was allowed")));
            QCOMPARE(r.error().kind, Error::Kind::Refused);
            QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        }
    }
    auto all = f.engine().tickets({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().status, finalStatus);
    QCOMPARE(all->first().code, QStringLiteral("A-001")); // a transfer keeps the code
}

void TestQueueEngine::numbersStartAtOnePerServiceAndDate()
{
    Fixture f;
    QCOMPARE(f.issue(QStringLiteral("A")).code, QStringLiteral("A-001"));
    QCOMPARE(f.issue(QStringLiteral("A")).code, QStringLiteral("A-002"));
    QCOMPARE(f.issue(QStringLiteral("B")).code, QStringLiteral("B-001"));
    QCOMPARE(f.issue(QStringLiteral("a")).code, QStringLiteral("A-003")); // code letters are case-blind
    const Ticket p = f.issue(QStringLiteral("P"));
    QCOMPARE(p.code, QStringLiteral("P-001"));
    QVERIFY(p.priority); // every ticket of a priority service is a priority ticket
}

void TestQueueEngine::numberingRestartsAtTheBranchsMidnightNotUtcs()
{
    // Open from 06:00 Jakarta, which is 23:00 UTC the day before.
    BranchConfig config = smallBranch();
    for (int day = 0; day < 7; ++day)
        config.calendar.weekly[day] = DayHours{6 * 60, 15 * 60};
    Fixture f(config, jakarta(2026, 11, 23, 14, 0));
    QCOMPARE(f.issue(QStringLiteral("A")).code, QStringLiteral("A-001"));
    QCOMPARE(f.issue(QStringLiteral("A")).code, QStringLiteral("A-002"));

    // Tuesday 06:30 in Jakarta is still Monday 23:30 in UTC: a new business day all the same.
    f.clock().set(jakarta(2026, 11, 24, 6, 30));
    QCOMPARE(f.clock().nowUtc().date(), QDate(2026, 11, 23));
    const Ticket tuesday = f.issue(QStringLiteral("A"));
    QCOMPARE(tuesday.code, QStringLiteral("A-001"));
    QCOMPARE(tuesday.businessDate, QDate(2026, 11, 24));
}

void TestQueueEngine::refusedIssueLeavesNoGapInNumbering()
{
    Fixture f;
    QCOMPARE(f.issue(QStringLiteral("A")).code, QStringLiteral("A-001"));
    QVERIFY(!f.engine().issue(QStringLiteral("A"), {false, QStringLiteral("no-such-reason")}).ok());
    f.clock().set(jakarta(2026, 11, 23, 18, 0));
    QVERIFY(!f.engine().issue(QStringLiteral("A")).ok());
    f.clock().set(jakarta(2026, 11, 23, 10, 0));
    QCOMPARE(f.issue(QStringLiteral("A")).code, QStringLiteral("A-002"));
}

void TestQueueEngine::dailyLimitRefusesFurtherTickets()
{
    BranchConfig config = smallBranch();
    config.services[1].dailyLimit = 2;
    Fixture f(config);
    f.issue(QStringLiteral("B"));
    f.issue(QStringLiteral("B"));
    auto third = f.engine().issue(QStringLiteral("B"));
    QVERIFY(!third.ok());
    QCOMPARE(third.error().kind, Error::Kind::Refused);
    QVERIFY2(third.error().message.contains(QStringLiteral("daily limit (2)")), qPrintable(third.error().message));
    auto status = f.engine().status();
    QVERIFY(status.ok());
    QVERIFY(status->services.at(1).limitReached);
    QCOMPARE(f.issue(QStringLiteral("A")).code, QStringLiteral("A-001")); // other services go on
}

void TestQueueEngine::closedBranchIssuesNothingAndSaysWhenItOpens()
{
    Fixture f(smallBranch(), jakarta(2026, 11, 22, 10, 0)); // a Sunday
    auto r = f.engine().issue(QStringLiteral("A"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Refused);
    QCOMPARE(r.error().message, QStringLiteral("branch closed until Mon 08:00"));
    f.clock().set(jakarta(2026, 11, 23, 14, 50)); // after the 14:45 cutoff
    r = f.engine().issue(QStringLiteral("A"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("no more tickets today; branch opens again Tue 08:00"));
    QVERIFY(f.engine().tickets({}).value().isEmpty());
}

void TestQueueEngine::unknownServiceIsBadInputNamingTheServices()
{
    Fixture f;
    auto r = f.engine().issue(QStringLiteral("Z"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::BadInput);
    QVERIFY2(r.error().message.contains(QStringLiteral("services: A, B, P")), qPrintable(r.error().message));
    auto c = f.engine().callNext(9);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().kind, Error::Kind::BadInput);
    QVERIFY(c.error().message.contains(QStringLiteral("no counter 9")));
}

void TestQueueEngine::callNextTakesPriorityTicketsFirst()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    f.clock().advanceSecs(60);
    f.issue(QStringLiteral("A"), {true, QStringLiteral("elderly")});
    auto called = f.engine().callNext(1);
    QVERIFY(called.ok());
    QCOMPARE(called->code, QStringLiteral("A-002"));
    QVERIFY(called->priority);
    QCOMPARE(called->priorityReason, QStringLiteral("elderly"));
    // Counter 4 serves P then A: a P ticket issued after an A ticket still comes first.
    f.clock().advanceSecs(60);
    f.issue(QStringLiteral("P"));
    QCOMPARE(f.engine().callNext(4)->code, QStringLiteral("P-001"));
}

void TestQueueEngine::oldestPolicyTakesTheLongestWaitingAcrossServices()
{
    Fixture f;
    f.issue(QStringLiteral("B"));
    f.clock().advanceSecs(60);
    f.issue(QStringLiteral("A"));
    QCOMPARE(f.engine().callNext(2)->code, QStringLiteral("B-001")); // counter 2: A, B, oldest first
}

void TestQueueEngine::serviceOrderPolicyEmptiesTheFirstServiceFirst()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    f.clock().advanceSecs(60);
    f.issue(QStringLiteral("B"));
    QCOMPARE(f.engine().callNext(3)->code, QStringLiteral("B-001")); // counter 3: B before A
    QVERIFY(f.engine().start(3).ok());
    QVERIFY(f.engine().finish(3).ok());
    QCOMPARE(f.engine().callNext(3)->code, QStringLiteral("A-001")); // then A when B is empty
}

void TestQueueEngine::callNextSkipsTicketsTransferredToAnotherCounter()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    auto moved = f.engine().transfer(1, {QString(), 4});
    QVERIFY(moved.ok());
    QCOMPARE(moved->status, TicketStatus::Waiting);
    QCOMPARE(moved->targetCounterNumber, 4);

    auto other = f.engine().callNext(2); // serves A, but the ticket is meant for counter 4
    QVERIFY(!other.ok());
    QCOMPARE(other.error().message, QStringLiteral("no ticket waiting for counter 2"));
    auto mine = f.engine().callNext(4);
    QVERIFY(mine.ok());
    QCOMPARE(mine->code, QStringLiteral("A-001"));
    QCOMPARE(mine->callCount, 2);
}

void TestQueueEngine::transferredTicketKeepsItsCodeAndPlaceInLine()
{
    Fixture f;
    f.issue(QStringLiteral("A"));                // 09:00
    f.clock().advanceSecs(120);
    f.issue(QStringLiteral("B"));                // 09:02
    f.clock().advanceSecs(60);
    QCOMPARE(f.engine().callNext(1)->code, QStringLiteral("A-001"));
    f.clock().advanceSecs(60);
    auto moved = f.engine().transfer(1, {QStringLiteral("B"), 0});
    QVERIFY(moved.ok());
    QCOMPARE(moved->serviceCode, QStringLiteral("B"));
    QCOMPARE(moved->transferredFromService, QStringLiteral("A"));
    // A-001 was issued before B-001, so it goes ahead of it in B.
    QCOMPARE(f.engine().callNext(3)->code, QStringLiteral("A-001"));
}

void TestQueueEngine::aKioskClockSetBackDoesNotJumpTheQueue()
{
    // Issue 12: B-003 at 09:05 by a clock set back, after B-001 (09:10) and B-002 (09:20).
    Fixture f;
    f.clock().set(jakarta(2026, 11, 23, 9, 10));
    f.issue(QStringLiteral("B"));
    f.clock().set(jakarta(2026, 11, 23, 9, 20));
    f.issue(QStringLiteral("B"));
    f.clock().set(jakarta(2026, 11, 23, 9, 5));
    auto third = f.engine().issue(QStringLiteral("B"));
    QVERIFY(third.ok());
    QCOMPARE(third->ticket.code, QStringLiteral("B-003"));
    QCOMPARE(third->estimate.ahead, 2);
    QCOMPARE(f.engine().status()->services.at(1).estimate.ahead, 3); // the next ticket of B
    // Counter 2 (A, B, oldest first) and counter 3 (B first) both call in the order of issue.
    QCOMPARE(f.engine().callNext(2)->code, QStringLiteral("B-001"));
    QCOMPARE(f.engine().callNext(3)->code, QStringLiteral("B-002"));
    QVERIFY(f.engine().start(3).ok());
    QVERIFY(f.engine().finish(3).ok());
    QCOMPARE(f.engine().callNext(3)->code, QStringLiteral("B-003"));
}

void TestQueueEngine::callNextOnEmptyQueueSaysNothingIsWaiting()
{
    Fixture f;
    f.issue(QStringLiteral("B"));
    auto r = f.engine().callNext(1); // counter 1 serves A only
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Refused);
    QCOMPARE(r.error().message, QStringLiteral("no ticket waiting for counter 1"));
}

void TestQueueEngine::counterHoldsAtMostOneTicket()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(!f.engine().callNext(1).ok());
    // Even a write that skipped the engine cannot give counter 1 a second active ticket.
    QString error;
    f.db().exec(QStringLiteral("UPDATE tickets SET status = 'called', counter_id = "
                               "(SELECT id FROM counters WHERE number = 1) WHERE code = 'A-002'"),
                {}, &error);
    QVERIFY2(error.contains(QStringLiteral("unique"), Qt::CaseInsensitive), qPrintable(error)); // both engines' words
}

void TestQueueEngine::pausedCounterCannotCall()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().pauseCounter(1).ok());
    auto r = f.engine().callNext(1);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("paused")));
    QVERIFY(!f.engine().pauseCounter(1).ok());
    QVERIFY(f.engine().resumeCounter(1).ok());
    QVERIFY(f.engine().callNext(1).ok());
    auto busy = f.engine().pauseCounter(1);
    QVERIFY(!busy.ok());
    QVERIFY(busy.error().message.contains(QStringLiteral("still holds A-001")));
}

void TestQueueEngine::pausedServiceIssuesNothingButKeepsItsQueue()
{
    Fixture f;
    f.issue(QStringLiteral("B"));
    QVERIFY(f.engine().pauseService(QStringLiteral("b")).ok());
    auto refused = f.engine().issue(QStringLiteral("B"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("paused")), qPrintable(refused.error().message));
    QVERIFY(f.engine().status()->services.at(1).paused);
    QCOMPARE(f.engine().callNext(3)->code, QStringLiteral("B-001")); // those waiting are still served
    QVERIFY(!f.engine().pauseService(QStringLiteral("B")).ok());
    QVERIFY(f.engine().resumeService(QStringLiteral("B")).ok());
    QCOMPARE(f.issue(QStringLiteral("B")).code, QStringLiteral("B-002"));
}

void TestQueueEngine::recallAnnouncesAgainWithoutCallingTwice()
{
    Fixture f;
    const Ticket t = f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().recall(1).ok());
    auto again = f.engine().recall(1);
    QVERIFY(again.ok());
    QCOMPARE(again->recallCount, 2);
    QCOMPARE(again->callCount, 1);
    QCOMPARE(countEvents(f.db(), EventKind::Called, t.id), 1);
    QCOMPARE(countEvents(f.db(), EventKind::Recalled, t.id), 2);
}

void TestQueueEngine::reinstateOnlyWithinTheConfiguredWindow()
{
    Fixture f; // smallBranch keeps the default 15 minutes
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().markNoShow(1).ok());
    f.clock().advanceSecs(14 * 60);
    auto back = f.engine().reinstate(QStringLiteral("a-001"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->status, TicketStatus::Waiting);
    QCOMPARE(f.engine().callNext(2)->code, QStringLiteral("A-001")); // its old place: first

    QVERIFY(f.engine().markNoShow(2).ok());
    f.clock().advanceSecs(16 * 60);
    auto late = f.engine().reinstate(QStringLiteral("A-001"));
    QVERIFY(!late.ok());
    QVERIFY2(late.error().message.contains(QStringLiteral("more than 15 minutes ago")), qPrintable(late.error().message));
}

void TestQueueEngine::endOfDayExpiresWaitingTicketsOnTheFirstWrite()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    const Ticket leftWaiting = f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(2).ok()); // A-001 called, left open overnight
    f.clock().set(jakarta(2026, 11, 24, 8, 5));
    const Ticket tuesday = f.issue(QStringLiteral("A"));
    QCOMPARE(tuesday.code, QStringLiteral("A-001"));

    auto monday = f.engine().tickets({QDate(2026, 11, 23), QDate(2026, 11, 23), std::nullopt, {}, 100});
    QVERIFY(monday.ok());
    QCOMPARE(monday->size(), 2);
    QCOMPARE(monday->at(0).status, TicketStatus::Called);  // counters may finish what they hold
    QCOMPARE(monday->at(1).status, TicketStatus::Expired); // kept, never deleted
    QCOMPARE(countEvents(f.db(), EventKind::Expired, leftWaiting.id), 1);
    // Nobody calls Monday's queue on Tuesday.
    QCOMPARE(f.engine().callNext(1)->code, QStringLiteral("A-001"));
    QCOMPARE(f.engine().callNext(1).ok(), false);
}

void TestQueueEngine::readersSeeEndedDaysWaitingTicketsAsExpired()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    f.clock().set(jakarta(2026, 11, 24, 7, 0)); // no write yet on Tuesday
    auto all = f.engine().tickets({});
    QVERIFY(all.ok());
    QCOMPARE(all->first().status, TicketStatus::Expired);
    QCOMPARE(f.engine().status()->services.first().waiting, 0);
    QVERIFY(f.engine().waitingTickets()->isEmpty());
}

// An engine looks for the old days' waiting tickets in its first write of a day only. A PC
// whose clock is a day behind can still issue one for yesterday after that: the other PCs show
// it expired at once, and their first write of the next day ends it for the record.
void TestQueueEngine::aTicketFromAPcWithItsClockBackIsExpiredToReadersAndEndedTheNextDay()
{
    Fixture f;
    f.staff({1});
    f.clock().set(jakarta(2026, 11, 24, 9, 0));
    const Ticket tuesday = f.issue(QStringLiteral("A")); // Tuesday's first write
    FixedClock behind(jakarta(2026, 11, 23, 9, 0));
    QueueEngine lateKiosk(f.db(), behind);
    auto late = lateKiosk.issue(QStringLiteral("A"));
    QVERIFY(late.ok());
    QCOMPARE(late->ticket.businessDate, QDate(2026, 11, 23));

    auto waiting = f.engine().waitingTickets();
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().id, tuesday.id);
    auto monday = f.engine().tickets({.from = QDate(2026, 11, 23), .to = QDate(2026, 11, 23)});
    QVERIFY(monday.ok());
    QCOMPARE(monday->size(), 1);
    QCOMPARE(monday->first().status, TicketStatus::Expired);
    auto called = f.engine().callNext(1);
    QVERIFY(called.ok());
    QCOMPARE(called->id, tuesday.id); // never the late one

    f.clock().set(jakarta(2026, 11, 25, 8, 30));
    QVERIFY(f.engine().start(1).ok()); // Wednesday's first write
    QCOMPARE(TicketStore(f.db()).byId(late->ticket.id)->value().status, TicketStatus::Expired);
}

void TestQueueEngine::keepModeCarriesWaitingTicketsToTheNextDay()
{
    BranchConfig config = smallBranch();
    config.endOfDay = EndOfDay::Keep;
    Fixture f(config);
    f.issue(QStringLiteral("A"));
    f.clock().set(jakarta(2026, 11, 24, 8, 5));
    const Ticket tuesday = f.issue(QStringLiteral("A"));
    QCOMPARE(tuesday.code, QStringLiteral("A-001")); // numbering still restarts
    auto first = f.engine().callNext(1);
    QVERIFY(first.ok());
    QCOMPARE(first->businessDate, QDate(2026, 11, 23)); // Monday's customer keeps their place
}

void TestQueueEngine::estimateUsesConfiguredMinutesWithoutHistory()
{
    Fixture f; // A: 10 minutes, served by counters 1, 2, 3, 4
    f.staff({1, 2, 3, 4});
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    auto fourth = f.engine().issue(QStringLiteral("A"));
    QVERIFY(fourth.ok());
    QCOMPARE(fourth->estimate.ahead, 3);
    QCOMPARE(fourth->estimate.openCounters, 4);
    QCOMPARE(fourth->estimate.minutes, 8); // ceil(3 x 10 / 4)
    // A priority ticket goes ahead of all of them.
    auto priority = f.engine().issue(QStringLiteral("A"), {true, {}});
    QCOMPARE(priority->estimate.ahead, 0);
    QCOMPARE(priority->estimate.minutes, 0);
}

void TestQueueEngine::estimateUsesRecentServiceTimes()
{
    Fixture f;
    f.staff({2, 3});
    for (int i = 0; i < 2; ++i) {
        f.issue(QStringLiteral("B"));
        QVERIFY(f.engine().callNext(3).ok());
        QVERIFY(f.engine().start(3).ok());
        f.clock().advanceSecs(6 * 60); // 6 minutes from call to finish, not the configured 4
        QVERIFY(f.engine().finish(3).ok());
    }
    f.issue(QStringLiteral("B"));
    f.issue(QStringLiteral("B"));
    auto next = f.engine().issue(QStringLiteral("B")); // 2 ahead, B served by counters 2 and 3
    QCOMPARE(next->estimate.serviceMinutes, 6.0);
    QCOMPARE(next->estimate.minutes, 6); // 2 x 6 / 2
    QVERIFY(f.engine().pauseCounter(2).ok());
    next = f.engine().issue(QStringLiteral("B"));
    QCOMPARE(next->estimate.openCounters, 1);
    QCOMPARE(next->estimate.minutes, 18); // 3 ahead x 6 / 1
}

void TestQueueEngine::estimateIsUnknownWithNoOpenCounter()
{
    Fixture f;
    f.staff({2, 3});
    f.issue(QStringLiteral("B"));
    QVERIFY(f.engine().pauseCounter(2).ok());
    QVERIFY(f.engine().pauseCounter(3).ok());
    auto r = f.engine().issue(QStringLiteral("B"));
    QVERIFY(r.ok()); // the ticket is still issued
    QVERIFY(!r->estimate.isKnown());
    QCOMPARE(describeWait(r->estimate), QStringLiteral("no counter is serving this service now"));
}

void TestQueueEngine::aCounterIsOpenOnlyWhileSomeoneIsLoggedInAndNotOnABreak()
{
    // Issue 12: after init nobody is logged in, and the kiosk promised "no wait".
    Fixture f;
    auto first = f.engine().issue(QStringLiteral("B"));
    QVERIFY(first.ok());
    QCOMPARE(first->estimate.ahead, 0);
    QCOMPARE(first->estimate.openCounters, 0);
    QVERIFY(!first->estimate.isKnown());
    QCOMPARE(describeWait(first->estimate), QStringLiteral("no counter is serving this service now"));
    const auto before = f.engine().status(); // kept: the loop must not range over a temporary
    QVERIFY(before.ok());
    for (const CounterStatus &c : before->counters)
        QCOMPARE(c.state, CounterState::Closed);

    f.staff({3}); // B, A
    auto status = f.engine().status();
    QCOMPARE(status->counters.at(2).state, CounterState::Open);
    QCOMPARE(status->counters.at(1).state, CounterState::Closed); // counter 2: nobody there
    QCOMPARE(status->services.at(1).estimate.openCounters, 1);
    QCOMPARE(status->services.at(1).estimate.minutes, 4); // one ahead, 4 minutes, one counter

    QVERIFY(f.engine().pauseCounter(3).ok());
    status = f.engine().status();
    QCOMPARE(status->counters.at(2).state, CounterState::Paused);
    QVERIFY(!status->services.at(1).estimate.isKnown());
}

void TestQueueEngine::describeWaitIsHonestAndRounded()
{
    QCOMPARE(describeWait(estimateWait(0, 10, 2)), QStringLiteral("no wait"));
    QCOMPARE(describeWait(estimateWait(0, 10, 0)), QStringLiteral("no counter is serving this service now"));
    QCOMPARE(describeWait(estimateWait(1, 4, 2)), QStringLiteral("under 5 minutes"));
    QCOMPARE(describeWait(estimateWait(3, 7, 1)), QStringLiteral("about 20 minutes")); // 21 -> 20
    QCOMPARE(describeWait(estimateWait(3, 6, 2)), QStringLiteral("about 10 minutes")); // 9 -> 10
    QCOMPARE(describeWait(estimateWait(40, 10, 2)), QStringLiteral("over 2 hours"));
}

void TestQueueEngine::everyMoveLandsInTheEventLog()
{
    Fixture f;
    auto before = EventStore(f.db()).latestId();
    QVERIFY(before.ok());
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().recall(1).ok());
    QVERIFY(f.engine().start(1).ok());
    QVERIFY(f.engine().finish(1).ok());
    auto events = EventStore(f.db()).since(*before);
    QVERIFY(events.ok());
    QList<EventKind> kinds;
    for (const QueueEvent &e : *events) {
        QVERIFY(e.kind);
        kinds.append(*e.kind);
        QCOMPARE(e.ticketCode, QStringLiteral("A-001"));
        QCOMPARE(e.serviceCode, QStringLiteral("A"));
        if (e.kind != EventKind::Issued)
            QCOMPARE(e.counterNumber, 1);
    }
    QCOMPARE(kinds, (QList<EventKind>{EventKind::Issued, EventKind::Called, EventKind::Recalled, EventKind::Started,
                                      EventKind::Finished}));
}

QTEST_GUILESS_MAIN(TestQueueEngine)
#include "tst_queueengine.moc"

void TestQueueEngine::keptLineCountsEqualACountOfTheTicketsAfterEveryMove_data()
{
    QTest::addColumn<QStringList>("moves");
    QTest::addColumn<bool>("keep"); // EndOfDay::Keep instead of Expire
    QTest::addColumn<int>("waitingA"); // the line of A at the end, over every day

    auto row = [](const char *name, QStringList moves, int waitingA, bool keep = false) {
        QTest::newRow(name) << moves << keep << waitingA;
    };
    // Counter 1 serves A; 2 serves A, B; 3 serves B then A; 4 serves P then A.
    row("issue and call", {"issue A", "issue A", "issue B", "call 1", "call 2", "call 3"}, 0);
    row("priority first", {"issue A", "issue A!", "issue P", "call 4", "call 1", "issue A!"}, 2);
    row("start and finish", {"issue A", "issue A", "call 1", "start 1", "finish 1", "call 1"}, 0);
    row("cancel", {"issue A", "issue A!", "issue A", "cancel A-002", "cancel A-001"}, 1);
    row("no-show and reinstate", {"issue A!", "issue A", "call 1", "noshow 1", "reinstate A-001"}, 2);
    row("reinstated then called", {"issue A", "call 1", "noshow 1", "reinstate A-001", "call 1"}, 0);
    row("called ticket to another service", {"issue A", "issue A!", "call 1", "transfer 1 B", "call 1"}, 0);
    row("serving ticket to another service", {"issue A", "call 1", "start 1", "transfer 1 B"}, 0);
    row("called ticket to one counter", {"issue A", "issue A", "call 1", "transfer 1 A@2", "call 2"}, 1);
    row("waiting ticket to one counter and back", {"issue A!", "issue A", "transferWaiting A-001 A@3",
                                                   "transferWaiting A-001 A"}, 2);
    row("waiting ticket into a service with none today", {"issue A", "issue A!", "transferWaiting A-002 P"}, 1);
    row("end of day expires the line", {"issue A", "issue A!", "issue B", "call 1", "nextDay"}, 0);
    row("end of day keeps the line", {"issue A", "issue A!", "issue B", "nextDay", "issue A", "call 1"}, 2, true);
}

void TestQueueEngine::keptLineCountsEqualACountOfTheTicketsAfterEveryMove()
{
    QFETCH(QStringList, moves);
    QFETCH(bool, keep);
    QFETCH(int, waitingA);

    BranchConfig config = smallBranch();
    config.endOfDay = keep ? EndOfDay::Keep : EndOfDay::Expire;
    Fixture f(config);
    for (const QString &step : moves) {
        f.clock().advanceSecs(30);
        const Outcome moved = applyMove(f, step);
        QVERIFY2(moved.ok(), qPrintable(step + QStringLiteral(": ") + (moved.ok() ? QString() : moved.error().message)));
        const QDate today = f.engine().calendar().businessDate(f.clock().nowUtc());
        const QString mismatches = lineCountMismatches(f.db(), f.engine(), today);
        QVERIFY2(mismatches.isEmpty(), qPrintable(QStringLiteral("after %1: %2").arg(step, mismatches)));
    }
    auto branch = f.engine().branch();
    QVERIFY(branch.ok());
    auto a = TicketStore(f.db()).lineAhead(branch->serviceIds.value(QStringLiteral("A")), false, QDate());
    QVERIFY(a.ok());
    QCOMPARE(*a, waitingA);
}

void TestQueueEngine::upgradeCountsTheLineOfTicketsAlreadyWaiting()
{
    Fixture f;
    for (const char *step : {"issue A", "issue A!", "issue A", "issue B", "call 1", "transfer 1 P",
                              "transferWaiting A-003 B@3", "issue A"}) {
        f.clock().advanceSecs(30);
        QVERIFY(applyMove(f, step).ok());
    }
    // The database as schema version 3 left it: no counts, no triggers, no rows made by them.
    QStringList downgrade = undoSchemaDownTo6();
    downgrade << (f.db().engine() == Engine::SQLite
            ? QStringList{QStringLiteral("DROP TRIGGER tickets_line_insert"), QStringLiteral("DROP TRIGGER tickets_line_update")}
            : QStringList{QStringLiteral("DROP TRIGGER tickets_line ON tickets"), QStringLiteral("DROP FUNCTION antrian_waiting_line()")});
    downgrade << QStringLiteral("DELETE FROM daily_sequences WHERE last_sequence = 0")
              << QStringLiteral("ALTER TABLE daily_sequences DROP COLUMN line_waiting")
              << QStringLiteral("ALTER TABLE daily_sequences DROP COLUMN line_priority")
              << QStringLiteral("DELETE FROM schema_version WHERE version >= 4");
    for (const QString &sql : downgrade)
        QVERIFY2(f.db().run(sql).ok(), qPrintable(sql));

    auto upgraded = Database::open(f.path());
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error().message));
    QCOMPARE((*upgraded)->schemaVersion(), latestSchemaVersion());
    QueueEngine engine(**upgraded, f.clock());
    const QDate today = engine.calendar().businessDate(f.clock().nowUtc());
    const QString mismatches = lineCountMismatches(**upgraded, engine, today);
    QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches));
    // in A's line, A-002 (priority, called first) in P's, A-003 sent to counter 3:
    // in no line.
    auto next = engine.issue(QStringLiteral("A"));
    QVERIFY(next.ok());
    QCOMPARE(next->estimate.ahead, 2);
}

// What one operation costs in statements (Database::statementCount, BEGIN and COMMIT
// included), as bench_core prints it: the budget is what the operation needs, so a statement
// added to it shows here. Whatever an operation returns without reading it back must be the
// row as stored.
void TestQueueEngine::eachOperationReturnsTheTicketAsStoredWithinItsStatementBudget_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("budget");
    // BEGIN, branch revision with the paused services, number and line, ticket, event, counter
    // states, recent service times, COMMIT. (The old days' waiting tickets are looked for in the
    // engine's first write of a day only, which the steps before have made.)
    QTest::newRow("issue") << QStringList{"issue A", "issue A"} << "issue A" << 8;
    // BEGIN, branch revision, counter's ticket, (paused counter, next ticket) or the move,
    // event, COMMIT.
    QTest::newRow("call") << QStringList{"issue A"} << "call 1" << 9;
    QTest::newRow("recall") << QStringList{"issue A", "call 1"} << "recall 1" << 6;
    QTest::newRow("start") << QStringList{"issue A", "call 1"} << "start 1" << 6;
    QTest::newRow("finish") << QStringList{"issue A", "call 1", "start 1"} << "finish 1" << 6;
    QTest::newRow("no-show") << QStringList{"issue A", "call 1"} << "noshow 1" << 6;
}

void TestQueueEngine::eachOperationReturnsTheTicketAsStoredWithinItsStatementBudget()
{
    QFETCH(QStringList, before);
    QFETCH(QString, step);
    QFETCH(int, budget);
    Fixture f;
    f.staff({1});
    for (const QString &move : before) {
        f.clock().advanceSecs(30);
        QVERIFY(applyMove(f, move).ok());
    }
    f.clock().advanceSecs(30);
    const quint64 statementsBefore = f.db().statementCount();
    Ticket returned;
    if (step.startsWith(u"issue")) {
        auto issued = f.engine().issue(QStringLiteral("A"));
        QVERIFY(issued.ok());
        returned = issued->ticket;
    } else {
        auto moved = apply(f.engine(), step.section(u' ', 0, 0), QString());
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        returned = *moved;
    }
    const int sent = int(f.db().statementCount() - statementsBefore);
    // PostgreSQL opens a write with BEGIN and the writers' lock, and ends it with NOTIFY.
    const int engineExtra = f.db().engine() == Engine::PostgreSQL ? 2 : 0;
    QVERIFY2(sent <= budget + engineExtra, qPrintable(QStringLiteral("%1 sent %2 statements").arg(step).arg(sent)));
    auto stored = TicketStore(f.db()).byId(returned.id);
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(describe(returned), describe(**stored));
}
