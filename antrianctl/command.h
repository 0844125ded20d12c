// SPDX-License-Identifier: GPL-3.0-or-later
// One antrianctl command as a row of its table: the words that run it, a help line for each
// form of its arguments, the options it takes, what must be opened before it runs, and the
// function that runs it. The help (--help, `help`, `CMD --help`) and the dispatch are both
// made from these rows, so a new command is its handler, its row beside it, and its test.
#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace antrian {
class Clock;
class Database;
class QueueEngine;
} // namespace antrian

namespace antrian::cli {

// What a command prints: JSON for scripts, text for people.
struct Printed
{
    QJsonValue json;
    QString text;
    int exitCode = 0; // what antrianctl exits with once printed (doctor: 5 when a check failed)
};

// What a handler runs with. db, clock and engine are set unless its row needs nothing opened.
struct Session
{
    QString command;  // the word typed, in lower case: "pause"
    QStringList args; // the words after it
    const QCommandLineParser &options;
    Database *db = nullptr;
    Clock *clock = nullptr;
    QueueEngine *engine = nullptr;
    bool importedSample = false; // the database was new and took the bundled sample branch
};

using Handler = Result<Printed> (*)(Session &);

// What is opened before the handler runs. A database is opened with --config imported first
// (validated whole), --now read in the branch's zone, and the branch's language.
enum class Needs {
    Nothing,          // help, version: no database, no config
    Database,         // a database that exists
    NewDatabase,      // init: created if missing
};

// One line of the help. Both texts are QT_TRANSLATE_NOOP("antrianctl", ...): each line is its
// own message in the .ts files, so adding a line leaves the others' translations alone.
struct Form
{
    const char *synopsis; // what follows the command's names: "COUNTER [SERVICE]"
    const char *help;     // a '\n' starts a second line
};

struct Option
{
    const char *name; // without the dashes
    const char *description;
    const char *valueName = nullptr; // null for a flag
};

struct Command
{
    QStringList names = {}; // the words that run it, shown as "pause|resume"
    QList<Form> forms = {};
    QList<Option> options = {};
    Needs needs = Needs::Database;
    // Said as bad usage, before anything is opened, when the database is not on PostgreSQL.
    const char *postgresOnly = nullptr;
    bool readsSecret = false; // a PIN or password, from the terminal or stdin, never an argument
    Handler handler = nullptr;
};

// Every command, in the order of the help.
const QList<Command> &commands();
// The command `word` names (in lower case), or null.
const Command *findCommand(const QString &word);

// A table text in the language installed now.
QString translated(const char *text);

// A date option (--from, --to): YYYY-MM-DD, else bad input naming the option. When it is not
// given: `fallback`, or, when that is not a valid date (the option is required), bad input
// saying `usage`.
Result<QDate> dateOption(const Session &s, const char *name, const QDate &fallback, const QString &usage = {});

} // namespace antrian::cli
