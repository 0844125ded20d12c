// SPDX-License-Identifier: GPL-3.0-or-later
// KioskController, the kiosk's view-model, on a real database without the QML on top: one touch
// makes one ticket, touches at the wrong moment are ignored, a busy database does not freeze the
// screen, the priority path, the printer's answer.
#include "kioskparts.h"

#include "core/translation.h"
#include "storage/database.h"

#include <QSignalSpy>
#include <QTest>

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::kiosk::test;
using Screen = KioskController::Screen;

class TestKioskController : public QObject
{
    Q_OBJECT

private slots:
    void init() { installTranslations(QStringLiteral("en")); }

    void oneTouchIssuesOneTicketAndShowsIt();
    void secondTouchWhileTheFirstIsIssuingIsIgnored();
    void touchRightAfterTheTicketAppearsDoesNotHideIt();
    void startScreenIgnoresTheTailOfADoubleTapAfterATicket();
    void ticketScreenReturnsToStartByItself();
    void priorityPathIssuesAPriorityTicketWithItsReason();
    void unknownPriorityReasonIsIgnored();
    void printerFaultKeepsTheTicketAndAsksToNoteTheNumber();
    void printedTicketIsReported();
    void busyDatabaseKeepsTheScreenAnsweringAndIssuesOnce();
    void previewShowsTheNextNumberWithoutIssuingIt();
};

void TestKioskController::oneTouchIssuesOneTicketAndShowsIt()
{
    Fixture f(sampleBranch());
    f.staff({4});
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    QSignalSpy issued(k.controller.get(), &KioskController::ticketIssued);
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QCOMPARE(issued.size(), 1);
    QCOMPARE(k.controller->ticket()->code(), QStringLiteral("A-001"));
    QCOMPARE(k.controller->ticket()->serviceName(), QStringLiteral("Customer Service"));
    QCOMPARE(k.controller->ticket()->ahead(), 0);
    QCOMPARE(k.controller->ticket()->waitText(), QStringLiteral("no wait"));
    QCOMPARE(k.controller->ticket()->timeText(), QStringLiteral("09:00"));
    QVERIFY(!k.controller->ticket()->preview());
    QCOMPARE(k.controller->printState(), KioskController::PrintState::NoPrinter);
    const auto tickets = f.engine().tickets({});
    QCOMPARE(tickets->size(), 1);
    QCOMPARE(tickets->constFirst().code, QStringLiteral("A-001"));
}

void TestKioskController::secondTouchWhileTheFirstIsIssuingIsIgnored()
{
    Fixture f(sampleBranch());
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->chooseService(QStringLiteral("B"));
    QVERIFY(k.controller->issuing());
    // The second tap of a double-tap, and a touch on another service: both while in flight.
    k.controller->chooseService(QStringLiteral("B"));
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QTest::qWait(200); // anything else queued would have landed by now
    QCOMPARE(k.ticketCount(f), 1);
    QCOMPARE(k.controller->ticket()->code(), QStringLiteral("B-001"));
}

void TestKioskController::touchRightAfterTheTicketAppearsDoesNotHideIt()
{
    Fixture f(sampleBranch());
    KioskTimings t = quick();
    t.dismissGuardMs = 600;
    Kiosk k(f, t);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    k.controller->dismissTicket();
    QCOMPARE(k.controller->screen(), Screen::Ticket);
    QTest::qWait(700);
    k.controller->dismissTicket();
    QCOMPARE(k.controller->screen(), Screen::Start);
}

void TestKioskController::startScreenIgnoresTheTailOfADoubleTapAfterATicket()
{
    Fixture f(sampleBranch());
    KioskTimings t = quick();
    t.startGuardMs = 600;
    Kiosk k(f, t);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    QTest::qWait(650);
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    k.controller->dismissTicket();
    QCOMPARE(k.controller->screen(), Screen::Start);
    k.controller->chooseService(QStringLiteral("A")); // lands where a service button is now
    QTest::qWait(200);
    QCOMPARE(k.controller->screen(), Screen::Start);
    QCOMPARE(k.ticketCount(f), 1);
    QTest::qWait(500);
    k.controller->chooseService(QStringLiteral("A")); // a deliberate touch afterwards works
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QCOMPARE(k.controller->ticket()->code(), QStringLiteral("A-002"));
}

