// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>

#include <cstdio>
#include <sys/stat.h>

namespace antrian::logging {

namespace {
// lupdate files these strings under "Logging", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Logging)
};

enum class Destination { Stderr, Journal, File };

struct State
{
    QMutex mutex;
    Destination destination = Destination::Stderr;
    QFile file;
};

State &state()
{
    static State s;
    return s;
}

QtMessageHandler g_previous = nullptr;

const char *levelWord(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.destination == Destination::File) {
            // Wall-clock time on purpose: a log says when it happened, whatever --now says.
            const QByteArray line = fileLine(QDateTime::currentDateTime(), type, context.category, message).toUtf8() + '\n';
            s.file.write(line);
            s.file.flush();
        } else if (s.destination == Destination::Journal) {
            QByteArray text = journalPrefix(type);
            if (context.category && qstrcmp(context.category, "default") != 0)
                text += QByteArray(context.category) + ": ";
            text += message.toUtf8() + '\n';
            std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
            std::fflush(stderr);
        }
    }
    if (s.destination == Destination::Stderr && g_previous) // installed, then the file failed: not reached today
        g_previous(type, context, message);
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

bool stderrIsJournal()
{
    const QByteArray stream = qgetenv("JOURNAL_STREAM");
    const int colon = stream.indexOf(':');
    if (colon <= 0)
        return false;
    bool devOk = false;
    bool inoOk = false;
    const qulonglong device = stream.left(colon).toULongLong(&devOk);
    const qulonglong inode = stream.mid(colon + 1).toULongLong(&inoOk);
    struct stat st;
    if (!devOk || !inoOk || ::fstat(fileno(stderr), &st) != 0)
        return false;
    // systemd sets it for the service's stderr; a child whose stderr was redirected inherits
    // the variable but not the stream, and must not write prefixes into a file or a pipe.
    return qulonglong(st.st_dev) == device && qulonglong(st.st_ino) == inode;
}

QByteArray journalPrefix(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "<7>";
    case QtInfoMsg: return "<6>";
    case QtWarningMsg: return "<4>";
    case QtCriticalMsg: return "<3>";
    case QtFatalMsg: return "<2>";
    }
    return "<6>";
}

QString fileLine(const QDateTime &at, QtMsgType type, const char *category, const QString &message)
{
    QString line = at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs) + u' ' + QLatin1String(levelWord(type)) + u' ';
    if (category && qstrcmp(category, "default") != 0)
        line += QLatin1String(category) + QStringLiteral(": ");
    return line + message;
}

void install(const QString &logFile)
{
    State &s = state();
    Destination destination = stderrIsJournal() ? Destination::Journal : Destination::Stderr;
    if (!logFile.isEmpty()) {
        QMutexLocker lock(&s.mutex);
        s.file.setFileName(logFile);
        if (s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
            destination = Destination::File;
        } else {
            const QString why = Tr::tr("cannot write the log file %1: %2; logging to stderr instead").arg(logFile, s.file.errorString());
            std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(why));
        }
    }
    s.destination = destination;
    if (destination != Destination::Stderr) {
        const QtMessageHandler previous = qInstallMessageHandler(handler);
        if (previous != handler)
            g_previous = previous;
    }
}

bool writesToFile()
{
    return state().destination == Destination::File;
}

} // namespace antrian::logging
