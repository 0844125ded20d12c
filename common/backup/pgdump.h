// SPDX-License-Identifier: GPL-3.0-or-later
// PgDump: backup and restore of a PostgreSQL branch database through PostgreSQL's own tools,
// pg_dump --format=custom and pg_restore, run as programs (postgresql-client). The connection
// is the postgresql:// URL's, as a libpq connection string: the password comes from
// ~/.pgpass, PGPASSFILE or PGSERVICE by itself, never from a command line, and --no-password
// keeps a timer's run from waiting for one. What the tool said on failure is shown as it said it.
#pragma once

#include "core/result.h"
#include "sqliterestore.h"
#include "sqlitecopy.h"

#include <QString>

namespace antrian {

// pg_dump into a temporary file beside `target`, fsynced and renamed onto it.
Result<CopiedFile> dumpPostgres(const QString &location, const QString &target);
// Whether `file` is a custom-format dump of an Antrian database of a schema this program knows.
Result<BackupFileCheck> checkPostgresBackup(const QString &file);
// pg_restore --clean --if-exists --single-transaction into the URL's database; refused while
// any other session is connected to it (pg_stat_activity), naming each.
Result<Restored> restorePostgres(const QString &file, const QString &location);

} // namespace antrian
