// SPDX-License-Identifier: GPL-3.0-or-later
// Backup: a copy of the branch database that can be restored, on either engine, taken while
// the apps keep writing; the daily copy and its pruning; and restore. The commands call these;
// how each engine does it is in sqlitecopy/sqliterestore (SQLite) and pgdump (PostgreSQL).
#pragma once

#include "core/result.h"
#include "sqlitecopy.h"
#include "sqliterestore.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace antrian {

class Database;

// A consistent copy of `db` at `file`, which never holds a half-written one.
Result<CopiedFile> backupTo(const Database &db, const QString &file);

struct DailyBackup
{
    CopiedFile written;
    bool replaced = false;   // today's copy was there already
    QStringList removed;     // older copies past keeping
};
// Today's copy (daily::fileName in daily::folderFor), then the copies past `keep` days removed.
Result<DailyBackup> backupDaily(const Database &db, const QDate &today, int keep);

// A backup file put in place of the database at `location` (restoreSqlite, restorePostgres).
Result<Restored> restoreFrom(const QString &location, const QString &file, const QDateTime &localNow);

} // namespace antrian
