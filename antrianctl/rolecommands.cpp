// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolecommands.h"

#include "output.h"
#include "pinprompt.h"

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/roles.h"

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

constexpr int kMinPasswordLength = 12;

QString kindsText()
{
    QStringList keys;
    for (RoleKind kind : allRoleKinds())
        keys.append(roleKindKey(kind));
    return keys.join(u'|');
}

bool isThisPc(const QString &host)
{
    return host.isEmpty() || host.startsWith(u'/') || host == u"localhost" || host == u"127.0.0.1" || host == u"::1";
}

} // namespace

QString pgpassField(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u':', QStringLiteral("\\:"));
    return escaped;
}

RoleCommands::RoleCommands(const Database &db, const QCommandLineParser &parser) : m_db(db), m_parser(parser) {}

QString RoleCommands::usage()
{
    return Tr::tr("usage: antrianctl role add NAME --kind %1, role list, role remove NAME").arg(kindsText());
}

Result<Printed> RoleCommands::run(const QStringList &args)
{
    const QString sub = args.value(0).toLower();
    const QStringList rest = args.mid(1);
    if (sub == u"list" && rest.isEmpty())
        return list();
    if (rest.size() != 1)
        return Error::badInput(usage());
    if (sub == u"add")
        return add(rest.first());
    if (sub == u"remove")
        return remove(rest.first());
    return Error::badInput(usage());
}

Result<Printed> RoleCommands::add(const QString &name)
{
    // Everything that can be wrong is said before anyone types a password.
    const QString key = m_parser.value(QStringLiteral("kind")).trimmed().toLower();
    const auto kind = roleKindFromKey(key);
    if (!kind)
        return Error::badInput(Tr::tr("--kind: expected %1, got \"%2\"").arg(kindsText(), key));
    if (QString problem = roleNameProblem(name); !problem.isEmpty())
        return Error::badInput(problem);
    Roles roles(m_db);
    if (auto existing = roles.find(name); !existing)
        return existing.error();
    auto where = parsePostgresUrl(m_db.location());
    if (!where)
        return where.error();

    auto password = readNewPassword(Tr::tr("Password for %1 (at least %2 characters): ").arg(name).arg(kMinPasswordLength));
    if (!password)
        return password.error();
    if (password->toUcs4().size() < kMinPasswordLength)
        return Error::badInput(Tr::tr("the password is too short: at least %1 characters; nothing was changed").arg(kMinPasswordLength));
    auto verifier = scramSha256Verifier(*password);
    if (!verifier)
        return verifier.error();
    auto created = roles.addLogin(name, *kind, *verifier);
    if (!created)
        return created.error();

    PostgresLocation pc = *where;
    pc.user = name;
    const QString url = pc.display();
    // libpq matches a socket connection to the default folder with "localhost".
    const QString host = where->host.isEmpty() ? QStringLiteral("localhost") : where->host;
    const QString port = where->port > 0 ? QString::number(where->port) : QStringLiteral("*");
    const QString line = QStringList{pgpassField(host), pgpassField(port), pgpassField(where->database),
                                     pgpassField(name), pgpassField(*password)}
                                 .join(u':');
    QString text = *created ? Tr::tr("Role %1 (%2) is created on the server.").arg(name, roleKindKey(*kind))
                            : Tr::tr("Role %1 already existed: it has the new password now, and kind %2.").arg(name, roleKindKey(*kind));
    text += u'\n'
            + Tr::tr("On that PC, add this line to ~/.pgpass of the user who runs the app (or to the file PGPASSFILE names), "
                     "then make the file private with: chmod 600 ~/.pgpass")
            + QStringLiteral("\n  ") + line + u'\n'
            + Tr::tr("The app on that PC connects with: --db %1").arg(url);
    if (isThisPc(where->host))
        text += u'\n' + Tr::tr("On another PC, put this server's address on the branch network in place of %1.").arg(host);
    return Printed{QJsonObject{{QStringLiteral("role"), name},
                               {QStringLiteral("kind"), roleKindKey(*kind)},
                               {QStringLiteral("created"), *created},
                               {QStringLiteral("pgpassLine"), line},
                               {QStringLiteral("url"), url}},
                   text};
}

Result<Printed> RoleCommands::list()
{
    auto roles = Roles(m_db).list();
    if (!roles)
        return roles.error();
    QJsonArray array;
    QList<QStringList> rows{{Tr::tr("Role"), Tr::tr("Kind")}};
    for (const LoginRole &r : *roles) {
        array.append(QJsonObject{{QStringLiteral("role"), r.name}, {QStringLiteral("kind"), roleKindKey(r.kind)}});
        rows.append({r.name, roleKindKey(r.kind)});
    }
    const QString text = roles->isEmpty()
            ? Tr::tr("No PC roles yet; add one per PC with: antrianctl role add NAME --kind %1").arg(kindsText())
            : table(rows);
    return Printed{array, text};
}

Result<Printed> RoleCommands::remove(const QString &name)
{
    if (Outcome removed = Roles(m_db).removeLogin(name); !removed)
        return removed.error();
    return Printed{QJsonObject{{QStringLiteral("role"), name}, {QStringLiteral("removed"), true}},
                   Tr::tr("Role %1 is removed: that PC can no longer connect to the server.").arg(name)};
}

QList<Command> roleCommands()
{
    return {
            {.names = {QStringLiteral("role")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "add NAME --kind kiosk|counter|display|supervisor"),
                        QT_TRANSLATE_NOOP("antrianctl", "a PC's login on a PostgreSQL server; the password is\n"
                                                        "read like a PIN, the line for its ~/.pgpass printed")},
                       {QT_TRANSLATE_NOOP("antrianctl", "list|remove [NAME]"),
                        QT_TRANSLATE_NOOP("antrianctl", "the PCs' roles on the server")}},
             .options = {{"kind", QT_TRANSLATE_NOOP("antrianctl", "role add: kiosk, counter, display or supervisor."),
                          QT_TRANSLATE_NOOP("antrianctl", "kind")}},
             .postgresOnly = QT_TRANSLATE_NOOP("antrianctl", "roles exist only on a PostgreSQL server (--db postgresql://user@host/dbname); "
                                                             "a SQLite database serves the apps of one PC and has none"),
             .readsSecret = true,
             .handler = [](Session &s) { return RoleCommands(*s.db, s.options).run(s.args); }},
    };
}

} // namespace antrian::cli
