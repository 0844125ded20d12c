// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginmodel.h"

#include "staff/staffevents.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCounterLogin, "antrian.counter.login", QtInfoMsg)

namespace antrian::counter {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LoginModel)
};
} // namespace

LoginModel::LoginModel(CounterBackend &backend, int fixedCounter, QObject *parent)
    : QObject(parent), m_backend(backend), m_fixedCounter(fixedCounter)
{
    connect(&m_backend.feed(), &ChangeFeed::eventsArrived, this, &LoginModel::onEvents);
}

void LoginModel::onEvents(const QList<QueueEvent> &events)
{
    for (const QueueEvent &e : events) {
        if (e.kind == EventKind::CounterLogin || e.kind == EventKind::CounterLogout
            || e.kind == EventKind::ConfigImported || e.kind == EventKind::CounterPaused
            || e.kind == EventKind::CounterResumed) {
            refreshSeats();
            return;
        }
    }
}

void LoginModel::refreshSeats()
{
    if (m_seatsInFlight)
        return;
    m_seatsInFlight = true;
    m_backend.staff().run<Result<QList<CounterSeat>>>(
            [](CounterSessions &s) { return s.seats(); }, this, [this](Result<QList<CounterSeat>> r) {
                m_seatsInFlight = false;
                if (r) {
                    m_seats = *r;
                } else {
                    qCWarning(lcCounterLogin) << "cannot read the counters:" << r.error().message;
                    m_message = r.error().message;
                    m_messageIsError = true;
                }
                emit changed();
            });
}

void LoginModel::setNotice(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    emit changed();
}

void LoginModel::setSupervisorMode(bool on)
{
    if (m_supervisorMode == on || m_busy)
        return;
    m_supervisorMode = on;
    m_message.clear();
    emit changed();
}

void LoginModel::login(const QString &username, const QString &pin, int counter)
{
    if (m_busy)
        return; // a second Enter while the first is being checked
    if (m_supervisorMode) {
        signIn(username, pin);
        return;
    }
    if (counter <= 0) {
        setNotice(Tr::tr("Choose your counter first."), true);
        return;
    }
    setBusy();
    m_backend.staff().run<Result<CounterSession>>(
            [username, pin, counter](CounterSessions &s) { return s.login(username, pin, counter); }, this,
            [this](Result<CounterSession> r) {
                answered(r ? QString() : r.error().message);
                if (!r)
                    return;
                qCInfo(lcCounterLogin) << r->username << "logged in at counter" << r->counterNumber;
                emit loggedIn(*r);
            });
}

void LoginModel::signIn(const QString &username, const QString &pin)
{
    setBusy();
    m_backend.supervisor().run<Result<StaffMember>>(
            [username, pin](SupervisorTools &t) { return t.management.signIn(username, pin); }, this,
            [this](Result<StaffMember> r) {
                answered(r ? QString() : r.error().message);
                if (!r)
                    return;
                qCInfo(lcCounterLogin) << r->username << "signed in as supervisor";
                emit supervisorSignedIn(*r);
            });
}

void LoginModel::setBusy()
{
    m_busy = true;
    m_message.clear();
    emit changed();
}

void LoginModel::answered(const QString &refusal)
{
    m_busy = false;
    m_message = refusal;
    m_messageIsError = !refusal.isEmpty();
    emit changed();
}

} // namespace antrian::counter
