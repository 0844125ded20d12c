// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl doctor: the rules of each check (common/health) on made-up findings, and the
// command on real faults: a missing, an unwritable and a newer database, printers that never
// answer or say their paper is out (a pty, a socket), a PC in another time zone, a clock set
// back behind the last ticket, a clock that disagrees with the PostgreSQL server, a voice that
// hangs. Runs on SQLite and again on PostgreSQL (tst_doctor_pg).
#include "ctlfixture.h"
#include "dbfaults.h"
#include "pgcluster.h"

#include "health/healthrules.h"
#include "storage/schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using namespace antrian;
using namespace antrian::health;
using namespace antrian::test;

Q_DECLARE_METATYPE(antrian::HealthCheck::Status)
Q_DECLARE_METATYPE(antrian::health::PcRole)
Q_DECLARE_METATYPE(std::optional<QString>)

namespace {

constexpr qint64 MB = 1024 * 1024;
const QString kMondayLater = QStringLiteral("2026-11-23T09:30:00+07:00");

// One statement on the database at `location`, as its administrator.
bool runSql(const QString &location, const QString &sql)
{
    if (testOnPostgres())
        return bool(PgCluster::instance().runSql(sql, PgCluster::databaseOf(location)));
    const QString name = QStringLiteral("tst_doctor_sql");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int schemaVersionIn(const QString &location)
{
    if (testOnPostgres()) {
        auto rows = PgCluster::instance().runSql(QStringLiteral("SELECT MAX(version) FROM schema_version"), PgCluster::databaseOf(location));
        return rows && !rows->isEmpty() ? rows->first().first().toInt() : -1;
    }
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_doctor_version"));
        db.setDatabaseName(location);
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
            version = q.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_doctor_version"));
    return version;
}

// The server's clock now (the test reads it, never this PC's).
QDateTime serverNow(const QString &location)
{
    auto rows = PgCluster::instance().runSql(QStringLiteral("SELECT CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS BIGINT)"),
                                             PgCluster::databaseOf(location));
    return rows && !rows->isEmpty() ? QDateTime::fromMSecsSinceEpoch(rows->first().first().toLongLong(), QTimeZone::utc()) : QDateTime();
}

// The sample branch imported at the fixture's Monday 09:00, so every time written is then
// (a plain init would stamp this PC's real clock, which tests never read).
QByteArray sampleConfig()
{
    QFile file(QStringLiteral(ANTRIAN_SOURCE_DIR "/resources/branch.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Doctor
{
    ProcessResult process;
    QJsonObject json;

    QJsonObject check(const QString &name) const
    {
        for (const QJsonValue &v : json.value(QStringLiteral("checks")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    QString status(const QString &name) const { return check(name).value(QStringLiteral("status")).toString(); }
    QString why(const QString &name) const
    {
        return QStringLiteral("%1: %2 (exit %3) %4")
                .arg(name, QString::fromUtf8(QJsonDocument(check(name)).toJson(QJsonDocument::Compact)))
                .arg(process.exitCode)
                .arg(QString::fromUtf8(process.err));
    }
};

// antrianctl doctor --json on `location` as a kiosk PC (no sound, no speech) unless `args` says.
// This PC's clock (--now) is half an hour after the fixture's writes on SQLite, and the
// server's own time on PostgreSQL, unless `now` says.
Doctor doctor(const QString &location, const QStringList &args, const QString &now = {},
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QStringList all{QStringLiteral("--db"), location, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--json")};
    QString clock = now;
    if (clock.isEmpty())
        clock = testOnPostgres() ? serverNow(location).toString(Qt::ISODateWithMs) : kMondayLater;
    if (!clock.isEmpty())
        all << QStringLiteral("--now") << clock;
    if (!args.contains(QStringLiteral("--pc")))
        all << QStringLiteral("--pc") << QStringLiteral("kiosk");
    Doctor d;
    d.process = runCtl(all << args << QStringLiteral("doctor"), RunOptions().timeout(60000).environment(env));
    d.json = QJsonDocument::fromJson(d.process.out).object();
    return d;
}

// A pty standing for a printer's device file: `answer` waits in it before doctor asks.
class FakeDevice
{
public:
    explicit FakeDevice(const QByteArray &answer)
    {
        m_master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || ::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0)
            return;
        m_path = QString::fromLocal8Bit(::ptsname(m_master));
        // Held open raw, so the answer is neither echoed nor held for a newline.
        m_slave = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NOCTTY);
        termios raw;
        ::tcgetattr(m_slave, &raw);
        ::cfmakeraw(&raw);
        ::tcsetattr(m_slave, TCSANOW, &raw);
        if (!answer.isEmpty() && ::write(m_master, answer.constData(), size_t(answer.size())) != answer.size())
            m_path.clear();
    }
    ~FakeDevice()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    QString path() const { return m_path; }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
};

// A network printer on 127.0.0.1 that takes one connection and answers `answer` (or nothing).
class FakeNetworkPrinter
{
public:
    explicit FakeNetworkPrinter(const QByteArray &answer)
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), size) != 0 || ::listen(m_listener, 1) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this, answer] {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                return;
            char query[6];
            if (::read(client, query, sizeof query) > 0 && !answer.isEmpty())
                (void)::write(client, answer.constData(), size_t(answer.size()));
            char rest[16];
            while (::read(client, rest, sizeof rest) > 0) { } // until doctor hangs up
            ::close(client);
        });
    }
    ~FakeNetworkPrinter()
    {
        ::shutdown(m_listener, SHUT_RDWR);
        if (m_thread.joinable())
            m_thread.join();
        ::close(m_listener);
    }
    int port() const { return m_port; }

private:
    int m_listener = -1;
    int m_port = 0;
    std::thread m_thread;
};

// DLE EOT 2 and 4 answers (EscPosStatus): all well, and paper out.
const QByteArray kReady("\x12\x12", 2);
const QByteArray kPaperOut("\x32\x72", 2);

// A port nothing listens on: bound and closed again.
int closedPort()
{
    FakeNetworkPrinter taken{QByteArray()};
    const int port = taken.port();
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(port));
    ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address); // lets the fake end
    ::close(fd);
    return port;
}

