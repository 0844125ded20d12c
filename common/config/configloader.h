// SPDX-License-Identifier: GPL-3.0-or-later
// ConfigLoader: reads a branch config file (JSON) and validates all of it. Every problem is
// reported with the file, line and field and what was expected; nothing is partly accepted.
#pragma once

#include "branchconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace antrian {

class ConfigLoader
{
public:
    // Reads and validates `path`.
    static Result<BranchConfig> fromFile(const QString &path);
    // Validates `json`; `sourceName` is what error messages call the file.
    static Result<BranchConfig> fromJson(const QByteArray &json, const QString &sourceName);
    // What a valid config may still get wrong for the people in the branch, one sentence each
    // naming the field: warned about, never refused. Today: a service whose name can be taken
    // for the kiosk's priority bar (the elderly, disabled, pregnant), such as "Prioritas".
    static QStringList warnings(const BranchConfig &config);
    // The rule behind that warning: the name says "prioritas"/"priority" and nothing of whom
    // it is for ("Nasabah Prioritas", "Priority Banking" say it; "Layanan Prioritas" does not).
    static bool nameReadsAsPriorityBar(const QString &serviceName);
    // The sample branch built into every binary.
    static QString bundledSamplePath() { return QStringLiteral(":/antrian/branch.json"); }
};

} // namespace antrian
