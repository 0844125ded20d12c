// SPDX-License-Identifier: GPL-3.0-or-later
// Every binary as a script or a service manager meets it: the same exit codes everywhere (2 bad
// usage, 3 refused by a queue rule, 4 storage), and the three apps given a database they
// cannot use show their out-of-service page instead of exiting: --screenshot renders it, 0.
// An unreadable file needs a process that root's permission bypass does not cover: the app
// runs under `setpriv` without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so chmod 000 binds.
#include "testsupport.h"

#include "storage/schema.h"

#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace antrian;
using namespace antrian::test;

namespace {

enum class Bad { MissingFolder, TextFile, Unreadable, NewerSchema, DefaultPathMissing };

QString binary(const QString &name)
{
    if (name == u"kiosk")
        return QStringLiteral(ANTRIAN_KIOSK_BIN);
    if (name == u"display")
        return QStringLiteral(ANTRIAN_DISPLAY_BIN);
    if (name == u"counter")
        return QStringLiteral(ANTRIAN_COUNTER_BIN);
    return antrianctlPath();
}

bool setprivWorks()
{
    return runProgram(QStringLiteral("setpriv"),
                      {QStringLiteral("--bounding-set"), QStringLiteral("-dac_override,-dac_read_search"), QStringLiteral("true")},
                      RunOptions().timeout(10000))
                   .exitCode
           == 0;
}

// Runs `name` with `args`; `unprivileged`: under setpriv, where file permissions bind.
ProcessResult run(const QString &name, const QStringList &args, bool unprivileged = false,
                  const QString &dataHome = QString())
{
    RunOptions options = RunOptions().timeout(60000);
    options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!dataHome.isEmpty())
        options.env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    if (unprivileged)
        return runProgram(QStringLiteral("setpriv"),
                          QStringList{QStringLiteral("--bounding-set"), QStringLiteral("-dac_override,-dac_read_search"),
                                      binary(name)}
                                  + args,
                          options);
    return runProgram(binary(name), args, options);
}

// A database this program cannot use, made in `dir`; its --db arguments (none for the default).
QStringList badDatabase(Bad bad, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("antrian.db"));
    switch (bad) {
    case Bad::MissingFolder: return {QStringLiteral("--db"), dir.filePath(QStringLiteral("no-folder/antrian.db"))};
    case Bad::DefaultPathMissing: return {};
    case Bad::TextFile:
    case Bad::Unreadable: {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write("bukan database\n");
        f.close();
        if (bad == Bad::Unreadable) {
            // A real database, so that only the permission is wrong.
            QFile::remove(path);
            if (runCtl({QStringLiteral("--db"), path, QStringLiteral("init")}).exitCode != 0)
                qFatal("init failed");
            QFile::setPermissions(path, QFileDevice::Permissions{});
        }
        return {QStringLiteral("--db"), path};
    }
    case Bad::NewerSchema: {
        auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
        if (!db)
            qFatal("cannot create %s", qPrintable(path));
        (*db)->exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')"),
                    {latestSchemaVersion() + 1});
        return {QStringLiteral("--db"), path};
    }
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Bad)

class TestExitCodes : public QObject
{
    Q_OBJECT

private slots:
    void badOptionExitsTwoInEveryBinary_data();
    void badOptionExitsTwoInEveryBinary();
    void antrianctlExitCodesFollowTheKindOfError_data();
    void antrianctlExitCodesFollowTheKindOfError();
    void appGivenABadDatabaseRendersItsOutOfServicePage_data();
    void appGivenABadDatabaseRendersItsOutOfServicePage();
    void screenshotThatCannotBeWrittenExitsFour_data();
    void screenshotThatCannotBeWrittenExitsFour();
};

