// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl staff ...: accounts and counter logins from the command line, for the
// supervisor and the installer. PINs are read by readNewPin, never from the arguments.
// With --as USERNAME a supervisor makes the change (their PIN asked first) and the event
// names them; without it, it is the installer's (StaffManagement's rules say who may what).
#pragma once

#include "command.h"

#include "staff/staffmanagement.h"

#include <QCommandLineParser>
#include <QStringList>

namespace antrian {
class Clock;
class Database;
class QueueEngine;
} // namespace antrian

namespace antrian::cli {

// The staff command's row of the table.
QList<Command> staffCommands();

class StaffCommands
{
public:
    StaffCommands(const Database &db, const Clock &clock, QueueEngine &engine, const QCommandLineParser &parser);

    // `args` follow "staff": add USERNAME, passwd|reset-pin USERNAME, list,
    // unlock|disable|enable USERNAME, role USERNAME ROLE, release COUNTER.
    Result<Printed> run(const QStringList &args);

    // The usage line, for errors.
    static QString usage();

private:
    // Whoever --as names, signed in with their PIN; the installer without it.
    Result<StaffActor> actor();
    Result<Printed> add(const QString &username);
    Result<Printed> passwd(const QString &username);
    Result<Printed> list();
    Result<Printed> unlock(const QString &username);
    Result<Printed> setActive(const QString &username, bool active);
    Result<Printed> setRole(const QString &username, const QString &role);
    Result<Printed> release(const QString &counter);

    const Database &m_db;
    const Clock &m_clock;
    QueueEngine &m_engine;
    const QCommandLineParser &m_parser;
};

} // namespace antrian::cli
