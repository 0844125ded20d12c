// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseProbe: what antrianctl doctor finds out about the branch database, on a connection
// of its own that changes nothing. Not through Database::open(), which would migrate an older
// database and refuse a newer one before its version could be told: doctor reports both.
// The write test is a real write rolled back (SQLite: BEGIN IMMEDIATE takes the write lock,
// so a file that cannot be written, or a lock held for good, shows here; PostgreSQL: a
// transaction that must not be read only, with the writers' lock, and the login's right to
// write events).
#pragma once

#include "storage/dialect.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace antrian {

class Clock;

struct DatabaseFacts
{
    QString location; // as given, made absolute for a file
    Engine engine = Engine::SQLite;
    bool reachable = false; // opened, and it is an Antrian database
    QString error;          // why not reachable
    bool writable = false;
    QString writeError;     // why not writable
    int schemaVersion = 0;
    QString branchZone;     // the branch's time zone as stored; empty before init
    std::optional<QDateTime> newestWrite; // SQLite: the newest time any event was written at
    std::optional<QDateTime> serverNow;   // PostgreSQL: SELECT now(), half a round trip late
    std::optional<QDateTime> pcNowAtServerRead; // this PC's clock at the middle of that read
    qint64 roundTripMs = 0;
    qint64 databaseBytes = 0; // SQLite: the file and its WAL
};

// How long a write waits for a writer of the branch holding the lock before it says so.
inline constexpr int kProbeBusyTimeoutMs = 3000;

// Looks at `location` (a file or a postgresql:// URL); `clock` is this PC's (or --now).
DatabaseFacts probeDatabase(const QString &location, const Clock &clock);

} // namespace antrian
