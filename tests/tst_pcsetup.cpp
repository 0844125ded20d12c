// SPDX-License-Identifier: GPL-3.0-or-later
// antrianctl setup-pc: each role's files written under a temporary --root, checked by the
// tools the PC itself trusts (systemd-analyze verify, desktop-file-validate) and read back:
// the kiosk under cage, restarted within seconds, the display on its screen, the daily backup's
// exact command, and --undo leaving the root as it was. The command lines' quoting is checked
// by a real shell.
#include "testsupport.h"

#include "pcsetup/commandline.h"
#include "pcsetup/pcsetup.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

const QString kKioskUnit = QStringLiteral("/etc/systemd/system/antrian-kiosk.service");
const QString kDisplayUnit = QStringLiteral("/etc/systemd/system/antrian-display.service");
const QString kBackupService = QStringLiteral("/etc/systemd/system/antrian-backup.service");
const QString kBackupTimer = QStringLiteral("/etc/systemd/system/antrian-backup.timer");
const QString kCounterEntry = QStringLiteral("/etc/xdg/autostart/antrian-counter.desktop");
const QString kDisplayEntry = QStringLiteral("/etc/xdg/autostart/antrian-display.desktop");

QString appPath(const char *name)
{
    return QFileInfo(QFileInfo(antrianctlPath()).dir().filePath(QStringLiteral("../%1/antrian-%1").arg(QLatin1String(name))))
            .canonicalFilePath();
}

// A PC to set up: a temporary root, and the database path the units are given.
struct Pc
{
    QTemporaryDir dir;
    QString root() const { return dir.filePath(QStringLiteral("root")); }
    QString db() const { return dir.filePath(QStringLiteral("data/antrian.db")); }
    QString file(const QString &path) const { return root() + path; }
    QByteArray text(const QString &path) const
    {
        QFile f(file(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // Every file and link under the root, as paths on the target system.
    QStringList everything() const
    {
        QStringList found;
        QDirIterator it(root(), QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            found.append(it.next().mid(root().size()));
        found.sort();
        return found;
    }
    ProcessResult setup(const QStringList &args) const
    {
        // In English: the tests read its words (the default language is Indonesian).
        return runCtl(QStringList{QStringLiteral("--db"), db(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("setup-pc")} + args
                      + QStringList{QStringLiteral("--root"), root()});
    }
};

// The value of the first `key=` line of a unit or desktop entry.
QString valueOf(const QByteArray &text, const QString &key)
{
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    }
    return {};
}

bool hasTool(const char *name)
{
    return !QStandardPaths::findExecutable(QLatin1String(name)).isEmpty();
}

} // namespace

class TestPcSetup : public QObject
{
    Q_OBJECT

private slots:
    void eachRoleWritesItsFilesAndEnablesItsUnits_data();
    void eachRoleWritesItsFilesAndEnablesItsUnits();
    void everyUnitWrittenPassesSystemdAnalyzeVerify_data();
    void everyUnitWrittenPassesSystemdAnalyzeVerify();
    void everyDesktopEntryWrittenIsValid_data();
    void everyDesktopEntryWrittenIsValid();
    void undoRemovesEverythingItWrote_data();
    void undoRemovesEverythingItWrote();
    void appsAtBootAreRestartedWithinSeconds_data();
    void appsAtBootAreRestartedWithinSeconds();
    void kioskRunsUnderCageInKioskModeOnTheFirstConsole();
    void displayAtLoginGoesToTheScreenItIsGiven();
    void counterAtLoginRestartsItsAppForAsLongAsTheSessionLives();
    void dailyBackupRunsExactlyTheBackupCommand();
    void postgresDatabaseIsBackedUpOnlyWhereAsked();
    void kioskAndDisplayCannotShareOnePc();
    void undoLeavesFilesItDidNotWrite();
    void dryRunWritesNothing();
    void badRoleOrOptionIsBadUsage_data();
    void badRoleOrOptionIsBadUsage();
    void systemUnitsWithoutRootAreRefusedSayingSo();
    void shellCommandLineReachesTheProgramWordForWord();
    void commandLinesQuoteWhatTheirReaderWouldSplit_data();
    void commandLinesQuoteWhatTheirReaderWouldSplit();
};

void TestPcSetup::eachRoleWritesItsFilesAndEnablesItsUnits_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("files");
    const QString wants = QStringLiteral("/etc/systemd/system/graphical.target.wants/");
    const QString timers = QStringLiteral("/etc/systemd/system/timers.target.wants/antrian-backup.timer");
    QTest::newRow("kiosk") << QStringList{QStringLiteral("kiosk")}
                           << QStringList{kBackupService, kBackupTimer, kKioskUnit, wants + QStringLiteral("antrian-kiosk.service"),
                                          timers, QStringLiteral("/etc/sysctl.d/90-antrian-kiosk.conf")};
    QTest::newRow("display at boot") << QStringList{QStringLiteral("display"), QStringLiteral("--no-backup")}
                                     << QStringList{kDisplayUnit, wants + QStringLiteral("antrian-display.service"),
                                                    QStringLiteral("/etc/sysctl.d/90-antrian-display.conf")};
    QTest::newRow("display at login") << QStringList{QStringLiteral("display"), QStringLiteral("--desktop"), QStringLiteral("--screen"), QStringLiteral("1")}
                                      << QStringList{kDisplayEntry};
    QTest::newRow("counter") << QStringList{QStringLiteral("counter")} << QStringList{kCounterEntry};
    QTest::newRow("backup") << QStringList{QStringLiteral("backup")} << QStringList{kBackupService, kBackupTimer, timers};
}

void TestPcSetup::eachRoleWritesItsFilesAndEnablesItsUnits()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, files);
    Pc pc;
    const ProcessResult r = pc.setup(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    files.sort();
    QCOMPARE(pc.everything(), files);
}

void TestPcSetup::everyUnitWrittenPassesSystemdAnalyzeVerify_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("kiosk") << QStringList{QStringLiteral("kiosk"), QStringLiteral("--printer"), QStringLiteral("escpos-tcp:192.168.1.50:9100")};
    QTest::newRow("display") << QStringList{QStringLiteral("display")};
    QTest::newRow("backup on PostgreSQL") << QStringList{QStringLiteral("backup"), QStringLiteral("--db"),
                                                         QStringLiteral("postgresql://antrian_backup@server/antrian")};
}

