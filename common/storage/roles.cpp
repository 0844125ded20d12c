// SPDX-License-Identifier: GPL-3.0-or-later
#include "roles.h"

#include "database.h"

#include "staff/pinhash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlQuery>

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace antrian {

namespace {

// lupdate files these strings under "Roles", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
};

// One GRANT: privileges (with columns where a table is granted only in part) on one table.
struct Grant
{
    const char *privileges;
    const char *table;
};
using GrantSet = QList<Grant>;

// What every app reads: the branch's setup, the queue, the change feed, who is at which
// counter. Staff rows without their PIN hashes and salts (only a counter checks a PIN).
const GrantSet kReadBranch{
        {"SELECT", "schema_version"},
        {"SELECT", "branch"},
        {"SELECT", "opening_hours"},
        {"SELECT", "calendar_days"},
        {"SELECT", "priority_reasons"},
        {"SELECT", "services"},
        {"SELECT", "counters"},
        {"SELECT", "counter_services"},
        {"SELECT", "tickets"},
        {"SELECT", "events"},
        {"SELECT", "counter_sessions"},
        {"SELECT", "daily_sequences"}, // the numbers issued today, on every status screen
        {"SELECT", "outcomes"},
        {"SELECT", "skm_responses"},
        {"SELECT (id, username, full_name, role, active)", "staff"},
};

// Taking a ticket: the day's number (an upsert of the counter row), the ticket, its event.
const GrantSet kIssue{
        {"INSERT, UPDATE (last_sequence)", "daily_sequences"},
        {"INSERT", "tickets"},
        {"INSERT", "events"},
};

// A counter's work: moving a ticket through its states (never its code, number, day or
// issue time), logging staff in with their PIN (which reads the hash and counts failures),
// its own session and break.
const GrantSet kCounterWork{
        {"UPDATE (status, counter_id, staff_id, called_at, started_at, finished_at, call_count, recall_count,"
         " service_id, transferred_from_service_id, target_counter_id, outcome, outcome_note, follow_up,"
         " first_called_at)",
         "tickets"},
        {"INSERT", "events"},
        {"SELECT, UPDATE (failed_attempts, locked_until)", "staff"},
        {"SELECT, INSERT, UPDATE, DELETE", "unknown_login_failures"},
        {"INSERT, UPDATE (seen_at), DELETE", "counter_sessions"},
        {"UPDATE (state)", "counters"},
};

// A supervisor's own: staff accounts (their role too: a supervisor may already add a supervisor,
// and the rules of who may are StaffManagement's) and stopping a service's tickets for the day.
const GrantSet kSupervise{
        {"INSERT, UPDATE (pin_hash, pin_salt, pin_iterations, active, role)", "staff"},
        {"UPDATE (paused)", "services"},
        {"SELECT, INSERT, UPDATE (cleared_at, handled_at, handled_by)", "floor_alerts"}, // the live floor
        {"UPDATE (follow_up_closed_at, follow_up_closed_by)", "tickets"},
};

// The customer's word after service, from the pad facing them (a kiosk's role), a counter's
// keypad or a script: a faces score on the ticket, or one SKM questionnaire.
const GrantSet kRate{
        {"UPDATE (rating)", "tickets"},
        {"INSERT", "skm_responses"},
        {"INSERT", "events"},
};

QList<const GrantSet *> grantsOf(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Kiosk: return {&kReadBranch, &kIssue, &kRate};
    case RoleKind::Display: return {&kReadBranch};
    case RoleKind::Counter: return {&kReadBranch, &kCounterWork, &kRate};
    case RoleKind::Supervisor: return {&kReadBranch, &kIssue, &kCounterWork, &kSupervise, &kRate};
    }
    return {};
}

QString quotedLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

QString groupList()
{
    QStringList names;
    for (RoleKind kind : allRoleKinds())
        names.append(quotedLiteral(groupRoleName(kind)));
    return names.join(QStringLiteral(", "));
}

// SASLprep (RFC 4013) of a password, as PostgreSQL and libpq apply it before SCRAM: an ASCII
// password is taken as it is; others have non-ASCII spaces mapped to a space, the
// "mapped to nothing" characters removed and NFKC applied. A result with prohibited
// characters falls back to the raw bytes, as PostgreSQL does (the bidirectional-text checks
// are not made here; they also fall back there, never to another normalisation).
QByteArray saslPrepared(const QString &password)
{
    const QByteArray raw = password.toUtf8();
    bool ascii = true;
    for (char c : raw)
        ascii = ascii && uchar(c) < 0x80;
    if (ascii)
        return raw;
    QString mapped;
    for (char32_t c : password.toUcs4()) {
        const bool nothing = c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D)
                || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
        if (nothing)
            continue;
        const bool space = c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
                || c == 0x3000;
        mapped += space ? QString(u' ') : QString::fromUcs4(&c, 1);
    }
    const QString normalised = mapped.normalized(QString::NormalizationForm_KC);
    for (char32_t c : normalised.toUcs4()) {
        const bool prohibited = c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF)
                || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE || c >= 0xF0000 || (c >= 0xD800 && c <= 0xDFFF);
        if (prohibited)
            return raw;
    }
    return normalised.toUtf8();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

} // namespace

