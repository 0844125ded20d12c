// SPDX-License-Identifier: GPL-3.0-or-later
// PgCluster: the throwaway PostgreSQL cluster the *_pg suites run on. It starts on a port of
// its own, gives each test a distinct empty database, keeps data across a restart, and leaves
// no server and no folder behind when its process ends, however it ends. Runs on PostgreSQL
// whatever ANTRIAN_TEST_ENGINE says.
#include "pgcluster.h"
#include "process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextStream>
#include <QUrl>

#include <cerrno>
#include <csignal>

using namespace antrian;
using namespace antrian::test;

namespace {

// In a child run of this binary: how the child process ends after starting its cluster.
const char kChildEnd[] = "ANTRIAN_PGCLUSTER_CHILD_END";

// A QPSQL connection to `location` (postgresql://user@host:port/db), opened; closed and
// removed when it goes.
class Connection
{
public:
    explicit Connection(const QString &location)
        : m_name(QStringLiteral("tst_pgcluster-%1").arg(++s_count))
    {
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // The first column of the first row of `sql`, or an invalid QVariant on error.
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

int tablesIn(const QString &location)
{
    Connection c(location);
    const QVariant n = c.value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    return n.isValid() ? n.toInt() : -1;
}

// A process that is gone: no such process, or one that has ended and waits to be reaped.
bool processGone(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return errno == ESRCH;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return true;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("State:"))
            return line.contains("zombie");
    }
    return false;
}

qint64 postmasterPid(const QString &dataDirectory)
{
    QFile pidFile(dataDirectory + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    return pidFile.readLine().trimmed().toLongLong();
}

} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clusterRunsOnAPortOfItsOwn();
    void eachCreatedDatabaseIsDistinctAndEmpty();
    void runSqlGivesRowsAndTheServersRefusal();
    void restartCutsConnectionsAndKeepsData();
    void clusterIsGoneWhenItsProcessEnds_data();
    void clusterIsGoneWhenItsProcessEnds();
};

void TestPgCluster::initTestCase()
{
    PgCluster &cluster = PgCluster::instance();
    QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
}

void TestPgCluster::clusterRunsOnAPortOfItsOwn()
{
    PgCluster &cluster = PgCluster::instance();
    QVERIFY(cluster.isRunning());
    QVERIFY(cluster.port() > 0);
    QVERIFY(cluster.port() != 5432); // never Debian's own cluster
    QVERIFY(cluster.dataDirectory().startsWith(QStringLiteral("/tmp/")));
    QCOMPARE(cluster.adminLocation(), QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(cluster.port()));
    Connection admin(cluster.adminLocation());
    QVERIFY2(admin.db().isOpen(), qPrintable(admin.db().lastError().text()));
    QCOMPARE(admin.value(QStringLiteral("SHOW port")).toString(), QString::number(cluster.port()));
    QCOMPARE(admin.value(QStringLiteral("SHOW fsync")).toString(), QStringLiteral("off"));
}

void TestPgCluster::eachCreatedDatabaseIsDistinctAndEmpty()
{
    PgCluster &cluster = PgCluster::instance();
    const QString first = cluster.createDatabase();
    const QString second = cluster.createDatabase();
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(cluster.error()));
    QVERIFY(first != second);
    QVERIFY(first.startsWith(QStringLiteral("postgresql://postgres@127.0.0.1:%1/antrian_t").arg(cluster.port())));
    QCOMPARE(tablesIn(first), 0);
    QCOMPARE(tablesIn(second), 0);
    {
        Connection c(first);
        QVERIFY2(c.db().isOpen(), qPrintable(c.db().lastError().text()));
        QSqlQuery q(c.db());
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE only_here (n integer)")), qPrintable(q.lastError().text()));
    }
    QCOMPARE(tablesIn(first), 1);
    QCOMPARE(tablesIn(second), 0);
}

void TestPgCluster::runSqlGivesRowsAndTheServersRefusal()
{
    PgCluster &cluster = PgCluster::instance();
    auto rows = cluster.runSql(QStringLiteral("SELECT n, n * n FROM generate_series(1, 3) AS n ORDER BY n"));
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(2), (QVariantList{3, 9}));

    auto refused = cluster.runSql(QStringLiteral("SELECT n FROM no_such_table"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("no_such_table")), qPrintable(refused.error().message));
}

