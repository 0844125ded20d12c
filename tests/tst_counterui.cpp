// SPDX-License-Identifier: GPL-3.0-or-later
// The counter station, headless, driven through its widgets: logging in (right PIN, wrong
// PIN, lockout, a counter someone else holds) and every action at the counter, checked on
// screen and in the database.
#include "counterstation.h"

#include "core/translation.h"
#include "staff/staffevents.h"

#include <QListWidget>
#include <QScopeGuard>
#include <QStyleOptionComboBox>
#include <QSqlQuery>
#include <QTimer>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kSitiPin = QStringLiteral("4821");

struct Branch
{
    Fixture f;
    BranchConfig config = f.engine().branch()->config;

    Branch()
    {
        addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), kSitiPin);
        addStaff(f.db(), f.clock(), QStringLiteral("budi"), QStringLiteral("Budi Santoso"), QStringLiteral("7390"));
    }
    std::unique_ptr<Station> station(int fixedCounter = 0, StaffPolicy policy = quickPolicy())
    {
        return std::make_unique<Station>(f.path(), f.clock(), config, fixedCounter, policy);
    }
    Ticket ticket(const QString &code)
    {
        auto list = f.engine().tickets({});
        for (const Ticket &t : *list) {
            if (t.code == code)
                return t;
        }
        return {};
    }
    qint64 staffId(const QString &username)
    {
        QSqlQuery q = f.db().exec(QStringLiteral("SELECT id FROM staff WHERE username = ?"), {username});
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

// The buttons enabled now, by object name.
QStringList enabledButtons(Station &s)
{
    QStringList names;
    for (const char *name : {"callNextButton", "recallButton", "startButton", "finishButton", "noShowButton",
                             "transferButton", "pauseButton", "reinstateButton", "logoutButton"}) {
        if (s.button(name)->isEnabled())
            names.append(QString::fromLatin1(name));
    }
    return names;
}

} // namespace

class TestCounterUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void rightPinOpensTheDeskWithNameAndCounter();
    void wrongPinSaysSoAndStaysOnTheLoginPage();
    void fiveWrongPinsLockTheAccountAndTheScreenSaysUntilWhen();
    void counterHeldBySomeoneElseIsRefusedNamingThem();
    void fixedCounterCannotBeChangedAtLogin();
    void screenKeepsAnsweringWhileThePinIsChecked();

    void callNextShowsTheTicketAndRecordsWhoCalledIt();
    void functionKeysDoWhatTheButtonsDo();
    void buttonsAreEnabledOnlyWhenTheActionIsAllowed();
    void recallCallsAgainAndCountsIt();
    void startAndFinishRunTheServiceTimer();
    void noShowNeedsASecondPressAndCanBeBroughtBack();
    void transferSendsTheTicketToAnotherService();
    void transferSendsTheTicketStraightToAnotherCounter();
    void breakStopsCallingUntilResumed();
    void refusedActionShowsTheEnginesReason();
    void logoutFreesTheCounterOnlyWhenNoCustomerIsHeld();
    void indonesianIsTheDefaultLanguage();
    void loginRefusalIsShownWhole_data();
    void loginRefusalIsShownWhole();
    void fixedCounterIsListedWhole();
    void messageLineFollowsANewerCallMadeElsewhere();
    void transferMessageNamesTheServiceOnce();
    void actionLabelsStayOnOneLine_data();
    void actionLabelsStayOnOneLine();
};

void TestCounterUi::rightPinOpensTheDeskWithNameAndCounter()
{
    Branch b;
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 3));
    QCOMPARE(s->text("staffName"), QStringLiteral("Siti Rahma"));
    QCOMPARE(s->text("counterTitle"), QStringLiteral("Counter 3 · Loket 3"));
    QCOMPARE(s->text("ticketCode"), QStringLiteral("Free"));
    auto held = CounterSessions(b.f.db(), b.f.clock()).sessionAt(3);
    QVERIFY(held.ok() && held->has_value());
    QCOMPARE((*held)->username, QStringLiteral("siti"));
}

