// SPDX-License-Identifier: GPL-3.0-or-later
// Counter stations live together on one database: two windows calling at once never get the
// same ticket, each sees what the kiosk and the other counters do through the change feed,
// a session ended elsewhere sends the window back to its login. Also the waiting list
// model under QAbstractItemModelTester, and the screenshots of the README.
#include "counterstation.h"

#include "core/translation.h"
#include "deskpage.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QListWidget>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kSitiPin = QStringLiteral("4821");
const QString kBudiPin = QStringLiteral("7390");

struct Branch
{
    Fixture f;
    BranchConfig config = f.engine().branch()->config;

    explicit Branch(const BranchConfig &branch = smallBranch()) : f(branch)
    {
        config = f.engine().branch()->config;
        addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), kSitiPin);
        addStaff(f.db(), f.clock(), QStringLiteral("budi"), QStringLiteral("Budi Santoso"), kBudiPin);
    }
    std::unique_ptr<Station> station(int counter = 0) { return std::make_unique<Station>(f.path(), f.clock(), config, counter); }
};

QStringList codesIn(counter::WaitingListModel *model)
{
    QStringList codes;
    for (int i = 0; i < model->rowCount(); ++i)
        codes.append(model->index(i).data(counter::WaitingListModel::CodeRole).toString());
    return codes;
}

Ticket ticket(qint64 id, const char *code, int minutesAgo = 0, bool priority = false)
{
    Ticket t;
    t.id = id;
    t.code = QString::fromLatin1(code);
    t.serviceCode = t.code.left(1);
    t.priority = priority;
    t.issuedAt = mondayMorning().addSecs(-60 * minutesAgo);
    return t;
}

} // namespace

class TestCounterLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void twoWindowsCallingAtOnceGetDifferentTickets();
    void ticketTakenAtTheKioskAppearsInTheList();
    void ticketCalledByAnotherCounterLeavesTheList();
    void priorityTicketsAreMarkedAndListedFirst();
    void counterReleasedElsewhereSendsTheWindowBackToLogin();
    void samePersonLoggingInInAnotherWindowEndsTheFirst();
    void accountDisabledElsewhereSendsTheWindowBackToLoginSayingSo();

    void waitingListModelPassesTheModelTester();
    void waitingTimesMoveOnOncePerMinute();

    void screenshotsOfLoginIdleServingAndBreak();
};

void TestCounterLive::twoWindowsCallingAtOnceGetDifferentTickets()
{
    Branch b;
    for (int i = 0; i < 12; ++i)
        b.f.issue(i % 2 ? QStringLiteral("A") : QStringLiteral("B"));
    auto two = b.station();
    auto three = b.station();
    QVERIFY(two->logIn(QStringLiteral("siti"), kSitiPin, 2));   // A, B oldest first
    QVERIFY(three->logIn(QStringLiteral("budi"), kBudiPin, 3)); // B, A in that order
    QStringList called;
    for (int round = 0; round < 6; ++round) {
        QTRY_VERIFY(two->button("callNextButton")->isEnabled() && three->button("callNextButton")->isEnabled());
        // Both press at the same moment: both calls are in flight before either answers.
        QTest::mouseClick(two->button("callNextButton"), Qt::LeftButton);
        QTest::mouseClick(three->button("callNextButton"), Qt::LeftButton);
        QVERIFY(two->settle() && three->settle());
        const QString a = two->shownCode();
        const QString c = three->shownCode();
        QVERIFY2(a != c, qPrintable(a + QStringLiteral(" called at both counters")));
        called << a << c;
        for (Station *s : {two.get(), three.get()}) {
            s->click("startButton");
            s->click("finishButton");
        }
    }
    called.sort();
    QCOMPARE(called.size(), 12);
    QCOMPARE(QSet<QString>(called.begin(), called.end()).size(), 12);
    QSqlQuery q = b.f.db().exec(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE call_count <> 1 OR status <> 'done'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestCounterLive::ticketTakenAtTheKioskAppearsInTheList()
{
    Branch b;
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 3));
    QCOMPARE(s->desk().waitingList()->rowCount(), 0);
    QVERIFY(!s->button("callNextButton")->isEnabled());
    // Another process, as the kiosk is.
    const ProcessResult r = runCtl({"--db", b.f.path(), "--now", "2026-11-23T09:00:00+07:00", "issue", "B"});
    QCOMPARE(r.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(codesIn(s->desk().waitingList()), QStringList{QStringLiteral("B-001")}, 3000);
    QTRY_VERIFY(s->button("callNextButton")->isEnabled());
    const auto chips = s->window->findChildren<QLabel *>(QStringLiteral("serviceChip"));
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips.at(0)->text(), QStringLiteral("B Service B: 1"));
    QCOMPARE(chips.at(1)->text(), QStringLiteral("A Service A: 0"));
}

