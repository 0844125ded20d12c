// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupcommands.h"

#include "printing/printerspec.h"
#include "storage/dialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace antrian::cli {

using pcsetup::PcRole;
using pcsetup::PcSetupRequest;

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

const QString kDefaultUser = QStringLiteral("antrian");
const QString kDefaultHome = QStringLiteral("/var/lib/antrian");

QString rolesText()
{
    QStringList keys;
    for (PcRole role : pcsetup::allPcRoles())
        keys.append(pcsetup::pcRoleKey(role));
    return keys.join(u'|');
}

bool startsAtBoot(PcRole role, bool desktop)
{
    return role == PcRole::Kiosk || role == PcRole::Backup || (role == PcRole::Display && !desktop);
}

std::optional<QString> homeOf(const QString &user)
{
    const passwd *pw = ::getpwnam(QFile::encodeName(user).constData());
    if (!pw)
        return std::nullopt;
    return QFile::decodeName(pw->pw_dir);
}

// A whole number from 0 (--screen) or from 1 (--counter), else bad input naming the option.
Result<int> numberOption(const QCommandLineParser &parser, const QString &name, int from)
{
    const QString text = parser.value(name);
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < from)
        return Error::badInput(Tr::tr("--%1: expected a whole number from %2, got \"%3\"").arg(name).arg(from).arg(text));
    return n;
}

// The app's binary: beside antrianctl when installed (/usr/bin), in its own folder beside
// antrianctl's in a build tree (build/kiosk/antrian-kiosk), so the same command works from both.
Result<QString> appBinary(PcRole role)
{
    const QString key = pcsetup::pcRoleKey(role);
    const QString name = QStringLiteral("antrian-") + key;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &path : {here.filePath(name), here.filePath(QStringLiteral("../%1/%2").arg(key, name))}) {
        if (QFileInfo(path).isExecutable())
            return QFileInfo(path).canonicalFilePath();
    }
    return Error::refused(Tr::tr("%1 is not installed beside antrianctl, in %2: install its package first")
                                  .arg(name, here.absolutePath()));
}

} // namespace

SetupCommands::SetupCommands(const QCommandLineParser &parser)
    : m_parser(parser),
      m_root(parser.value(QStringLiteral("root"))),
      m_dryRun(parser.isSet(QStringLiteral("dry-run")))
{
    if (!m_root.isEmpty())
        m_root = QFileInfo(m_root).absoluteFilePath();
}

QString SetupCommands::usage()
{
    return Tr::tr("usage: antrianctl setup-pc %1 [options], or setup-pc --undo ROLE").arg(rolesText());
}

Result<Printed> SetupCommands::run(const QStringList &args)
{
    if (args.size() != 1)
        return Error::badInput(usage());
    const auto role = pcsetup::pcRoleFromKey(args.first().toLower());
    if (!role)
        return Error::badInput(Tr::tr("setup-pc: expected a role, %1, got \"%2\"").arg(rolesText(), args.first()));
    if (m_parser.isSet(QStringLiteral("undo")))
        return undo(*role);
    auto asked = request(*role);
    if (!asked)
        return asked.error();
    return setUp(*asked);
}

