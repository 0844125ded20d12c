// SPDX-License-Identifier: GPL-3.0-or-later
// SIGTERM and SIGINT end every app in order within two seconds, whatever state it is in: the
// real antrian-display, antrian-kiosk and antrian-counter, headless, on a temporary database,
// the display also while an announcement is stuck in a hung speech engine or sound device.
#include "testsupport.h"

#include <QFileInfo>
#include <QTest>

#include <csignal>

using namespace antrian;
using namespace antrian::test;

namespace {

// The app's orderly quit must be done by then (the guard thread ends it at 1.5 s).
constexpr int kQuitWithinMs = 2000;

// One of the apps, headless, with its termination and speech logs on, its output merged.
RunOptions appOptions()
{
    RunOptions options;
    options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    options.env.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("antrian.app.termination.debug=true;antrian.display.speech.debug=true"));
    options.channels = QProcess::MergedChannels;
    return options;
}

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
    RunningProgram app;
    QVERIFY2(app.start(program, QStringList{"--db", f.path(), "--now", mondayMorning().toString(Qt::ISODate)} + extra,
                       appOptions()),
             qPrintable(app.errorString()));
    QVERIFY2(app.waitForText("SIGTERM and SIGINT quit the app"), app.output().constData());
    const bool idle = state == "SIGTERM and SIGINT quit the app";
    if (idle) {
        QTest::qWait(1000); // the first screen up and idle
    } else {
        // A call for the display to announce, made by another writer of the same database.
        f.issue(QStringLiteral("A"));
        QVERIFY(f.engine().callNext(1).ok());
        QVERIFY2(app.waitForText(state), app.output().constData());
    }
    QCOMPARE(app.process().state(), QProcess::Running);

    ::kill(pid_t(app.pid()), signal);
    const ProcessResult end = app.waitForExit(kQuitWithinMs);
    QVERIFY2(!end.timedOut, "still running 2 s after the signal");
    // Ended by its own hand, not killed by the signal: an idle app in order (exit code 0), one
    // whose speech thread is stuck in order too or, at worst, by the guard (128 + signal).
    QVERIFY2(!end.crashed, end.out.constData());
    if (idle) {
        QVERIFY2(end.exitCode == 0 && !end.out.contains("did not quit in time"), end.out.constData());
    } else {
        QVERIFY2(end.exitCode == 0 || end.exitCode == 128 + signal, end.out.constData());
    }
}

void TestTermination::appWhoseGuiThreadIsStuckIsEndedByTheGuardWithinTwoSeconds()
{
    RunningProgram app;
    QVERIFY2(app.start(QStringLiteral(STUCK_APP_PATH), {}, appOptions()), qPrintable(app.errorString()));
    QVERIFY2(app.waitForText("stuck"), app.output().constData());
    ::kill(pid_t(app.pid()), SIGTERM);
    const ProcessResult end = app.waitForExit(kQuitWithinMs);
    QVERIFY2(!end.timedOut, "still running 2 s after the signal");
    QCOMPARE(end.crashed, false);
    QCOMPARE(end.exitCode, 128 + SIGTERM);
    QVERIFY2(end.out.contains("did not quit in time"), end.out.constData());
}

QTEST_GUILESS_MAIN(TestTermination)
#include "tst_termination.moc"