// A folder holding a stand-in antrian-display: `script` is its body.
QString fakeDisplayFolder(QTemporaryDir &dir, const QByteArray &script)
{
    QFile file(dir.filePath(QStringLiteral("antrian-display")));
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + script + '\n') < 0)
        return {};
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return dir.path();
}

QProcessEnvironment withPathFirst(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), folder + u':' + env.value(QStringLiteral("PATH")));
    return env;
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private slots:
    // The rules, on made-up findings.
    void diskCheckFollowsItsThresholds_data();
    void diskCheckFollowsItsThresholds();
    void schemaCheckTellsOlderFromNewer_data();
    void schemaCheckTellsOlderFromNewer();
    void timeZoneCheckComparesTheBranchsZoneWithThisPCs_data();
    void timeZoneCheckComparesTheBranchsZoneWithThisPCs();
    void clockChecksFollowTheirThresholds_data();
    void clockChecksFollowTheirThresholds();
    void soundCheckNeedsAPlaybackDeviceOnTheDisplayOnly_data();
    void soundCheckNeedsAPlaybackDeviceOnTheDisplayOnly();
    void printerCheckSaysWhatThePrinterSaid_data();
    void printerCheckSaysWhatThePrinterSaid();
    void speechCheckFailsAHungOrFailedVoice_data();
    void speechCheckFailsAHungOrFailedVoice();

    // The command, on real faults.
    void healthyDatabaseGivesEveryCheckByItsStableNameAndExitsZero();
    void missingDatabaseFailsAndExitsFive();
    void unwritableDatabaseFails();
    void newerSchemaFailsAndOlderWarnsWithoutMigrating();
    void printerOnADeviceIsAskedForItsPaper_data();
    void printerOnADeviceIsAskedForItsPaper();
    void networkPrinterIsAskedForItsPaperWithADeadline_data();
    void networkPrinterIsAskedForItsPaperWithADeadline();
    void noPrinterIsAWarningOnAKioskOnly();
    void pcInAnotherTimeZoneIsWarned();
    void clockBehindTheLastTicketFails();
    void clockAgainstThePostgresServer_data();
    void clockAgainstThePostgresServer();
    void speechIsTriedThroughTheDisplaysOwnProgram_data();
    void speechIsTriedThroughTheDisplaysOwnProgram();
    void badRoleIsBadUsage();
};

