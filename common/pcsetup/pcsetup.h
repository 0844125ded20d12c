// SPDX-License-Identifier: GPL-3.0-or-later
// What `antrianctl setup-pc ROLE` writes to make this PC start its app by itself: the systemd
// units, the XDG autostart entry, the kernel setting, each as a path on the target system and
// its text, and the units to enable. Only the texts and the choice of files live here, so a
// test reads them without a system to install on; antrianctl writes them and runs systemctl.
//
//   kiosk    at boot: cage on tty1, as an unprivileged user, the kiosk in --kiosk mode
//   display  at boot the same way (the TV PC); --desktop: at login on a desktop, on --screen N
//   counter  at login on the staff PC's desktop (XDG autostart), restarted if it exits
//   backup   the daily backup timer alone (the PostgreSQL server's PC); the SQLite roles
//            (kiosk, display) bring it with them unless --no-backup
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace antrian::pcsetup {

enum class PcRole { Kiosk, Display, Counter, Backup };

QList<PcRole> allPcRoles();
QString pcRoleKey(PcRole role); // "kiosk"
std::optional<PcRole> pcRoleFromKey(const QString &key);

// What setup-pc was asked for, with every path already decided.
struct PcSetupRequest
{
    PcRole role = PcRole::Kiosk;
    QString app;                            // the app's binary (none for backup)
    QString antrianctl;                     // antrianctl's binary, for the backup
    QString cage = QStringLiteral("/usr/bin/cage");
    QString shell = QStringLiteral("/bin/sh");
    QString database;                       // --db, absolute; empty: the app's default for its user
    QString printer;                        // kiosk: --printer SPEC
    int screen = -1;                        // display --desktop: --screen N
    bool desktop = false;                   // display: at login on a desktop instead of at boot
    int counter = 0;                        // counter: --counter N
    QString user = QStringLiteral("antrian"); // who runs the app started at boot, and the backup
    bool backup = false;                    // write the daily backup timer
    QString autostartDir = QStringLiteral("/etc/xdg/autostart"); // counter, display --desktop
};

struct SetupFile
{
    QString path;    // absolute on the target system: /etc/systemd/system/antrian-kiosk.service
    QByteArray text;
};

struct PcSetupPlan
{
    QList<SetupFile> files;
    QStringList enable;       // systemd system units to enable, in this order
    bool startsAtBoot = false; // a unit on tty1, WantedBy=graphical.target
};

PcSetupPlan planFor(const PcSetupRequest &request);

// Every file setup-pc `role` may write (with any options), for --undo; `autostartDir` as in
// the request. A file is taken off only if its first line says that role wrote it.
QStringList filesOf(PcRole role, const QString &autostartDir);
// The systemd units setup-pc `role` may enable, for --undo.
QStringList unitsOf(PcRole role);
// The first line of every file setup-pc `role` writes.
QByteArray markerOf(PcRole role);

// Where a role started at boot runs its app: the unit that owns tty1. Kiosk and display
// cannot both be on one PC.
inline constexpr auto kTty = "tty1";

// The database an app uses when given none, for the user whose home is `home`.
QString defaultDatabaseFor(const QString &home);

} // namespace antrian::pcsetup
