// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's Staff tab, headless, driven through its widgets on a real database: adding an
// account (it can then log in at a counter), disabling one logged in at a counter (its session
// ends), resetting a PIN (the new logs in, the old does not), changing a role, unlocking; and a
// counter account as the actor, for whom every change is greyed with the reason.
#include "counterstation.h"

#include "staffmodel.h"
#include "staffpage.h"
#include "theme.h"

#include "core/translation.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTableView>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kSariPin = QStringLiteral("2468");
const QString kSitiPin = QStringLiteral("4821");
const QString kBudiPin = QStringLiteral("7390");

const char *const kChanges[] = {"staffAddButton",      "staffDisableButton", "staffEnableButton",
                                "staffResetPinButton", "staffRoleButton",    "staffUnlockButton"};

struct Page
{
    Fixture f;
    counter::CounterBackend backend{f.path(), f.clock(), quickPolicy()};
    counter::StaffModel model{backend};
    counter::StaffPage page{model};

    // The supervisor Sari signed in, or `actor` instead.
    explicit Page(const QString &actor = QStringLiteral("sari"))
    {
        StaffAccounts accounts(f.db(), f.clock(), quickPolicy());
        QVERIFY(accounts.add({QStringLiteral("sari"), QStringLiteral("Sari Wulandari"), StaffRole::Supervisor}, kSariPin).ok());
        QVERIFY(accounts.add({QStringLiteral("siti"), QStringLiteral("Siti Rahma"), StaffRole::Staff}, kSitiPin).ok());
        QVERIFY(accounts.add({QStringLiteral("budi"), QStringLiteral("Budi Santoso"), StaffRole::Staff}, kBudiPin).ok());
        QVERIFY(backend.start().ok());
        model.setTimeZone(QTimeZone("Asia/Jakarta"));
        model.setActor(**accounts.find(actor));
        page.setStyleSheet(counter::styleSheet(768));
        page.resize(1366, 768);
        page.show();
        QVERIFY(settle());
    }
    bool settle() { return QTest::qWaitFor([this] { return model.isSettled(); }, 10000); }
    QPushButton *button(const char *name) { return page.findChild<QPushButton *>(QString::fromLatin1(name)); }
    QLineEdit *field(const char *name) { return page.findChild<QLineEdit *>(QString::fromLatin1(name)); }
    QString text(const char *name) { return page.findChild<QLabel *>(QString::fromLatin1(name))->text(); }
    void click(const char *name)
    {
        QPushButton *b = button(name);
        QVERIFY2(b && b->isVisible() && b->isEnabled(), name);
        QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(settle());
    }
    // Clicks the account's row in the table, as a person would.
    void choose(const QString &username)
    {
        auto *table = page.findChild<QTableView *>(QStringLiteral("staffTable"));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, counter::StaffModel::FullNameColumn);
            if (index.data(counter::StaffModel::UsernameRole).toString() == username) {
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
                QCOMPARE(page.selectedUsername(), username);
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row for %1").arg(username)));
    }
    // The staff member types, into a masked field.
    void typePin(const char *name, const QString &pin)
    {
        QLineEdit *f = field(name);
        QCOMPARE(f->echoMode(), QLineEdit::Password);
        f->clear();
        QTest::keyClicks(f, pin);
    }
    QString cell(const QString &username, int column)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(counter::StaffModel::UsernameRole).toString() == username)
                return model.index(row, column).data().toString();
        }
        return QStringLiteral("(no row)");
    }
    Result<CounterSession> login(const QString &username, const QString &pin, int counter)
    {
        return CounterSessions(f.db(), f.clock(), quickPolicy()).login(username, pin, counter);
    }
    std::optional<StaffMember> account(const QString &username)
    {
        return *StaffAccounts(f.db(), f.clock(), quickPolicy()).find(username);
    }
};

} // namespace

class TestStaffPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QStringLiteral("en")); }

    void tableListsEveryAccountWithRoleStateAndCounter();
    void addedThroughTheFormTheAccountLogsInAtACounter();
    void pinsTypedDifferentlyAddNothing();
    void disablingAnAccountAtACounterEndsItsSessionThere();
    void enablingLetsTheAccountLogInAgain();
    void resetPinLetsTheNewPinInAndNotTheOld();
    void changeRoleMakesTheAccountASupervisor();
    void unlockLiftsALock();
    void counterAccountAsActorHasEveryChangeGreyedWithTheReason();
    void ownAccountCannotBeDisabledAndSaysWhy();
    void engineRefusalIsShownOnThePageAndTheFormStays();
    void escapeClosesAFormChangingNothing();
    void screenshotsOfTheStaffPage();
};

