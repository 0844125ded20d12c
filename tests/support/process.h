// SPDX-License-Identifier: GPL-3.0-or-later
// How a test or a benchmark runs another program: antrianctl, an app, a helper program, a
// system tool. One place, so that every suite passes the environment, stdin and a timeout the
// same way and reads the same result back; Qt Core only, so a benchmark that links nothing else
// (bench_idle) uses it too.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace antrian::test {

struct RunOptions
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QByteArray input;             // written to its stdin, which is then closed
    int timeoutMs = 30000;        // to start, and then to end; a program still running is killed
    // SeparateChannels: out and err apart; MergedChannels: err into out, in the order written;
    // ForwardedErrorChannel: err straight to this process's stderr.
    QProcess::ProcessChannelMode channels = QProcess::SeparateChannels;
    // Not empty: stdout written to this file and stderr appended to it, instead of read
    // (QProcess::nullDevice() drops them), for a program that talks a lot and nobody reads.
    QString logFile;
    // A RunningProgram's stdin stays open after `input`, for process().write().
    bool keepInputOpen = false;
    // Called once it has started, before its stdin is written (to look at it while it waits).
    std::function<void(qint64 pid)> started;

    // Set one field and chain: runCtl(args, RunOptions().timeout(60000).stdinWith(pin)).
    RunOptions &timeout(int ms) { timeoutMs = ms; return *this; }
    RunOptions &stdinWith(const QByteArray &bytes) { input = bytes; return *this; }
    RunOptions &environment(const QProcessEnvironment &e) { env = e; return *this; }
    RunOptions &channelMode(QProcess::ProcessChannelMode mode) { channels = mode; return *this; }
    RunOptions &logTo(const QString &file) { logFile = file; return *this; }
    RunOptions &stdinOpen() { keepInputOpen = true; return *this; }
    RunOptions &whenStarted(std::function<void(qint64 pid)> call) { started = std::move(call); return *this; }
};

struct ProcessResult
{
    int exitCode = -1; // -1: did not start, ended by a signal, or killed for its timeout
    bool crashed = false;  // ended by a signal (a kill included)
    bool timedOut = false;
    QByteArray out;
    QByteArray err;
};

// Runs `program` and waits for it to end.
ProcessResult runProgram(const QString &program, const QStringList &args, const RunOptions &options = {});

// Starts `program` on its own, outlasting this process, its channels on /dev/null (so a
// watcher does not hold CTest's pipes open); false when it could not start.
bool startDetached(const QString &program, const QStringList &args);

// A program that runs beside the test (a stream writer, an app, an X server) until the test
// has what it needs and ends it; the destructor kills it if it still runs. Read it through
// this class (waitForOutput, takeLines), or event-driven through process() and its signals.
class RunningProgram
{
public:
    RunningProgram() = default;
    ~RunningProgram();
    RunningProgram(const RunningProgram &) = delete;
    RunningProgram &operator=(const RunningProgram &) = delete;

    // Starts it and waits until it runs; false (with errorString()) when it could not start.
    bool start(const QString &program, const QStringList &args, const RunOptions &options = {});
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_process.processId(); }
    QString errorString() const { return m_process.errorString(); }
    QProcess &process() { return m_process; }

    // What it has written to stdout (and stderr, when merged) so far.
    const QByteArray &output();
    // Waits up to `timeoutMs` for more output; false when none came (it ended, or the time passed).
    bool waitForOutput(int timeoutMs);
    // Waits until its output holds `text`; false when it ended first or `timeoutMs` passed.
    bool waitForText(const QByteArray &text, int timeoutMs = 20000);
    // The complete lines it has written since the last call, without their '\n'.
    QList<QByteArray> takeLines();

    // Waits up to `timeoutMs` for it to end by itself; its result (timedOut if it had not).
    ProcessResult waitForExit(int timeoutMs);
    // Ends it: SIGTERM, then SIGKILL after `graceMs` (0: SIGKILL at once); how it ended.
    ProcessResult stop(int graceMs = 3000);
    ProcessResult kill() { return stop(0); }

private:
    void collect();
    ProcessResult result();

    QProcess m_process;
    bool m_started = false;
    QByteArray m_output;
    qsizetype m_taken = 0; // of m_output, handed out by takeLines
};

} // namespace antrian::test
