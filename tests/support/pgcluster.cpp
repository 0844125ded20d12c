// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcluster.h"

#include "testsupport.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace antrian::test {

namespace {

const QString kServerUser = QStringLiteral("postgres");

// The bin folder of the newest PostgreSQL under /usr/lib/postgresql (Debian's layout).
QString newestBinDir()
{
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), numeric);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

// A TCP port on 127.0.0.1 that nothing listens on now: the kernel's pick for port 0.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t length = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &length) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// The command line that runs `program` as the server's user: as root through runuser
// (initdb and postgres refuse root), as anyone else directly.
QStringList asServerUser(const QString &program, const QStringList &args)
{
    if (!runningAsRoot())
        return QStringList{program} + args;
    return QStringList{QStringLiteral("runuser"), QStringLiteral("-u"), kServerUser, QStringLiteral("--"), program}
           + args;
}

ProcessResult runAsServerUser(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    const QStringList command = asServerUser(program, args);
    return runProgram(command.first(), command.mid(1), RunOptions().timeout(timeoutMs));
}

QString describe(const ProcessResult &r)
{
    return QStringLiteral("exit %1: %2%3")
        .arg(r.exitCode)
        .arg(QString::fromLocal8Bit(r.out).trimmed(), QString::fromLocal8Bit(r.err).trimmed());
}

QString shellQuoted(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Stopped when the application object goes (its post routines), or else by the static
// object's destructor after main().
struct ClusterHolder
{
    std::unique_ptr<PgCluster> cluster;
};
ClusterHolder holder;

void stopCluster()
{
    holder.cluster.reset();
}

} // namespace

PgCluster &PgCluster::instance()
{
    if (!holder.cluster) {
        holder.cluster.reset(new PgCluster);
        if (QCoreApplication::instance())
            qAddPostRoutine(stopCluster);
        QElapsedTimer timer;
        timer.start();
        if (Outcome started = holder.cluster->start(); !started)
            holder.cluster->m_error = started.error().message;
        else
            qInfo("PostgreSQL test cluster on 127.0.0.1:%d ready in %lld ms", holder.cluster->m_port,
                  static_cast<long long>(timer.elapsed()));
    }
    return *holder.cluster;
}

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    if (m_started) {
        if (Outcome stopped = stop(); !stopped)
            qWarning("PostgreSQL test cluster did not stop: %s", qPrintable(stopped.error().message));
    }
}

QString PgCluster::dataDirectory() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QString PgCluster::location(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(superuser()).arg(m_port).arg(database);
}

QString PgCluster::databaseOf(const QString &location)
{
    return QUrl(location).path().mid(1);
}

Outcome PgCluster::start()
{
    m_binDir = newestBinDir();
    if (m_binDir.isEmpty())
        return Error::storage(QStringLiteral("no PostgreSQL server under /usr/lib/postgresql/*/bin: install postgresql "
                                             "(.ci/install-deps)"));
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/antrian-pg-XXXXXX"));
    if (!m_dir->isValid())
        return Error::storage(QStringLiteral("cannot make a folder for the cluster: %1").arg(m_dir->errorString()));
    if (runningAsRoot()) {
        const passwd *user = ::getpwnam(qPrintable(kServerUser));
        if (!user)
            return Error::storage(QStringLiteral("no system user %1 to run PostgreSQL as (the postgresql package "
                                                 "creates it)")
                                      .arg(kServerUser));
        if (::chown(QFile::encodeName(m_dir->path()).constData(), user->pw_uid, user->pw_gid) != 0)
            return Error::storage(QStringLiteral("cannot give %1 to %2").arg(m_dir->path(), kServerUser));
    }
    if (Outcome made = initialise(); !made)
        return made;
    watchThisProcess();
    // The free port may be taken between our look and the server's bind (another suite
    // starting its own cluster): try again on another.
    Outcome started = Error::storage(QString());
    for (int attempt = 0; attempt < 3 && !started; ++attempt)
        started = startServer();
    if (started)
        m_started = true;
    return started;
}

Outcome PgCluster::initialise()
{
    const ProcessResult r = runAsServerUser(m_binDir + QStringLiteral("/initdb"),
                                            {QStringLiteral("-D"), dataDirectory(), QStringLiteral("--auth=trust"),
                                             QStringLiteral("-U"), superuser(), QStringLiteral("--no-sync"),
                                             QStringLiteral("-E"), QStringLiteral("UTF8"),
                                             QStringLiteral("--locale=C.UTF-8")});
    if (r.exitCode != 0)
        return Error::storage(QStringLiteral("initdb failed, %1").arg(describe(r)));
    return Done{};
}

Outcome PgCluster::startServer()
{
    m_port = freePort();
    if (m_port == 0)
        return Error::storage(QStringLiteral("no free TCP port on 127.0.0.1"));
    // max_connections: the concurrency tests run dozens of processes at once.
    const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 "
                                           "-c fsync=off -c max_connections=300")
                                .arg(m_port)
                                .arg(shellQuoted(m_dir->path()));
    const ProcessResult r = runAsServerUser(m_binDir + QStringLiteral("/pg_ctl"),
                                            {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-w"),
                                             QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-l"),
                                             m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                                             options, QStringLiteral("start")});
    if (r.exitCode != 0)
        return Error::storage(QStringLiteral("PostgreSQL did not start on port %1, pg_ctl %2\nserver log:\n%3")
                                  .arg(m_port)
                                  .arg(describe(r), logTail()));
    return Done{};
}

