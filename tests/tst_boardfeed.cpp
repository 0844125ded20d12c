// SPDX-License-Identifier: GPL-3.0-or-later
// BoardFeed: the lobby board kept up to date from a real database, by other processes'
// commits, with the calls to announce: live ones all, after a gap only those still current.
#include "testsupport.h"

#include "board/boardfeed.h"
#include "feed/changefeed.h"

#include <QSignalSpy>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

QStringList announced(const QSignalSpy &spy)
{
    QStringList list;
    for (const QList<QVariant> &args : spy) {
        const auto call = args.at(0).value<BoardCall>();
        list.append(QStringLiteral("%1@%2%3").arg(call.ticketCode).arg(call.counterNumber).arg(call.recall ? "R" : ""));
    }
    return list;
}

QString ticketAt(const BoardFeed &feed, int counter)
{
    const BoardCounter *c = feed.board().counter(counter);
    return c ? c->ticketCode : QStringLiteral("(no counter)");
}

QStringList ctlAt(const Fixture &f, const QDateTime &when)
{
    return {"--db", f.path(), "--now", when.toString(Qt::ISODate)};
}

} // namespace

class TestBoardFeed : public QObject
{
    Q_OBJECT

private slots:
    void callFromAnotherProcessIsShownAndAnnouncedOnce();
    void burstOfCallsIsAnnouncedInTheOrderTheyWereMade();
    void recallFromAnotherProcessIsAnnouncedAgain();
    void waitingCountsFollowTicketsIssuedElsewhere();
    void startUpShowsTheMorningButAnnouncesOnlyACallStillCurrent();
    void afterADatabaseGapEveryMissedCallIsShownButOnlyCurrentOnesAnnounced();
    void gapWithNothingMissedEndsWhenTheDatabaseReadsAgain();
    void newConfigIsShownWithoutARestart();
    void missingDatabaseIsAnErrorNotACrash();
};