void TestExitCodes::badOptionExitsTwoInEveryBinary_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"antrianctl", "kiosk", "display", "counter"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestExitCodes::badOptionExitsTwoInEveryBinary()
{
    QFETCH(QString, name);
    const ProcessResult r = run(name, {QStringLiteral("--no-such-option")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no-such-option"), r.err.constData());
}

void TestExitCodes::antrianctlExitCodesFollowTheKindOfError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bad usage") << QStringLiteral("usage") << 2;
    QTest::newRow("refused by a queue rule") << QStringLiteral("refused") << 3;
    QTest::newRow("not an Antrian database") << QStringLiteral("text") << 4;
    QTest::newRow("missing folder") << QStringLiteral("missing") << 4;
    QTest::newRow("permission denied") << QStringLiteral("unreadable") << 4;
    QTest::newRow("newer schema") << QStringLiteral("newer") << 4;
}

void TestExitCodes::antrianctlExitCodesFollowTheKindOfError()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    ProcessResult r;
    const QString now = QStringLiteral("2026-11-23T09:00:00+07:00");
    if (kind == u"usage") {
        Fixture f;
        r = run(QStringLiteral("antrianctl"), {QStringLiteral("--db"), f.path(), QStringLiteral("issue")});
    } else if (kind == u"refused") {
        Fixture f;
        r = run(QStringLiteral("antrianctl"), {QStringLiteral("--db"), f.path(), QStringLiteral("--now"), now,
                                               QStringLiteral("call"), QStringLiteral("1")});
    } else {
        if (kind == u"unreadable" && !setprivWorks())
            QSKIP("setpriv cannot drop CAP_DAC_OVERRIDE here: an unreadable file cannot be made for root");
        const Bad bad = kind == u"text" ? Bad::TextFile
                : kind == u"missing"    ? Bad::MissingFolder
                : kind == u"newer"      ? Bad::NewerSchema
                                        : Bad::Unreadable;
        r = run(QStringLiteral("antrianctl"), badDatabase(bad, dir) + QStringList{QStringLiteral("status")},
                bad == Bad::Unreadable);
    }
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
}

void TestExitCodes::appGivenABadDatabaseRendersItsOutOfServicePage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Bad>("bad");
    for (const char *name : {"kiosk", "display", "counter"}) {
        const QString app = QString::fromLatin1(name);
        QTest::addRow("%s, missing folder", name) << app << Bad::MissingFolder;
        QTest::addRow("%s, text file", name) << app << Bad::TextFile;
        QTest::addRow("%s, unreadable file", name) << app << Bad::Unreadable;
        QTest::addRow("%s, newer schema", name) << app << Bad::NewerSchema;
        QTest::addRow("%s, default path missing", name) << app << Bad::DefaultPathMissing;
    }
}

void TestExitCodes::appGivenABadDatabaseRendersItsOutOfServicePage()
{
    QFETCH(QString, name);
    QFETCH(Bad, bad);
    if (bad == Bad::Unreadable && !setprivWorks())
        QSKIP("setpriv cannot drop CAP_DAC_OVERRIDE here: an unreadable file cannot be made for root");
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("shot.png"));
    const QStringList args = badDatabase(bad, dir) + QStringList{QStringLiteral("--screenshot"), png};
    const ProcessResult r = run(name, args, bad == Bad::Unreadable, dir.filePath(QStringLiteral("data-home")));
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
    const QImage image(png);
    QVERIFY2(!image.isNull(), "no PNG written");
    QVERIFY(image.width() >= 800);
    // It says why in the log, once.
    QVERIFY2(r.err.contains("out of service"), r.err.constData());
}

void TestExitCodes::screenshotThatCannotBeWrittenExitsFour_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"kiosk", "display", "counter"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestExitCodes::screenshotThatCannotBeWrittenExitsFour()
{
    QFETCH(QString, name);
    Fixture f(sampleBranch());
    // /proc takes no new files, not even from root.
    const ProcessResult r = run(name, {QStringLiteral("--db"), f.path(), QStringLiteral("--now"),
                                       QStringLiteral("2026-11-23T09:00:00+07:00"), QStringLiteral("--screenshot"),
                                       QStringLiteral("/proc/antrian-shot.png")});
    QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err))));
}

QTEST_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
