// SPDX-License-Identifier: GPL-3.0-or-later
// Least privilege on a PostgreSQL branch server (storage/roles.h), enforced by the server:
// connected as each group's member with plain SQL, what the kind may not do is refused
// (SQLSTATE 42501) and what its app needs goes through; each app's real work runs under its
// role; antrianctl role add/list/remove, and a PC connecting with the password from the
// .pgpass line role add printed. PostgreSQL only: it runs with ANTRIAN_TEST_ENGINE=postgresql.
#include "staffpolicy.h"
#include "testsupport.h"

#include "board/boardfeed.h"
#include "feed/changefeed.h"
#include "staff/countersessions.h"
#include "staff/staffmanagement.h"
#include "storage/roles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kMonday = QStringLiteral("2026-11-23T09:00:00+07:00");
const QString kPin = QStringLiteral("4821");

// One PC role of each kind, made once per test process (roles belong to the whole cluster).
QString pcRole(RoleKind kind)
{
    return QStringLiteral("pc-") + roleKindKey(kind);
}

QString asRole(const QString &location, const QString &role)
{
    QUrl url(location);
    url.setUserName(role);
    return url.toString();
}

// A plain QPSQL connection as `role`, for statements no app would send.
class SqlAs
{
public:
    SqlAs(const QString &location, const QString &role) : m_name(QStringLiteral("sql-as-%1").arg(++s_count))
    {
        const QUrl url(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(role);
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            m_openError = db.lastError().text();
    }
    ~SqlAs()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    const QString &openError() const { return m_openError; }
    // Runs `sql` in a transaction that is rolled back: the SQLSTATE of a failure, or empty.
    QString refusal(const QString &sql, QString *message = nullptr)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery q(db);
        q.exec(QStringLiteral("BEGIN"));
        const bool ok = q.exec(sql);
        const QString code = ok ? QString() : q.lastError().nativeErrorCode();
        if (message)
            *message = q.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return code;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QString m_openError;
};

// A database initialised as antrianctl init does (schema, branch, group grants), with a staff
// account for each kind of counter work.
class RoleFixture
{
public:
    RoleFixture(const QDateTime &now = mondayMorning()) : m_base(smallBranch(), now)
    {
        if (Outcome groups = Roles(m_base.db()).applyGroups(); !groups)
            qFatal("group roles: %s", qPrintable(groups.error().message));
        StaffAccounts accounts(m_base.db(), m_base.clock(), quickPolicy());
        for (const auto &[name, role] : {std::pair{"siti", StaffRole::Staff}, std::pair{"budi", StaffRole::Supervisor}}) {
            if (auto added = accounts.add({QLatin1String(name), QStringLiteral("Test %1").arg(QLatin1String(name)), role}, kPin); !added)
                qFatal("staff: %s", qPrintable(added.error().message));
        }
    }
    Fixture &base() { return m_base; }
    QString location() const { return m_base.path(); }
    QString as(RoleKind kind) const { return asRole(location(), pcRole(kind)); }
    QString database() const { return PgCluster::databaseOf(location()); }
    // One value of a query run as the superuser.
    QVariant value(const QString &sql)
    {
        auto rows = PgCluster::instance().runSql(sql, database());
        if (!rows || rows->isEmpty() || rows->first().isEmpty())
            return {};
        return rows->first().first();
    }

private:
    Fixture m_base;
};

std::unique_ptr<Database> openAs(const QString &location)
{
    auto db = Database::open(location);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return {};
    }
    return std::move(db).value();
}

// antrianctl with `input` on its stdin and `env` as its environment. `cmdline` (if given)
// receives what `ps` shows of the process while it waits for its stdin.
ProcessResult ctl(const QStringList &args, const QByteArray &input = {},
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(), QByteArray *cmdline = nullptr)
{
    RunOptions options = RunOptions().environment(env).stdinWith(input);
    if (cmdline) {
        // Read while it waits for its stdin (written after this). Just after the start the
        // kernel may still show the process as it was before exec (or nothing): read again
        // until it shows antrianctl.
        options.started = [cmdline](qint64 pid) {
            for (int attempt = 0; attempt < 200 && !cmdline->contains("antrianctl"); ++attempt) {
                QFile shown(QStringLiteral("/proc/%1/cmdline").arg(pid));
                if (shown.open(QIODevice::ReadOnly))
                    *cmdline = shown.readAll();
                if (!cmdline->contains("antrianctl"))
                    QThread::msleep(10);
            }
        };
    }
    return runCtl(args, options);
}

// The cluster's pg_hba.conf asks passwords of every role but the superuser on TCP, for as
// long as this lives; the file as it was comes back after.
class PasswordsAsked
{
public:
    PasswordsAsked() : m_path(PgCluster::instance().dataDirectory() + QStringLiteral("/pg_hba.conf"))
    {
        QFile f(m_path);
        if (f.open(QIODevice::ReadOnly))
            m_saved = f.readAll();
        write("local all all trust\n"
              "host all postgres 127.0.0.1/32 trust\n"
              "host all all 127.0.0.1/32 scram-sha-256\n");
    }
    ~PasswordsAsked() { write(m_saved); }
    bool ok() const { return !m_saved.isEmpty() && m_reloaded; }

private:
    void write(const QByteArray &text)
    {
        QFile f(m_path);
        m_reloaded = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        f.close();
        m_reloaded = m_reloaded && PgCluster::instance().runSql(QStringLiteral("SELECT pg_reload_conf()")).ok();
    }
    QString m_path;
    QByteArray m_saved;
    bool m_reloaded = false;
};

} // namespace

