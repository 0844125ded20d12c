// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl role ...: one PostgreSQL login role per PC of the branch, a member of the group
// of its kind (storage/roles.h). The password is read like a PIN (never an argument), turned
// into a SCRAM verifier here, and printed once as the line for that PC's ~/.pgpass.
#pragma once

#include "command.h"

#include <QCommandLineParser>
#include <QStringList>

namespace antrian {
class Database;
} // namespace antrian

namespace antrian::cli {

class RoleCommands
{
public:
    RoleCommands(const Database &db, const QCommandLineParser &parser);

    // `args` follow "role": add NAME (--kind K), list, remove NAME.
    Result<Printed> run(const QStringList &args);

    static QString usage();

private:
    Result<Printed> add(const QString &name);
    Result<Printed> list();
    Result<Printed> remove(const QString &name);

    const Database &m_db;
    const QCommandLineParser &m_parser;
};

// The role command's row of the table.
QList<Command> roleCommands();

// One field of a ~/.pgpass line, with ':' and '\' escaped as libpq reads them.
QString pgpassField(const QString &text);

} // namespace antrian::cli
