// SPDX-License-Identifier: GPL-3.0-or-later
// LoginModel: the login screen's state. The counters with who holds each (kept current by
// the change feed), the counter this PC is fixed to (--counter), and the login itself, run
// on the staff worker so the screen keeps answering while the PIN is hashed. In supervisor mode
// the same fields sign a supervisor in to watch the floor (StaffManagement::signIn, on the
// supervisor's worker): no counter is chosen, none is claimed.
#pragma once

#include "counterbackend.h"

#include "staff/countersessions.h"
#include "staff/staffmember.h"

#include <QObject>

namespace antrian::counter {

class LoginModel : public QObject
{
    Q_OBJECT
public:
    // `fixedCounter` 0: the person chooses the counter.
    LoginModel(CounterBackend &backend, int fixedCounter, QObject *parent = nullptr);

    const QList<CounterSeat> &seats() const { return m_seats; }
    int fixedCounter() const { return m_fixedCounter; }
    bool isBusy() const { return m_busy; }
    // The last refusal, in words; empty when there is none.
    const QString &message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Supervisor mode: the login signs a supervisor in to the floor instead of at a counter.
    bool isSupervisorMode() const { return m_supervisorMode; }
    void setSupervisorMode(bool on);

    void refreshSeats();
    // At `counter`, or to the floor in supervisor mode (`counter` is then not used).
    void login(const QString &username, const QString &pin, int counter);
    // Shown when the desk sent the person back here (logged out, replaced, released).
    void setNotice(const QString &text, bool isError);

signals:
    void changed();
    void loggedIn(const antrian::CounterSession &session);
    void supervisorSignedIn(const antrian::StaffMember &supervisor);

private:
    void onEvents(const QList<QueueEvent> &events);
    void signIn(const QString &username, const QString &pin);
    // A PIN is being checked; then its answer: `refusal` empty when it was let in.
    void setBusy();
    void answered(const QString &refusal);

    CounterBackend &m_backend;
    int m_fixedCounter = 0;
    QList<CounterSeat> m_seats;
    bool m_busy = false;
    bool m_supervisorMode = false;
    bool m_seatsInFlight = false;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace antrian::counter
