// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgdump.h"

#include "backuptr.h"

#include "storage/dialect.h"
#include "storage/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <cstdio>

namespace antrian {

namespace {

using backup::Tr;

constexpr int kToolTimeoutMs = 6 * 60 * 60 * 1000; // a big database takes long; a hung server is still ended

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

// The URL as a libpq connection string, for --dbname.
QString connectionString(const PostgresLocation &where)
{
    QStringList parts{QStringLiteral("dbname=") + quoted(where.database)};
    if (!where.host.isEmpty())
        parts.append(QStringLiteral("host=") + quoted(where.host));
    if (where.port > 0)
        parts.append(QStringLiteral("port=%1").arg(where.port));
    if (!where.user.isEmpty())
        parts.append(QStringLiteral("user=") + quoted(where.user));
    for (const QString &option : where.options) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq > 0)
            parts.append(option.left(eq) + u'=' + quoted(option.mid(eq + 1)));
    }
    parts.append(QStringLiteral("application_name=antrianctl"));
    return parts.join(u' ');
}

struct ToolRun
{
    bool ok = false;
    QByteArray out;
    QString error; // the tool's own words, or why it did not run
};

ToolRun runTool(const char *tool, const QStringList &args)
{
    const QString name = QLatin1String(tool);
    const QString program = QStandardPaths::findExecutable(name);
    if (program.isEmpty())
        return {false, {}, Tr::tr("%1 is not installed on this PC; install it with: sudo apt-get install postgresql-client").arg(name)};
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted() || !process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {false, {}, Tr::tr("%1 did not run to its end: %2").arg(name, process.errorString())};
    }
    const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {false, {}, Tr::tr("%1 failed: %2").arg(name, said.isEmpty() ? Tr::tr("exit code %1").arg(process.exitCode()) : said)};
    return {true, process.readAllStandardOutput(), {}};
}

} // namespace

Result<CopiedFile> dumpPostgres(const QString &location, const QString &target)
{
    auto where = parsePostgresUrl(location);
    if (!where)
        return where.error();
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
    const QString partial = info.absoluteFilePath() + QStringLiteral(".partial");
    const ToolRun run = runTool("pg_dump", {QStringLiteral("--format=custom"), QStringLiteral("--no-password"),
                                            QStringLiteral("--file=") + partial,
                                            QStringLiteral("--dbname=") + connectionString(*where)});
    if (!run.ok) {
        QFile::remove(partial);
        return Error::storage(Tr::tr("the backup of %1 failed: %2").arg(where->display(), run.error));
    }
    if (!syncPath(partial) || std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        return Error::storage(Tr::tr("cannot write %1 to disk").arg(info.absoluteFilePath()));
    }
    syncPath(info.absolutePath());
    return CopiedFile{info.absoluteFilePath(), QFileInfo(info.absoluteFilePath()).size()};
}

Result<BackupFileCheck> checkPostgresBackup(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Error::badInput(Tr::tr("no file at %1").arg(file));
    const ToolRun list = runTool("pg_restore", {QStringLiteral("--list"), file});
    if (!list.ok)
        return Error::storage(Tr::tr("%1 is not a PostgreSQL backup (pg_dump --format=custom): %2; nothing was restored").arg(file, list.error));
    for (const char *table : {"schema_version", "tickets", "services"}) {
        const QRegularExpression entry(QStringLiteral(" TABLE \\S+ %1 ").arg(QLatin1String(table)));
        if (!entry.match(QString::fromUtf8(list.out)).hasMatch())
            return Error::storage(Tr::tr("%1 is a PostgreSQL backup of another program, not Antrian's (it has no %2 table); "
                                         "nothing was restored")
                                          .arg(file, QLatin1String(table)));
    }
    // The rows of schema_version, as the COPY text pg_restore would send.
    const ToolRun rows = runTool("pg_restore", {QStringLiteral("--data-only"), QStringLiteral("--table=schema_version"),
                                                QStringLiteral("--file=-"), file});
    if (!rows.ok)
        return Error::storage(Tr::tr("%1 cannot be read: %2; nothing was restored").arg(file, rows.error));
    int schemaVersion = 0;
    bool inCopy = false;
    for (const QByteArray &line : rows.out.split('\n')) {
        if (line.startsWith("COPY "))
            inCopy = true;
        else if (line == "\\.")
            inCopy = false;
        else if (inCopy)
            schemaVersion = qMax(schemaVersion, line.split('\t').value(0).toInt());
    }
    return checkBackupVersion(file, schemaVersion);
}

Result<Restored> restorePostgres(const QString &file, const QString &location)
{
    auto where = parsePostgresUrl(location);
    if (!where)
        return where.error();
    auto check = checkPostgresBackup(file);
    if (!check)
        return check.error();

    // Who else is connected: a restore under a running app would pull its tables away.
    QStringList sessions;
    {
        const QString name = QStringLiteral("antrian-restore-check");
        {
            QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            conn.setHostName(where->host);
            conn.setPort(where->port);
            conn.setUserName(where->user);
            conn.setDatabaseName(where->database);
            QStringList options = where->options;
            options.append(QStringLiteral("connect_timeout=5"));
            conn.setConnectOptions(options.join(u';'));
            if (!conn.open()) {
                const QString why = conn.lastError().text().trimmed();
                QSqlDatabase::removeDatabase(name);
                return Error::storage(Tr::tr("cannot connect to the database server %1: %2").arg(where->display(), why));
            }
            QSqlQuery q(conn);
            if (!q.exec(QStringLiteral("SELECT COALESCE(NULLIF(application_name, ''), usename), COALESCE(host(client_addr), 'local'), pid"
                                       " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                                       " AND backend_type = 'client backend' ORDER BY pid"))) {
                const QString why = q.lastError().text();
                q = QSqlQuery();
                conn.close();
                QSqlDatabase::removeDatabase(name);
                return Error::storage(Tr::tr("cannot read who is connected to %1: %2").arg(where->display(), why));
            }
            while (q.next())
                sessions.append(Tr::tr("%1 (%2, pid %3)").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
            q = QSqlQuery();
            conn.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!sessions.isEmpty())
        return Error::refused(Tr::tr("%1 is in use by %2; close it first").arg(where->display(), sessions.join(QStringLiteral(", "))));

    const ToolRun run = runTool("pg_restore", {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
                                               QStringLiteral("--no-password"), QStringLiteral("--dbname=") + connectionString(*where), file});
    if (!run.ok)
        return Error::storage(Tr::tr("the restore of %1 failed, and changed nothing (one transaction): %2").arg(where->display(), run.error));
    return Restored{where->display(), QString(), *check};
}

} // namespace antrian