void TestPcSetup::everyUnitWrittenPassesSystemdAnalyzeVerify()
{
    QFETCH(QStringList, args);
    if (!hasTool("systemd-analyze"))
        QSKIP("systemd-analyze is not installed");
    Pc pc;
    const ProcessResult r = pc.setup(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QStringList units;
    for (const QString &path : pc.everything()) {
        if (!path.contains(u".wants/") && (path.endsWith(u".service") || path.endsWith(u".timer")))
            units.append(pc.file(path));
    }
    QVERIFY(!units.isEmpty());
    // The binaries the units run must exist, here the build tree's (and cage's).
    const ProcessResult verify = runProgram(QStringLiteral("systemd-analyze"), QStringList{QStringLiteral("verify")} + units);
    QVERIFY2(verify.exitCode == 0 && verify.out.isEmpty() && verify.err.isEmpty(), (verify.out + verify.err).constData());
}

void TestPcSetup::everyDesktopEntryWrittenIsValid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("entry");
    QTest::newRow("counter") << QStringList{QStringLiteral("counter"), QStringLiteral("--counter"), QStringLiteral("3")} << kCounterEntry;
    QTest::newRow("display at login") << QStringList{QStringLiteral("display"), QStringLiteral("--desktop"), QStringLiteral("--screen"), QStringLiteral("1")}
                                      << kDisplayEntry;
}

void TestPcSetup::everyDesktopEntryWrittenIsValid()
{
    QFETCH(QStringList, args);
    QFETCH(QString, entry);
    if (!hasTool("desktop-file-validate"))
        QSKIP("desktop-file-validate is not installed (desktop-file-utils)");
    Pc pc;
    const ProcessResult r = pc.setup(args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const ProcessResult validate = runProgram(QStringLiteral("desktop-file-validate"), {pc.file(entry)});
    QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty() && validate.err.isEmpty(), (validate.out + validate.err).constData());
}

void TestPcSetup::undoRemovesEverythingItWrote_data()
{
    eachRoleWritesItsFilesAndEnablesItsUnits_data();
}