class tst_Roles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void scramVerifierIsTheOnePostgresStores_data();
    void scramVerifierIsTheOnePostgresStores();
    void scramVerifierMatchesTheServerForTheSameSalt_data();
    void scramVerifierMatchesTheServerForTheSameSalt();
    void roleNamesAreChecked_data();
    void roleNamesAreChecked();

    void initTwiceCreatesTheGroupsOnceAndTheSameGrants();
    void forbiddenStatementsAreRefusedByTheServer_data();
    void forbiddenStatementsAreRefusedByTheServer();
    void statementsTheAppsNeedAreAllowed_data();
    void statementsTheAppsNeedAreAllowed();

    void kioskIssuesAndReadsWhatItShows();
    void displayReadsTheBoardAndTheFeed();
    void counterDoesEveryCounterActionUnderItsRole();
    void supervisorManagesStaffAndServicesUnderItsRole();
    void kioskIssuesOnANewDayAndTheFirstCounterWriteExpiresOldTickets();
    void afterServiceEachRoleDoesItsOwnPart();

    void antrianctlAsAKioskIssuesButCannotCall();
    void roleOnSqliteSaysRolesNeedAServer();
    void roleAddListRemove();
    void roleAddRefusesAShortPasswordAndRolesNotTheBranchs();
    void pcConnectsWithThePrintedPgpassLineAndAWrongOneFails();
};

void tst_Roles::initTestCase()
{
    if (!testOnPostgres())
        QSKIP("roles exist only on PostgreSQL: run as tst_roles with ANTRIAN_TEST_ENGINE=postgresql");
    QVERIFY2(PgCluster::instance().ok(), qPrintable(PgCluster::instance().error()));
    RoleFixture f; // the groups, on the first database
    const auto verifier = scramSha256Verifier(QStringLiteral("not used: the cluster trusts 127.0.0.1"));
    QVERIFY(verifier.ok());
    for (RoleKind kind : allRoleKinds()) {
        auto added = Roles(f.base().db()).addLogin(pcRole(kind), kind, *verifier);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
    }
}

void tst_Roles::scramVerifierIsTheOnePostgresStores_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("stored");
    // Made with PostgreSQL 15: CREATE ROLE ... PASSWORD '<password>', then pg_authid.rolpassword.
    QTest::newRow("ascii with colon and backslash")
            << QStringLiteral("Tiket-Antrian:2026\\ok")
            << QStringLiteral("SCRAM-SHA-256$4096:n47w5cslu6Fj153UhKnBNQ==$R9BNXnZfgsx/aEySVtRCBwisWqt7g/amUMAGjT9z5SM="
                              ":tNu7kfroorbGAUn0NmhMV5R+Hx/Y7El9fgC4I2MCxsY=");
    QTest::newRow("non-ascii, SASLprep maps the space and the ligature")
            << QStringLiteral("p\u00e5ss\u00a0\ufb01 word-12")
            << QStringLiteral("SCRAM-SHA-256$4096:YRVyADqmdN8r9Ss0FjrrdA==$xrDBhAbbmUfqzFEccBPBwGKvrNS5edelAgfP+VQHsJ8="
                              ":9QMso1G8Sv31sNMHWU5w+Q2P8UhXaBFkkYbuEkbj1Ck=");
}

void tst_Roles::scramVerifierIsTheOnePostgresStores()
{
    QFETCH(QString, password);
    QFETCH(QString, stored);
    const QByteArray salt = QByteArray::fromBase64(stored.section(u'$', 1, 1).section(u':', 1).toLatin1());
    QCOMPARE(salt.size(), kScramSaltBytes);
    QCOMPARE(scramSha256Verifier(password, salt), stored);
}

void tst_Roles::scramVerifierMatchesTheServerForTheSameSalt_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << QStringLiteral("correct horse battery");
    QTest::newRow("decomposed accent") << QStringLiteral("Bandung-A\u030a-kiosk");
    QTest::newRow("ideographic space") << QStringLiteral("antrian\u3000loket-9");
}

void tst_Roles::scramVerifierMatchesTheServerForTheSameSalt()
{
    QFETCH(QString, password);
    static int n = 0;
    const QString role = QStringLiteral("vector_%1").arg(++n);
    QString literal = password;
    literal.replace(u'\'', QStringLiteral("''"));
    QVERIFY(PgCluster::instance().runSql(QStringLiteral("CREATE ROLE %1 PASSWORD '%2'").arg(role, literal)).ok());
    auto rows = PgCluster::instance().runSql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(role));
    QVERIFY(rows.ok() && rows->size() == 1);
    const QString stored = rows->first().first().toString();
    const QByteArray salt = QByteArray::fromBase64(stored.section(u'$', 1, 1).section(u':', 1).toLatin1());
    QCOMPARE(scramSha256Verifier(password, salt), stored);
    QVERIFY(PgCluster::instance().runSql(QStringLiteral("DROP ROLE %1").arg(role)).ok());
}