// When this process dies without running destructors (qFatal, a crash, the CTest timeout),
// a watcher in a session of its own stops the server and removes its folder; on a normal end
// it finds both gone.
void PgCluster::watchThisProcess()
{
    const QStringList stopCommand = asServerUser(
        m_binDir + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
         QStringLiteral("-t"), QStringLiteral("10"), QStringLiteral("stop")});
    QStringList quotedStop;
    for (const QString &word : stopCommand)
        quotedStop << shellQuoted(word);
    const QString script =
        QStringLiteral("tail --pid=%1 -f /dev/null; [ -f %2 ] && %3; rm -rf %4")
            .arg(QCoreApplication::applicationPid())
            .arg(shellQuoted(dataDirectory() + QStringLiteral("/postmaster.pid")), quotedStop.join(QLatin1Char(' ')),
                 shellQuoted(m_dir->path()));
    // Not our output channels: CTest waits for them to close before it calls a test done.
    if (!startDetached(QStringLiteral("setsid"), {QStringLiteral("sh"), QStringLiteral("-c"), script}))
        qWarning("no watcher for the PostgreSQL test cluster: a crash would leave it running");
}

QString PgCluster::logTail() const
{
    QFile log(m_dir->filePath(QStringLiteral("server.log")));
    if (!log.open(QIODevice::ReadOnly))
        return QStringLiteral("(no server log)");
    const QList<QByteArray> lines = log.readAll().split('\n');
    return QString::fromLocal8Bit(lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join('\n'));
}

QString PgCluster::createDatabase()
{
    if (!ok())
        return {};
    const QString name = QStringLiteral("antrian_t%1").arg(++m_databases);
    if (auto created = runSql(QStringLiteral("CREATE DATABASE %1").arg(name)); !created) {
        m_error = created.error().message;
        return {};
    }
    return location(name);
}

Result<QList<QVariantList>> PgCluster::runSql(const QString &sql, const QString &database)
{
    static int connections = 0;
    const QString connectionName = QStringLiteral("antrian-pgcluster-%1").arg(++connections);
    Result<QList<QVariantList>> result = QList<QVariantList>{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(superuser());
        db.setDatabaseName(database);
        if (!db.open()) {
            result = Error::storage(
                QStringLiteral("cannot connect to %1: %2").arg(location(database), db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                result = Error::storage(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
            } else {
                QList<QVariantList> rows;
                while (q.next()) {
                    QVariantList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i);
                    rows << row;
                }
                result = rows;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

Outcome PgCluster::restart()
{
    if (!m_started)
        return Error::storage(QStringLiteral("the PostgreSQL test cluster is not running: %1").arg(m_error));
    const QString options = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 "
                                           "-c fsync=off -c max_connections=300")
                                .arg(m_port)
                                .arg(shellQuoted(m_dir->path()));
    const ProcessResult r = runAsServerUser(m_binDir + QStringLiteral("/pg_ctl"),
                                            {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"),
                                             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"),
                                             QStringLiteral("30"), QStringLiteral("-l"),
                                             m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
                                             options, QStringLiteral("restart")});
    if (r.exitCode != 0)
        return Error::storage(
            QStringLiteral("PostgreSQL did not restart, pg_ctl %1\nserver log:\n%2").arg(describe(r), logTail()));
    return Done{};
}

Outcome PgCluster::stop()
{
    if (!m_started)
        return Done{};
    auto pgCtlStop = [this](const QString &mode) {
        return runAsServerUser(m_binDir + QStringLiteral("/pg_ctl"),
                               {QStringLiteral("-D"), dataDirectory(), QStringLiteral("-m"), mode, QStringLiteral("-w"),
                                QStringLiteral("-t"), QStringLiteral("15"), QStringLiteral("stop")},
                               20000);
    };
    ProcessResult r = pgCtlStop(QStringLiteral("fast"));
    if (r.exitCode != 0)
        r = pgCtlStop(QStringLiteral("immediate"));
    if (r.exitCode != 0)
        return Error::storage(QStringLiteral("pg_ctl stop %1\nserver log:\n%2").arg(describe(r), logTail()));
    m_started = false;
    return Done{};
}

bool PgCluster::isRunning() const
{
    if (!m_dir)
        return false;
    const ProcessResult r = runAsServerUser(m_binDir + QStringLiteral("/pg_ctl"),
                                            {QStringLiteral("-D"), dataDirectory(), QStringLiteral("status")});
    return r.exitCode == 0; // 3: no server running
}

bool testOnPostgres()
{
    return qEnvironmentVariable("ANTRIAN_TEST_ENGINE") == QLatin1String("postgresql");
}

QString freshDatabaseLocation(const QTemporaryDir &dir, const QString &fileName)
{
    if (!testOnPostgres())
        return dir.filePath(fileName);
    PgCluster &cluster = PgCluster::instance();
    const QString location = cluster.createDatabase();
    if (location.isEmpty())
        qFatal("no PostgreSQL database for the test: %s", qPrintable(cluster.error()));
    return location;
}

} // namespace antrian::test
