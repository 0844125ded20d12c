// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the branch database: pragmas, migrations, and refusing what is not ours without
// touching it.
#include "dbfaults.h"
#include "testsupport.h"
#include "olderschema.h"

#include "core/clock.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace antrian;
using namespace antrian::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void nonSqliteFileIsRefusedAndLeftByteForByteUnchanged_data();
    void nonSqliteFileIsRefusedAndLeftByteForByteUnchanged();
    void anotherProgramsSqliteDatabaseIsRefusedUnchanged();
    void folderGivenAsDatabaseIsRefused();
    void missingDatabaseSaysHowToCreateIt();
    void postgresUrlIsRefusedClearly_data();
    void postgresUrlIsRefusedClearly();
    void serverThatIsNotThereIsAStorageFaultNamingIt();
    void databaseFromANewerVersionIsRefused();
    void pragmasProtectEveryTicket();
    void migrationRunsOnceAndRecordsTheVersion();
    void uncommittedWriteLeavesNothing();
    void concurrentWriterWaitsForTheLockInsteadOfFailing();
    void missingFolderIsAStorageFaultNamingThePath();
    void lostDatabaseFileTakesNoWriteAndIsReopenedWhenBack_data();
    void lostDatabaseFileTakesNoWriteAndIsReopenedWhenBack();
    void databaseLostWhileATransactionWritesIsRefusedAtCommit();
    void fileReplacedByAnotherDatabaseIsOpenedInItsPlace();
    void attachedDatabaseConnectsWhenTheFileAppears();
    void anIssueWritesOnlyThePagesItsRowsAndConstraintsNeed();
    void upgradeKeepsEveryEventAndItsIdAndIdsGoOnGrowing();
    void upgradeCopiesEveryTicketAndKeepsTheQueueRulesOnTheCopy();
    void aSecondTicketWithTheSameCodeOnADayIsRefusedByTheDatabase();
    void aWriteTakesTheServersTimeOnceItHoldsTheLock();
};

void TestDatabase::nonSqliteFileIsRefusedAndLeftByteForByteUnchanged_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("create");
    QTest::newRow("text file, open") << QByteArray("Nomor antrian, bukan database\n") << false;
    QTest::newRow("text file, init") << QByteArray("Nomor antrian, bukan database\n") << true;
    QTest::newRow("PNG header, init") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << true;
    QTest::newRow("short file, init") << QByteArray("SQLite") << true;
}

void TestDatabase::nonSqliteFileIsRefusedAndLeftByteForByteUnchanged()
{
    SQLITE_ONLY();
    QFETCH(QByteArray, content);
    QFETCH(bool, create);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = fileHash(path);

    auto db = Database::open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("not a SQLite file")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"notes.txt"}); // no -wal, no -shm
}

void TestDatabase::anotherProgramsSqliteDatabaseIsRefusedUnchanged()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery(QStringLiteral("CREATE TABLE contacts (name TEXT)"), other);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("another program")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::folderGivenAsDatabaseIsRefused()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    auto db = Database::open(dir.path(), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY(db.error().message.contains(QStringLiteral("is a folder")));
}

void TestDatabase::missingDatabaseSaysHowToCreateIt()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere/antrian.db"));
    auto db = Database::open(path, Database::OpenMode::MustExist);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().message.contains(QStringLiteral("antrianctl init --db ") + path), qPrintable(db.error().message));
    QVERIFY(!QFileInfo::exists(path)); // asking is not creating
}

void TestDatabase::postgresUrlIsRefusedClearly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("a password in the URL") << "postgresql://kiosk-1:rahasia@10.0.0.5/antrian" << "~/.pgpass";
    QTest::newRow("a password as an option") << "postgresql://kiosk-1@10.0.0.5/antrian?password=rahasia" << "~/.pgpass";
    QTest::newRow("no database named") << "postgresql://kiosk-1@10.0.0.5" << "names no database";
    QTest::newRow("an option that is no option") << "postgresql://kiosk-1@10.0.0.5/antrian?ssl-mode=require" << "not a connection option";
}

