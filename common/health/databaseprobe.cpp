// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseprobe.h"

#include "core/clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace antrian {

namespace {
// lupdate files these strings under "Health", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Health)
};

// One query's first value, or an invalid QVariant with the driver's words in `error`.
QVariant scalar(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return {};
    }
    return q.value(0);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text().trimmed();
    return false;
}

bool openSqlite(QSqlDatabase &db, DatabaseFacts &f)
{
    const QFileInfo file(f.location);
    if (!file.exists()) {
        f.error = QFileInfo(file.absolutePath()).isDir()
                ? Tr::tr("there is no database at %1").arg(f.location)
                : Tr::tr("there is no database at %1 (its folder %2 does not exist either)").arg(f.location, file.absolutePath());
        return false;
    }
    f.databaseBytes = file.size() + QFileInfo(f.location + QStringLiteral("-wal")).size();
    db.setDatabaseName(f.location); // the file exists: SQLite opens it, never creates one
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kProbeBusyTimeoutMs));
    if (!db.open()) {
        f.error = Tr::tr("cannot open %1: %2").arg(f.location, db.lastError().text().trimmed());
        return false;
    }
    return true;
}

bool openPostgres(QSqlDatabase &db, DatabaseFacts &f)
{
    auto where = parsePostgresUrl(f.location);
    if (!where) {
        f.error = where.error().message;
        return false;
    }
    db.setHostName(where->host);
    db.setPort(where->port);
    db.setUserName(where->user);
    db.setDatabaseName(where->database);
    db.setConnectOptions((QStringList{QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=antrianctl-doctor")} + where->options)
                                 .join(u';'));
    if (!db.open()) {
        f.error = Tr::tr("cannot connect to the database server %1: %2").arg(where->display(), db.lastError().text().trimmed());
        return false;
    }
    return true;
}

// A write that is rolled back: nothing of it stays.
void tryWrite(QSqlDatabase &db, DatabaseFacts &f)
{
    QString error;
    if (f.engine == Engine::SQLite) {
        if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
            f.writeError = error;
            return;
        }
        f.writable = exec(db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (-1, 'antrianctl doctor')"), &error);
        if (!f.writable)
            f.writeError = error;
        exec(db, QStringLiteral("ROLLBACK"), &error);
        return;
    }
    QStringList begin = dialect::beginWrite(f.engine);
    for (const QString &statement : begin) {
        if (!exec(db, statement, &error)) {
            f.writeError = error;
            exec(db, QStringLiteral("ROLLBACK"), &error);
            return;
        }
    }
    const bool readOnly = scalar(db, QStringLiteral("SHOW transaction_read_only")).toString() == u"on";
    const bool mayWrite = scalar(db, QStringLiteral("SELECT has_table_privilege(current_user, 'events', 'INSERT')")).toBool();
    exec(db, QStringLiteral("ROLLBACK"), &error);
    f.writable = !readOnly && mayWrite;
    if (readOnly)
        f.writeError = Tr::tr("the server takes no writes (a read-only standby, or default_transaction_read_only)");
    else if (!mayWrite)
        f.writeError = Tr::tr("this PC's login may not write to the database (a display's read-only login)");
}

void readFacts(QSqlDatabase &db, DatabaseFacts &f, const Clock &clock)
{
    QString error;
    const QVariant version = scalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version"), &error);
    if (!version.isValid()) {
        f.error = Tr::tr("%1 is not an Antrian database (%2)").arg(f.location, error);
        return;
    }
    f.reachable = true;
    f.schemaVersion = version.toInt();
    f.branchZone = scalar(db, QStringLiteral("SELECT time_zone FROM branch WHERE id = 1")).toString();
    if (f.engine == Engine::SQLite) {
        const QVariant newest = scalar(db, QStringLiteral("SELECT MAX(at) FROM events"));
        if (!newest.isNull() && newest.isValid())
            f.newestWrite = QDateTime::fromMSecsSinceEpoch(newest.toLongLong(), QTimeZone::utc());
    } else {
        QElapsedTimer trip;
        trip.start();
        const QDateTime before = clock.nowUtc();
        const QVariant now = scalar(db, QStringLiteral("SELECT ") + dialect::serverTimeMs(f.engine));
        f.roundTripMs = trip.elapsed();
        if (now.isValid()) {
            f.serverNow = QDateTime::fromMSecsSinceEpoch(now.toLongLong(), QTimeZone::utc());
            f.pcNowAtServerRead = before.addMSecs(f.roundTripMs / 2);
        }
    }
    tryWrite(db, f);
}

QString newConnectionName()
{
    static int counter = 0;
    return QStringLiteral("antrian-doctor-%1").arg(++counter);
}
} // namespace

DatabaseFacts probeDatabase(const QString &location, const Clock &clock)
{
    DatabaseFacts f;
    f.engine = engineOf(location);
    f.location = f.engine == Engine::PostgreSQL ? location : QFileInfo(location).absoluteFilePath();
    const QString name = newConnectionName();
    {
        const QString driver = f.engine == Engine::PostgreSQL ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
        if (!QSqlDatabase::isDriverAvailable(driver)) {
            f.error = Tr::tr("the Qt driver %1 is not installed on this PC").arg(driver);
            return f;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (f.engine == Engine::PostgreSQL ? openPostgres(db, f) : openSqlite(db, f))
            readFacts(db, f, clock);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return f;
}

} // namespace antrian