Result<PcSetupRequest> SetupCommands::request(PcRole role) const
{
    // Every mistake in the options is said before anything is looked at or written.
    PcSetupRequest r;
    r.role = role;
    r.antrianctl = QCoreApplication::applicationFilePath();
    r.desktop = m_parser.isSet(QStringLiteral("desktop"));
    const QString key = pcsetup::pcRoleKey(role);
    auto only = [&](const char *option, bool allowed, const QString &where) -> Outcome {
        if (m_parser.isSet(QLatin1String(option)) && !allowed)
            return Error::badInput(Tr::tr("--%1 goes with %2, not with setup-pc %3").arg(QLatin1String(option), where, key));
        return Done{};
    };
    for (Outcome fits : {only("printer", role == PcRole::Kiosk, QStringLiteral("setup-pc kiosk")),
                         only("desktop", role == PcRole::Display, QStringLiteral("setup-pc display")),
                         only("screen", role == PcRole::Display && r.desktop, QStringLiteral("setup-pc display --desktop")),
                         only("counter", role == PcRole::Counter, QStringLiteral("setup-pc counter")),
                         only("backup", startsAtBoot(role, r.desktop) && role != PcRole::Backup,
                              QStringLiteral("setup-pc kiosk|display (or use setup-pc backup)")),
                         only("user", startsAtBoot(role, r.desktop), QStringLiteral("setup-pc kiosk|display|backup"))}) {
        if (!fits)
            return fits.error();
    }
    if (m_parser.isSet(QStringLiteral("screen"))) {
        auto screen = numberOption(m_parser, QStringLiteral("screen"), 0);
        if (!screen)
            return screen.error();
        r.screen = *screen;
    }
    if (m_parser.isSet(QStringLiteral("counter"))) {
        auto counter = numberOption(m_parser, QStringLiteral("counter"), 1);
        if (!counter)
            return counter.error();
        r.counter = *counter;
    }
    if (m_parser.isSet(QStringLiteral("printer"))) {
        r.printer = m_parser.value(QStringLiteral("printer"));
        if (auto spec = PrinterSpec::parse(r.printer); !spec)
            return Error::badInput(QStringLiteral("--printer: ") + spec.error().message);
    }

    const QString db = m_parser.value(QStringLiteral("db"));
    const bool postgres = !db.isEmpty() && engineOf(db) == Engine::PostgreSQL;
    if (!db.isEmpty())
        r.database = postgres ? db : QFileInfo(db).absoluteFilePath();
    if (startsAtBoot(role, r.desktop)) {
        r.user = m_parser.isSet(QStringLiteral("user")) ? m_parser.value(QStringLiteral("user")) : kDefaultUser;
        const auto home = homeOf(r.user);
        if (!home && r.user != kDefaultUser)
            return Error::badInput(Tr::tr("--user: there is no user \"%1\" on this PC").arg(r.user));
        // The app is given its database in the unit, so that the backup and the app agree.
        if (r.database.isEmpty())
            r.database = pcsetup::defaultDatabaseFor(home.value_or(kDefaultHome));
        // A SQLite file lives on this PC: its backup too. On PostgreSQL, one PC keeps them
        // (setup-pc backup, or --backup), not every kiosk and TV.
        r.backup = role == PcRole::Backup
                || (postgres ? m_parser.isSet(QStringLiteral("backup")) : !m_parser.isSet(QStringLiteral("no-backup")));
    }
    r.autostartDir = autostartDir();
    if (role != PcRole::Backup) {
        auto app = appBinary(role);
        if (!app)
            return app.error();
        r.app = *app;
    }
    if (role != PcRole::Backup && startsAtBoot(role, r.desktop) && !QFileInfo(r.cage).isExecutable())
        return Error::refused(Tr::tr("cage, the kiosk compositor, is not installed: apt install cage"));
    return r;
}

QString SetupCommands::autostartDir() const
{
    // Root sets up every desktop user of the PC; a user without root, their own login.
    if (::geteuid() == 0 || !m_root.isEmpty())
        return QStringLiteral("/etc/xdg/autostart");
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart");
}

QString SetupCommands::onTarget(const QString &path) const
{
    return m_root.isEmpty() ? path : m_root + path;
}

bool SetupCommands::writtenBy(const QString &path, PcRole role) const
{
    QFile file(onTarget(path));
    return file.open(QIODevice::ReadOnly) && file.readLine().trimmed() == pcsetup::markerOf(role);
}

Outcome SetupCommands::needsRoot(PcRole role) const
{
    if (!m_root.isEmpty() || m_dryRun || ::geteuid() == 0)
        return Done{};
    if (role == PcRole::Counter || (role == PcRole::Display && m_parser.isSet(QStringLiteral("desktop"))))
        return Done{}; // the user's own autostart folder
    return Error::refused(Tr::tr("setup-pc %1 writes system units under /etc/systemd/system and must run as root: "
                                 "sudo antrianctl setup-pc %1 ...")
                                  .arg(pcsetup::pcRoleKey(role)));
}