void TestDatabase::postgresUrlIsRefusedClearly()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    auto db = Database::open(url);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::BadInput); // exit 2: the command line is wrong
    QVERIFY2(db.error().message.contains(says), qPrintable(db.error().message));
    QVERIFY2(!db.error().message.contains(QStringLiteral("rahasia")), qPrintable(db.error().message));
}

void TestDatabase::serverThatIsNotThereIsAStorageFaultNamingIt()
{
    // Port 1 on this PC: nothing listens, the connection is refused at once.
    auto db = Database::open(QStringLiteral("postgresql://kiosk-1@127.0.0.1:1/antrian"));
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage); // exit 4
    QVERIFY2(db.error().message.contains(QStringLiteral("postgresql://kiosk-1@127.0.0.1:1/antrian")), qPrintable(db.error().message));
}

void TestDatabase::databaseFromANewerVersionIsRefused()
{
    QTemporaryDir dir;
    const QString path = freshDatabaseLocation(dir);
    {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        (*db)->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')"),
                    {latestSchemaVersion() + 5});
    }
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(QStringLiteral("newer Antrian")), qPrintable(db.error().message));
}

void TestDatabase::pragmasProtectEveryTicket()
{
    SQLITE_ONLY();
    Fixture f;
    QCOMPARE(pragma(f.db(), "journal_mode"), QStringLiteral("wal"));
    QCOMPARE(pragma(f.db(), "synchronous"), QStringLiteral("2")); // FULL: survives a power cut
    QCOMPARE(pragma(f.db(), "foreign_keys"), QStringLiteral("1"));
    QCOMPARE(pragma(f.db(), "busy_timeout").toInt() >= 1000, true);
}

void TestDatabase::migrationRunsOnceAndRecordsTheVersion()
{
    QTemporaryDir dir;
    const QString path = freshDatabaseLocation(dir);
    for (int i = 0; i < 3; ++i) {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
        QSqlQuery q = (*db)->exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), migrations().size());
        QCOMPARE(q.value(1).toInt(), migrations().size());
    }
}

void TestDatabase::uncommittedWriteLeavesNothing()
{
    Fixture f;
    {
        WriteTransaction tx(f.db());
        QVERIFY(tx.isOpen());
        QVERIFY(f.db().run(QStringLiteral("UPDATE branch SET name = 'half-written'")).ok());
    } // no commit: rolled back
    QCOMPARE(f.engine().branch()->config.name, QStringLiteral("Test Branch"));
}

void TestDatabase::concurrentWriterWaitsForTheLockInsteadOfFailing()
{
    Fixture f;
    WriteTransaction holder(f.db());
    QVERIFY(holder.isOpen());

    // A second writer, on its own connection in its own thread as the apps do.
    bool opened = false;
    QString error;
    qint64 waitedMs = 0;
    QThread *writer = QThread::create([&] {
        QElapsedTimer waited;
        waited.start();
        auto second = Database::open(f.path()); // opening an up-to-date database takes no lock
        if (!second) {
            error = second.error().message;
            return;
        }
        WriteTransaction tx(**second); // queues on the busy timeout until the holder commits
        waitedMs = waited.elapsed();
        opened = tx.isOpen();
        error = opened ? QString() : tx.error().message;
        if (opened)
            (void)tx.commit();
    });
    writer->start();
    QThread::msleep(300);
    QVERIFY(holder.commit().ok());
    QVERIFY(writer->wait(10000));
    delete writer;
    QVERIFY2(opened, qPrintable(error));
    QVERIFY2(waitedMs >= 150, qPrintable(QString::number(waitedMs)));
}

void TestDatabase::missingFolderIsAStorageFaultNamingThePath()
{
    SQLITE_ONLY();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/antrian.db"));
    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(QStringLiteral("database not found at ") + path), qPrintable(db.error().message));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no-such-folder"))));
}

