// SPDX-License-Identifier: GPL-3.0-or-later
// The lobby board's state, fed by the events a real engine writes, and which calls it
// announces after a gap.
#include "testsupport.h"

#include "board/announcepolicy.h"
#include "board/boardstate.h"
#include "core/translation.h"
#include "storage/eventstore.h"

#include <QTest>

using namespace antrian;
using namespace antrian::test;

Q_DECLARE_METATYPE(antrian::BranchState::Kind)

namespace {

// Feeds a board from a fixture's database: the snapshot at construction, then the events.
class BoardOf
{
public:
    explicit BoardOf(Fixture &f) : m_f(f)
    {
        board.setBranch(f.engine().branch()->config);
        auto latest = EventStore(f.db()).latestId();
        m_lastId = *latest;
        refresh();
    }
    // The events written since the last look, applied; the calls among them.
    QList<BoardCall> follow()
    {
        auto events = EventStore(m_f.db()).since(m_lastId);
        if (!events || events->isEmpty())
            return {};
        m_lastId = events->constLast().id;
        return board.apply(*events);
    }
    void refresh()
    {
        auto status = m_f.engine().status();
        QVERIFY(status.ok());
        board.applyStatus(*status);
    }

    BoardState board;

private:
    Fixture &m_f;
    qint64 m_lastId = 0;
};

QStringList codes(const QList<BoardCall> &calls)
{
    QStringList list;
    for (const BoardCall &c : calls)
        list.append(c.ticketCode);
    return list;
}

QString ticketAt(const BoardState &board, int counter)
{
    const BoardCounter *c = board.counter(counter);
    return c ? c->ticketCode : QStringLiteral("(no counter)");
}

} // namespace

class TestBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }
    void callShowsTheTicketAtItsCounterAndAsTheNewestCall();
    void startingServingAndFinishingMoveTheCounterOn();
    void noShowAndTransferFreeTheCounter();
    void recentCallsAreNewestFirstOnePerTicketAndAtMostSix();
    void recallIsACallMarkedRecallAndMovesToTheTop();
    void pausedCounterIsShownPausedUntilResumed();
    void pausedServiceIsShownPaused();
    void snapshotGivesWaitingCountsAndCounterStates();
    void eventsAlreadyAppliedAreNotAppliedAgain();
    void aCopyHandedToTheScreenKeepsItsPictureAndTheBoardMovesOn();
    void newBusinessDayClearsTheCallsOfTheDayBefore();
    void closedScreenOutsideHoursOnceNobodyIsLeftToServe();
    void closedScreenOnAHolidayAndOpeningIsNextWorkingDay();
    void branchStateIsOpenPastTheLastTicketClosedOrAHolidayInTheKiosksWords_data();
    void branchStateIsOpenPastTheLastTicketClosedOrAHolidayInTheKiosksWords();
    void passingTheLastTicketTimeChangesWhatTheBoardShows();

    void liveCallsAreAllAnnouncedStaleOnesOnlyAfterAGap();
    void afterAGapOnlyFreshCallsStillAwaitingTheirCustomerAreAnnounced();
    void callStampedAheadOfThisClockIsNotStale();
    void newestCallIsTheNewestTicketStillAtItsCounter();
    void counterWithATicketIsNeverShownClosed();
};

void TestBoard::callShowsTheTicketAtItsCounterAndAsTheNewestCall()
{
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    const QList<BoardCall> calls = b.follow();
    QCOMPARE(codes(calls), QStringList{"A-001"});
    QCOMPARE(calls.first().counterNumber, 1);
    QCOMPARE(calls.first().at, mondayMorning());
    QVERIFY(!calls.first().recall);
    QCOMPARE(ticketAt(b.board, 1), QStringLiteral("A-001"));
    QVERIFY(!b.board.counter(1)->serving);
    QVERIFY(b.board.newestCall());
    QCOMPARE(b.board.newestCall()->ticketCode, QStringLiteral("A-001"));
    QCOMPARE(b.board.newestCall()->counterNumber, 1);
    QCOMPARE(ticketAt(b.board, 2), QString());
}