const QList<RoleKind> &allRoleKinds()
{
    static const QList<RoleKind> kinds{RoleKind::Kiosk, RoleKind::Counter, RoleKind::Display, RoleKind::Supervisor};
    return kinds;
}

QString roleKindKey(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Kiosk: return QStringLiteral("kiosk");
    case RoleKind::Counter: return QStringLiteral("counter");
    case RoleKind::Display: return QStringLiteral("display");
    case RoleKind::Supervisor: return QStringLiteral("supervisor");
    }
    return {};
}

std::optional<RoleKind> roleKindFromKey(const QString &key)
{
    for (RoleKind kind : allRoleKinds()) {
        if (roleKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString groupRoleName(RoleKind kind)
{
    return QStringLiteral("antrian_") + roleKindKey(kind);
}

QString roleNameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return Tr::tr("\"%1\" is not a role name: use 1 to 63 lower-case letters, digits, '_' or '-', "
                      "starting with a letter (kiosk-1, counter-3)")
                .arg(name);
    if (name.startsWith(QLatin1String("antrian_")) || name.startsWith(QLatin1String("pg_")))
        return Tr::tr("\"%1\" is reserved for the server's own roles; choose another name (kiosk-1, counter-3)").arg(name);
    return {};
}

QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString scramSha256Verifier(const QString &password, const QByteArray &salt, int iterations)
{
    QByteArray secret = saslPrepared(password);
    QByteArray salted = pbkdf2Sha256(secret, salt, iterations, 32);
    OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    if (salted.isEmpty())
        return {};
    const QByteArray clientKey = hmacSha256(salted, QByteArrayLiteral("Client Key"));
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmacSha256(salted, QByteArrayLiteral("Server Key"));
    OPENSSL_cleanse(salted.data(), size_t(salted.size()));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
            .arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
                 QString::fromLatin1(serverKey.toBase64()));
}

Result<QString> scramSha256Verifier(const QString &password)
{
    QByteArray salt(kScramSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kScramSaltBytes) != 1)
        return Error::storage(Tr::tr("the system gave no randomness for a password salt"));
    const QString verifier = scramSha256Verifier(password, salt);
    if (verifier.isEmpty())
        return Error::storage(Tr::tr("the password could not be hashed"));
    return verifier;
}

Roles::Roles(const Database &db) : m_db(db) {}

Outcome Roles::requireServer() const
{
    if (m_db.engine() != Engine::PostgreSQL)
        return Error::badInput(Tr::tr("roles exist only on a PostgreSQL server (--db postgresql://...); "
                                      "a SQLite database on one PC has none"));
    return Done{};
}

