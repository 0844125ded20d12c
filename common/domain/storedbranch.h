// SPDX-License-Identifier: GPL-3.0-or-later
// StoredBranch: the branch setup as the database holds it, with the row ids the stores and
// the engine need to turn codes and numbers into rows. Read by BranchStore, held by the engine.
#pragma once

#include "config/branchconfig.h"

#include <QHash>
#include <QString>

namespace antrian {

struct StoredBranch
{
    BranchConfig config;
    QHash<QString, qint64> serviceIds; // by code
    QHash<int, qint64> counterIds;     // by number
    qint64 revision = 0;               // bumped by every import

    QString serviceCode(qint64 id) const { return serviceIds.key(id); }
    int counterNumber(qint64 id) const { return counterIds.key(id, 0); }
};

} // namespace antrian
