// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffmodel.h"

#include "staff/staffevents.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCounterStaff, "antrian.counter.staff", QtInfoMsg)

namespace antrian::counter {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffModel)
};

bool isAboutStaff(EventKind kind)
{
    switch (kind) {
    case EventKind::StaffAdded:
    case EventKind::StaffDisabled:
    case EventKind::StaffEnabled:
    case EventKind::StaffRoleChanged:
    case EventKind::PinChanged:
    case EventKind::AccountLocked:
    case EventKind::AccountUnlocked:
    case EventKind::CounterLogin:
    case EventKind::CounterLogout:
    case EventKind::ConfigImported:
        return true;
    default:
        return false;
    }
}
} // namespace

StaffModel::StaffModel(CounterBackend &backend, QObject *parent) : QAbstractTableModel(parent), m_backend(backend)
{
    connect(&m_backend.feed(), &ChangeFeed::eventsArrived, this, &StaffModel::onEvents);
}

void StaffModel::setActor(const StaffMember &supervisor)
{
    m_actor = supervisor;
    m_actor.pin = {}; // the page has no use for a hash
    clearMessage();
    refresh();
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int StaffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffMember &m = m_members.at(index.row());
    if (role == UsernameRole)
        return m.username;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UsernameColumn: return m.username;
    case FullNameColumn: return m.fullName;
    case RoleColumn: return staffRoleDisplayName(m.role);
    case StateColumn: return m.active ? Tr::tr("active") : Tr::tr("disabled");
    case LockColumn:
        return m.isLockedAt(m_backend.clock().nowUtc())
                ? Tr::tr("locked until %1").arg(m.lockedUntil.toTimeZone(m_zone).toString(QStringLiteral("HH:mm")))
                : QStringLiteral("–");
    case CounterColumn: {
        const int counter = counterOf(m.id);
        return counter > 0 ? Tr::tr("counter %1").arg(counter) : QStringLiteral("–");
    }
    default: return {};
    }
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn: return Tr::tr("Username");
    case FullNameColumn: return Tr::tr("Full name");
    case RoleColumn: return Tr::tr("Role");
    case StateColumn: return Tr::tr("Account");
    case LockColumn: return Tr::tr("Lock");
    case CounterColumn: return Tr::tr("Now at");
    default: return {};
    }
}

const StaffMember *StaffModel::member(const QString &username) const
{
    for (const StaffMember &m : m_members) {
        if (m.username == username)
            return &m;
    }
    return nullptr;
}

QString StaffModel::refusal(Action action, const QString &username) const
{
    if (m_actor.id <= 0)
        return Tr::tr("sign in as a supervisor to manage staff accounts");
    if (QString why = managementRefusal(m_actor); !why.isEmpty())
        return why;
    if (action == Action::Add)
        return {};
    const StaffMember *m = member(username);
    if (!m)
        return Tr::tr("choose an account in the list first");
    switch (action) {
    case Action::Disable:
        if (!m->active)
            return Tr::tr("%1 is disabled already").arg(m->fullName);
        if (m->id == m_actor.id)
            return Tr::tr("this is your own account; another supervisor may disable it");
        return {};
    case Action::Enable:
        return m->active ? Tr::tr("%1 is enabled already").arg(m->fullName) : QString();
    case Action::Unlock:
        return m->isLockedAt(m_backend.clock().nowUtc()) ? QString() : Tr::tr("%1 is not locked").arg(m->fullName);
    case Action::Add:
    case Action::ResetPin:
    case Action::ChangeRole:
        return {};
    }
    return {};
}

void StaffModel::setMessage(const QString &text, bool isError)
{
    m_message = text;
    m_messageIsError = isError;
    emit changed();
}

void StaffModel::clearMessage()
{
    setMessage({}, false);
}

void StaffModel::onEvents(const QList<QueueEvent> &events)
{
    if (m_actor.id <= 0)
        return;
    for (const QueueEvent &e : events) {
        if (e.kind && isAboutStaff(*e.kind)) {
            refresh();
            return;
        }
    }
}

void StaffModel::refresh()
{
    if (m_actor.id <= 0)
        return;
    // One read at a time; changes arriving meanwhile are picked up by one more read.
    if (m_refreshInFlight) {
        m_refreshAgain = true;
        return;
    }
    m_refreshInFlight = true;
    m_backend.staff().run<Result<Listing>>(
            [](CounterSessions &s) -> Result<Listing> {
                auto members = s.accounts().list();
                if (!members)
                    return members.error();
                auto seats = s.seats();
                if (!seats)
                    return seats.error();
                Listing listing;
                for (StaffMember m : *members) {
                    m.pin = {};
                    listing.members.append(m);
                }
                for (const CounterSeat &seat : *seats) {
                    if (seat.session)
                        listing.counters.insert(seat.session->staffId, seat.counter.number);
                }
                return listing;
            },
            this, [this](Result<Listing> r) {
                m_refreshInFlight = false;
                if (r)
                    apply(*r);
                else
                    setMessage(r.error().message, true);
                if (m_refreshAgain) {
                    m_refreshAgain = false;
                    refresh();
                }
            });
}

