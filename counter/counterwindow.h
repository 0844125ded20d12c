// SPDX-License-Identifier: GPL-3.0-or-later
// CounterWindow: the antrian-counter window: a header (counter, who is logged in, branch
// state, clock) over the login page, the desk page, the supervisor's page (the floor), or the
// out-of-service page while the database cannot be used. Switches between them as the person logs in and out and as the
// database goes and comes back, and logs out (when it can) as the window closes.
#pragma once

#include "config/branchconfig.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace antrian::counter {

class CounterBackend;
class DeskModel;
class DeskPage;
class FloorModel;
class LoginModel;
class LoginPage;
class OutOfServicePage;
class StaffModel;
class StaffPage;
class SupervisorPage;

class CounterWindow : public QWidget
{
    Q_OBJECT
public:
    // `fixedCounter` 0: the counter is chosen at login.
    CounterWindow(CounterBackend &backend, const BranchConfig &branch, int fixedCounter, QWidget *parent = nullptr);
    ~CounterWindow() override;

    LoginModel &login() { return *m_login; }
    DeskModel &desk() { return *m_desk; }
    FloorModel &floor() { return *m_floor; }
    StaffModel &staff() { return *m_staffModel; }
    LoginPage *loginPage() const { return m_loginPage; }
    DeskPage *deskPage() const { return m_deskPage; }
    OutOfServicePage *outOfServicePage() const { return m_outOfServicePage; }
    SupervisorPage *supervisorPage() const { return m_supervisorPage; }
    // The page showing now (login, desk, supervisor or out of service).
    QWidget *currentPage() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void showHeader();
    void applyScale();
    void onServiceChanged(bool outOfService);
    // The login, desk or supervisor page, whichever the person's state calls for.
    void showWorkPage(QWidget *page);
    QWidget *workPage() const;
    void supervisorLogout();

    CounterBackend &m_backend;
    BranchConfig m_branch;
    LoginModel *m_login = nullptr;
    DeskModel *m_desk = nullptr;
    FloorModel *m_floor = nullptr;
    StaffModel *m_staffModel = nullptr;
    QStackedWidget *m_pages = nullptr;
    LoginPage *m_loginPage = nullptr;
    DeskPage *m_deskPage = nullptr;
    OutOfServicePage *m_outOfServicePage = nullptr;
    SupervisorPage *m_supervisorPage = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_staff = nullptr;
    QLabel *m_branchState = nullptr;
    QLabel *m_clock = nullptr;
    QPushButton *m_supervisorLogout = nullptr; // shown while a supervisor watches the floor
    QTimer *m_clockTimer = nullptr;
    int m_styledHeight = 0;
    bool m_closing = false;
};

} // namespace antrian::counter
