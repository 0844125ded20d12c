// SPDX-License-Identifier: GPL-3.0-or-later
// bench_idle: what each app costs the PC while nobody touches it: CPU of one core and memory,
// measured on the real binaries in real X windows (Xvfb + openbox, as a branch PC runs them).
// Prints figures for a person to read; never a pass/fail (DESIGN.md, Testing).
//
// For each app (antrian-kiosk, antrian-display, antrian-counter): a database of its own
// (antrianctl init with the sample branch, a few tickets issued and called so the board is not
// empty), an X server of its own on a free display number with openbox on it, the app started,
// its window waited for, a few seconds to settle, then /proc/PID/stat and /proc/PID/status read
// once a second: CPU % of one core over each 1 s window (median, p90) and the largest VmRSS.
// The X server's own CPU is printed beside it: drawing the picture costs there too.
//
//   bench_idle [--seconds 60] [--settle 5] [--apps kiosk,display,counter] [--lang id|en]
//              [-- extra arguments for every app, e.g. --renderer software]
// The apps inherit the environment: QT_QUICK_BACKEND=software bench_idle compares backends.
#include "benchsupport.h"
#include "process.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <unistd.h>

#include <algorithm>
#include <functional>
#include <vector>

using namespace antrian::bench;
using antrian::test::RunningProgram;
using antrian::test::runProgram;

namespace {

constexpr auto kNow = "2026-11-23T09:00:00+07:00"; // a Monday, the branch open

struct Sample
{
    qint64 ticks = -1; // utime + stime, in clock ticks
    double rssMb = 0;
};

Sample readProc(qint64 pid)
{
    Sample s;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        // The command name may hold spaces: the fields start after its closing parenthesis.
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            s.ticks = f.at(11).toLongLong() + f.at(12).toLongLong(); // fields 14 and 15: utime, stime
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssMb = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return s;
}

// A display number nobody uses: no lock file and no socket.
int freeDisplay(int from)
{
    for (int n = from; n < from + 200; ++n) {
        if (!QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n))
            && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)))
            return n;
    }
    fatal(QStringLiteral("no free X display number from %1").arg(from));
}

bool waitFor(const std::function<bool()> &ready, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (ready())
            return true;
        QThread::msleep(100);
    }
    return ready();
}

void runCtl(const QString &ctl, const QString &db, const QStringList &args)
{
    const auto r = runProgram(ctl, QStringList{QStringLiteral("--db"), db, QStringLiteral("--now"), QString::fromLatin1(kNow)} + args,
                              antrian::test::RunOptions().channelMode(QProcess::MergedChannels));
    if (r.exitCode != 0)
        fatal(QStringLiteral("antrianctl %1 failed: %2").arg(args.join(u' '), QString::fromLocal8Bit(r.out + r.err)));
}

// The sample branch, a few tickets waiting and a few called, so every screen has something on it.
void prepareDatabase(const QString &ctl, const QString &db, const QString &config)
{
    runCtl(ctl, db, {QStringLiteral("--config"), config, QStringLiteral("init")});
    for (const char *service : {"A", "B", "B", "A", "P", "B", "A", "B", "B", "A"})
        runCtl(ctl, db, {QStringLiteral("issue"), QString::fromLatin1(service)});
    for (int counter : {1, 2, 4, 6})
        runCtl(ctl, db, {QStringLiteral("call"), QString::number(counter)});
}

struct Figures
{
    QString app;
    int windows = 0;
    double cpuMedian = 0, cpuP90 = 0, xMedian = 0, rssMax = 0;
};

QString binaryOf(const QString &app)
{
    if (app == u"kiosk")
        return QStringLiteral(KIOSK_PATH);
    if (app == u"display")
        return QStringLiteral(DISPLAY_PATH);
    if (app == u"counter")
        return QStringLiteral(COUNTER_PATH);
    fatal(QStringLiteral("--apps: no app \"%1\" (kiosk, display, counter)").arg(app));
}

