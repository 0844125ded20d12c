// SPDX-License-Identifier: GPL-3.0-or-later
// What the kiosk's view-model shows of the branch: the closed screen and when the branch opens,
// services at their limit or paused, refusals, live waiting counts, and the language.
#include "kioskparts.h"

#include "core/translation.h"

#include <QSignalSpy>
#include <QTest>

using namespace antrian;
using namespace antrian::kiosk;
using namespace antrian::kiosk::test;
using Screen = KioskController::Screen;

class TestKioskStatus : public QObject
{
    Q_OBJECT

private slots:
    void init() { installTranslations(QStringLiteral("en")); }

    void closedScreenSaysWhyAndWhenTheBranchOpens_data();
    void closedScreenSaysWhyAndWhenTheBranchOpens();
    void serviceAtItsLimitOrPausedCannotBeChosen();
    void refusalIsShownWithItsReason();
    void languageSwitchRenamesServicesAndIdleSwitchesBack();
    void nextCustomerStartsInTheBranchLanguage();
    void waitingCountsFollowOtherProcessesLive();
};

void TestKioskStatus::closedScreenSaysWhyAndWhenTheBranchOpens_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("reopens");
    QTest::newRow("sunday") << jakarta(2026, 11, 22, 10, 0) << "We are closed" << ""
                            << "tomorrow, Monday 23 November 2026, at 08:00";
    QTest::newRow("before opening") << jakarta(2026, 11, 23, 7, 15) << "We are closed" << "" << "today at 08:00";
    QTest::newRow("after the last ticket, still open")
            << jakarta(2026, 11, 23, 14, 50) << "No more tickets today"
            << "Customers who already have a number will still be served."
            << "tomorrow, Tuesday 24 November 2026, at 08:00";
    QTest::newRow("holiday") << jakarta(2026, 12, 25, 9, 0) << "We are closed today" << "Hari Raya Natal"
                             << "tomorrow, Saturday 26 December 2026, at 08:00";
    QTest::newRow("saturday afternoon, back on monday")
            << jakarta(2026, 11, 28, 13, 0) << "We are closed" << "" << "Monday 30 November 2026 at 08:00";
}

void TestKioskStatus::closedScreenSaysWhyAndWhenTheBranchOpens()
{
    QFETCH(QDateTime, now);
    QFETCH(QString, title);
    QFETCH(QString, detail);
    QFETCH(QString, reopens);
    Fixture f(sampleBranch(), now);
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Closed);
    QCOMPARE(k.controller->closedTitle(), title);
    QCOMPARE(k.controller->closedDetail(), detail);
    QCOMPARE(k.controller->reopensText(), reopens);
    QCOMPARE(k.controller->openingHours(),
             QStringList({"Monday – Friday: 08:00 – 15:00", "Saturday: 08:00 – 12:00", "Sunday: closed"}));
    k.controller->chooseService(QStringLiteral("A"));
    QTest::qWait(200);
    QCOMPARE(k.ticketCount(f), 0);
    QCOMPARE(k.controller->screen(), Screen::Closed);
}

void TestKioskStatus::serviceAtItsLimitOrPausedCannotBeChosen()
{
    BranchConfig config = sampleBranch();
    config.services[0].dailyLimit = 1; // A
    Fixture f(config);
    f.issue(QStringLiteral("A"));
    QVERIFY(f.engine().pauseService(QStringLiteral("B")).ok());
    Kiosk k(f);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    ServiceListModel *m = k.controller->services();
    QCOMPARE(m->rowCount(), 3);
    const auto row = [&](int r, int role) { return m->data(m->index(r), role); };
    QCOMPARE(row(0, ServiceListModel::AvailableRole).toBool(), false);
    QCOMPARE(row(0, ServiceListModel::UnavailableTextRole).toString(), QStringLiteral("Today's tickets are all taken"));
    QCOMPARE(row(1, ServiceListModel::AvailableRole).toBool(), false);
    QCOMPARE(row(1, ServiceListModel::UnavailableTextRole).toString(), QStringLiteral("Not available at the moment"));
    QCOMPARE(row(2, ServiceListModel::AvailableRole).toBool(), true);
    QCOMPARE(row(0, ServiceListModel::WaitingTextRole).toString(), QStringLiteral("1 person waiting"));
    k.controller->chooseService(QStringLiteral("A"));
    k.controller->chooseService(QStringLiteral("B"));
    QTest::qWait(200);
    QCOMPARE(k.controller->screen(), Screen::Start);
    QCOMPARE(k.ticketCount(f), 1);
}