void TestPcSetup::undoRemovesEverythingItWrote()
{
    QFETCH(QStringList, args);
    Pc pc;
    QVERIFY(pc.setup(args).exitCode == 0);
    QVERIFY(!pc.everything().isEmpty());
    const ProcessResult r = pc.setup({QStringLiteral("--undo"), args.first()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(pc.everything(), QStringList());
}

void TestPcSetup::appsAtBootAreRestartedWithinSeconds_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::newRow("kiosk") << QStringLiteral("kiosk") << kKioskUnit;
    QTest::newRow("display") << QStringLiteral("display") << kDisplayUnit;
}

void TestPcSetup::appsAtBootAreRestartedWithinSeconds()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    Pc pc;
    QVERIFY(pc.setup({role}).exitCode == 0);
    const QByteArray text = pc.text(unit);
    // cage exits 0 whatever its app did: only "always" restarts an app that exited.
    QCOMPARE(valueOf(text, QStringLiteral("Restart")), QStringLiteral("always"));
    QCOMPARE(valueOf(text, QStringLiteral("RestartSec")), QStringLiteral("2"));
    QCOMPARE(valueOf(text, QStringLiteral("StartLimitIntervalSec")), QStringLiteral("0"));
    QCOMPARE(valueOf(text, QStringLiteral("WantedBy")), QStringLiteral("graphical.target"));
}

void TestPcSetup::kioskRunsUnderCageInKioskModeOnTheFirstConsole()
{
    Pc pc;
    QVERIFY(pc.setup({QStringLiteral("kiosk"), QStringLiteral("--printer"), QStringLiteral("escpos-tcp:192.168.1.50:9100"),
                      QStringLiteral("--user"), QStringLiteral("root")})
                    .exitCode
            == 0);
    const QByteArray unit = pc.text(kKioskUnit);
    QCOMPARE(valueOf(unit, QStringLiteral("ExecStart")),
             QStringLiteral("/usr/bin/cage -- %1 --kiosk --db %2 --printer escpos-tcp:192.168.1.50:9100")
                     .arg(appPath("kiosk"), pc.db()));
    QCOMPARE(valueOf(unit, QStringLiteral("User")), QStringLiteral("root"));
    QCOMPARE(valueOf(unit, QStringLiteral("TTYPath")), QStringLiteral("/dev/tty1"));
    QCOMPARE(valueOf(unit, QStringLiteral("Conflicts")), QStringLiteral("getty@tty1.service"));
    QCOMPARE(valueOf(unit, QStringLiteral("PAMName")), QStringLiteral("login"));
    QCOMPARE(valueOf(pc.text(QStringLiteral("/etc/sysctl.d/90-antrian-kiosk.conf")), QStringLiteral("kernel.sysrq ")),
             QStringLiteral(" 0"));
}

void TestPcSetup::displayAtLoginGoesToTheScreenItIsGiven()
{
    Pc pc;
    QVERIFY(pc.setup({QStringLiteral("display"), QStringLiteral("--desktop"), QStringLiteral("--screen"), QStringLiteral("1")}).exitCode == 0);
    const QString exec = valueOf(pc.text(kDisplayEntry), QStringLiteral("Exec"));
    QVERIFY2(exec.contains(QStringLiteral("%1 --db %2 --screen 1;").arg(appPath("display"), pc.db())), qPrintable(exec));
    QVERIFY2(exec.contains(u"xset s off -dpms"), qPrintable(exec));
}

void TestPcSetup::counterAtLoginRestartsItsAppForAsLongAsTheSessionLives()
{
    Pc pc;
    QVERIFY(pc.setup({QStringLiteral("counter"), QStringLiteral("--counter"), QStringLiteral("3")}).exitCode == 0);
    const QString exec = valueOf(pc.text(kCounterEntry), QStringLiteral("Exec"));
    QCOMPARE(exec, QStringLiteral("/bin/sh -c \"while kill -0 \\\\$PPID 2>/dev/null; do %1 --db %2 --counter 3; sleep 2; done\"")
                           .arg(appPath("counter"), pc.db()));
}