Figures measure(const QString &app, const QString &config, const QString &lang, const QStringList &extra,
                int seconds, int settleSeconds)
{
    const QString ctl = QStringLiteral(ANTRIANCTL_PATH);
    const QString binary = binaryOf(app);
    QTemporaryDir dir;
    if (!dir.isValid())
        fatal(QStringLiteral("no temporary directory"));
    const QString db = dir.filePath(QStringLiteral("antrian.db"));
    prepareDatabase(ctl, db, config);

    const int display = freeDisplay(150);
    const QString displayName = QStringLiteral(":%1").arg(display);
    RunningProgram xvfb;
    if (!xvfb.start(QStringLiteral("Xvfb"),
                    {displayName, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1920x1080x24"),
                     QStringLiteral("-nolisten"), QStringLiteral("tcp")},
                    antrian::test::RunOptions().timeout(5000).logTo(QProcess::nullDevice())))
        fatal(QStringLiteral("Xvfb did not start (apt-get install xvfb)"));
    const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(display);
    if (!waitFor([&] { return QFileInfo::exists(socket); }, 10000))
        fatal(QStringLiteral("Xvfb on %1 did not come up").arg(displayName));

    antrian::test::RunOptions onScreen = antrian::test::RunOptions().timeout(5000).logTo(QProcess::nullDevice());
    onScreen.env.insert(QStringLiteral("DISPLAY"), displayName);
    onScreen.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    onScreen.env.remove(QStringLiteral("WAYLAND_DISPLAY"));

    RunningProgram wm;
    if (!wm.start(QStringLiteral("openbox"), {}, onScreen))
        fatal(QStringLiteral("openbox did not start (apt-get install openbox)"));

    QStringList args{QStringLiteral("--db"), db, QStringLiteral("--now"), QString::fromLatin1(kNow),
                     QStringLiteral("--lang"), lang};
    if (app == u"display")
        args << QStringLiteral("--mute"); // no sound device here; the board is what is measured
    args << extra;
    antrian::test::RunOptions logged = onScreen;
    logged.logFile = dir.filePath(QStringLiteral("app.log"));
    RunningProgram proc;
    if (!proc.start(binary, args, logged))
        fatal(QStringLiteral("%1 did not start").arg(binary));
    const qint64 pid = proc.pid();

    // The window is up when xdotool finds a visible one of that process.
    antrian::test::RunOptions asked = onScreen;
    asked.logFile.clear();
    auto windowShown = [&] {
        const auto x = runProgram(QStringLiteral("xdotool"),
                                  {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                                   QString::number(pid)},
                                  asked);
        return x.exitCode == 0 && !x.out.trimmed().isEmpty();
    };
    if (!waitFor([&] { return !proc.isRunning() || windowShown(); }, 30000) || !proc.isRunning()) {
        QFile log(dir.filePath(QStringLiteral("app.log")));
        log.open(QIODevice::ReadOnly);
        proc.stop(); // leave nothing running behind
        wm.stop();
        xvfb.stop();
        fatal(QStringLiteral("%1 showed no window: %2").arg(app, QString::fromLocal8Bit(log.readAll())));
    }
    QThread::sleep(settleSeconds);

    const double tick = double(sysconf(_SC_CLK_TCK));
    std::vector<double> cpu, xcpu;
    Figures f;
    f.app = app;
    Sample last = readProc(pid);
    Sample lastX = readProc(xvfb.pid());
    qint64 lastNs = steadyNs();
    for (int i = 0; i < seconds; ++i) {
        QThread::sleep(1);
        const Sample now = readProc(pid);
        const Sample nowX = readProc(xvfb.pid());
        const qint64 ns = steadyNs();
        if (now.ticks < 0) {
            wm.stop();
            xvfb.stop();
            fatal(QStringLiteral("%1 ended while measured").arg(app));
        }
        const double wall = double(ns - lastNs) / 1e9;
        cpu.push_back(100.0 * double(now.ticks - last.ticks) / tick / wall);
        xcpu.push_back(100.0 * double(nowX.ticks - lastX.ticks) / tick / wall);
        f.rssMax = std::max(f.rssMax, now.rssMb);
        last = now;
        lastX = nowX;
        lastNs = ns;
    }
    std::vector<double> sorted = cpu;
    std::sort(sorted.begin(), sorted.end());
    f.windows = int(cpu.size());
    f.cpuMedian = median(cpu);
    f.cpuP90 = percentile(sorted, 90);
    f.xMedian = median(xcpu);

    proc.stop();
    wm.stop();
    xvfb.stop();
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Idle CPU and memory of each Antrian app in a real X window."));
    parser.addHelpOption();
    parser.addOptions({
            {QStringLiteral("seconds"), QStringLiteral("How long to sample each app (default 60)."), QStringLiteral("n"),
             QStringLiteral("60")},
            {QStringLiteral("settle"), QStringLiteral("Seconds after the window shows before sampling (default 5)."),
             QStringLiteral("n"), QStringLiteral("5")},
            {QStringLiteral("apps"), QStringLiteral("Which apps, comma-separated (default kiosk,display,counter)."),
             QStringLiteral("list"), QStringLiteral("kiosk,display,counter")},
            {QStringLiteral("lang"), QStringLiteral("Language of the apps (default id)."), QStringLiteral("lang"),
             QStringLiteral("id")},
    });
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("Extra arguments for every app, after --."));
    parser.process(app);

    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int settle = parser.value(QStringLiteral("settle")).toInt();
    if (seconds < 2 || settle < 0)
        fatal(QStringLiteral("--seconds needs at least 2, --settle at least 0"));
    const QString config = QStringLiteral(ANTRIAN_SOURCE_DIR "/resources/branch.json");
    const QString backend = qEnvironmentVariable("QT_QUICK_BACKEND");
    say(QStringLiteral("idle for %1 s per app after %2 s to settle; QT_QUICK_BACKEND=%3; extra arguments: %4")
                .arg(seconds)
                .arg(settle)
                .arg(backend.isEmpty() ? QStringLiteral("(unset)") : backend,
                     parser.positionalArguments().isEmpty() ? QStringLiteral("(none)")
                                                            : parser.positionalArguments().join(u' ')));
    for (const QString &name : parser.value(QStringLiteral("apps")).split(u',', Qt::SkipEmptyParts)) {
        const Figures f = measure(name.trimmed(), config,
                                  parser.value(QStringLiteral("lang")), parser.positionalArguments(), seconds, settle);
        say(QStringLiteral("antrian-%1: CPU median %2 %, p90 %3 % of one core (n = %4 one-second windows); "
                           "max RSS %5 MB; X server median %6 %")
                    .arg(f.app, -7)
                    .arg(f.cpuMedian, 0, 'f', 1)
                    .arg(f.cpuP90, 0, 'f', 1)
                    .arg(f.windows)
                    .arg(f.rssMax, 0, 'f', 0)
                    .arg(f.xMedian, 0, 'f', 1));
    }
    return 0;
}