Outcome SetupCommands::systemctl(const QStringList &args) const
{
    QStringList all = args;
    if (!m_root.isEmpty())
        all.prepend(QStringLiteral("--root=") + m_root);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("systemctl"), all);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::storage(Tr::tr("systemctl %1 failed: %2")
                                      .arg(args.join(u' '), QString::fromLocal8Bit(process.readAll()).trimmed()
                                                                    + process.errorString()));
    return Done{};
}

Outcome SetupCommands::createUser(const QString &name) const
{
    // A system user with no password and no login shell: nobody logs in as it; its home keeps
    // the app's settings and, given no --db, its database.
    QStringList groups;
    for (const char *group : {"audio", "video", "render", "input"}) {
        if (::getgrnam(group))
            groups.append(QLatin1String(group));
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("useradd"), {QStringLiteral("--system"), QStringLiteral("--create-home"),
                                              QStringLiteral("--home-dir"), kDefaultHome, QStringLiteral("--shell"),
                                              QStringLiteral("/usr/sbin/nologin"), QStringLiteral("--comment"),
                                              QStringLiteral("Antrian kiosk and display"), QStringLiteral("--groups"),
                                              groups.join(u','), name});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::storage(Tr::tr("could not create the user %1: %2")
                                      .arg(name, QString::fromLocal8Bit(process.readAll()).trimmed() + process.errorString()));
    return Done{};
}