void tst_Roles::roleNamesAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("kiosk-1") << QStringLiteral("kiosk-1") << true;
    QTest::newRow("counter_12") << QStringLiteral("counter_12") << true;
    QTest::newRow("63 characters") << (QStringLiteral("a") + QString(62, u'b')) << true;
    QTest::newRow("64 characters") << (QStringLiteral("a") + QString(63, u'b')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("Kiosk1") << false;
    QTest::newRow("starts with a digit") << QStringLiteral("1kiosk") << false;
    QTest::newRow("quote") << QStringLiteral("kiosk\"; DROP ROLE postgres; --") << false;
    QTest::newRow("space") << QStringLiteral("kiosk 1") << false;
    QTest::newRow("a group's name") << QStringLiteral("antrian_kiosk") << false;
    QTest::newRow("server's own") << QStringLiteral("pg_monitor") << false;
}

void tst_Roles::roleNamesAreChecked()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(roleNameProblem(name).isEmpty(), valid);
    QCOMPARE(quotedIdentifier(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
}

void tst_Roles::initTwiceCreatesTheGroupsOnceAndTheSameGrants()
{
    RoleFixture f;
    const QString grants = QStringLiteral("SELECT string_agg(grantee || ' ' || privilege_type || ' ' || table_name || '.' || column_name, ',' "
                                          "ORDER BY grantee, privilege_type, table_name, column_name)"
                                          " FROM information_schema.column_privileges WHERE grantee LIKE 'antrian\\_%'");
    const QString first = f.value(grants).toString();
    QVERIFY(!first.isEmpty());
    const ProcessResult again = runCtl({"--db", f.location(), "init"});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QCOMPARE(f.value(grants).toString(), first);
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname LIKE 'antrian\\_%' AND NOT rolcanlogin")).toInt(), 4);
    // A grant made by hand is taken back by the next init: the lists in roles.cpp are the truth.
    f.value(QStringLiteral("GRANT DELETE ON events TO antrian_kiosk"));
    QVERIFY(runCtl({"--db", f.location(), "init"}).exitCode == 0);
    QCOMPARE(f.value(QStringLiteral("SELECT has_table_privilege('antrian_kiosk', 'events', 'DELETE')")).toBool(), false);
}

namespace {
void addRefusals()
{
    QTest::addColumn<RoleKind>("kind");
    QTest::addColumn<QString>("sql");
    const QString newTicket = QStringLiteral("INSERT INTO tickets (business_date, service_id, origin_service_id, sequence, code,"
                                             " status, issued_at, queued_at) VALUES ('2026-11-23', 1, 1, 99, 'A-099', 'waiting', 0, 0)");
    const QString newEvent = QStringLiteral("INSERT INTO events (at, business_date, kind) VALUES (0, '2026-11-23', 'issued')");
    const QString newService = QStringLiteral("INSERT INTO services (code, name, daily_limit, average_service_minutes, position)"
                                              " VALUES ('Z', 'Z', 1, 1, 9)");
    const struct
    {
        RoleKind kind;
        const char *name;
        QString sql;
    } rows[] = {
            {RoleKind::Kiosk, "kiosk UPDATE tickets", QStringLiteral("UPDATE tickets SET status = 'done'")},
            {RoleKind::Kiosk, "kiosk DELETE tickets", QStringLiteral("DELETE FROM tickets")},
            {RoleKind::Kiosk, "kiosk UPDATE events", QStringLiteral("UPDATE events SET detail = 'x'")},
            {RoleKind::Kiosk, "kiosk DELETE events", QStringLiteral("DELETE FROM events")},
            {RoleKind::Kiosk, "kiosk UPDATE staff", QStringLiteral("UPDATE staff SET active = 0")},
            {RoleKind::Kiosk, "kiosk SELECT pin_hash", QStringLiteral("SELECT pin_hash FROM staff")},
            {RoleKind::Kiosk, "kiosk SELECT pin_salt", QStringLiteral("SELECT pin_salt FROM staff")},
            {RoleKind::Kiosk, "kiosk UPDATE branch", QStringLiteral("UPDATE branch SET name = 'x'")},
            {RoleKind::Kiosk, "kiosk INSERT services", newService},
            {RoleKind::Kiosk, "kiosk UPDATE counters", QStringLiteral("UPDATE counters SET state = 'closed'")},
            {RoleKind::Kiosk, "kiosk DELETE counter_sessions", QStringLiteral("DELETE FROM counter_sessions")},
            {RoleKind::Kiosk, "kiosk CREATE TABLE", QStringLiteral("CREATE TABLE mine (a INTEGER)")},
            {RoleKind::Kiosk, "kiosk UPDATE tickets SET outcome", QStringLiteral("UPDATE tickets SET outcome = 'selesai'")},
            {RoleKind::Kiosk, "kiosk UPDATE skm_responses", QStringLiteral("UPDATE skm_responses SET u1 = 4")},
            {RoleKind::Display, "display UPDATE tickets SET rating", QStringLiteral("UPDATE tickets SET rating = 5")},
            {RoleKind::Display, "display INSERT skm_responses",
             QStringLiteral("INSERT INTO skm_responses (ticket_id, business_date, service_id, answered_at,"
                            " u1, u2, u3, u4, u5, u6, u7, u8, u9) VALUES (1, '2026-11-23', 1, 0, 4, 4, 4, 4, 4, 4, 4, 4, 4)")},
            {RoleKind::Counter, "counter UPDATE tickets SET follow_up_closed_at",
             QStringLiteral("UPDATE tickets SET follow_up_closed_at = 0")},
            {RoleKind::Counter, "counter UPDATE outcomes", QStringLiteral("UPDATE outcomes SET resolved = 1")},
            {RoleKind::Supervisor, "supervisor DELETE skm_responses", QStringLiteral("DELETE FROM skm_responses")},
            {RoleKind::Display, "display INSERT tickets", newTicket},
            {RoleKind::Display, "display INSERT events", newEvent},
            {RoleKind::Display, "display UPDATE tickets", QStringLiteral("UPDATE tickets SET status = 'done'")},
            {RoleKind::Display, "display UPDATE counters", QStringLiteral("UPDATE counters SET state = 'closed'")},
            {RoleKind::Display, "display UPDATE services", QStringLiteral("UPDATE services SET paused = 1")},
            {RoleKind::Display, "display UPDATE daily_sequences", QStringLiteral("UPDATE daily_sequences SET last_sequence = 0")},
            {RoleKind::Display, "display UPDATE staff", QStringLiteral("UPDATE staff SET failed_attempts = 0")},
            {RoleKind::Display, "display SELECT pin_hash", QStringLiteral("SELECT pin_hash FROM staff")},
            {RoleKind::Display, "display DELETE events", QStringLiteral("DELETE FROM events")},
            {RoleKind::Counter, "counter UPDATE staff SET role", QStringLiteral("UPDATE staff SET role = 'supervisor'")},
            {RoleKind::Counter, "counter UPDATE staff SET pin_hash", QStringLiteral("UPDATE staff SET pin_hash = NULL")},
            {RoleKind::Counter, "counter INSERT staff", QStringLiteral("INSERT INTO staff (username) VALUES ('x')")},
            {RoleKind::Counter, "counter DELETE staff", QStringLiteral("DELETE FROM staff")},
            {RoleKind::Counter, "counter UPDATE branch", QStringLiteral("UPDATE branch SET name = 'x'")},
            {RoleKind::Counter, "counter INSERT services", newService},
            {RoleKind::Counter, "counter UPDATE services", QStringLiteral("UPDATE services SET paused = 1")},
            {RoleKind::Counter, "counter DELETE events", QStringLiteral("DELETE FROM events")},
            {RoleKind::Counter, "counter UPDATE events", QStringLiteral("UPDATE events SET detail = 'x'")},
            {RoleKind::Counter, "counter DELETE tickets", QStringLiteral("DELETE FROM tickets")},
            {RoleKind::Counter, "counter UPDATE tickets SET code", QStringLiteral("UPDATE tickets SET code = 'Z-999'")},
            {RoleKind::Counter, "counter INSERT tickets", newTicket},
            {RoleKind::Supervisor, "supervisor UPDATE events", QStringLiteral("UPDATE events SET detail = 'x'")},
            {RoleKind::Supervisor, "supervisor DELETE events", QStringLiteral("DELETE FROM events")},
            {RoleKind::Supervisor, "supervisor TRUNCATE events", QStringLiteral("TRUNCATE events")},
            {RoleKind::Supervisor, "supervisor DELETE tickets", QStringLiteral("DELETE FROM tickets")},
            {RoleKind::Supervisor, "supervisor UPDATE tickets SET business_date", QStringLiteral("UPDATE tickets SET business_date = '2020-01-01'")},
            {RoleKind::Supervisor, "supervisor UPDATE branch", QStringLiteral("UPDATE branch SET name = 'x'")},
            {RoleKind::Supervisor, "supervisor INSERT services", newService},
            {RoleKind::Supervisor, "supervisor DELETE staff", QStringLiteral("DELETE FROM staff")},
            {RoleKind::Supervisor, "supervisor DROP TABLE", QStringLiteral("DROP TABLE events")},
    };
    for (const auto &row : rows)
        QTest::newRow(row.name) << row.kind << row.sql;
}
} // namespace

void tst_Roles::forbiddenStatementsAreRefusedByTheServer_data()
{
    addRefusals();
}

void tst_Roles::forbiddenStatementsAreRefusedByTheServer()
{
    QFETCH(RoleKind, kind);
    QFETCH(QString, sql);
    RoleFixture f;
    f.base().issue(QStringLiteral("A"));
    SqlAs pc(f.location(), pcRole(kind));
    QVERIFY2(pc.openError().isEmpty(), qPrintable(pc.openError()));
    QString message;
    // 42501 insufficient_privilege; DROP TABLE says it as "must be owner", SQLSTATE 42501 too.
    QCOMPARE(pc.refusal(sql, &message), QStringLiteral("42501"));
}

void tst_Roles::statementsTheAppsNeedAreAllowed_data()
{
    QTest::addColumn<RoleKind>("kind");
    QTest::addColumn<QString>("sql");
    const QString reads[] = {QStringLiteral("SELECT code, status FROM tickets"),
                             QStringLiteral("SELECT id, kind, detail FROM events"),
                             QStringLiteral("SELECT id, username, full_name, role, active FROM staff"),
                             QStringLiteral("SELECT name, time_zone FROM branch"),
                             QStringLiteral("SELECT counter_id, seen_at FROM counter_sessions")};
    for (RoleKind kind : allRoleKinds()) {
        for (const QString &sql : reads)
            QTest::addRow("%s %s", qPrintable(roleKindKey(kind)), qPrintable(sql)) << kind << sql;
    }
    const QString events = QStringLiteral("INSERT INTO events (at, business_date, kind) VALUES (0, '2026-11-23', 'issued')");
    const struct
    {
        RoleKind kind;
        QString sql;
    } rows[] = {
            {RoleKind::Kiosk, events},
            {RoleKind::Kiosk, QStringLiteral("INSERT INTO daily_sequences (business_date, service_id, last_sequence) VALUES ('2026-11-24', 1, 1)"
                                             " ON CONFLICT (business_date, service_id) DO UPDATE SET last_sequence = daily_sequences.last_sequence + 1")},
            {RoleKind::Counter, events},
            {RoleKind::Counter, QStringLiteral("SELECT pin_hash, pin_salt, pin_iterations FROM staff")},
            {RoleKind::Counter, QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = -1")},
            {RoleKind::Counter, QStringLiteral("UPDATE tickets SET status = 'serving', started_at = 0 WHERE id = -1")},
            {RoleKind::Counter, QStringLiteral("UPDATE counters SET state = 'paused' WHERE id = -1")},
            {RoleKind::Counter, QStringLiteral("DELETE FROM counter_sessions WHERE counter_id = -1")},
            {RoleKind::Supervisor, QStringLiteral("UPDATE services SET paused = 1 WHERE id = -1")},
            {RoleKind::Supervisor, QStringLiteral("UPDATE staff SET active = 0, pin_hash = NULL WHERE id = -1")},
            {RoleKind::Supervisor, events},
    };
    for (const auto &row : rows)
        QTest::addRow("%s %s", qPrintable(roleKindKey(row.kind)), qPrintable(row.sql.left(60))) << row.kind << row.sql;
}

void tst_Roles::statementsTheAppsNeedAreAllowed()
{
    QFETCH(RoleKind, kind);
    QFETCH(QString, sql);
    RoleFixture f;
    SqlAs pc(f.location(), pcRole(kind));
    QVERIFY2(pc.openError().isEmpty(), qPrintable(pc.openError()));
    QString message;
    QVERIFY2(pc.refusal(sql, &message).isEmpty(), qPrintable(message));
}

void tst_Roles::kioskIssuesAndReadsWhatItShows()
{
    RoleFixture f;
    auto db = openAs(f.as(RoleKind::Kiosk));
    QVERIFY(db);
    QVERIFY(!db->mayUpdateTickets());
    QueueEngine kiosk(*db, f.base().clock());
    auto issued = kiosk.issue(QStringLiteral("A"));
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
    QCOMPARE(issued->ticket.code, QStringLiteral("A-001"));
    IssueOptions priority;
    priority.priority = true;
    QVERIFY(kiosk.issue(QStringLiteral("P"), priority).ok());
    QVERIFY(kiosk.status().ok());
    QVERIFY(kiosk.waitingTickets().ok());
    QVERIFY(Database::probe(f.as(RoleKind::Kiosk), true).ok()); // the kiosk's out-of-service check
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt(), 2);
}

void tst_Roles::afterServiceEachRoleDoesItsOwnPart()
{
    RoleFixture f;
    BranchConfig config = smallBranch();
    config.outcomes = {{QStringLiteral("selesai"), QStringLiteral("Selesai"), QStringLiteral("Resolved"), true, false},
                       {QStringLiteral("tindak_lanjut"), QStringLiteral("Tindak lanjut"), QStringLiteral("Follow-up"), false, true}};
    QVERIFY(f.base().engine().importConfig(config).ok());
    for (int i = 0; i < 2; ++i)
        f.base().issue(QStringLiteral("A"));
    FixedClock &clock = f.base().clock();
    auto counterDb = openAs(f.as(RoleKind::Counter));
    auto kioskDb = openAs(f.as(RoleKind::Kiosk));
    auto supervisorDb = openAs(f.as(RoleKind::Supervisor));
    QVERIFY(counterDb && kioskDb && supervisorDb);
    QueueEngine counter(*counterDb, clock), pad(*kioskDb, clock), supervisor(*supervisorDb, clock);
    auto check = [](const auto &r, const char *what) {
        if (!r.ok())
            QTest::qFail(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message)), __FILE__, __LINE__);
        return r.ok();
    };
    // The counter finishes with an outcome; the pad facing the customer asks and stores the rating.
    QVERIFY(check(counter.callNext(1), "call"));
    QVERIFY(check(counter.start(1), "start"));
    QVERIFY(check(counter.finish(1, 0, {QStringLiteral("selesai"), QStringLiteral("ok")}), "finish with an outcome"));
    auto asked = pad.ticketToRate(1);
    QVERIFY(check(asked, "the pad's question"));
    QVERIFY(asked->has_value());
    QVERIFY(check(pad.rate((*asked)->code, 5), "faces"));
    QVERIFY(check(counter.callNext(1), "call"));
    QVERIFY(check(counter.start(1), "start"));
    QVERIFY(check(counter.finish(1, 0, {QStringLiteral("tindak_lanjut"), {}}), "finish for a follow-up"));
    QVERIFY(check(pad.rateSkm(QStringLiteral("A-002"), {4, 3, 4, 4, 3, 4, 4, 4, 3}), "SKM"));
    // The supervisor reads the figures and the follow-up list, and closes the item.
    QVERIFY(check(supervisor.skmReport(QDate(2026, 11, 23), QDate(2026, 11, 23)), "SKM figures"));
    auto open = supervisor.followUps();
    QVERIFY(check(open, "follow-ups"));
    QCOMPARE(open->size(), 1);
    // Not a counter's: closing follow-ups is the supervisor's.
    auto denied = counter.closeFollowUp(QStringLiteral("A-002"));
    QVERIFY(!denied.ok());
    QVERIFY2(denied.error().message.contains(QStringLiteral("role")), qPrintable(denied.error().message));
    QVERIFY(check(supervisor.closeFollowUp(QStringLiteral("A-002")), "close the follow-up"));
    QCOMPARE(f.value(QStringLiteral("SELECT rating FROM tickets WHERE code = 'A-001'")).toInt(), 5);
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM skm_responses")).toInt(), 1);
}

