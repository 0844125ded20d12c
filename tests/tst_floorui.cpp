// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's pages of antrian-counter, headless, driven through their widgets: the
// sign-in to the floor from the login page (claiming no counter), the floor kept current by
// the change feed and by its timer as waits grow, the alerts and their "Handled" key, the
// floor's actions behind their confirmations, and the follow-up list. Checked on screen and in
// the database; the clock is the test's, and the timer's interval is set, never waited out.
#include "counterstation.h"

#include "floormodel.h"
#include "floorpage.h"
#include "followuppage.h"
#include "outofservicepage.h"
#include "reportpage.h"
#include "staffmodel.h"
#include "staffingpage.h"
#include "staffpage.h"
#include "supervisorpage.h"

#include "core/translation.h"
#include "domain/queueevent.h"
#include "storage/roles.h"

#include <QDir>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>

#include <algorithm>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kBudiPin = QStringLiteral("7390");
const QString kSitiPin = QStringLiteral("4821");
constexpr int kNoTimer = 3'600'000; // the floor is read again only when the feed says so

// The sample branch (services A, B, P with their standards, outcomes with a follow-up, six
// counters: 1-2 serve B, 4 serves A), Budi its supervisor and Siti a member of staff.
struct Branch
{
    Fixture f{sampleBranch()};
    BranchConfig config = f.engine().branch()->config;
    qint64 budi = 0;

    Branch()
    {
        addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), kSitiPin);
        auto added = StaffAccounts(f.db(), f.clock(), quickPolicy())
                             .add({QStringLiteral("budi"), QStringLiteral("Budi Santoso"), StaffRole::Supervisor}, kBudiPin);
        if (!added)
            qFatal("cannot add Budi: %s", qPrintable(added.error().message));
        budi = added->id;
    }
    int count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q = f.db().exec(sql, values);
        return q.next() ? q.value(0).toInt() : -1;
    }
    int sessions() { return count(QStringLiteral("SELECT COUNT(*) FROM counter_sessions")); }
    Ticket ticket(const QString &code)
    {
        auto list = f.engine().tickets({});
        for (const Ticket &t : *list) {
            if (t.code == code)
                return t;
        }
        return {};
    }
};

// The station of a supervisor's PC, and what the tests do with its floor.
struct Floor
{
    Station station;

    Floor(Branch &b) : Floor(b, b.f.path()) {}
    // On the database at `location` (the branch's, as another login role).
    Floor(Branch &b, const QString &location) : station(location, b.f.clock(), b.config)
    {
        model().setRefreshInterval(kNoTimer);
    }

    counter::CounterWindow &window() { return *station.window; }
    counter::FloorModel &model() { return window().floor(); }
    QTableWidget *table(const char *name) { return window().findChild<QTableWidget *>(QString::fromLatin1(name)); }

    // Types the username and PIN in supervisor mode and presses Enter; true once the floor
    // is shown and read.
    bool signIn(const QString &username, const QString &pin)
    {
        if (!station.login().isSupervisorMode())
            QTest::mouseClick(station.button("supervisorModeButton"), Qt::LeftButton);
        auto *user = window().findChild<QLineEdit *>(QStringLiteral("loginUsername"));
        auto *pinField = window().findChild<QLineEdit *>(QStringLiteral("loginPin"));
        user->clear();
        pinField->clear();
        QTest::keyClicks(user, username);
        QTest::keyClick(user, Qt::Key_Return);
        QTest::keyClicks(pinField, pin);
        QTest::keyClick(pinField, Qt::Key_Return);
        if (!QTest::qWaitFor([this] { return !station.login().isBusy(); }, 10000))
            return false;
        return model().isActive() && settle() && model().hasView();
    }
    bool settle() { return QTest::qWaitFor([this] { return model().isSettled(); }, 10000); }

