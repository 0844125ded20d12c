// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl backup and restore, through the real binaries, on SQLite and (tst_backup_pg) on
// PostgreSQL: a copy taken while four writers issue holds every ticket reported before it
// began; the daily copy's name, replacement and pruning; restore refused while an app holds
// the database, naming it, and refused for a file that is no usable backup, changing nothing.
#include "ctlfixture.h"
#include "olderschema.h"

#include "backup/uselock.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

constexpr int kWriters = 4;

// The codes in antrianctl issue's output ("A-001  Customer Service").
QSet<QString> codesIn(const QByteArray &output)
{
    static const QRegularExpression code(QStringLiteral("^([A-Z]-\\d+)\\s"), QRegularExpression::MultilineOption);
    QSet<QString> out;
    for (auto it = code.globalMatch(QString::fromUtf8(output)); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

QSet<QString> rowsOf(const QString &path, const QString &sql)
{
    QSet<QString> out;
    const QString name = QStringLiteral("check-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(sql);
            while (q.next())
                out.insert(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// The ticket codes a database holds: a file (SQLite) or a postgresql:// location.
QSet<QString> ticketCodes(const QString &location)
{
    if (!testOnPostgres())
        return rowsOf(location, QStringLiteral("SELECT code FROM tickets"));
    QSet<QString> out;
    auto rows = PgCluster::instance().runSql(QStringLiteral("SELECT code FROM tickets"), PgCluster::databaseOf(location));
    if (rows) {
        for (const QVariantList &row : *rows)
            out.insert(row.value(0).toString());
    }
    return out;
}

// What must not change when a restore is refused: the file's bytes (with its -wal), or the
// server database's tickets.
QByteArray fingerprint(const QString &location)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (testOnPostgres()) {
        QStringList codes = ticketCodes(location).values();
        codes.sort();
        hash.addData(codes.join(u',').toUtf8());
        return hash.result();
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(location + suffix);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}

// antrianctl with the fixture's --db, --now and language, its data location in `dataHome`
// (where PostgreSQL's daily copies go).
ProcessResult ctlIn(const CtlFixture &f, const QString &dataHome, const QStringList &args, const QString &now = {})
{
    RunOptions options = RunOptions().timeout(120000);
    options.env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    return runCtl(f.base(now) + args, options);
}

QString backupName(const QString &dir)
{
    return QDir(dir).filePath(testOnPostgres() ? QStringLiteral("copy.pgdump") : QStringLiteral("copy.db"));
}

QString dailyFolder(const CtlFixture &f, const QString &dataHome)
{
    return testOnPostgres() ? dataHome + QStringLiteral("/antrian/backups") : f.dir() + QStringLiteral("/backups");
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupTakenWhileFourWritersIssueHoldsEveryTicketReportedBeforeIt();
    void dailyBackupIsNamedForTheBusinessDateAndReplacesTodaysCopy();
    void dailyBackupRemovesOnlyDailyCopiesOlderThanItKeeps();
    void restoreIsRefusedWhileAnAppHoldsTheDatabaseNamingIt_data();
    void restoreIsRefusedWhileAnAppHoldsTheDatabaseNamingIt();
    void restoreRefusesAFileThatIsNoUsableBackupAndChangesNothing_data();
    void restoreRefusesAFileThatIsNoUsableBackupAndChangesNothing();
    void restoreOfAnOlderSchemaSaysItMigratesOnNextOpen();
};

void TestBackup::backupTakenWhileFourWritersIssueHoldsEveryTicketReportedBeforeIt()
{
    CtlFixture f;
    QVERIFY(f.ok());
    const QString stop = f.dir() + QStringLiteral("/stop");
    // Each writer: antrianctl issue in a loop, until the stop file appears.
    const QString loop = QStringLiteral("while [ ! -e \"$STOP\" ]; do \"$CTL\" \"$@\" || exit 1; done");
    std::vector<std::unique_ptr<RunningProgram>> writers;
    for (int i = 0; i < kWriters; ++i) {
        RunOptions options;
        options.env.insert(QStringLiteral("STOP"), stop);
        options.env.insert(QStringLiteral("CTL"), antrianctlPath());
        writers.push_back(std::make_unique<RunningProgram>());
        QVERIFY(writers.back()->start(QStringLiteral("sh"), QStringList{QStringLiteral("-c"), loop, QStringLiteral("writer")}
                                                                   + f.base() + QStringList{QStringLiteral("issue"), QStringLiteral("A")},
                                      options));
    }
    for (auto &w : writers)
        QTRY_VERIFY2_WITH_TIMEOUT(codesIn(w->output()).size() >= 3, w->output().constData(), 120000);

    QSet<QString> reportedBefore; // printed once committed, all before the backup starts
    for (auto &w : writers)
        reportedBefore += codesIn(w->output());
    const QString copy = backupName(f.dir());
    const ProcessResult backup = ctlIn(f, f.dir(), {QStringLiteral("backup"), copy});
    QSet<QString> reportedAfter;
    for (auto &w : writers)
        reportedAfter += codesIn(w->output());
    QFile(stop).open(QIODevice::WriteOnly);
    QSet<QString> reportedByTheEnd;
    for (auto &w : writers) {
        const ProcessResult ended = w->waitForExit(60000);
        QCOMPARE(ended.exitCode, 0);
        reportedByTheEnd += codesIn(w->output());
    }
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY(!reportedBefore.isEmpty());

    QString restored = copy;
    if (testOnPostgres()) {
        // Restored into a database of its own, to read what the dump holds.
        restored = PgCluster::instance().createDatabase();
        RunOptions options = RunOptions().timeout(120000);
        const ProcessResult r = runCtl({QStringLiteral("--db"), restored, QStringLiteral("--lang"), QStringLiteral("en"),
                                        QStringLiteral("restore"), copy},
                                       options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    } else {
        QCOMPARE(rowsOf(copy, QStringLiteral("PRAGMA integrity_check")), QSet<QString>{QStringLiteral("ok")});
        QVERIFY2(!QFile::exists(copy + QStringLiteral("-wal")), "a copy is one file");
    }
    const QSet<QString> inCopy = ticketCodes(restored);
    const QSet<QString> missing = reportedBefore - inCopy;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing from the copy: %1").arg(missing.values().join(u' '))));
    // Nothing in the copy that no writer reported issued.
    const QSet<QString> unknown = inCopy - reportedByTheEnd;
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.values().join(u' ')));
    qInfo("%lld tickets reported before the backup, %lld in the copy, %lld reported by its end",
          qint64(reportedBefore.size()), qint64(inCopy.size()), qint64(reportedAfter.size()));
}

void TestBackup::dailyBackupIsNamedForTheBusinessDateAndReplacesTodaysCopy()
{
    CtlFixture f;
    QVERIFY(f.ok());
    // 06:00 in Jakarta is still the 23rd in UTC: the name is the branch's business date.
    const QString morning = QStringLiteral("2026-11-24T06:00:00+07:00");
    const QString folder = dailyFolder(f, f.dir());
    const QString ext = testOnPostgres() ? QStringLiteral("pgdump") : QStringLiteral("db");
    const QString expected = folder + QStringLiteral("/antrian-2026-11-24.") + ext;

    ProcessResult first = ctlIn(f, f.dir(), {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--daily")}, morning);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QJsonObject o = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(o.value(QStringLiteral("file")).toString(), expected);
    QCOMPARE(o.value(QStringLiteral("businessDate")).toString(), QStringLiteral("2026-11-24"));
    QCOMPARE(o.value(QStringLiteral("replaced")).toBool(), false);

    ProcessResult again = ctlIn(f, f.dir(), {QStringLiteral("backup"), QStringLiteral("--daily")}, morning);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.out.contains("replacing today's earlier copy"), again.out.constData());
    QVERIFY2(again.out.contains(expected.toUtf8()), again.out.constData());
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QFileInfo(expected).fileName()});
}

void TestBackup::dailyBackupRemovesOnlyDailyCopiesOlderThanItKeeps()
{
    CtlFixture f;
    QVERIFY(f.ok());
    const QString folder = dailyFolder(f, f.dir());
    QVERIFY(QDir().mkpath(folder));
    const QString ext = testOnPostgres() ? QStringLiteral(".pgdump") : QStringLiteral(".db");
    const QString otherExt = testOnPostgres() ? QStringLiteral(".db") : QStringLiteral(".pgdump");
    // Today is 2026-11-23: 14 days are the 10th to the 23rd.
    const QStringList removed = {QStringLiteral("antrian-2026-11-09") + ext, QStringLiteral("antrian-2026-10-01") + ext};
    const QStringList kept = {QStringLiteral("antrian-2026-11-10") + ext, QStringLiteral("antrian-2026-11-22") + ext,
                              QStringLiteral("antrian-2026-12-01") + ext, // ahead of today: a clock once set ahead
                              QStringLiteral("antrian-2026-10-01") + otherExt, QStringLiteral("antrian-2026-10-01") + ext + QStringLiteral(".txt"),
                              QStringLiteral("mine-2026-10-01") + ext, QStringLiteral("notes.txt")};
    for (const QString &name : removed + kept) {
        QFile file(folder + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old copy");
    }
    const ProcessResult r = ctlIn(f, f.dir(), {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--daily")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList reported;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("removed")).toArray())
        reported.append(QFileInfo(v.toString()).fileName());
    reported.sort();
    QStringList expectRemoved = removed;
    expectRemoved.sort();
    QCOMPARE(reported, expectRemoved);
    QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
    QStringList expectLeft = kept + QStringList{QStringLiteral("antrian-2026-11-23") + ext};
    expectLeft.sort();
    QCOMPARE(left, expectLeft);
    const ProcessResult text = ctlIn(f, f.dir(), {QStringLiteral("backup"), QStringLiteral("--daily"), QStringLiteral("--keep"), QStringLiteral("2")});
    QVERIFY2(text.out.contains("Copies older than 2 days, removed:"), text.out.constData());
    QVERIFY2(text.out.contains("antrian-2026-11-10" + ext.toUtf8()), text.out.constData());
    QCOMPARE(ctlIn(f, f.dir(), {QStringLiteral("backup"), QStringLiteral("--daily"), QStringLiteral("--keep"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(ctlIn(f, f.dir(), {QStringLiteral("backup")}).exitCode, 2);
}

void TestBackup::restoreIsRefusedWhileAnAppHoldsTheDatabaseNamingIt_data()
{
    QTest::addColumn<QString>("holder");
    QTest::newRow("the kiosk") << QStringLiteral("kiosk");
    QTest::newRow("antrianctl") << QStringLiteral("antrianctl");
}

void TestBackup::restoreIsRefusedWhileAnAppHoldsTheDatabaseNamingIt()
{
    QFETCH(QString, holder);
    CtlFixture f;
    QVERIFY(f.ok());
    const QString copy = backupName(f.dir());
    QVERIFY(ctlIn(f, f.dir(), {QStringLiteral("backup"), copy}).exitCode == 0);
    QVERIFY(runCtl(f.base() + QStringList{QStringLiteral("issue"), QStringLiteral("A")}).exitCode == 0);
    const QSet<QString> before = ticketCodes(f.path());

    {
        RunningProgram app;
        if (holder == u"kiosk") {
            QVERIFY(app.start(QStringLiteral(ANTRIAN_KIOSK_BIN), {QStringLiteral("--db"), f.path(), QStringLiteral("--lang"), QStringLiteral("en")}));
        } else {
            // antrianctl waiting at the PIN prompt of staff add, its database open.
            RunOptions options;
            options.keepInputOpen = true;
            QVERIFY(app.start(antrianctlPath(), f.base() + QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("siti"),
                                                                        QStringLiteral("--name"), QStringLiteral("Siti")},
                              options));
        }
        const QString name = holder == u"kiosk" ? QStringLiteral("antrian-kiosk") : QStringLiteral("antrianctl");
        const QString expected = QStringLiteral("%1 (pid %2)").arg(name).arg(app.pid());
        if (testOnPostgres()) {
            QTRY_VERIFY_WITH_TIMEOUT(!PgCluster::instance()
                                              .runSql(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                                                     "AND application_name = '%1'").arg(name),
                                                      PgCluster::databaseOf(f.path()))
                                              ->isEmpty(),
                                     60000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(holdersOf(f.path()).contains(expected), 60000);
        }
        const QByteArray fingerprintBefore = fingerprint(f.path());
        const ProcessResult refused = ctlIn(f, f.dir(), {QStringLiteral("restore"), copy});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("is in use by"), refused.err.constData());
        QVERIFY2(refused.err.contains((testOnPostgres() ? name : expected).toUtf8()), refused.err.constData());
        QCOMPARE(fingerprint(f.path()), fingerprintBefore);
        QVERIFY(QDir(f.dir()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
        app.stop();
    }

    const ProcessResult accepted = ctlIn(f, f.dir(), {QStringLiteral("--json"), QStringLiteral("restore"), copy},
                                         QStringLiteral("2026-11-23T10:15:30+07:00"));
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY(ticketCodes(f.path()).isEmpty()); // the copy was taken before A-001 was issued
    if (!testOnPostgres()) {
        const QString aside = QJsonDocument::fromJson(accepted.out).object().value(QStringLiteral("keptAside")).toString();
        QVERIFY2(aside.startsWith(f.path() + QStringLiteral(".before-restore-")), qPrintable(aside));
        QCOMPARE(ticketCodes(aside), before);
        QVERIFY(!QFile::exists(f.path() + QStringLiteral("-wal")) || QFileInfo(f.path() + QStringLiteral("-wal")).size() == 0);
    }
    // The restored database opens and takes tickets again.
    const ProcessResult issued = runCtl(f.base() + QStringList{QStringLiteral("issue"), QStringLiteral("A")});
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
}

void TestBackup::restoreRefusesAFileThatIsNoUsableBackupAndChangesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("words");
    const bool pg = testOnPostgres();
    QTest::newRow("not a database") << QStringLiteral("text")
                                    << (pg ? QStringLiteral("is not a PostgreSQL backup") : QStringLiteral("is not an SQLite database file"));
    QTest::newRow("damaged") << QStringLiteral("damaged")
                             << (pg ? QStringLiteral("is not a PostgreSQL backup") : QStringLiteral("is damaged (integrity_check"));
    QTest::newRow("another program's") << QStringLiteral("foreign") << QStringLiteral("of another program, not");
    QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("was written by a newer Antrian (schema version");
}

void TestBackup::restoreRefusesAFileThatIsNoUsableBackupAndChangesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, words);
    CtlFixture f;
    QVERIFY(f.ok());
    QVERIFY(runCtl(f.base() + QStringList{QStringLiteral("issue"), QStringLiteral("A")}).exitCode == 0);
    const QString file = backupName(f.dir());
    const bool pg = testOnPostgres();
    if (kind == u"text") {
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("bukan cadangan\n");
    } else if (kind == u"damaged") {
        QVERIFY(ctlIn(f, f.dir(), {QStringLiteral("backup"), file}).exitCode == 0);
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::ReadWrite));
        if (pg) {
            QVERIFY(copy.resize(copy.size() / 3)); // a dump cut short
        } else {
            QVERIFY(copy.seek(4096 * 2)); // the header page stays, the pages after it are garbage
            copy.write(QByteArray(4096 * 8, '\x55'));
        }
    } else if (kind == u"foreign" || kind == u"newer") {
        // Another database: another program's tables, or Antrian's with a newer version row.
        QString other;
        if (pg) {
            other = PgCluster::instance().createDatabase();
            if (kind == u"newer")
                QVERIFY(runCtl({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode == 0);
        } else {
            other = f.dir() + QStringLiteral("/other.db");
            if (kind == u"newer")
                QVERIFY(runCtl({QStringLiteral("--db"), other, QStringLiteral("init")}).exitCode == 0);
        }
        const QString sql = kind == u"foreign" ? QStringLiteral("CREATE TABLE songs (title TEXT)")
                                               : QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 'later')")
                                                         .arg(latestSchemaVersion() + 1);
        if (pg) {
            QVERIFY(PgCluster::instance().runSql(sql, PgCluster::databaseOf(other)).ok());
            const ProcessResult dump = runProgram(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--file=") + file,
                                                                              QStringLiteral("--dbname=") + other});
            QVERIFY2(dump.exitCode == 0, dump.err.constData());
        } else {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                db.setDatabaseName(other);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(sql));
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=DELETE")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
            QVERIFY(QFile::rename(other, file));
        }
    }
    const QByteArray before = fingerprint(f.path());
    const ProcessResult refused = ctlIn(f, f.dir(), {QStringLiteral("restore"), file});
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains(words.toUtf8()), refused.err.constData());
    QVERIFY2(refused.err.contains("nothing was restored"), refused.err.constData());
    QCOMPARE(fingerprint(f.path()), before);
    QVERIFY(QDir(f.dir()).entryList({QStringLiteral("*before-restore*"), QStringLiteral("*.restoring*")}).isEmpty());
}

void TestBackup::restoreOfAnOlderSchemaSaysItMigratesOnNextOpen()
{
    SQLITE_ONLY();
    CtlFixture f;
    QVERIFY(f.ok());
    const QString file = backupName(f.dir());
    QVERIFY(ctlIn(f, f.dir(), {QStringLiteral("backup"), file}).exitCode == 0);
    {
        // The backup of a database schema 8 left.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const QString &step : undoSchemaDownTo8())
            QVERIFY2(QSqlQuery(db).exec(step), qPrintable(step));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const ProcessResult r = ctlIn(f, f.dir(), {QStringLiteral("restore"), file});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(QStringLiteral("schema version 8; it is migrated to version %1 when next opened").arg(latestSchemaVersion()).toUtf8()),
             r.out.constData());
    const ProcessResult opened = runCtl(f.base() + QStringList{QStringLiteral("issue"), QStringLiteral("A")});
    QVERIFY2(opened.exitCode == 0, opened.err.constData());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