void TestBoard::startingServingAndFinishingMoveTheCounterOn()
{
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("B"));
    QVERIFY(f.engine().callNext(3).ok());
    QVERIFY(f.engine().start(3).ok());
    QVERIFY(b.follow().size() == 1);
    QCOMPARE(ticketAt(b.board, 3), QStringLiteral("B-001"));
    QVERIFY(b.board.counter(3)->serving);
    QVERIFY(b.board.counter(3)->hasTicket());
    QVERIFY(f.engine().finish(3).ok());
    QVERIFY(b.follow().isEmpty());
    QVERIFY(!b.board.counter(3)->hasTicket());
    // The call stays in the list of calls: someone who missed it can still see where to go;
    // but it is nobody's current call any more.
    QCOMPARE(codes(b.board.recentCalls()), QStringList{"B-001"});
    QVERIFY(!b.board.newestCall());
}

void TestBoard::noShowAndTransferFreeTheCounter()
{
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().callNext(2).ok());
    b.follow();
    QCOMPARE(ticketAt(b.board, 1), QStringLiteral("A-001"));
    QCOMPARE(ticketAt(b.board, 2), QStringLiteral("A-002"));
    QVERIFY(f.engine().markNoShow(1).ok());
    QVERIFY(f.engine().transfer(2, {QStringLiteral("B"), 0}).ok());
    b.follow();
    QVERIFY(!b.board.counter(1)->hasTicket());
    QVERIFY(!b.board.counter(2)->hasTicket());
    // Called again at counter 3 after its transfer: one line in the calls, at counter 3.
    QVERIFY(f.engine().callNext(3).ok());
    QCOMPARE(codes(b.follow()), QStringList{"A-002"});
    QCOMPARE(ticketAt(b.board, 3), QStringLiteral("A-002"));
    QCOMPARE(codes(b.board.recentCalls()), (QStringList{"A-002", "A-001"}));
    QCOMPARE(b.board.recentCalls().first().counterNumber, 3);
}

void TestBoard::recentCallsAreNewestFirstOnePerTicketAndAtMostSix()
{
    Fixture f;
    BoardOf b(f);
    for (int i = 0; i < 8; ++i)
        f.issue(QStringLiteral("A"));
    for (int i = 0; i < 8; ++i) {
        f.clock().advanceSecs(30);
        QVERIFY(f.engine().callNext(1).ok());
        QVERIFY(f.engine().markNoShow(1).ok());
    }
    const QList<BoardCall> calls = b.follow();
    QCOMPARE(calls.size(), 8);
    QCOMPARE(codes(b.board.recentCalls()), (QStringList{"A-008", "A-007", "A-006", "A-005", "A-004", "A-003"}));
    QCOMPARE(BoardState::kRecentCalls, 6);
}

void TestBoard::recallIsACallMarkedRecallAndMovesToTheTop()
{
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().callNext(3).ok());
    b.follow();
    QCOMPARE(codes(b.board.recentCalls()), (QStringList{"B-001", "A-001"}));
    f.clock().advanceSecs(40);
    QVERIFY(f.engine().recall(1).ok());
    const QList<BoardCall> calls = b.follow();
    QCOMPARE(codes(calls), QStringList{"A-001"});
    QVERIFY(calls.first().recall);
    QCOMPARE(calls.first().at, mondayMorning().addSecs(40));
    QCOMPARE(codes(b.board.recentCalls()), (QStringList{"A-001", "B-001"}));
    QVERIFY(b.board.newestCall()->recall);
}

void TestBoard::pausedCounterIsShownPausedUntilResumed()
{
    Fixture f;
    f.staff({1, 2, 4});
    BoardOf b(f);
    QVERIFY(f.engine().pauseCounter(2).ok());
    b.follow();
    QCOMPARE(b.board.counter(2)->state, CounterState::Paused);
    QCOMPARE(b.board.counter(1)->state, CounterState::Open);
    QVERIFY(f.engine().resumeCounter(2).ok());
    b.follow();
    QCOMPARE(b.board.counter(2)->state, CounterState::Open);

    // The snapshot says the same for a display that starts during the break.
    QVERIFY(f.engine().pauseCounter(4).ok());
    BoardOf late(f);
    QCOMPARE(late.board.counter(4)->state, CounterState::Paused);
}

void TestBoard::pausedServiceIsShownPaused()
{
    Fixture f;
    BoardOf b(f);
    QVERIFY(f.engine().pauseService(QStringLiteral("B")).ok());
    b.follow();
    QVERIFY(b.board.services().at(1).paused);
    QCOMPARE(b.board.services().at(1).service.code, QStringLiteral("B"));
    QVERIFY(!b.board.services().at(0).paused);
}

