// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the test suites: a fresh database with a known branch, a Jakarta clock, and
// the paths of the binaries under test.
#pragma once

#include "pgcluster.h"
#include "process.h"

#include "config/branchconfig.h"
#include "core/clock.h"
#include "queue/queueengine.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// First line of a test about the SQLite file itself (WAL, PRAGMA, the file removed or
// replaced, its folder): such a test has no meaning on PostgreSQL. Every queue rule runs on both.
#define SQLITE_ONLY()                                                                                                  \
    do {                                                                                                               \
        if (antrian::test::testOnPostgres())                                                                           \
            QSKIP("about the SQLite file: not on PostgreSQL");                                                         \
    } while (false)

namespace antrian::test {

// A moment on the branch's wall clock (Asia/Jakarta), as UTC.
QDateTime jakarta(int year, int month, int day, int hour, int minute = 0);
// Monday 23 November 2026, a normal open day of the sample branch.
inline QDateTime mondayMorning() { return jakarta(2026, 11, 23, 9, 0); }

// The bundled sample branch (resources/branch.json).
BranchConfig sampleBranch();
// A small branch for rule tests: services A, B, P (priority), counters 1..4, open
// Mon-Sat 08:00-15:00, last ticket 15 minutes before closing, Asia/Jakarta.
//   1: A            oldest
//   2: A, B         oldest
//   3: B, A         service_order
//   4: P, A         service_order
BranchConfig smallBranch();
// `config` with the most tickets a day a config may allow for each service (9999): room for
// every ticket a benchmark issues.
BranchConfig withRoomForEveryTicket(BranchConfig config);

// A fresh database (freshDatabaseLocation: a file in a temporary folder, or a database on the
// test cluster) initialised with a branch, and an engine on it.
class Fixture
{
public:
    explicit Fixture(const BranchConfig &config = smallBranch(), const QDateTime &now = mondayMorning());
    // The database's location: a file path on SQLite, a postgresql:// URL on PostgreSQL.
    QString path() const { return m_path; }
    Database &db() { return *m_db; }
    QueueEngine &engine() { return *m_engine; }
    FixedClock &clock() { return m_clock; }

    // Issues and fails the test helper on refusal.
    Ticket issue(const QString &service, const IssueOptions &options = {});
    // Logs a new staff member in at each of `counters`, so they are open (a counter is open
    // only while someone is logged in at it).
    void staff(const QList<int> &counters);

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QueueEngine> m_engine;
};

QString antrianctlPath();
QString streamWriterPath();

// Runs antrianctl with `args` and waits for it (process.h).
ProcessResult runCtl(const QStringList &args, const RunOptions &options = {});

} // namespace antrian::test