void TestCounterLive::ticketCalledByAnotherCounterLeavesTheList()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QCOMPARE(codesIn(s->desk().waitingList()), (QStringList{"A-001", "A-002"}));
    QVERIFY(b.f.engine().callNext(2).ok());
    QTRY_COMPARE(codesIn(s->desk().waitingList()), QStringList{"A-002"});
    s->click("callNextButton");
    QCOMPARE(s->shownCode(), QStringLiteral("A-002"));
}

void TestCounterLive::priorityTicketsAreMarkedAndListedFirst()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    b.f.clock().advanceSecs(60);
    IssueOptions elderly;
    elderly.priorityReason = QStringLiteral("elderly");
    b.f.issue(QStringLiteral("A"), elderly);
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    auto *model = s->desk().waitingList();
    QCOMPARE(codesIn(model), (QStringList{"A-002", "A-001"}));
    QVERIFY(model->index(0).data(counter::WaitingListModel::PriorityRole).toBool());
    QCOMPARE(model->index(0).data(counter::WaitingListModel::PriorityReasonRole).toString(), QStringLiteral("Elderly"));
    QVERIFY(!model->index(1).data(counter::WaitingListModel::PriorityRole).toBool());
    s->click("callNextButton");
    QCOMPARE(s->shownCode(), QStringLiteral("A-002"));
    QCOMPARE(s->text("priorityBadge"), QStringLiteral("PRIORITY · Elderly"));
}

void TestCounterLive::counterReleasedElsewhereSendsTheWindowBackToLogin()
{
    Branch b;
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QVERIFY(QueueEngine(b.f.db(), b.f.clock()).releaseCounter(1).ok()); // a supervisor, elsewhere
    QTRY_VERIFY_WITH_TIMEOUT(!s->desk().isActive(), 3000);
    QVERIFY(s->window->loginPage()->isVisible());
    QVERIFY2(s->text("loginMessage").contains(QStringLiteral("You were logged out of counter 1")),
             qPrintable(s->text("loginMessage")));
}

