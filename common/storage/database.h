// SPDX-License-Identifier: GPL-3.0-or-later
// Database: one open connection to the branch database (SQLite file by default), with the
// pragmas, the schema migrations and the write transactions every store relies on.
// One Database per thread; each has its own Qt SQL connection.
//
// A database file removed or replaced under a running app is a lost database, not a place to
// keep writing: the file at the path is compared (st_dev, st_ino) with the one opened, before
// every write and at every look of the change feed. A lost or unopenable database closes its
// connection; every statement then fails with the reason, and the path is opened again (and
// checked as at first) when it is a valid Antrian database again.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "storage/dialect.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>
#include <unordered_map>

namespace antrian {

class UseLock;

class Database
{
public:
    enum class OpenMode {
        MustExist,       // apps and most commands: a missing database is an error
        CreateIfMissing, // antrianctl init
    };

    // `location` is a file path (SQLite) or a postgresql:// URL; empty means defaultLocation().
    static Result<std::unique_ptr<Database>> open(const QString &location, OpenMode mode = OpenMode::MustExist);
    // Like open(), but never gives up: when the database cannot be opened now, the Database
    // starts disconnected (fault() says why) and connects later by itself. For the apps, which
    // show an out-of-service page instead of exiting.
    static std::unique_ptr<Database> attach(const QString &location);
    // The one file every app on this machine opens by default.
    static QString defaultLocation();
    // Whether `location` opens as a valid Antrian database now and, for `writable`, takes a
    // write (a one-page commit that changes nothing). For a screen that waits out a fault.
    static Outcome probe(const QString &location, bool writable);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString &location() const { return m_location; }
    Engine engine() const { return m_engine; }
    // The clock every time stored in this database comes from: the server's on PostgreSQL,
    // this PC's on SQLite (one PC, one clock).
    static std::shared_ptr<Clock> clockFor(const QString &location);
    int schemaVersion() const { return m_schemaVersion; }
    // Whether this connection's role may change tickets, as learnt at connect (dialect::
    // mayUpdateTickets): false for a kiosk's or display's role on PostgreSQL.
    bool mayUpdateTickets() const { return m_mayUpdateTickets; }

    // Prepares `sql`, binds `values` in order and runs it. On failure `error` (if given)
    // receives the driver's message and the query is returned inactive. Inside a
    // WriteTransaction a statement is prepared once per connection and kept, keyed by its
    // text, and later runs only bind and execute it (SQLite compiles it once; PostgreSQL
    // parses and plans it once instead of PREPARE, EXECUTE and DEALLOCATE each time). The
    // query returned then shares its result with the kept one: read it before running the same
    // text again.
    QSqlQuery exec(const QString &sql, std::initializer_list<QVariant> values = {}, QString *error = nullptr) const;
    QSqlQuery exec(const QString &sql, const QVariantList &values, QString *error = nullptr) const;
    // Same, as a Result carrying a storage error that names the statement's purpose.
    Result<QSqlQuery> run(const QString &sql, std::initializer_list<QVariant> values = {}) const;
    Result<QSqlQuery> run(const QString &sql, const QVariantList &values) const;

    // How many statements this connection has sent to the engine (every one goes through
    // exec: the stores' statements, BEGIN, COMMIT, pragmas). What an operation costs in
    // statements is the difference across it; bench_core prints it per issue, call and finish.
    quint64 statementCount() const { return m_statements; }

    // Data version of the file as seen by this connection: changes when another
    // connection commits (PRAGMA data_version). Used by the change feed. -1 where the engine
    // has none (PostgreSQL): the feed then reads on every look.
    qint64 dataVersion() const;

    QString integrityCheck() const;

    // Whether the file at the path is still the file open. A lost file (removed, or replaced by
    // another) disconnects the database. While disconnected, tries to connect again (at most
    // every kReconnectMs) and says why it cannot. Cheap: one stat() when connected.
    Outcome verify() const;
    // Why the database is disconnected now; empty while connected.
    QString fault() const { return m_fault ? m_fault->message : QString(); }
    // Counts successful connections: a change means the file open now is another one.
    int generation() const { return m_generation; }

    static constexpr int kReconnectMs = 500;