void TestCounterUi::wrongPinSaysSoAndStaysOnTheLoginPage()
{
    Branch b;
    auto s = b.station();
    QVERIFY(!s->logIn(QStringLiteral("siti"), QStringLiteral("1357"), 3));
    QCOMPARE(s->text("loginMessage"), QStringLiteral("Wrong username or PIN"));
    QVERIFY(s->window->loginPage()->isVisible());
    auto *pin = s->window->findChild<QLineEdit *>(QStringLiteral("loginPin"));
    QVERIFY(pin->text().isEmpty()); // typed again, not left on screen
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 3));
}

void TestCounterUi::fiveWrongPinsLockTheAccountAndTheScreenSaysUntilWhen()
{
    Branch b;
    auto s = b.station();
    for (int i = 0; i < 4; ++i)
        QVERIFY(!s->logIn(QStringLiteral("siti"), QStringLiteral("1357"), 3));
    QVERIFY(!s->logIn(QStringLiteral("siti"), QStringLiteral("1357"), 3));
    QVERIFY2(s->text("loginMessage").contains(QStringLiteral("locked until 09:05")), qPrintable(s->text("loginMessage")));
    QVERIFY(!s->logIn(QStringLiteral("siti"), kSitiPin, 3));
    QVERIFY2(s->text("loginMessage").contains(QStringLiteral("is locked until 09:05")), qPrintable(s->text("loginMessage")));
    b.f.clock().advanceSecs(5 * 60);
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 3));
}

void TestCounterUi::counterHeldBySomeoneElseIsRefusedNamingThem()
{
    Branch b;
    auto first = b.station();
    QVERIFY(first->logIn(QStringLiteral("siti"), kSitiPin, 3));
    auto second = b.station();
    // The second station's list says who is at counter 3 before anyone tries.
    QTRY_VERIFY(second->combo()->itemText(second->combo()->findData(3)).contains(QStringLiteral("Siti Rahma")));
    QVERIFY(!second->logIn(QStringLiteral("budi"), QStringLiteral("7390"), 3));
    QVERIFY2(second->text("loginMessage").contains(QStringLiteral("Counter 3 is in use by Siti Rahma (siti) since 09:00")),
             qPrintable(second->text("loginMessage")));
    QVERIFY(second->logIn(QStringLiteral("budi"), QStringLiteral("7390"), 2));
}

void TestCounterUi::fixedCounterCannotBeChangedAtLogin()
{
    Branch b;
    auto s = b.station(4);
    QVERIFY(!s->combo()->isEnabled());
    QCOMPARE(s->combo()->currentData().toInt(), 4);
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin));
    QCOMPARE(s->desk().session().counterNumber, 4);
}