void TestDatabase::lostDatabaseFileTakesNoWriteAndIsReopenedWhenBack_data()
{
    QTest::addColumn<DatabaseFaults::Fault>("fault");
    QTest::addColumn<QString>("says");
    QTest::newRow("removed") << DatabaseFaults::Fault::Removed << QStringLiteral("was removed");
    QTest::newRow("replaced by a text file") << DatabaseFaults::Fault::ReplacedByText << QStringLiteral("was replaced");
}

void TestDatabase::lostDatabaseFileTakesNoWriteAndIsReopenedWhenBack()
{
    SQLITE_ONLY();
    QFETCH(DatabaseFaults::Fault, fault);
    QFETCH(QString, says);
    Fixture f;
    f.issue(QStringLiteral("A"));
    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(fault));

    {
        WriteTransaction tx(f.db());
        QVERIFY(!tx.isOpen());
        QCOMPARE(tx.error().kind, Error::Kind::Storage);
        QVERIFY2(tx.error().message.contains(says), qPrintable(tx.error().message));
    }
    auto refused = f.engine().issue(QStringLiteral("A"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Storage);
    QVERIFY(!f.db().fault().isEmpty());
    // Reads stop too: nothing is shown from a file that is no longer the branch's.
    QVERIFY(!f.engine().status().ok());

    QVERIFY(faults.undo(fault));
    QCOMPARE(ticketsIn(f.path()), 1); // the refused ticket went nowhere
    // The file is back: the same Database opens it again by itself, a moment later.
    QTRY_VERIFY_WITH_TIMEOUT(f.db().verify().ok(), 10000);
    QVERIFY(f.engine().issue(QStringLiteral("A")).ok());
    QCOMPARE(ticketsIn(f.path()), 2);
}

// The statements inside a write transaction do not look at the file (an issue sent a stat()
// per statement); COMMIT does, so a file moved away meanwhile takes nothing.
void TestDatabase::databaseLostWhileATransactionWritesIsRefusedAtCommit()
{
    SQLITE_ONLY();
    Fixture f;
    f.issue(QStringLiteral("A"));
    DatabaseFaults faults(f.path());
    {
        WriteTransaction tx(f.db());
        QVERIFY(tx.isOpen());
        QVERIFY(f.db().run(QStringLiteral("UPDATE branch SET name = 'written into a lost file'")).ok());
        QVERIFY(faults.apply(DatabaseFaults::Fault::Removed));
        const Outcome committed = tx.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().kind, Error::Kind::Storage);
        QVERIFY2(committed.error().message.contains(QStringLiteral("removed")), qPrintable(committed.error().message));
    }
    QVERIFY(faults.undo(DatabaseFaults::Fault::Removed));
    QTRY_VERIFY_WITH_TIMEOUT(f.db().verify().ok(), 10000);
    QCOMPARE(f.engine().branch()->config.name, QStringLiteral("Test Branch"));
}

void TestDatabase::fileReplacedByAnotherDatabaseIsOpenedInItsPlace()
{
    SQLITE_ONLY();
    Fixture f;
    f.issue(QStringLiteral("A"));
    DatabaseFaults faults(f.path());
    QVERIFY(faults.apply(DatabaseFaults::Fault::ReplacedByDatabase));
    const int generation = f.db().generation();
    {
        WriteTransaction first(f.db());
        QVERIFY(!first.isOpen());
        QVERIFY2(first.error().message.contains(QStringLiteral("was replaced")), qPrintable(first.error().message));
    }
    QTRY_VERIFY_WITH_TIMEOUT(f.db().verify().ok(), 10000);
    QCOMPARE(f.db().generation(), generation + 1);
    auto branch = f.engine().branch();
    QVERIFY(branch.ok());
    QCOMPARE(branch->config.name, QStringLiteral("Cabang Pengganti"));
    QVERIFY(f.engine().issue(QStringLiteral("A")).ok());
    QCOMPARE(ticketsIn(f.path()), 1); // the new file's first ticket
}

