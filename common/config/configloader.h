// ConfigLoader: reads a branch config file (JSON) and validates all of it. Every problem is
// reported with the file, line and field and what was expected; nothing is partly accepted.
#pragma once

#include "branchconfig.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace antrian {

class ConfigLoader
{
public:
    // Reads and validates `path`.
    static Result<BranchConfig> fromFile(const QString &path);
    // Validates `json`; `sourceName` is what error messages call the file.
    static Result<BranchConfig> fromJson(const QByteArray &json, const QString &sourceName);
    // The sample branch built into every binary.
    static QString bundledSamplePath() { return QStringLiteral(":/antrian/branch.json"); }
};

} // namespace antrian
