// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcsetup.h"

#include "commandline.h"

#include <QDir>

namespace antrian::pcsetup {

namespace {

const QString kUnitDir = QStringLiteral("/etc/systemd/system");
// The hour of the daily backup: after the branch has closed; a PC off at that hour makes it at
// its next start (Persistent=true).
const QString kBackupTime = QStringLiteral("*-*-* 21:00:00");

QString unitPath(const QString &name)
{
    return kUnitDir + u'/' + name;
}

QString appOf(PcRole role)
{
    switch (role) {
    case PcRole::Kiosk: return QStringLiteral("antrian-kiosk");
    case PcRole::Display: return QStringLiteral("antrian-display");
    case PcRole::Counter: return QStringLiteral("antrian-counter");
    case PcRole::Backup: break;
    }
    return {};
}

QString serviceOf(PcRole role)
{
    return appOf(role) + QStringLiteral(".service");
}

QString sysctlPath(PcRole role)
{
    return QStringLiteral("/etc/sysctl.d/90-%1.conf").arg(appOf(role));
}

QString autostartPath(PcRole role, const QString &autostartDir)
{
    return autostartDir + u'/' + appOf(role) + QStringLiteral(".desktop");
}

QString lines(const QStringList &list)
{
    return list.join(u'\n') + u'\n';
}

// The app's command line: its binary beside antrianctl, and the options of its role.
QStringList appCommand(const PcSetupRequest &r)
{
    QStringList words{r.app};
    if (r.role == PcRole::Kiosk)
        words << QStringLiteral("--kiosk");
    if (!r.database.isEmpty())
        words << QStringLiteral("--db") << r.database;
    if (r.role == PcRole::Kiosk && !r.printer.isEmpty())
        words << QStringLiteral("--printer") << r.printer;
    if (r.role == PcRole::Display && r.screen >= 0)
        words << QStringLiteral("--screen") << QString::number(r.screen);
    if (r.role == PcRole::Counter && r.counter > 0)
        words << QStringLiteral("--counter") << QString::number(r.counter);
    return words;
}

QString bootUnit(const PcSetupRequest &r)
{
    const QString tty = QLatin1String(kTty);
    const QString what = r.role == PcRole::Kiosk ? QStringLiteral("ticket kiosk") : QStringLiteral("lobby display");
    const QStringList exec = QStringList{r.cage, QStringLiteral("--")} + appCommand(r);
    return lines({
            QString::fromUtf8(markerOf(r.role)),
            QStringLiteral("[Unit]"),
            QStringLiteral("Description=Antrian %1, full screen under cage on %2").arg(what, tty),
            QStringLiteral("Documentation=man:cage(1)"),
            QStringLiteral("# The PC's first console belongs to the app: no login prompt there."),
            QStringLiteral("Conflicts=getty@%1.service").arg(tty),
            QStringLiteral("After=getty@%1.service systemd-user-sessions.service plymouth-quit-wait.service").arg(tty),
            QStringLiteral("Wants=dbus.socket systemd-logind.service"),
            QStringLiteral("After=dbus.socket systemd-logind.service"),
            QStringLiteral("# Never give up: a unit that stopped restarting is a dark screen until someone reboots."),
            QStringLiteral("StartLimitIntervalSec=0"),
            QString(),
            QStringLiteral("[Service]"),
            QStringLiteral("Type=simple"),
            QStringLiteral("User=%1").arg(r.user),
            QStringLiteral("# A logind session on the seat: cage, as this user, may open the screen and the touch input."),
            QStringLiteral("PAMName=login"),
            QStringLiteral("TTYPath=/dev/%1").arg(tty),
            QStringLiteral("TTYReset=yes"),
            QStringLiteral("TTYVHangup=yes"),
            QStringLiteral("TTYVTDisallocate=yes"),
            QStringLiteral("StandardInput=tty-fail"),
            QStringLiteral("StandardOutput=journal"),
            QStringLiteral("StandardError=journal"),
            QStringLiteral("UtmpIdentifier=%1").arg(tty),
            QStringLiteral("UtmpMode=user"),
            QStringLiteral("Environment=XDG_SESSION_TYPE=wayland QT_QPA_PLATFORM=wayland"),
            QStringLiteral("# cage without -s: no switching to another console, so a keyboard plugged in reaches only"),
            QStringLiteral("# the app. Not -m last: cage 0.1.4 (Debian 12) crashes with it on a PC with one output."),
            QStringLiteral("ExecStart=") + systemdCommandLine(exec),
            QStringLiteral("# cage exits 0 whatever its app did, so on-failure would leave an app that exited down."),
            QStringLiteral("Restart=always"),
            QStringLiteral("RestartSec=2"),
            QString(),
            QStringLiteral("[Install]"),
            QStringLiteral("WantedBy=graphical.target"),
    });
}

// SysRq is on in Debian (kernel.sysrq = 438): Alt+SysRq+R gives the keyboard back to the
// console and Alt+SysRq+B reboots, from any keyboard a customer plugs in.
QString sysctlFile(PcRole role)
{
    return lines({QString::fromUtf8(markerOf(role)),
                  QStringLiteral("# No magic SysRq keys on a PC the public can reach: they could leave the app for a"),
                  QStringLiteral("# console login or reboot the PC."),
                  QStringLiteral("kernel.sysrq = 0")});
}

QString autostartEntry(const PcSetupRequest &r)
{
    // No restart in XDG autostart: a loop does it, for as long as the session that started it
    // lives (a desktop that keeps a logged-out user's processes must not keep the loop).
    QString loop = QStringLiteral("while kill -0 $PPID 2>/dev/null; do %1; sleep 2; done").arg(shellCommandLine(appCommand(r)));
    if (r.role == PcRole::Display)
        loop = QStringLiteral("xset s off -dpms; ") + loop; // the TV stays lit (X; a Wayland desktop has its own setting)
    const QString name = r.role == PcRole::Counter ? QStringLiteral("Antrian counter station")
                                                   : QStringLiteral("Antrian lobby display");
    return lines({
            QString::fromUtf8(markerOf(r.role)),
            QStringLiteral("[Desktop Entry]"),
            QStringLiteral("Type=Application"),
            QStringLiteral("Name=%1 (at login)").arg(name),
            QStringLiteral("Comment=Starts %1 at login, and again within seconds if it exits").arg(appOf(r.role)),
            QStringLiteral("Exec=") + desktopExec({r.shell, QStringLiteral("-c"), loop}),
            QStringLiteral("Terminal=false"),
            QStringLiteral("NoDisplay=true"),
            QStringLiteral("X-GNOME-Autostart-enabled=true"),
    });
}

QString backupService(const PcSetupRequest &r, PcRole writer)
{
    const bool postgres = r.database.startsWith(QStringLiteral("postgres"));
    QStringList text{
            QString::fromUtf8(markerOf(writer)),
            QStringLiteral("[Unit]"),
            QStringLiteral("Description=Antrian daily database backup (kept 14 days, in backups/ beside the database)"),
    };
    if (postgres)
        text << QStringLiteral("Wants=network-online.target") << QStringLiteral("After=network-online.target");
    text << QString() << QStringLiteral("[Service]") << QStringLiteral("Type=oneshot")
         << QStringLiteral("User=%1").arg(r.user) << QStringLiteral("Nice=10")
         << QStringLiteral("ExecStart=")
                    + systemdCommandLine({r.antrianctl, QStringLiteral("--db"),
                                          r.database, QStringLiteral("backup"), QStringLiteral("--daily")});
    return lines(text);
}

QString backupTimer(PcRole writer)
{
    return lines({
            QString::fromUtf8(markerOf(writer)),
            QStringLiteral("[Unit]"),
            QStringLiteral("Description=Antrian daily database backup, each evening"),
            QString(),
            QStringLiteral("[Timer]"),
            QStringLiteral("OnCalendar=") + kBackupTime,
            QStringLiteral("# A PC that was off at that hour makes the day's backup when it starts."),
            QStringLiteral("Persistent=true"),
            QString(),
            QStringLiteral("[Install]"),
            QStringLiteral("WantedBy=timers.target"),
    });
}

} // namespace

QList<PcRole> allPcRoles()
{
    return {PcRole::Kiosk, PcRole::Display, PcRole::Counter, PcRole::Backup};
}

QString pcRoleKey(PcRole role)
{
    switch (role) {
    case PcRole::Kiosk: return QStringLiteral("kiosk");
    case PcRole::Display: return QStringLiteral("display");
    case PcRole::Counter: return QStringLiteral("counter");
    case PcRole::Backup: return QStringLiteral("backup");
    }
    return {};
}

std::optional<PcRole> pcRoleFromKey(const QString &key)
{
    for (PcRole role : allPcRoles()) {
        if (pcRoleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

QByteArray markerOf(PcRole role)
{
    return QStringLiteral("# Written by antrianctl setup-pc %1; take it off with: antrianctl setup-pc --undo %1")
            .arg(pcRoleKey(role))
            .toUtf8();
}

QString defaultDatabaseFor(const QString &home)
{
    return QDir(home).filePath(QStringLiteral(".local/share/antrian/antrian.db"));
}

PcSetupPlan planFor(const PcSetupRequest &r)
{
    PcSetupPlan plan;
    const bool atBoot = r.role == PcRole::Kiosk || (r.role == PcRole::Display && !r.desktop);
    if (atBoot) {
        plan.files.append({unitPath(serviceOf(r.role)), bootUnit(r).toUtf8()});
        plan.files.append({sysctlPath(r.role), sysctlFile(r.role).toUtf8()});
        plan.enable.append(serviceOf(r.role));
        plan.startsAtBoot = true;
    } else if (r.role != PcRole::Backup) {
        plan.files.append({autostartPath(r.role, r.autostartDir), autostartEntry(r).toUtf8()});
    }
    if (r.backup || r.role == PcRole::Backup) {
        plan.files.append({unitPath(QStringLiteral("antrian-backup.service")), backupService(r, r.role).toUtf8()});
        plan.files.append({unitPath(QStringLiteral("antrian-backup.timer")), backupTimer(r.role).toUtf8()});
        plan.enable.append(QStringLiteral("antrian-backup.timer"));
    }
    return plan;
}

QStringList filesOf(PcRole role, const QString &autostartDir)
{
    QStringList files;
    if (role == PcRole::Kiosk || role == PcRole::Display)
        files << unitPath(serviceOf(role)) << sysctlPath(role);
    if (role == PcRole::Display || role == PcRole::Counter)
        files << autostartPath(role, autostartDir);
    if (role != PcRole::Counter)
        files << unitPath(QStringLiteral("antrian-backup.service")) << unitPath(QStringLiteral("antrian-backup.timer"));
    return files;
}

QStringList unitsOf(PcRole role)
{
    QStringList units;
    if (role == PcRole::Kiosk || role == PcRole::Display)
        units << serviceOf(role);
    if (role != PcRole::Counter)
        units << QStringLiteral("antrian-backup.timer");
    return units;
}

} // namespace antrian::pcsetup
