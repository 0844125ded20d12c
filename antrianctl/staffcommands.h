// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl staff ...: accounts and counter logins from the command line, for the
// supervisor and the installer. PINs are read by readNewPin, never from the arguments.
#pragma once

#include "command.h"

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

    // `args` follow "staff": add USERNAME, passwd USERNAME, list, unlock|disable|enable
    // USERNAME, release COUNTER.
    Result<Printed> run(const QStringList &args);

    // The usage line, for errors.
    static QString usage();

private:
    Result<Printed> add(const QString &username);
    Result<Printed> passwd(const QString &username);
    Result<Printed> list();
    Result<Printed> unlock(const QString &username);
    Result<Printed> setActive(const QString &username, bool active);
    Result<Printed> release(const QString &counter);

    const Database &m_db;
    const Clock &m_clock;
    QueueEngine &m_engine;
    const QCommandLineParser &m_parser;
};

} // namespace antrian::cli
