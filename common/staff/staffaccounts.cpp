// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffaccounts.h"

#include "staffevents.h"
#include "staffmanagement.h"
#include "staffstore.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

// Warnings by default (locks); QT_LOGGING_RULES="antrian.staff.info=true" shows every login.
Q_LOGGING_CATEGORY(lcStaff, "antrian.staff", QtWarningMsg)

namespace antrian {

namespace {

// lupdate files these strings under "StaffAccounts", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccounts)
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Checked against when the username is unknown, so a wrong name takes as long as a wrong
// PIN and the screen does not tell which usernames exist by its speed.
PinHash decoyHash(int iterations)
{
    return {QByteArray(kPinHashBytes, '\0'), QByteArrayLiteral("antrian-no-user!"), iterations};
}

QString wrongPinMessage()
{
    return Tr::tr("wrong username or PIN");
}

Error lockedRefusal(const QString &username, const QDateTime &until, const QTimeZone &zone)
{
    return Error::refused(Tr::tr("the account %1 is locked until %2 after too many wrong PINs; try again then, "
                                 "or ask a supervisor to unlock it")
                                  .arg(username, branchTime(until, zone)));
}

// The answer to one more wrong PIN, the same whether or not `username` has an account.
Error wrongPinRefusal(const QString &username, const FailedAttempt &after, const StaffPolicy &policy,
                      const QTimeZone &zone)
{
    if (after.lockedUntil.isValid())
        return Error::refused(Tr::tr("wrong PIN; the account %1 is now locked until %2 after %n wrong PINs in a row",
                                     nullptr, policy.maxFailedAttempts)
                                      .arg(username, branchTime(after.lockedUntil, zone)));
    if (after.attemptsLeft <= 2)
        return Error::refused(Tr::tr("wrong username or PIN; %n more wrong PIN(s) lock the account for %1 minutes",
                                     nullptr, after.attemptsLeft)
                                      .arg(policy.lockMinutes));
    return Error::refused(wrongPinMessage());
}

} // namespace

StaffAccounts::StaffAccounts(const Database &db, const Clock &clock, StaffPolicy policy)
    : m_db(db), m_clock(clock), m_policy(policy)
{
}

Result<std::optional<StaffMember>> StaffAccounts::find(const QString &username) const
{
    return StaffStore(m_db).byUsername(username.trimmed().toLower());
}

Result<QList<StaffMember>> StaffAccounts::list() const
{
    return StaffStore(m_db).list();
}

// The changes themselves, with the supervisor's rules, live in StaffManagement; these are
// the installer's (antrianctl without --as) or, with `byStaffId`, a supervisor's.
Result<StaffMember> StaffAccounts::add(const NewStaff &staff, const QString &pin)
{
    return StaffManagement(m_db, m_clock, m_policy).add(StaffActor::installer(), staff, pin);
}

Result<StaffMember> StaffAccounts::changePin(const QString &username, const QString &pin)
{
    return StaffManagement(m_db, m_clock, m_policy).resetPin(StaffActor::installer(), username, pin);
}

Result<StaffMember> StaffAccounts::unlock(const QString &username, qint64 byStaffId)
{
    return StaffManagement(m_db, m_clock, m_policy).unlock(StaffActor::staff(byStaffId), username);
}

Result<StaffMember> StaffAccounts::setActive(const QString &username, bool active, qint64 byStaffId)
{
    StaffManagement management(m_db, m_clock, m_policy);
    if (active)
        return management.enable(StaffActor::staff(byStaffId), username);
    auto disabled = management.disable(StaffActor::staff(byStaffId), username);
    if (!disabled)
        return disabled.error();
    return disabled->member;
}

Result<PinCheck> StaffAccounts::checkPin(const QString &username, const QString &pin) const
{
    PinCheck check;
    check.username = username.trimmed().toLower();
    if (check.username.isEmpty())
        return Error::badInput(Tr::tr("enter your username"));
    if (pin.isEmpty())
        return Error::badInput(Tr::tr("enter your PIN"));
    auto found = find(check.username);
    if (!found)
        return found.error();
    check.member = *found;
    const QDateTime now = m_clock.nowUtc();
    bool locked = check.member && check.member->isLockedAt(now);
    if (!check.member) {
        auto failures = StaffStore(m_db).unknownFailures(check.username);
        if (!failures)
            return failures.error();
        locked = failures->isLockedAt(now);
    }
    if (locked) {
        // Not even hashed: a locked account answers at once and counts nothing.
        check.matches = false;
        return check;
    }
    check.matches = verifyPin(pin, check.member ? check.member->pin : decoyHash(m_policy.pinIterations))
            && check.member.has_value();
    if (check.matches && check.member->pin.iterations < m_policy.pinIterations) {
        auto upgraded = hashPin(pin, m_policy.pinIterations);
        if (upgraded)
            check.upgrade = *upgraded;
    }
    return check;
}

Result<StaffMember> StaffAccounts::settle(const PinCheck &check)
{
    if (!check.member)
        return settleUnknown(check);
    StaffStore store(m_db);
    // Read again inside the write lock: a parallel attempt may have counted or locked meanwhile.
    auto fresh = store.byId(check.member->id);
    if (!fresh)
        return fresh.error();
    if (!fresh->has_value())
        return Error::refused(wrongPinMessage());
    StaffMember m = **fresh;
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = branchTimeZone(m_db);
    if (m.isLockedAt(now))
        return lockedRefusal(m.username, m.lockedUntil, zone);
    if (m.pin.hash != check.member->pin.hash || m.pin.salt != check.member->pin.salt)
        return Error::refused(Tr::tr("the PIN of %1 was changed just now; enter the new PIN").arg(m.username));

    if (!check.matches) {
        const FailedAttempt after = afterWrongPin(m.failedAttempts, now, m_policy);
        if (Outcome r = store.setFailures(m.id, after.failedAttempts, after.lockedUntil); !r)
            return r.error();
        if (after.lockedUntil.isValid()) {
            qCWarning(lcStaff) << "account locked after" << m_policy.maxFailedAttempts << "wrong PINs:" << m.username;
            const QString until = after.lockedUntil.toString(Qt::ISODate);
            if (Outcome e = recordStaffEvent(m_db, now, {EventKind::AccountLocked, 0, 0, 0, m.id,
                                                         json({{QStringLiteral("until"), until}})});
                !e)
                return e.error();
        }
        return wrongPinRefusal(m.username, after, m_policy, zone);
    }

    if (m.failedAttempts != 0 || m.lockedUntil.isValid()) {
        if (Outcome r = store.setFailures(m.id, 0, {}); !r)
            return r.error();
        m.failedAttempts = 0;
        m.lockedUntil = {};
    }
    if (!m.active)
        return Error::refused(Tr::tr("the account %1 is disabled; ask a supervisor").arg(m.username));
    if (check.upgrade) {
        if (Outcome r = store.setPin(m.id, *check.upgrade); !r)
            return r.error();
        m.pin = *check.upgrade;
        qCInfo(lcStaff) << "PIN hash of" << m.username << "raised to" << m.pin.iterations << "iterations";
    }
    return m;
}

Result<StaffMember> StaffAccounts::settleUnknown(const PinCheck &check)
{
    // Counted and locked as an account would be, so a stranger cannot tell the names apart.
    StaffStore store(m_db);
    auto failures = store.unknownFailures(check.username);
    if (!failures)
        return failures.error();
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = branchTimeZone(m_db);
    if (failures->isLockedAt(now))
        return lockedRefusal(check.username, failures->lockedUntil, zone);
    const FailedAttempt after = afterWrongPin(failures->failedAttempts, now, m_policy);
    if (Outcome r = store.setUnknownFailures(check.username, {after.failedAttempts, after.lockedUntil}); !r)
        return r.error();
    if (after.lockedUntil.isValid()) {
        qCWarning(lcStaff) << "unknown username locked after" << m_policy.maxFailedAttempts << "wrong PINs:" << check.username;
        const QJsonObject detail{{QStringLiteral("username"), check.username},
                                 {QStringLiteral("until"), after.lockedUntil.toString(Qt::ISODate)}};
        if (Outcome e = recordStaffEvent(m_db, now, {EventKind::AccountLocked, 0, 0, 0, 0, json(detail)}); !e)
            return e.error();
    }
    return wrongPinRefusal(check.username, after, m_policy, zone);
}

Result<StaffMember> StaffAccounts::authenticate(const QString &username, const QString &pin)
{
    auto check = checkPin(username, pin);
    if (!check)
        return check.error();
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    Result<StaffMember> settled = settle(*check);
    if (!settled && settled.error().kind == Error::Kind::Storage)
        return settled; // rolled back
    if (Outcome c = tx.commit(); !c)
        return c.error();
    return settled;
}

} // namespace antrian