    // How hard a commit holds on to what it wrote. Full is the default and what every branch PC
    // uses: a ticket is a promise to a person, so each commit survives a power cut. Regenerable is
    // for a connection whose writes can simply be made again (a simulation fills a database in
    // minutes instead of hours): SQLite synchronous=NORMAL (in WAL a power cut may lose the last
    // commits, never corrupt the file), PostgreSQL synchronous_commit=off (the same, per session).
    // Kept across reconnects; never set it on a connection that records real customers.
    enum class Durability {
        Full,
        Regenerable,
    };
    Outcome setDurability(Durability durability);
    Durability durability() const { return m_durability; }

    // On PostgreSQL, ends any statement still waiting for the server after `ms` as a lost
    // connection (StatementWatchdog); 0 (the default, for antrianctl and reports) waits on.
    void setStatementDeadline(int ms) { m_deadlineMs = ms; }
    // What the apps' connections use: a screen says "connection lost" within seconds.
    static constexpr int kAppStatementDeadlineMs = 3000;
    // A PostgreSQL statement outside a transaction that finds its connection already gone within
    // this long (the server restarted, or ended the backend, while the app sat idle) reconnects
    // and runs once more: nothing of it reached the server, so nothing can happen twice.
    static constexpr int kStaleConnectionMs = 1000;

private:
    friend class WriteTransaction;
    class Deadline;
    Database(QString location, QString connectionName);
    // One statement, once: what exec() runs (and, on a stale connection, runs again).
    QSqlQuery execOnce(const QString &sql, const QVariantList &values, QString *error) const;
    Outcome connect(OpenMode mode) const;
    Outcome connectNow(OpenMode mode) const;
    Outcome openSqlite(OpenMode mode, QStringList *tables) const;
    Outcome openPostgres(OpenMode mode, QStringList *tables) const;
    Outcome disconnect(const Error &why) const;
    bool reconnectIfDue() const;
    Outcome configure() const;
    Outcome applyDurability() const;
    // What exec() returns once a statement ran: on failure the error, and a lost server noted.
    QSqlQuery finished(QSqlQuery &q, bool ok, const QString &sql, QString *error) const;
    QSqlQuery execPrepared(const QString &sql, const QVariantList &values, QString *error) const;
    // The kept statements are used only while a write transaction holds the lock: there every
    // result is read before COMMIT, and endReuse() resets each one, so no statement keeps a
    // read open past the transaction (on SQLite an unreset SELECT would pin its snapshot).
    void beginReuse() const { m_reusing = true; }
    void endReuse() const;
    void dropPrepared() const;
    friend class WriteTransaction;
    Outcome migrate() const;

    QString m_location;
    QString m_connectionName;
    Engine m_engine = Engine::SQLite;
    // Connection state: changed by reconnecting, which a const statement may do.
    mutable int m_schemaVersion = 0;
    mutable std::optional<Error> m_fault;
    mutable QString m_loggedFault;
    mutable QElapsedTimer m_lastAttempt; // monotonic: when a reconnect was last tried
    mutable quint64 m_device = 0;
    mutable quint64 m_inode = 0;
    mutable int m_generation = 0;
    mutable bool m_connecting = false;
    mutable bool m_inTransaction = false; // between a write's BEGIN and its COMMIT or ROLLBACK
    int m_deadlineMs = 0;
    Durability m_durability = Durability::Full;
    mutable bool m_mayUpdateTickets = true;
    mutable quint64 m_statements = 0;
    mutable std::unordered_map<QString, QSqlQuery> m_prepared; // by SQL text, for this connection only
    mutable bool m_reusing = false;
    // The shared flock that says "in use" to a restore (backup/uselock.h), while connected.
    std::unique_ptr<UseLock> m_useLock;
};

// One short write transaction, the only way the stores write: it takes the database's write
// lock at once (dialect::beginWrite says how, on each engine), so concurrent writers queue
// instead of failing or interleaving. Rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; if not, error() says why and nothing may be written.
    bool isOpen() const { return m_open; }
    const Error &error() const { return m_error; }
    Outcome commit();

private:
    const Database &m_db;
    bool m_open = false;
    Error m_error;
};

} // namespace antrian
