// SPDX-License-Identifier: GPL-3.0-or-later
// Database's connection: opening the file or the server (checked before SQLite touches it),
// configuring and migrating it, noticing it went and reconnecting; databasestatements.cpp runs
// the statements on it.
#include "database.h"

#include "schema.h"
#include "backup/uselock.h"
#include "storagetr.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QScopeGuard>
#include <QSqlError>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStorage, "antrian.storage", QtInfoMsg)

namespace antrian {

namespace {

using storage::Tr;

constexpr int kBusyTimeoutMs = 5000;

// Looks at a file before SQLite touches it, so a wrong --db is refused and left as it was.
// Every problem with the file is a storage fault (exit 4): it is not the caller's syntax.
Outcome checkFile(const QString &path, Database::OpenMode mode, bool *isNew)
{
    const QFileInfo info(path);
    *isNew = !info.exists() || (info.isFile() && info.size() == 0);
    if (info.exists() && info.isDir())
        return Error::storage(Tr::tr("%1 is a folder, not a database file").arg(path));
    if (*isNew) {
        if (mode == Database::OpenMode::MustExist) {
            if (!info.dir().exists())
                return Error::storage(Tr::tr("database not found at %1: the folder %2 does not exist; "
                                             "create it with: antrianctl init --db %1")
                                              .arg(path, info.absolutePath()));
            return Error::storage(Tr::tr("no Antrian database at %1; create it with: antrianctl init --db %1").arg(path));
        }
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
        return Done{};
    }
    // No QFile here: closing any descriptor of a file drops every POSIX lock this process
    // holds on it, including the locks of SQLite connections already open on it, and
    // SQLite then corrupts its view of the WAL (sqlite.org/howtocorrupt.html, 2.2).
    // SQLite itself refuses a file that is not a database, before writing anything.
    // access(), not QFileInfo: it asks the kernel, which knows what binds this process.
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return Error::storage(Tr::tr("cannot read %1: permission denied").arg(path));
    return Done{};
}

// How long an app waits for a server that does not answer before it says so on screen.
constexpr int kConnectTimeoutS = 5;
constexpr int kUnackedSendTimeoutMs = 2500;

// The location as the Database keeps it: a file path made absolute, or the URL as given.
QString normalised(const QString &location)
{
    const QString given = location.isEmpty() ? Database::defaultLocation() : location;
    return engineOf(given) == Engine::PostgreSQL ? given : QFileInfo(given).absoluteFilePath();
}

bool fileIdentity(const QString &path, quint64 *device, quint64 *inode)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = quint64(st.st_dev);
    *inode = quint64(st.st_ino);
    return true;
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("antrian-%1").arg(++counter);
}

} // namespace

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/antrian/antrian.db");
}

Database::Database(QString location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)), m_engine(engineOf(m_location)),
      m_useLock(std::make_unique<UseLock>())
{
}

std::shared_ptr<Clock> Database::clockFor(const QString &location)
{
    if (engineOf(location) == Engine::PostgreSQL)
        return std::shared_ptr<Clock>(&ServerClock::instance(), [](Clock *) {}); // lives as long as the process
    return std::make_shared<SystemClock>();
}

Database::~Database()
{
    dropPrepared();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_useLock->release(); // after SQLite closed the file: see uselock.h
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode)
{
    std::unique_ptr<Database> db(new Database(normalised(location), newConnectionName()));
    if (Outcome connected = db->connect(mode); !connected)
        return connected.error();
    return db;
}

std::unique_ptr<Database> Database::attach(const QString &location)
{
    std::unique_ptr<Database> db(new Database(normalised(location), newConnectionName()));
    db->setStatementDeadline(kAppStatementDeadlineMs);
    (void)db->connect(OpenMode::MustExist); // a fault is kept and retried
    return db;
}

Outcome Database::probe(const QString &location, bool writable)
{
    auto db = open(location, OpenMode::MustExist);
    if (!db)
        return db.error();
    if (!writable) {
        auto read = (*db)->run(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        return read ? Outcome(Done{}) : Outcome(read.error());
    }
    WriteTransaction tx(**db);
    if (!tx.isOpen())
        return tx.error();
    if ((*db)->engine() == Engine::PostgreSQL) {
        // A server that takes the write lock and commits takes writes (a standby refuses BEGIN
        // ... writes with "read-only transaction", seen at the first real write).
        return tx.commit();
    }
    // Setting user_version to itself dirties the header page: a real commit, no change.
    QSqlQuery v = (*db)->exec(QStringLiteral("PRAGMA user_version"));
    const int userVersion = v.next() ? v.value(0).toInt() : 0;
    v.finish();
    if (auto r = (*db)->run(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)); !r)
        return r.error();
    return tx.commit();
}

