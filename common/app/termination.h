// SPDX-License-Identifier: GPL-3.0-or-later
// Termination: SIGTERM and SIGINT end the app within two seconds, whatever it is doing. The
// signal asks the event loop to quit (so the database is closed in order); should that not
// be done in ~1.5 s because some thread is stuck (a hung sound driver, a dead network disk),
// a guard thread ends the process at once. A lobby PC is shut down by its service manager
// with SIGTERM: an app that ignores it holds up the whole shutdown.
#pragma once

namespace antrian {

// Call once, after the QCoreApplication exists and before its exec().
void quitOnTerminationSignals();

// How long an orderly quit may take before the guard ends the process.
inline constexpr int kOrderlyQuitMs = 1500;

} // namespace antrian
