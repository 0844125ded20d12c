// SPDX-License-Identifier: GPL-3.0-or-later
// Counter sessions: one person per counter and one counter per person, claimed in one
// transaction, released at logout, and sessions of crashed apps taken over.
#include "stafffixture.h"

#include "core/translation.h"
#include "queue/queueengine.h"
#include "staff/staffevents.h"

#include <QThread>

#include <latch>

Q_DECLARE_METATYPE(antrian::TicketStatus)

using namespace antrian;
using namespace antrian::test;

class TestStaffSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void loginClaimsTheCounterAndRecordsWhoAndWhere();
    void loginToAnUnknownCounterSaysSoWithoutCountingAnything();
    void someoneElseAtTheCounterIsRefusedNamingThem();
    void samePersonAtAnotherCounterIsRefused();
    void wrongPinAtLoginIsCountedAndClaimsNothing();
    void logoutFreesAndClosesTheCounter();
    void logoutIsRefusedWhileACustomerIsAtTheCounter();
    void heartbeatKeepsTheSessionFresh();
    void staleSessionOfACrashedAppIsTakenOver();
    void samePersonLoggingInAgainReplacesTheOldWindow();
    void supervisorReleaseFreesTheCounterAtOnce();
    void seatsSayWhoHoldsEachCounter();
    void simultaneousLoginsAtOneCounterLetExactlyOneIn();
    void disablingAnAccountEndsItsSessionAtOnce_data();
    void disablingAnAccountEndsItsSessionAtOnce();
    void theCounterAppsNextCheckRefusesADisabledAccount_data();
    void theCounterAppsNextCheckRefusesADisabledAccount();
    void aTicketCalledButNotStartedGoesBackFirstInLine();
    void aSessionKeptByAnAccountDisabledEarlierEndsAtItsHeartbeat();
};

void TestStaffSessions::loginClaimsTheCounterAndRecordsWhoAndWhere()
{
    Staffed s;
    auto r = s.sessions.login(QStringLiteral("siti"), kSitiPin, 3);
    QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QCOMPARE(r->counterNumber, 3);
    QCOMPARE(r->fullName, QStringLiteral("Siti Rahma"));
    QCOMPARE(r->startedAt, s.f.clock().nowUtc());
    auto at = s.sessions.sessionAt(3);
    QVERIFY(at.ok() && at->has_value());
    QCOMPARE((*at)->staffId, s.member(QStringLiteral("siti")).id);
    QSqlQuery q = s.f.db().exec(QStringLiteral("SELECT c.number, e.staff_id FROM events e JOIN counters c ON c.id = e.counter_id"
                                               " WHERE e.kind = 'counter_login'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    QCOMPARE(q.value(1).toLongLong(), s.member(QStringLiteral("siti")).id);
}

void TestStaffSessions::loginToAnUnknownCounterSaysSoWithoutCountingAnything()
{
    Staffed s;
    auto r = s.sessions.login(QStringLiteral("siti"), QStringLiteral("1357"), 9);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::BadInput);
    QCOMPARE(r.error().message, QStringLiteral("there is no counter 9 in this branch"));
    QCOMPARE(s.member(QStringLiteral("siti")).failedAttempts, 0);
}

void TestStaffSessions::someoneElseAtTheCounterIsRefusedNamingThem()
{
    Staffed s;
    QVERIFY(s.sessions.login(QStringLiteral("siti"), kSitiPin, 3).ok());
    s.f.clock().advanceSecs(60);
    auto budi = s.sessions.login(QStringLiteral("budi"), kBudiPin, 3);
    QVERIFY(!budi.ok());
    QCOMPARE(budi.error().kind, Error::Kind::Refused);
    QVERIFY2(budi.error().message.contains(QStringLiteral("counter 3 is in use by Siti Rahma (siti) since 09:00")),
             qPrintable(budi.error().message));
    QCOMPARE((*s.sessions.sessionAt(3))->username, QStringLiteral("siti"));
    QVERIFY(s.sessions.login(QStringLiteral("budi"), kBudiPin, 2).ok());
}

void TestStaffSessions::samePersonAtAnotherCounterIsRefused()
{
    Staffed s;
    QVERIFY(s.sessions.login(QStringLiteral("siti"), kSitiPin, 3).ok());
    auto again = s.sessions.login(QStringLiteral("siti"), kSitiPin, 2);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.contains(QStringLiteral("Siti Rahma (siti) is logged in at counter 3 since 09:00; "
                                                           "log out there first")),
             qPrintable(again.error().message));
    QVERIFY(!s.sessions.sessionAt(2)->has_value());
}