    // The row of the service or counter whose first cell starts with `key`, -1 if none.
    int row(const char *tableName, const QString &key)
    {
        QTableWidget *t = table(tableName);
        for (int r = 0; r < t->rowCount(); ++r) {
            if (t->item(r, 0) && t->item(r, 0)->text().startsWith(key))
                return r;
        }
        return -1;
    }
    QString cell(const char *tableName, const QString &key, int column)
    {
        const int r = row(tableName, key);
        QTableWidgetItem *item = r >= 0 ? table(tableName)->item(r, column) : nullptr;
        return item ? item->text() : QStringLiteral("(no row %1)").arg(key);
    }
    // Waits until `cell` reads `text` (the feed or the timer brings it).
    bool cellBecomes(const char *tableName, const QString &key, int column, const QString &text)
    {
        return QTest::qWaitFor([&] { return cell(tableName, key, column) == text; }, 10000);
    }
    // The key named `name` in the last cell of the row starting with `key`.
    QPushButton *rowKey(const char *tableName, const QString &key, const char *name)
    {
        QTableWidget *t = table(tableName);
        const int r = row(tableName, key);
        QWidget *cell = r >= 0 ? t->cellWidget(r, t->columnCount() - 1) : nullptr;
        return cell ? cell->findChild<QPushButton *>(QString::fromLatin1(name)) : nullptr;
    }
    // Presses the confirmation's "yes" and waits for the answer; returns its question.
    QString confirm(QWidget *box)
    {
        if (!box)
            return QStringLiteral("(no confirmation)");
        auto *message = qobject_cast<QMessageBox *>(box);
        auto *label = box->findChild<QLabel *>(QStringLiteral("confirmText"));
        const QString question = message ? message->text() : label ? label->text() : QString();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmYes")), Qt::LeftButton);
        settle();
        return question;
    }
    counter::FloorPage *floorPage() { return window().supervisorPage()->floorPage(); }
    QString message() { return station.text("floorMessage"); }
};

enum ServiceColumn { SvcName, SvcWaiting, SvcLongest, SvcLevel, SvcState = 8 };
enum CounterColumn { CtrName, CtrState, CtrStaff, CtrTicket };

} // namespace

class TestFloorUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void supervisorSignsInFromTheLoginPageAndTheFloorShowsWithNoCounterOpened();
    void signInIsRefusedWithItsReasonAndOpensNoCounter_data();
    void signInIsRefusedWithItsReasonAndOpensNoCounter();
    void logOutGoesBackToTheLoginPage();
    void issuedTicketsChangeTheWaitingCountThroughTheFeed();
    void aServicePastItsTargetShowsRedAndAnAlertAsTheTimerReadsAgain();
    void handledTakesTheAlertOffAndRecordsTheSupervisor();
    void pausingAServiceFromThePageStopsItsTicketsInTheDatabase();
    void releasingACounterPutsItsCalledTicketBackInLine();
    void sendingWaitingTicketsMovesThemToTheChosenService();
    void followUpsAreListedWithTheirNoteAndCloseLeavesTheList();
    void theOutOfServicePageWinsAndTheFloorComesBackAfter();
    void aCounterPcsDatabaseAccountIsToldToUseTheSupervisorPc();
    void screenshotsOfABusyFloor();
};

void TestFloorUi::supervisorSignsInFromTheLoginPageAndTheFloorShowsWithNoCounterOpened()
{
    Branch b;
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    QCOMPARE(floor.window().currentPage(), floor.window().supervisorPage());
    QCOMPARE(floor.station.text("staffName"), QStringLiteral("Budi Santoso · supervisor"));
    QCOMPARE(floor.table("floorServices")->rowCount(), 3);
    QCOMPARE(floor.table("floorCounters")->rowCount(), 6);
    QCOMPARE(floor.cell("floorCounters", QStringLiteral("1 ·"), CtrState), QStringLiteral("Closed"));
    QCOMPARE(b.sessions(), 0);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ?"), {eventKindKey(EventKind::CounterLogin)}), 0);
    auto *tabs = floor.window().supervisorPage()->tabs();
    QCOMPARE(tabs->count(), 5);
    // The Staff tab is the staff page, acting as the supervisor signed in; then the reports and the staffing advice.
    QVERIFY(qobject_cast<counter::StaffPage *>(tabs->widget(2)));
    QVERIFY(qobject_cast<counter::ReportPage *>(tabs->widget(3)));
    QVERIFY(qobject_cast<counter::StaffingPage *>(tabs->widget(4)));
    QCOMPARE(floor.window().staff().actor().username, QStringLiteral("budi"));
    QVERIFY(QTest::qWaitFor([&] { return floor.window().staff().rowCount() >= 2; }, 10000));
    QVERIFY(floor.window().staff().member(QStringLiteral("siti")));
}

