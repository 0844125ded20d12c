#include "database.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStorage, "antrian.storage", QtInfoMsg)

namespace antrian {

namespace {

// lupdate files these strings under "Database", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr int kBusyTimeoutMs = 5000;

// Looks at a file before SQLite touches it, so a wrong --db is refused and left as it was.
Outcome checkFile(const QString &path, Database::OpenMode mode, bool *isNew)
{
    const QFileInfo info(path);
    *isNew = !info.exists() || (info.isFile() && info.size() == 0);
    if (info.exists() && info.isDir())
        return Error::badInput(Tr::tr("%1 is a folder, not a database file").arg(path));
    if (*isNew) {
        if (mode == Database::OpenMode::MustExist)
            return Error::badInput(Tr::tr("no Antrian database at %1; create it with: antrianctl init --db %1").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::storage(Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
        return Done{};
    }
    // No QFile here: closing any descriptor of a file drops every POSIX lock this process
    // holds on it, including the locks of SQLite connections already open on it, and
    // SQLite then corrupts its view of the WAL (sqlite.org/howtocorrupt.html, 2.2).
    // SQLite itself refuses a file that is not a database, before writing anything.
    if (!info.isReadable())
        return Error::badInput(Tr::tr("cannot read %1: permission denied").arg(path));
    return Done{};
}

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

} // namespace

QString Database::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/antrian/antrian.db");
}

Database::Database(QString location, QString connectionName)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, OpenMode mode)
{
    const QString path = location.isEmpty() ? defaultLocation() : location;
    if (isPostgresUrl(path))
        return Error::badInput(Tr::tr("PostgreSQL databases (%1) are not supported by this version yet; "
                                  "give a SQLite file path")
                                       .arg(path));
    bool isNew = false;
    if (Outcome checked = checkFile(path, mode, &isNew); !checked)
        return checked.error();

    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("antrian-%1").arg(++counter);
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), name));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(db->m_location);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!conn.open())
            return Error::storage(Tr::tr("cannot open %1: %2").arg(path, conn.lastError().text()));
    }

    // Before changing anything: is this one of ours, and not from a newer version?
    QString error;
    QSqlQuery tables = db->exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), {}, &error);
    if (error.contains(QLatin1String("not a database")))
        return Error::badInput(Tr::tr("%1 is not an Antrian database (not a SQLite file); it was left unchanged").arg(path));
    if (!error.isEmpty())
        return Error::badInput(Tr::tr("%1 cannot be read as a database: %2; it was left unchanged").arg(path, error));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    if (!names.isEmpty() && !names.contains(QLatin1String("schema_version")))
        return Error::badInput(Tr::tr("%1 is a SQLite database of another program, not Antrian's; it was left unchanged").arg(path));
    if (names.isEmpty() && mode == OpenMode::MustExist)
        return Error::badInput(Tr::tr("%1 is empty; create the Antrian database with: antrianctl init --db %1").arg(path));
    int version = 0;
    if (!names.isEmpty()) {
        QSqlQuery v = db->exec(QStringLiteral("SELECT MAX(version) FROM schema_version"));
        version = v.next() ? v.value(0).toInt() : 0;
        v.finish();
        if (version > latestSchemaVersion())
            return Error::badInput(Tr::tr("%1 was written by a newer Antrian (schema version %2; this program knows up to %3); "
                                      "upgrade Antrian to open it")
                                           .arg(path)
                                           .arg(version)
                                           .arg(latestSchemaVersion()));
    }

    if (Outcome configured = db->configure(); !configured)
        return configured.error();
    // Only an older schema takes the write lock; opening an up-to-date database writes nothing.
    db->m_schemaVersion = version;
    if (version < latestSchemaVersion()) {
        if (Outcome migrated = db->migrate(); !migrated)
            return migrated.error();
    }
    return db;
}

Outcome Database::configure()
{
    QString error;
    QSqlQuery mode = exec(QStringLiteral("PRAGMA journal_mode=WAL"), {}, &error);
    const QString journal = mode.next() ? mode.value(0).toString() : QString();
    mode.finish();
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::storage(Tr::tr("cannot switch %1 to WAL journaling (%2)").arg(m_location, error.isEmpty() ? journal : error));
    // A ticket is a promise to a person: every commit must survive a power cut.
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        exec(QString::fromLatin1(pragma), {}, &error);
        if (!error.isEmpty())
            return Error::storage(Tr::tr("cannot configure %1: %2").arg(m_location, error));
    }
    return Done{};
}

Outcome Database::migrate()
{
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
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        qCDebug(lcStorage) << "migrating" << m_location << "to schema version" << m.version << m.purpose;
        for (const QString &statement : m.statements) {
            if (auto r = run(statement); !r)
                return Error::storage(Tr::tr("migration %1 (%2) failed: %3")
                                              .arg(m.version)
                                              .arg(QString::fromLatin1(m.purpose), r.error().message));
        }
        if (auto r = run(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, datetime('now'))"),
                         {m.version});
            !r)
            return r.error();
        version = m.version;
    }
    if (Outcome committed = tx.commit(); !committed)
        return committed;
    m_schemaVersion = version;
    return Done{};
}

QSqlQuery Database::exec(const QString &sql, std::initializer_list<QVariant> values, QString *error) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    bool ok = q.prepare(sql);
    if (ok) {
        for (const QVariant &v : values) {
            // An empty QString is text, not NULL; NULL is asked for with a typed null QVariant.
            const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
            q.addBindValue(nullText ? QVariant(QStringLiteral("")) : v);
        }
        ok = q.exec();
    }
    if (error)
        *error = ok ? QString() : q.lastError().text();
    if (!ok)
        qCWarning(lcStorage) << "statement failed:" << sql << q.lastError().text();
    return q;
}

Result<QSqlQuery> Database::run(const QString &sql, std::initializer_list<QVariant> values) const
{
    QString error;
    QSqlQuery q = exec(sql, values, &error);
    if (!error.isEmpty())
        return Error::storage(Tr::tr("database error in %1: %2").arg(m_location, error));
    return q;
}

qint64 Database::dataVersion() const
{
    QSqlQuery q = exec(QStringLiteral("PRAGMA data_version"));
    const qint64 v = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    return v;
}

QString Database::integrityCheck() const
{
    QSqlQuery q = exec(QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (q.next())
        lines.append(q.value(0).toString());
    return lines.join(u'\n');
}

WriteTransaction::WriteTransaction(const Database &db) : m_db(db)
{
    QString error;
    m_db.exec(QStringLiteral("BEGIN IMMEDIATE"), {}, &error);
    m_open = error.isEmpty();
    if (!m_open)
        m_error = Error::storage(Tr::tr("the database %1 is busy or unavailable: %2").arg(m_db.location(), error));
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_db.exec(QStringLiteral("ROLLBACK"));
}

Outcome WriteTransaction::commit()
{
    if (!m_open)
        return m_error;
    QString error;
    m_db.exec(QStringLiteral("COMMIT"), {}, &error);
    if (!error.isEmpty())
        return Error::storage(Tr::tr("could not save to %1: %2").arg(m_db.location(), error));
    m_open = false;
    return Done{};
}

} // namespace antrian