void tst_Roles::displayReadsTheBoardAndTheFeed()
{
    RoleFixture f;
    f.base().staff({1});
    f.base().issue(QStringLiteral("A"));
    QVERIFY(f.base().engine().callNext(1).ok());

    const QString display = f.as(RoleKind::Display);
    auto db = openAs(display);
    QVERIFY(db);
    QueueEngine reader(*db, f.base().clock());
    auto status = reader.status();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QVERIFY(reader.tickets({}).ok());

    ChangeFeed feed(display);
    QList<QueueEvent> seen;
    connect(&feed, &ChangeFeed::eventsArrived, this, [&](const QList<QueueEvent> &events) { seen += events; });
    QVERIFY(feed.start(0).ok());
    feed.poll();
    QVERIFY(!seen.isEmpty());

    BoardFeed board(display, f.base().clock());
    QVERIFY2(board.start().ok(), "the board starts under the display's role");
    QVERIFY(board.isAvailable());
}

void tst_Roles::counterDoesEveryCounterActionUnderItsRole()
{
    RoleFixture f;
    for (int i = 0; i < 4; ++i)
        f.base().issue(QStringLiteral("A"));
    auto db = openAs(f.as(RoleKind::Counter));
    QVERIFY(db);
    QVERIFY(db->mayUpdateTickets());
    FixedClock &clock = f.base().clock();
    CounterSessions sessions(*db, clock, quickPolicy());
    QVERIFY(!sessions.login(QStringLiteral("siti"), QStringLiteral("0000"), 1).ok()); // counted as a failure
    QVERIFY(!sessions.login(QStringLiteral("nobody"), QStringLiteral("0000"), 1).ok()); // an unknown name, counted too
    auto session = sessions.login(QStringLiteral("siti"), kPin, 1);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QVERIFY(sessions.heartbeat(*session).ok());

    QueueEngine counter(*db, clock);
    const qint64 staff = session->staffId;
    auto check = [](const auto &r, const char *what) {
        if (!r.ok())
            QTest::qFail(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message)), __FILE__, __LINE__);
        return r.ok();
    };
    QVERIFY(check(counter.callNext(1, staff), "call"));
    QVERIFY(check(counter.recall(1, staff), "recall"));
    QVERIFY(check(counter.start(1, staff), "start"));
    QVERIFY(check(counter.finish(1, staff), "finish"));
    QVERIFY(check(counter.callNext(1, staff), "call"));
    QVERIFY(check(counter.markNoShow(1, staff), "no-show"));
    QVERIFY(check(counter.callNext(1, staff), "call"));
    TransferTarget toB;
    toB.serviceCode = QStringLiteral("B");
    QVERIFY(check(counter.transfer(1, toB, staff), "transfer"));
    QVERIFY(check(counter.pauseCounter(1, staff), "pause"));
    QVERIFY(check(counter.resumeCounter(1, staff), "resume"));
    QVERIFY(check(counter.status(), "its screen"));
    QVERIFY(sessions.logout(*session).ok());
    // Not a counter's: staff accounts and service pauses.
    QVERIFY(!StaffAccounts(*db, clock, quickPolicy()).add({QStringLiteral("eka"), QStringLiteral("Eka"), StaffRole::Staff}, kPin).ok());
    QVERIFY(!counter.pauseService(QStringLiteral("A")).ok());
}

