// SPDX-License-Identifier: GPL-3.0-or-later
// QueueWorker: engine calls off the screen's thread, answered in order on the asking thread.
#include "testsupport.h"

#include "queue/queueworker.h"

#include <QTest>

using namespace antrian;
using namespace antrian::test;

class TestQueueWorker : public QObject
{
    Q_OBJECT

private slots:
    void answersComeBackInOrderOnTheAskingThread();
    void answerToADeletedReceiverIsDropped();
    void missingDatabaseIsReportedByStart();
};

void TestQueueWorker::answersComeBackInOrderOnTheAskingThread()
{
    Fixture f;
    QueueWorker worker(f.path(), f.clock());
    QVERIFY(worker.start().ok());
    QStringList codes;
    QList<QThread *> threads;
    QObject receiver;
    for (int i = 0; i < 30; ++i) {
        worker.run<Result<IssuedTicket>>(
                [](QueueEngine &e) {
                    Q_ASSERT(QThread::currentThread() != qApp->thread());
                    return e.issue(QStringLiteral("A"));
                },
                &receiver, [&](Result<IssuedTicket> r) {
                    threads.append(QThread::currentThread());
                    codes.append(r ? r->ticket.code : r.error().message);
                });
    }
    QTRY_COMPARE_WITH_TIMEOUT(codes.size(), 30, 10000);
    for (int i = 0; i < 30; ++i)
        QCOMPARE(codes.at(i), formatTicketCode(QStringLiteral("A"), i + 1));
    for (QThread *t : threads)
        QCOMPARE(t, qApp->thread());
}

void TestQueueWorker::answerToADeletedReceiverIsDropped()
{
    Fixture f;
    QueueWorker worker(f.path(), f.clock());
    QVERIFY(worker.start().ok());
    bool called = false;
    auto *receiver = new QObject;
    worker.run<Result<IssuedTicket>>([](QueueEngine &e) { return e.issue(QStringLiteral("B")); }, receiver,
                                     [&](Result<IssuedTicket>) { called = true; });
    delete receiver;
    QTest::qWait(300);
    QVERIFY(!called);
    QCOMPARE(f.engine().tickets({})->size(), 1); // the job itself still ran: nothing issued is lost
}

void TestQueueWorker::missingDatabaseIsReportedByStart()
{
    QTemporaryDir dir;
    FixedClock clock(mondayMorning());
    QueueWorker worker(freshDatabaseLocation(dir, QStringLiteral("none.db")), clock);
    const Outcome r = worker.start();
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("antrianctl init")));
}

QTEST_GUILESS_MAIN(TestQueueWorker)
#include "tst_queueworker.moc"
