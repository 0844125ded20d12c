// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

namespace antrian {

namespace {

// The tickets table as migration 1 made it, and as migration 6 rebuilds it on SQLite without
// the second UNIQUE: a ticket's code is its origin service's one letter and its number
// (formatTicketCode), so UNIQUE (business_date, code) already refuses a second ticket with
// the same service and number that day, and the index of its own was one page more in every
// issue's commit.
QString ticketsTable(const QString &name, bool sequenceUnique)
{
    return QStringLiteral("CREATE TABLE %1 ("
                           " id INTEGER PRIMARY KEY,"
                           " business_date TEXT NOT NULL,"
                           " service_id INTEGER NOT NULL REFERENCES services(id),"
                           " origin_service_id INTEGER NOT NULL REFERENCES services(id),"
                           " sequence INTEGER NOT NULL CHECK (sequence > 0),"
                           " code TEXT NOT NULL,"
                           " priority INTEGER NOT NULL DEFAULT 0,"
                           " priority_reason TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL CHECK (status IN ('waiting','called','serving','done',"
                           "'no_show','cancelled','expired')),"
                           " issued_at BIGINT NOT NULL,"
                           " queued_at BIGINT NOT NULL,"
                           " called_at BIGINT,"
                           " started_at BIGINT,"
                           " finished_at BIGINT,"
                           " counter_id INTEGER REFERENCES counters(id),"
                           " target_counter_id INTEGER REFERENCES counters(id),"
                           " transferred_from_service_id INTEGER REFERENCES services(id),"
                           " staff_id INTEGER REFERENCES staff(id),"
                           " recall_count INTEGER NOT NULL DEFAULT 0,"
                           " call_count INTEGER NOT NULL DEFAULT 0,"
                           " rating INTEGER,"
                           " UNIQUE (business_date, code)%2)")
            .arg(name, sequenceUnique ? QStringLiteral(", UNIQUE (business_date, origin_service_id, sequence)") : QString());
}

// The events table as migration 1 made it (with AUTOINCREMENT) and as migration 5 copies it
// on SQLite (without: that keyword makes every insert also write the sqlite_sequence row, a
// page more in each commit; plain INTEGER PRIMARY KEY gives the largest id plus one, as growing
// as before because events are never deleted, DESIGN.md).
QString eventsTable(const QString &name, bool autoincrement)
{
    return QStringLiteral("CREATE TABLE %1 ("
                          " id INTEGER PRIMARY KEY%2,"
                          " at BIGINT NOT NULL,"
                          " business_date TEXT NOT NULL,"
                          " kind TEXT NOT NULL,"
                          " ticket_id INTEGER REFERENCES tickets(id),"
                          " service_id INTEGER REFERENCES services(id),"
                          " counter_id INTEGER REFERENCES counters(id),"
                          " staff_id INTEGER REFERENCES staff(id),"
                          " detail TEXT NOT NULL DEFAULT '')")
            .arg(name, autoincrement ? QStringLiteral(" AUTOINCREMENT") : QString());
}

// Migration 5 on SQLite, which cannot drop the keyword in place; PostgreSQL's identity column
// never had it: nothing to do there.
QStringList eventsWithoutAutoincrement(Engine engine)
{
    if (engine != Engine::SQLite)
        return {};
    const QString columns = QStringLiteral("id, at, business_date, kind, ticket_id, service_id, counter_id, staff_id, detail");
    return {eventsTable(QStringLiteral("events_copy"), false),
            QStringLiteral("INSERT INTO events_copy (%1) SELECT %1 FROM events ORDER BY id").arg(columns),
            QStringLiteral("DROP TABLE events"),
            QStringLiteral("ALTER TABLE events_copy RENAME TO events"),
            QStringLiteral("DELETE FROM sqlite_sequence WHERE name = 'events'")};
}

// The ticket indexes the queue reads, as the last migration that touched each made it.
const char *const kTicketsWaitingIndex = "CREATE INDEX tickets_waiting ON tickets (business_date, id) WHERE status = 'waiting'";
const char *const kTicketsFinishedIndex =
        "CREATE INDEX tickets_service_finished ON tickets (service_id, finished_at) WHERE status = 'done'";
// At most one called-or-serving ticket per counter, enforced by the database.
const char *const kOneActivePerCounterIndex =
        "CREATE UNIQUE INDEX tickets_one_active_per_counter ON tickets (counter_id) WHERE status IN ('called','serving')";

// Migration 6. SQLite cannot drop a table constraint, so the table is copied (the way
// https://sqlite.org/lang_altertable.html#otheralter describes; Database::migrate turns the
// foreign keys off around it and checks them before COMMIT) and its indexes and triggers made
// again. PostgreSQL drops the constraint by its generated name.
QStringList ticketsWithoutSequenceIndex(Engine engine)
{
    if (engine != Engine::SQLite)
        return {QStringLiteral("ALTER TABLE tickets DROP CONSTRAINT IF EXISTS"
                               " tickets_business_date_origin_service_id_sequence_key")};
    // The columns migration 1 made, named: the copy takes each by name, not by position.
    const QString columns = QStringLiteral(
            "id, business_date, service_id, origin_service_id, sequence, code, priority, priority_reason, status,"
            " issued_at, queued_at, called_at, started_at, finished_at, counter_id, target_counter_id,"
            " transferred_from_service_id, staff_id, recall_count, call_count, rating");
    QStringList steps = {ticketsTable(QStringLiteral("tickets_copy"), false),
                         QStringLiteral("INSERT INTO tickets_copy (%1) SELECT %1 FROM tickets ORDER BY id").arg(columns),
                         QStringLiteral("DROP TABLE tickets"),
                         QStringLiteral("ALTER TABLE tickets_copy RENAME TO tickets"),
                         QString::fromLatin1(kTicketsWaitingIndex),
                         QString::fromLatin1(kTicketsFinishedIndex),
                         QString::fromLatin1(kOneActivePerCounterIndex)};
    return steps + dialect::waitingLineTriggers(engine);
}

// Migration 8: what the supervisor's floor reads (common/floor/). The standards are config
// columns; first_called_at keeps the first call across transfers, which reset called_at, so
// "called within the target" is the customer's first wait; the breaks' partial index holds only
// the pause and resume events, so the floor finds a break's start without reading the log.
QStringList floorMigration()
{
    return {
            QStringLiteral("ALTER TABLE services ADD COLUMN target_wait_minutes INTEGER NOT NULL DEFAULT 15"),
            QStringLiteral("ALTER TABLE services ADD COLUMN target_percent INTEGER NOT NULL DEFAULT 80"),
            QStringLiteral("ALTER TABLE services ADD COLUMN target_service_minutes INTEGER NOT NULL DEFAULT 20"),
            QStringLiteral("UPDATE services SET target_service_minutes = 2 * average_service_minutes"),
            QStringLiteral("ALTER TABLE branch ADD COLUMN break_limit_minutes INTEGER NOT NULL DEFAULT 15"),
            QStringLiteral("ALTER TABLE tickets ADD COLUMN first_called_at BIGINT"),
            QStringLiteral("UPDATE tickets SET first_called_at = called_at WHERE called_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX events_counter_breaks ON events (counter_id, id)"
                           " WHERE kind IN ('counter_paused','counter_resumed')"),
            // An alert stays until a supervisor handles it; cleared_at says its condition ended.
            QStringLiteral("CREATE TABLE floor_alerts ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('service_past_target','counter_idle','break_too_long')),"
                           " service_id INTEGER REFERENCES services(id),"
                           " counter_id INTEGER REFERENCES counters(id),"
                           " raised_at BIGINT NOT NULL,"
                           " cleared_at BIGINT,"
                           " handled_at BIGINT,"
                           " handled_by INTEGER REFERENCES staff(id))"),
            QStringLiteral("CREATE INDEX floor_alerts_unhandled ON floor_alerts (id) WHERE handled_at IS NULL"),
    };
}

// Times are UTC milliseconds since the epoch (BIGINT), dates are 'YYYY-MM-DD' in the
// branch's time zone. Written to run on SQLite; PostgreSQL gets its own step list later.
QList<Migration> buildMigrations()
{
    return {
        {1,
         "initial schema",
         {
                 QStringLiteral("CREATE TABLE branch ("
                                " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                " name TEXT NOT NULL,"
                                " code TEXT NOT NULL DEFAULT '',"
                                " language TEXT NOT NULL DEFAULT 'id',"
                                " announcement_language TEXT NOT NULL DEFAULT 'id',"
                                " running_text TEXT NOT NULL DEFAULT '',"
                                " end_of_day TEXT NOT NULL DEFAULT 'expire' CHECK (end_of_day IN ('expire','keep')),"
                                " noshow_reinstate_minutes INTEGER NOT NULL DEFAULT 15,"
                                " time_zone TEXT NOT NULL,"
                                " last_ticket_minutes INTEGER NOT NULL DEFAULT 0,"
                                " config_revision INTEGER NOT NULL DEFAULT 1,"
                                " imported_at BIGINT NOT NULL)"),
                 QStringLiteral("CREATE TABLE opening_hours ("
                                " weekday INTEGER PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),"
                                " open_minute INTEGER,"
                                " close_minute INTEGER)"),
                 QStringLiteral("CREATE TABLE calendar_days ("
                                " day TEXT PRIMARY KEY,"
                                " name TEXT NOT NULL DEFAULT '',"
                                " open_minute INTEGER,"
                                " close_minute INTEGER)"),
                 QStringLiteral("CREATE TABLE priority_reasons ("
                                " code TEXT PRIMARY KEY,"
                                " name TEXT NOT NULL,"
                                " name_en TEXT NOT NULL DEFAULT '',"
                                " position INTEGER NOT NULL)"),
                 QStringLiteral("CREATE TABLE services ("
                                " id INTEGER PRIMARY KEY,"
                                " code TEXT NOT NULL UNIQUE,"
                                " name TEXT NOT NULL,"
                                " name_en TEXT NOT NULL DEFAULT '',"
                                " description TEXT NOT NULL DEFAULT '',"
                                " description_en TEXT NOT NULL DEFAULT '',"
                                " daily_limit INTEGER NOT NULL,"
                                " average_service_minutes INTEGER NOT NULL,"
                                " priority INTEGER NOT NULL DEFAULT 0,"
                                " active INTEGER NOT NULL DEFAULT 1,"
                                " position INTEGER NOT NULL)"),
                 QStringLiteral("CREATE TABLE counters ("
                                " id INTEGER PRIMARY KEY,"
                                " number INTEGER NOT NULL UNIQUE,"
                                " name TEXT NOT NULL,"
                                " policy TEXT NOT NULL CHECK (policy IN ('oldest','service_order')),"
                                " active INTEGER NOT NULL DEFAULT 1,"
                                " state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','paused','closed')))"),
                 QStringLiteral("CREATE TABLE counter_services ("
                                " counter_id INTEGER NOT NULL REFERENCES counters(id),"
                                " service_id INTEGER NOT NULL REFERENCES services(id),"
                                " position INTEGER NOT NULL,"
                                " PRIMARY KEY (counter_id, service_id))"),
                 QStringLiteral("CREATE TABLE staff ("
                                " id INTEGER PRIMARY KEY,"
                                " username TEXT NOT NULL UNIQUE,"
                                " full_name TEXT NOT NULL DEFAULT '',"
                                " role TEXT NOT NULL DEFAULT 'staff' CHECK (role IN ('staff','supervisor')),"
                                " pin_hash BLOB,"
                                " pin_salt BLOB,"
                                " pin_iterations INTEGER NOT NULL DEFAULT 0,"
                                " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                                " locked_until BIGINT,"
                                " active INTEGER NOT NULL DEFAULT 1)"),
                 // Per service per business date; bumped inside the issuing transaction, so a
                 // rolled-back issue leaves no gap.
                 QStringLiteral("CREATE TABLE daily_sequences ("
                                " business_date TEXT NOT NULL,"
                                " service_id INTEGER NOT NULL REFERENCES services(id),"
                                " last_sequence INTEGER NOT NULL,"
                                " PRIMARY KEY (business_date, service_id))"),
                 ticketsTable(QStringLiteral("tickets"), true),
                 QStringLiteral("CREATE INDEX tickets_waiting ON tickets (status, business_date, queued_at)"),
                 QStringLiteral("CREATE INDEX tickets_service_finished ON tickets (service_id, status, finished_at)"),
                 // At most one called-or-serving ticket per counter, enforced by the database.
                 QString::fromLatin1(kOneActivePerCounterIndex),
                 eventsTable(QStringLiteral("events"), true),
                 QStringLiteral("CREATE INDEX events_ticket ON events (ticket_id)"),
         }},
        {2,
         "service pause, counter sessions, queue index",
         {
                 // Runtime state, not config: a supervisor pauses a service for the day.
                 QStringLiteral("ALTER TABLE services ADD COLUMN paused INTEGER NOT NULL DEFAULT 0"),
                 // People ahead in one service: without it the count scanned every waiting ticket.
                 QStringLiteral("CREATE INDEX tickets_service_queue ON tickets (service_id, status, priority, queued_at)"),
                 // Who is logged in at which counter: one person per counter, one counter per person.
                 QStringLiteral("CREATE TABLE counter_sessions ("
                                " counter_id INTEGER PRIMARY KEY REFERENCES counters(id),"
                                " staff_id INTEGER NOT NULL UNIQUE REFERENCES staff(id),"
                                " started_at BIGINT NOT NULL,"
                                " seen_at BIGINT NOT NULL)"),
         }},
        {3,
         "queue order by issue, English counter names and running text, voice pack",
         {
                 // The queue's order is the order of issue (the ticket id, assigned in the
                 // issuing transaction), never a clock reading: a PC whose clock was set back
                 // must not jump its tickets to the front.
                 QStringLiteral("DROP INDEX IF EXISTS tickets_service_queue"),
                 QStringLiteral("CREATE INDEX tickets_service_queue ON tickets (service_id, status, priority, id)"),
                 QStringLiteral("DROP INDEX tickets_waiting"),
                 QStringLiteral("CREATE INDEX tickets_waiting ON tickets (status, business_date, id)"),
                 QStringLiteral("ALTER TABLE counters ADD COLUMN name_en TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE branch ADD COLUMN running_text_en TEXT NOT NULL DEFAULT ''"),
                 // A folder of recorded clips the display speaks with; empty: synthesised voice.
                 QStringLiteral("ALTER TABLE branch ADD COLUMN voice_pack TEXT NOT NULL DEFAULT ''"),
                 // Wrong PINs given for usernames that have no account count and lock like an
                 // account's, so the answers do not tell a stranger which usernames exist.
                 QStringLiteral("CREATE TABLE unknown_login_failures ("
                                " username TEXT PRIMARY KEY,"
                                " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                                " locked_until BIGINT)"),
         }},
        {4,
         "the day's waiting line kept on its sequence row",
         {
                 // People ahead of a new ticket, kept where the issue already writes instead of
                 // counted over the day's tickets: the waiting tickets of the service's line (not
                 // those sent straight to one counter), and how many of them are priority.
                 // Triggers on tickets keep both right through every move (dialect.h).
                 QStringLiteral("ALTER TABLE daily_sequences ADD COLUMN line_waiting INTEGER NOT NULL DEFAULT 0"),
                 QStringLiteral("ALTER TABLE daily_sequences ADD COLUMN line_priority INTEGER NOT NULL DEFAULT 0"),
                 // A day and service with waiting tickets has its row, even one only transferred to.
                 QStringLiteral("INSERT INTO daily_sequences (business_date, service_id, last_sequence)"
                                " SELECT DISTINCT business_date, service_id, 0 FROM tickets"
                                " WHERE status = 'waiting' AND target_counter_id IS NULL"
                                " ON CONFLICT (business_date, service_id) DO NOTHING"),
                 QStringLiteral("UPDATE daily_sequences SET"
                                " line_waiting = (SELECT COUNT(*) FROM tickets t WHERE t.business_date = daily_sequences.business_date"
                                " AND t.service_id = daily_sequences.service_id AND t.status = 'waiting'"
                                " AND t.target_counter_id IS NULL),"
                                " line_priority = (SELECT COALESCE(SUM(t.priority), 0) FROM tickets t"
                                " WHERE t.business_date = daily_sequences.business_date"
                                " AND t.service_id = daily_sequences.service_id AND t.status = 'waiting'"
                                " AND t.target_counter_id IS NULL)"),
         },
         dialect::waitingLineTriggers},
        {5,
         "only the indexes a query reads",
         {
                 // Each index is a page more in every commit that touches its rows: an issue wrote
                 // about eleven pages where a one-row commit writes one (bench_core). Kept: what
                 // the queue's reads search (EXPLAIN QUERY PLAN of each), and the constraints.
                 // Nothing reads events by ticket (the feed reads by id); tickets are never deleted,
                 // so the foreign key needs no index either.
                 QStringLiteral("DROP INDEX IF EXISTS events_ticket"),
                 // Served the COUNT(*) of people ahead, which the sequence row's counts replaced.
                 QStringLiteral("DROP INDEX IF EXISTS tickets_service_queue"),
                 // The recent service times read only finished tickets: an issue need not write here.
                 QStringLiteral("DROP INDEX IF EXISTS tickets_service_finished"),
                 QString::fromLatin1(kTicketsFinishedIndex),
                 // Every read of the queue asks for waiting tickets: the index holds those only, so a
                 // call or finish takes its ticket out instead of moving it, and it stays small.
                 QStringLiteral("DROP INDEX IF EXISTS tickets_waiting"),
                 QString::fromLatin1(kTicketsWaitingIndex),
         },
         eventsWithoutAutoincrement},
        {6, "no index the code's own already enforces", {}, ticketsWithoutSequenceIndex},
        {7,
         "service outcomes, customer ratings, the SKM survey",
         {
                 // The outcomes a counter offers at finish, as configured, and the config's
                 // other words for them: a required outcome per service, the pad's mode.
                 QStringLiteral("CREATE TABLE outcomes ("
                                " code TEXT PRIMARY KEY,"
                                " name TEXT NOT NULL,"
                                " name_en TEXT NOT NULL DEFAULT '',"
                                " resolved INTEGER NOT NULL DEFAULT 0,"
                                " follow_up INTEGER NOT NULL DEFAULT 0,"
                                " position INTEGER NOT NULL)"),
                 QStringLiteral("ALTER TABLE services ADD COLUMN outcome_required INTEGER NOT NULL DEFAULT 0"),
                 QStringLiteral("ALTER TABLE branch ADD COLUMN rating TEXT NOT NULL DEFAULT 'faces'"
                                " CHECK (rating IN ('faces','skm','off'))"),
                 // On the ticket, as chosen at finish: the code as text (like priority_reason, so
                 // an outcome later dropped from the config keeps its history), the note, and
                 // whether it asked for a follow-up then; who closed that, when.
                 QStringLiteral("ALTER TABLE tickets ADD COLUMN outcome TEXT"),
                 QStringLiteral("ALTER TABLE tickets ADD COLUMN outcome_note TEXT NOT NULL DEFAULT ''"),
                 QStringLiteral("ALTER TABLE tickets ADD COLUMN follow_up INTEGER NOT NULL DEFAULT 0"),
                 QStringLiteral("ALTER TABLE tickets ADD COLUMN follow_up_closed_at BIGINT"),
                 QStringLiteral("ALTER TABLE tickets ADD COLUMN follow_up_closed_by INTEGER REFERENCES staff(id)"),
                 // The supervisor's follow-up list: holds the open ones only, so finishing
                 // without a follow-up writes nothing here.
                 QStringLiteral("CREATE INDEX tickets_follow_up_open ON tickets (id)"
                                " WHERE follow_up = 1 AND follow_up_closed_at IS NULL"),
                 // One SKM questionnaire per ticket (tickets.rating holds a faces score), with
                 // whom and where it rates as they were at finish.
                 QStringLiteral("CREATE TABLE skm_responses ("
                                " ticket_id INTEGER PRIMARY KEY REFERENCES tickets(id),"
                                " business_date TEXT NOT NULL,"
                                " service_id INTEGER NOT NULL REFERENCES services(id),"
                                " counter_id INTEGER REFERENCES counters(id),"
                                " staff_id INTEGER REFERENCES staff(id),"
                                " answered_at BIGINT NOT NULL,"
                                " u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4), u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),"
                                " u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4), u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),"
                                " u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4), u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),"
                                " u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4), u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),"
                                " u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4))"),
                 QStringLiteral("CREATE INDEX skm_responses_date ON skm_responses (business_date)"),
         }},
        {8, "service standards, the break limit, first calls and the floor's alerts", floorMigration()},
        {9,
         "the counter sessions a report reads",
         {
                 // The staff rows' idle time pairs logins with logouts over the report's period,
                 // and ends a counter's hold of a ticket at its transfer: without it that read
                 // scans the whole log (some 7 million events a busy year). Holds only those
                 // kinds, so an issue, call or finish writes nothing here.
                 QStringLiteral("CREATE INDEX events_sessions ON events (at)"
                                " WHERE kind IN ('counter_login','counter_logout','transferred')"),
         }},
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

} // namespace antrian