void TestPgCluster::restartCutsConnectionsAndKeepsData()
{
    PgCluster &cluster = PgCluster::instance();
    const QString location = cluster.createDatabase();
    QVERIFY2(!location.isEmpty(), qPrintable(cluster.error()));
    const QString database = PgCluster::databaseOf(location);
    QVERIFY(cluster.runSql(QStringLiteral("CREATE TABLE kept (code text)"), database));
    QVERIFY(cluster.runSql(QStringLiteral("INSERT INTO kept VALUES ('A001'), ('A002')"), database));

    Connection before(location);
    QCOMPARE(before.value(QStringLiteral("SELECT count(*) FROM kept")).toInt(), 2);
    const int port = cluster.port();
    const Outcome restarted = cluster.restart();
    QVERIFY2(restarted, restarted ? "" : qPrintable(restarted.error().message));

    QVERIFY(!before.value(QStringLiteral("SELECT count(*) FROM kept")).isValid()); // its backend is gone
    QCOMPARE(cluster.port(), port);
    Connection after(location);
    QVERIFY2(after.db().isOpen(), qPrintable(after.db().lastError().text()));
    QCOMPARE(after.value(QStringLiteral("SELECT string_agg(code, ',' ORDER BY code) FROM kept")).toString(),
             QStringLiteral("A001,A002"));
}

void TestPgCluster::clusterIsGoneWhenItsProcessEnds_data()
{
    QTest::addColumn<QString>("end");
    QTest::addColumn<bool>("passes");
    QTest::newRow("its tests pass") << "pass" << true;
    QTest::newRow("a test fails") << "fail" << false;
    QTest::newRow("it aborts (qFatal)") << "abort" << false;
    QTest::newRow("it is killed (SIGKILL)") << "kill" << false;
}

// Another run of this binary starts a cluster, says where, and ends as the row says.
void TestPgCluster::clusterIsGoneWhenItsProcessEnds()
{
    QFETCH(QString, end);
    QFETCH(bool, passes);
    RunOptions options = RunOptions().timeout(60000);
    options.env.insert(QString::fromLatin1(kChildEnd), end);
    const ProcessResult child = runProgram(QCoreApplication::applicationFilePath(), {}, options);
    QVERIFY(!child.timedOut);
    const QString out = QString::fromLocal8Bit(child.out);
    const QString err = QString::fromLocal8Bit(child.err);
    QCOMPARE(child.exitCode == 0, passes);

    const qsizetype at = out.indexOf(QLatin1String("CLUSTER "));
    QVERIFY2(at >= 0, qPrintable(out + err));
    const QStringList words = out.mid(at).section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '));
    QCOMPARE(words.size(), 3);
    const QString dataDirectory = words.at(1);
    const qint64 postmaster = words.at(2).toLongLong();
    QVERIFY(postmaster > 0);
    // A normal end stops the server before the process exits; after an abort or a kill the
    // watcher notices within a second and stops it.
    QTRY_VERIFY_WITH_TIMEOUT(processGone(postmaster), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(QFileInfo(dataDirectory).path()), 30000);
}

// The child run: its own cluster, then the end it was told.
class ChildRun : public QObject
{
    Q_OBJECT

private slots:
    void startsAClusterAndEnds()
    {
        PgCluster &cluster = PgCluster::instance();
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        const QByteArray end = qgetenv(kChildEnd);
        QTextStream(stdout) << "CLUSTER " << cluster.dataDirectory() << ' ' << postmasterPid(cluster.dataDirectory())
                            << '\n'
                            << Qt::flush;
        if (end == "fail")
            QFAIL("the child's test fails on purpose");
        if (end == "abort")
            qFatal("the child aborts on purpose");
        if (end == "kill")
            ::raise(SIGKILL);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildEnd)) {
        ChildRun child;
        return QTest::qExec(&child, argc, argv);
    }
    TestPgCluster suite;
    return QTest::qExec(&suite, argc, argv);
}

#include "tst_pgcluster.moc"
