// SIGTERM and SIGINT end every app in order within two seconds, whatever state it is in: the
// real antrian-display, antrian-kiosk and antrian-counter, headless, on a temporary database,
// the display also while an announcement is stuck in a hung speech engine or sound device.
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace antrian;
using namespace antrian::test;

namespace {

// The app's orderly quit must be done by then (the guard thread ends it at 1.5 s).
constexpr int kQuitWithinMs = 2000;

class App
{
public:
    App(const QString &program, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("antrian.app.termination.debug=true;antrian.display.speech.debug=true"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
    }
    ~App()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
    }
    // Waits until the app has written `line`; false when it ended or took too long.
    bool waitFor(const QByteArray &line, int timeoutMs = 20000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!output.contains(line)) {
            if (process.state() == QProcess::NotRunning || deadline.hasExpired())
                return false;
            process.waitForReadyRead(50);
            output += process.readAll();
        }
        return true;
    }

    QProcess process;
    QByteArray output;
};

} // namespace

class TestTermination : public QObject
{
    Q_OBJECT

private slots:
    void terminationSignalEndsTheAppInOrderWithinTwoSeconds_data();
    void terminationSignalEndsTheAppInOrderWithinTwoSeconds();
    void appWhoseGuiThreadIsStuckIsEndedByTheGuardWithinTwoSeconds();
};

void TestTermination::terminationSignalEndsTheAppInOrderWithinTwoSeconds_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("state"); // what the app has written when the signal is sent
    QTest::addColumn<int>("signal");
    const QString display = QStringLiteral(ANTRIAN_DISPLAY_PATH);
    const QString kiosk = QStringLiteral(ANTRIAN_KIOSK_PATH);
    const QString counter = QStringLiteral(ANTRIAN_COUNTER_PATH);
    const QByteArray up = "SIGTERM and SIGINT quit the app";
    QTest::newRow("display, idle") << display << QStringList{"--mute"} << up << int(SIGTERM);
    QTest::newRow("display, SIGINT") << display << QStringList{"--mute"} << up << int(SIGINT);
    QTest::newRow("kiosk, idle") << kiosk << QStringList{} << up << int(SIGTERM);
    QTest::newRow("kiosk in kiosk mode, whose window refuses to close") << kiosk << QStringList{"--kiosk"} << up << int(SIGTERM);
    QTest::newRow("counter, at the login") << counter << QStringList{} << up << int(SIGTERM);
    QTest::newRow("display, speech engine hung mid-announcement")
            << display << QStringList{"--speech-fault", "hang-voice"} << QByteArray("announcing:") << int(SIGTERM);
    QTest::newRow("display, sound device hung mid-announcement")
            << display << QStringList{"--speech-fault", "hang-sound"} << QByteArray("playing") << int(SIGTERM);
}

void TestTermination::terminationSignalEndsTheAppInOrderWithinTwoSeconds()
{
    QFETCH(QString, program);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, state);
    QFETCH(int, signal);
    Fixture f;
    App app(program, QStringList{"--db", f.path(), "--now", mondayMorning().toString(Qt::ISODate)} + extra);
    QVERIFY2(app.waitFor("SIGTERM and SIGINT quit the app"), app.output.constData());
    const bool idle = state == "SIGTERM and SIGINT quit the app";
    if (idle) {
        QTest::qWait(1000); // the first screen up and idle
    } else {
        // A call for the display to announce, made by another writer of the same database.
        f.issue(QStringLiteral("A"));
        QVERIFY(f.engine().callNext(1).ok());
        QVERIFY2(app.waitFor(state), app.output.constData());
    }
    QCOMPARE(app.process.state(), QProcess::Running);

    ::kill(pid_t(app.process.processId()), signal);
    QVERIFY2(app.process.waitForFinished(kQuitWithinMs), "still running 2 s after the signal");
    app.output += app.process.readAll();
    // Ended by its own hand, not killed by the signal: an idle app in order (exit code 0), one
    // whose speech thread is stuck in order too or, at worst, by the guard (128 + signal).
    QVERIFY2(app.process.exitStatus() == QProcess::NormalExit, app.output.constData());
    if (idle) {
        QVERIFY2(app.process.exitCode() == 0 && !app.output.contains("did not quit in time"), app.output.constData());
    } else {
        QVERIFY2(app.process.exitCode() == 0 || app.process.exitCode() == 128 + signal, app.output.constData());
    }
}

void TestTermination::appWhoseGuiThreadIsStuckIsEndedByTheGuardWithinTwoSeconds()
{
    App app(QStringLiteral(STUCK_APP_PATH), {});
    QVERIFY2(app.waitFor("stuck"), app.output.constData());
    ::kill(pid_t(app.process.processId()), SIGTERM);
    QVERIFY2(app.process.waitForFinished(kQuitWithinMs), "still running 2 s after the signal");
    app.output += app.process.readAll();
    QCOMPARE(app.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process.exitCode(), 128 + SIGTERM);
    QVERIFY2(app.output.contains("did not quit in time"), app.output.constData());
}

QTEST_GUILESS_MAIN(TestTermination)
#include "tst_termination.moc"