void TestPcSetup::dailyBackupRunsExactlyTheBackupCommand()
{
    Pc pc;
    QVERIFY(pc.setup({QStringLiteral("kiosk")}).exitCode == 0);
    QCOMPARE(valueOf(pc.text(kBackupService), QStringLiteral("ExecStart")),
             QStringLiteral("%1 --db %2 backup --daily").arg(antrianctlPath(), pc.db()));
    QCOMPARE(valueOf(pc.text(kBackupService), QStringLiteral("User")), QStringLiteral("antrian"));
    QCOMPARE(valueOf(pc.text(kBackupTimer), QStringLiteral("Persistent")), QStringLiteral("true"));
    QVERIFY(!valueOf(pc.text(kBackupTimer), QStringLiteral("OnCalendar")).isEmpty());
}

void TestPcSetup::postgresDatabaseIsBackedUpOnlyWhereAsked()
{
    const QString url = QStringLiteral("postgresql://antrian_kiosk1@server/antrian");
    Pc kiosk;
    QVERIFY(kiosk.setup({QStringLiteral("kiosk"), QStringLiteral("--db"), url}).exitCode == 0);
    QVERIFY(!QFileInfo::exists(kiosk.file(kBackupTimer)));
    QVERIFY(valueOf(kiosk.text(kKioskUnit), QStringLiteral("ExecStart")).endsWith(QStringLiteral("--kiosk --db ") + url));
    Pc asked;
    QVERIFY(asked.setup({QStringLiteral("kiosk"), QStringLiteral("--db"), url, QStringLiteral("--backup")}).exitCode == 0);
    QVERIFY(valueOf(asked.text(kBackupService), QStringLiteral("ExecStart")).endsWith(QStringLiteral("--db %1 backup --daily").arg(url)));
}

void TestPcSetup::kioskAndDisplayCannotShareOnePc()
{
    Pc pc;
    QVERIFY(pc.setup({QStringLiteral("kiosk")}).exitCode == 0);
    const QStringList before = pc.everything();
    const ProcessResult r = pc.setup({QStringLiteral("display")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains("setup-pc --undo kiosk"), r.err.constData());
    QCOMPARE(pc.everything(), before);
}

void TestPcSetup::undoLeavesFilesItDidNotWrite()
{
    Pc pc;
    QVERIFY(pc.setup({QStringLiteral("counter")}).exitCode == 0);
    QVERIFY(pc.setup({QStringLiteral("backup")}).exitCode == 0);
    // A kiosk unit the branch's IT wrote by hand is not setup-pc's to take off.
    QDir().mkpath(QFileInfo(pc.file(kKioskUnit)).path());
    QFile own(pc.file(kKioskUnit));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write("[Service]\nExecStart=/bin/true\n");
    own.close();
    QVERIFY(pc.setup({QStringLiteral("--undo"), QStringLiteral("kiosk")}).exitCode == 0);
    QVERIFY(pc.setup({QStringLiteral("--undo"), QStringLiteral("counter")}).exitCode == 0);
    QCOMPARE(pc.everything(), (QStringList{kBackupService, kBackupTimer, kKioskUnit,
                                           QStringLiteral("/etc/systemd/system/timers.target.wants/antrian-backup.timer")}));
}

void TestPcSetup::dryRunWritesNothing()
{
    Pc pc;
    const ProcessResult r = pc.setup({QStringLiteral("kiosk"), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("ExecStart=/usr/bin/cage"));
    QVERIFY(!QFileInfo::exists(pc.root()));
}

void TestPcSetup::badRoleOrOptionIsBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("no role") << QStringList{} << QByteArray("usage: antrianctl setup-pc");
    QTest::newRow("unknown role") << QStringList{QStringLiteral("supervisor")} << QByteArray("got \"supervisor\"");
    QTest::newRow("two roles") << QStringList{QStringLiteral("kiosk"), QStringLiteral("display")} << QByteArray("usage:");
    QTest::newRow("negative screen") << QStringList{QStringLiteral("display"), QStringLiteral("--desktop"), QStringLiteral("--screen"), QStringLiteral("-1")}
                                     << QByteArray("--screen: expected a whole number from 0");
    QTest::newRow("screen not a number") << QStringList{QStringLiteral("display"), QStringLiteral("--desktop"), QStringLiteral("--screen"), QStringLiteral("tv")}
                                         << QByteArray("got \"tv\"");
    QTest::newRow("screen under cage") << QStringList{QStringLiteral("display"), QStringLiteral("--screen"), QStringLiteral("1")}
                                       << QByteArray("--screen goes with setup-pc display --desktop");
    QTest::newRow("printer on a counter") << QStringList{QStringLiteral("counter"), QStringLiteral("--printer"), QStringLiteral("none")}
                                          << QByteArray("--printer goes with setup-pc kiosk");
    QTest::newRow("bad printer") << QStringList{QStringLiteral("kiosk"), QStringLiteral("--printer"), QStringLiteral("fax:1")}
                                 << QByteArray("--printer:");
    QTest::newRow("missing user") << QStringList{QStringLiteral("kiosk"), QStringLiteral("--user"), QStringLiteral("no-such-user-here")}
                                  << QByteArray("no user \"no-such-user-here\"");
}

void TestPcSetup::badRoleOrOptionIsBadUsage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, says);
    Pc pc;
    const ProcessResult r = pc.setup(args);
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY(!QFileInfo::exists(pc.root()));
}

