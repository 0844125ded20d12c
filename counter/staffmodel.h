// SPDX-License-Identifier: GPL-3.0-or-later
// StaffModel: the supervisor's Staff tab. Every account with its role, whether it is enabled or
// locked and at which counter it is now, kept current by the change feed's staff and session
// events; and the changes a supervisor makes (add, disable, enable, reset a PIN, change a role,
// unlock), each run on the staff worker as StaffActor::staff(supervisor), so StaffManagement
// checks the rules and records who made the change. refusal() says why the screen greys a
// change out; the engine checks again and its refusal is shown as it is.
#pragma once

#include "counterbackend.h"

#include "staff/staffmanagement.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace antrian::counter {

class StaffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UsernameColumn, FullNameColumn, RoleColumn, StateColumn, LockColumn, CounterColumn, ColumnCount };
    enum Roles { UsernameRole = Qt::UserRole + 1 };
    enum class Action { Add, Disable, Enable, ResetPin, ChangeRole, Unlock };
    Q_ENUM(Action)

    explicit StaffModel(CounterBackend &backend, QObject *parent = nullptr);

    // The supervisor signed in; every change is theirs. Reads the accounts.
    void setActor(const StaffMember &supervisor);
    const StaffMember &actor() const { return m_actor; }
    // Lock times are shown in the branch's zone.
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const StaffMember *member(const QString &username) const;
    // The counter `staffId` is logged in at now; 0: none.
    int counterOf(qint64 staffId) const { return m_counters.value(staffId, 0); }

    // Why `action` on `username` (none for Add) is not offered now; empty when it is.
    QString refusal(Action action, const QString &username = {}) const;

    bool isBusy() const { return m_busy; }
    // Nothing asked of the worker is still unanswered.
    bool isSettled() const { return !m_busy && !m_refreshInFlight; }
    const QString &message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    void clearMessage();

    void refresh();
    // The PINs are typed twice by the staff member; they must agree before anything is asked.
    void add(const NewStaff &staff, const QString &pin, const QString &pinAgain);
    void disable(const QString &username);
    void enable(const QString &username);
    void resetPin(const QString &username, const QString &pin, const QString &pinAgain);
    void setRole(const QString &username, StaffRole role);
    void unlock(const QString &username);

signals:
    void changed();
    // The answer to a change: `ok` false when it was refused (the reason is message()).
    void actionFinished(antrian::counter::StaffModel::Action action, bool ok);

private:
    struct Listing
    {
        QList<StaffMember> members;
        QHash<qint64, int> counters; // staff id -> counter number
    };
    // Runs `job` as the actor unless refusal() already says no; its text is the message.
    void change(Action action, const QString &username, std::function<Result<QString>(StaffManagement &, StaffActor)> job);
    bool pinsAgree(Action action, const QString &pin, const QString &pinAgain);
    void setMessage(const QString &text, bool isError);
    void onEvents(const QList<QueueEvent> &events);
    void apply(const Listing &listing);

    CounterBackend &m_backend;
    StaffMember m_actor;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<StaffMember> m_members; // by username
    QHash<qint64, int> m_counters;
    bool m_busy = false;
    bool m_refreshInFlight = false;
    bool m_refreshAgain = false;
    QString m_message;
    bool m_messageIsError = false;
};

} // namespace antrian::counter