void TestCounterUi::screenKeepsAnsweringWhileThePinIsChecked()
{
    Fixture f;
    addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), kSitiPin, StaffPolicy{});
    Station s(f.path(), f.clock(), f.engine().branch()->config, 1, StaffPolicy{}); // 600,000 iterations
    int ticks = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (s.login().isBusy())
            ++ticks;
    });
    timer.start(5);
    QTest::keyClicks(s.window->findChild<QLineEdit *>(QStringLiteral("loginUsername")), QStringLiteral("siti"));
    auto *pin = s.window->findChild<QLineEdit *>(QStringLiteral("loginPin"));
    QTest::keyClicks(pin, kSitiPin);
    QTest::keyClick(pin, Qt::Key_Return);
    QVERIFY(s.login().isBusy());
    QCOMPARE(s.button("loginButton")->text(), QStringLiteral("Checking PIN…"));
    QVERIFY(!s.button("loginButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(s.desk().isActive(), 10000);
    // The screen's event loop ran while the PIN was hashed on the staff worker.
    QVERIFY2(ticks > 0, "the screen froze while the PIN was checked");
}

void TestCounterUi::callNextShowsTheTicketAndRecordsWhoCalledIt()
{
    Branch b;
    b.f.issue(QStringLiteral("B"));
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 3)); // counter 3: B first, then A
    QCOMPARE(s->desk().waitingList()->rowCount(), 2);
    s->click("callNextButton");
    QCOMPARE(s->shownCode(), QStringLiteral("B-001"));
    QCOMPARE(s->text("ticketCaption"), QStringLiteral("CALLED · WAITING FOR THE CUSTOMER"));
    QCOMPARE(s->desk().waitingList()->rowCount(), 1);
    const Ticket t = b.ticket(QStringLiteral("B-001"));
    QCOMPARE(t.status, TicketStatus::Called);
    QCOMPARE(t.counterNumber, 3);
    QCOMPARE(t.staffId, b.staffId(QStringLiteral("siti")));
    QSqlQuery q = b.f.db().exec(QStringLiteral("SELECT staff_id FROM events WHERE kind = 'called'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), b.staffId(QStringLiteral("siti")));
}

void TestCounterUi::functionKeysDoWhatTheButtonsDo()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->key(Qt::Key_F1);
    QCOMPARE(s->shownCode(), QStringLiteral("A-001"));
    s->key(Qt::Key_F3);
    QCOMPARE(b.ticket(QStringLiteral("A-001")).status, TicketStatus::Serving);
    s->key(Qt::Key_F1); // not allowed while serving: the key does nothing
    QCOMPARE(b.ticket(QStringLiteral("A-001")).status, TicketStatus::Serving);
    s->key(Qt::Key_F4);
    QCOMPARE(b.ticket(QStringLiteral("A-001")).status, TicketStatus::Done);
    QCOMPARE(s->shownCode(), QStringLiteral("Free"));
}

void TestCounterUi::buttonsAreEnabledOnlyWhenTheActionIsAllowed()
{
    Branch b;
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QCOMPARE(enabledButtons(*s), (QStringList{"pauseButton", "logoutButton"})); // nobody waiting
    b.f.issue(QStringLiteral("A"));
    QTRY_COMPARE(enabledButtons(*s), (QStringList{"callNextButton", "pauseButton", "logoutButton"}));
    s->click("callNextButton");
    QCOMPARE(enabledButtons(*s), (QStringList{"recallButton", "startButton", "noShowButton", "transferButton"}));
    s->click("startButton");
    QCOMPARE(enabledButtons(*s), (QStringList{"finishButton", "transferButton"}));
    s->click("finishButton");
    QCOMPARE(enabledButtons(*s), (QStringList{"pauseButton", "logoutButton"}));
}

void TestCounterUi::recallCallsAgainAndCountsIt()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("callNextButton");
    s->click("recallButton");
    s->click("recallButton");
    QCOMPARE(b.ticket(QStringLiteral("A-001")).recallCount, 2);
    QCOMPARE(b.ticket(QStringLiteral("A-001")).callCount, 1);
    QVERIFY2(s->text("deskMessage").contains(QStringLiteral("A-001 called again")), qPrintable(s->text("deskMessage")));
    QSqlQuery q = b.f.db().exec(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = 'recalled' AND staff_id = ?"),
                                {b.staffId(QStringLiteral("siti"))});
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestCounterUi::startAndFinishRunTheServiceTimer()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    b.f.clock().advanceSecs(14 * 60);
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("callNextButton");
    QCOMPARE(s->text("factWaited"), QStringLiteral("14 min")); // taken at 09:00, called at 09:14
    s->click("startButton");
    QCOMPARE(s->text("ticketCaption"), QStringLiteral("SERVING"));
    b.f.clock().advanceSecs(3 * 60 + 12);
    QTRY_COMPARE(s->text("factTimer"), QStringLiteral("03:12")); // the clock of the app, ticking
    s->click("finishButton");
    QCOMPARE(b.ticket(QStringLiteral("A-001")).status, TicketStatus::Done);
    QVERIFY2(s->text("deskMessage").contains(QStringLiteral("A-001 done")), qPrintable(s->text("deskMessage")));
}

