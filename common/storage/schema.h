// SPDX-License-Identifier: GPL-3.0-or-later
// The schema as numbered migration steps. Step N brings a database from version N-1 to N;
// a database newer than the last step is refused.
#pragma once

#include "storage/dialect.h"

#include <QList>
#include <QStringList>

namespace antrian {

struct Migration
{
    int version;
    const char *purpose;
    QStringList statements;
    // Steps the two engines write differently (triggers), from dialect; run after `statements`.
    QStringList (*engineStatements)(Engine) = nullptr;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

} // namespace antrian