Outcome Database::connect(OpenMode mode) const
{
    m_connecting = true;
    const Outcome connected = connectNow(mode);
    m_connecting = false;
    return connected;
}

Outcome Database::connectNow(OpenMode mode) const
{
    dropPrepared(); // prepared on the connection about to be closed
    m_fault.reset();
    m_lastAttempt.start();
    // Before changing anything: is this one of ours, and not from a newer version?
    QStringList names;
    if (Outcome opened = m_engine == Engine::PostgreSQL ? openPostgres(mode, &names) : openSqlite(mode, &names); !opened)
        return disconnect(opened.error());
    const QString &path = m_location;
    if (!names.isEmpty() && !names.contains(QLatin1String("schema_version")))
        return disconnect(Error::storage(m_engine == Engine::PostgreSQL
                                                 ? Tr::tr("%1 is a database of another program, not Antrian's; it was left unchanged").arg(path)
                                                 : Tr::tr("%1 is a SQLite database of another program, not Antrian's; it was left unchanged").arg(path)));
    if (names.isEmpty() && mode == OpenMode::MustExist)
        return disconnect(Error::storage(Tr::tr("%1 is empty; create the Antrian database with: antrianctl init --db %1").arg(path)));
    int version = 0;
    if (!names.isEmpty()) {
        QSqlQuery v = exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
        version = v.next() ? v.value(0).toInt() : 0;
        v.finish();
        if (version > latestSchemaVersion())
            return disconnect(Error::storage(Tr::tr("%1 was written by a newer Antrian (schema version %2; this program knows up to %3); "
                                                    "upgrade Antrian to open it")
                                                     .arg(path)
                                                     .arg(version)
                                                     .arg(latestSchemaVersion())));
    }

    if (Outcome configured = configure(); !configured)
        return disconnect(configured.error());
    // Only an older schema takes the write lock; opening an up-to-date database writes nothing.
    m_schemaVersion = version;
    if (version < latestSchemaVersion()) {
        if (Outcome migrated = migrate(); !migrated)
            return disconnect(migrated.error());
    }
    QSqlQuery may = exec(dialect::mayUpdateTickets(m_engine));
    m_mayUpdateTickets = may.next() && may.value(0).toBool();
    may.finish();
    if (!m_loggedFault.isEmpty())
        qCInfo(lcStorage).noquote() << "database" << m_location << "is back";
    m_loggedFault.clear();
    ++m_generation;
    return Done{};
}

Outcome Database::openSqlite(OpenMode mode, QStringList *tables) const
{
    const QString &path = m_location;
    bool isNew = false;
    if (Outcome checked = checkFile(path, mode, &isNew); !checked)
        return checked;
    {
        QSqlDatabase open = QSqlDatabase::database(m_connectionName, false);
        if (open.isOpen())
            open.close();
    }
    m_useLock->release();
    // Before SQLite opens the file: a restore replacing it holds the lock until it is done.
    if (Outcome held = m_useLock->acquireShared(path, isNew && mode == OpenMode::CreateIfMissing); !held)
        return held;
    {
        QSqlDatabase conn = QSqlDatabase::contains(m_connectionName)
                ? QSqlDatabase::database(m_connectionName, false)
                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (conn.isOpen())
            conn.close();
        conn.setDatabaseName(m_location);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!conn.open())
            return Error::storage(Tr::tr("cannot open %1: %2").arg(path, conn.lastError().text()));
    }
    QString error;
    QSqlQuery names = exec(dialect::listTables(m_engine), {}, &error);
    if (error.contains(QLatin1String("not a database")))
        return Error::storage(Tr::tr("%1 is not an Antrian database (not a SQLite file); it was left unchanged").arg(path));
    if (!error.isEmpty())
        return Error::storage(Tr::tr("%1 cannot be read as a database: %2; it was left unchanged").arg(path, error));
    // The file SQLite has open now is the one every later write is checked against.
    if (!fileIdentity(path, &m_device, &m_inode))
        return Error::storage(Tr::tr("database not found at %1").arg(path));
    while (names.next())
        tables->append(names.value(0).toString());
    return Done{};
}