void TestFloorUi::signInIsRefusedWithItsReasonAndOpensNoCounter_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a member of staff") << QStringLiteral("siti") << kSitiPin << QStringLiteral("only a supervisor");
    QTest::newRow("a wrong PIN") << QStringLiteral("budi") << QStringLiteral("1111") << QStringLiteral("PIN");
}

void TestFloorUi::signInIsRefusedWithItsReasonAndOpensNoCounter()
{
    QFETCH(QString, username);
    QFETCH(QString, pin);
    QFETCH(QString, reason);
    Branch b;
    Floor floor(b);
    QVERIFY(!floor.signIn(username, pin));
    QCOMPARE(floor.window().currentPage(), floor.window().loginPage());
    QVERIFY2(floor.station.text("loginMessage").contains(reason, Qt::CaseInsensitive), qPrintable(floor.station.text("loginMessage")));
    QVERIFY(!floor.model().isActive());
    QVERIFY(!floor.station.desk().isActive());
    QCOMPARE(b.sessions(), 0);
}

void TestFloorUi::logOutGoesBackToTheLoginPage()
{
    Branch b;
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    QTest::mouseClick(floor.station.button("supervisorLogout"), Qt::LeftButton);
    QCOMPARE(floor.window().currentPage(), floor.window().loginPage());
    QVERIFY(!floor.model().isActive());
    QCOMPARE(floor.station.text("staffName"), QStringLiteral("Counter station"));
}

void TestFloorUi::issuedTicketsChangeTheWaitingCountThroughTheFeed()
{
    Branch b;
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    QCOMPARE(floor.cell("floorServices", QStringLiteral("A "), SvcWaiting), QStringLiteral("0"));
    b.f.issue(QStringLiteral("A"));
    b.f.issue(QStringLiteral("A"));
    QVERIFY2(floor.cellBecomes("floorServices", QStringLiteral("A "), SvcWaiting, QStringLiteral("2")),
             qPrintable(floor.cell("floorServices", QStringLiteral("A "), SvcWaiting)));
    QCOMPARE(floor.cell("floorServices", QStringLiteral("B "), SvcWaiting), QStringLiteral("0"));
}

void TestFloorUi::aServicePastItsTargetShowsRedAndAnAlertAsTheTimerReadsAgain()
{
    Branch b;
    b.f.issue(QStringLiteral("B")); // B's target: 10 minutes
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    QCOMPARE(floor.cell("floorServices", QStringLiteral("B "), SvcLevel), QStringLiteral("Within target"));
    QCOMPARE(floor.table("floorAlerts")->rowCount(), 0);
    // No event: only the timer can see the wait grow.
    b.f.clock().advanceSecs(11 * 60);
    floor.model().setRefreshInterval(10);
    QVERIFY2(floor.cellBecomes("floorServices", QStringLiteral("B "), SvcLevel, QStringLiteral("Past target")),
             qPrintable(floor.cell("floorServices", QStringLiteral("B "), SvcLevel)));
    floor.model().setRefreshInterval(kNoTimer);
    QVERIFY(floor.settle());
    QCOMPARE(floor.cell("floorServices", QStringLiteral("B "), SvcLongest), QStringLiteral("11 min of 10"));
    QTableWidget *alerts = floor.table("floorAlerts");
    QCOMPARE(alerts->rowCount(), 1);
    QCOMPARE(alerts->item(0, 0)->text(), alertKindDisplayName(AlertKind::ServicePastTarget));
    QVERIFY2(alerts->item(0, 1)->text().startsWith(QStringLiteral("B ·")), qPrintable(alerts->item(0, 1)->text()));
    QVERIFY(alerts->isVisible());
}