void tst_Roles::supervisorManagesStaffAndServicesUnderItsRole()
{
    RoleFixture f;
    auto db = openAs(f.as(RoleKind::Supervisor));
    QVERIFY(db);
    FixedClock &clock = f.base().clock();
    StaffAccounts accounts(*db, clock, quickPolicy());
    auto check = [](const auto &r, const char *what) {
        if (!r.ok())
            QTest::qFail(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), r.error().message)), __FILE__, __LINE__);
        return r.ok();
    };
    QVERIFY(check(accounts.add({QStringLiteral("eka"), QStringLiteral("Eka"), StaffRole::Staff}, kPin), "staff add"));
    QVERIFY(check(accounts.changePin(QStringLiteral("eka"), QStringLiteral("7391")), "staff passwd"));
    QVERIFY(check(accounts.unlock(QStringLiteral("eka")), "staff unlock"));
    QVERIFY(check(StaffManagement(*db, clock, quickPolicy()).setRole(StaffActor::installer(), QStringLiteral("eka"),
                                                                     StaffRole::Supervisor),
                  "staff role"));
    QVERIFY(check(accounts.setActive(QStringLiteral("eka"), false), "staff disable"));
    QVERIFY(check(accounts.list(), "staff list"));

    QueueEngine engine(*db, clock);
    QVERIFY(check(engine.pauseService(QStringLiteral("B")), "service pause"));
    QVERIFY(check(engine.resumeService(QStringLiteral("B")), "service resume"));
    auto issued = engine.issue(QStringLiteral("A"));
    QVERIFY(check(issued, "issue"));
    QVERIFY(check(engine.cancel(issued->ticket.code), "cancel"));
    CounterSessions sessions(*db, clock, quickPolicy());
    auto session = sessions.login(QStringLiteral("budi"), kPin, 1);
    QVERIFY(check(session, "login"));
    QVERIFY(engine.issue(QStringLiteral("A")).ok());
    QVERIFY(check(engine.callNext(1, session->staffId), "call"));
    auto noShow = engine.markNoShow(1, session->staffId);
    QVERIFY(check(noShow, "no-show"));
    QVERIFY(check(engine.reinstate(noShow->code), "reinstate"));
    QVERIFY(check(engine.releaseCounter(1, session->staffId), "release"));
}

