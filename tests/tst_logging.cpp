// SPDX-License-Identifier: GPL-3.0-or-later
// Where the programs' logs go: --log-file FILE gets timestamped lines (appended, each written at
// once) from an app and from antrianctl; a log file that cannot be opened is said on stderr and
// the program runs on; under systemd (JOURNAL_STREAM naming stderr) each line carries its
// level as sd-daemon's "<N>" prefix, and nowhere else.
#include "testsupport.h"

#include "app/logging.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace antrian;
using namespace antrian::test;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A timestamped line of the log file: ISO 8601 with milliseconds and offset, level, text.
const QRegularExpression kLine(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}([+-]\d\d:\d\d|Z) (debug|info|warning|critical|fatal) \S)"),
                               QRegularExpression::MultilineOption);

ProcessResult kiosk(const QStringList &args)
{
    RunOptions options = RunOptions().timeout(60000);
    options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    options.env.remove(QStringLiteral("JOURNAL_STREAM"));
    // In English: the tests read its words (the default language is Indonesian).
    return runProgram(QStringLiteral(ANTRIAN_KIOSK_BIN), QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, options);
}

// "device:inode" of `path`, as systemd sets JOURNAL_STREAM for a service's stderr.
QString streamOf(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void journalPrefixCarriesEachLevel_data();
    void journalPrefixCarriesEachLevel();
    void fileLineHasTimeLevelCategoryAndText();
    void appWritesItsLogToTheLogFileNotStderr();
    void antrianctlAppendsToTheLogFile();
    void unopenableLogFileIsSaidOnStderrAndTheAppStillRuns();
    void underTheJournalLinesCarryTheirLevel();
    void journalStreamOfAnotherFileIsIgnored();
};

void TestLogging::journalPrefixCarriesEachLevel_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("debug") << int(QtDebugMsg) << QByteArray("<7>");
    QTest::newRow("info") << int(QtInfoMsg) << QByteArray("<6>");
    QTest::newRow("warning") << int(QtWarningMsg) << QByteArray("<4>");
    QTest::newRow("critical") << int(QtCriticalMsg) << QByteArray("<3>");
}

void TestLogging::journalPrefixCarriesEachLevel()
{
    QFETCH(int, type);
    QFETCH(QByteArray, prefix);
    QCOMPARE(logging::journalPrefix(QtMsgType(type)), prefix);
}

void TestLogging::fileLineHasTimeLevelCategoryAndText()
{
    const QDateTime at(QDate(2026, 11, 23), QTime(9, 0, 0, 123), Qt::OffsetFromUTC, 7 * 3600);
    QCOMPARE(logging::fileLine(at, QtWarningMsg, "antrian.storage", QStringLiteral("database unavailable")),
             QStringLiteral("2026-11-23T09:00:00.123+07:00 warning antrian.storage: database unavailable"));
    QCOMPARE(logging::fileLine(at, QtInfoMsg, "default", QStringLiteral("hello")), QStringLiteral("2026-11-23T09:00:00.123+07:00 info hello"));
}

void TestLogging::appWritesItsLogToTheLogFileNotStderr()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("kiosk.log"));
    const ProcessResult r = kiosk({"--db", dir.filePath(QStringLiteral("missing.db")), "--lang", "en", "--screenshot",
                                   dir.filePath(QStringLiteral("shot.png")), "--log-file", log});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = readAll(log);
    QVERIFY2(text.contains(QStringLiteral("warning antrian.kiosk: out of service")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("info antrian.kiosk: screenshot saved")), qPrintable(text));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(kLine.match(line).hasMatch(), qPrintable(line));
    QVERIFY2(!r.err.contains("out of service"), r.err.constData());
}

void TestLogging::antrianctlAppendsToTheLogFile()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("ctl.log"));
    const QStringList args{"--db", dir.filePath(QStringLiteral("missing.db")), "--lang", "en", "--log-file", log};
    ProcessResult r = runCtl(args + QStringList{"status"});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains("antrianctl: "), r.err.constData()); // still said where the person is
    r = runCtl(args + QStringList{"--pc", "kiosk", "doctor"});
    QCOMPARE(r.exitCode, 5);
    const QString text = readAll(log);
    QVERIFY2(text.contains(QStringLiteral("warning antrian.ctl: status failed: ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("warning antrian.health: database failed: ")), qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("status failed")) < text.indexOf(QStringLiteral("database failed")), qPrintable(text));
    for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts))
        QVERIFY2(kLine.match(line).hasMatch(), qPrintable(line));
}

void TestLogging::unopenableLogFileIsSaidOnStderrAndTheAppStillRuns()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("no/such/folder/kiosk.log"));
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const ProcessResult r = kiosk({"--db", dir.filePath(QStringLiteral("missing.db")), "--screenshot", shot, "--log-file", log});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(shot));
    QVERIFY2(r.err.contains("cannot write the log file") && r.err.contains("kiosk.log"), r.err.constData());
    QVERIFY2(r.err.contains("out of service"), r.err.constData()); // the log went to stderr instead

    const ProcessResult ctl = runCtl({"--db", dir.filePath(QStringLiteral("missing.db")), "--lang", "en", "--log-file", dir.path(), "status"});
    QCOMPARE(ctl.exitCode, 4); // the command's own outcome, not the log's
    QVERIFY2(ctl.err.contains("cannot write the log file"), ctl.err.constData());
}

void TestLogging::underTheJournalLinesCarryTheirLevel()
{
    QTemporaryDir dir;
    const QString stream = dir.filePath(QStringLiteral("journal-stream"));
    QFile(stream).open(QIODevice::WriteOnly);
    RunOptions options = RunOptions().timeout(60000).logTo(stream);
    options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    options.env.insert(QStringLiteral("JOURNAL_STREAM"), streamOf(stream));
    const ProcessResult r = runProgram(QStringLiteral(ANTRIAN_KIOSK_BIN),
                                       {"--db", dir.filePath(QStringLiteral("missing.db")), "--lang", "en", "--screenshot",
                                        dir.filePath(QStringLiteral("shot.png"))},
                                       options);
    QCOMPARE(r.exitCode, 0);
    const QString text = readAll(stream);
    QVERIFY2(text.contains(QStringLiteral("\n<4>antrian.kiosk: out of service")) || text.startsWith(QStringLiteral("<4>antrian.kiosk: out of service")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("<6>antrian.kiosk: screenshot saved")), qPrintable(text));
}

void TestLogging::journalStreamOfAnotherFileIsIgnored()
{
    QTemporaryDir dir;
    const QString stream = dir.filePath(QStringLiteral("stderr"));
    const QString other = dir.filePath(QStringLiteral("other"));
    QFile(stream).open(QIODevice::WriteOnly);
    QFile(other).open(QIODevice::WriteOnly);
    RunOptions options = RunOptions().timeout(60000).logTo(stream);
    options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Inherited from a service, but this stderr is a file of its own: no prefixes in it.
    options.env.insert(QStringLiteral("JOURNAL_STREAM"), streamOf(other));
    const ProcessResult r = runProgram(QStringLiteral(ANTRIAN_KIOSK_BIN),
                                       {"--db", dir.filePath(QStringLiteral("missing.db")), "--lang", "en", "--screenshot",
                                        dir.filePath(QStringLiteral("shot.png"))},
                                       options);
    QCOMPARE(r.exitCode, 0);
    const QString text = readAll(stream);
    QVERIFY2(text.contains(QStringLiteral("out of service")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("<4>")), qPrintable(text));
}

QTEST_MAIN(TestLogging)
#include "tst_logging.moc"
