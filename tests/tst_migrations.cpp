// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades keep the data: a database made by each earlier schema version's own antrianctl
// (tests/data/schema/vN.db, made by make-fixtures.sh, described in manifest.json) opens with
// today's code, migrates to the latest version in one transaction and keeps every ticket, staff
// account and event that version wrote; a migration that fails half-way leaves the file as it
// was, and a database from a newer version is refused untouched.
#include "testsupport.h"

#include "domain/queueevent.h"
#include "staff/staffaccounts.h"
#include "storage/eventstore.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

QString schemaData(const QString &name)
{
    return QStringLiteral(ANTRIAN_TEST_DATA "/schema/") + name;
}

QJsonObject manifest()
{
    QFile f(schemaData(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The manifest's entry for schema version `version`; empty when there is none.
QJsonObject fixtureOf(int version)
{
    for (const QJsonValue &entry : manifest().value(QStringLiteral("fixtures")).toArray()) {
        if (entry[QStringLiteral("version")].toInt() == version)
            return entry.toObject();
    }
    return {};
}

QDateTime moment(const QJsonValue &iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate);
}

// A copy of the fixture in `dir`, as a branch PC would hold it: the test never writes the
// file in the source tree.
QString copyOf(const QTemporaryDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("antrian.db"));
    QFile::remove(path);
    if (!QFile::copy(schemaData(QStringLiteral("v%1.db").arg(version)), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// The file as plain SQLite sees it, without Antrian's code: on a connection of its own, closed
// before the function returns, so that nothing of ours opens or migrates it.
class RawFile
{
public:
    explicit RawFile(const QString &path) : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    // Runs `sql`; its error, empty when it succeeded.
    QString run(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    int schemaVersion() const { return scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(); }

    // Every table, index and trigger and every row of every table, in a stable order, hashed:
    // what "the file is unchanged" means here (the bytes may differ by a checkpoint).
    QByteArray contentHash() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery objects(db);
        objects.exec(QStringLiteral("SELECT type, name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"));
        QStringList tables;
        while (objects.next()) {
            hash.addData(QStringLiteral("%1|%2|%3\n").arg(objects.value(0).toString(), objects.value(1).toString(),
                                                          objects.value(2).toString()).toUtf8());
            if (objects.value(0).toString() == u"table")
                tables << objects.value(1).toString();
        }
        for (const QString &table : tables) {
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
            while (rows.next()) {
                QStringList cells{table};
                for (int i = 0; i < rows.record().count(); ++i)
                    cells << (rows.isNull(i) ? QStringLiteral("NULL") : rows.value(i).toString());
                hash.addData(cells.join(u'|').toUtf8() + '\n');
            }
        }
        return hash.result().toHex();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

// A ticket as the manifest writes it (antrianctl's JSON, reduced), from today's engine.
QJsonObject factsOf(const Ticket &t, const QJsonObject &recorded)
{
    QJsonObject o{
            {QStringLiteral("businessDate"), t.businessDate.toString(Qt::ISODate)},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("service"), t.serviceCode},
            {QStringLiteral("status"), statusKey(t.status)},
            {QStringLiteral("priority"), t.priority},
            {QStringLiteral("counter"), t.counterNumber > 0 ? QJsonValue(t.counterNumber) : QJsonValue()},
            {QStringLiteral("transferredFrom"),
             t.transferredFromService.isEmpty() ? QJsonValue() : QJsonValue(t.transferredFromService)},
            {QStringLiteral("callCount"), t.callCount},
    };
    // Ratings and outcomes (and the outcome's note) where the manifest records them for this
    // ticket: from version 7, whose antrianctl lists them.
    if (recorded.contains(QStringLiteral("rating")))
        o.insert(QStringLiteral("rating"), t.rating ? QJsonValue(*t.rating) : QJsonValue());
    if (recorded.contains(QStringLiteral("outcome")))
        o.insert(QStringLiteral("outcome"), t.outcome.isEmpty() ? QJsonValue() : QJsonValue(t.outcome));
    if (recorded.contains(QStringLiteral("outcomeNote")))
        o.insert(QStringLiteral("outcomeNote"), t.outcomeNote.isEmpty() ? QJsonValue() : QJsonValue(t.outcomeNote));
    return o;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// What the migration of each fixture is made to fail on, by an object made beforehand in the
// copy that a later migration creates: the floor's alerts table (migration 8) for every version
// before 8, so that every step from the fixture's up to 7 has run and must be undone; the
// report's sessions index (migration 9) for version 8. An index made on a version before 5 would
// not do: migrations 5 and 6 copy the events and tickets tables and drop their indexes with them.
struct Sabotage
{
    QString sql;
    int failingMigration;
};

Sabotage sabotageFor(int version)
{
    if (version < 8)
        return {QStringLiteral("CREATE TABLE floor_alerts (id INTEGER PRIMARY KEY)"), 8};
    return {QStringLiteral("CREATE INDEX events_sessions ON events (at)"), 9};
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void everySchemaVersionHasAFixture();
    void fixtureHoldsTheSchemaVersionItIsListedAs_data();
    void fixtureHoldsTheSchemaVersionItIsListedAs();
    void fixtureMigratesToTheLatestAndKeepsEverythingItHeld_data();
    void fixtureMigratesToTheLatestAndKeepsEverythingItHeld();
    void failedMigrationLeavesTheFileAsItWas_data();
    void failedMigrationLeavesTheFileAsItWas();
    void databaseFromANewerVersionIsRefusedAndLeftAsItWas();

private:
    void addFixtureRows(int below);
};

// One row per fixture the manifest lists, of a schema version below `below`.
void TestMigrations::addFixtureRows(int below)
{
    QTest::addColumn<int>("version");
    for (const QJsonValue &entry : manifest().value(QStringLiteral("fixtures")).toArray()) {
        const int version = entry[QStringLiteral("version")].toInt();
        if (version < below)
            QTest::addRow("from v%d", version) << version;
    }
}

// A new migration needs its fixture too: make-fixtures.sh with the commit that made it.
void TestMigrations::everySchemaVersionHasAFixture()
{
    for (int version = 1; version <= latestSchemaVersion(); ++version)
        QVERIFY2(!fixtureOf(version).isEmpty(),
                 qPrintable(QStringLiteral("manifest.json has no fixture of schema version %1").arg(version)));
}

void TestMigrations::fixtureHoldsTheSchemaVersionItIsListedAs_data()
{
    addFixtureRows(latestSchemaVersion() + 1);
}

void TestMigrations::fixtureHoldsTheSchemaVersionItIsListedAs()
{
    QFETCH(int, version);
    const QJsonObject entry = fixtureOf(version);
    QCOMPARE(entry[QStringLiteral("commit")].toString().size(), 40);
    QCOMPARE(entry[QStringLiteral("schemaVersion")].toInt(), version);
    QTemporaryDir dir;
    const QString path = copyOf(dir, version);
    QVERIFY2(!path.isEmpty(), qPrintable(QStringLiteral("v%1.db is missing").arg(version)));
    RawFile raw(path);
    QCOMPARE(raw.schemaVersion(), version);
}

void TestMigrations::fixtureMigratesToTheLatestAndKeepsEverythingItHeld_data()
{
    addFixtureRows(latestSchemaVersion() + 1);
}

void TestMigrations::fixtureMigratesToTheLatestAndKeepsEverythingItHeld()
{
    SQLITE_ONLY();
    QFETCH(int, version);
    const QJsonObject entry = fixtureOf(version);
    QVERIFY(!entry.isEmpty());
    QTemporaryDir dir;
    const QString path = copyOf(dir, version);
    QVERIFY(!path.isEmpty());

    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), latestSchemaVersion());

    // Every ticket as that version's antrianctl listed it, read at the same moment.
    FixedClock clock(moment(entry[QStringLiteral("readAt")]));
    QueueEngine engine(**db, clock);
    auto tickets = engine.tickets(TicketFilter{});
    QVERIFY2(tickets.ok(), qPrintable(tickets.ok() ? QString() : tickets.error().message));
    QStringList expected, found;
    QHash<QString, QJsonObject> recorded;
    for (const QJsonValue &t : entry[QStringLiteral("tickets")].toArray()) {
        const QJsonObject ticket = t.toObject();
        expected << compact(ticket);
        recorded.insert(ticket[QStringLiteral("businessDate")].toString() + u' ' + ticket[QStringLiteral("code")].toString(),
                        ticket);
    }
    for (const Ticket &t : *tickets)
        found << compact(factsOf(t, recorded.value(t.businessDate.toString(Qt::ISODate) + u' ' + t.code)));
    expected.sort();
    found.sort();
    QCOMPARE(found, expected);

    const QJsonObject counts = entry[QStringLiteral("counts")].toObject();
    QCOMPARE(tickets->size(), counts[QStringLiteral("tickets")].toInt());
    auto events = EventStore(**db).since(0, 100000);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), counts[QStringLiteral("events")].toInt());
    for (const QueueEvent &e : *events)
        QVERIFY2(e.kind.has_value(), qPrintable(QStringLiteral("event %1 has a kind today's code does not know").arg(e.id)));

    // Every staff account, and its PIN still opens it.
    StaffAccounts staff(**db, clock);
    auto members = staff.list();
    QVERIFY(members.ok());
    QCOMPARE(members->size(), counts[QStringLiteral("staff")].toInt());
    const QJsonArray people = entry[QStringLiteral("staff")].toArray();
    QCOMPARE(members->size(), people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject person = people.at(i).toObject();
        const StaffMember &member = members->at(i);
        QCOMPARE(member.username, person[QStringLiteral("username")].toString());
        QCOMPARE(member.fullName, person[QStringLiteral("fullName")].toString());
        QCOMPARE(staffRoleKey(member.role), person[QStringLiteral("role")].toString());
        auto login = staff.authenticate(member.username, person[QStringLiteral("pin")].toString());
        QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().message));
    }

    // The queue goes on: the next day's first ticket is issued and called.
    const QJsonObject check = entry[QStringLiteral("queueCheck")].toObject();
    clock.set(moment(check[QStringLiteral("now")]));
    auto issued = engine.issue(check[QStringLiteral("service")].toString());
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
    QCOMPARE(issued->ticket.code, check[QStringLiteral("code")].toString());
    auto called = engine.callNext(check[QStringLiteral("counter")].toInt());
    QVERIFY2(called.ok(), qPrintable(called.ok() ? QString() : called.error().message));
    QCOMPARE(called->code, check[QStringLiteral("code")].toString());

    QCOMPARE((*db)->integrityCheck(), QStringLiteral("ok"));
    QSqlQuery broken = (*db)->exec(QStringLiteral("PRAGMA foreign_key_check"));
    const QString orphan = broken.next() ? broken.value(0).toString() : QString();
    QVERIFY2(orphan.isEmpty(), qPrintable(QStringLiteral("a row of %1 refers to nothing").arg(orphan)));
}

