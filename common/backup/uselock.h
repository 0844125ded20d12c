// SPDX-License-Identifier: GPL-3.0-or-later
// UseLock: how a program knows that an SQLite database file is in use. Every open Database
// holds a shared flock() on its file for as long as it is connected; restore asks for an
// exclusive one without waiting, and names the holders when it cannot have it.
//
// flock() locks are apart from SQLite's own POSIX (fcntl) locks on Linux: neither blocks nor
// drops the other (checked on this machine: a shared flock and an fcntl write lock held in one
// process, a second process refused each). But closing ANY descriptor of a file drops every
// POSIX lock this process holds on it, SQLite's included (sqlite.org/howtocorrupt.html, 2.2);
// so one descriptor per file is kept for the whole process, shared by every Database on it,
// and closed only when the last of them has closed its connection. On NFS or SMB, where flock
// is emulated with fcntl, this would not hold: SQLite on a network share is not supported.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace antrian {

class UseLock
{
public:
    UseLock() = default;
    ~UseLock() { release(); }
    UseLock(const UseLock &) = delete;
    UseLock &operator=(const UseLock &) = delete;

    // A shared hold on the file at `path` (created when `create`), taken before SQLite opens
    // it; refused with the holder's name while a restore holds it exclusively.
    Outcome acquireShared(const QString &path, bool create);
    void release();
    bool isHeld() const { return m_held; }

private:
    bool m_held = false;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

// An exclusive hold on a database file: nobody else has it open while this lives. For restore.
class ExclusiveUse
{
public:
    ExclusiveUse() = default;
    ~ExclusiveUse();
    ExclusiveUse(const ExclusiveUse &) = delete;
    ExclusiveUse &operator=(const ExclusiveUse &) = delete;

    // Takes it without waiting. Refused naming what holds the file: an Antrian program through
    // its lock, or any other program that has the file (or its -wal) open.
    Outcome take(const QString &path);

private:
    int m_fd = -1;
};

// The programs other than this one that hold a lock on, or have open, the file at `path`, as
// "antrian-kiosk (pid 1234)", from /proc/locks and /proc/*/fd.
QStringList holdersOf(const QString &path);

} // namespace antrian
