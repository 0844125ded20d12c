// SPDX-License-Identifier: GPL-3.0-or-later
#include "staffcommands.h"

#include "floorcommands.h"
#include "output.h"
#include "pinprompt.h"

#include "queue/queueengine.h"
#include "staff/countersessions.h"
#include "staff/staffevents.h"
#include "staff/staffmanagement.h"
#include "staff/staffpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

QJsonValue localIso(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QJsonValue(utc.toTimeZone(zone).toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject memberJson(const StaffMember &m, const std::optional<CounterSeat> &seat, const QDateTime &now,
                       const QTimeZone &zone)
{
    const bool locked = m.isLockedAt(now);
    return QJsonObject{
            {QStringLiteral("username"), m.username},
            {QStringLiteral("fullName"), m.fullName},
            {QStringLiteral("role"), staffRoleKey(m.role)},
            {QStringLiteral("active"), m.active},
            {QStringLiteral("locked"), locked},
            {QStringLiteral("lockedUntil"), locked ? localIso(m.lockedUntil, zone) : QJsonValue()},
            {QStringLiteral("failedAttempts"), m.failedAttempts},
            {QStringLiteral("counter"), seat ? QJsonValue(seat->counter.number) : QJsonValue()},
            {QStringLiteral("since"), seat ? localIso(seat->session->startedAt, zone) : QJsonValue()},
            {QStringLiteral("sessionStale"), seat ? QJsonValue(seat->stale) : QJsonValue()},
    };
}

QString accountText(const StaffMember &m, const QDateTime &now, const QTimeZone &zone)
{
    if (!m.active)
        return Tr::tr("disabled");
    if (m.isLockedAt(now))
        return Tr::tr("locked until %1").arg(branchTime(m.lockedUntil, zone));
    return Tr::tr("active");
}

QString seatText(const std::optional<CounterSeat> &seat, const QTimeZone &zone)
{
    if (!seat)
        return QStringLiteral("-");
    if (seat->stale)
        return Tr::tr("%1 (not heard from since %2)").arg(seat->counter.number).arg(branchTime(seat->session->seenAt, zone));
    return Tr::tr("%1 since %2").arg(seat->counter.number).arg(branchTime(seat->session->startedAt, zone));
}

} // namespace

StaffCommands::StaffCommands(const Database &db, const Clock &clock, QueueEngine &engine, const QCommandLineParser &parser)
    : m_db(db), m_clock(clock), m_engine(engine), m_parser(parser)
{
}

QString StaffCommands::usage()
{
    return Tr::tr("usage: antrianctl staff add USERNAME --name \"Full Name\" [--role staff|supervisor], "
                  "staff passwd|reset-pin|unlock|disable|enable USERNAME, staff role USERNAME staff|supervisor, "
                  "staff list, staff release COUNTER; a supervisor making the change adds --as USERNAME");
}

Result<Printed> StaffCommands::run(const QStringList &args)
{
    const QString sub = args.value(0).toLower();
    const QStringList rest = args.mid(1);
    if (sub == u"list" && rest.isEmpty())
        return list();
    if (sub == u"role" && rest.size() == 2)
        return setRole(rest.at(0), rest.at(1));
    if (rest.size() != 1)
        return Error::badInput(usage());
    if (sub == u"add")
        return add(rest.first());
    if (sub == u"passwd" || sub == u"reset-pin")
        return passwd(rest.first());
    if (sub == u"unlock")
        return unlock(rest.first());
    if (sub == u"disable" || sub == u"enable")
        return setActive(rest.first(), sub == u"enable");
    if (sub == u"release")
        return release(rest.first());
    return Error::badInput(usage());
}

Result<StaffActor> StaffCommands::actor()
{
    if (!m_parser.isSet(QStringLiteral("as")))
        return StaffActor::installer();
    const QString username = m_parser.value(QStringLiteral("as")).trimmed().toLower();
    auto pin = readPin(Tr::tr("PIN of %1 (who makes this change): ").arg(username));
    if (!pin)
        return pin.error();
    auto member = StaffManagement(m_db, m_clock).signIn(username, *pin);
    if (!member)
        return member.error();
    return StaffActor::staff(member->id);
}

Result<Printed> StaffCommands::add(const QString &username)
{
    StaffRole role = StaffRole::Staff;
    if (m_parser.isSet(QStringLiteral("role"))) {
        const QString key = m_parser.value(QStringLiteral("role")).trimmed().toLower();
        const auto parsed = staffRoleFromKey(key);
        if (!parsed)
            return Error::badInput(Tr::tr("--role: expected staff or supervisor, got \"%1\"").arg(key));
        role = *parsed;
    }
    // Everything that can be wrong is said before anyone types a PIN.
    const QString name = m_parser.value(QStringLiteral("name"));
    if (QString problem = usernameProblem(username); !problem.isEmpty())
        return Error::badInput(problem);
    if (QString problem = fullNameProblem(name); !problem.isEmpty())
        return Error::badInput(problem);
    StaffAccounts accounts(m_db, m_clock);
    auto taken = accounts.find(username);
    if (!taken)
        return taken.error();
    if (taken->has_value())
        return Error::badInput(Tr::tr("the username \"%1\" is already taken (by %2)").arg(username, (*taken)->fullName));
    auto by = actor(); // before the new PIN: a clerk is refused before anyone types it
    if (!by)
        return by.error();

    auto pin = readNewPin(Tr::tr("PIN for %1 (%2 to %3 digits): ")
                                  .arg(username)
                                  .arg(accounts.policy().minPinDigits)
                                  .arg(accounts.policy().maxPinDigits));
    if (!pin)
        return pin.error();
    auto added = StaffManagement(m_db, m_clock).add(*by, {username, name, role}, *pin);
    if (!added)
        return added.error();
    const QTimeZone zone = branchTimeZone(m_db);
    return Printed{memberJson(*added, std::nullopt, m_clock.nowUtc(), zone),
                   Tr::tr("Added %1 (%2), %3. They log in at a counter with their username and PIN.")
                           .arg(added->fullName, added->username, staffRoleDisplayName(added->role))};
}

Result<Printed> StaffCommands::passwd(const QString &username)
{
    StaffAccounts accounts(m_db, m_clock);
    auto found = accounts.find(username);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::badInput(Tr::tr("there is no staff account \"%1\"; see: antrianctl staff list").arg(username));
    auto by = actor();
    if (!by)
        return by.error();
    auto pin = readNewPin(Tr::tr("New PIN for %1 (%2 to %3 digits): ")
                                  .arg((*found)->username)
                                  .arg(accounts.policy().minPinDigits)
                                  .arg(accounts.policy().maxPinDigits));
    if (!pin)
        return pin.error();
    auto changed = StaffManagement(m_db, m_clock).resetPin(*by, username, *pin);
    if (!changed)
        return changed.error();
    return Printed{memberJson(*changed, std::nullopt, m_clock.nowUtc(), branchTimeZone(m_db)),
                   Tr::tr("The PIN of %1 (%2) is changed; any lock is lifted.").arg(changed->fullName, changed->username)};
}

Result<Printed> StaffCommands::list()
{
    CounterSessions sessions(m_db, m_clock);
    auto members = sessions.accounts().list();
    if (!members)
        return members.error();
    auto seats = sessions.seats();
    if (!seats)
        return seats.error();
    const QDateTime now = m_clock.nowUtc();
    const QTimeZone zone = branchTimeZone(m_db);
    QJsonArray array;
    QList<QStringList> rows{{Tr::tr("Username"), Tr::tr("Name"), Tr::tr("Role"), Tr::tr("Account"), Tr::tr("Counter")}};
    for (const StaffMember &m : *members) {
        std::optional<CounterSeat> seat;
        for (const CounterSeat &s : *seats) {
            if (s.session && s.session->staffId == m.id)
                seat = s;
        }
        array.append(memberJson(m, seat, now, zone));
        rows.append({m.username, m.fullName, staffRoleDisplayName(m.role), accountText(m, now, zone), seatText(seat, zone)});
    }
    QString text = members->isEmpty() ? Tr::tr("No staff accounts yet; add one with: antrianctl staff add USERNAME --name \"Full Name\"")
                                      : table(rows);
    return Printed{array, text};
}

Result<Printed> StaffCommands::unlock(const QString &username)
{
    auto by = actor();
    if (!by)
        return by.error();
    auto r = StaffManagement(m_db, m_clock).unlock(*by, username);
    if (!r)
        return r.error();
    return Printed{memberJson(*r, std::nullopt, m_clock.nowUtc(), branchTimeZone(m_db)),
                   Tr::tr("%1 (%2) is unlocked and may log in again.").arg(r->fullName, r->username)};
}

Result<Printed> StaffCommands::setActive(const QString &username, bool active)
{
    auto by = actor();
    if (!by)
        return by.error();
    StaffManagement management(m_db, m_clock);
    const QTimeZone zone = branchTimeZone(m_db);
    if (active) {
        auto r = management.enable(*by, username);
        if (!r)
            return r.error();
        return Printed{memberJson(*r, std::nullopt, m_clock.nowUtc(), zone),
                       Tr::tr("%1 (%2) is enabled and may log in.").arg(r->fullName, r->username)};
    }
    auto r = management.disable(*by, username);
    if (!r)
        return r.error();
    QJsonObject json = memberJson(r->member, std::nullopt, m_clock.nowUtc(), zone);
    QString text = Tr::tr("%1 (%2) is disabled and can no longer log in.").arg(r->member.fullName, r->member.username);
    if (r->ended) {
        const int counter = r->ended->session.counterNumber;
        json.insert(QStringLiteral("loggedOutOf"), counter);
        text += u'\n' + Tr::tr("They were logged out of counter %1, which is now closed.").arg(counter);
        if (r->ended->returned) {
            json.insert(QStringLiteral("returned"), r->ended->returned->code);
            text += u'\n' + Tr::tr("%1, called there but not started, is back at the front of its line.")
                                    .arg(r->ended->returned->code);
        }
        if (r->ended->stillServing) {
            json.insert(QStringLiteral("holds"), r->ended->stillServing->code);
            text += u'\n' + Tr::tr("Counter %1 still holds %2, being served; finish or transfer it there "
                                   "(antrianctl finish|transfer %1).")
                                    .arg(counter)
                                    .arg(r->ended->stillServing->code);
        }
    }
    return Printed{json, text};
}

Result<Printed> StaffCommands::setRole(const QString &username, const QString &roleText)
{
    const QString key = roleText.trimmed().toLower();
    const auto role = staffRoleFromKey(key);
    if (!role)
        return Error::badInput(Tr::tr("ROLE: expected staff or supervisor, got \"%1\"").arg(key));
    auto by = actor();
    if (!by)
        return by.error();
    auto r = StaffManagement(m_db, m_clock).setRole(*by, username, *role);
    if (!r)
        return r.error();
    return Printed{memberJson(*r, std::nullopt, m_clock.nowUtc(), branchTimeZone(m_db)),
                   Tr::tr("%1 (%2) is now %3.").arg(r->fullName, r->username, staffRoleDisplayName(r->role))};
}

Result<Printed> StaffCommands::release(const QString &counterText)
{
    bool ok = false;
    const int counter = counterText.toInt(&ok);
    if (!ok || counter < 1)
        return Error::badInput(Tr::tr("usage: antrianctl staff release COUNTER (the counter's number)"));
    auto by = actor();
    if (!by)
        return by.error();
    return releaseCounter(m_engine, counter, by->staffId);
}

QList<Command> staffCommands()
{
    return {
            {.names = {QStringLiteral("staff")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "add USERNAME --name \"Full Name\" [--role supervisor]"),
                        QT_TRANSLATE_NOOP("antrianctl", "a staff account; the PIN is typed at the terminal\n"
                                                        "(or given as one line on stdin), never as an argument")},
                       {QT_TRANSLATE_NOOP("antrianctl", "passwd USERNAME"),
                        QT_TRANSLATE_NOOP("antrianctl", "set a new PIN the same way; lifts a lock")},
                       {QT_TRANSLATE_NOOP("antrianctl", "reset-pin USERNAME [--as SUPERVISOR]"),
                        QT_TRANSLATE_NOOP("antrianctl", "the same, by a supervisor: their PIN first, then the\n"
                                                        "staff member types the new one")},
                       {QT_TRANSLATE_NOOP("antrianctl", "role USERNAME staff|supervisor"),
                        QT_TRANSLATE_NOOP("antrianctl", "change an account's role; the last supervisor stays one")},
                       {QT_TRANSLATE_NOOP("antrianctl", "list"),
                        QT_TRANSLATE_NOOP("antrianctl", "accounts, locks, and who is at which counter")},
                       {QT_TRANSLATE_NOOP("antrianctl", "unlock|disable|enable USERNAME"),
                        QT_TRANSLATE_NOOP("antrianctl", "unlock / disable / enable an account")},
                       {QT_TRANSLATE_NOOP("antrianctl", "release COUNTER"),
                        QT_TRANSLATE_NOOP("antrianctl", "log out whoever holds a counter (an app that crashed)")}},
             .options = {{"name", QT_TRANSLATE_NOOP("antrianctl", "staff add: the person's full name."),
                          QT_TRANSLATE_NOOP("antrianctl", "name")},
                         {"role", QT_TRANSLATE_NOOP("antrianctl", "staff add: staff (default) or supervisor."),
                          QT_TRANSLATE_NOOP("antrianctl", "role")},
                         {"as", QT_TRANSLATE_NOOP("antrianctl", "staff: the supervisor making the change (their PIN is asked first)."),
                          QT_TRANSLATE_NOOP("antrianctl", "username")}},
             .readsSecret = true,
             .handler = [](Session &s) { return StaffCommands(*s.db, *s.clock, *s.engine, s.options).run(s.args); }},
    };
}

} // namespace antrian::cli
