// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskmodel.h"

#include "core/translation.h"
#include "staff/staffevents.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCounterDesk, "antrian.counter.desk", QtInfoMsg)

namespace antrian::counter {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeskModel)
};
} // namespace

DeskModel::DeskModel(CounterBackend &backend, QObject *parent) : QObject(parent), m_backend(backend)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_waiting.setNow(now());
        emit ticked();
    });
    m_heartbeat.setInterval(m_backend.policy().heartbeatSeconds * 1000);
    connect(&m_heartbeat, &QTimer::timeout, this, &DeskModel::heartbeat);
    m_noShowTimeout.setSingleShot(true);
    m_noShowTimeout.setInterval(kNoShowConfirmMs);
    connect(&m_noShowTimeout, &QTimer::timeout, this, [this] {
        disarm();
        setMessage({}, false);
    });
    connect(&m_backend.feed(), &ChangeFeed::eventsArrived, this, &DeskModel::onEvents);
    // Said on screen: a counter that silently stops updating would show a stale queue.
    connect(&m_backend.feed(), &ChangeFeed::unavailable, this, [this](const QString &reason) {
        if (isActive())
            setTransientError(reason);
    });
    // Back in service: whatever the database's absence made the desk say is over.
    connect(&m_backend.watch(), &DatabaseWatch::outOfServiceChanged, this, [this](bool outOfService) {
        if (!outOfService && isActive() && m_messageIsError)
            setMessage({}, false);
    });
}

void DeskModel::begin(const CounterSession &session)
{
    m_session = session;
    m_view.reset();
    m_waiting.setTickets({});
    m_busy = false;
    m_noShowArmed = false;
    m_choosingOutcome = false;
    setMessage({}, false);
    m_tick.start();
    m_heartbeat.start();
    refresh();
}

void DeskModel::end(const QString &reason, bool isError)
{
    qCInfo(lcCounterDesk) << m_session.username << "left counter" << m_session.counterNumber << reason;
    m_session = {};
    m_view.reset();
    m_waiting.setTickets({});
    m_tick.stop();
    m_heartbeat.stop();
    disarm();
    m_choosingOutcome = false;
    m_busy = false;
    emit changed();
    emit loggedOut(reason, isError);
}

QString DeskModel::serviceName(const QString &code) const
{
    if (m_view) {
        for (const ServiceStatus &s : m_view->branch.services) {
            if (s.service.code == code)
                return s.service.displayName(currentLanguage());
        }
    }
    return code;
}

QString DeskModel::reasonName(const QString &code) const
{
    if (m_view) {
        for (const PriorityReason &r : m_view->priorityReasons) {
            if (r.code == code)
                return currentLanguage() == u"en" && !r.nameEn.isEmpty() ? r.nameEn : r.name;
        }
    }
    return code;
}

const QList<ServiceOutcome> &DeskModel::outcomes() const
{
    static const QList<ServiceOutcome> none;
    return m_view ? m_view->outcomes : none;
}

bool DeskModel::outcomeRequired() const
{
    if (!m_view || !m_view->current)
        return false;
    for (const ServiceStatus &s : m_view->branch.services) {
        if (s.service.code == m_view->current->serviceCode)
            return s.service.outcomeRequired && !m_view->outcomes.isEmpty();
    }
    return false;
}

QString DeskModel::outcomeName(const QString &code) const
{
    for (const ServiceOutcome &o : outcomes()) {
        if (o.code == code)
            return o.displayName(currentLanguage());
    }
    return code;
}

bool DeskModel::isEnabled(CounterAction action) const
{
    if (!isActive() || !m_view || m_busy)
        return false;
    return isAllowed(action, *m_view);
}

void DeskModel::setMessage(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    m_messageTicketId = m_view && m_view->current ? m_view->current->id : 0;
    m_messageIsTransient = false;
    emit changed();
}

void DeskModel::setTransientError(const QString &text)
{
    setMessage(text, true);
    m_messageIsTransient = true;
}

void DeskModel::disarm()
{
    m_noShowTimeout.stop();
    m_noShowArmed = false;
}

void DeskModel::closeOutcomeChoice()
{
    m_choosingOutcome = false;
}

void DeskModel::beginOutcomeChoice()
{
    if (!isEnabled(CounterAction::Finish) || outcomes().isEmpty() || m_choosingOutcome)
        return;
    disarm();
    m_choosingOutcome = true;
    setMessage(outcomeRequired() ? Tr::tr("Choose the outcome of %1 to finish it.").arg(m_view->current->code)
                                 : Tr::tr("Choose the outcome of %1, or finish without one.").arg(m_view->current->code),
               false);
}

void DeskModel::cancelOutcomeChoice()
{
    if (!m_choosingOutcome)
        return;
    m_choosingOutcome = false;
    setMessage({}, false);
}

void DeskModel::onEvents(const QList<QueueEvent> &events)
{
    if (!isActive())
        return;
    for (const QueueEvent &e : events) {
        const bool aboutSessions = e.kind == EventKind::CounterLogin
                || e.kind == EventKind::CounterLogout;
        if (aboutSessions && (e.counterNumber == m_session.counterNumber || e.staffId == m_session.staffId)) {
            heartbeat(); // someone may have taken this counter, or this person logged in elsewhere
            break;
        }
    }
    refresh();
}