void TestCounterLive::samePersonLoggingInInAnotherWindowEndsTheFirst()
{
    Branch b;
    auto first = b.station();
    QVERIFY(first->logIn(QStringLiteral("siti"), kSitiPin, 1));
    auto second = b.station();
    QVERIFY(second->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QTRY_VERIFY_WITH_TIMEOUT(!first->desk().isActive(), 3000);
    QVERIFY2(first->text("loginMessage").contains(QStringLiteral("again from another window")),
             qPrintable(first->text("loginMessage")));
    QVERIFY(second->desk().isActive());
}

void TestCounterLive::accountDisabledElsewhereSendsTheWindowBackToLoginSayingSo()
{
    Branch b;
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QVERIFY(StaffAccounts(b.f.db(), b.f.clock()).setActive(QStringLiteral("siti"), false).ok()); // a supervisor, elsewhere
    QTRY_VERIFY_WITH_TIMEOUT(!s->desk().isActive(), 3000);
    QVERIFY(s->window->loginPage()->isVisible());
    QVERIFY2(s->text("loginMessage").contains(QStringLiteral("Your account siti has been disabled by a supervisor; "
                                                             "you are logged out of counter 1")),
             qPrintable(s->text("loginMessage")));
}

void TestCounterLive::waitingListModelPassesTheModelTester()
{
    counter::WaitingListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNames({{QStringLiteral("A"), QStringLiteral("Customer Service")}}, {});
    model.setNow(mondayMorning());
    QCOMPARE(model.roleNames().value(counter::WaitingListModel::CodeRole), QByteArray("code"));
    QCOMPARE(model.roleNames().value(counter::WaitingListModel::WaitedTextRole), QByteArray("waitedText"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QList<Ticket> list{ticket(1, "A-001", 20), ticket(2, "A-002", 15), ticket(3, "A-003", 10)};
    model.setTickets(list);
    QCOMPARE(codesIn(&model), (QStringList{"A-001", "A-002", "A-003"}));
    QCOMPARE(model.index(0).data(counter::WaitingListModel::ServiceNameRole).toString(), QStringLiteral("Customer Service"));
    QCOMPARE(model.index(0).data(counter::WaitingListModel::WaitedTextRole).toString(), QStringLiteral("20 min"));

    // A new ticket at the end, one called away, a priority one jumping ahead: changed in place.
    inserted.clear();
    model.setTickets({ticket(4, "A-004", 1, true), ticket(1, "A-001", 20), ticket(3, "A-003", 10), ticket(5, "A-005", 0)});
    QCOMPARE(codesIn(&model), (QStringList{"A-004", "A-001", "A-003", "A-005"}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(removed.count(), 1);

    // Random shuffles, growth and shrinkage: the tester checks every signal on the way.
    QRandomGenerator random(2026);
    QList<Ticket> pool;
    for (int i = 0; i < 40; ++i)
        pool.append(ticket(100 + i, "B-100", i));
    for (int round = 0; round < 50; ++round) {
        QList<Ticket> next;
        for (const Ticket &t : pool) {
            if (random.bounded(3) != 0)
                next.append(t);
        }
        std::shuffle(next.begin(), next.end(), std::mt19937(random.generate()));
        model.setTickets(next);
        QCOMPARE(model.rowCount(), int(next.size()));
        for (int i = 0; i < next.size(); ++i)
            QCOMPARE(model.index(i).data(counter::WaitingListModel::TicketIdRole).toLongLong(), next.at(i).id);
    }
    QCOMPARE(resets.count(), 0);
    model.setTickets({});
    QCOMPARE(model.rowCount(), 0);
}

void TestCounterLive::waitingTimesMoveOnOncePerMinute()
{
    counter::WaitingListModel model;
    model.setNow(mondayMorning());
    model.setTickets({ticket(1, "A-001", 2), ticket(2, "A-002", 0)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setNow(mondayMorning().addSecs(30));
    QCOMPARE(changed.count(), 0); // still "2 min" and "under 1 min"
    model.setNow(mondayMorning().addSecs(60));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0).data(counter::WaitingListModel::WaitedTextRole).toString(), QStringLiteral("3 min"));
    QCOMPARE(model.index(1).data(counter::WaitingListModel::WaitedTextRole).toString(), QStringLiteral("1 min"));
}

void TestCounterLive::screenshotsOfLoginIdleServingAndBreak()
{
    // Saved when ANTRIAN_SCREENSHOT_DIR is set (see the README); always rendered and checked.
    const QString dir = qEnvironmentVariable("ANTRIAN_SCREENSHOT_DIR");
    const QSize size = qEnvironmentVariableIsSet("ANTRIAN_SCREENSHOT_SIZE")
            ? QSize(qEnvironmentVariable("ANTRIAN_SCREENSHOT_SIZE").section(u'x', 0, 0).toInt(),
                    qEnvironmentVariable("ANTRIAN_SCREENSHOT_SIZE").section(u'x', 1, 1).toInt())
            : QSize(1366, 768);
    for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
        installTranslations(lang);
        Branch b(sampleBranch());
        FixedClock &clock = b.f.clock();
        clock.set(jakarta(2026, 11, 23, 8, 31));
        for (const char *service : {"B", "B", "A", "B", "B", "A", "B", "B"}) {
            b.f.issue(QString::fromLatin1(service));
            clock.advanceSecs(190);
        }
        IssueOptions elderly;
        elderly.priorityReason = QStringLiteral("elderly");
        b.f.issue(QStringLiteral("A"), elderly);
        clock.advanceSecs(240);
        b.f.issue(QStringLiteral("B"));
        clock.set(jakarta(2026, 11, 23, 9, 14));
        // Others at work: Budi at counter 1, so the login list shows who holds what.
        QVERIFY(CounterSessions(b.f.db(), clock, quickPolicy()).login(QStringLiteral("budi"), kBudiPin, 1).ok());
        auto s = b.station(3);
        s->window->resize(size);
        auto shoot = [&](const QString &state) {
            QTest::qWait(50);
            const QImage image = s->window->grab().toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), size);
            if (!dir.isEmpty())
                QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("counter-%1-%2.png").arg(state, lang))));
        };
        QTest::keyClicks(s->window->findChild<QLineEdit *>(QStringLiteral("loginUsername")), QStringLiteral("siti"));
        shoot(QStringLiteral("login"));
        QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin));
        shoot(QStringLiteral("idle"));
        s->click("callNextButton");
        clock.advanceSecs(40);
        s->click("noShowButton"); // the first press only asks for a second
        QTRY_COMPARE(s->text("factTimer"), QStringLiteral("00:40"));
        shoot(QStringLiteral("called"));
        s->click("startButton");
        clock.advanceSecs(3 * 60 + 12);
        QTRY_COMPARE(s->text("factTimer"), QStringLiteral("03:12"));
        shoot(QStringLiteral("serving"));
        s->key(Qt::Key_F6);
        shoot(QStringLiteral("transfer"));
        QTest::keyClick(s->window->findChild<QListWidget *>(QStringLiteral("transferList")), Qt::Key_Escape);
        s->click("finishButton");
        s->click("pauseButton");
        shoot(QStringLiteral("break"));
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestCounterLive)
#include "tst_counterlive.moc"