void StaffModel::apply(const Listing &listing)
{
    beginResetModel();
    m_members = listing.members;
    m_counters = listing.counters;
    endResetModel();
    // The actor as stored now: demoted or disabled meanwhile, the page greys every change.
    for (const StaffMember &m : m_members) {
        if (m.id == m_actor.id)
            m_actor = m;
    }
    emit changed();
}

bool StaffModel::pinsAgree(Action action, const QString &pin, const QString &pinAgain)
{
    if (pin == pinAgain)
        return true;
    setMessage(Tr::tr("the two PINs differ; type the new PIN twice again"), true);
    emit actionFinished(action, false);
    return false;
}

void StaffModel::change(Action action, const QString &username,
                        std::function<Result<QString>(StaffManagement &, StaffActor)> job)
{
    if (m_busy)
        return;
    if (QString why = refusal(action, username); !why.isEmpty()) {
        setMessage(why, true);
        emit actionFinished(action, false);
        return;
    }
    m_busy = true;
    m_message.clear();
    emit changed();
    const StaffActor by = StaffActor::staff(m_actor.id);
    m_backend.staff().runManagement<Result<QString>>(
            [job, by](StaffManagement &m) { return job(m, by); }, this, [this, action](Result<QString> r) {
                m_busy = false;
                if (r) {
                    qCInfo(lcCounterStaff) << m_actor.username << action << "done";
                    setMessage(*r, false);
                } else {
                    qCInfo(lcCounterStaff) << m_actor.username << action << "refused:" << r.error().message;
                    setMessage(r.error().message, true);
                }
                emit actionFinished(action, r.ok());
                refresh();
            });
}

void StaffModel::add(const NewStaff &staff, const QString &pin, const QString &pinAgain)
{
    if (!pinsAgree(Action::Add, pin, pinAgain))
        return;
    change(Action::Add, {}, [staff, pin](StaffManagement &m, StaffActor by) -> Result<QString> {
        auto added = m.add(by, staff, pin);
        if (!added)
            return added.error();
        return Tr::tr("%1 (%2) is added as %3 and can log in at a counter now")
                .arg(added->fullName, added->username, staffRoleDisplayName(added->role));
    });
}

void StaffModel::disable(const QString &username)
{
    change(Action::Disable, username, [username](StaffManagement &m, StaffActor by) -> Result<QString> {
        auto r = m.disable(by, username);
        if (!r)
            return r.error();
        const QString name = QStringLiteral("%1 (%2)").arg(r->member.fullName, r->member.username);
        return r->ended ? Tr::tr("%1 is disabled; their session at counter %2 has ended")
                                  .arg(name)
                                  .arg(r->ended->session.counterNumber)
                        : Tr::tr("%1 is disabled and can no longer log in").arg(name);
    });
}

void StaffModel::enable(const QString &username)
{
    change(Action::Enable, username, [username](StaffManagement &m, StaffActor by) -> Result<QString> {
        auto r = m.enable(by, username);
        if (!r)
            return r.error();
        return Tr::tr("%1 (%2) is enabled and can log in again").arg(r->fullName, r->username);
    });
}

void StaffModel::resetPin(const QString &username, const QString &pin, const QString &pinAgain)
{
    if (!pinsAgree(Action::ResetPin, pin, pinAgain))
        return;
    change(Action::ResetPin, username, [username, pin](StaffManagement &m, StaffActor by) -> Result<QString> {
        auto r = m.resetPin(by, username, pin);
        if (!r)
            return r.error();
        return Tr::tr("%1 (%2) has a new PIN; the old one no longer works").arg(r->fullName, r->username);
    });
}

void StaffModel::setRole(const QString &username, StaffRole role)
{
    change(Action::ChangeRole, username, [username, role](StaffManagement &m, StaffActor by) -> Result<QString> {
        auto r = m.setRole(by, username, role);
        if (!r)
            return r.error();
        return Tr::tr("%1 (%2) is %3 now").arg(r->fullName, r->username, staffRoleDisplayName(r->role));
    });
}

void StaffModel::unlock(const QString &username)
{
    change(Action::Unlock, username, [username](StaffManagement &m, StaffActor by) -> Result<QString> {
        auto r = m.unlock(by, username);
        if (!r)
            return r.error();
        return Tr::tr("%1 (%2) is unlocked and can try the PIN again").arg(r->fullName, r->username);
    });
}

} // namespace antrian::counter
