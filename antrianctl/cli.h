// SPDX-License-Identifier: GPL-3.0-or-later
// Cli: antrianctl's commands over the core. Parses the command line, finds the command in the
// table (command.h), opens what its row needs, runs it and returns the exit code of the
// brief: 0 done, 2 bad usage or input, 3 refused by a queue rule, 4 storage failure.
#pragma once

#include "command.h"

#include "core/result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace antrian {
class Clock;
class Database;
class QueueEngine;
} // namespace antrian

namespace antrian::cli {

enum ExitCode { Ok = 0, BadUsage = 2, RefusedByRule = 3, StorageFailure = 4 };

class Cli
{
public:
    Cli();
    ~Cli();
    int run(const QStringList &arguments);

private:
    int fail(const Error &error);
    int usage(const QString &message);
    int print(const QJsonValue &json, const QString &text);
    Outcome open(bool create);
    int runCommand(const Command &command, const QString &word, const QStringList &args);

    QCommandLineParser m_parser;
    bool m_json = false;
    bool m_importedSample = false;
    std::shared_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueEngine> m_engine;
};

} // namespace antrian::cli