void TestStaffPage::tableListsEveryAccountWithRoleStateAndCounter()
{
    Page p;
    QAbstractItemModelTester tester(&p.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(p.model.rowCount(), 3);
    QVERIFY(p.login(QStringLiteral("siti"), kSitiPin, 3).ok());
    // Through the change feed: nobody refreshes the page.
    QTRY_COMPARE(p.cell(QStringLiteral("siti"), counter::StaffModel::CounterColumn), QStringLiteral("counter 3"));
    QCOMPARE(p.cell(QStringLiteral("siti"), counter::StaffModel::FullNameColumn), QStringLiteral("Siti Rahma"));
    QCOMPARE(p.cell(QStringLiteral("sari"), counter::StaffModel::RoleColumn), QStringLiteral("supervisor"));
    QCOMPARE(p.cell(QStringLiteral("budi"), counter::StaffModel::StateColumn), QStringLiteral("active"));
    QCOMPARE(p.cell(QStringLiteral("budi"), counter::StaffModel::CounterColumn), QStringLiteral("–"));
}

void TestStaffPage::addedThroughTheFormTheAccountLogsInAtACounter()
{
    Page p;
    p.click("staffAddButton");
    QVERIFY(p.text("staffAddNotice").contains(QStringLiteral("hand the keyboard to the new staff member")));
    QTest::keyClicks(p.field("staffNewUsername"), QStringLiteral("dewi"));
    QTest::keyClicks(p.field("staffNewFullName"), QStringLiteral("Dewi Lestari"));
    p.typePin("staffNewPin", QStringLiteral("5832"));
    p.typePin("staffNewPinAgain", QStringLiteral("5832"));
    p.click("staffAddSaveButton");
    QVERIFY2(p.text("staffMessage").contains(QStringLiteral("Dewi Lestari (dewi) is added")), qPrintable(p.text("staffMessage")));
    QVERIFY(p.button("staffAddButton")->isVisible()); // back at the table
    QCOMPARE(p.page.selectedUsername(), QStringLiteral("dewi"));
    QCOMPARE(p.cell(QStringLiteral("dewi"), counter::StaffModel::RoleColumn), QStringLiteral("staff"));
    QVERIFY(p.field("staffNewPin")->text().isEmpty());
    auto session = p.login(QStringLiteral("dewi"), QStringLiteral("5832"), 2);
    QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
}

void TestStaffPage::pinsTypedDifferentlyAddNothing()
{
    Page p;
    p.click("staffAddButton");
    QTest::keyClicks(p.field("staffNewUsername"), QStringLiteral("dewi"));
    QTest::keyClicks(p.field("staffNewFullName"), QStringLiteral("Dewi Lestari"));
    p.typePin("staffNewPin", QStringLiteral("5832"));
    p.typePin("staffNewPinAgain", QStringLiteral("5833"));
    QTest::keyClick(p.field("staffNewPinAgain"), Qt::Key_Return);
    QVERIFY(p.settle());
    QVERIFY2(p.text("staffMessage").contains(QStringLiteral("two PINs differ")), qPrintable(p.text("staffMessage")));
    QVERIFY(!p.account(QStringLiteral("dewi")));
    QVERIFY(p.button("staffAddSaveButton")->isVisible()); // the form stays, the PINs to type again
    QVERIFY(p.field("staffNewPin")->text().isEmpty());
    QCOMPARE(p.field("staffNewUsername")->text(), QStringLiteral("dewi"));
}

void TestStaffPage::disablingAnAccountAtACounterEndsItsSessionThere()
{
    Page p;
    QVERIFY(p.login(QStringLiteral("siti"), kSitiPin, 3).ok());
    QTRY_COMPARE(p.cell(QStringLiteral("siti"), counter::StaffModel::CounterColumn), QStringLiteral("counter 3"));
    p.choose(QStringLiteral("siti"));
    p.click("staffDisableButton");
    QVERIFY2(p.text("staffConfirmText").contains(QStringLiteral("logged in at counter 3: that session ends now")),
             qPrintable(p.text("staffConfirmText")));
    QCOMPARE(p.account(QStringLiteral("siti"))->active, true); // asked, not done yet
    p.click("staffConfirmButton");
    QVERIFY2(p.text("staffMessage").contains(QStringLiteral("session at counter 3 has ended")), qPrintable(p.text("staffMessage")));
    auto held = CounterSessions(p.f.db(), p.f.clock()).sessionAt(3);
    QVERIFY(held.ok());
    QVERIFY(!held->has_value());
    QCOMPARE(p.account(QStringLiteral("siti"))->active, false);
    QVERIFY(!p.login(QStringLiteral("siti"), kSitiPin, 3).ok());
    QTRY_COMPARE(p.cell(QStringLiteral("siti"), counter::StaffModel::StateColumn), QStringLiteral("disabled"));
    QCOMPARE(p.cell(QStringLiteral("siti"), counter::StaffModel::CounterColumn), QStringLiteral("–"));
    QVERIFY(!p.button("staffDisableButton")->isEnabled());
    QVERIFY(p.button("staffEnableButton")->isEnabled());
}

void TestStaffPage::enablingLetsTheAccountLogInAgain()
{
    Page p;
    p.choose(QStringLiteral("budi"));
    p.click("staffDisableButton");
    p.click("staffConfirmButton");
    QVERIFY(!p.login(QStringLiteral("budi"), kBudiPin, 1).ok());
    p.click("staffEnableButton");
    QVERIFY(p.text("staffConfirmText").contains(QStringLiteral("can log in again")));
    p.click("staffConfirmButton");
    QVERIFY(p.account(QStringLiteral("budi"))->active);
    QVERIFY(p.login(QStringLiteral("budi"), kBudiPin, 1).ok());
}

void TestStaffPage::resetPinLetsTheNewPinInAndNotTheOld()
{
    Page p;
    p.choose(QStringLiteral("budi"));
    p.click("staffResetPinButton");
    QVERIFY2(p.text("staffPinNotice").contains(QStringLiteral("Hand the keyboard to Budi Santoso")), qPrintable(p.text("staffPinNotice")));
    p.typePin("staffPin", QStringLiteral("6150"));
    p.typePin("staffPinAgain", QStringLiteral("6150"));
    QTest::keyClick(p.field("staffPinAgain"), Qt::Key_Return);
    QVERIFY(p.settle());
    QVERIFY2(p.text("staffMessage").contains(QStringLiteral("has a new PIN")), qPrintable(p.text("staffMessage")));
    auto old = p.login(QStringLiteral("budi"), kBudiPin, 1);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, Error::Kind::Refused);
    QVERIFY(p.login(QStringLiteral("budi"), QStringLiteral("6150"), 1).ok());
}

