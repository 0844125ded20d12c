// SPDX-License-Identifier: GPL-3.0-or-later
// The change feed: a reader learns of every commit, from any process, once and in order.
#include "dbfaults.h"
#include "testsupport.h"

#include "feed/changefeed.h"
#include "storage/eventstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

QList<QueueEvent> collected(const QSignalSpy &spy)
{
    QList<QueueEvent> events;
    for (const QList<QVariant> &call : spy)
        events += call.at(0).value<QList<QueueEvent>>();
    return events;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private slots:
    void noticesAnotherProcesssCommit();
    void deliversEveryEventOnceAndInOrder();
    void startingFromNowSkipsThePast();
    void catchesUpOnEverythingMissedInPages();
    void missingDatabaseIsAnErrorNotACrash();
    void removedDatabaseIsReportedAndFollowedAgainWhenBack();
    void followingADatabaseThatIsNotThereYetStartsWhenItIs();
};

void TestChangeFeed::noticesAnotherProcesssCommit()
{
    Fixture f;
    ChangeFeed feed(f.path());
    QSignalSpy spy(&feed, &ChangeFeed::eventsArrived);
    QVERIFY(feed.start().ok());
    QCOMPARE(spy.count(), 0);

    const ProcessResult r = runCtl({"--db", f.path(), "--now", "2026-11-23T09:00:00+07:00", "issue", "B"});
    QCOMPARE(r.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!collected(spy).isEmpty(), 5000);
    const QList<QueueEvent> events = collected(spy);
    QCOMPARE(events.size(), 1);
    QVERIFY(events.first().kind == EventKind::Issued);
    QCOMPARE(events.first().ticketCode, QStringLiteral("B-001"));
    QCOMPARE(events.first().serviceCode, QStringLiteral("B"));

    const ProcessResult call = runCtl({"--db", f.path(), "--now", "2026-11-23T09:01:00+07:00", "call", "3"});
    QVERIFY2(call.exitCode == 0, call.err.constData());
    QTRY_COMPARE_WITH_TIMEOUT(collected(spy).size(), 2, 5000);
    QVERIFY(collected(spy).last().kind == EventKind::Called);
    QCOMPARE(collected(spy).last().counterNumber, 3);
}

void TestChangeFeed::deliversEveryEventOnceAndInOrder()
{
    Fixture f;
    ChangeFeed feed(f.path());
    QSignalSpy spy(&feed, &ChangeFeed::eventsArrived);
    QVERIFY(feed.start(-1, 2).ok());
    for (int i = 0; i < 20; ++i) {
        f.issue(QStringLiteral("A"));
        if (i % 3 == 0)
            QTest::qWait(1); // let some polls fall between commits, some not
    }
    QTRY_COMPARE_WITH_TIMEOUT(collected(spy).size(), 20, 5000);
    QTest::qWait(100);
    const QList<QueueEvent> events = collected(spy);
    QCOMPARE(events.size(), 20);
    for (int i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).ticketCode, formatTicketCode(QStringLiteral("A"), i + 1));
        if (i > 0)
            QVERIFY(events.at(i).id > events.at(i - 1).id);
    }
    QCOMPARE(feed.lastEventId(), events.last().id);
}

void TestChangeFeed::startingFromNowSkipsThePast()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    ChangeFeed feed(f.path());
    QSignalSpy spy(&feed, &ChangeFeed::eventsArrived);
    QVERIFY(feed.start().ok());
    QTest::qWait(60);
    QCOMPARE(spy.count(), 0);
    f.issue(QStringLiteral("A"));
    QTRY_COMPARE_WITH_TIMEOUT(collected(spy).size(), 1, 5000);
    QCOMPARE(collected(spy).first().ticketCode, QStringLiteral("A-002"));
}

void TestChangeFeed::catchesUpOnEverythingMissedInPages()
{
    Fixture f;
    // A display that was off while 2,500 events happened (more than one page).
    {
        WriteTransaction tx(f.db());
        for (int i = 0; i < 2500; ++i)
            QVERIFY(f.db().run(QStringLiteral("INSERT INTO events (at, business_date, kind, detail)"
                                              " VALUES (?, '2026-11-23', 'counter_paused', '')"),
                               {i})
                            .ok());
        QVERIFY(tx.commit().ok());
    }
    ChangeFeed feed(f.path());
    QSignalSpy spy(&feed, &ChangeFeed::eventsArrived);
    QVERIFY(feed.start(0).ok());
    const QList<QueueEvent> events = collected(spy);
    QCOMPARE(events.size(), 2501); // the config import, then the 2,500
    QSet<qint64> ids;
    for (const QueueEvent &e : events)
        ids.insert(e.id);
    QCOMPARE(ids.size(), events.size());
    QVERIFY(spy.count() >= 3);
}

void TestChangeFeed::missingDatabaseIsAnErrorNotACrash()
{
    QTemporaryDir dir;
    ChangeFeed feed(freshDatabaseLocation(dir, QStringLiteral("absent.db")));
    const Outcome r = feed.start();
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("antrianctl init")));
    QVERIFY(!feed.isRunning());
}

void TestChangeFeed::removedDatabaseIsReportedAndFollowedAgainWhenBack()
{
    SQLITE_ONLY();
    Fixture f;
    ChangeFeed feed(f.path());
    QVERIFY(feed.start(-1, 5).ok());
    QSignalSpy events(&feed, &ChangeFeed::eventsArrived);
    QSignalSpy unavailable(&feed, &ChangeFeed::unavailable);
    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(DatabaseFaults::Fault::Removed));
    // A deleted file can still be read through the descriptor open on it: the feed must not.
    QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), 10000);
    QVERIFY2(unavailable.constLast().at(0).toString().contains(QStringLiteral("was removed")),
             qPrintable(unavailable.constLast().at(0).toString()));

    QVERIFY(faults.undo(DatabaseFaults::Fault::Removed));
    QTest::qWait(Database::kReconnectMs * 2); // the feed finds the file again and takes "now" from it
    f.issue(QStringLiteral("A"));
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10000);
    QCOMPARE(collected(events).constLast().ticketCode, QStringLiteral("A-001"));
}

void TestChangeFeed::followingADatabaseThatIsNotThereYetStartsWhenItIs()
{
    QTemporaryDir dir;
    const QString path = freshDatabaseLocation(dir);
    ChangeFeed feed(path);
    QSignalSpy unavailable(&feed, &ChangeFeed::unavailable);
    QSignalSpy events(&feed, &ChangeFeed::eventsArrived);
    feed.follow(5);
    QVERIFY(!unavailable.isEmpty());
    QCOMPARE(runCtl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
    QTest::qWait(Database::kReconnectMs * 2); // the feed finds the new file and takes "now" from it
    QCOMPARE(runCtl({QStringLiteral("--db"), path, QStringLiteral("--now"), QStringLiteral("2026-11-23T09:00:00+07:00"),
                     QStringLiteral("issue"), QStringLiteral("A")})
                     .exitCode,
             0);
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 10000);
}

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