void TestBoard::snapshotGivesWaitingCountsAndCounterStates()
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"));
    f.issue(QStringLiteral("B"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().callNext(3).ok());
    QVERIFY(f.engine().start(3).ok());
    BoardOf b(f);
    QCOMPARE(b.board.services().size(), 3);
    QCOMPARE(b.board.services().at(0).waiting, 2);
    QCOMPARE(b.board.services().at(1).waiting, 1);
    QCOMPARE(b.board.services().at(2).waiting, 0);
    QCOMPARE(b.board.totalWaiting(), 3);
    QCOMPARE(ticketAt(b.board, 1), QStringLiteral("A-001"));
    QCOMPARE(ticketAt(b.board, 3), QStringLiteral("B-001"));
    QVERIFY(b.board.counter(3)->serving);
    QCOMPARE(b.board.counters().size(), 4);
    QCOMPARE(b.board.counters().at(3).name, QStringLiteral("Loket 4"));
    QVERIFY(b.board.isOpen());
}

void TestBoard::eventsAlreadyAppliedAreNotAppliedAgain()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    auto events = EventStore(f.db()).since(0);
    BoardState board;
    board.setBranch(f.engine().branch()->config);
    QCOMPARE(board.apply(*events).size(), 1);
    QCOMPARE(board.apply(*events).size(), 0);
    QCOMPARE(board.recentCalls().size(), 1);
    QCOMPARE(board.lastEventId(), events->constLast().id);
}

void TestBoard::aCopyHandedToTheScreenKeepsItsPictureAndTheBoardMovesOn()
{
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"));
    const BoardState before = b.board; // what the screen was given, sharing the lists
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().callNext(3).ok());
    QVERIFY(f.engine().pauseService(QStringLiteral("A")).ok());
    b.follow();
    QCOMPARE(ticketAt(b.board, 1), QStringLiteral("A-001"));
    QCOMPARE(ticketAt(b.board, 3), QStringLiteral("B-001"));
    QVERIFY(b.board.services().at(0).paused);
    QCOMPARE(ticketAt(before, 1), QString());
    QCOMPARE(ticketAt(before, 3), QString());
    QVERIFY(!before.services().at(0).paused);
    QVERIFY(before.recentCalls().isEmpty());
}

void TestBoard::newBusinessDayClearsTheCallsOfTheDayBefore()
{
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    b.follow();
    QCOMPARE(b.board.recentCalls().size(), 1);
    QVERIFY(!b.board.setNow(jakarta(2026, 11, 23, 9, 30)));
    QCOMPARE(b.board.recentCalls().size(), 1);
    QVERIFY(b.board.setNow(jakarta(2026, 11, 24, 0, 1)));
    QVERIFY(b.board.recentCalls().isEmpty());
    QVERIFY(!b.board.newestCall());
    QCOMPARE(b.board.businessDate(), QDate(2026, 11, 24));

    // Yesterday's calls read back at start-up are not today's calls either.
    BoardState fresh;
    fresh.setBranch(f.engine().branch()->config);
    fresh.setNow(jakarta(2026, 11, 24, 8, 0));
    QVERIFY(fresh.apply(*EventStore(f.db()).since(0)).isEmpty());
    QVERIFY(fresh.recentCalls().isEmpty());
}

void TestBoard::closedScreenOutsideHoursOnceNobodyIsLeftToServe()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    f.clock().set(jakarta(2026, 11, 23, 14, 55));
    BoardOf b(f);
    QVERIFY(f.engine().callNext(1).ok());
    b.follow();
    QVERIFY(b.board.isOpen());
    QVERIFY(!b.board.showsClosedScreen());

    // 15:00 has passed, but A-001 is still called at counter 1 and A-002 waits.
    f.clock().set(jakarta(2026, 11, 23, 15, 5));
    b.refresh();
    QVERIFY(!b.board.isOpen());
    QVERIFY(!b.board.showsClosedScreen());
    QVERIFY(f.engine().start(1).ok());
    QVERIFY(f.engine().finish(1).ok());
    b.follow();
    // A-002 still waits and the last call was ten minutes ago: the board stays.
    QVERIFY(!b.board.showsClosedScreen());
    QVERIFY(!b.board.setNow(jakarta(2026, 11, 23, 15, 6)));
    // Nobody called for the grace time: the branch has given up for the day.
    QVERIFY(b.board.setNow(jakarta(2026, 11, 23, 14, 55).addSecs(BoardState::kAfterHoursGraceMinutes * 60)));
    QVERIFY(b.board.showsClosedScreen());

    // Nobody waiting and nobody at a counter: closed at once.
    Fixture quiet;
    quiet.clock().set(jakarta(2026, 11, 23, 15, 0));
    BoardOf q(quiet);
    QVERIFY(q.board.showsClosedScreen());
    QCOMPARE(q.board.nextOpening(), jakarta(2026, 11, 24, 8, 0));
}

