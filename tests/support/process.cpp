// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#include <QDeadlineTimer>

namespace antrian::test {

namespace {

void prepare(QProcess &p, const RunOptions &options)
{
    p.setProcessEnvironment(options.env);
    p.setProcessChannelMode(options.channels);
    if (!options.logFile.isEmpty()) {
        p.setStandardOutputFile(options.logFile);
        p.setStandardErrorFile(options.logFile, QIODevice::Append);
    }
}

void feed(QProcess &p, const RunOptions &options)
{
    if (options.started)
        options.started(p.processId());
    if (!options.input.isEmpty())
        p.write(options.input);
    if (!options.keepInputOpen)
        p.closeWriteChannel();
}

ProcessResult endedAs(QProcess &p)
{
    ProcessResult r;
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    return r;
}

} // namespace

ProcessResult runProgram(const QString &program, const QStringList &args, const RunOptions &options)
{
    QProcess p;
    prepare(p, options);
    p.start(program, args);
    if (!p.waitForStarted(options.timeoutMs)) {
        ProcessResult r;
        r.err = "could not start " + program.toUtf8() + ": " + p.errorString().toUtf8();
        return r;
    }
    feed(p, options);
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        ProcessResult r;
        r.timedOut = true;
        r.crashed = true;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError() + "timed out";
        return r;
    }
    ProcessResult r = endedAs(p);
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool startDetached(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setStandardInputFile(QProcess::nullDevice());
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    return p.startDetached();
}

RunningProgram::~RunningProgram()
{
    if (isRunning())
        kill();
}

bool RunningProgram::start(const QString &program, const QStringList &args, const RunOptions &options)
{
    prepare(m_process, options);
    m_process.start(program, args);
    m_started = m_process.waitForStarted(options.timeoutMs);
    if (m_started)
        feed(m_process, options);
    return m_started;
}

const QByteArray &RunningProgram::output()
{
    collect();
    return m_output;
}

void RunningProgram::collect()
{
    m_output += m_process.readAllStandardOutput();
}

bool RunningProgram::waitForOutput(int timeoutMs)
{
    const qsizetype before = m_output.size();
    collect();
    if (m_output.size() == before && m_process.waitForReadyRead(timeoutMs))
        collect();
    return m_output.size() > before;
}

bool RunningProgram::waitForText(const QByteArray &text, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    collect();
    while (!m_output.contains(text)) {
        if (!isRunning() || deadline.hasExpired())
            return false;
        m_process.waitForReadyRead(50);
        collect();
    }
    return true;
}

QList<QByteArray> RunningProgram::takeLines()
{
    collect();
    QList<QByteArray> lines;
    qsizetype end;
    while ((end = m_output.indexOf('\n', m_taken)) >= 0) {
        lines.append(m_output.mid(m_taken, end - m_taken));
        m_taken = end + 1;
    }
    return lines;
}

ProcessResult RunningProgram::result()
{
    if (!m_started) {
        ProcessResult r;
        r.err = "could not start " + m_process.program().toUtf8() + ": " + m_process.errorString().toUtf8();
        return r;
    }
    ProcessResult r = endedAs(m_process);
    collect();
    r.out = m_output;
    r.err = m_process.readAllStandardError();
    return r;
}

ProcessResult RunningProgram::waitForExit(int timeoutMs)
{
    if (isRunning() && !m_process.waitForFinished(timeoutMs)) {
        ProcessResult r;
        r.timedOut = true;
        collect();
        r.out = m_output;
        return r;
    }
    return result();
}

ProcessResult RunningProgram::stop(int graceMs)
{
    if (isRunning()) {
        if (graceMs > 0) {
            m_process.terminate();
            if (!m_process.waitForFinished(graceMs))
                m_process.kill();
        } else {
            m_process.kill();
        }
        if (!m_process.waitForFinished()) {
            ProcessResult r;
            r.timedOut = true;
            return r;
        }
    }
    return result();
}

} // namespace antrian::test