void TestStaffSessions::wrongPinAtLoginIsCountedAndClaimsNothing()
{
    Staffed s;
    auto r = s.sessions.login(QStringLiteral("siti"), QStringLiteral("1357"), 3);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("wrong username or PIN"));
    QCOMPARE(s.member(QStringLiteral("siti")).failedAttempts, 1);
    QVERIFY(!s.sessions.sessionAt(3)->has_value());
    QCOMPARE(s.events(EventKind::CounterLogin), 0);
}

void TestStaffSessions::logoutFreesAndClosesTheCounter()
{
    Staffed s;
    auto session = s.sessions.login(QStringLiteral("siti"), kSitiPin, 3);
    QVERIFY(session.ok());
    QCOMPARE(s.stateOf(3), CounterState::Open);
    QVERIFY(s.sessions.logout(*session).ok());
    QVERIFY(!s.sessions.sessionAt(3)->has_value());
    QCOMPARE(s.stateOf(3), CounterState::Closed);
    QCOMPARE(s.events(EventKind::CounterLogout), 1);
    // Someone else may now log in there, and that opens the counter again.
    QVERIFY(s.sessions.login(QStringLiteral("budi"), kBudiPin, 3).ok());
    QCOMPARE(s.stateOf(3), CounterState::Open);
}

void TestStaffSessions::logoutIsRefusedWhileACustomerIsAtTheCounter()
{
    Staffed s;
    auto session = s.sessions.login(QStringLiteral("siti"), kSitiPin, 1);
    QVERIFY(session.ok());
    s.f.issue(QStringLiteral("A"));
    QVERIFY(s.f.engine().callNext(1, session->staffId).ok());
    auto out = s.sessions.logout(*session);
    QVERIFY(!out.ok());
    QVERIFY2(out.error().message.contains(QStringLiteral("counter 1 still holds A-001")), qPrintable(out.error().message));
    QVERIFY(s.sessions.sessionAt(1)->has_value());
    QVERIFY(s.f.engine().markNoShow(1, session->staffId).ok());
    QVERIFY(s.sessions.logout(*session).ok());
}

void TestStaffSessions::heartbeatKeepsTheSessionFresh()
{
    Staffed s;
    auto siti = s.sessions.login(QStringLiteral("siti"), kSitiPin, 3);
    QVERIFY(siti.ok());
    for (int i = 0; i < 10; ++i) {
        s.f.clock().advanceSecs(s.sessions.policy().heartbeatSeconds);
        auto beat = s.sessions.heartbeat(*siti);
        QVERIFY(beat.ok());
        QCOMPARE(beat->seenAt, s.f.clock().nowUtc());
    }
    auto budi = s.sessions.login(QStringLiteral("budi"), kBudiPin, 3);
    QVERIFY(!budi.ok());
    QVERIFY(budi.error().message.contains(QStringLiteral("in use by Siti Rahma")));
}

