// SPDX-License-Identifier: GPL-3.0-or-later
// Dialect: every difference between the two engines the stores run on, in one place.
// SQLite is the one-PC default (a file); PostgreSQL is the engine for a branch whose apps run
// on several PCs (a postgresql:// URL). The stores write one SQL for both wherever the two
// agree (RETURNING, ON CONFLICT ... DO UPDATE, partial indexes all do); what differs is here,
// each with the reason.
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace antrian {

enum class Engine {
    SQLite,
    PostgreSQL,
};

// Whether `location` names a PostgreSQL database (postgresql:// or postgres://) or a file.
Engine engineOf(const QString &location);

// Where a PostgreSQL database is, as read from a postgresql:// URL. Passwords never come from
// here: libpq finds them in ~/.pgpass, PGPASSFILE or a PGSERVICE entry by itself.
struct PostgresLocation
{
    QString host; // empty: libpq's default (the local socket, or PGHOST)
    int port = -1; // -1: libpq's default (5432, or PGPORT)
    QString user;
    QString database;
    QStringList options; // libpq keywords from the query string: sslmode=require, service=...

    // The URL again, as shown to people: never with a password (there is none to show).
    QString display() const;
};
// Reads `url`; a password in it is refused: it would sit in the command line, where every
// user of the PC sees it in the process list.
Result<PostgresLocation> parsePostgresUrl(const QString &url);

namespace dialect {

// A migration step as written for SQLite, in the form `engine` takes. The schema is written
// once; PostgreSQL differs in the id columns (SQLite's INTEGER PRIMARY KEY is an alias of the
// rowid, assigned on insert; PostgreSQL needs an identity column for that) and in binary
// columns (BLOB is BYTEA there).
QString schemaStatement(Engine engine, const QString &sqliteStatement);

// The triggers that keep daily_sequences.line_waiting and line_priority equal to the waiting
// tickets of each business date and service's line (status 'waiting', not sent to one
// counter), whatever writes the ticket: an issue, a call, a cancel, a transfer, a reinstate,
// the end of day. A ticket leaving the line takes itself off its old row; one joining it adds
// itself to its new row, made if that day and service has none yet (a transfer into a service
// that issued nothing that day). SQLite: two triggers. PostgreSQL: a trigger function,
// SECURITY DEFINER so a kiosk's or counter's role moves the count without a grant to write it.
QStringList waitingLineTriggers(Engine engine);

// The names of the tables in the database, to tell one of ours from another program's.
QString listTables(Engine engine);

// The statements that open a write transaction. SQLite: BEGIN IMMEDIATE takes the file's write
// lock at once, so writers queue on the busy timeout instead of failing to upgrade a read lock.
// PostgreSQL: BEGIN, then one transaction-scoped advisory lock that every writer of the
// database takes, so write transactions run one at a time there too. Why not row locks alone:
// the events table is the change feed, read by id ("everything after the last id I saw"); with
// writers running side by side an event with a higher id can commit before one with a lower
// id, and a reader that saw the higher one would never see the lower. One writer at a time
// makes ids visible in order, makes per-day numbers gapless without further thought, and costs
// little: a branch's writes are a few milliseconds each, and readers are never blocked
// (MVCC). The second statement also returns the server's clock (ms since the epoch), taken
// once the lock is held: the time every row of the transaction is stamped with.
QStringList beginWrite(Engine engine);

// Milliseconds since the epoch on the database's own clock: the server's on PostgreSQL.
QString serverTimeMs(Engine engine);

// The text stamped into schema_version.applied_at: the server's time on PostgreSQL.
QString nowText(Engine engine);

// The clause that locks the waiting ticket a counter is about to call and skips one another
// counter has locked for the same purpose. Redundant while write transactions run one at a
// time (above), and kept so the call stays right if they ever do not: two counters pressing
// "next" at the same instant can never take the same ticket. SQLite locks the whole file.
QString lockNextTicket(Engine engine);

// Whether this connection's role may UPDATE tickets (a kiosk's or a display's may not; see
// roles.h). SQLite has no roles: always true there.
QString mayUpdateTickets(Engine engine);

// The channel a PostgreSQL writer notifies at each commit, and the statement that does it
// (empty on SQLite, where readers look at PRAGMA data_version instead). A notification is
// delivered only when the transaction commits, and one per transaction however many events
// it wrote: it says "look", the reader then reads every event after the last id it saw.
inline constexpr char kChangeChannel[] = "antrian_events";
QString notifyChanges(Engine engine);

// Whether a failed statement's error says the connection itself is gone (server restarted,
// backend terminated, network down), as opposed to the statement being wrong or refused.
bool isConnectionLost(Engine engine, const QString &nativeCode, const QString &message);
// Whether the server refused the statement for want of a privilege (a role's limits).
bool isPermissionDenied(Engine engine, const QString &nativeCode);

} // namespace dialect

} // namespace antrian
