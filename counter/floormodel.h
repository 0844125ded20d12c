// SPDX-License-Identifier: GPL-3.0-or-later
// FloorModel: the supervisor's pages' state. The floor (FloorReader::read()) and the follow-up
// list, read together on the supervisor's worker on each change-feed batch and on a timer
// (waits grow without events), one read in flight at a time with the changes meanwhile taken
// by one more; and the floor's actions (handle an alert, pause or resume a service, release a
// counter, send a line elsewhere, close a follow-up), each recorded as this supervisor's.
#pragma once

#include "counterbackend.h"

#include "floor/floorstate.h"
#include "staff/staffmember.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace antrian::counter {

// A follow-up as the list shows it.
struct FollowUpRow
{
    Ticket ticket;
    QString staffName; // who finished it; empty when no one was logged in
};

// One read: the floor, the follow-ups and the branch they belong to.
struct FloorView
{
    FloorState floor;
    QList<FollowUpRow> followUps;
    BranchConfig branch;
};

class FloorModel : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultRefreshMs = 30'000;

    explicit FloorModel(CounterBackend &backend, QObject *parent = nullptr);

    // Starts following the floor for `supervisor`; end() stops.
    void begin(const StaffMember &supervisor);
    void end();
    bool isActive() const { return m_supervisor.id > 0; }
    const StaffMember &supervisor() const { return m_supervisor; }
    CounterBackend &backend() const { return m_backend; }

    // How often the floor is read again without an event (a setting, for tests).
    void setRefreshInterval(int ms);
    int refreshInterval() const;

    bool hasView() const { return m_hasView; }
    const FloorView &view() const { return m_view; }
    // Nothing asked and not answered yet: no read, no action.
    bool isSettled() const { return !m_readInFlight && !m_readAgain && m_actionsInFlight == 0; }
    const QString &message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }

    void refresh();
    void handleAlert(qint64 alertId);
    void setServicePaused(const QString &serviceCode, bool pause);
    void releaseCounter(int counter);
    void sendWaiting(const QString &fromService, const QString &toService);
    void closeFollowUp(const QString &code);

    // What a supervisor reads for a refusal or failure: the engine's sentence, or, for a
    // database account that may not write the floor's alerts, what to do about it.
    static QString explain(const Error &error);

signals:
    void changed();

private:
    template<typename R>
    void act(std::function<R(SupervisorTools &, qint64)> job, std::function<QString(const R &)> done);
    void setMessage(const QString &text, bool isError);

    CounterBackend &m_backend;
    StaffMember m_supervisor;
    QTimer *m_timer = nullptr;
    FloorView m_view;
    bool m_hasView = false;
    bool m_readInFlight = false;
    bool m_readAgain = false;
    int m_actionsInFlight = 0;
    QString m_message;
    bool m_messageIsError = false;
    bool m_messageFromRead = false; // the message is a failed read's, cleared by the next read that works
};

} // namespace antrian::counter