void TestMigrations::failedMigrationLeavesTheFileAsItWas_data()
{
    addFixtureRows(latestSchemaVersion());
}

void TestMigrations::failedMigrationLeavesTheFileAsItWas()
{
    SQLITE_ONLY();
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = copyOf(dir, version);
    QVERIFY(!path.isEmpty());
    const Sabotage sabotage = sabotageFor(version);
    QByteArray before;
    {
        RawFile raw(path);
        QCOMPARE(raw.run(sabotage.sql), QString());
        before = raw.contentHash();
    }

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    // Names the step that failed and why, for the person who has to fix it.
    const QString message = db.error().message;
    QVERIFY2(message.contains(QStringLiteral("migration %1").arg(sabotage.failingMigration)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("already exists")), qPrintable(message));

    RawFile raw(path);
    QCOMPARE(raw.schemaVersion(), version);
    QCOMPARE(raw.contentHash(), before);
}

void TestMigrations::databaseFromANewerVersionIsRefusedAndLeftAsItWas()
{
    SQLITE_ONLY();
    const int latest = latestSchemaVersion();
    QTemporaryDir dir;
    const QString path = copyOf(dir, latest);
    QVERIFY(!path.isEmpty());
    QByteArray before;
    {
        RawFile raw(path);
        QCOMPARE(raw.run(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 'later')").arg(latest + 1)),
                 QString());
        before = raw.contentHash();
    }

    auto db = Database::open(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY2(db.error().message.contains(QStringLiteral("newer Antrian")), qPrintable(db.error().message));

    RawFile raw(path);
    QCOMPARE(raw.schemaVersion(), latest + 1);
    QCOMPARE(raw.contentHash(), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