void DeskModel::refresh()
{
    if (!isActive())
        return;
    // One read at a time; changes arriving meanwhile are picked up by one more read.
    if (m_refreshInFlight) {
        m_refreshAgain = true;
        return;
    }
    m_refreshInFlight = true;
    const int counter = m_session.counterNumber;
    m_backend.queue().run<Result<CounterView>>(
            [counter](QueueEngine &e) { return readCounterView(e, counter); }, this, [this](Result<CounterView> r) {
                m_refreshInFlight = false;
                if (r)
                    m_backend.watch().succeeded(DatabaseWatch::Access::Read);
                else
                    m_backend.watch().failed(DatabaseWatch::Access::Read, r.error());
                if (!isActive())
                    return;
                if (r) {
                    applyView(*r);
                } else {
                    setTransientError(r.error().message);
                }
                if (m_refreshAgain) {
                    m_refreshAgain = false;
                    refresh();
                }
            });
}

void DeskModel::applyView(const CounterView &view)
{
    m_view = view;
    // A newer call here, made elsewhere (a supervisor, antrianctl): what the line said was
    // about the ticket before it. And a failed read's reason is over once a read works.
    if (!m_message.isEmpty() && !m_busy
        && (m_messageIsTransient || (view.current && view.current->id != m_messageTicketId))) {
        m_message.clear();
        m_messageIsError = false;
        m_messageIsTransient = false;
    }
    QHash<QString, QString> services;
    for (const ServiceStatus &s : view.branch.services)
        services.insert(s.service.code, s.service.displayName(currentLanguage()));
    QHash<QString, QString> reasons;
    for (const PriorityReason &r : view.priorityReasons)
        reasons.insert(r.code, reasonName(r.code));
    m_waiting.setNames(services, reasons);
    m_waiting.setTickets(view.queue);
    m_waiting.setNow(now());
    if (m_noShowArmed && !isAllowed(CounterAction::NoShow, view))
        disarm();
    // The ticket left meanwhile (a supervisor, antrianctl): there is nothing to choose for.
    if (m_choosingOutcome && !m_busy && !isAllowed(CounterAction::Finish, view))
        closeOutcomeChoice();
    emit changed();
}

void DeskModel::act(CounterAction action, TicketJob job, std::function<void(const Ticket &)> done)
{
    if (!isEnabled(action))
        return;
    if (action != CounterAction::NoShow)
        disarm();
    m_busy = true;
    m_message.clear();
    emit changed();
    m_backend.queue().run<Result<Ticket>>(std::move(job), this, [this, done](Result<Ticket> r) {
        m_busy = false;
        if (r)
            m_backend.watch().succeeded(DatabaseWatch::Access::Write);
        else
            m_backend.watch().failed(DatabaseWatch::Access::Write, r.error());
        if (!isActive())
            return;
        if (r) {
            done(*r);
        } else {
            qCInfo(lcCounterDesk) << "refused:" << r.error().message;
            setMessage(r.error().message, true);
            // The refusal may be this session's end (an account disabled meanwhile): the
            // heartbeat says so and returns to the login screen.
            if (r.error().kind == Error::Kind::Refused)
                heartbeat();
        }
        refresh();
    });
}

void DeskModel::actOutcome(CounterAction action, std::function<Outcome(QueueEngine &)> job, std::function<void()> done)
{
    act(action,
        [job](QueueEngine &e) -> Result<Ticket> {
            Outcome r = job(e);
            return r ? Result<Ticket>(Ticket{}) : Result<Ticket>(r.error());
        },
        [done](const Ticket &) { done(); });
}

void DeskModel::callNext()
{
    const int counter = m_session.counterNumber;
    const qint64 staff = m_session.staffId;
    act(CounterAction::CallNext, [=](QueueEngine &e) { return e.callNext(counter, staff); }, [this](const Ticket &t) {
        // Shown at once; the list catches up with the read that follows.
        m_view->current = t;
        m_view->queue.removeIf([&](const Ticket &q) { return q.id == t.id; });
        m_waiting.setTickets(m_view->queue);
        setMessage(Tr::tr("%1 called to counter %2.").arg(t.code).arg(m_session.counterNumber), false);
    });
}

void DeskModel::recall()
{
    const int counter = m_session.counterNumber;
    const qint64 staff = m_session.staffId;
    act(CounterAction::Recall, [=](QueueEngine &e) { return e.recall(counter, staff); }, [this](const Ticket &t) {
        m_view->current = t;
        setMessage(Tr::tr("%1 called again (%n time(s)).", nullptr, t.recallCount).arg(t.code), false);
    });
}

void DeskModel::start()
{
    const int counter = m_session.counterNumber;
    const qint64 staff = m_session.staffId;
    act(CounterAction::Start, [=](QueueEngine &e) { return e.start(counter, staff); }, [this](const Ticket &t) {
        m_view->current = t;
        setMessage(Tr::tr("Serving %1.").arg(t.code), false);
    });
}

