// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffmanagement.h"

#include "staffevents.h"
#include "staffstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStaff)

namespace antrian {

namespace {

// Under "StaffAccounts", the context these strings had before they moved here, so their
// translations stay found.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccounts)
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error takenRefusal(const QString &username, const QString &by)
{
    return Error::badInput(Tr::tr("the username \"%1\" is already taken (by %2)").arg(username, by));
}

// Inside the change's transaction: whether `by` may manage staff right now.
Outcome mayManage(const StaffStore &store, const StaffActor &by)
{
    if (by.isInstaller())
        return Done{};
    auto actor = store.byId(by.staffId);
    if (!actor)
        return actor.error();
    if (!actor->has_value())
        return Error::refused(Tr::tr("there is no staff account with id %1 to make this change").arg(by.staffId));
    if (QString why = managementRefusal(**actor); !why.isEmpty())
        return Error::refused(why);
    return Done{};
}

// Refused when taking `target` out of the supervisors would leave the branch with none.
Outcome keepsASupervisor(const StaffStore &store, const StaffMember &target)
{
    if (target.role != StaffRole::Supervisor || !target.active)
        return Done{};
    auto supervisors = store.activeSupervisors();
    if (!supervisors)
        return supervisors.error();
    if (*supervisors <= 1)
        return Error::refused(Tr::tr("%1 (%2) is the last supervisor of this branch; make another account a supervisor first")
                                      .arg(target.fullName, target.username));
    return Done{};
}

} // namespace

QString managementRefusal(const StaffMember &actor)
{
    if (!actor.active)
        return Tr::tr("the account %1 is disabled and may not manage staff accounts").arg(actor.username);
    if (actor.role != StaffRole::Supervisor)
        return Tr::tr("only a supervisor may manage staff accounts; %1 is %2")
                .arg(actor.username, staffRoleDisplayName(actor.role));
    return {};
}

StaffManagement::StaffManagement(const Database &db, const Clock &clock, StaffPolicy policy)
    : m_db(db), m_clock(clock), m_accounts(db, clock, policy)
{
}

Result<StaffMember> StaffManagement::signIn(const QString &username, const QString &pin)
{
    auto member = m_accounts.authenticate(username, pin);
    if (!member)
        return member;
    if (QString why = managementRefusal(*member); !why.isEmpty())
        return Error::refused(why);
    return member;
}

Result<StaffMember> StaffManagement::add(const StaffActor &by, const NewStaff &staff, const QString &pin)
{
    const QString username = staff.username.trimmed();
    if (QString problem = usernameProblem(username); !problem.isEmpty())
        return Error::badInput(problem);
    if (QString problem = fullNameProblem(staff.fullName); !problem.isEmpty())
        return Error::badInput(problem);
    if (QString problem = pinProblem(pin, m_accounts.policy()); !problem.isEmpty())
        return Error::badInput(problem);
    auto taken = m_accounts.find(username);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return takenRefusal(username, (*taken)->fullName);

    auto hashed = hashPin(pin, m_accounts.policy().pinIterations);
    if (!hashed)
        return hashed.error();
    StaffMember m;
    m.username = username;
    m.fullName = staff.fullName.trimmed();
    m.role = staff.role;
    m.pin = *hashed;

    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    StaffStore store(m_db);
    if (Outcome r = mayManage(store, by); !r)
        return r.error();
    // Again inside the lock: someone may have taken the name while we hashed.
    auto again = store.byUsername(username);
    if (!again)
        return again.error();
    if (again->has_value())
        return takenRefusal(username, (*again)->fullName);
    auto id = store.insert(m);
    if (!id)
        return id.error();
    if (Outcome r = store.forgetUnknownFailures(m.username); !r)
        return r.error();
    m.id = *id;
    QJsonObject detail{{QStringLiteral("role"), staffRoleKey(m.role)}};
    if (!by.isInstaller())
        detail.insert(QStringLiteral("by"), by.staffId);
    if (Outcome e = recordStaffEvent(m_db, m_clock.nowUtc(), {EventKind::StaffAdded, 0, 0, 0, m.id, json(detail)}); !e)
        return e.error();
    if (Outcome c = tx.commit(); !c)
        return c.error();
    qCInfo(lcStaff) << "staff account added:" << m.username << staffRoleKey(m.role);
    return m;
}

Result<StaffMember> StaffManagement::change(const StaffActor &by, const QString &username, EventKind kind, const Body &body)
{
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    StaffStore store(m_db);
    if (Outcome r = mayManage(store, by); !r)
        return r.error();
    const QString name = username.trimmed().toLower();
    auto target = store.byUsername(name);
    if (!target)
        return target.error();
    if (!target->has_value())
        return Error::badInput(Tr::tr("there is no staff account \"%1\"").arg(username.trimmed()));
    QJsonObject detail;
    if (Outcome r = body(**target, detail); !r)
        return r.error();
    if (!by.isInstaller())
        detail.insert(QStringLiteral("by"), by.staffId);
    if (Outcome e = recordStaffEvent(m_db, m_clock.nowUtc(),
                                     {kind, 0, 0, 0, (*target)->id, detail.isEmpty() ? QString() : json(detail)});
        !e)
        return e.error();
    if (Outcome c = tx.commit(); !c)
        return c.error();
    auto updated = store.byId((*target)->id);
    if (!updated)
        return updated.error();
    return updated->value_or(**target);
}

Result<DisabledAccount> StaffManagement::disable(const StaffActor &by, const QString &username)
{
    std::optional<EndedSession> ended;
    auto member = change(by, username, EventKind::StaffDisabled, [&](const StaffMember &m, QJsonObject &) -> Outcome {
        if (!m.active)
            return Error::refused(Tr::tr("the account %1 is already disabled").arg(m.username));
        if (m.id == by.staffId)
            return Error::refused(Tr::tr("you cannot disable your own account; ask another supervisor"));
        StaffStore store(m_db);
        if (Outcome r = keepsASupervisor(store, m); !r)
            return r;
        if (Outcome r = store.setActive(m.id, false); !r)
            return r;
        // At once, in the same transaction: a disabled account must not keep serving.
        auto session = endSessionOfDisabled(m_db, m_clock.nowUtc(), m.id, by.staffId);
        if (!session)
            return session.error();
        ended = *session;
        return Done{};
    });
    if (!member)
        return member.error();
    if (ended)
        qCInfo(lcStaff) << member->username << "disabled; logged out of counter" << ended->session.counterNumber;
    return DisabledAccount{*member, ended};
}

Result<StaffMember> StaffManagement::enable(const StaffActor &by, const QString &username)
{
    return change(by, username, EventKind::StaffEnabled, [&](const StaffMember &m, QJsonObject &) -> Outcome {
        if (m.active)
            return Error::refused(Tr::tr("the account %1 is already enabled").arg(m.username));
        return StaffStore(m_db).setActive(m.id, true);
    });
}

Result<StaffMember> StaffManagement::resetPin(const StaffActor &by, const QString &username, const QString &pin)
{
    if (QString problem = pinProblem(pin, m_accounts.policy()); !problem.isEmpty())
        return Error::badInput(problem);
    // An unknown name is said before the slow hash.
    auto found = m_accounts.find(username);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::badInput(Tr::tr("there is no staff account \"%1\"").arg(username.trimmed()));
    auto hashed = hashPin(pin, m_accounts.policy().pinIterations);
    if (!hashed)
        return hashed.error();
    return change(by, username, EventKind::PinChanged,
                  [&](const StaffMember &m, QJsonObject &) { return StaffStore(m_db).setPin(m.id, *hashed); });
}

Result<StaffMember> StaffManagement::setRole(const StaffActor &by, const QString &username, StaffRole role)
{
    return change(by, username, EventKind::StaffRoleChanged, [&](const StaffMember &m, QJsonObject &detail) -> Outcome {
        if (m.role == role)
            return Error::refused(Tr::tr("%1 (%2) is already %3").arg(m.fullName, m.username, staffRoleDisplayName(role)));
        StaffStore store(m_db);
        if (Outcome r = keepsASupervisor(store, m); !r)
            return r;
        detail.insert(QStringLiteral("from"), staffRoleKey(m.role));
        detail.insert(QStringLiteral("to"), staffRoleKey(role));
        return store.setRole(m.id, role);
    });
}

Result<StaffMember> StaffManagement::unlock(const StaffActor &by, const QString &username)
{
    return change(by, username, EventKind::AccountUnlocked,
                  [&](const StaffMember &m, QJsonObject &) { return StaffStore(m_db).setFailures(m.id, 0, {}); });
}

} // namespace antrian