void TestKioskStatus::refusalIsShownWithItsReason()
{
    Fixture f(sampleBranch());
    Kiosk k(f); // no live feed: the kiosk still thinks B is open
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    QVERIFY(f.engine().pauseService(QStringLiteral("B")).ok());
    k.controller->chooseService(QStringLiteral("B"));
    QTRY_VERIFY(!k.controller->errorText().isEmpty());
    QCOMPARE(k.controller->errorText(), QStringLiteral("service B (Teller) is paused; please ask our staff"));
    QCOMPARE(k.controller->screen(), Screen::Start);
    QCOMPARE(k.ticketCount(f), 0);
    // The refusal also brought fresh figures: B now shows as unavailable.
    QTRY_VERIFY(!k.controller->services()->isAvailable(QStringLiteral("B")));
    k.controller->dismissError();
    QVERIFY(k.controller->errorText().isEmpty());
}

void TestKioskStatus::languageSwitchRenamesServicesAndIdleSwitchesBack()
{
    Fixture f(sampleBranch());
    KioskTimings t = quick();
    t.idleSeconds = 1;
    Kiosk k(f, t, false, false, QStringLiteral("id"));
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    ServiceListModel *m = k.controller->services();
    QCOMPARE(m->data(m->index(0), ServiceListModel::NameRole).toString(), QStringLiteral("Layanan Nasabah"));
    QSignalSpy changed(k.controller.get(), &KioskController::languageChanged);
    k.controller->switchLanguage(QStringLiteral("en"));
    QCOMPARE(k.controller->language(), QStringLiteral("en"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m->data(m->index(0), ServiceListModel::NameRole).toString(), QStringLiteral("Customer Service"));
    QCOMPARE(m->data(m->index(0), ServiceListModel::DescriptionRole).toString(),
             QStringLiteral("New accounts, ATM cards, mobile banking, complaints"));
    QCOMPARE(currentLanguage(), QStringLiteral("en"));
    // Nobody touches the screen for a while: the next customer finds Indonesian again.
    QTRY_COMPARE_WITH_TIMEOUT(k.controller->language(), QStringLiteral("id"), 2500);
    QCOMPARE(m->data(m->index(0), ServiceListModel::NameRole).toString(), QStringLiteral("Layanan Nasabah"));
}

void TestKioskStatus::nextCustomerStartsInTheBranchLanguage()
{
    Fixture f(sampleBranch());
    Kiosk k(f, quick(), false, false, QStringLiteral("id"));
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    k.controller->switchLanguage(QStringLiteral("en"));
    k.controller->chooseService(QStringLiteral("A"));
    QTRY_COMPARE(k.controller->screen(), Screen::Ticket);
    QCOMPARE(k.controller->ticket()->serviceName(), QStringLiteral("Customer Service"));
    k.controller->dismissTicket();
    QCOMPARE(k.controller->language(), QStringLiteral("id"));
}

void TestKioskStatus::waitingCountsFollowOtherProcessesLive()
{
    Fixture f(sampleBranch());
    Kiosk k(f, quick(), false, true);
    QTRY_COMPARE(k.controller->screen(), Screen::Start);
    ServiceListModel *m = k.controller->services();
    QCOMPARE(m->data(m->index(1), ServiceListModel::WaitingRole).toInt(), 0);
    f.issue(QStringLiteral("B"));
    f.issue(QStringLiteral("B"));
    QTRY_COMPARE(m->data(m->index(1), ServiceListModel::WaitingRole).toInt(), 2);
    QCOMPARE(m->data(m->index(1), ServiceListModel::WaitingTextRole).toString(), QStringLiteral("2 people waiting"));
}

QTEST_GUILESS_MAIN(TestKioskStatus)
#include "tst_kioskstatus.moc"