void TestBoardFeed::callFromAnotherProcessIsShownAndAnnouncedOnce()
{
    Fixture f;
    BoardFeed feed(f.path(), f.clock());
    QSignalSpy announce(&feed, &BoardFeed::announce);
    QSignalSpy changed(&feed, &BoardFeed::boardChanged);
    QVERIFY(feed.start().ok());
    QVERIFY(announce.isEmpty());

    QCOMPARE(runCtl(ctlAt(f, mondayMorning()) << "issue" << "A").exitCode, 0);
    const ProcessResult call = runCtl(ctlAt(f, mondayMorning().addSecs(60)) << "call" << "1");
    QVERIFY2(call.exitCode == 0, call.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(announced(announce), QStringList{"A-001@1"}, 5000);
    QCOMPARE(ticketAt(feed, 1), QStringLiteral("A-001"));
    QCOMPARE(feed.board().newestCall()->ticketCode, QStringLiteral("A-001"));
    // The copy handed to the screen shows it too.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).value<BoardState>().newestCall()->ticketCode, QStringLiteral("A-001"));
    QTest::qWait(300);
    QCOMPARE(announce.count(), 1);
}

void TestBoardFeed::burstOfCallsIsAnnouncedInTheOrderTheyWereMade()
{
    Fixture f;
    for (int i = 0; i < 8; ++i)
        f.issue(i % 2 ? QStringLiteral("B") : QStringLiteral("A"));
    BoardFeed feed(f.path(), f.clock());
    QSignalSpy announce(&feed, &BoardFeed::announce);
    QVERIFY(feed.start().ok());
    // Four counters call within one poll of the feed, then again after finishing.
    QStringList expected;
    for (int round = 0; round < 2; ++round) {
        for (int counter = 1; counter <= 4; ++counter) {
            auto t = f.engine().callNext(counter);
            QVERIFY2(t.ok(), t ? "" : qPrintable(t.error().message));
            expected.append(QStringLiteral("%1@%2").arg(t->code).arg(counter));
        }
        if (round == 0) {
            for (int counter = 1; counter <= 4; ++counter)
                QVERIFY(f.engine().markNoShow(counter).ok());
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(announce.count(), 8, 5000);
    QCOMPARE(announced(announce), expected);
    QCOMPARE(feed.board().recentCalls().size(), BoardState::kRecentCalls);
    QCOMPARE(feed.board().newestCall()->counterNumber, 4);
}

void TestBoardFeed::recallFromAnotherProcessIsAnnouncedAgain()
{
    Fixture f;
    f.issue(QStringLiteral("B"));
    BoardFeed feed(f.path(), f.clock());
    QSignalSpy announce(&feed, &BoardFeed::announce);
    QVERIFY(feed.start().ok());
    QCOMPARE(runCtl(ctlAt(f, mondayMorning()) << "call" << "3").exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(announce.count(), 1, 5000);
    QCOMPARE(runCtl(ctlAt(f, mondayMorning().addSecs(30)) << "recall" << "3").exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(announced(announce), (QStringList{"B-001@3", "B-001@3R"}), 5000);
    QCOMPARE(feed.board().recentCalls().size(), 1);
}

void TestBoardFeed::waitingCountsFollowTicketsIssuedElsewhere()
{
    Fixture f;
    f.staff({2});
    BoardFeed feed(f.path(), f.clock());
    QVERIFY(feed.start().ok());
    QCOMPARE(feed.board().totalWaiting(), 0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(runCtl(ctlAt(f, mondayMorning()) << "issue" << "B").exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(feed.board().services().at(1).waiting, 3, 5000);
    QCOMPARE(runCtl(ctlAt(f, mondayMorning()) << "call" << "3").exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(feed.board().services().at(1).waiting, 2, 5000);
    QCOMPARE(runCtl(ctlAt(f, mondayMorning()) << "pause" << "2").exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(feed.board().counter(2)->state, CounterState::Paused, 5000);
}

void TestBoardFeed::startUpShowsTheMorningButAnnouncesOnlyACallStillCurrent()
{
    Fixture f;
    for (int i = 0; i < 3; ++i)
        f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok()); // 09:00, still called at 09:05: too old to announce
    f.clock().set(mondayMorning().addSecs(200));
    QVERIFY(f.engine().callNext(2).ok()); // 09:03:20, customer already at the counter
    QVERIFY(f.engine().start(2).ok());
    f.clock().set(mondayMorning().addSecs(280));
    QVERIFY(f.engine().callNext(3).ok()); // 09:04:40, still called: somebody's turn right now
    f.clock().set(mondayMorning().addSecs(300));

    BoardFeed feed(f.path(), f.clock()); // the display restarts at 09:05
    QSignalSpy announce(&feed, &BoardFeed::announce);
    QVERIFY(feed.start().ok());
    QCOMPARE(announced(announce), QStringList{"A-003@3"});
    QCOMPARE(feed.board().recentCalls().size(), 3);
    QCOMPARE(ticketAt(feed, 1), QStringLiteral("A-001"));
    QVERIFY(feed.board().counter(2)->serving);
    QCOMPARE(feed.board().services().at(0).waiting, 0);
    QTest::qWait(200);
    QCOMPARE(announce.count(), 1);
}

void TestBoardFeed::afterADatabaseGapEveryMissedCallIsShownButOnlyCurrentOnesAnnounced()
{
    Fixture f;
    for (int i = 0; i < 6; ++i)
        f.issue(QStringLiteral("A"));
    BoardFeed feed(f.path(), f.clock());
    QSignalSpy announce(&feed, &BoardFeed::announce);
    QSignalSpy availability(&feed, &BoardFeed::availabilityChanged);
    QVERIFY(feed.start().ok());
    QVERIFY(f.engine().callNext(1).ok());
    QTRY_COMPARE_WITH_TIMEOUT(announce.count(), 1, 5000);

    // The database goes out of reach. SQLite in WAL mode gives no way to fail one reader while
    // writers go on, so the feed is stopped and says what a failing read says.
    auto *changeFeed = feed.findChild<ChangeFeed *>();
    QVERIFY(changeFeed);
    changeFeed->stop();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("database out of reach")));
    emit changeFeed->unavailable(QStringLiteral("disk I/O error"));
    QCOMPARE(availability.count(), 1);
    QCOMPARE(availability.last().at(0).toBool(), false);
    QVERIFY(!feed.isAvailable());

    // Meanwhile, at the counters:
    f.clock().set(mondayMorning().addSecs(60));
    QVERIFY(f.engine().markNoShow(1).ok());
    QVERIFY(f.engine().callNext(1).ok()); // A-002 at 09:01, still called at 09:10: stale
    f.clock().set(mondayMorning().addSecs(120));
    QVERIFY(f.engine().callNext(2).ok()); // A-003 at 09:02, served and finished since
    QVERIFY(f.engine().start(2).ok());
    QVERIFY(f.engine().finish(2).ok());
    f.clock().set(mondayMorning().addSecs(570));
    QVERIFY(f.engine().callNext(3).ok()); // A-004 at 09:09:30, still called: current
    QVERIFY(f.engine().callNext(4).ok()); // A-005 at 09:09:30, recalled at 09:09:50: once
    f.clock().set(mondayMorning().addSecs(590));
    QVERIFY(f.engine().recall(4).ok());
    f.clock().set(mondayMorning().addSecs(600));
    QTest::qWait(100);
    QCOMPARE(announce.count(), 1); // nothing read, nothing said

    // The database is back.
    QVERIFY(changeFeed->start(changeFeed->lastEventId()).ok());
    QTRY_VERIFY_WITH_TIMEOUT(feed.isAvailable(), 5000);
    QCOMPARE(availability.last().at(0).toBool(), true);
    QCOMPARE(announced(announce), (QStringList{"A-001@1", "A-004@3", "A-005@4R"}));
    // Every missed call is on the board.
    QCOMPARE(ticketAt(feed, 1), QStringLiteral("A-002"));
    QVERIFY(!feed.board().counter(2)->hasTicket());
    QStringList recent;
    for (const BoardCall &c : feed.board().recentCalls())
        recent.append(c.ticketCode);
    QCOMPARE(recent, (QStringList{"A-005", "A-004", "A-003", "A-002", "A-001"}));
    QCOMPARE(feed.board().services().at(0).waiting, 1);

    // And the next live call is announced as usual.
    QVERIFY(f.engine().finish(3).ok() || f.engine().markNoShow(3).ok());
    QVERIFY(f.engine().callNext(3).ok());
    QTRY_COMPARE_WITH_TIMEOUT(announce.count(), 4, 5000);
    QCOMPARE(announced(announce).last(), QStringLiteral("A-006@3"));
}

void TestBoardFeed::gapWithNothingMissedEndsWhenTheDatabaseReadsAgain()
{
    Fixture f;
    BoardFeed feed(f.path(), f.clock());
    QSignalSpy availability(&feed, &BoardFeed::availabilityChanged);
    QVERIFY(feed.start().ok());
    auto *changeFeed = feed.findChild<ChangeFeed *>();
    changeFeed->stop();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("database out of reach")));
    emit changeFeed->unavailable(QStringLiteral("locked"));
    QVERIFY(!feed.isAvailable());
    // No event will come to say so: the board's own tick finds the database readable again.
    QTRY_VERIFY_WITH_TIMEOUT(feed.isAvailable(), 5000);
    QCOMPARE(availability.count(), 2);
}

void TestBoardFeed::newConfigIsShownWithoutARestart()
{
    Fixture f;
    BoardFeed feed(f.path(), f.clock());
    QVERIFY(feed.start().ok());
    QCOMPARE(feed.board().counters().size(), 4);
    BranchConfig config = smallBranch();
    config.name = QStringLiteral("Cabang Baru");
    config.runningText = QStringLiteral("Selamat datang");
    config.counters.removeLast();
    QVERIFY(f.engine().importConfig(config).ok());
    QTRY_COMPARE_WITH_TIMEOUT(feed.board().branch().name, QStringLiteral("Cabang Baru"), 5000);
    QCOMPARE(feed.board().branch().runningText, QStringLiteral("Selamat datang"));
    QCOMPARE(feed.board().counters().size(), 3);
}

void TestBoardFeed::missingDatabaseIsAnErrorNotACrash()
{
    QTemporaryDir dir;
    FixedClock clock(mondayMorning());
    BoardFeed feed(freshDatabaseLocation(dir, QStringLiteral("absent.db")), clock);
    const Outcome r = feed.start();
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("antrianctl init")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestBoardFeed)
#include "tst_boardfeed.moc"