void TestCounterUi::noShowNeedsASecondPressAndCanBeBroughtBack()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("callNextButton");
    s->click("noShowButton");
    QCOMPARE(b.ticket(QStringLiteral("A-001")).status, TicketStatus::Called); // one press is not enough
    QVERIFY(s->desk().noShowArmed());
    QVERIFY2(s->text("deskMessage").contains(QStringLiteral("again within 5 seconds")), qPrintable(s->text("deskMessage")));
    s->click("noShowButton");
    QCOMPARE(b.ticket(QStringLiteral("A-001")).status, TicketStatus::NoShow);
    QCOMPARE(s->shownCode(), QStringLiteral("Free"));

    // The customer turns up: F8 lists the no-shows that can still come back.
    QVERIFY(s->button("reinstateButton")->isEnabled());
    s->key(Qt::Key_F8);
    auto *list = s->window->findChild<QListWidget *>(QStringLiteral("reinstateList"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("A-001")));
    QTest::keyClick(list, Qt::Key_Return);
    s->settle();
    QCOMPARE(b.ticket(QStringLiteral("A-001")).status, TicketStatus::Waiting);
    QTRY_COMPARE(s->desk().waitingList()->rowCount(), 1);
}

void TestCounterUi::transferSendsTheTicketToAnotherService()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("callNextButton");
    s->click("transferButton");
    auto *list = s->window->findChild<QListWidget *>(QStringLiteral("transferList"));
    QVERIFY(list->isVisible());
    // Services B and P (not A, where it is), then counters 2-4 (not this one).
    QCOMPARE(list->count(), 5);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Service B")));
    QTest::keyClick(list, Qt::Key_Return);
    s->settle();
    const Ticket t = b.ticket(QStringLiteral("A-001"));
    QCOMPARE(t.status, TicketStatus::Waiting);
    QCOMPARE(t.serviceCode, QStringLiteral("B"));
    QCOMPARE(t.transferredFromService, QStringLiteral("A"));
    QCOMPARE(s->shownCode(), QStringLiteral("Free"));
    QVERIFY(!list->isVisible());
}

void TestCounterUi::transferSendsTheTicketStraightToAnotherCounter()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("callNextButton");
    s->click("startButton");
    s->key(Qt::Key_F6);
    auto *list = s->window->findChild<QListWidget *>(QStringLiteral("transferList"));
    QCOMPARE(list->count(), 5);
    QVERIFY(list->item(4)->text().startsWith(QStringLiteral("Counter 4")));
    list->setCurrentRow(4);
    s->click("transferConfirm");
    const Ticket t = b.ticket(QStringLiteral("A-001"));
    QCOMPARE(t.status, TicketStatus::Waiting);
    QCOMPARE(t.targetCounterNumber, 4);
    QVERIFY(s->text("deskMessage").contains(QStringLiteral("sent to counter 4")));
    // Esc leaves the chooser without doing anything.
    b.f.issue(QStringLiteral("A"));
    QTRY_VERIFY(s->button("callNextButton")->isEnabled());
    s->click("callNextButton");
    s->key(Qt::Key_F6);
    QVERIFY(list->isVisible());
    QTest::keyClick(list, Qt::Key_Escape);
    QVERIFY(!list->isVisible());
    QCOMPARE(b.ticket(QStringLiteral("A-002")).status, TicketStatus::Called);
}

void TestCounterUi::breakStopsCallingUntilResumed()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("pauseButton");
    QCOMPARE(s->text("ticketCaption"), QStringLiteral("ON A BREAK"));
    QCOMPARE(enabledButtons(*s), (QStringList{"pauseButton", "logoutButton"}));
    QCOMPARE(s->button("pauseButton")->accessibleName(), QStringLiteral("Resume"));
    QCOMPARE(b.f.engine().callNext(1).error().message, QStringLiteral("counter 1 is paused; resume it first"));
    s->key(Qt::Key_F7);
    QCOMPARE(s->button("pauseButton")->accessibleName(), QStringLiteral("Break"));
    QVERIFY(s->button("callNextButton")->isEnabled());
    s->click("callNextButton");
    QCOMPARE(s->shownCode(), QStringLiteral("A-001"));
}

