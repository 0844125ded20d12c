// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the suites that break a database under a running app: the faults a person or a
// disk does to the file (removed, replaced by another database or by a text file, made
// unwritable) and the way back. We run as root, so chmod binds nothing: unwritable is
// `chattr +i` (ext4; root needs CAP_LINUX_IMMUTABLE), on the file and its WAL. Never on the
// -shm file, which SQLite maps into memory: an immutable mapped page is a SIGBUS.
#pragma once

#include "testsupport.h"

#include "storage/database.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>
#include <QSqlQuery>

namespace antrian::test {

class DatabaseFaults
{
public:
    enum class Fault { Removed, ReplacedByText, ReplacedByDatabase, Unwritable };

    explicit DatabaseFaults(QString path) : m_path(std::move(path)), m_aside(m_path + QStringLiteral(".aside")) {}
    ~DatabaseFaults() { setImmutable(false); }

    // What chattr +i needs; false with why in `reason` when this machine cannot.
    static bool canMakeUnwritable(QString *reason)
    {
        QTemporaryDir dir;
        const QString probe = dir.filePath(QStringLiteral("probe"));
        QFile f(probe);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.close();
        const bool ok = chattr(QStringLiteral("+i"), {probe});
        chattr(QStringLiteral("-i"), {probe});
        if (!ok)
            *reason = QStringLiteral("chattr +i does not work here (needs ext4-like file system and CAP_LINUX_IMMUTABLE)");
        return ok;
    }

    bool apply(Fault fault)
    {
        switch (fault) {
        case Fault::Removed: return moveAside();
        case Fault::ReplacedByText: return writeText() && replaceWith(m_path + QStringLiteral(".other"));
        case Fault::ReplacedByDatabase: return writeOtherDatabase() && replaceWith(m_path + QStringLiteral(".other"));
        case Fault::Unwritable: return setImmutable(true);
        }
        return false;
    }
    // The original database back as it was (what a fixed disk or a restored backup gives).
    bool undo(Fault fault)
    {
        if (fault == Fault::Unwritable)
            return setImmutable(false);
        for (const QString &suffix : suffixes())
            QFile::remove(m_path + suffix);
        bool ok = true;
        for (const QString &suffix : suffixes()) {
            if (QFileInfo::exists(m_aside + suffix))
                ok = QFile::rename(m_aside + suffix, m_path + suffix) && ok;
        }
        return ok;
    }

private:
    static QStringList suffixes() { return {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}; }

    static bool chattr(const QString &flag, const QStringList &files)
    {
        return runProgram(QStringLiteral("chattr"), QStringList{flag} + files, RunOptions().timeout(10000)).exitCode == 0;
    }

    // The database with its WAL and shared memory, moved off the path as one.
    bool moveAside()
    {
        bool ok = true;
        for (const QString &suffix : suffixes()) {
            if (QFileInfo::exists(m_path + suffix))
                ok = QFile::rename(m_path + suffix, m_aside + suffix) && ok;
        }
        return ok;
    }
    // `prepared` takes the path in one rename, as a restore or a copy tool does: an app looking
    // at any moment sees the old file or the new, never none. The old one stays aside (hard
    // links) for undo().
    bool replaceWith(const QString &prepared)
    {
        bool ok = true;
        for (const QString &suffix : suffixes()) {
            if (QFileInfo::exists(m_path + suffix))
                ok = ::link(QFile::encodeName(m_path + suffix).constData(), QFile::encodeName(m_aside + suffix).constData()) == 0 && ok;
        }
        ok = ::rename(QFile::encodeName(prepared).constData(), QFile::encodeName(m_path).constData()) == 0 && ok;
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        return ok;
    }
    bool writeText()
    {
        QFile f(m_path + QStringLiteral(".other"));
        return f.open(QIODevice::WriteOnly) && f.write("Daftar antrian hari ini, bukan database\n") > 0;
    }
    // Another branch's valid database, closed (so checkpointed) before it takes the path.
    bool writeOtherDatabase()
    {
        const QString other = m_path + QStringLiteral(".other");
        {
            auto db = Database::open(other, Database::OpenMode::CreateIfMissing);
            if (!db)
                return false;
            FixedClock clock(mondayMorning());
            BranchConfig branch = smallBranch();
            branch.name = QStringLiteral("Cabang Pengganti");
            if (!QueueEngine(**db, clock).importConfig(branch))
                return false;
        }
        return true;
    }
    bool setImmutable(bool on)
    {
        if (on == m_immutable)
            return true;
        QStringList files{m_path};
        if (QFileInfo::exists(m_path + QStringLiteral("-wal")))
            files << m_path + QStringLiteral("-wal");
        const bool ok = chattr(on ? QStringLiteral("+i") : QStringLiteral("-i"), files);
        if (ok)
            m_immutable = on;
        return ok;
    }

    QString m_path;
    QString m_aside;
    bool m_immutable = false;
};

// Tickets in the Antrian database at `path`, opened afresh; -1 when it cannot be read.
inline int ticketsIn(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return -1;
    QSqlQuery q = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace antrian::test

Q_DECLARE_METATYPE(antrian::test::DatabaseFaults::Fault)
