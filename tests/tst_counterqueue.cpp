// SPDX-License-Identifier: GPL-3.0-or-later
// What a counter's screen shows of the queue must match what the engine does: the waiting
// list in the order "call next" takes it, the buttons enabled exactly when the engine
// accepts the action, and the no-shows that can still come back.
#include "staffpolicy.h"
#include "testsupport.h"

#include "core/translation.h"
#include "queue/counteractions.h"
#include "queue/counterqueue.h"
#include "queue/queueorder.h"
#include "staff/countersessions.h"
#include "storage/ticketstore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

Q_DECLARE_METATYPE(antrian::CounterAction)

namespace {

QStringList codes(const QList<Ticket> &tickets)
{
    QStringList list;
    for (const Ticket &t : tickets)
        list.append(t.code);
    return list;
}

// A morning's mix: plain and priority tickets of every service, some sent straight to a
// counter, issued a little apart, in an order fixed by `seed`.
void fillQueue(Fixture &f, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList services{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("P")};
    for (int i = 0; i < 30; ++i) {
        f.clock().advanceSecs(random.bounded(1, 90));
        IssueOptions options;
        options.priority = random.bounded(8) == 0;
        const Ticket t = f.issue(services.at(random.bounded(3)), options);
        if (random.bounded(6) == 0) {
            TransferTarget target;
            target.counterNumber = random.bounded(1, 5);
            QVERIFY(f.engine().transferWaiting(t.code, target).ok());
        }
    }
}

// Brings counter 2 (services A, B) into the named state, someone logged in at it (its screen
// is shown only to them).
void bringTo(Fixture &f, const QString &state)
{
    f.staff({2});
    if (state != u"idle, nothing waiting" && state != u"paused, nothing waiting") {
        f.issue(QStringLiteral("A"));
        f.issue(QStringLiteral("B"));
    }
    if (state == u"called" || state == u"serving")
        QVERIFY(f.engine().callNext(2).ok());
    if (state == u"serving")
        QVERIFY(f.engine().start(2).ok());
    if (state.startsWith(u"paused"))
        QVERIFY(f.engine().pauseCounter(2).ok());
    if (state == u"no-show to bring back") {
        QVERIFY(f.engine().callNext(2).ok());
        QVERIFY(f.engine().markNoShow(2).ok());
    }
}

bool engineAccepts(Fixture &f, CounterAction action)
{
    QueueEngine &e = f.engine();
    switch (action) {
    case CounterAction::CallNext: return e.callNext(2).ok();
    case CounterAction::Recall: return e.recall(2).ok();
    case CounterAction::Start: return e.start(2).ok();
    case CounterAction::Finish: return e.finish(2).ok();
    case CounterAction::NoShow: return e.markNoShow(2).ok();
    case CounterAction::Transfer: return e.transfer(2, {QStringLiteral("B"), 0}).ok();
    case CounterAction::Pause: return e.pauseCounter(2).ok();
    case CounterAction::Resume: return e.resumeCounter(2).ok();
    case CounterAction::Reinstate: {
        auto view = readCounterView(e, 2);
        return !view->reinstatable.isEmpty() && e.reinstate(view->reinstatable.first().code).ok();
    }
    case CounterAction::Logout: {
        CounterSessions sessions(f.db(), f.clock(), quickPolicy());
        auto s = sessions.sessionAt(2);
        return s && s->has_value() && sessions.logout(**s).ok();
    }
    }
    return false;
}


// Every way the queue's order is read must tell the same story: for each counter, the ticket
// TicketStore::nextFor would call is the head of the waiting list its screen shows; within a
// service each ticket's "people ahead" is its place in that list; the list is in the order of
// issue within a priority (and service, for the service-order policy). Returns the first
// disagreement, or an empty string.
QString queueDisagreement(Fixture &f)
{
    auto branch = f.engine().branch();
    if (!branch)
        return branch.error().message;
    const QDate today = f.engine().calendar().businessDate(f.clock().nowUtc());
    TicketStore store(f.db());
    for (const CounterConfig &counter : branch->config.counters) {
        auto view = readCounterView(f.engine(), counter.number);
        if (!view)
            return view.error().message;
        auto next = store.nextFor(branch->counterIds.value(counter.number), counter.policy, today);
        if (!next)
            return next.error().message;
        const qint64 head = view->queue.isEmpty() ? 0 : view->queue.first().id;
        if (next->value_or(0) != head)
            return QStringLiteral("counter %1 would call ticket id %2, its list starts with id %3")
                    .arg(counter.number).arg(next->value_or(0)).arg(head);
        for (qsizetype i = 1; i < view->queue.size(); ++i) {
            const Ticket &a = view->queue.at(i - 1);
            const Ticket &b = view->queue.at(i);
            const bool sameRank = a.priority == b.priority
                    && (counter.policy == CallPolicy::OldestFirst
                        || counter.services.indexOf(a.serviceCode) == counter.services.indexOf(b.serviceCode));
            if (sameRank && a.id > b.id)
                return QStringLiteral("counter %1 lists %2 before %3, issued earlier").arg(counter.number).arg(a.code, b.code);
        }
        for (const QString &service : counter.services) {
            int position = 0;
            for (const Ticket &t : view->queue) {
                if (t.serviceCode != service || t.targetCounterNumber != 0)
                    continue;
                auto ahead = store.countAhead({t.priority, -1, t.id}, branch->serviceIds.value(service), today);
                if (!ahead)
                    return ahead.error().message;
                if (*ahead != position)
                    return QStringLiteral("%1 has %2 ahead, but stands at place %3 of service %4 at counter %5")
                            .arg(t.code).arg(*ahead).arg(position).arg(service).arg(counter.number);
                ++position;
            }
        }
    }
    return {};
}

// A day at the small branch with a clock that jumps back and forth within opening hours:
// tickets of every service, some priority, transfers to a service and straight to a counter,
// calls, no-shows, reinstatements and cancellations, in an order fixed by `seed`. After every
// step the queue is checked with queueDisagreement; each call takes the head of the list the
// counter showed just before.
QString replayDay(Fixture &f, quint32 seed, int steps)
{
    QRandomGenerator random(seed);
    const QStringList services{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("P")};
    QStringList noShows;
    for (int step = 0; step < steps; ++step) {
        const QString where = QStringLiteral("seed %1, step %2: ").arg(seed).arg(step);
        // 08:05 .. 14:40, Monday: before the last-ticket time, any order.
        f.clock().set(jakarta(2026, 11, 23, 8, 5).addSecs(random.bounded(395 * 60)));
        const int counter = random.bounded(1, 5);
        auto view = readCounterView(f.engine(), counter);
        if (!view)
            return where + view.error().message;
        auto waiting = f.engine().waitingTickets();
        if (!waiting)
            return where + waiting.error().message;
        const int roll = random.bounded(100);
        if (roll < 40) {
            IssueOptions options;
            options.priority = random.bounded(6) == 0;
            auto issued = f.engine().issue(services.at(random.bounded(3)), options);
            if (!issued)
                return where + issued.error().message;
        } else if (roll < 50 && !waiting->isEmpty()) {
            const Ticket &t = waiting->at(random.bounded(int(waiting->size())));
            TransferTarget target;
            if (random.bounded(2) == 0)
                target.serviceCode = services.at(random.bounded(3));
            else
                target.counterNumber = random.bounded(1, 5);
            (void)f.engine().transferWaiting(t.code, target); // may be refused (already at that counter)
        } else if (roll < 53 && !waiting->isEmpty()) {
            (void)f.engine().cancel(waiting->at(random.bounded(int(waiting->size()))).code);
        } else if (roll < 57 && !noShows.isEmpty()) {
            (void)f.engine().reinstate(noShows.takeAt(random.bounded(int(noShows.size()))));
        } else if (!view->current) {
            auto called = f.engine().callNext(counter);
            const QString expected = view->queue.isEmpty() ? QString() : view->queue.first().code;
            if ((called ? called->code : QString()) != expected)
                return where + QStringLiteral("counter %1 called \"%2\", its list started with \"%3\"")
                        .arg(counter).arg(called ? called->code : QString(), expected);
        } else {
            const Ticket &held = *view->current;
            const int move = random.bounded(4);
            if (held.status == TicketStatus::Called && move == 0) {
                if (f.engine().markNoShow(counter))
                    noShows.append(held.code);
            } else if (move == 1) {
                TransferTarget target;
                if (random.bounded(2) == 0)
                    target.serviceCode = services.at(random.bounded(3));
                else
                    target.counterNumber = random.bounded(1, 5);
                (void)f.engine().transfer(counter, target);
            } else if (held.status == TicketStatus::Called) {
                (void)f.engine().start(counter);
            } else {
                (void)f.engine().finish(counter);
            }
        }
        if (const QString problem = queueDisagreement(f); !problem.isEmpty())
            return where + problem;
    }
    return {};
}

} // namespace

class TestCounterQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void queueListsTicketsInTheOrderCallNextTakesThem_data();
    void queueListsTicketsInTheOrderCallNextTakesThem();
    void ticketSentToAnotherCounterIsNotListed();
    void callsListsAndPeopleAheadAgreeThroughADayWithAJumpingClock_data();
    void callsListsAndPeopleAheadAgreeThroughADayWithAJumpingClock();
    void viewCountsTheCountersServicesInItsOrder();
    void unknownCounterHasNoView();

    void buttonsAreEnabledExactlyWhenTheEngineAccepts_data();
    void buttonsAreEnabledExactlyWhenTheEngineAccepts();

    void noShowCanComeBackOnlyInsideTheWindow_data();
    void noShowCanComeBackOnlyInsideTheWindow();
    void noShowsOfOtherCountersAndServicesAreNotOffered();
};

void TestCounterQueue::queueListsTicketsInTheOrderCallNextTakesThem_data()
{
    QTest::addColumn<int>("counter");
    QTest::addColumn<quint32>("seed");
    // smallBranch: 1 = A oldest, 2 = A+B oldest, 3 = B,A service order, 4 = P,A service order.
    for (int counter = 1; counter <= 4; ++counter) {
        for (quint32 seed : {7u, 42u, 2026u}) {
            QTest::addRow("counter %d, seed %u", counter, seed) << counter << seed;
        }
    }
}