void TestKioskController::ticketScreenReturnsToStartByItself()
{
    Fixture f(sampleBranch());
    KioskTimings t = quick();
    t.returnSeconds = 2;
    Kiosk k(f, t);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QCOMPARE(k.controller->secondsLeft(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(k.controller->secondsLeft(), 1, 1500);
    QTRY_COMPARE_WITH_TIMEOUT(k.controller->screen(), Screen::Start, 1500);
}

void TestKioskController::priorityPathIssuesAPriorityTicketWithItsReason()
{
    Fixture f(sampleBranch());
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    QCOMPARE(k.controller->priorityReasons()->summary(), QStringLiteral("Elderly, Person with disability, Pregnant"));
    k.controller->beginPriority(QStringLiteral("elderly"));
    QCOMPARE(k.controller->priorityReason(), QStringLiteral("elderly"));
    QCOMPARE(k.controller->priorityReasonName(), QStringLiteral("Elderly"));
    k.controller->chooseService(QStringLiteral("B"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QCOMPARE(k.controller->ticket()->priorityText(), QStringLiteral("Priority: Elderly"));
    QVERIFY(k.controller->priorityReason().isEmpty()); // the next customer starts ordinary
    const Ticket t = f.engine().tickets({})->constFirst();
    QVERIFY(t.priority);
    QCOMPARE(t.priorityReason, QStringLiteral("elderly"));
    QCOMPARE(t.code, QStringLiteral("B-001"));
}

void TestKioskController::unknownPriorityReasonIsIgnored()
{
    Fixture f(sampleBranch());
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->beginPriority(QStringLiteral("vip"));
    QVERIFY(k.controller->priorityReason().isEmpty());
    k.controller->beginPriority(QStringLiteral("pregnant"));
    k.controller->cancelPriority();
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QVERIFY(!f.engine().tickets({})->constFirst().priority);
}

void TestKioskController::printerFaultKeepsTheTicketAndAsksToNoteTheNumber()
{
    Fixture f(sampleBranch());
    KioskTimings t = quick();
    t.returnSeconds = 5;
    t.faultReturnSeconds = 40;
    Kiosk k(f, t, true);
    k.fake->answer = false;
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QTRY_COMPARE(k.controller->printState(), KioskController::PrintState::Failed);
    QCOMPARE(k.fake->slips.size(), 1);
    QCOMPARE(k.fake->slips.constFirst().code, QStringLiteral("A-001"));
    QVERIFY(k.controller->secondsLeft() >= 39); // time to write the number down
    QCOMPARE(k.ticketCount(f), 1);
    // The queue goes on: the next customer gets the next number.
    QTest::qWait(50);
    k.controller->dismissTicket();
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->ticket()->code(), QStringLiteral("A-002"));
}

void TestKioskController::printedTicketIsReported()
{
    Fixture f(sampleBranch());
    Kiosk k(f, quick(), true);
    k.fake->answerAtOnce = false;
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    // The ticket shows before the printer has answered: printing never holds up the screen.
    QCOMPARE(k.controller->printState(), KioskController::PrintState::Printing);
    emit k.fake->done(1, true, QString());
    QCOMPARE(k.controller->printState(), KioskController::PrintState::Printed);
}

void TestKioskController::busyDatabaseKeepsTheScreenAnsweringAndIssuesOnce()
{
    Fixture f(sampleBranch());
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    auto other = Database::open(f.path());
    QVERIFY(other.ok());
    {
        // Another process holds the write lock for a second.
        WriteTransaction lock(**other);
        QVERIFY(lock.isOpen());
        int ticks = 0;
        QTimer heartbeat;
        connect(&heartbeat, &QTimer::timeout, [&] { ++ticks; });
        heartbeat.start(20);
        k.controller->chooseService(QStringLiteral("A"));
        k.controller->chooseService(QStringLiteral("A"));
        QTRY_VERIFY(k.controller->pleaseWait()); // the screen says why nothing happens yet
        QTest::qWait(800);
        // The screen's thread kept running while the issue waited on the lock (a blocking
        // call there would have let no timer fire until the lock was gone).
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QCOMPARE(k.controller->screen(), Screen::Start);
        k.controller->chooseService(QStringLiteral("B")); // impatient: ignored
    }
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QVERIFY(!k.controller->pleaseWait());
    QTest::qWait(200);
    QCOMPARE(k.ticketCount(f), 1);
    QCOMPARE(k.controller->ticket()->code(), QStringLiteral("A-001"));
}

void TestKioskController::previewShowsTheNextNumberWithoutIssuingIt()
{
    Fixture f(sampleBranch());
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("A"));
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    QCOMPARE(k.controller->firstAvailableService(), QStringLiteral("A"));
    QVERIFY(k.controller->showPreview(QStringLiteral("A")));
    QCOMPARE(k.controller->screen(), Screen::Ticket);
    QCOMPARE(k.controller->ticket()->code(), QStringLiteral("A-003"));
    QCOMPARE(k.controller->ticket()->ahead(), 2);
    QVERIFY(k.controller->ticket()->preview());
    QCOMPARE(k.ticketCount(f), 2);
}

QTEST_GUILESS_MAIN(TestKioskController)
#include "tst_kioskcontroller.moc"
