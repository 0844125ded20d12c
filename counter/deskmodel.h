// SPDX-License-Identifier: GPL-3.0-or-later
// DeskModel: the counter screen once someone is logged in. It holds what the counter shows
// (its view of the queue, the ticket at hand), runs each action on the queue worker with
// the logged-in person's id, shows the engine's reason when an action is refused, follows
// the change feed to stay current, and keeps the session alive with heartbeats.
#pragma once

#include "counterbackend.h"
#include "waitinglistmodel.h"

#include "queue/counteractions.h"
#include "queue/counterqueue.h"
#include "staff/staffmember.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace antrian::counter {

class DeskModel : public QObject
{
    Q_OBJECT
public:
    // How long a first press of No-show waits for the second that confirms it.
    static constexpr int kNoShowConfirmMs = 5000;

    explicit DeskModel(CounterBackend &backend, QObject *parent = nullptr);

    void begin(const CounterSession &session);
    bool isActive() const { return m_session.isValid(); }
    const CounterSession &session() const { return m_session; }
    const std::optional<CounterView> &view() const { return m_view; }
    WaitingListModel *waitingList() { return &m_waiting; }
    QDateTime now() const { return m_backend.clock().nowUtc(); }

    // Whether the button for `action` is enabled now.
    bool isEnabled(CounterAction action) const;
    bool isBusy() const { return m_busy; }
    // Nothing asked of the workers is still unanswered (no action, no read).
    bool isSettled() const { return !m_busy && !m_refreshInFlight; }
    bool noShowArmed() const { return m_noShowArmed; }
    const QString &message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    // Names of services and counters, in the current language, for the screen.
    QString serviceName(const QString &code) const;
    QString reasonName(const QString &code) const;

    // The outcomes offered at finish (empty: Finish finishes at once), and whether the ticket
    // at hand may not be finished without one (its service's outcomeRequired).
    const QList<ServiceOutcome> &outcomes() const;
    bool outcomeRequired() const;
    QString outcomeName(const QString &code) const;
    // Finish with outcomes configured: the first press opens the choice, a key of the choice
    // finishes; Esc / Back cancels it and the ticket stays in service.
    bool isChoosingOutcome() const { return m_choosingOutcome; }
    void beginOutcomeChoice();
    void cancelOutcomeChoice();

    void callNext();
    void recall();
    void start();
    // Finishes without an outcome; with a required one it only says to choose.
    void finish();
    void finish(const FinishOptions &options);
    // The first press arms, the second within kNoShowConfirmMs marks the no-show.
    void noShow();
    void transfer(const TransferTarget &target);
    void togglePause();
    void reinstate(const QString &code);
    void logout();
    void refresh();
    // Checks now that this session still holds the counter (otherwise: loggedOut).
    void heartbeat();

signals:
    void changed();
    // Once a second, for the running timers on screen.
    void ticked();
    // Back to the login screen; `reason` is empty after an ordinary logout.
    void loggedOut(const QString &reason, bool isError);

private:
    using TicketJob = std::function<Result<Ticket>(QueueEngine &)>;
    void act(CounterAction action, TicketJob job, std::function<void(const Ticket &)> done);
    void actOutcome(CounterAction action, std::function<Outcome(QueueEngine &)> job, std::function<void()> done);
    void setMessage(const QString &text, bool isError);
    void setTransientError(const QString &text);
    void disarm();
    void closeOutcomeChoice();
    void end(const QString &reason, bool isError);
    void onEvents(const QList<QueueEvent> &events);
    void applyView(const CounterView &view);

    CounterBackend &m_backend;
    CounterSession m_session;
    std::optional<CounterView> m_view;
    WaitingListModel m_waiting;
    bool m_busy = false;
    bool m_refreshInFlight = false;
    bool m_refreshAgain = false;
    bool m_noShowArmed = false;
    bool m_choosingOutcome = false;
    QString m_message;
    bool m_messageIsError = false;
    qint64 m_messageTicketId = 0; // the ticket at the counter when the message was set
    // The message says why the database could not be reached (a read, the feed, the heartbeat),
    // not what an action did: it goes once a read works again.
    bool m_messageIsTransient = false;
    QTimer m_tick;
    QTimer m_heartbeat;
    QTimer m_noShowTimeout;
};

} // namespace antrian::counter
