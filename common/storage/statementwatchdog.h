// SPDX-License-Identifier: GPL-3.0-or-later
// StatementWatchdog: a deadline for a statement sent to a server that may have stopped
// answering without closing the connection (a cable pulled, a switch that drops packets, a
// firewall that forgets the connection). TCP can wait minutes for such a link; libpq has no
// client-side timeout of its own; the server's statement_timeout cannot help when nothing
// reaches the server. So an app's connection arms a deadline around each statement, and when it
// passes the watchdog shuts the connection's socket down: the waiting call returns at once
// with "server closed the connection", which the storage layer treats as a lost connection.
// One thread for the whole process, idle while nothing is armed.
#pragma once

namespace antrian {

class StatementWatchdog
{
public:
    static StatementWatchdog &instance();

    // Shuts `socket` down unless disarm() comes within `ms`. Returns the token for disarm().
    int arm(int socket, int ms);
    void disarm(int token);

private:
    StatementWatchdog();
    struct State;
    State *m_state;
};

} // namespace antrian