void DeskModel::finish()
{
    if (isEnabled(CounterAction::Finish) && outcomeRequired()) {
        // The engine would refuse too; said here at once, and the choice stays open.
        setMessage(Tr::tr("Choose the outcome of %1 first: it cannot be finished without one.")
                           .arg(m_view->current->code),
                   true);
        return;
    }
    finish(FinishOptions{});
}

void DeskModel::finish(const FinishOptions &options)
{
    const int counter = m_session.counterNumber;
    const qint64 staff = m_session.staffId;
    act(CounterAction::Finish, [=](QueueEngine &e) { return e.finish(counter, staff, options); },
        [this](const Ticket &t) {
            m_view->current.reset();
            closeOutcomeChoice();
            setMessage(t.outcome.isEmpty() ? Tr::tr("%1 done.").arg(t.code)
                                           : Tr::tr("%1 done: %2.").arg(t.code, outcomeName(t.outcome)),
                       false);
        });
}

void DeskModel::noShow()
{
    if (!isEnabled(CounterAction::NoShow))
        return;
    if (!m_noShowArmed) {
        // A slip of the finger must not send a customer away: the second press confirms.
        m_noShowArmed = true;
        m_noShowTimeout.start();
        setMessage(Tr::tr("Press No-show again within %1 seconds to confirm that %2 did not come.")
                           .arg(kNoShowConfirmMs / 1000)
                           .arg(m_view->current->code),
                   false);
        return;
    }
    disarm();
    const int counter = m_session.counterNumber;
    const qint64 staff = m_session.staffId;
    act(CounterAction::NoShow, [=](QueueEngine &e) { return e.markNoShow(counter, staff); }, [this](const Ticket &t) {
        m_view->current.reset();
        setMessage(Tr::tr("%1 marked no-show. If the customer comes within %n minute(s), bring the ticket back.", nullptr,
                          m_view->reinstateMinutes)
                           .arg(t.code),
                   false);
    });
}

void DeskModel::transfer(const TransferTarget &target)
{
    const int counter = m_session.counterNumber;
    const qint64 staff = m_session.staffId;
    act(CounterAction::Transfer, [=](QueueEngine &e) { return e.transfer(counter, target, staff); },
        [this, target](const Ticket &t) {
            m_view->current.reset();
            setMessage(target.counterNumber > 0
                               ? Tr::tr("%1 sent to counter %2, keeping its place in line.").arg(t.code).arg(target.counterNumber)
                               : Tr::tr("%1 sent to %2; it keeps its place in line.").arg(t.code, serviceName(t.serviceCode)),
                       false);
        });
}

void DeskModel::togglePause()
{
    const int counter = m_session.counterNumber;
    const qint64 staff = m_session.staffId;
    if (isEnabled(CounterAction::Resume)) {
        actOutcome(CounterAction::Resume, [=](QueueEngine &e) { return e.resumeCounter(counter, staff); }, [this] {
            m_view->state = CounterState::Open;
            setMessage(Tr::tr("Counter %1 is open again.").arg(m_session.counterNumber), false);
        });
    } else {
        actOutcome(CounterAction::Pause, [=](QueueEngine &e) { return e.pauseCounter(counter, staff); }, [this] {
            m_view->state = CounterState::Paused;
            setMessage(Tr::tr("Counter %1 is on a break; no ticket is called here until you resume.")
                               .arg(m_session.counterNumber),
                       false);
        });
    }
}

void DeskModel::reinstate(const QString &code)
{
    const qint64 staff = m_session.staffId;
    act(CounterAction::Reinstate, [=](QueueEngine &e) { return e.reinstate(code, staff); }, [this](const Ticket &t) {
        setMessage(Tr::tr("%1 is back in the queue at its old place.").arg(t.code), false);
    });
}

void DeskModel::logout()
{
    if (!isEnabled(CounterAction::Logout))
        return;
    disarm();
    m_busy = true;
    emit changed();
    const CounterSession session = m_session;
    m_backend.staff().run<Outcome>([session](CounterSessions &s) { return s.logout(session); }, this,
                                   [this](Outcome r) {
                                       m_busy = false;
                                       if (!isActive())
                                           return;
                                       if (r)
                                           end({}, false);
                                       else
                                           setMessage(r.error().message, true);
                                   });
}

void DeskModel::heartbeat()
{
    if (!isActive())
        return;
    const CounterSession session = m_session;
    m_backend.staff().run<Result<CounterSession>>(
            [session](CounterSessions &s) { return s.heartbeat(session); }, this, [this, session](Result<CounterSession> r) {
                if (!isActive() || m_session.startedAt != session.startedAt)
                    return;
                if (r) {
                    m_session.seenAt = r->seenAt;
                } else if (r.error().kind == Error::Kind::Refused) {
                    end(r.error().message, true);
                } else {
                    setTransientError(r.error().message); // the database is unwell; keep trying
                }
            });
}

} // namespace antrian::counter