void TestStaffPage::changeRoleMakesTheAccountASupervisor()
{
    Page p;
    p.choose(QStringLiteral("siti"));
    p.click("staffRoleButton");
    auto *combo = p.page.findChild<QComboBox *>(QStringLiteral("staffRoleCombo"));
    QCOMPARE(combo->currentText(), QStringLiteral("supervisor")); // the other role, offered first
    p.click("staffRoleSaveButton");
    QCOMPARE(p.account(QStringLiteral("siti"))->role, StaffRole::Supervisor);
    QCOMPARE(p.cell(QStringLiteral("siti"), counter::StaffModel::RoleColumn), QStringLiteral("supervisor"));
    // And back: Sari is no longer the last supervisor, so she may become staff herself too.
    p.choose(QStringLiteral("siti"));
    p.click("staffRoleButton");
    QCOMPARE(combo->currentText(), QStringLiteral("staff"));
    p.click("staffRoleSaveButton");
    QCOMPARE(p.account(QStringLiteral("siti"))->role, StaffRole::Staff);
}

void TestStaffPage::unlockLiftsALock()
{
    Page p;
    QVERIFY(!p.button("staffUnlockButton")->isEnabled()); // nobody chosen
    for (int i = 0; i < 5; ++i)
        QVERIFY(!p.login(QStringLiteral("budi"), QStringLiteral("1357"), 1).ok());
    QTRY_VERIFY(p.cell(QStringLiteral("budi"), counter::StaffModel::LockColumn).startsWith(QStringLiteral("locked until")));
    p.choose(QStringLiteral("siti"));
    QVERIFY(!p.button("staffUnlockButton")->isEnabled());
    QCOMPARE(p.button("staffUnlockButton")->toolTip(), QStringLiteral("Siti Rahma is not locked"));
    p.choose(QStringLiteral("budi"));
    p.click("staffUnlockButton");
    QCOMPARE(p.cell(QStringLiteral("budi"), counter::StaffModel::LockColumn), QStringLiteral("–"));
    QVERIFY(p.login(QStringLiteral("budi"), kBudiPin, 1).ok());
}

void TestStaffPage::counterAccountAsActorHasEveryChangeGreyedWithTheReason()
{
    Page p(QStringLiteral("siti"));
    for (const QString &row : {QString(), QStringLiteral("budi"), QStringLiteral("siti")}) {
        if (!row.isEmpty())
            p.choose(row);
        for (const char *name : kChanges) {
            QVERIFY2(!p.button(name)->isEnabled(), name);
            QCOMPARE(p.button(name)->toolTip(), QStringLiteral("Only a supervisor may manage staff accounts; siti is staff"));
        }
        QVERIFY2(p.text("staffReason").contains(QStringLiteral("Only a supervisor may manage staff accounts; siti is staff")),
                 qPrintable(p.text("staffReason")));
    }
    // Nor through the model: nothing reaches the engine.
    p.model.disable(QStringLiteral("budi"));
    QVERIFY(p.settle());
    QVERIFY(p.account(QStringLiteral("budi"))->active);
}