void TestBoard::branchStateIsOpenPastTheLastTicketClosedOrAHolidayInTheKiosksWords_data()
{
    using Kind = BranchState::Kind;
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("reopens");
    QTest::addColumn<QString>("summary");
    const QString served = QStringLiteral("Customers who already have a number will still be served.");
    QTest::newRow("open") << jakarta(2026, 11, 23, 9, 0) << Kind::Open << "" << ""
                          << "tomorrow, Tuesday 24 November 2026, at 08:00" << "Open until 15:00";
    // Issue 12: at 14:50, past the 14:45 cutoff, the board still invited tickets.
    QTest::newRow("past the last ticket") << jakarta(2026, 11, 23, 14, 50) << Kind::PastLastTicket
                                          << "No more tickets today" << served
                                          << "tomorrow, Tuesday 24 November 2026, at 08:00"
                                          << "No more tickets today · Open until 15:00";
    QTest::newRow("before opening") << jakarta(2026, 11, 23, 7, 15) << Kind::Closed << "We are closed" << ""
                                    << "today at 08:00" << "We are closed · we open again today at 08:00";
    QTest::newRow("holiday") << jakarta(2026, 12, 25, 9, 0) << Kind::Holiday << "We are closed today"
                             << "Hari Raya Natal" << "tomorrow, Saturday 26 December 2026, at 08:00"
                             << "We are closed today · Hari Raya Natal · we open again tomorrow, Saturday 26 December 2026, at 08:00";
}

void TestBoard::branchStateIsOpenPastTheLastTicketClosedOrAHolidayInTheKiosksWords()
{
    QFETCH(QDateTime, now);
    QFETCH(BranchState::Kind, kind);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, reopens);
    QFETCH(QString, summary);
    Fixture f(sampleBranch(), now);
    BoardOf b(f);
    const BranchState s = b.board.branchState();
    QCOMPARE(s.kind, kind);
    QCOMPARE(b.board.acceptsTickets(), kind == BranchState::Kind::Open);
    QCOMPARE(s.title, title);
    QCOMPARE(s.detail, detail);
    QCOMPARE(s.reopens, reopens);
    QCOMPARE(s.summary, summary);
    QCOMPARE(s.holidayName, kind == BranchState::Kind::Holiday ? detail : QString());
}

void TestBoard::passingTheLastTicketTimeChangesWhatTheBoardShows()
{
    Fixture f(sampleBranch(), jakarta(2026, 11, 23, 14, 44));
    BoardOf b(f);
    QVERIFY(b.board.acceptsTickets());
    QVERIFY(b.board.setNow(jakarta(2026, 11, 23, 14, 46))); // the screen must stop inviting tickets
    QVERIFY(!b.board.acceptsTickets());
    QVERIFY(b.board.isOpen());
}

void TestBoard::closedScreenOnAHolidayAndOpeningIsNextWorkingDay()
{
    Fixture f(sampleBranch(), jakarta(2026, 12, 25, 10, 0)); // Hari Raya Natal, a Friday
    BoardOf b(f);
    QVERIFY(!b.board.isOpen());
    QVERIFY(b.board.showsClosedScreen());
    QCOMPARE(b.board.calendar().dayName(b.board.businessDate()), QStringLiteral("Hari Raya Natal"));
    QCOMPARE(b.board.nextOpening(), jakarta(2026, 12, 26, 8, 0)); // Saturday morning
    QVERIFY(b.board.setNow(jakarta(2026, 12, 26, 8, 0)));
    QVERIFY(b.board.isOpen());
    QVERIFY(!b.board.showsClosedScreen());
}

void TestBoard::liveCallsAreAllAnnouncedStaleOnesOnlyAfterAGap()
{
    AnnouncePolicy policy;
    QCOMPARE(policy.maxAgeSecs(), 60);
    BoardCall c;
    c.at = mondayMorning();
    QVERIFY(!policy.isStale(c, mondayMorning().addSecs(60)));
    QVERIFY(policy.isStale(c, mondayMorning().addSecs(61)));
}