void TestFloorUi::handledTakesTheAlertOffAndRecordsTheSupervisor()
{
    Branch b;
    b.f.issue(QStringLiteral("B"));
    b.f.clock().advanceSecs(11 * 60);
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    QTableWidget *alerts = floor.table("floorAlerts");
    QCOMPARE(alerts->rowCount(), 1);
    auto *handle = alerts->cellWidget(0, 4)->findChild<QPushButton *>(QStringLiteral("handleAlert"));
    QVERIFY(handle);
    QCOMPARE(handle->text(), QStringLiteral("Handled"));
    QTest::mouseClick(handle, Qt::LeftButton);
    QVERIFY(floor.settle());
    QVERIFY(QTest::qWaitFor([&] { return alerts->rowCount() == 0; }, 10000));
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ? AND staff_id = ?"),
                     {eventKindKey(EventKind::AlertHandled), b.budi}),
             1);
    QCOMPARE(floor.message(), QStringLiteral("Alert marked handled."));
}

void TestFloorUi::pausingAServiceFromThePageStopsItsTicketsInTheDatabase()
{
    Branch b;
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    QPushButton *pause = floor.rowKey("floorServices", QStringLiteral("A "), "pauseService");
    QVERIFY(pause);
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QTest::mouseClick(pause, Qt::LeftButton);
    const QString question = floor.confirm(floor.floorPage()->confirmation());
    QVERIFY2(question.contains(QStringLiteral("stops issuing")), qPrintable(question));
    QVERIFY(floor.cellBecomes("floorServices", QStringLiteral("A "), SvcState, QStringLiteral("Paused")));
    auto status = b.f.engine().status();
    QVERIFY(status);
    QVERIFY(std::any_of(status->services.cbegin(), status->services.cend(),
                        [](const ServiceStatus &s) { return s.service.code == u"A" && s.paused; }));
    QVERIFY(!b.f.engine().issue(QStringLiteral("A")));
    QCOMPARE(floor.rowKey("floorServices", QStringLiteral("A "), "pauseService")->text(), QStringLiteral("Resume"));
}

void TestFloorUi::releasingACounterPutsItsCalledTicketBackInLine()
{
    Branch b;
    b.f.staff({4}); // counter 4 serves A
    const Ticket issued = b.f.issue(QStringLiteral("A"));
    QVERIFY(b.f.engine().callNext(4));
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    const QString counter4 = QStringLiteral("4 ·");
    QCOMPARE(floor.cell("floorCounters", counter4, CtrTicket), QStringLiteral("%1 called").arg(issued.code));
    QTest::mouseClick(floor.rowKey("floorCounters", counter4, "releaseCounter"), Qt::LeftButton);
    const QString question = floor.confirm(floor.floorPage()->confirmation());
    QVERIFY2(question.contains(QStringLiteral("%1, called there, goes back to the line").arg(issued.code)), qPrintable(question));
    QCOMPARE(b.ticket(issued.code).status, TicketStatus::Waiting);
    QVERIFY(floor.cellBecomes("floorCounters", counter4, CtrState, QStringLiteral("Closed")));
    QVERIFY2(floor.message().contains(QStringLiteral("%1 is waiting again").arg(issued.code)), qPrintable(floor.message()));
    QCOMPARE(b.sessions(), 0);
}

