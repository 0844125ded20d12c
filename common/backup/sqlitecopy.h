// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCopy: a whole, consistent copy of an SQLite database into a new file, never a half
// written one under the target's name. SQLite's online backup API copies the pages in chunks
// from one read snapshot (a read transaction held on the source for the whole copy: in WAL a
// reader blocks no writer, and the copy never restarts when another process commits), into a
// temporary file beside the target; the copy is switched out of WAL, integrity-checked,
// fsynced, and renamed onto the target, and its folder fsynced.
#pragma once

#include "core/result.h"

#include <QString>

struct sqlite3;

namespace antrian {

class Database;

struct CopiedFile
{
    QString path;
    qint64 bytes = 0;
};

// From a Database's own connection (backup). On SQLite only.
Result<CopiedFile> copySqlite(const Database &source, const QString &target);
// From a file no Database has open (restore: the file to restore, and the database set aside).
Result<CopiedFile> copySqliteFile(const QString &source, const QString &target);

// fsync of a file or folder; false when it failed.
bool syncPath(const QString &path);

} // namespace antrian