Result<Printed> SetupCommands::setUp(const PcSetupRequest &r)
{
    if (Outcome root = needsRoot(r.role); !root)
        return root.error();
    const QString key = pcsetup::pcRoleKey(r.role);
    const pcsetup::PcSetupPlan plan = pcsetup::planFor(r);
    // One console, one app: the kiosk and the lobby display at boot cannot share a PC.
    for (PcRole other : {PcRole::Kiosk, PcRole::Display}) {
        const QString unit = QStringLiteral("/etc/systemd/system/antrian-%1.service").arg(pcsetup::pcRoleKey(other));
        if (plan.startsAtBoot && other != r.role && writtenBy(unit, other))
            return Error::refused(Tr::tr("this PC is already set up as the %1 at boot; take that off first: "
                                         "antrianctl setup-pc --undo %1")
                                          .arg(pcsetup::pcRoleKey(other)));
    }

    QJsonArray files;
    QString text;
    if (m_dryRun) {
        for (const pcsetup::SetupFile &file : plan.files) {
            files.append(QJsonObject{{QStringLiteral("path"), onTarget(file.path)},
                                     {QStringLiteral("text"), QString::fromUtf8(file.text)}});
            text += QStringLiteral("==> %1 <==\n%2\n").arg(onTarget(file.path), QString::fromUtf8(file.text));
        }
        text += Tr::tr("Dry run: nothing was written. Would enable: %1").arg(plan.enable.join(u' '));
        return Printed{QJsonObject{{QStringLiteral("role"), key}, {QStringLiteral("dryRun"), true},
                                   {QStringLiteral("files"), files},
                                   {QStringLiteral("enable"), QJsonArray::fromStringList(plan.enable)}},
                       text};
    }

    const bool system = m_root.isEmpty();
    if (system && startsAtBoot(r.role, r.desktop) && r.user == kDefaultUser && !homeOf(r.user)) {
        if (Outcome created = createUser(r.user); !created)
            return created.error();
        text += Tr::tr("Created the user %1 (home %2), who runs the app; nobody logs in as it.").arg(r.user, kDefaultHome) + u'\n';
    }
    for (const pcsetup::SetupFile &file : plan.files) {
        const QString path = onTarget(file.path);
        QSaveFile out(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !out.open(QIODevice::WriteOnly) || out.write(file.text) != file.text.size()
            || !out.commit())
            return Error::storage(Tr::tr("could not write %1: %2").arg(path, out.errorString()));
        files.append(path);
        text += Tr::tr("Wrote %1").arg(path) + u'\n';
    }
    if (system && !plan.enable.isEmpty()) {
        if (Outcome reloaded = systemctl({QStringLiteral("daemon-reload")}); !reloaded)
            return reloaded.error();
    }
    if (!plan.enable.isEmpty()) {
        if (Outcome enabled = systemctl(QStringList{QStringLiteral("enable")} + plan.enable); !enabled)
            return enabled.error();
        text += Tr::tr("Enabled %1").arg(plan.enable.join(u' ')) + u'\n';
    }
    if (plan.startsAtBoot) {
        // A PC installed without a desktop may boot to multi-user.target, where nothing on tty1 starts.
        QProcess get;
        get.start(QStringLiteral("systemctl"), m_root.isEmpty() ? QStringList{QStringLiteral("get-default")}
                                                                : QStringList{QStringLiteral("--root=") + m_root, QStringLiteral("get-default")});
        const bool known = get.waitForFinished(60000) && get.exitCode() == 0;
        if (known && QString::fromLocal8Bit(get.readAllStandardOutput()).trimmed() != u"graphical.target") {
            if (Outcome set = systemctl({QStringLiteral("set-default"), QStringLiteral("graphical.target")}); !set)
                return set.error();
            text += Tr::tr("The PC now starts to graphical.target.") + u'\n';
        }
        if (system)
            (void)systemctl({QStringLiteral("restart"), QStringLiteral("systemd-sysctl.service")}); // SysRq off now, not only after a reboot
        if (QFileInfo::exists(onTarget(QStringLiteral("/etc/systemd/system/display-manager.service"))))
            text += Tr::tr("Warning: a desktop login screen (display-manager.service) also starts on this PC and may take "
                           "the screen; on a kiosk or TV PC turn it off: systemctl disable display-manager.service")
                    + u'\n';
        text += Tr::tr("It starts at the next boot, or now with: systemctl start antrian-%1.service").arg(key) + u'\n';
    } else if (r.role == PcRole::Counter || r.role == PcRole::Display) {
        text += Tr::tr("It starts at the next login to this PC's desktop.") + u'\n';
    }
    if (r.backup)
        text += Tr::tr("The database %1 is backed up each evening at 21:00 (or at the next start), 14 days kept.").arg(r.database)
                + u'\n';
    if (!r.database.isEmpty() && engineOf(r.database) == Engine::SQLite && !QFileInfo::exists(onTarget(r.database)))
        text += Tr::tr("The database %1 does not exist yet; create it as the user who runs the app: "
                       "sudo -u %2 antrianctl --db %1 init")
                        .arg(r.database, r.user)
                + u'\n';
    text += Tr::tr("Take it off with: antrianctl setup-pc --undo %1").arg(key);
    return Printed{QJsonObject{{QStringLiteral("role"), key},
                               {QStringLiteral("dryRun"), false},
                               {QStringLiteral("files"), files},
                               {QStringLiteral("enable"), QJsonArray::fromStringList(plan.enable)},
                               {QStringLiteral("database"), r.database},
                               {QStringLiteral("backup"), r.backup}},
                   text};
}

Result<Printed> SetupCommands::undo(PcRole role)
{
    if (Outcome root = needsRoot(role); !root)
        return root.error();
    const QString key = pcsetup::pcRoleKey(role);
    QStringList units;
    for (const QString &unit : pcsetup::unitsOf(role)) {
        if (writtenBy(QStringLiteral("/etc/systemd/system/") + unit, role))
            units.append(unit);
    }
    QStringList files;
    for (const QString &path : pcsetup::filesOf(role, autostartDir())) {
        if (writtenBy(path, role))
            files.append(onTarget(path));
    }
    if (m_dryRun)
        return Printed{QJsonObject{{QStringLiteral("role"), key}, {QStringLiteral("dryRun"), true},
                                   {QStringLiteral("remove"), QJsonArray::fromStringList(files)},
                                   {QStringLiteral("disable"), QJsonArray::fromStringList(units)}},
                       Tr::tr("Dry run: would disable %1 and remove %2").arg(units.join(u' '), files.join(u' '))};
    const bool system = m_root.isEmpty();
    if (!units.isEmpty()) {
        QStringList args{QStringLiteral("disable")};
        if (system)
            args.append(QStringLiteral("--now"));
        if (Outcome disabled = systemctl(args + units); !disabled)
            return disabled.error();
    }
    QString text;
    for (const QString &path : std::as_const(files)) {
        if (!QFile::remove(path))
            return Error::storage(Tr::tr("could not remove %1").arg(path));
        text += Tr::tr("Removed %1").arg(path) + u'\n';
    }
    if (system && !units.isEmpty()) {
        (void)systemctl({QStringLiteral("daemon-reload")});
        (void)systemctl({QStringLiteral("restart"), QStringLiteral("systemd-sysctl.service")});
    }
    text += files.isEmpty() ? Tr::tr("Nothing of setup-pc %1 was found on this PC.").arg(key)
                            : Tr::tr("setup-pc %1 is taken off. The user who ran the app and the database are kept.").arg(key);
    return Printed{QJsonObject{{QStringLiteral("role"), key}, {QStringLiteral("dryRun"), false},
                               {QStringLiteral("removed"), QJsonArray::fromStringList(files)},
                               {QStringLiteral("disabled"), QJsonArray::fromStringList(units)}},
                   text};
}