Outcome Database::openPostgres(OpenMode mode, QStringList *tables) const
{
    Q_UNUSED(mode); // a server's database is created by its administrator (README), never here
    auto where = parsePostgresUrl(m_location);
    if (!where)
        return where.error();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::storage(Tr::tr("PostgreSQL support is not installed on this PC; install it with: "
                                     "sudo apt-get install libqt6sql6-psql"));
    {
        QSqlDatabase conn = QSqlDatabase::contains(m_connectionName)
                ? QSqlDatabase::database(m_connectionName, false)
                : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (conn.isOpen())
            conn.close();
        conn.setHostName(where->host);
        conn.setPort(where->port);
        conn.setUserName(where->user);
        conn.setDatabaseName(where->database);
        // libpq reads the password from ~/.pgpass, PGPASSFILE or the PGSERVICE entry itself.
        // Keepalives: a pulled cable (packets dropped, no close) is noticed in seconds.
        QStringList options = {QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutS),
                               QStringLiteral("application_name=%1").arg(QCoreApplication::applicationName()),
                               QStringLiteral("keepalives=1"), QStringLiteral("keepalives_idle=2"),
                               QStringLiteral("keepalives_interval=1"), QStringLiteral("keepalives_count=2"),
                               // and a statement sent into a dead link fails after this long
                               QStringLiteral("tcp_user_timeout=%1").arg(kUnackedSendTimeoutMs)};
        options += where->options;
        conn.setConnectOptions(options.join(u';'));
        if (!conn.open()) {
            const QString why = conn.lastError().text().trimmed();
            return Error::storage(Tr::tr("cannot connect to the database server %1: %2").arg(where->display(), why));
        }
    }
    QString error;
    QSqlQuery names = exec(dialect::listTables(m_engine), {}, &error);
    if (!error.isEmpty())
        return Error::storage(Tr::tr("%1 cannot be read as a database: %2; it was left unchanged").arg(where->display(), error));
    while (names.next())
        tables->append(names.value(0).toString());
    names.finish();
    QSqlQuery now = exec(QStringLiteral("SELECT ") + dialect::serverTimeMs(m_engine), {}, &error);
    if (!now.next())
        return Error::storage(Tr::tr("cannot read the clock of the database server %1: %2").arg(where->display(), error));
    ServerClock::instance().sync(now.value(0).toLongLong());
    return Done{};
}

Outcome Database::disconnect(const Error &why) const
{
    dropPrepared();
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isOpen())
            conn.close();
    }
    m_useLock->release();
    m_fault = why;
    // Once per cause: a screen retrying every few seconds must not fill the log.
    if (m_generation > 0 && why.message != m_loggedFault)
        qCWarning(lcStorage).noquote() << "database unavailable:" << why.message;
    m_loggedFault = why.message;
    return why;
}

bool Database::reconnectIfDue() const
{
    if (m_fault && m_fault->kind == Error::Kind::BadInput)
        return false; // a location this program cannot use: retrying will not change it
    if (m_lastAttempt.isValid() && m_lastAttempt.elapsed() < kReconnectMs)
        return false;
    return connect(OpenMode::MustExist).ok();
}

Outcome Database::verify() const
{
    if (m_fault && !reconnectIfDue())
        return *m_fault;
    if (m_engine == Engine::PostgreSQL)
        return Done{}; // a lost server shows in the statement that fails (exec)
    quint64 device = 0;
    quint64 inode = 0;
    std::optional<Error> lost;
    if (!fileIdentity(m_location, &device, &inode))
        lost = Error::storage(Tr::tr("the database file %1 was removed while in use").arg(m_location));
    else if (device != m_device || inode != m_inode)
        lost = Error::storage(Tr::tr("the database file %1 was replaced by another file while in use").arg(m_location));
    if (!lost)
        return Done{};
    // A lost database stays closed for a moment even if a valid file is already back at the
    // path: the loss is seen (and shown) before the other file is opened.
    m_lastAttempt.start();
    return disconnect(*lost);
}