void TestStaffSessions::staleSessionOfACrashedAppIsTakenOver()
{
    Staffed s;
    auto siti = s.sessions.login(QStringLiteral("siti"), kSitiPin, 3);
    QVERIFY(siti.ok());
    // Siti's app dies: no more heartbeats.
    s.f.clock().advanceSecs(s.sessions.policy().staleSessionSeconds - 1);
    QVERIFY(!s.sessions.login(QStringLiteral("budi"), kBudiPin, 3).ok());
    s.f.clock().advanceSecs(1);
    auto budi = s.sessions.login(QStringLiteral("budi"), kBudiPin, 3);
    QVERIFY2(budi.ok(), qPrintable(messageOf(budi)));
    // Had Siti's app only frozen, it learns at its next heartbeat, in words.
    auto beat = s.sessions.heartbeat(*siti);
    QVERIFY(!beat.ok());
    QVERIFY2(beat.error().message.contains(QStringLiteral("counter 3 was taken over by Budi Santoso (budi) at 09:02")),
             qPrintable(beat.error().message));
    // And Siti can log in elsewhere at once.
    QVERIFY(s.sessions.login(QStringLiteral("siti"), kSitiPin, 2).ok());
    QSqlQuery q = s.f.db().exec(QStringLiteral("SELECT detail FROM events WHERE kind = 'counter_logout'"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("stale")));
}

void TestStaffSessions::samePersonLoggingInAgainReplacesTheOldWindow()
{
    Staffed s;
    auto first = s.sessions.login(QStringLiteral("siti"), kSitiPin, 3);
    QVERIFY(first.ok());
    // The app crashed and Siti starts it again at once (same clock tick even).
    auto second = s.sessions.login(QStringLiteral("siti"), kSitiPin, 3);
    QVERIFY2(second.ok(), qPrintable(messageOf(second)));
    QVERIFY(second->startedAt != first->startedAt);
    QVERIFY(s.sessions.heartbeat(*second).ok());
    auto old = s.sessions.heartbeat(*first);
    QVERIFY(!old.ok());
    QVERIFY2(old.error().message.contains(QStringLiteral("again from another window")), qPrintable(old.error().message));
    // The old window logging out does not end the new session.
    QVERIFY(s.sessions.logout(*first).ok());
    QVERIFY(s.sessions.sessionAt(3)->has_value());
}

void TestStaffSessions::supervisorReleaseFreesTheCounterAtOnce()
{
    Staffed s;
    auto siti = s.sessions.login(QStringLiteral("siti"), kSitiPin, 3);
    QVERIFY(siti.ok());
    auto released = QueueEngine(s.f.db(), s.f.clock()).releaseCounter(3, s.member(QStringLiteral("budi")).id);
    QVERIFY(released.ok());
    QCOMPARE(released->username, QStringLiteral("siti"));
    QCOMPARE(s.stateOf(3), CounterState::Closed);
    QVERIFY(s.sessions.login(QStringLiteral("budi"), kBudiPin, 3).ok());
    auto beat = s.sessions.heartbeat(*siti);
    QVERIFY(!beat.ok());
    auto nobody = QueueEngine(s.f.db(), s.f.clock()).releaseCounter(4);
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().message, QStringLiteral("nobody is logged in at counter 4"));
}

void TestStaffSessions::seatsSayWhoHoldsEachCounter()
{
    Staffed s;
    QVERIFY(s.sessions.login(QStringLiteral("siti"), kSitiPin, 3).ok());
    s.f.clock().advanceSecs(s.sessions.policy().staleSessionSeconds);
    QVERIFY(s.sessions.login(QStringLiteral("budi"), kBudiPin, 1).ok());
    auto seats = s.sessions.seats();
    QVERIFY(seats.ok());
    QCOMPARE(seats->size(), 4);
    QCOMPARE(seats->at(0).session->username, QStringLiteral("budi"));
    QVERIFY(!seats->at(0).stale);
    QVERIFY(!seats->at(1).session.has_value());
    QCOMPARE(seats->at(2).session->username, QStringLiteral("siti"));
    QVERIFY(seats->at(2).stale);
}

