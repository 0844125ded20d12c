// SPDX-License-Identifier: GPL-3.0-or-later
// Logging: where every Antrian program's log lines go. Under systemd (stderr is the journal's
// stream, JOURNAL_STREAM) to stderr with sd-daemon's "<N>" level prefixes, so the journal keeps
// each line's level with no libsystemd; with --log-file FILE to that file, appended, one
// timestamped line per message, flushed at once (a crash loses nothing written before it);
// otherwise to stderr as Qt writes it. A log file that cannot be opened is said on stderr and
// the program runs on: the screen is not the place for it, and the lobby must not go dark.
#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace antrian::logging {

// Installs the message handler for `logFile` (empty: the journal or stderr). Once, early.
void install(const QString &logFile);

// Whether lines go to --log-file. antrianctl then also logs what it printed (an error, doctor's
// findings); under the journal its stdout and stderr are kept already.
bool writesToFile();

// Whether stderr is the journal's stream: JOURNAL_STREAM ("device:inode") names stderr's.
bool stderrIsJournal();

// "<3>" for critical, "<4>" warning, "<6>" info, "<7>" debug ("<2>" for fatal): sd-daemon.h.
QByteArray journalPrefix(QtMsgType type);

// One line of the log file: "2026-11-23T09:00:00.123+07:00 warning antrian.storage: text".
QString fileLine(const QDateTime &at, QtMsgType type, const char *category, const QString &message);

} // namespace antrian::logging