void TestStaffPage::ownAccountCannotBeDisabledAndSaysWhy()
{
    Page p;
    p.choose(QStringLiteral("sari"));
    QVERIFY(!p.button("staffDisableButton")->isEnabled());
    QVERIFY2(p.text("staffReason").contains(QStringLiteral("your own account")), qPrintable(p.text("staffReason")));
    QVERIFY(p.button("staffResetPinButton")->isEnabled());
    p.choose(QStringLiteral("budi"));
    QVERIFY(p.button("staffDisableButton")->isEnabled());
    QVERIFY(p.text("staffReason").isEmpty());
}

void TestStaffPage::engineRefusalIsShownOnThePageAndTheFormStays()
{
    Page p;
    p.choose(QStringLiteral("sari")); // the only supervisor
    p.click("staffRoleButton");
    p.click("staffRoleSaveButton");
    QVERIFY2(p.text("staffMessage").contains(QStringLiteral("is the last supervisor of this branch")),
             qPrintable(p.text("staffMessage")));
    QVERIFY(p.page.findChild<QWidget *>(QStringLiteral("staffMessageBar"))->property("error").toBool());
    QVERIFY(p.button("staffRoleSaveButton")->isVisible());
    QCOMPARE(p.account(QStringLiteral("sari"))->role, StaffRole::Supervisor);
}

void TestStaffPage::escapeClosesAFormChangingNothing()
{
    Page p;
    p.choose(QStringLiteral("budi"));
    p.click("staffResetPinButton");
    p.typePin("staffPin", QStringLiteral("6150"));
    QTest::keyClick(p.field("staffPin"), Qt::Key_Escape);
    QVERIFY(p.button("staffAddButton")->isVisible());
    QVERIFY(p.field("staffPin")->text().isEmpty());
    QVERIFY(p.login(QStringLiteral("budi"), kBudiPin, 1).ok());
}

void TestStaffPage::screenshotsOfTheStaffPage()
{
    // Saved when ANTRIAN_SCREENSHOT_DIR is set; always rendered and checked.
    const QString dir = qEnvironmentVariable("ANTRIAN_SCREENSHOT_DIR");
    for (const QString &lang : {QStringLiteral("id"), QStringLiteral("en")}) {
        installTranslations(lang);
        Page p;
        StaffAccounts accounts(p.f.db(), p.f.clock(), quickPolicy());
        QVERIFY(accounts.add({QStringLiteral("dewi"), QStringLiteral("Dewi Lestari"), StaffRole::Staff}, QStringLiteral("5832")).ok());
        QVERIFY(accounts.add({QStringLiteral("eko"), QStringLiteral("Eko Prasetyo"), StaffRole::Staff}, QStringLiteral("3917")).ok());
        QVERIFY(p.login(QStringLiteral("siti"), kSitiPin, 3).ok());
        QVERIFY(p.login(QStringLiteral("budi"), kBudiPin, 1).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!p.login(QStringLiteral("eko"), QStringLiteral("1357"), 2).ok());
        QTRY_COMPARE(p.model.rowCount(), 5);
        QTRY_VERIFY(!p.cell(QStringLiteral("eko"), counter::StaffModel::LockColumn).startsWith(u'–'));
        QTRY_VERIFY(!p.cell(QStringLiteral("budi"), counter::StaffModel::CounterColumn).startsWith(u'–'));
        p.choose(QStringLiteral("siti"));
        auto shoot = [&](const QString &state) {
            QTest::qWait(50);
            const QImage image = p.page.grab().toImage();
            QCOMPARE(image.size(), QSize(1366, 768));
            if (!dir.isEmpty())
                QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("counter-staff-%1-%2.png").arg(state, lang))));
        };
        shoot(QStringLiteral("list"));
        p.click("staffDisableButton");
        shoot(QStringLiteral("disable"));
        p.click("staffConfirmCancelButton");
        p.click("staffAddButton");
        QTest::keyClicks(p.field("staffNewUsername"), QStringLiteral("rina"));
        QTest::keyClicks(p.field("staffNewFullName"), QStringLiteral("Rina Kartika"));
        p.typePin("staffNewPin", QStringLiteral("5832"));
        shoot(QStringLiteral("add"));
    }
    installTranslations(QStringLiteral("en"));
}

QTEST_MAIN(TestStaffPage)
#include "tst_staffpage.moc"
