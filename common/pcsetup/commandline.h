// SPDX-License-Identifier: GPL-3.0-or-later
// A command line written into a file another program reads: a systemd unit's ExecStart=, a
// .desktop file's Exec= and a POSIX shell's words. Each reader has its own quoting and its own
// specifiers (% in both, $ in systemd), and a path with a space in it must reach the program as
// one argument in all three.
#pragma once

#include <QString>
#include <QStringList>

namespace antrian::pcsetup {

// For ExecStart= and the like: words quoted where needed, % and $ doubled so that systemd
// neither expands a specifier nor an environment variable in them.
QString systemdCommandLine(const QStringList &words);

// For a POSIX shell (sh -c TEXT): every word that needs it in single quotes.
QString shellCommandLine(const QStringList &words);

// For Exec= of a .desktop file (Desktop Entry Specification, "The Exec key"): words with a
// reserved character in double quotes, with ", `, $ and \ escaped inside them, % doubled, and
// then the string escapes of the file (\ as \\) applied over the whole.
QString desktopExec(const QStringList &words);

} // namespace antrian::pcsetup
