// SPDX-License-Identifier: GPL-3.0-or-later
#include "uselock.h"

#include "backuptr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace antrian {

namespace {

using backup::Tr;

// How long an opening Database waits out a restore (a rename under the lock) before it says so.
constexpr int kSharedWaitMs = 3000;
constexpr int kSharedRetryMs = 20;

struct FileId
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileId &) const = default;
};
size_t qHash(const FileId &id, size_t seed = 0)
{
    return ::qHash(id.device, seed) ^ ::qHash(id.inode, seed);
}

bool idOfPath(const QString &path, FileId *id)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *id = {quint64(st.st_dev), quint64(st.st_ino)};
    return true;
}

FileId idOfFd(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return {};
    return {quint64(st.st_dev), quint64(st.st_ino)};
}

// The process's descriptors, one kept set per file, and how many Databases hold each.
struct Held
{
    QList<int> fds;
    int users = 0;
};
QMutex registryMutex;
QHash<FileId, Held> &registry()
{
    static QHash<FileId, Held> held;
    return held;
}

QString programName(qint64 pid)
{
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    QString name;
    if (cmdline.open(QIODevice::ReadOnly))
        name = QFileInfo(QString::fromLocal8Bit(cmdline.readAll().split('\0').value(0))).fileName();
    if (name.isEmpty()) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly))
            name = QString::fromLocal8Bit(comm.readAll()).trimmed();
    }
    return Tr::tr("%1 (pid %2)").arg(name.isEmpty() ? Tr::tr("a program") : name).arg(pid);
}

// Pids holding a flock or POSIX lock on `id`, from /proc/locks ("1: FLOCK ADVISORY READ 1234
// fe:00:10953148 0 EOF"; lines with "->" are waiters, not holders).
QList<qint64> lockHolders(const FileId &id)
{
    QList<qint64> pids;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return pids;
    const QString wanted = QStringLiteral("%1:%2:%3")
                                   .arg(major(dev_t(id.device)), 2, 16, QLatin1Char('0'))
                                   .arg(minor(dev_t(id.device)), 2, 16, QLatin1Char('0'))
                                   .arg(id.inode);
    for (const QByteArray &line : locks.readAll().split('\n')) {
        if (line.contains("->"))
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 6 && QString::fromLatin1(f[5]) == wanted) {
            const qint64 pid = f[4].toLongLong();
            if (pid > 0 && !pids.contains(pid))
                pids.append(pid);
        }
    }
    return pids;
}

// Pids with a descriptor open on one of `ids`, from /proc/*/fd.
QList<qint64> openers(const QList<FileId> &ids)
{
    QList<qint64> pids;
    const QStringList procs = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &proc : procs) {
        bool number = false;
        const qint64 pid = proc.toLongLong(&number);
        if (!number)
            continue;
        const QDir fdDir(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &fd : fdDir.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            FileId id;
            if (idOfPath(fdDir.filePath(fd), &id) && ids.contains(id)) {
                pids.append(pid);
                break;
            }
        }
    }
    return pids;
}

} // namespace

QStringList holdersOf(const QString &path)
{
    QList<FileId> ids;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        FileId id;
        if (idOfPath(path + suffix, &id))
            ids.append(id);
    }
    QList<qint64> pids = ids.isEmpty() ? QList<qint64>() : lockHolders(ids.first());
    for (qint64 pid : openers(ids)) {
        if (!pids.contains(pid))
            pids.append(pid);
    }
    QStringList names;
    for (qint64 pid : pids) {
        if (pid != ::getpid())
            names.append(programName(pid));
    }
    return names;
}

Outcome UseLock::acquireShared(const QString &path, bool create)
{
    release();
    const QByteArray name = QFile::encodeName(path);
    for (int waited = 0;; waited += kSharedRetryMs) {
        QMutexLocker locker(&registryMutex);
        FileId id;
        if (idOfPath(path, &id) && registry().contains(id)) {
            ++registry()[id].users; // this process holds it already, on a descriptor it keeps
            m_held = true;
            m_device = id.device;
            m_inode = id.inode;
            return Done{};
        }
        const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | (create ? O_CREAT : 0), 0644);
        if (fd < 0)
            return Error::storage(Tr::tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(::strerror(errno))));
        if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
            // The file locked must still be the one at the path (a restore renames a new one in).
            FileId now;
            const FileId locked = idOfFd(fd);
            if (idOfPath(path, &now) && now == locked) {
                Held &held = registry()[locked];
                held.fds.append(fd);
                ++held.users;
                m_held = true;
                m_device = locked.device;
                m_inode = locked.inode;
                return Done{};
            }
        }
        // No Database of this process has this file (it would be in the registry), so closing
        // this descriptor drops no SQLite lock of ours.
        ::close(fd);
        if (waited >= kSharedWaitMs) {
            const QStringList holders = holdersOf(path);
            return Error::storage(Tr::tr("%1 is being restored by %2; try again in a moment")
                                          .arg(path, holders.isEmpty() ? Tr::tr("another program") : holders.join(QStringLiteral(", "))));
        }
        locker.unlock();
        QThread::msleep(kSharedRetryMs);
    }
}

void UseLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QMutexLocker locker(&registryMutex);
    const FileId id{m_device, m_inode};
    auto it = registry().find(id);
    if (it == registry().end() || --it->users > 0)
        return;
    for (int fd : it->fds)
        ::close(fd);
    registry().erase(it);
}

ExclusiveUse::~ExclusiveUse()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Outcome ExclusiveUse::take(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::storage(Tr::tr("cannot open %1: %2").arg(path, QString::fromLocal8Bit(::strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        const QStringList holders = holdersOf(path);
        return Error::refused(Tr::tr("%1 is in use by %2; close it first").arg(path, holders.isEmpty() ? Tr::tr("another program") : holders.join(QStringLiteral(", "))));
    }
    m_fd = fd;
    // A program that opened the file without Antrian's lock (the sqlite3 shell, say).
    if (const QStringList holders = holdersOf(path); !holders.isEmpty())
        return Error::refused(Tr::tr("%1 is in use by %2; close it first").arg(path, holders.join(QStringLiteral(", "))));
    return Done{};
}

} // namespace antrian
