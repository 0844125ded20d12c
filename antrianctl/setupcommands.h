// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl setup-pc ROLE: makes this PC start its app by itself, once (pcsetup/pcsetup.h
// says what each role writes). Writes the files under --root DIR instead of / (tests, an image
// being built), prints them instead with --dry-run, and takes them off with --undo ROLE.
// Writing to the system itself needs root; a counter set up by its own desktop user does not.
#pragma once

#include "command.h"

#include "pcsetup/pcsetup.h"

namespace antrian::cli {

class SetupCommands
{
public:
    explicit SetupCommands(const QCommandLineParser &parser);

    // `args` follow "setup-pc": one role.
    Result<Printed> run(const QStringList &args);

    static QString usage();

private:
    Result<pcsetup::PcSetupRequest> request(pcsetup::PcRole role) const;
    Result<Printed> setUp(const pcsetup::PcSetupRequest &request);
    Result<Printed> undo(pcsetup::PcRole role);
    Outcome needsRoot(pcsetup::PcRole role) const;
    Outcome systemctl(const QStringList &args) const;
    Outcome createUser(const QString &name) const;
    QString onTarget(const QString &path) const; // `path` of the target system, under --root
    bool writtenBy(const QString &path, pcsetup::PcRole role) const;
    QString autostartDir() const;

    const QCommandLineParser &m_parser;
    QString m_root;     // --root DIR, empty for the system itself
    bool m_dryRun = false;
};

// The setup-pc command's row of the table.
QList<Command> setupCommands();

} // namespace antrian::cli
