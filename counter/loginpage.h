// SPDX-License-Identifier: GPL-3.0-or-later
// LoginPage: username, PIN and counter. The counter list says who holds each counter; on a
// PC fixed to one counter (--counter) the choice is shown but cannot be changed. Enter moves
// from the username to the PIN and logs in from the PIN. The "Supervisor" key turns the same
// card into a supervisor's sign-in to the floor: no counter asked, none opened.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace antrian::counter {

class LoginModel;

class LoginPage : public QWidget
{
    Q_OBJECT
public:
    LoginPage(LoginModel &login, const QString &branchName, QWidget *parent = nullptr);

    // Ready for the next person: fields cleared, focus on the username.
    void reset();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showLogin();
    // Widens the counter list for its longest entry, in the font the style sheet gives it.
    void fitCounterList();
    void submit();
    int chosenCounter() const;

    LoginModel &m_login;
    QLabel *m_title = nullptr;
    QLabel *m_counterLabel = nullptr;
    QComboBox *m_counter = nullptr;
    QPushButton *m_modeButton = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_button = nullptr;
    QLabel *m_message = nullptr;
    bool m_wasBusy = false;
};

} // namespace antrian::counter
