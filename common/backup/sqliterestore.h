// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteRestore: puts a backup file in place of the branch's SQLite database, or refuses and
// changes nothing. The file is checked first: an SQLite file, whole (PRAGMA integrity_check),
// an Antrian database (schema_version, tickets, services), of a schema version this program
// knows (an older one is fine: it migrates at the next open). Then, holding the database
// exclusively (uselock.h: refused, naming the holder, while an app has it open), the database
// is copied aside as <db>.before-restore-YYYYMMDD-HHMMSS, its -wal and -shm removed (they
// belong to the old file, and SQLite would replay them into the new one), and the checked copy
// renamed onto it: at every moment the path holds either the old database or the new one.
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace antrian {

struct BackupFileCheck
{
    int schemaVersion = 0;
    bool migrates = false; // older than this program's schema: migrated at the next open
};

// Whether a backup of this schema version may be restored here: it must have one (else it is
// not an Antrian backup) and not be newer than this program's; an older one migrates at the
// next open. Both engines' checks end here.
Result<BackupFileCheck> checkBackupVersion(const QString &file, int schemaVersion);

struct Restored
{
    QString database;
    QString keptAside; // empty when there was no database before
    BackupFileCheck check;
};

Result<BackupFileCheck> checkSqliteBackup(const QString &file);
// `localNow` names the file set aside.
Result<Restored> restoreSqlite(const QString &file, const QString &database, const QDateTime &localNow);

} // namespace antrian
