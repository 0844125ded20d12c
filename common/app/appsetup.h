// SPDX-License-Identifier: GPL-3.0-or-later
// AppSetup: what every Antrian app does before it shows anything: the standard options
// (--db, --config, --lang, --now, --screenshot, --log-file), importing a config given on the command
// line, the language, and the clock. Core only; each app adds its own options and screens.
#pragma once

#include "config/branchconfig.h"
#include "core/clock.h"
#include "core/result.h"

#include <QCommandLineParser>

#include <memory>

namespace antrian {

class AppSetup
{
public:
    // Adds the options every app takes to `parser`.
    static void addStandardOptions(QCommandLineParser &parser);

    // Parses this program's arguments. Unlike QCommandLineParser::process(), which exits 1 on a
    // bad option, a bad option comes back as a bad-input error (exit 2 in every Antrian
    // binary); --help and --version, where the parser has them, print and exit 0. Installs the
    // log's destination (--log-file, logging.h) once parsed.
    static Outcome parseArguments(QCommandLineParser &parser);

    // Reads the standard options: imports --config into the database (validated whole, so a
    // bad file changes nothing), installs the language (--lang, else the branch's), and
    // builds the clock (--now starts a running clock at that moment).
    // Fails only on bad usage. A database that cannot be opened or read is not a failure: the
    // setup then carries it as fault(), with the sample branch's defaults and --lang (else
    // Indonesian), and the app shows its out-of-service page until the database is back.
    static Result<AppSetup> prepare(const QCommandLineParser &parser);

    const QString &databaseLocation() const { return m_location; }
    const Clock &clock() const { return *m_clock; }
    const BranchConfig &branch() const { return m_branch; }
    const QString &language() const { return m_language; }
    // Where --screenshot wants the first screen saved; empty when not asked.
    const QString &screenshotPath() const { return m_screenshot; }
    // Why the database could not be used at start; empty when it could.
    const QString &fault() const { return m_fault; }

private:
    QString m_location;
    std::shared_ptr<Clock> m_clock;
    BranchConfig m_branch;
    QString m_language;
    QString m_screenshot;
    QString m_fault;
};

} // namespace antrian