void TestStaffSessions::simultaneousLoginsAtOneCounterLetExactlyOneIn()
{
    Staffed s;
    for (int round = 0; round < 10; ++round) {
        std::latch ready(2);
        QStringList outcomes(2);
        auto attempt = [&](int slot, QString username, QString pin) {
            auto db = Database::open(s.f.path());
            ready.arrive_and_wait();
            if (!db) {
                outcomes[slot] = db.error().message;
                return;
            }
            CounterSessions mine(**db, s.f.clock(), quickPolicy());
            auto r = mine.login(username, pin, 2);
            outcomes[slot] = r ? QStringLiteral("in") : r.error().message;
        };
        std::unique_ptr<QThread> a(QThread::create(attempt, 0, QStringLiteral("siti"), kSitiPin));
        std::unique_ptr<QThread> b(QThread::create(attempt, 1, QStringLiteral("budi"), kBudiPin));
        a->start();
        b->start();
        a->wait();
        b->wait();
        QCOMPARE(outcomes.count(QStringLiteral("in")), 1);
        const QString refused = outcomes.at(0) == u"in" ? outcomes.at(1) : outcomes.at(0);
        QVERIFY2(refused.contains(QStringLiteral("counter 2 is in use by")), qPrintable(refused));
        auto holder = s.sessions.sessionAt(2);
        QVERIFY(holder.ok() && holder->has_value());
        QVERIFY(QueueEngine(s.f.db(), s.f.clock()).releaseCounter(2).ok());
    }
}

void TestStaffSessions::disablingAnAccountEndsItsSessionAtOnce_data()
{
    // What the counter holds when its account is disabled, and what becomes of that ticket.
    QTest::addColumn<QString>("holds");       // "", "called", "serving"
    QTest::addColumn<TicketStatus>("status"); // of A-001 afterwards
    QTest::addColumn<int>("counter");         // where A-001 is afterwards, 0: none
    QTest::newRow("nobody at the counter") << QString() << TicketStatus::Waiting << 0;
    QTest::newRow("a ticket called") << QStringLiteral("called") << TicketStatus::Waiting << 0;
    // Kept with the counter for a supervisor to finish or transfer (sessionending.cpp says why).
    QTest::newRow("a ticket being served") << QStringLiteral("serving") << TicketStatus::Serving << 1;
}

void TestStaffSessions::disablingAnAccountEndsItsSessionAtOnce()
{
    QFETCH(QString, holds);
    QFETCH(TicketStatus, status);
    QFETCH(int, counter);
    Staffed s;
    auto siti = s.sessions.login(QStringLiteral("siti"), kSitiPin, 1);
    QVERIFY(siti.ok());
    const Ticket a1 = s.f.issue(QStringLiteral("A"));
    if (!holds.isEmpty())
        QVERIFY(s.f.engine().callNext(1, siti->staffId).ok());
    if (holds == u"serving")
        QVERIFY(s.f.engine().start(1, siti->staffId).ok());
    const qint64 budi = s.member(QStringLiteral("budi")).id;

    QVERIFY(s.sessions.accounts().setActive(QStringLiteral("siti"), false, budi).ok());
    QVERIFY(!s.sessions.sessionAt(1)->has_value());
    QCOMPARE(s.stateOf(1), CounterState::Closed);
    QSqlQuery q = s.f.db().exec(QStringLiteral("SELECT e.staff_id, e.detail FROM events e JOIN counters c ON c.id = e.counter_id"
                                               " WHERE e.kind = 'counter_logout' AND c.number = 1"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), siti->staffId);
    QVERIFY2(q.value(1).toString().contains(QStringLiteral("\"reason\":\"disabled\"")), qPrintable(q.value(1).toString()));
    QVERIFY2(q.value(1).toString().contains(QStringLiteral("\"by\":%1").arg(budi)), qPrintable(q.value(1).toString()));
    auto after = s.f.engine().tickets({});
    QVERIFY(after.ok());
    QCOMPARE(after->first().id, a1.id);
    QCOMPARE(after->first().status, status);
    QCOMPARE(after->first().status == TicketStatus::Waiting ? 0 : after->first().counterNumber, counter);
    // Someone else may log in there at once.
    QVERIFY(s.sessions.login(QStringLiteral("budi"), kBudiPin, 1).ok());
}