void TestFloorUi::sendingWaitingTicketsMovesThemToTheChosenService()
{
    Branch b;
    const Ticket first = b.f.issue(QStringLiteral("A"));
    const Ticket second = b.f.issue(QStringLiteral("A"));
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    QTest::mouseClick(floor.rowKey("floorServices", QStringLiteral("A "), "sendWaiting"), Qt::LeftButton);
    QWidget *box = floor.floorPage()->confirmation();
    QVERIFY(box);
    auto *target = box->findChild<QComboBox *>(QStringLiteral("floorSendTarget"));
    QVERIFY(target);
    QCOMPARE(target->findData(QStringLiteral("A")), -1); // not to itself
    target->setCurrentIndex(target->findData(QStringLiteral("B")));
    const QString question = floor.confirm(box);
    QVERIFY2(question.contains(QStringLiteral("waiting for A · Customer Service")), qPrintable(question));
    QCOMPARE(b.ticket(first.code).serviceCode, QStringLiteral("B"));
    QCOMPARE(b.ticket(second.code).serviceCode, QStringLiteral("B"));
    QVERIFY(floor.cellBecomes("floorServices", QStringLiteral("B "), SvcWaiting, QStringLiteral("2")));
    QCOMPARE(floor.cell("floorServices", QStringLiteral("A "), SvcWaiting), QStringLiteral("0"));
}

void TestFloorUi::followUpsAreListedWithTheirNoteAndCloseLeavesTheList()
{
    Branch b;
    b.f.staff({1}); // counter 1 serves B
    const qint64 staff1 = b.count(QStringLiteral("SELECT id FROM staff WHERE username = ?"), {QStringLiteral("staff1")});
    const Ticket t = b.f.issue(QStringLiteral("B"));
    QVERIFY(b.f.engine().callNext(1, staff1));
    QVERIFY(b.f.engine().start(1, staff1));
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    auto *list = floor.window().findChild<QTableWidget *>(QStringLiteral("followUpTable"));
    QCOMPARE(list->rowCount(), 0);
    // Finished elsewhere with an outcome that needs a follow-up: the feed brings it.
    QVERIFY(b.f.engine().finish(1, staff1, {QStringLiteral("perlu_tindak_lanjut"), QStringLiteral("call back about the card")}));
    QVERIFY(QTest::qWaitFor([&] { return list->rowCount() == 1; }, 10000));
    QCOMPARE(list->item(0, 0)->text(), t.code);
    QCOMPARE(list->item(0, 5)->text(), QStringLiteral("Needs follow-up"));
    QCOMPARE(list->item(0, 6)->text(), QStringLiteral("call back about the card"));
    QCOMPARE(list->item(0, 3)->text(), QStringLiteral("Staff 1"));
    auto *close = list->cellWidget(0, 7)->findChild<QPushButton *>(QStringLiteral("closeFollowUp"));
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    floor.confirm(floor.window().supervisorPage()->followUpPage()->confirmation());
    QVERIFY(QTest::qWaitFor([&] { return list->rowCount() == 0; }, 10000));
    auto open = b.f.engine().followUps();
    QVERIFY(open);
    QVERIFY(open->isEmpty());
    QCOMPARE(b.ticket(t.code).followUpClosedBy, b.budi);
}

void TestFloorUi::theOutOfServicePageWinsAndTheFloorComesBackAfter()
{
    Branch b;
    Floor floor(b);
    QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
    // The watch's own probe finds the database still there and brings the page back.
    floor.station.backend.watch().setRetryInterval(20);
    floor.station.backend.watch().lost(QStringLiteral("the database went away"));
    QCOMPARE(floor.window().currentPage(), floor.window().outOfServicePage());
    QVERIFY(QTest::qWaitFor([&] { return floor.window().currentPage() == floor.window().supervisorPage(); }, 10000));
}

void TestFloorUi::aCounterPcsDatabaseAccountIsToldToUseTheSupervisorPc()
{
    if (!testOnPostgres())
        QSKIP("database roles exist only on PostgreSQL: the tst_floorui_pg run checks this");
    Branch b;
    b.f.issue(QStringLiteral("B"));
    b.f.clock().advanceSecs(11 * 60); // B past its target: an alert to raise, were the role allowed
    QVERIFY(Roles(b.f.db()).applyGroups());
    const auto verifier = scramSha256Verifier(QStringLiteral("not used: the test cluster trusts 127.0.0.1"));
    QVERIFY(verifier);
    const QString role = QStringLiteral("pc-floorui-counter");
    QVERIFY(Roles(b.f.db()).addLogin(role, RoleKind::Counter, *verifier));
    QUrl asCounterPc(b.f.path());
    asCounterPc.setUserName(role);
    Floor floor(b, asCounterPc.toString());
    QVERIFY(!floor.signIn(QStringLiteral("budi"), kBudiPin)); // signed in, but no floor to show
    QVERIFY(floor.model().isActive());
    QCOMPARE(floor.window().currentPage(), floor.window().supervisorPage());
    QCOMPARE(floor.message(), QStringLiteral("This PC's database account may not manage the floor; use the supervisor PC."));
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM floor_alerts")), 0);
}