Outcome Database::configure() const
{
    QString error;
    if (m_engine == Engine::PostgreSQL) {
        // A writer waiting for the write lock, or a statement stuck on a dying server, gives up
        // with a message instead of hanging a screen.
        for (const char *setting : {"SET lock_timeout = '10s'", "SET statement_timeout = '30s'",
                                    "SET idle_in_transaction_session_timeout = '30s'"}) {
            exec(QString::fromLatin1(setting), {}, &error);
            if (!error.isEmpty())
                return Error::storage(Tr::tr("cannot configure %1: %2").arg(m_location, error));
        }
        return applyDurability();
    }
    QSqlQuery mode = exec(QStringLiteral("PRAGMA journal_mode=WAL"), {}, &error);
    const QString journal = mode.next() ? mode.value(0).toString() : QString();
    mode.finish();
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::storage(Tr::tr("cannot switch %1 to WAL journaling (%2)").arg(m_location, error.isEmpty() ? journal : error));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"), {}, &error);
    if (!error.isEmpty())
        return Error::storage(Tr::tr("cannot configure %1: %2").arg(m_location, error));
    return applyDurability();
}

Outcome Database::setDurability(Durability durability)
{
    m_durability = durability;
    return applyDurability();
}

Outcome Database::applyDurability() const
{
    // A ticket is a promise to a person: by default every commit must survive a power cut.
    const bool full = m_durability == Durability::Full;
    if (full && m_engine == Engine::PostgreSQL)
        return Done{}; // the server's default, synchronous_commit=on
    const QString statement = m_engine == Engine::PostgreSQL
            ? (full ? QStringLiteral("SET synchronous_commit = on") : QStringLiteral("SET synchronous_commit = off"))
            : (full ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
    QString error;
    exec(statement, {}, &error);
    if (!error.isEmpty())
        return Error::storage(Tr::tr("cannot configure %1: %2").arg(m_location, error));
    return Done{};
}

Outcome Database::migrate() const
{
    // A migration that copies a table (schema.cpp, 6) moves rows the other tables refer to: on
    // SQLite the foreign keys are off while the steps run (a setting SQLite changes only outside
    // a transaction) and checked as a whole before COMMIT; they are on again when this returns,
    // whatever happened, since the guard outlives the transaction.
    const bool sqlite = m_engine == Engine::SQLite;
    if (sqlite)
        exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    const auto foreignKeysBack = qScopeGuard([&] {
        if (sqlite)
            exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    });
    WriteTransaction tx(*this);
    if (!tx.isOpen())
        return tx.error();
    if (auto r = run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                    " version INTEGER NOT NULL, applied_at TEXT NOT NULL)"));
        !r)
        return r.error();
    // Read again inside the write lock: another process may have migrated meanwhile.
    QSqlQuery v = exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    int version = v.next() ? v.value(0).toInt() : 0;
    v.finish();
    const int found = version;
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        qCDebug(lcStorage) << "migrating" << m_location << "to schema version" << m.version << m.purpose;
        QStringList statements;
        for (const QString &statement : m.statements)
            statements.append(dialect::schemaStatement(m_engine, statement));
        if (m.engineStatements)
            statements += m.engineStatements(m_engine);
        for (const QString &statement : statements) {
            if (auto r = run(statement); !r)
                return Error::storage(Tr::tr("migration %1 (%2) failed: %3")
                                              .arg(m.version)
                                              .arg(QString::fromLatin1(m.purpose), r.error().message));
        }
        if (auto r = run(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, %1)")
                                 .arg(dialect::nowText(m_engine)),
                         {m.version});
            !r)
            return r.error();
        version = m.version;
    }
    if (sqlite && version != found) { // the check reads every row: only after a step ran
        QString error;
        QSqlQuery broken = exec(QStringLiteral("PRAGMA foreign_key_check"), {}, &error);
        if (!error.isEmpty() || broken.next())
            return Error::storage(Tr::tr("the migration of %1 left a row that refers to nothing (%2); nothing was changed")
                                          .arg(m_location, error.isEmpty() ? broken.value(0).toString() : error));
        broken.finish();
    }
    if (Outcome committed = tx.commit(); !committed)
        return committed;
    m_schemaVersion = version;
    return Done{};
}

} // namespace antrian