void TestDoctor::diskCheckFollowsItsThresholds_data()
{
    QTest::addColumn<qint64>("freeBytes");
    QTest::addColumn<qint64>("totalBytes");
    QTest::addColumn<qint64>("databaseBytes");
    QTest::addColumn<HealthCheck::Status>("status");
    QTest::newRow("plenty") << 50'000 * MB << 100'000 * MB << 10 * MB << HealthCheck::Status::Ok;
    QTest::newRow("under 1 GB") << 900 * MB << 2'000 * MB << 10 * MB << HealthCheck::Status::Warning;
    QTest::newRow("under 10 %") << 5'000 * MB << 100'000 * MB << 10 * MB << HealthCheck::Status::Warning;
    QTest::newRow("under 100 MB") << 99 * MB << 500 * MB << 10 * MB << HealthCheck::Status::Failed;
    QTest::newRow("less than a backup copy") << 300 * MB << 500 * MB << 400 * MB << HealthCheck::Status::Failed;
}

void TestDoctor::diskCheckFollowsItsThresholds()
{
    QFETCH(qint64, freeBytes);
    QFETCH(qint64, totalBytes);
    QFETCH(qint64, databaseBytes);
    QFETCH(HealthCheck::Status, status);
    // The fuller of two places decides (the database's folder, its backups on another disk).
    const QList<DiskSpace> places{{QStringLiteral("/srv/antrian"), 80'000 * MB, 100'000 * MB},
                                  {QStringLiteral("/srv/antrian/backups"), freeBytes, totalBytes}};
    const HealthCheck c = diskCheck(places, databaseBytes);
    QCOMPARE(c.name, QStringLiteral("disk"));
    QVERIFY2(c.status == status, qPrintable(c.message));
    if (status != HealthCheck::Status::Ok)
        QVERIFY2(c.message.contains(QStringLiteral("/srv/antrian/backups")), qPrintable(c.message));
}

void TestDoctor::schemaCheckTellsOlderFromNewer_data()
{
    QTest::addColumn<int>("database");
    QTest::addColumn<HealthCheck::Status>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("same") << 9 << HealthCheck::Status::Ok << "Schema version 9";
    QTest::newRow("older: will migrate") << 7 << HealthCheck::Status::Warning << "will upgrade it to 9";
    QTest::newRow("newer: upgrade this PC") << 10 << HealthCheck::Status::Failed << "Upgrade Antrian on this PC";
}

void TestDoctor::schemaCheckTellsOlderFromNewer()
{
    QFETCH(int, database);
    QFETCH(HealthCheck::Status, status);
    QFETCH(QString, says);
    const HealthCheck c = schemaCheck(database, 9);
    QVERIFY2(c.status == status, qPrintable(c.message));
    QVERIFY2(c.message.contains(says), qPrintable(c.message));
}

void TestDoctor::timeZoneCheckComparesTheBranchsZoneWithThisPCs_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QString>("pc");
    QTest::addColumn<HealthCheck::Status>("status");
    QTest::newRow("same zone") << "Asia/Jakarta" << "Asia/Jakarta" << HealthCheck::Status::Ok;
    QTest::newRow("same time, other name") << "Asia/Jakarta" << "Asia/Pontianak" << HealthCheck::Status::Ok;
    QTest::newRow("another time") << "Asia/Jakarta" << "UTC" << HealthCheck::Status::Warning;
    QTest::newRow("unknown to tzdata") << "Asia/Atlantis" << "Asia/Jakarta" << HealthCheck::Status::Failed;
}

void TestDoctor::timeZoneCheckComparesTheBranchsZoneWithThisPCs()
{
    QFETCH(QString, branch);
    QFETCH(QString, pc);
    QFETCH(HealthCheck::Status, status);
    const HealthCheck c = timeZoneCheck(branch, QTimeZone(pc.toUtf8()), mondayMorning());
    QVERIFY2(c.status == status, qPrintable(c.message));
    if (status == HealthCheck::Status::Warning)
        QVERIFY2(c.message.contains(QStringLiteral("timedatectl set-timezone Asia/Jakarta")), qPrintable(c.message));
}

