// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitecopy.h"

#include "backuptr.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryFile>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace antrian {

namespace {

using backup::Tr;

// Pages copied per step: 1,024 pages of 4 KiB, 4 MiB a step.
constexpr int kPagesPerStep = 1024;

sqlite3 *handleOf(const Database &db)
{
    const QVariant handle = db.connection().driver() ? db.connection().driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

QString message(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Runs `sql` on `db`; the first column of its first row in `first`, if given.
bool run(sqlite3 *db, const char *sql, QString *first = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW && first)
        *first = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

// The temporary copy beside the target, removed unless it was renamed onto the target.
class Temporary
{
public:
    explicit Temporary(const QString &target) : m_file(target + QStringLiteral(".partial-XXXXXX")) {}
    ~Temporary()
    {
        if (!m_kept)
            QFile::remove(m_path);
    }
    bool create()
    {
        if (!m_file.open())
            return false;
        m_path = m_file.fileName();
        m_file.close();
        m_file.setAutoRemove(false);
        return true;
    }
    const QString &path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QTemporaryFile m_file;
    QString m_path;
    bool m_kept = false;
};

Result<CopiedFile> copyFrom(sqlite3 *source, const QString &what, const QString &target)
{
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
    Temporary temporary(info.absoluteFilePath());
    if (!temporary.create())
        return Error::storage(Tr::tr("cannot write in the folder %1").arg(info.absolutePath()));

    sqlite3 *copy = nullptr;
    const QByteArray tempName = QFile::encodeName(temporary.path());
    if (sqlite3_open_v2(tempName.constData(), &copy, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = message(copy);
        sqlite3_close(copy);
        return Error::storage(Tr::tr("cannot write %1: %2").arg(temporary.path(), why));
    }
    const auto fail = [&](const QString &why) {
        sqlite3_close(copy);
        return Error::storage(Tr::tr("the backup of %1 failed: %2").arg(what, why));
    };

    // One snapshot for the whole copy: the read transaction stays open across the steps.
    if (!run(source, "BEGIN") || !run(source, "SELECT COUNT(*) FROM sqlite_master"))
        return fail(message(source));
    sqlite3_backup *backup = sqlite3_backup_init(copy, "main", source, "main");
    if (!backup) {
        run(source, "COMMIT");
        return fail(message(copy));
    }
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(5);
    }
    sqlite3_backup_finish(backup);
    run(source, "COMMIT");
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));

    // A copy is one file on its own, with no -wal beside it.
    QString journal;
    if (!run(copy, "PRAGMA journal_mode=DELETE", &journal))
        return fail(message(copy));
    QString integrity;
    if (!run(copy, "PRAGMA integrity_check", &integrity) || integrity != QLatin1String("ok"))
        return fail(Tr::tr("the copy does not pass integrity_check: %1").arg(integrity.isEmpty() ? message(copy) : integrity));
    sqlite3_close(copy);

    if (!syncPath(temporary.path()))
        return Error::storage(Tr::tr("cannot write %1 to disk").arg(temporary.path()));
    if (::rename(tempName.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0)
        return Error::storage(Tr::tr("cannot rename %1 to %2").arg(temporary.path(), info.absoluteFilePath()));
    temporary.keep();
    syncPath(info.absolutePath());
    return CopiedFile{info.absoluteFilePath(), QFileInfo(info.absoluteFilePath()).size()};
}

} // namespace

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

Result<CopiedFile> copySqlite(const Database &source, const QString &target)
{
    sqlite3 *handle = handleOf(source);
    if (!handle)
        return Error::storage(Tr::tr("the backup of %1 failed: its SQLite connection is not open").arg(source.location()));
    return copyFrom(handle, source.location(), target);
}

Result<CopiedFile> copySqliteFile(const QString &source, const QString &target)
{
    sqlite3 *db = nullptr;
    const QByteArray name = QFile::encodeName(source);
    if (sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = message(db);
        sqlite3_close(db);
        return Error::storage(Tr::tr("cannot open %1: %2").arg(source, why));
    }
    auto copied = copyFrom(db, source, target);
    sqlite3_close(db);
    return copied;
}

} // namespace antrian
