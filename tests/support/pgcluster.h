// SPDX-License-Identifier: GPL-3.0-or-later
// PgCluster: a throwaway PostgreSQL cluster for one test process, so that a suite runs on
// PostgreSQL without any server set up on the machine (and never on the one Debian starts on
// port 5432). Made on first use by instance(): initdb into a temporary folder under /tmp,
// started on a free port of its own on 127.0.0.1, trust authentication, no fsync. Stopped and
// removed when the process ends: by a static destructor on a normal end (a failed test
// included), and by a watcher process when the test process dies without one (qFatal, a
// crash, a kill by the CTest timeout).
//
// We run as root and initdb refuses root: as root the server runs as the `postgres` system
// user that Debian's postgresql package creates.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace antrian::test {

class PgCluster
{
public:
    // The process's cluster, started on the first call. Check ok() before using it.
    static PgCluster &instance();

    // Whether the cluster started (and was not stopped since); error() says why the last
    // thing that failed failed (start, createDatabase), with the server log's tail.
    bool ok() const { return m_started; }
    const QString &error() const { return m_error; }

    int port() const { return m_port; }
    QString superuser() const { return QStringLiteral("postgres"); }
    QString dataDirectory() const;
    // postgresql://postgres@127.0.0.1:PORT/<database>, the form every Antrian binary takes.
    QString location(const QString &database) const;
    QString adminLocation() const { return location(QStringLiteral("postgres")); }
    // The database a postgresql:// location names, for runSql.
    static QString databaseOf(const QString &location);

    // A new empty database (antrian_t1, antrian_t2, ... counting in this process); its
    // location, or an empty string with error() saying why.
    QString createDatabase();

    // Runs one statement as the superuser in `database`, on a connection of its own; the rows
    // it returns, each as its column values in order.
    Result<QList<QVariantList>> runSql(const QString &sql, const QString &database = QStringLiteral("postgres"));

    // pg_ctl restart -m fast: every connection is cut, the data stays.
    Outcome restart();
    // pg_ctl stop (fast, immediate if that hangs). The destructor calls it.
    Outcome stop();
    // Whether pg_ctl status finds a server running on the data directory.
    bool isRunning() const;

    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

private:
    PgCluster();
    Outcome start();
    Outcome initialise();
    Outcome startServer();
    void watchThisProcess();
    QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    int m_databases = 0;
    bool m_started = false;
    QString m_error;
};

// The engine this test run is about: ANTRIAN_TEST_ENGINE=postgresql selects PostgreSQL,
// anything else SQLite. CTest runs the suites named *_pg with it set.
bool testOnPostgres();

// Where a test keeps a fresh, empty database: the file `fileName` in `dir` on SQLite (not
// created), a new database on the process's cluster on PostgreSQL (a failed cluster is a
// fatal error, with the server log's tail). A test needing several gives each its own name.
QString freshDatabaseLocation(const QTemporaryDir &dir, const QString &fileName = QStringLiteral("antrian.db"));

} // namespace antrian::test