void tst_Roles::kioskIssuesOnANewDayAndTheFirstCounterWriteExpiresOldTickets()
{
    RoleFixture f; // Monday
    f.base().issue(QStringLiteral("A"));
    f.base().issue(QStringLiteral("A"));
    const QDateTime tuesday = jakarta(2026, 11, 24, 9, 0);
    FixedClock clock(tuesday);

    auto kioskDb = openAs(f.as(RoleKind::Kiosk));
    QVERIFY(kioskDb);
    QueueEngine kiosk(*kioskDb, clock);
    auto issued = kiosk.issue(QStringLiteral("A"));
    QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
    QCOMPARE(issued->ticket.code, QStringLiteral("A-001")); // Tuesday's first
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE business_date = '2026-11-23' AND status = 'waiting'")).toInt(), 2);
    auto waiting = kiosk.waitingTickets(); // yet no reader sees Monday's as waiting
    QVERIFY(waiting.ok());
    QCOMPARE(waiting->size(), 1);

    auto counterDb = openAs(f.as(RoleKind::Counter));
    QVERIFY(counterDb);
    CounterSessions sessions(*counterDb, clock, quickPolicy());
    auto session = sessions.login(QStringLiteral("siti"), kPin, 1);
    QVERIFY(session.ok());
    QueueEngine counter(*counterDb, clock);
    auto called = counter.callNext(1, session->staffId);
    QVERIFY2(called.ok(), qPrintable(called.ok() ? QString() : called.error().message));
    QCOMPARE(called->code, QStringLiteral("A-001"));
    QCOMPARE(called->businessDate, QDate(2026, 11, 24));
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE business_date = '2026-11-23' AND status = 'expired'")).toInt(), 2);
}