Outcome Roles::applyGroups() const
{
    if (Outcome server = requireServer(); !server)
        return server;
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    QStringList groups;
    for (RoleKind kind : allRoleKinds()) {
        const QString group = groupRoleName(kind);
        groups.append(quotedIdentifier(group));
        auto exists = m_db.run(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {group});
        if (!exists)
            return exists.error();
        if (exists->next())
            continue;
        if (auto created = m_db.run(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedIdentifier(group))); !created)
            return Error::storage(Tr::tr("cannot create the group role %1: %2").arg(group, created.error().message));
    }
    // Exactly the lists above: whatever an older version granted is taken back first.
    auto tables = m_db.run(dialect::listTables(m_db.engine()));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    tables->finish();
    for (const QString &table : names) {
        if (auto r = m_db.run(QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2").arg(quotedIdentifier(table), groups.join(u','))); !r)
            return r.error();
    }
    for (RoleKind kind : allRoleKinds()) {
        for (const GrantSet *set : grantsOf(kind)) {
            for (const Grant &g : *set) {
                const QString sql = QStringLiteral("GRANT %1 ON TABLE %2 TO %3")
                                            .arg(QLatin1String(g.privileges), quotedIdentifier(QLatin1String(g.table)),
                                                 quotedIdentifier(groupRoleName(kind)));
                if (auto r = m_db.run(sql); !r)
                    return r.error();
            }
        }
    }
    return tx.commit();
}

Result<std::optional<LoginRole>> Roles::find(const QString &name) const
{
    // A role of another purpose (the owner, a person's login) is never the branch's to change.
    auto q = m_db.run(QStringLiteral("SELECT r.rolcanlogin AND NOT r.rolsuper, g.rolname FROM pg_roles r"
                                     " LEFT JOIN pg_auth_members m ON m.member = r.oid"
                                     " LEFT JOIN pg_roles g ON g.oid = m.roleid AND g.rolname IN (%1)"
                                     " WHERE r.rolname = ? ORDER BY g.rolname NULLS LAST")
                              .arg(groupList()),
                      {name});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<LoginRole>();
    const auto kind = roleKindFromKey(q->value(1).toString().mid(int(qstrlen("antrian_"))));
    if (!q->value(0).toBool() || !kind)
        return Error::badInput(Tr::tr("the role \"%1\" exists on the server and is not one of this branch's PC roles; "
                                      "choose another name")
                                       .arg(name));
    return std::optional<LoginRole>(LoginRole{name, *kind});
}

Result<bool> Roles::addLogin(const QString &name, RoleKind kind, const QString &verifier) const
{
    if (Outcome server = requireServer(); !server)
        return server.error();
    if (QString problem = roleNameProblem(name); !problem.isEmpty())
        return Error::badInput(problem);
    // Only a verifier goes into the statement, never a password (it would reach the server's log).
    static const QRegularExpression scram(QStringLiteral("^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
    if (!scram.match(verifier).hasMatch())
        return Error::badInput(QStringLiteral("not a SCRAM-SHA-256 verifier"));
    WriteTransaction tx(m_db);
    if (!tx.isOpen())
        return tx.error();
    const QString group = groupRoleName(kind);
    auto groupExists = m_db.run(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {group});
    if (!groupExists)
        return groupExists.error();
    if (!groupExists->next())
        return Error::storage(Tr::tr("the group role %1 is missing on this server; run antrianctl init on this database first")
                                      .arg(group));
    groupExists->finish();
    auto existing = find(name);
    if (!existing)
        return existing.error();
    const QString role = quotedIdentifier(name);
    const QString password = quotedLiteral(verifier);
    if (!existing->has_value()) {
        auto created = m_db.run(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3").arg(role, password, quotedIdentifier(group)));
        if (!created)
            return created.error();
    } else {
        if (auto r = m_db.run(QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2").arg(role, password)); !r)
            return r.error();
        // Only the changes: a REVOKE of a group it is not in, or a GRANT of one it is, makes the
        // server print a warning on the terminal.
        auto groups = m_db.run(QStringLiteral("SELECT g.rolname FROM pg_auth_members m"
                                              " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member"
                                              " WHERE r.rolname = ? AND g.rolname IN (%1)")
                                       .arg(groupList()),
                               {name});
        if (!groups)
            return groups.error();
        QStringList memberOf;
        while (groups->next())
            memberOf.append(groups->value(0).toString());
        groups->finish();
        for (const QString &other : std::as_const(memberOf)) {
            if (other == group)
                continue;
            if (auto r = m_db.run(QStringLiteral("REVOKE %1 FROM %2").arg(quotedIdentifier(other), role)); !r)
                return r.error();
        }
        if (!memberOf.contains(group)) {
            if (auto r = m_db.run(QStringLiteral("GRANT %1 TO %2").arg(quotedIdentifier(group), role)); !r)
                return r.error();
        }
    }
    if (Outcome committed = tx.commit(); !committed)
        return committed.error();
    return !existing->has_value();
}

Result<QList<LoginRole>> Roles::list() const
{
    if (Outcome server = requireServer(); !server)
        return server.error();
    auto q = m_db.run(QStringLiteral("SELECT r.rolname, g.rolname FROM pg_roles r"
                                     " JOIN pg_auth_members m ON m.member = r.oid"
                                     " JOIN pg_roles g ON g.oid = m.roleid"
                                     " WHERE r.rolcanlogin AND NOT r.rolsuper AND g.rolname IN (%1)"
                                     " ORDER BY r.rolname, g.rolname")
                              .arg(groupList()));
    if (!q)
        return q.error();
    QList<LoginRole> roles;
    while (q->next()) {
        const QString name = q->value(0).toString();
        const auto kind = roleKindFromKey(q->value(1).toString().mid(int(qstrlen("antrian_"))));
        if (kind && (roles.isEmpty() || roles.constLast().name != name))
            roles.append({name, *kind});
    }
    return roles;
}

Outcome Roles::removeLogin(const QString &name) const
{
    if (Outcome server = requireServer(); !server)
        return server;
    if (QString problem = roleNameProblem(name); !problem.isEmpty())
        return Error::badInput(problem);
    auto existing = find(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::badInput(Tr::tr("there is no PC role \"%1\" on this server; see: antrianctl role list").arg(name));
    if (auto r = m_db.run(QStringLiteral("DROP ROLE %1").arg(quotedIdentifier(name))); !r)
        return r.error();
    return Done{};
}

} // namespace antrian
