// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of antrianctl doctor: each finding about this PC turned into a HealthCheck, OK, a
// warning or a failure, said as what is wrong, what it means for the branch, and what to do.
// Pure functions over facts gathered elsewhere (databaseprobe, printerprobe, the command), so
// every threshold is tested without a full disk or a broken printer.
#pragma once

#include "health/databaseprobe.h"
#include "health/healthcheck.h"
#include "health/printerprobe.h"
#include "printing/printerspec.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace antrian::health {

// What this PC is for (antrianctl doctor --pc): what it needs depends on it. Unknown checks
// everything and warns where a known role would fail.
enum class PcRole { Unknown, Kiosk, Display, Counter };
std::optional<PcRole> pcRoleFromKey(const QString &key); // "kiosk", "display", "counter"

HealthCheck databaseCheck(const DatabaseFacts &facts, PcRole role);

// Free space where the database lives. Fails below 100 MB, or below the database's own size:
// the daily backup writes a whole copy beside it, and SQLite's WAL and checkpoints need room
// too; a full disk turns every ticket into an out-of-service page. Warns below 1 GB or 10 %:
// weeks of a busy branch's growth (a few MB a day with its backups), time to act calmly.
inline constexpr qint64 kDiskFailBytes = 100LL * 1024 * 1024;
inline constexpr qint64 kDiskWarnBytes = 1024LL * 1024 * 1024;
inline constexpr int kDiskWarnPercent = 10;
struct DiskSpace
{
    QString path; // a folder: the database's, or its backups/
    qint64 freeBytes = 0; // available to this user
    qint64 totalBytes = 0;
};
HealthCheck diskCheck(const QList<DiskSpace> &places, qint64 databaseBytes);

HealthCheck schemaCheck(int databaseVersion, int programVersion);

// The branch's zone is what business dates and opening hours are computed in (from the
// database, never the PC's), so a PC in another zone breaks no ticket; it shows its own
// desktop clock, stamps its logs and fires its daily backup in its zone: a warning. A branch
// zone this PC's tzdata does not know makes every date wrong: a failure.
HealthCheck timeZoneCheck(const QString &branchZone, const QTimeZone &pcZone, const QDateTime &now);

// Clock skew. Warns past 30 s: a person comparing the TV's clock with a phone notices, and
// chrony or systemd-timesyncd would have corrected that much already (they are off). Fails past
// 5 minutes: on SQLite every stored time comes from this PC, so waits, reports and the
// business day itself are off by that much; on PostgreSQL, where the server stamps every time,
// it is still the limit of Kerberos and of certificate checks that a branch's IT may rely on,
// and this PC's logs no longer line up with the server's when an incident is traced.
inline constexpr qint64 kClockWarnMs = 30 * 1000;
inline constexpr qint64 kClockFailMs = 5 * 60 * 1000;
// PostgreSQL: this PC's clock against the server's (either way).
HealthCheck serverClockCheck(const QDateTime &pcNow, const QDateTime &serverNow);
// SQLite: this PC's clock against the newest time written into the database; behind it means
// the clock was set back (ahead cannot be told from a quiet night).
HealthCheck lastWriteClockCheck(const QDateTime &pcNow, const std::optional<QDateTime> &newestWrite);

// `spec` is what the kiosk prints on (its --printer); none given: no printer configured.
HealthCheck printerCheck(const std::optional<PrinterSpec> &spec, const PrinterAnswer &answer, PcRole role);

// `alsaPlaybackList` is /proc/asound/pcm (none: the file is not there, no sound driver at all).
// ALSA's list, not Qt Multimedia's: the core links no sound, and PipeWire or PulseAudio play
// through these same devices.
HealthCheck soundCheck(const std::optional<QString> &alsaPlaybackList, PcRole role);

// What became of `antrian-display --say ... --wav FILE` run as a child with a deadline.
struct SpeechRun
{
    QString program; // empty: antrian-display not found on this PC
    bool started = false;
    bool timedOut = false;
    int exitCode = 0;
    QString errorOutput; // its stderr: what it could not say
    qint64 wavBytes = 0;
};
// Long enough for espeak-ng's short sentence on a slow PC (about 0.3 s here, see the report),
// short enough that a hung engine costs doctor only that long.
inline constexpr int kSpeechTimeoutMs = 15000;
HealthCheck speechCheck(const SpeechRun &run, PcRole role);

} // namespace antrian::health