QList<Command> setupCommands()
{
    return {
            {.names = {QStringLiteral("setup-pc")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "kiosk|display [--printer SPEC] [--user NAME]"),
                        QT_TRANSLATE_NOOP("antrianctl", "start this PC's app at boot, full screen under cage,\n"
                                                        "restarted within seconds; with a daily backup on SQLite")},
                       {QT_TRANSLATE_NOOP("antrianctl", "counter|display --desktop [--counter N] [--screen N]"),
                        QT_TRANSLATE_NOOP("antrianctl", "start it at login on this PC's desktop, restarted if it exits")},
                       {QT_TRANSLATE_NOOP("antrianctl", "backup [--user NAME]"),
                        QT_TRANSLATE_NOOP("antrianctl", "this PC keeps the daily backup (14 days)")},
                       {QT_TRANSLATE_NOOP("antrianctl", "--undo ROLE"),
                        QT_TRANSLATE_NOOP("antrianctl", "take off what setup-pc ROLE wrote")}},
             .options = {{"printer", QT_TRANSLATE_NOOP("antrianctl", "setup-pc kiosk: the ticket printer, as antrian-kiosk --printer."),
                          QT_TRANSLATE_NOOP("antrianctl", "spec")},
                         {"screen", QT_TRANSLATE_NOOP("antrianctl", "setup-pc display --desktop: full screen on screen N (0 is the first)."),
                          QT_TRANSLATE_NOOP("antrianctl", "N")},
                         {"desktop", QT_TRANSLATE_NOOP("antrianctl", "setup-pc display: at login on a desktop (a TV on a staff PC's "
                                                                     "second output) instead of at boot.")},
                         {"counter", QT_TRANSLATE_NOOP("antrianctl", "setup-pc counter: this PC is counter N."),
                          QT_TRANSLATE_NOOP("antrianctl", "N")},
                         {"user", QT_TRANSLATE_NOOP("antrianctl", "setup-pc: the user who runs the app at boot (default antrian, "
                                                                  "created if missing)."),
                          QT_TRANSLATE_NOOP("antrianctl", "name")},
                         {"backup", QT_TRANSLATE_NOOP("antrianctl", "setup-pc: also the daily backup, on PostgreSQL too.")},
                         {"no-backup", QT_TRANSLATE_NOOP("antrianctl", "setup-pc: no daily backup on this PC.")},
                         {"root", QT_TRANSLATE_NOOP("antrianctl", "setup-pc: write under this folder instead of / (an image, tests)."),
                          QT_TRANSLATE_NOOP("antrianctl", "folder")},
                         {"dry-run", QT_TRANSLATE_NOOP("antrianctl", "setup-pc: print what would be written; write nothing.")},
                         {"undo", QT_TRANSLATE_NOOP("antrianctl", "setup-pc: take off what setup-pc ROLE wrote.")}},
             .needs = Needs::Nothing,
             .handler = [](Session &s) { return SetupCommands(s.options).run(s.args); }},
    };
}

} // namespace antrian::cli