void TestDoctor::clockChecksFollowTheirThresholds_data()
{
    QTest::addColumn<bool>("server"); // against the server's clock, else against the last write
    QTest::addColumn<int>("pcMinusReferenceSeconds");
    QTest::addColumn<HealthCheck::Status>("status");
    QTest::newRow("server: agrees") << true << 5 << HealthCheck::Status::Ok;
    QTest::newRow("server: 31 s behind") << true << -31 << HealthCheck::Status::Warning;
    QTest::newRow("server: 2 min ahead") << true << 120 << HealthCheck::Status::Warning;
    QTest::newRow("server: 6 min ahead") << true << 360 << HealthCheck::Status::Failed;
    QTest::newRow("server: 6 min behind") << true << -360 << HealthCheck::Status::Failed;
    QTest::newRow("last write: after it") << false << 3600 << HealthCheck::Status::Ok;
    QTest::newRow("last write: 20 s behind") << false << -20 << HealthCheck::Status::Ok;
    QTest::newRow("last write: 1 min behind") << false << -60 << HealthCheck::Status::Warning;
    QTest::newRow("last write: set back 10 min") << false << -600 << HealthCheck::Status::Failed;
}

void TestDoctor::clockChecksFollowTheirThresholds()
{
    QFETCH(bool, server);
    QFETCH(int, pcMinusReferenceSeconds);
    QFETCH(HealthCheck::Status, status);
    const QDateTime reference = mondayMorning();
    const QDateTime pc = reference.addSecs(pcMinusReferenceSeconds);
    const HealthCheck c = server ? serverClockCheck(pc, reference) : lastWriteClockCheck(pc, reference);
    QCOMPARE(c.name, QStringLiteral("clock"));
    QVERIFY2(c.status == status, qPrintable(c.message));
    QCOMPARE(c.detail.value(QStringLiteral("skewMs")).toInteger(), qint64(pcMinusReferenceSeconds) * 1000);
}

void TestDoctor::soundCheckNeedsAPlaybackDeviceOnTheDisplayOnly_data()
{
    QTest::addColumn<PcRole>("role");
    QTest::addColumn<std::optional<QString>>("list");
    QTest::addColumn<HealthCheck::Status>("status");
    const std::optional<QString> hdmi = QStringLiteral("00-03: HDMI 0 : HDMI 0 : playback 1\n00-00: ALC892 Analog : ALC892 Analog : playback 1 : capture 1\n");
    const std::optional<QString> captureOnly = QStringLiteral("00-00: USB Mic : USB Audio : capture 1\n");
    QTest::newRow("display with HDMI") << PcRole::Display << hdmi << HealthCheck::Status::Ok;
    QTest::newRow("display with a microphone only") << PcRole::Display << captureOnly << HealthCheck::Status::Failed;
    QTest::newRow("display with no sound driver") << PcRole::Display << std::optional<QString>() << HealthCheck::Status::Failed;
    QTest::newRow("unknown PC with no sound driver") << PcRole::Unknown << std::optional<QString>() << HealthCheck::Status::Warning;
    QTest::newRow("kiosk") << PcRole::Kiosk << std::optional<QString>() << HealthCheck::Status::Skipped;
}

void TestDoctor::soundCheckNeedsAPlaybackDeviceOnTheDisplayOnly()
{
    QFETCH(PcRole, role);
    QFETCH(std::optional<QString>, list);
    QFETCH(HealthCheck::Status, status);
    const HealthCheck c = soundCheck(list, role);
    QVERIFY2(c.status == status, qPrintable(c.message));
    if (status == HealthCheck::Status::Ok)
        QCOMPARE(c.detail.value(QStringLiteral("devices")).toArray().size(), 2);
}

void TestDoctor::printerCheckSaysWhatThePrinterSaid_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<HealthCheck::Status>("status");
    QTest::addColumn<QString>("says");
    QTest::newRow("ready") << kReady << true << HealthCheck::Status::Ok << "is ready";
    QTest::newRow("paper out") << kPaperOut << true << HealthCheck::Status::Failed << "paper out";
    QTest::newRow("cover open") << QByteArray("\x16\x12", 2) << true << HealthCheck::Status::Failed << "cover open";
    QTest::newRow("paper near end") << QByteArray("\x12\x1e", 2) << true << HealthCheck::Status::Warning << "paper near its end";
    QTest::newRow("silent") << QByteArray() << true << HealthCheck::Status::Warning << "did not say";
    QTest::newRow("unreachable") << QByteArray() << false << HealthCheck::Status::Failed << "cannot be reached";
}