void tst_Roles::antrianctlAsAKioskIssuesButCannotCall()
{
    RoleFixture f;
    f.base().staff({1});
    f.base().issue(QStringLiteral("A"));
    const QStringList kiosk{"--db", f.as(RoleKind::Kiosk), "--now", kMonday, "--lang", "en"};
    const ProcessResult issued = runCtl(kiosk + QStringList{"issue", "A"});
    QVERIFY2(issued.exitCode == 0, issued.err.constData());

    const QString before = f.value(QStringLiteral("SELECT string_agg(code || status, ',' ORDER BY id) FROM tickets")).toString();
    const int events = f.value(QStringLiteral("SELECT COUNT(*) FROM events")).toInt();
    const ProcessResult called = runCtl(kiosk + QStringList{"call", "1"});
    QCOMPARE(called.exitCode, 4);
    QVERIFY2(called.err.contains("the database server refused this for this PC's role"), called.err.constData());
    QCOMPARE(f.value(QStringLiteral("SELECT string_agg(code || status, ',' ORDER BY id) FROM tickets")).toString(), before);
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM events")).toInt(), events);
}

void tst_Roles::roleOnSqliteSaysRolesNeedAServer()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("antrian.db"));
    const ProcessResult r = runCtl({"--db", path, "--lang", "en", "role", "list"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("only on a PostgreSQL server"), r.err.constData());
    QVERIFY(!QFile::exists(path)); // nothing opened, nothing made
}