void TestDatabase::attachedDatabaseConnectsWhenTheFileAppears()
{
    QTemporaryDir dir;
    const QString path = freshDatabaseLocation(dir);
    auto db = Database::attach(path);
    QVERIFY(db->fault().contains(path));
    QVERIFY(!db->run(QStringLiteral("SELECT 1")).ok());
    QCOMPARE(runCtl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(db->run(QStringLiteral("SELECT COUNT(*) FROM schema_version")).ok(), 10000);
    QVERIFY(db->fault().isEmpty());
}

// Each page an issue changes is one more 4 KB frame the commit appends to the WAL and waits
// for on the disk (synchronous=FULL). An issue needs its ticket row and the ticket's two
// uniqueness constraints and waiting index, its event row and its sequence row: about six, where
// the schema once wrote eleven (an index no query read, one row per event in sqlite_sequence).
void TestDatabase::anIssueWritesOnlyThePagesItsRowsAndConstraintsNeed()
{
    SQLITE_ONLY();
    Fixture f;
    for (int i = 0; i < 20; ++i)
        f.issue(QStringLiteral("A"));
    // Counted in one WAL: no checkpoint starts it again while the issues run.
    QVERIFY(f.db().run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
    QVERIFY(f.db().run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    const int issues = 50;
    for (int i = 0; i < issues; ++i)
        f.issue(QStringLiteral("A"));
    QSqlQuery q = f.db().exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    QVERIFY(q.next());
    const int frames = q.value(1).toInt();
    q.finish();
    // Measured 5.2: the ticket, its code's index, the waiting index, the event and the day's
    // sequence row (6.2 with schema 5's index of service and number, 10.7 before schema 5).
    QVERIFY2(frames <= 6 * issues, qPrintable(QStringLiteral("%1 issues wrote %2 pages").arg(issues).arg(frames)));
}

// Schema 5 copies the events table to drop AUTOINCREMENT: the feed's readers keep the last id
// they saw, so every event keeps its id, and the next one comes after all of them.
void TestDatabase::upgradeKeepsEveryEventAndItsIdAndIdsGoOnGrowing()
{
    SQLITE_ONLY();
    QString path;
    QStringList before;
    QTemporaryDir dir;
    {
        Fixture f;
        path = dir.filePath(QStringLiteral("old.db"));
        for (int i = 0; i < 3; ++i)
            f.issue(QStringLiteral("A"));
        QVERIFY(f.engine().callNext(1).ok());
        for (const QString &sql : undoSchemaDownTo6())
            QVERIFY2(f.db().run(sql).ok(), qPrintable(sql));
        // The tables and indexes as schema version 4 left them.
        for (const char *sql : {"CREATE TABLE events_v4 (id INTEGER PRIMARY KEY AUTOINCREMENT, at BIGINT NOT NULL,"
                                " business_date TEXT NOT NULL, kind TEXT NOT NULL, ticket_id INTEGER REFERENCES tickets(id),"
                                " service_id INTEGER REFERENCES services(id), counter_id INTEGER REFERENCES counters(id),"
                                " staff_id INTEGER REFERENCES staff(id), detail TEXT NOT NULL DEFAULT '')",
                                "INSERT INTO events_v4 SELECT id, at, business_date, kind, ticket_id, service_id, counter_id,"
                                " staff_id, detail FROM events",
                                "DROP TABLE events", "ALTER TABLE events_v4 RENAME TO events",
                                "CREATE INDEX events_ticket ON events (ticket_id)",
                                "DROP INDEX tickets_waiting", "CREATE INDEX tickets_waiting ON tickets (status, business_date, id)",
                                "DROP INDEX tickets_service_finished",
                                "CREATE INDEX tickets_service_finished ON tickets (service_id, status, finished_at)",
                                "CREATE INDEX tickets_service_queue ON tickets (service_id, status, priority, id)",
                                "DELETE FROM schema_version WHERE version >= 5"}) {
            QVERIFY2(f.db().run(QString::fromLatin1(sql)).ok(), sql);
        }
        QSqlQuery q = f.db().exec(QStringLiteral("SELECT id || ' ' || kind FROM events ORDER BY id"));
        while (q.next())
            before << q.value(0).toString();
        q.finish();
        QVERIFY(f.db().run(QStringLiteral("VACUUM INTO ?"), {path}).ok());
    }
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    QStringList after;
    QSqlQuery q = (*db)->exec(QStringLiteral("SELECT id || ' ' || kind FROM events ORDER BY id"));
    while (q.next())
        after << q.value(0).toString();
    q.finish();
    QCOMPARE(after, before);
    FixedClock clock(mondayMorning().addSecs(600));
    QueueEngine engine(**db, clock);
    auto issued = engine.issue(QStringLiteral("A"));
    QVERIFY(issued.ok());
    q = (*db)->exec(QStringLiteral("SELECT MAX(id), COUNT(*) FROM events"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), before.constLast().section(u' ', 0, 0).toLongLong() + 1);
    QCOMPARE(q.value(1).toInt(), before.size() + 1);
    q.finish();
    // And nothing counts the events' ids beside them any more: a page less in every commit.
    q = (*db)->exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'events'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

namespace {

QStringList rows(const Database &db, const char *sql)
{
    QStringList out;
    QSqlQuery q = db.exec(QString::fromLatin1(sql));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        out << fields.join(u'|');
    }
    q.finish();
    return out;
}

} // namespace

// Schema 6 copies the tickets table to drop an index its code's index already enforces: every
// ticket comes through unchanged, the partial indexes and the line-keeping triggers are on the
// copy, the foreign keys are on again, and the queue goes on where it stood.
void TestDatabase::upgradeCopiesEveryTicketAndKeepsTheQueueRulesOnTheCopy()
{
    Fixture f;
    f.staff({1, 2});
    for (int i = 0; i < 4; ++i)
        f.issue(QStringLiteral("A"));
    f.issue(QStringLiteral("B"), {.priority = true});
    QVERIFY(f.engine().callNext(1).ok());
    QVERIFY(f.engine().start(1).ok());
    QVERIFY(f.engine().finish(1).ok());
    QVERIFY(f.engine().callNext(2).ok());
    const bool sqlite = f.db().engine() == Engine::SQLite;
    // What schema 5 had beside the code's index. On SQLite an index where schema 5 had a table
    // constraint: the copy drops either.
    const QString downgrade = sqlite
            ? QStringLiteral("CREATE UNIQUE INDEX tickets_v5_sequence ON tickets (business_date, origin_service_id, sequence)")
            : QStringLiteral("ALTER TABLE tickets ADD CONSTRAINT tickets_business_date_origin_service_id_sequence_key"
                             " UNIQUE (business_date, origin_service_id, sequence)");
    // Every ticket as it is now: schema 8 takes its first call off and gives it back from called_at.
    const QStringList tickets = rows(f.db(), "SELECT * FROM tickets ORDER BY id");
    for (const QString &sql : undoSchemaDownTo6() + QStringList{downgrade, QStringLiteral("DELETE FROM schema_version WHERE version >= 6")})
        QVERIFY2(f.db().run(sql).ok(), qPrintable(sql));
    const char *indexes = sqlite ? "SELECT name FROM sqlite_master WHERE tbl_name = 'tickets' AND type = 'index'"
                                   " AND sql IS NOT NULL ORDER BY name"
                                 : "SELECT indexname FROM pg_indexes WHERE tablename = 'tickets' AND indexname NOT IN"
                                   " ('tickets_pkey', 'tickets_business_date_code_key') ORDER BY indexname";
    QVERIFY(rows(f.db(), indexes).size() == 4);
    const QStringList lines = rows(f.db(), "SELECT * FROM daily_sequences ORDER BY business_date, service_id");

    auto db = Database::open(f.path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());
    // Every ticket as it was (schemas 7 and 8, undone and made again, put their columns back).
    QCOMPARE(rows(**db, "SELECT * FROM tickets ORDER BY id"), tickets);
    QCOMPARE(rows(**db, "SELECT * FROM daily_sequences ORDER BY business_date, service_id"), lines);
    QCOMPARE(rows(**db, indexes), (QStringList{"tickets_follow_up_open", "tickets_one_active_per_counter",
                                               "tickets_service_finished", "tickets_waiting"}));
    if (sqlite) {
        QCOMPARE(pragma(**db, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(rows(**db, "PRAGMA foreign_key_check"), QStringList());
    }

    FixedClock clock(mondayMorning().addSecs(600));
    QueueEngine engine(**db, clock);
    auto waitingA = [&] {
        auto status = engine.status();
        for (const ServiceStatus &s : status.ok() ? status->services : QList<ServiceStatus>()) {
            if (s.service.code == u"A")
                return s.waiting;
        }
        return -1;
    };
    QCOMPARE(waitingA(), 3); // A-002..A-004: A-001 was served
    auto issued = engine.issue(QStringLiteral("A"));
    QVERIFY(issued.ok());
    QCOMPARE(issued->ticket.code, QStringLiteral("A-005")); // numbering goes on from the copy
    QCOMPARE(issued->estimate.ahead, 3);                    // the line kept on the sequence row
    QCOMPARE(waitingA(), 4);                                // the insert trigger is on the copy
    auto called = engine.callNext(1);
    QVERIFY(called.ok());
    QCOMPARE(called->serviceCode, QStringLiteral("A"));
    QCOMPARE(waitingA(), 3); // and the update trigger
    // The copy still lets one ticket at most be called or served at each counter.
    WriteTransaction tx(**db);
    QVERIFY(tx.isOpen());
    auto second = (*db)->run(QStringLiteral("UPDATE tickets SET status = 'called', counter_id ="
                                            " (SELECT counter_id FROM tickets WHERE code = ?) WHERE code = 'A-005'"),
                             {called->code});
    QVERIFY2(!second.ok(), "a second ticket called at counter 1 went in");
}

void TestDatabase::aSecondTicketWithTheSameCodeOnADayIsRefusedByTheDatabase()
{
    Fixture f;
    const Ticket first = f.issue(QStringLiteral("A"));
    WriteTransaction tx(f.db());
    QVERIFY(tx.isOpen());
    auto copy = f.db().run(QStringLiteral("INSERT INTO tickets (business_date, service_id, origin_service_id, sequence,"
                                          " code, status, issued_at, queued_at)"
                                          " SELECT business_date, service_id, origin_service_id, sequence, code, 'waiting',"
                                          " issued_at, queued_at FROM tickets WHERE id = ?"),
                           {first.id});
    QVERIFY2(!copy.ok(), "a second A-001 on the same day went in");
}

// On PostgreSQL every time a write stamps comes from the server: the statement that takes the
// writers' lock also returns the server's clock, and ServerClock follows it. Told first that the
// server said "1970", the clock is back on the server's time after one write.
void TestDatabase::aWriteTakesTheServersTimeOnceItHoldsTheLock()
{
    if (!testOnPostgres())
        QSKIP("SQLite has no server clock: the PC's own is the database's");
    Fixture f;
    ServerClock::instance().sync(0);
    QVERIFY(ServerClock::instance().nowUtc().date().year() < 2000);
    {
        WriteTransaction tx(f.db());
        QVERIFY(tx.isOpen());
        QVERIFY(tx.commit().ok());
    }
    const qint64 off = std::abs(ServerClock::instance().nowUtc().msecsTo(QDateTime::currentDateTimeUtc()));
    QVERIFY2(off < 5000, qPrintable(QStringLiteral("the server clock is %1 ms off after a write").arg(off)));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