void TestBoard::afterAGapOnlyFreshCallsStillAwaitingTheirCustomerAreAnnounced()
{
    Fixture f;
    BoardOf b(f);
    for (int i = 0; i < 5; ++i)
        f.issue(QStringLiteral("A"));
    // The display lost the database at 09:00; meanwhile:
    QVERIFY(f.engine().callNext(1).ok()); // A-001 at 09:00, still called at 09:05: stale
    f.clock().set(mondayMorning().addSecs(120));
    QVERIFY(f.engine().callNext(2).ok()); // A-002 at 09:02, already being served: not
    QVERIFY(f.engine().start(2).ok());
    f.clock().set(mondayMorning().addSecs(270));
    QVERIFY(f.engine().callNext(3).ok()); // A-003 at 09:04:30, still called: announced
    f.clock().set(mondayMorning().addSecs(280));
    QVERIFY(f.engine().callNext(4).ok()); // A-004 at 09:04:40, recalled at 09:04:50: once
    f.clock().set(mondayMorning().addSecs(290));
    QVERIFY(f.engine().recall(4).ok());
    f.clock().set(mondayMorning().addSecs(300));

    const QList<BoardCall> caughtUp = b.follow();
    QCOMPARE(codes(caughtUp), (QStringList{"A-001", "A-002", "A-003", "A-004", "A-004"}));
    const QList<BoardCall> announced = AnnouncePolicy().afterGap(caughtUp, b.board, f.clock().nowUtc());
    QCOMPARE(codes(announced), (QStringList{"A-003", "A-004"}));
    QVERIFY(announced.last().recall); // the latest call of the ticket
    // The board shows everything that happened, announced or not.
    QCOMPARE(ticketAt(b.board, 1), QStringLiteral("A-001"));
    QCOMPARE(ticketAt(b.board, 2), QStringLiteral("A-002"));
    QCOMPARE(codes(b.board.recentCalls()), (QStringList{"A-004", "A-003", "A-002", "A-001"}));
    // With a longer allowance the 09:00 call is still somebody's turn.
    QCOMPARE(codes(AnnouncePolicy(600).afterGap(caughtUp, b.board, f.clock().nowUtc())),
             (QStringList{"A-001", "A-003", "A-004"}));
}

void TestBoard::callStampedAheadOfThisClockIsNotStale()
{
    BoardCall c;
    c.at = mondayMorning().addSecs(300); // the counter PC's clock runs five minutes fast
    QVERIFY(!AnnouncePolicy().isStale(c, mondayMorning()));
}

void TestBoard::newestCallIsTheNewestTicketStillAtItsCounter()
{
    // The display starts after A-002 was called and finished: the newest line of its history
    // is done, and A-001 still waits for its customer at counter 1.
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    f.clock().advanceSecs(30);
    QVERIFY(f.engine().callNext(4).ok());
    QVERIFY(f.engine().start(4).ok());
    QVERIFY(f.engine().finish(4).ok());
    b.follow();
    b.refresh();
    QCOMPARE(codes(b.board.recentCalls()), (QStringList{"A-002", "A-001"}));
    QVERIFY(b.board.newestCall());
    QCOMPARE(b.board.newestCall()->ticketCode, QStringLiteral("A-001"));
    QCOMPARE(b.board.newestCall()->counterNumber, 1);
    // Served there too: nobody's current call is left.
    QVERIFY(f.engine().start(1).ok());
    b.follow();
    QCOMPARE(b.board.newestCall()->ticketCode, QStringLiteral("A-001")); // being served is still at the counter
    QVERIFY(f.engine().finish(1).ok());
    b.follow();
    QVERIFY(!b.board.newestCall());
}

void TestBoard::counterWithATicketIsNeverShownClosed()
{
    // A call made with nobody logged in at counter 4 (antrianctl, or a counter PC that died):
    // the lobby is told "A-001, loket 4", so the tile of counter 4 must show A-001, not CLOSED.
    Fixture f;
    BoardOf b(f);
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(4).ok());
    b.follow();
    b.refresh();
    const BoardCounter *four = nullptr;
    const BoardCounter *five = nullptr;
    for (const BoardCounter &c : b.board.counters()) {
        if (c.number == 4)
            four = &c;
        else if (!five)
            five = &c; // another counter, with no ticket
    }
    QVERIFY2(four && five, qPrintable(QStringLiteral("%1 counters on the board").arg(b.board.counters().size())));
    QCOMPARE(four->state, CounterState::Closed); // nobody logged in there
    QCOMPARE(four->shownState(), CounterState::Open);
    QCOMPARE(four->ticketCode, QStringLiteral("A-001"));
    QCOMPARE(five->shownState(), CounterState::Closed); // no ticket, nobody there: closed
}

QTEST_GUILESS_MAIN(TestBoard)
#include "tst_board.moc"