void TestStaffSessions::theCounterAppsNextCheckRefusesADisabledAccount_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("message");
    const QString action = QStringLiteral("the account siti has been disabled by a supervisor; it can no longer work at a counter");
    QTest::newRow("heartbeat") << QStringLiteral("heartbeat")
                               << QStringLiteral("your account siti has been disabled by a supervisor; you are logged out of counter 1");
    QTest::newRow("call next") << QStringLiteral("call") << action;
    QTest::newRow("pause") << QStringLiteral("pause") << action;
}

void TestStaffSessions::theCounterAppsNextCheckRefusesADisabledAccount()
{
    QFETCH(QString, check);
    QFETCH(QString, message);
    Staffed s;
    auto siti = s.sessions.login(QStringLiteral("siti"), kSitiPin, 1);
    QVERIFY(siti.ok());
    s.f.issue(QStringLiteral("A"));
    QVERIFY(s.sessions.accounts().setActive(QStringLiteral("siti"), false, s.member(QStringLiteral("budi")).id).ok());
    s.f.clock().advanceSecs(5);
    QString refusal;
    Error::Kind kind = Error::Kind::Storage;
    if (check == u"heartbeat") {
        auto r = s.sessions.heartbeat(*siti);
        QVERIFY(!r.ok());
        refusal = r.error().message;
        kind = r.error().kind;
    } else if (check == u"call") {
        auto r = s.f.engine().callNext(1, siti->staffId);
        QVERIFY(!r.ok());
        refusal = r.error().message;
        kind = r.error().kind;
    } else {
        Outcome r = s.f.engine().pauseCounter(1, siti->staffId);
        QVERIFY(!r.ok());
        refusal = r.error().message;
        kind = r.error().kind;
    }
    QCOMPARE(kind, Error::Kind::Refused);
    QCOMPARE(refusal, message);
    QCOMPARE(s.f.engine().waitingTickets()->size(), 1); // nothing was called
}

void TestStaffSessions::aTicketCalledButNotStartedGoesBackFirstInLine()
{
    Staffed s;
    auto siti = s.sessions.login(QStringLiteral("siti"), kSitiPin, 1);
    QVERIFY(siti.ok());
    const Ticket a1 = s.f.issue(QStringLiteral("A"));
    s.f.issue(QStringLiteral("A"));
    QVERIFY(s.f.engine().callNext(1, siti->staffId).ok());
    s.f.issue(QStringLiteral("A"));
    QVERIFY(s.sessions.accounts().setActive(QStringLiteral("siti"), false).ok());
    auto waiting = s.f.engine().waitingTickets();
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 3);
    QCOMPARE(waiting->first().code, QStringLiteral("A-001"));
    QCOMPARE(s.events(EventKind::Transferred), 1);
    // The next counter to call takes A-001, before those issued after it.
    auto budi = s.sessions.login(QStringLiteral("budi"), kBudiPin, 2);
    QVERIFY(budi.ok());
    auto next = s.f.engine().callNext(2, budi->staffId);
    QVERIFY(next.ok());
    QCOMPARE(next->id, a1.id);
    QCOMPARE(next->callCount, 2);
}

void TestStaffSessions::aSessionKeptByAnAccountDisabledEarlierEndsAtItsHeartbeat()
{
    Staffed s;
    auto siti = s.sessions.login(QStringLiteral("siti"), kSitiPin, 1);
    QVERIFY(siti.ok());
    // As an older version left it: the account disabled, its session still there.
    s.f.db().exec(QStringLiteral("UPDATE staff SET active = 0 WHERE username = 'siti'"));
    auto beat = s.sessions.heartbeat(*siti);
    QVERIFY(!beat.ok());
    QVERIFY2(beat.error().message.contains(QStringLiteral("has been disabled by a supervisor")), qPrintable(beat.error().message));
    QVERIFY(!s.sessions.sessionAt(1)->has_value());
    QCOMPARE(s.stateOf(1), CounterState::Closed);
}

QTEST_GUILESS_MAIN(TestStaffSessions)
#include "tst_staffsessions.moc"