void TestPcSetup::systemUnitsWithoutRootAreRefusedSayingSo()
{
    // As nobody, on the system itself (no --root): the check must come before any write, and
    // nobody could not write /etc anyway, so the test cannot touch this machine.
    const ProcessResult probe = runProgram(QStringLiteral("setpriv"), {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                                       QStringLiteral("--clear-groups"), QStringLiteral("true")});
    if (probe.exitCode != 0)
        QSKIP("setpriv cannot run a program as nobody here");
    const ProcessResult r = runProgram(QStringLiteral("setpriv"),
                                       {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                        antrianctlPath(), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("setup-pc"), QStringLiteral("kiosk")});
    QVERIFY2(r.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    QVERIFY2(r.err.contains("must run as root: sudo antrianctl setup-pc kiosk"), r.err.constData());
}

void TestPcSetup::shellCommandLineReachesTheProgramWordForWord()
{
    const QStringList words{QStringLiteral("printf"), QStringLiteral("[%s]\\n"), QStringLiteral("a b"), QStringLiteral("it's"),
                            QStringLiteral("$HOME"), QStringLiteral("\"q\"")};
    const ProcessResult r = runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), pcsetup::shellCommandLine(words)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), QStringLiteral("[a b]\n[it's]\n[$HOME]\n[\"q\"]\n"));
}

void TestPcSetup::commandLinesQuoteWhatTheirReaderWouldSplit_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("systemd");
    QTest::addColumn<QString>("desktop");
    QTest::newRow("plain") << QStringList{QStringLiteral("/usr/bin/antrian-kiosk"), QStringLiteral("--db"), QStringLiteral("/var/lib/a.db")}
                           << QStringLiteral("/usr/bin/antrian-kiosk --db /var/lib/a.db")
                           << QStringLiteral("/usr/bin/antrian-kiosk --db /var/lib/a.db");
    QTest::newRow("space") << QStringList{QStringLiteral("/opt/my apps/kiosk")} << QStringLiteral("\"/opt/my apps/kiosk\"")
                           << QStringLiteral("\"/opt/my apps/kiosk\"");
    QTest::newRow("percent and dollar") << QStringList{QStringLiteral("50%$x")} << QStringLiteral("\"50%%$$x\"")
                                        << QStringLiteral("\"50%%\\\\$x\"");
    QTest::newRow("quote and backslash") << QStringList{QStringLiteral("a\"b\\c")} << QStringLiteral("\"a\\\"b\\\\c\"")
                                         << QStringLiteral("\"a\\\\\"b\\\\\\\\c\"");
}

void TestPcSetup::commandLinesQuoteWhatTheirReaderWouldSplit()
{
    QFETCH(QStringList, words);
    QFETCH(QString, systemd);
    QFETCH(QString, desktop);
    QCOMPARE(pcsetup::systemdCommandLine(words), systemd);
    QCOMPARE(pcsetup::desktopExec(words), desktop);
}

QTEST_MAIN(TestPcSetup)
#include "tst_pcsetup.moc"