void TestCounterUi::refusedActionShowsTheEnginesReason()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QVERIFY(s->button("callNextButton")->isEnabled());
    // Counter 2 takes the only ticket in the very moment before the click arrives.
    QVERIFY(b.f.engine().callNext(2).ok());
    QTest::mouseClick(s->button("callNextButton"), Qt::LeftButton);
    s->settle();
    QCOMPARE(s->text("deskMessage"), QStringLiteral("No ticket waiting for counter 1"));
    QCOMPARE(s->shownCode(), QStringLiteral("Free"));
    QTRY_VERIFY(!s->button("callNextButton")->isEnabled());
}

void TestCounterUi::logoutFreesTheCounterOnlyWhenNoCustomerIsHeld()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("callNextButton");
    QVERIFY(!s->button("logoutButton")->isEnabled());
    s->key(Qt::Key_F10);
    QVERIFY(s->desk().isActive());
    s->click("startButton");
    s->click("finishButton");
    s->key(Qt::Key_F10);
    QTRY_VERIFY(!s->desk().isActive());
    QVERIFY(s->window->loginPage()->isVisible());
    QVERIFY(s->text("loginMessage").contains(QStringLiteral("You are logged out")));
    QVERIFY(!CounterSessions(b.f.db(), b.f.clock()).sessionAt(1)->has_value());
    QCOMPARE(b.f.engine().status()->counters.at(0).state, CounterState::Closed);
}

void TestCounterUi::indonesianIsTheDefaultLanguage()
{
    installTranslations(QStringLiteral("id"));
    Branch b;
    auto s = b.station();
    // The app's own words; the core's messages come from common_id.ts.
    QCOMPARE(s->text("loginTitle"), QStringLiteral("Masuk loket"));
    QCOMPARE(s->button("loginButton")->text(), QStringLiteral("Masuk (Enter)"));
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QCOMPARE(static_cast<counter::ActionButton *>(s->button("callNextButton"))->title(), QStringLiteral("Panggil berikut"));
    QCOMPARE(s->text("ticketCode"), QStringLiteral("Kosong"));
    installTranslations(QStringLiteral("en"));
}

void TestCounterUi::loginRefusalIsShownWhole_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("locked"); // false: the counter is in use by someone else
    QTest::newRow("locked, id") << "id" << true;
    QTest::newRow("locked, en") << "en" << true;
    QTest::newRow("counter in use, id") << "id" << false;
    QTest::newRow("counter in use, en") << "en" << false;
}

void TestCounterUi::loginRefusalIsShownWhole()
{
    QFETCH(QString, lang);
    QFETCH(bool, locked);
    installTranslations(lang);
    auto restore = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    Branch b;
    auto other = b.station();
    if (!locked)
        QVERIFY(other->logIn(QStringLiteral("budi"), QStringLiteral("7390"), 3));
    auto s = b.station();
    if (locked) {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!s->logIn(QStringLiteral("siti"), QStringLiteral("1357"), 3));
    } else {
        QTRY_VERIFY(s->combo()->itemText(s->combo()->findData(3)).contains(QStringLiteral("Budi")));
        QVERIFY(!s->logIn(QStringLiteral("siti"), kSitiPin, 3));
    }
    auto *label = s->window->findChild<QLabel *>(QStringLiteral("loginMessage"));
    QVERIFY(!label->text().isEmpty());
    QTest::qWait(50); // the layout settles
    // Every line of it inside the label, and the label inside its card.
    QVERIFY2(label->height() >= label->heightForWidth(label->width()),
             qPrintable(QStringLiteral("%1 px tall, needs %2: %3").arg(label->height()).arg(label->heightForWidth(label->width())).arg(label->text())));
    auto *card = label->parentWidget();
    QVERIFY(card->rect().contains(label->geometry()));
}

