// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "backuptr.h"
#include "dailybackups.h"
#include "pgdump.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace antrian {

using backup::Tr;

Result<CopiedFile> backupTo(const Database &db, const QString &file)
{
    if (db.engine() == Engine::PostgreSQL)
        return dumpPostgres(db.location(), file);
    if (QFileInfo(file).absoluteFilePath() == QFileInfo(db.location()).absoluteFilePath())
        return Error::badInput(Tr::tr("%1 is the database itself; give another file for the backup").arg(file));
    return copySqlite(db, file);
}

Result<DailyBackup> backupDaily(const Database &db, const QDate &today, int keep)
{
    const QString folder = daily::folderFor(db.location());
    const QString path = QDir(folder).filePath(daily::fileName(db.engine(), today));
    DailyBackup daily;
    daily.replaced = QFileInfo::exists(path);
    auto written = backupTo(db, path);
    if (!written)
        return written.error();
    daily.written = *written;
    // Only once today's copy is safe: a failed backup never costs an older one.
    for (const QString &old : daily::expiredCopies(db.engine(), folder, today, keep)) {
        if (QFile::remove(old))
            daily.removed.append(old);
    }
    return daily;
}

Result<Restored> restoreFrom(const QString &location, const QString &file, const QDateTime &localNow)
{
    if (engineOf(location) == Engine::PostgreSQL)
        return restorePostgres(file, location);
    return restoreSqlite(file, location, localNow);
}

} // namespace antrian
