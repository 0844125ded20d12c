// SPDX-License-Identifier: GPL-3.0-or-later
// A counter station for the UI tests and the benchmark: the real antrian-counter window on a
// test database, driven through its widgets the way a person at the counter would.
#pragma once

#include "staffpolicy.h"
#include "testsupport.h"

#include "actionbutton.h"
#include "counterbackend.h"
#include "counterwindow.h"
#include "deskmodel.h"
#include "loginmodel.h"
#include "loginpage.h"

#include "staff/countersessions.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace antrian::test {

inline void addStaff(Database &db, const Clock &clock, const QString &username, const QString &name, const QString &pin,
                     StaffPolicy policy = quickPolicy())
{
    auto added = StaffAccounts(db, clock, policy).add({username, name, StaffRole::Staff}, pin);
    if (!added)
        qFatal("cannot add %s: %s", qPrintable(username), qPrintable(added.error().message));
}

class Station
{
public:
    Station(const QString &path, const Clock &clock, const BranchConfig &branch, int fixedCounter = 0,
            StaffPolicy policy = quickPolicy())
        : backend(path, clock, policy)
    {
        if (Outcome r = backend.start(); !r)
            qFatal("station cannot start: %s", qPrintable(r.error().message));
        window = std::make_unique<counter::CounterWindow>(backend, branch, fixedCounter);
        window->resize(1366, 768);
        window->show();
        // The F-keys are window shortcuts: they reach only the active window.
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the station window did not become active");
        if (!QTest::qWaitFor([this] { return combo()->count() > 0; }, 5000))
            qWarning("the station did not list the counters within 5 s");
    }

    counter::DeskModel &desk() { return window->desk(); }
    counter::LoginModel &login() { return window->login(); }
    QComboBox *combo() { return window->findChild<QComboBox *>(QStringLiteral("loginCounter")); }
    QPushButton *button(const char *name) { return window->findChild<QPushButton *>(QString::fromLatin1(name)); }
    QString text(const char *labelName)
    {
        auto *label = window->findChild<QLabel *>(QString::fromLatin1(labelName));
        return label ? label->text() : QStringLiteral("(no label %1)").arg(QString::fromLatin1(labelName));
    }
    QString shownCode() { return text("ticketCode"); }

    // Types the username and PIN and presses Enter, as a person would; true once the desk
    // is shown, false when the login was refused (the reason is in text("loginMessage")).
    bool logIn(const QString &username, const QString &pin, int counter = 0)
    {
        if (counter > 0)
            combo()->setCurrentIndex(combo()->findData(counter));
        auto *user = window->findChild<QLineEdit *>(QStringLiteral("loginUsername"));
        auto *pinField = window->findChild<QLineEdit *>(QStringLiteral("loginPin"));
        user->clear();
        pinField->clear();
        QTest::keyClicks(user, username);
        QTest::keyClick(user, Qt::Key_Return);
        QTest::keyClicks(pinField, pin);
        QTest::keyClick(pinField, Qt::Key_Return);
        if (!QTest::qWaitFor([this] { return !login().isBusy(); }, 10000))
            return false;
        if (!desk().isActive())
            return false;
        return settle();
    }

    // Waits until every action and read asked for has been answered.
    bool settle() { return QTest::qWaitFor([this] { return desk().isSettled(); }, 10000); }

    // Clicks the named button and waits for the answer.
    void click(const char *name)
    {
        QTest::mouseClick(button(name), Qt::LeftButton);
        settle();
    }
    void key(Qt::Key key)
    {
        window->activateWindow();
        QTest::keyClick(window.get(), key);
        settle();
    }

    counter::CounterBackend backend;
    std::unique_ptr<counter::CounterWindow> window;
};

} // namespace antrian::test