void TestDoctor::printerCheckSaysWhatThePrinterSaid()
{
    QFETCH(QByteArray, reply);
    QFETCH(bool, reached);
    QFETCH(HealthCheck::Status, status);
    QFETCH(QString, says);
    PrinterAnswer a;
    a.reached = reached;
    a.condition = EscPosStatus::interpret(reply);
    a.answered = a.condition.level != PrinterCondition::Level::Unknown;
    const HealthCheck c = printerCheck(*PrinterSpec::parse(QStringLiteral("escpos-tcp:192.168.1.50")), a, PcRole::Kiosk);
    QVERIFY2(c.status == status, qPrintable(c.message));
    QVERIFY2(c.message.contains(says), qPrintable(c.message));
}

void TestDoctor::speechCheckFailsAHungOrFailedVoice_data()
{
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorOutput");
    QTest::addColumn<HealthCheck::Status>("status");
    QTest::newRow("spoken") << false << 0 << "" << HealthCheck::Status::Ok;
    QTest::newRow("the chime alone") << false << 0 << "the chime alone: no voice id" << HealthCheck::Status::Warning;
    QTest::newRow("hung") << true << 0 << "" << HealthCheck::Status::Failed;
    QTest::newRow("failed") << false << 4 << "cannot write x.wav" << HealthCheck::Status::Failed;
}

void TestDoctor::speechCheckFailsAHungOrFailedVoice()
{
    QFETCH(bool, timedOut);
    QFETCH(int, exitCode);
    QFETCH(QString, errorOutput);
    QFETCH(HealthCheck::Status, status);
    const SpeechRun run{QStringLiteral("/usr/bin/antrian-display"), true, timedOut, exitCode, errorOutput, timedOut ? 0 : 48000};
    const HealthCheck c = speechCheck(run, PcRole::Display);
    QVERIFY2(c.status == status, qPrintable(c.message));
    QCOMPARE(speechCheck(run, PcRole::Counter).status, HealthCheck::Status::Skipped);
}

void TestDoctor::healthyDatabaseGivesEveryCheckByItsStableNameAndExitsZero()
{
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    QCOMPARE(f.ctl({"issue", "A"}).exitCode, 0);
    const Doctor d = doctor(f.path(), {});
    QStringList names;
    for (const QJsonValue &v : d.json.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject o = v.toObject();
        names << o.value(QStringLiteral("name")).toString();
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("detail")).isObject());
        QVERIFY(QStringList({"ok", "warning", "failed", "skipped"}).contains(o.value(QStringLiteral("status")).toString()));
    }
    QCOMPARE(names, QStringList({"database", "disk", "schema", "printer", "sound", "speech", "timeZone", "clock"}));
    QVERIFY2(d.status("database") == u"ok", qPrintable(d.why("database")));
    QVERIFY2(d.status("schema") == u"ok", qPrintable(d.why("schema")));
    QVERIFY2(d.status("clock") == u"ok", qPrintable(d.why("clock")));
    QCOMPARE(d.status("disk"), testOnPostgres() ? QStringLiteral("skipped") : QStringLiteral("ok"));
    QCOMPARE(d.status("sound"), QStringLiteral("skipped")); // a kiosk plays no sound
    QCOMPARE(d.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(d.process.exitCode, 0);
    // Nothing of the rolled-back write stayed.
    QCOMPARE(schemaVersionIn(f.path()), latestSchemaVersion());

    // For people: one line per check, with its word.
    const ProcessResult text = runCtl({"--db", f.path(), "--lang", "en", "--pc", "kiosk", "doctor"});
    QVERIFY2(text.out.contains("OK") && text.out.contains("database") && text.out.contains("takes writes"), text.out.constData());
    QCOMPARE(text.out.count('\n'), 8);
}

void TestDoctor::missingDatabaseFailsAndExitsFive()
{
    QTemporaryDir dir;
    const QString missing = testOnPostgres() ? PgCluster::instance().location(QStringLiteral("no_such_database"))
                                             : dir.filePath(QStringLiteral("nowhere.db"));
    const Doctor d = doctor(missing, {});
    QVERIFY2(d.status("database") == u"failed", qPrintable(d.why("database")));
    QCOMPARE(d.status("schema"), QStringLiteral("skipped"));
    QCOMPARE(d.status("clock"), QStringLiteral("skipped"));
    QCOMPARE(d.json.value(QStringLiteral("ok")).toBool(), false);
    QCOMPARE(d.process.exitCode, kHealthFailedExitCode);
    if (!testOnPostgres())
        QVERIFY2(!QFileInfo::exists(missing), "doctor must not create the database");
}