void tst_Roles::roleAddListRemove()
{
    RoleFixture f;
    const QStringList base{"--db", f.location(), "--lang", "en"};
    const QByteArray password = "kios-k:pass\\word-1";
    ProcessResult added = ctl(base + QStringList{"--json", "role", "add", "kiosk-7", "--kind", "kiosk"}, password + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(added.out).object();
    QCOMPARE(json.value("role").toString(), QStringLiteral("kiosk-7"));
    QCOMPARE(json.value("kind").toString(), QStringLiteral("kiosk"));
    QCOMPARE(json.value("created").toBool(), true);
    QCOMPARE(json.value("pgpassLine").toString(),
             QStringLiteral("127.0.0.1:%1:%2:kiosk-7:kios-k\\:pass\\\\word-1").arg(PgCluster::instance().port()).arg(f.database()));
    QCOMPARE(json.value("url").toString(), asRole(f.location(), QStringLiteral("kiosk-7")));
    // The server stores a SCRAM verifier, which role add computed: no password reached it.
    QVERIFY(f.value(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'kiosk-7'")).toString().startsWith("SCRAM-SHA-256$4096:"));

    ProcessResult text = ctl(base + QStringList{"role", "add", "kiosk-7", "--kind", "display"}, "another password\n");
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("chmod 600 ~/.pgpass") && text.out.contains("--db postgresql://kiosk-7@127.0.0.1"), text.out.constData());
    QVERIFY2(text.out.contains("already existed"), text.out.constData());
    QVERIFY2(!text.err.contains("WARNING") && !text.err.contains("NOTICE"), text.err.constData()); // no server chatter

    const QJsonArray listed = QJsonDocument::fromJson(ctl(base + QStringList{"--json", "role", "list"}).out).array();
    bool found = false;
    for (const QJsonValue &v : listed) {
        if (v["role"].toString() == u"kiosk-7")
            found = v["kind"].toString() == u"display";
        QVERIFY(v["role"].toString() != u"postgres");
    }
    QVERIFY2(found, "kiosk-7 is listed once, as a display now");
    QCOMPARE(f.value(QStringLiteral("SELECT pg_has_role('kiosk-7', 'antrian_kiosk', 'MEMBER')")).toBool(), false);

    QCOMPARE(ctl(base + QStringList{"role", "remove", "kiosk-7"}).exitCode, 0);
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'kiosk-7'")).toInt(), 0);
    QCOMPARE(ctl(base + QStringList{"role", "remove", "kiosk-7"}).exitCode, 2);
}

void tst_Roles::roleAddRefusesAShortPasswordAndRolesNotTheBranchs()
{
    RoleFixture f;
    const QStringList base{"--db", f.location(), "--lang", "en", "role", "add"};
    ProcessResult shortOne = ctl(base + QStringList{"kiosk-8", "--kind", "kiosk"}, "elevenchars\n");
    QCOMPARE(shortOne.exitCode, 2);
    QVERIFY2(shortOne.err.contains("at least 12 characters"), shortOne.err.constData());
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'kiosk-8'")).toInt(), 0);

    ProcessResult owner = ctl(base + QStringList{"postgres", "--kind", "kiosk"}, "a long enough password\n");
    QCOMPARE(owner.exitCode, 2);
    QVERIFY2(owner.err.contains("not one of this branch's PC roles"), owner.err.constData());
    QCOMPARE(ctl(base + QStringList{"kiosk-8", "--kind", "cashier"}, "a long enough password\n").exitCode, 2);
    QCOMPARE(ctl(base + QStringList{"Kiosk 8", "--kind", "kiosk"}, "a long enough password\n").exitCode, 2);
}

void tst_Roles::pcConnectsWithThePrintedPgpassLineAndAWrongOneFails()
{
    RoleFixture f;
    PasswordsAsked passwords;
    QVERIFY2(passwords.ok(), "the test cluster's pg_hba.conf could not be changed");
    const QByteArray password = "Loket-Pintu-Depan 2026";
    QByteArray shown;
    ProcessResult added = ctl({"--db", f.location(), "--json", "role", "add", "kiosk-9", "--kind", "kiosk"}, password + '\n',
                              QProcessEnvironment::systemEnvironment(), &shown);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY2(shown.contains("kiosk-9") && !shown.contains(password), "the password is never an argument");
    QVERIFY(!added.err.contains(password));
    const QJsonObject json = QJsonDocument::fromJson(added.out).object();
    const QString url = json.value("url").toString();

    QTemporaryDir dir;
    auto pgpass = [&dir](const QString &name, const QString &line) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(line.toUtf8() + '\n') < 0)
            return QString();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // libpq ignores a file others can read
        return file.fileName();
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), pgpass(QStringLiteral("good"), json.value("pgpassLine").toString()));
    const QStringList pc{"--db", url, "--now", kMonday, "--lang", "en"};
    ProcessResult issued = ctl(pc + QStringList{"issue", "A"}, {}, env);
    QVERIFY2(issued.exitCode == 0, issued.err.constData());
    QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM tickets")).toInt(), 1);
    QVERIFY(!issued.out.contains(password) && !issued.err.contains(password));

    QString wrongLine = json.value("pgpassLine").toString();
    wrongLine.replace(QString::fromLatin1(password), QStringLiteral("Loket-Pintu-Belakang"));
    env.insert(QStringLiteral("PGPASSFILE"), pgpass(QStringLiteral("wrong"), wrongLine));
    ProcessResult refused = ctl(pc + QStringList{"status"}, {}, env);
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("cannot connect to the database server") && refused.err.contains("password authentication failed"),
             refused.err.constData());
    QVERIFY(!refused.out.contains(password) && !refused.err.contains(password));
    QVERIFY(!refused.err.contains("Loket-Pintu-Belakang"));
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