void TestCounterQueue::queueListsTicketsInTheOrderCallNextTakesThem()
{
    QFETCH(int, counter);
    QFETCH(quint32, seed);
    Fixture f;
    fillQueue(f, seed);
    auto view = readCounterView(f.engine(), counter);
    QVERIFY(view.ok());
    QVERIFY(!view->queue.isEmpty());
    QStringList called;
    while (true) {
        f.clock().advanceSecs(30);
        auto r = f.engine().callNext(counter);
        if (!r)
            break;
        called.append(r->code);
        QVERIFY(f.engine().start(counter).ok());
        QVERIFY(f.engine().finish(counter).ok());
    }
    QCOMPARE(called, codes(view->queue));
}

void TestCounterQueue::ticketSentToAnotherCounterIsNotListed()
{
    Fixture f;
    const Ticket a1 = f.issue(QStringLiteral("A"));
    const Ticket a2 = f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().transferWaiting(a1.code, {QString(), 1}).ok());
    QCOMPARE(codes(readCounterView(f.engine(), 2)->queue), QStringList{a2.code});
    QCOMPARE(codes(readCounterView(f.engine(), 1)->queue), (QStringList{a1.code, a2.code}));
}

void TestCounterQueue::callsListsAndPeopleAheadAgreeThroughADayWithAJumpingClock_data()
{
    QTest::addColumn<quint32>("seed");
    // A failing seed replays the same day: run this row alone to watch it.
    for (quint32 seed : {1u, 12u, 2026u, 90210u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestCounterQueue::callsListsAndPeopleAheadAgreeThroughADayWithAJumpingClock()
{
    QFETCH(quint32, seed);
    Fixture f;
    const QString problem = replayDay(f, seed, 160);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    auto all = f.engine().tickets({});
    QVERIFY(all->size() > 40); // the day did happen
}

void TestCounterQueue::viewCountsTheCountersServicesInItsOrder()
{
    Fixture f;
    f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"));
    f.issue(QStringLiteral("B"));
    auto view = readCounterView(f.engine(), 3); // B, A
    QVERIFY(view.ok());
    QCOMPARE(view->services.size(), 2);
    QCOMPARE(view->services.at(0).service.code, QStringLiteral("B"));
    QCOMPARE(view->services.at(0).waiting, 2);
    QCOMPARE(view->services.at(1).service.code, QStringLiteral("A"));
    QCOMPARE(view->services.at(1).waiting, 1);
    QCOMPARE(view->next()->code, QStringLiteral("B-001"));
    QCOMPARE(view->branch.counters.size(), 4);
}

void TestCounterQueue::unknownCounterHasNoView()
{
    Fixture f;
    auto view = readCounterView(f.engine(), 9);
    QVERIFY(!view.ok());
    QCOMPARE(view.error().message, QStringLiteral("counter 9 is not in use in this branch"));
}

void TestCounterQueue::buttonsAreEnabledExactlyWhenTheEngineAccepts_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<CounterAction>("action");
    const QStringList states{QStringLiteral("idle, tickets waiting"), QStringLiteral("idle, nothing waiting"),
                             QStringLiteral("called"),               QStringLiteral("serving"),
                             QStringLiteral("paused, tickets waiting"), QStringLiteral("paused, nothing waiting"),
                             QStringLiteral("no-show to bring back")};
    const QList<std::pair<CounterAction, const char *>> actions{
            {CounterAction::CallNext, "call next"}, {CounterAction::Recall, "recall"},
            {CounterAction::Start, "start"},        {CounterAction::Finish, "finish"},
            {CounterAction::NoShow, "no-show"},     {CounterAction::Transfer, "transfer"},
            {CounterAction::Pause, "pause"},        {CounterAction::Resume, "resume"},
            {CounterAction::Reinstate, "reinstate"}, {CounterAction::Logout, "log out"}};
    for (const QString &state : states) {
        for (const auto &[action, name] : actions)
            QTest::addRow("%s: %s", qPrintable(state), name) << state << action;
    }
}

void TestCounterQueue::buttonsAreEnabledExactlyWhenTheEngineAccepts()
{
    QFETCH(QString, state);
    QFETCH(CounterAction, action);
    Fixture f;
    bringTo(f, state);
    auto view = readCounterView(f.engine(), 2);
    QVERIFY(view.ok());
    const bool enabled = isAllowed(action, *view);
    QCOMPARE(engineAccepts(f, action), enabled);
}

void TestCounterQueue::noShowCanComeBackOnlyInsideTheWindow_data()
{
    QTest::addColumn<int>("secondsAfter");
    QTest::addColumn<bool>("offered");
    // smallBranch keeps the default window of 15 minutes.
    QTest::newRow("at once") << 0 << true;
    QTest::newRow("last second") << 15 * 60 << true;
    QTest::newRow("one second late") << 15 * 60 + 1 << false;
    QTest::newRow("an hour later") << 3600 << false;
}

void TestCounterQueue::noShowCanComeBackOnlyInsideTheWindow()
{
    QFETCH(int, secondsAfter);
    QFETCH(bool, offered);
    Fixture f;
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().markNoShow(1).ok());
    f.clock().advanceSecs(secondsAfter);
    auto view = readCounterView(f.engine(), 1);
    QVERIFY(view.ok());
    QCOMPARE(view->reinstateMinutes, 15);
    QCOMPARE(view->reinstatable.size(), offered ? 1 : 0);
    QCOMPARE(f.engine().reinstate(QStringLiteral("A-001")).ok(), offered);
}

void TestCounterQueue::noShowsOfOtherCountersAndServicesAreNotOffered()
{
    Fixture f;
    f.issue(QStringLiteral("B")); // only counters 2 and 3 serve B
    QVERIFY(f.engine().callNext(3).ok());
    QVERIFY(f.engine().markNoShow(3).ok());
    QCOMPARE(readCounterView(f.engine(), 1)->reinstatable.size(), 0); // counter 1 serves A only
    QCOMPARE(readCounterView(f.engine(), 2)->reinstatable.size(), 1); // serves B
    QCOMPARE(readCounterView(f.engine(), 3)->reinstatable.size(), 1); // called it
}

QTEST_GUILESS_MAIN(TestCounterQueue)
#include "tst_counterqueue.moc"