void TestDoctor::unwritableDatabaseFails()
{
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    std::unique_ptr<DatabaseFaults> faults;
    if (testOnPostgres()) {
        // A server that takes no writes, as a read-only standby is.
        QVERIFY(runSql(f.path(), QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(PgCluster::databaseOf(f.path()))));
    } else {
        QString reason;
        if (!DatabaseFaults::canMakeUnwritable(&reason))
            QSKIP(qPrintable(reason));
        faults = std::make_unique<DatabaseFaults>(f.path());
        QVERIFY(faults->apply(DatabaseFaults::Fault::Unwritable));
    }
    const Doctor d = doctor(f.path(), {});
    QVERIFY2(d.status("database") == u"failed", qPrintable(d.why("database")));
    QCOMPARE(d.process.exitCode, kHealthFailedExitCode);
}

void TestDoctor::newerSchemaFailsAndOlderWarnsWithoutMigrating()
{
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    const int latest = latestSchemaVersion();
    QVERIFY(runSql(f.path(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, '2027-01-01 00:00:00')").arg(latest + 1)));
    Doctor d = doctor(f.path(), {});
    QVERIFY2(d.status("schema") == u"failed", qPrintable(d.why("schema")));
    QCOMPARE(d.check("schema").value(QStringLiteral("detail")).toObject().value(QStringLiteral("database")).toInt(), latest + 1);
    QCOMPARE(d.process.exitCode, kHealthFailedExitCode);

    // Told it is one version older (its tables stay the latest's): a warning, and left as it is.
    QVERIFY(runSql(f.path(), QStringLiteral("DELETE FROM schema_version WHERE version >= %1").arg(latest)));
    d = doctor(f.path(), {});
    QVERIFY2(d.status("schema") == u"warning", qPrintable(d.why("schema")));
    QCOMPARE(d.process.exitCode, 0);
    QCOMPARE(schemaVersionIn(f.path()), latest - 1);
}

void TestDoctor::printerOnADeviceIsAskedForItsPaper_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("status");
    QTest::newRow("ready") << kReady << "ok";
    QTest::newRow("paper out") << kPaperOut << "failed";
    QTest::newRow("never answers") << QByteArray() << "warning";
}

void TestDoctor::printerOnADeviceIsAskedForItsPaper()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, status);
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    FakeDevice device(answer);
    if (device.path().isEmpty())
        QSKIP("no pseudo-terminal on this machine");
    const Doctor d = doctor(f.path(), {"--printer", "escpos-device:" + device.path()});
    QVERIFY2(d.status("printer") == status, qPrintable(d.why("printer")));
    QCOMPARE(d.process.exitCode, status == u"failed" ? kHealthFailedExitCode : 0);
}

void TestDoctor::networkPrinterIsAskedForItsPaperWithADeadline_data()
{
    QTest::addColumn<int>("answer"); // 0 ready, 1 paper out, 2 silent, 3 nobody listening
    QTest::addColumn<QString>("status");
    QTest::newRow("ready") << 0 << "ok";
    QTest::newRow("paper out") << 1 << "failed";
    QTest::newRow("never answers") << 2 << "warning";
    QTest::newRow("not there") << 3 << "failed";
}

void TestDoctor::networkPrinterIsAskedForItsPaperWithADeadline()
{
    QFETCH(int, answer);
    QFETCH(QString, status);
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    std::unique_ptr<FakeNetworkPrinter> printer;
    int port = 0;
    if (answer == 3) {
        port = closedPort();
    } else {
        printer = std::make_unique<FakeNetworkPrinter>(answer == 0 ? kReady : answer == 1 ? kPaperOut : QByteArray());
        port = printer->port();
    }
    QVERIFY(port > 0);
    const Doctor d = doctor(f.path(), {"--printer", QStringLiteral("escpos-tcp:127.0.0.1:%1").arg(port)});
    QVERIFY2(d.status("printer") == status, qPrintable(d.why("printer")));
}

void TestDoctor::noPrinterIsAWarningOnAKioskOnly()
{
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    QCOMPARE(doctor(f.path(), {"--pc", "kiosk"}).status("printer"), QStringLiteral("warning"));
    QCOMPARE(doctor(f.path(), {"--pc", "counter"}).status("printer"), QStringLiteral("skipped"));
    QCOMPARE(doctor(f.path(), {"--pc", "kiosk", "--printer", "none"}).status("printer"), QStringLiteral("warning"));
}

