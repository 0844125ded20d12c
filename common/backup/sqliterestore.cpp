// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterestore.h"

#include "backuptr.h"
#include "sqlitecopy.h"
#include "uselock.h"

#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace antrian {

namespace {

using backup::Tr;

// A read-only connection to a file, closed at the end of the scope.
class ReadOnly
{
public:
    explicit ReadOnly(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    ~ReadOnly() { sqlite3_close(m_db); }
    const QString &error() const { return m_error; }
    // Every row's first column as text, or the error in `error`.
    QStringList column(const char *sql, QString *error) const
    {
        QStringList out;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return out;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
        if (rc != SQLITE_DONE)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

bool hasSqliteHeader(const QString &file)
{
    // A file no SQLite connection of this process has open: closing it drops no lock.
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Result<BackupFileCheck> checkBackupVersion(const QString &file, int schemaVersion)
{
    if (schemaVersion < 1)
        return Error::storage(Tr::tr("%1 has no schema version row, so it is not an Antrian backup; nothing was restored").arg(file));
    if (schemaVersion > latestSchemaVersion())
        return Error::storage(Tr::tr("%1 was written by a newer Antrian (schema version %2; this program knows up to %3); "
                                     "upgrade Antrian to restore it; nothing was restored")
                                      .arg(file)
                                      .arg(schemaVersion)
                                      .arg(latestSchemaVersion()));
    BackupFileCheck check;
    check.schemaVersion = schemaVersion;
    check.migrates = schemaVersion < latestSchemaVersion();
    return check;
}

Result<BackupFileCheck> checkSqliteBackup(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return Error::badInput(Tr::tr("no file at %1").arg(file));
    if (!info.isFile())
        return Error::badInput(Tr::tr("%1 is a folder, not a backup file").arg(file));
    if (::access(QFile::encodeName(file).constData(), R_OK) != 0)
        return Error::storage(Tr::tr("cannot read %1: permission denied; nothing was restored").arg(file));
    if (!hasSqliteHeader(file))
        return Error::storage(Tr::tr("%1 is not an SQLite database file; nothing was restored").arg(file));
    const ReadOnly db(file);
    if (!db.error().isEmpty())
        return Error::storage(Tr::tr("cannot open %1: %2; nothing was restored").arg(file, db.error()));
    QString error;
    const QStringList integrity = db.column("PRAGMA integrity_check", &error);
    if (!error.isEmpty() || integrity != QStringList{QStringLiteral("ok")})
        return Error::storage(Tr::tr("%1 is damaged (integrity_check: %2); nothing was restored")
                                      .arg(file, error.isEmpty() ? integrity.mid(0, 3).join(QStringLiteral("; ")) : error));
    const QStringList tables = db.column("SELECT name FROM sqlite_master WHERE type = 'table'", &error);
    for (const char *table : {"schema_version", "tickets", "services"}) {
        if (!tables.contains(QLatin1String(table)))
            return Error::storage(Tr::tr("%1 is an SQLite database of another program, not an Antrian backup (it has no %2 table); "
                                         "nothing was restored")
                                          .arg(file, QLatin1String(table)));
    }
    const QStringList version = db.column("SELECT MAX(version) FROM schema_version", &error);
    return checkBackupVersion(file, error.isEmpty() ? version.value(0).toInt() : 0);
}

Result<Restored> restoreSqlite(const QString &file, const QString &database, const QDateTime &localNow)
{
    const QString target = QFileInfo(database).absoluteFilePath();
    if (QFileInfo(file).absoluteFilePath() == target)
        return Error::badInput(Tr::tr("%1 is the database itself; give a backup file").arg(file));
    auto check = checkSqliteBackup(file);
    if (!check)
        return check.error();
    Restored restored{target, QString(), *check};

    ExclusiveUse use;
    const bool existed = QFileInfo::exists(target);
    if (existed) {
        if (Outcome taken = use.take(target); !taken)
            return taken.error();
    } else if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        return Error::storage(Tr::tr("cannot create the folder %1").arg(QFileInfo(target).absolutePath()));
    }

    // The new database beside the old one first, whole and checked, under a name no app opens.
    const QString incoming = target + QStringLiteral(".restoring");
    auto copied = copySqliteFile(file, incoming);
    if (!copied)
        return copied.error();
    if (existed) {
        restored.keptAside = target + QStringLiteral(".before-restore-") + localNow.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (auto aside = copySqliteFile(target, restored.keptAside); !aside) {
            QFile::remove(incoming);
            return Error::storage(Tr::tr("cannot keep the current database aside as %1 (%2); nothing was restored")
                                          .arg(restored.keptAside, aside.error().message));
        }
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(target + QLatin1String(suffix));
    }
    // The restored file is the apps' as the old one was: its owner and mode, not the copy's 0600.
    struct stat old;
    if (existed && ::stat(QFile::encodeName(target).constData(), &old) == 0) {
        (void)::chmod(QFile::encodeName(incoming).constData(), old.st_mode & 07777);
        if (::geteuid() == 0)
            (void)::chown(QFile::encodeName(incoming).constData(), old.st_uid, old.st_gid);
    }
    if (::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(incoming);
        return Error::storage(Tr::tr("cannot rename %1 to %2; the database was left as it was").arg(incoming, target));
    }
    syncPath(QFileInfo(target).absolutePath());
    return restored;
}

} // namespace antrian
