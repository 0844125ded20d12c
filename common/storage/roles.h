// SPDX-License-Identifier: GPL-3.0-or-later
// Roles: least privilege on a PostgreSQL branch server, enforced by the server itself. Every
// PC of the branch logs in with a role of its own, a member of one of four group roles that
// say what an app of that kind may do:
//   antrian_kiosk       issues tickets and reads what the kiosk shows; changes nothing else
//   antrian_display     only reads
//   antrian_counter     counter actions and staff logins; no staff or config changes
//   antrian_supervisor  all of the above, staff accounts, service pauses, cancel/reinstate
// No group may UPDATE or DELETE events: the audit log cannot be rewritten from a branch PC.
// The schema and the branch config stay with the database's owner (who runs antrianctl init).
// On SQLite (one PC) there are no roles: whoever can open the file can do everything.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace antrian {

class Database;

enum class RoleKind {
    Kiosk,
    Counter,
    Display,
    Supervisor,
};

const QList<RoleKind> &allRoleKinds();
QString roleKindKey(RoleKind kind); // "kiosk", as typed after --kind
std::optional<RoleKind> roleKindFromKey(const QString &key);
// The group role of a kind: antrian_kiosk, ...
QString groupRoleName(RoleKind kind);

// Why `name` cannot be a login role's name (empty when it can): lower-case letters, digits,
// '_' and '-', starting with a letter, at most 63 characters (PostgreSQL's limit).
QString roleNameProblem(const QString &name);
// `name` as an SQL identifier: in double quotes, inner quotes doubled.
QString quotedIdentifier(const QString &name);

// The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802 / RFC 7677):
// SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>, base64. Computed here so the
// password itself never travels to the server, nor into its log.
inline constexpr int kScramIterations = 4096; // PostgreSQL's default (scram_iterations)
inline constexpr int kScramSaltBytes = 16;
QString scramSha256Verifier(const QString &password, const QByteArray &salt, int iterations = kScramIterations);
// The same with a fresh random salt.
Result<QString> scramSha256Verifier(const QString &password);

// A login role of the branch: a PC.
struct LoginRole
{
    QString name;
    RoleKind kind = RoleKind::Kiosk;
};

class Roles
{
public:
    explicit Roles(const Database &db);

    // Creates the four group roles where missing and sets their grants on this database's
    // tables to exactly the lists in roles.cpp (what was granted before is revoked first), so
    // running it again, or after an upgrade, is safe. Run by antrianctl init after the schema.
    Outcome applyGroups() const;

    // Creates the login role `name` in the group of `kind` with the password whose verifier is
    // given; an existing role of the branch gets the new password and kind instead. Whether it
    // was created (false: changed).
    Result<bool> addLogin(const QString &name, RoleKind kind, const QString &verifier) const;
    // The login roles that belong to an antrian_* group, by name.
    Result<QList<LoginRole>> list() const;
    // Drops a login role of the branch; any other role is refused.
    Outcome removeLogin(const QString &name) const;
    // The branch's login role `name`, if there is one; a role of the server that is not the
    // branch's (the owner, someone's own login) is refused, so it is never changed from here.
    Result<std::optional<LoginRole>> find(const QString &name) const;

private:
    Outcome requireServer() const;

    const Database &m_db;
};

} // namespace antrian