void TestCounterUi::fixedCounterIsListedWhole()
{
    // --counter 4 of the sample branch: "Loket 4 · Layanan Nasabah 1 — kosong", once cut to "— kosor".
    installTranslations(QStringLiteral("id"));
    auto restore = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    Fixture f(sampleBranch());
    Station s(f.path(), f.clock(), f.engine().branch()->config, 4);
    QComboBox *combo = s.combo();
    QTRY_VERIFY(combo->currentText().endsWith(QStringLiteral("kosong")));
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.currentText = combo->currentText();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    const QRect arrow = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, combo);
    const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
    QVERIFY2(needed <= field.width(), qPrintable(QStringLiteral("needs %1 px, has %2 (combo %3 wide, at least %4)").arg(needed).arg(field.width()).arg(combo->width()).arg(combo->minimumWidth())));
    QVERIFY2(arrow.isEmpty() || field.right() < arrow.left(), "the text runs under the arrow");
}

void TestCounterUi::messageLineFollowsANewerCallMadeElsewhere()
{
    Branch b;
    b.f.issue(QStringLiteral("A"));
    b.f.issue(QStringLiteral("A"));
    auto s = b.station();
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    s->click("callNextButton");
    QVERIFY2(s->text("deskMessage").contains(QStringLiteral("A-001 called")), qPrintable(s->text("deskMessage")));
    // The supervisor, from antrianctl or the floor view, lets A-001 go and calls A-002 here.
    QVERIFY(b.f.engine().markNoShow(1).ok());
    QVERIFY(b.f.engine().callNext(1).ok());
    QTRY_COMPARE_WITH_TIMEOUT(s->shownCode(), QStringLiteral("A-002"), 5000);
    QVERIFY2(!s->text("deskMessage").contains(QStringLiteral("A-001")), qPrintable(s->text("deskMessage")));
}

void TestCounterUi::transferMessageNamesTheServiceOnce()
{
    installTranslations(QStringLiteral("id"));
    auto restore = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    Fixture f(sampleBranch());
    addStaff(f.db(), f.clock(), QStringLiteral("siti"), QStringLiteral("Siti Rahma"), kSitiPin);
    f.issue(QStringLiteral("B"));
    Station s(f.path(), f.clock(), f.engine().branch()->config);
    QVERIFY(s.logIn(QStringLiteral("siti"), kSitiPin, 3));
    s.click("callNextButton");
    s.desk().transfer(TransferTarget{QStringLiteral("A"), 0});
    s.settle();
    const QString message = s.text("deskMessage");
    QVERIFY2(message.contains(QStringLiteral("Layanan Nasabah")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("layanan Layanan"), Qt::CaseInsensitive), qPrintable(message));
}

void TestCounterUi::actionLabelsStayOnOneLine_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("id") << "id";
    QTest::newRow("en") << "en";
}

void TestCounterUi::actionLabelsStayOnOneLine()
{
    QFETCH(QString, lang);
    installTranslations(lang);
    auto restore = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
    Branch b;
    auto s = b.station(); // 1366x768, the smallest screen a counter has
    QVERIFY(s->logIn(QStringLiteral("siti"), kSitiPin, 1));
    QTest::qWait(50);
    for (const char *name : {"callNextButton", "recallButton", "startButton", "finishButton", "noShowButton",
                             "transferButton", "pauseButton", "reinstateButton", "logoutButton"}) {
        auto *title = s->button(name)->findChild<QLabel *>(QStringLiteral("actionTitle"));
        QVERIFY(title);
        const int needed = title->fontMetrics().horizontalAdvance(title->text());
        QVERIFY2(needed <= title->contentsRect().width(),
                 qPrintable(QStringLiteral("%1 \"%2\": needs %3 px, has %4").arg(QLatin1String(name), title->text()).arg(needed).arg(title->contentsRect().width())));
    }
}

QTEST_MAIN(TestCounterUi)
#include "tst_counterui.moc"