void TestDoctor::pcInAnotherTimeZoneIsWarned()
{
    CtlFixture f(sampleConfig()); // in Asia/Jakarta
    QVERIFY(f.ok());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Jakarta"));
    Doctor d = doctor(f.path(), {}, {}, env);
    QVERIFY2(d.status("timeZone") == u"ok", qPrintable(d.why("timeZone")));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Amsterdam"));
    d = doctor(f.path(), {}, {}, env);
    QVERIFY2(d.status("timeZone") == u"warning", qPrintable(d.why("timeZone")));
    QVERIFY2(d.check("timeZone").value(QStringLiteral("message")).toString().contains(QStringLiteral("set-timezone Asia/Jakarta")),
             qPrintable(d.why("timeZone")));
}

void TestDoctor::clockBehindTheLastTicketFails()
{
    if (testOnPostgres())
        QSKIP("on PostgreSQL the server's clock is the reference: clockAgainstThePostgresServer");
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    QCOMPARE(f.ctl({"issue", "A"}, QStringLiteral("2026-11-23T10:00:00+07:00")).exitCode, 0);
    const Doctor after = doctor(f.path(), {}, QStringLiteral("2026-11-23T10:05:00+07:00"));
    QVERIFY2(after.status("clock") == u"ok", qPrintable(after.why("clock")));
    const Doctor minuteBehind = doctor(f.path(), {}, QStringLiteral("2026-11-23T09:59:00+07:00"));
    QVERIFY2(minuteBehind.status("clock") == u"warning", qPrintable(minuteBehind.why("clock")));
    const Doctor setBack = doctor(f.path(), {}, QStringLiteral("2026-11-23T09:45:00+07:00"));
    QVERIFY2(setBack.status("clock") == u"failed", qPrintable(setBack.why("clock")));
    QCOMPARE(setBack.process.exitCode, kHealthFailedExitCode);
}

void TestDoctor::clockAgainstThePostgresServer_data()
{
    QTest::addColumn<int>("skewSeconds");
    QTest::addColumn<QString>("status");
    QTest::newRow("agrees") << 0 << "ok";
    QTest::newRow("a minute ahead") << 60 << "warning";
    QTest::newRow("ten minutes behind") << -600 << "failed";
}

void TestDoctor::clockAgainstThePostgresServer()
{
    if (!testOnPostgres())
        QSKIP("SQLite has no server clock: clockBehindTheLastTicketFails");
    QFETCH(int, skewSeconds);
    QFETCH(QString, status);
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    const QDateTime server = serverNow(f.path());
    QVERIFY(server.isValid());
    const Doctor d = doctor(f.path(), {}, server.addSecs(skewSeconds).toString(Qt::ISODateWithMs));
    QVERIFY2(d.status("clock") == status, qPrintable(d.why("clock")));
    QCOMPARE(d.check("clock").value(QStringLiteral("detail")).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("server"));
}

void TestDoctor::speechIsTriedThroughTheDisplaysOwnProgram_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: the real antrian-display of this build
    QTest::addColumn<QString>("status");
    QTest::newRow("the real display") << QByteArray() << "ok";
    QTest::newRow("a voice that hangs") << QByteArray("exec sleep 600") << "failed";
    QTest::newRow("a display that fails") << QByteArray("echo 'antrian-display: no voice' >&2; exit 4") << "failed";
}

void TestDoctor::speechIsTriedThroughTheDisplaysOwnProgram()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, status);
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    QTemporaryDir dir;
    const QString folder = script.isEmpty() ? QFileInfo(QStringLiteral(ANTRIAN_DISPLAY_BIN)).absolutePath() : fakeDisplayFolder(dir, script);
    QVERIFY(!folder.isEmpty());
    const Doctor d = doctor(f.path(), {"--pc", "display"}, {}, withPathFirst(folder));
    QVERIFY2(d.status("speech") == status, qPrintable(d.why("speech")));
    if (status == u"failed")
        QCOMPARE(d.process.exitCode, kHealthFailedExitCode);
}

void TestDoctor::badRoleIsBadUsage()
{
    CtlFixture f(sampleConfig());
    QVERIFY(f.ok());
    QCOMPARE(doctor(f.path(), {"--pc", "tv"}).process.exitCode, 2);
    QCOMPARE(doctor(f.path(), {"--printer", "laser:1"}).process.exitCode, 2);
}

QTEST_MAIN(TestDoctor)
#include "tst_doctor.moc"