void TestFloorUi::screenshotsOfABusyFloor()
{
    // Saved when ANTRIAN_SCREENSHOT_DIR is set; always rendered and checked. A busy morning:
    // five counters staffed, one serving past its target, one on a break past the limit, one
    // idle while customers wait, Customer Service (A) past its wait target, a follow-up open.
    const QString dir = qEnvironmentVariable("ANTRIAN_SCREENSHOT_DIR");
    for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
        installTranslations(lang);
        Branch b;
        FixedClock &clock = b.f.clock();
        clock.set(jakarta(2026, 11, 23, 8, 30));
        CounterSessions sessions(b.f.db(), clock, quickPolicy());
        const QStringList names{QStringLiteral("Siti Rahma"), QStringLiteral("Andi Wijaya"), QStringLiteral("Dewi Lestari"),
                                QStringLiteral("Rudi Hartono"), QStringLiteral("Maya Sari")};
        for (int i = 0; i < names.size(); ++i) {
            const QString username = QStringLiteral("staff%1").arg(i + 1);
            QVERIFY(sessions.accounts().add({username, names.at(i), StaffRole::Staff}, kSitiPin));
            QVERIFY(sessions.login(username, kSitiPin, i + 1));
        }
        auto &e = b.f.engine();
        for (const char *service : {"A", "B", "B", "A", "B", "P", "B", "A", "B", "B", "A", "B"}) {
            b.f.issue(QString::fromLatin1(service));
            clock.advanceSecs(100);
        }
        // 08:50
        const qint64 andi = b.count(QStringLiteral("SELECT id FROM staff WHERE username = ?"), {QStringLiteral("staff2")});
        QVERIFY(e.callNext(1));
        QVERIFY(e.start(1)); // Teller 1 serves B from 08:50: past B's 8 minutes by 09:05
        QVERIFY(e.callNext(2, andi));
        QVERIFY(e.start(2, andi));
        clock.advanceSecs(3 * 60);
        QVERIFY(e.finish(2, andi, {QStringLiteral("perlu_tindak_lanjut"), QStringLiteral("Kartu ATM tertelan; hubungi nasabah besok pagi")}));
        QVERIFY(e.pauseCounter(3)); // a break from 08:53
        clock.advanceSecs(5 * 60);
        QVERIFY(e.callNext(4));
        QVERIFY(e.start(4));
        clock.set(jakarta(2026, 11, 23, 9, 12));
        QVERIFY(e.callNext(2));
        for (int i = 0; i < 4; ++i)
            b.f.issue(QStringLiteral("B"));

        for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
            Floor floor(b);
            floor.window().resize(size);
            QVERIFY(floor.signIn(QStringLiteral("budi"), kBudiPin));
            QVERIFY(floor.table("floorAlerts")->rowCount() >= 3);
            QTest::qWait(50);
            const QImage image = floor.window().grab().toImage();
            QVERIFY(!image.isNull());
            const QString suffix = QStringLiteral("%1-%2x%3").arg(lang).arg(size.width()).arg(size.height());
            if (!dir.isEmpty())
                QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("floor-busy-%1.png").arg(suffix))));
            QCOMPARE(image.size(), size); // the page fits the window: nothing pushed it taller
            if (!dir.isEmpty()) {
                floor.window().supervisorPage()->tabs()->setCurrentIndex(1);
                QTest::qWait(20);
                QVERIFY(floor.window().grab().save(QDir(dir).filePath(QStringLiteral("floor-followups-%1.png").arg(suffix))));
            }
        }
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestFloorUi)
#include "tst_floorui.moc"
