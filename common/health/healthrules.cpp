// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLocale>

namespace antrian::health {

namespace {
// lupdate files these strings under "Health", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Health)
};

const QString kDatabase = QStringLiteral("database");
const QString kDisk = QStringLiteral("disk");
const QString kSchema = QStringLiteral("schema");
const QString kPrinter = QStringLiteral("printer");
const QString kSound = QStringLiteral("sound");
const QString kSpeech = QStringLiteral("speech");
const QString kTimeZone = QStringLiteral("timeZone");
const QString kClock = QStringLiteral("clock");

QString megabytes(qint64 bytes)
{
    return Tr::tr("%1 MB").arg(bytes / (1024 * 1024));
}

// "2 min 5 s", "40 s"
QString duration(qint64 ms)
{
    const qint64 s = std::abs(ms) / 1000;
    return s >= 60 ? Tr::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : Tr::tr("%1 s").arg(s);
}

QString printerWords(const PrinterCondition &c)
{
    // EscPosStatus says it in English for the log; the person reads it in their language.
    static const QList<std::pair<QString, const char *>> kWords{
            {QStringLiteral("cover open"), QT_TRANSLATE_NOOP("Health", "cover open")},
            {QStringLiteral("paper out"), QT_TRANSLATE_NOOP("Health", "paper out")},
            {QStringLiteral("printer error"), QT_TRANSLATE_NOOP("Health", "printer error")},
            {QStringLiteral("paper near end"), QT_TRANSLATE_NOOP("Health", "paper near its end")},
    };
    QStringList out;
    for (const auto &[english, words] : kWords) {
        if (c.detail.contains(english))
            out << QCoreApplication::translate("Health", words);
    }
    return out.isEmpty() ? c.detail : out.join(QStringLiteral(", "));
}

bool announces(PcRole role)
{
    return role == PcRole::Display || role == PcRole::Unknown;
}
} // namespace

std::optional<PcRole> pcRoleFromKey(const QString &key)
{
    if (key == u"kiosk")
        return PcRole::Kiosk;
    if (key == u"display")
        return PcRole::Display;
    if (key == u"counter")
        return PcRole::Counter;
    return std::nullopt;
}

HealthCheck databaseCheck(const DatabaseFacts &f, PcRole role)
{
    const QJsonObject detail{{QStringLiteral("location"), f.location},
                             {QStringLiteral("engine"), f.engine == Engine::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
                             {QStringLiteral("reachable"), f.reachable},
                             {QStringLiteral("writable"), f.writable}};
    if (!f.reachable)
        return HealthCheck::failed(kDatabase,
                                   Tr::tr("The database cannot be used: %1. The apps on this PC show their out-of-service page. Check --db (the path or "
                                          "URL the apps use), or create the database with antrianctl init.")
                                           .arg(f.error),
                                   detail);
    if (!f.writable) {
        if (role == PcRole::Display && f.engine == Engine::PostgreSQL)
            return HealthCheck::ok(kDatabase, Tr::tr("%1 is reachable, read only for this PC's login, as a display needs.").arg(f.location), detail);
        return HealthCheck::failed(kDatabase,
                                   Tr::tr("%1 can be read but not written: %2. No ticket can be issued or called from this PC. "
                                          "Free the disk, check the file's and its folder's permissions (and chattr -i), "
                                          "or the server's settings.")
                                           .arg(f.location, f.writeError),
                                   detail);
    }
    return HealthCheck::ok(kDatabase, Tr::tr("%1 is reachable and takes writes.").arg(f.location), detail);
}

HealthCheck diskCheck(const QList<DiskSpace> &places, qint64 databaseBytes)
{
    if (places.isEmpty())
        return HealthCheck::skipped(kDisk, Tr::tr("The database is on its server; check the free space there."));
    // The place with the least room decides.
    const DiskSpace *worst = &places.first();
    QJsonArray list;
    for (const DiskSpace &d : places) {
        list.append(QJsonObject{{QStringLiteral("path"), d.path},
                                {QStringLiteral("freeBytes"), d.freeBytes},
                                {QStringLiteral("totalBytes"), d.totalBytes}});
        if (d.freeBytes < worst->freeBytes)
            worst = &d;
    }
    const QJsonObject detail{{QStringLiteral("places"), list}, {QStringLiteral("databaseBytes"), databaseBytes}};
    const int percent = worst->totalBytes > 0 ? int(worst->freeBytes * 100 / worst->totalBytes) : 0;
    const QString where = QDir::toNativeSeparators(worst->path);
    if (worst->freeBytes < kDiskFailBytes || worst->freeBytes < databaseBytes)
        return HealthCheck::failed(kDisk,
                                   Tr::tr("Only %1 free on the disk of %2 (the database is %3). Tickets and the daily backup "
                                          "will soon fail to be written. Free space now: remove old files, or move the "
                                          "backups to another disk.")
                                           .arg(megabytes(worst->freeBytes), where, megabytes(databaseBytes)),
                                   detail);
    if (worst->freeBytes < kDiskWarnBytes || percent < kDiskWarnPercent)
        return HealthCheck::warning(kDisk,
                                    Tr::tr("%1 free on the disk of %2 (%3 %). Enough for now; free some space within weeks.")
                                            .arg(megabytes(worst->freeBytes), where)
                                            .arg(percent),
                                    detail);
    return HealthCheck::ok(kDisk, Tr::tr("%1 free on the disk of %2 (%3 %).").arg(megabytes(worst->freeBytes), where).arg(percent), detail);
}

HealthCheck schemaCheck(int databaseVersion, int programVersion)
{
    const QJsonObject detail{{QStringLiteral("database"), databaseVersion}, {QStringLiteral("program"), programVersion}};
    if (databaseVersion > programVersion)
        return HealthCheck::failed(kSchema,
                                   Tr::tr("The database was written by a newer Antrian (schema version %1; this PC's "
                                          "knows up to %2). The apps on this PC refuse it. Upgrade Antrian on this PC.")
                                           .arg(databaseVersion)
                                           .arg(programVersion),
                                   detail);
    if (databaseVersion < programVersion)
        return HealthCheck::warning(kSchema,
                                    Tr::tr("The database has schema version %1; this PC's Antrian will upgrade it to %2 "
                                           "when an app opens it. PCs of the branch still on the older Antrian will then "
                                           "refuse it: upgrade them all together, after a backup.")
                                            .arg(databaseVersion)
                                            .arg(programVersion),
                                    detail);
    return HealthCheck::ok(kSchema, Tr::tr("Schema version %1, the one this PC's Antrian writes.").arg(databaseVersion), detail);
}

HealthCheck timeZoneCheck(const QString &branchZone, const QTimeZone &pcZone, const QDateTime &now)
{
    const QString pcId = QString::fromUtf8(pcZone.id());
    QJsonObject detail{{QStringLiteral("branch"), branchZone}, {QStringLiteral("pc"), pcId}};
    if (branchZone.isEmpty())
        return HealthCheck::skipped(kTimeZone, Tr::tr("The database holds no branch yet (antrianctl init); this PC is in %1.").arg(pcId), detail);
    const QTimeZone branch(branchZone.toUtf8());
    if (!branch.isValid())
        return HealthCheck::failed(kTimeZone,
                                   Tr::tr("This PC does not know the branch's time zone %1: business dates and opening "
                                          "hours cannot be computed. Install or update the tzdata package.")
                                           .arg(branchZone),
                                   detail);
    const int branchOffset = branch.offsetFromUtc(now);
    const int pcOffset = pcZone.offsetFromUtc(now);
    detail.insert(QStringLiteral("branchOffsetSeconds"), branchOffset);
    detail.insert(QStringLiteral("pcOffsetSeconds"), pcOffset);
    if (branch.id() == pcZone.id())
        return HealthCheck::ok(kTimeZone, Tr::tr("This PC is in the branch's time zone, %1.").arg(branchZone), detail);
    if (branchOffset == pcOffset)
        return HealthCheck::ok(kTimeZone, Tr::tr("This PC is in %1, the same time as the branch's %2.").arg(pcId, branchZone), detail);
    return HealthCheck::warning(kTimeZone,
                                Tr::tr("This PC is in %1 but the branch is in %2. Tickets keep the branch's dates, but "
                                       "this PC's desktop clock, its logs and its daily backup follow the wrong zone. "
                                       "Set it with: sudo timedatectl set-timezone %2")
                                        .arg(pcId, branchZone),
                                detail);
}

HealthCheck serverClockCheck(const QDateTime &pcNow, const QDateTime &serverNow)
{
    const qint64 skew = serverNow.msecsTo(pcNow); // > 0: this PC is ahead
    const QJsonObject detail{{QStringLiteral("reference"), QStringLiteral("server")},
                             {QStringLiteral("pc"), pcNow.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("server"), serverNow.toUTC().toString(Qt::ISODateWithMs)},
                             {QStringLiteral("skewMs"), skew}};
    const QString ahead = skew > 0 ? Tr::tr("%1 ahead of the database server's").arg(duration(skew))
                                   : Tr::tr("%1 behind the database server's").arg(duration(skew));
    if (std::abs(skew) > kClockFailMs)
        return HealthCheck::failed(kClock,
                                   Tr::tr("This PC's clock is %1. Tickets keep the server's times, but this PC's logs and "
                                          "backups do not, and secure connections may be refused. Turn on time "
                                          "synchronisation: sudo timedatectl set-ntp true (the server as the time source).")
                                           .arg(ahead),
                                   detail);
    if (std::abs(skew) > kClockWarnMs)
        return HealthCheck::warning(kClock,
                                    Tr::tr("This PC's clock is %1. Turn on time synchronisation: sudo timedatectl set-ntp true.").arg(ahead),
                                    detail);
    return HealthCheck::ok(kClock, Tr::tr("This PC's clock agrees with the database server's (within %1).").arg(duration(kClockWarnMs)), detail);
}

HealthCheck lastWriteClockCheck(const QDateTime &pcNow, const std::optional<QDateTime> &newestWrite)
{
    QJsonObject detail{{QStringLiteral("reference"), QStringLiteral("newestWrite")},
                       {QStringLiteral("pc"), pcNow.toUTC().toString(Qt::ISODateWithMs)}};
    if (!newestWrite)
        return HealthCheck::ok(kClock, Tr::tr("Nothing written in the database yet to compare this PC's clock with."), detail);
    const qint64 behind = pcNow.msecsTo(*newestWrite); // > 0: the database has a time later than now
    detail.insert(QStringLiteral("newestWrite"), newestWrite->toUTC().toString(Qt::ISODateWithMs));
    detail.insert(QStringLiteral("skewMs"), -behind);
    const QString when = QLocale().toString(newestWrite->toLocalTime(), QLocale::ShortFormat);
    if (behind > kClockFailMs)
        return HealthCheck::failed(kClock,
                                   Tr::tr("This PC's clock is %1 behind the last thing written in the database (%2): it "
                                          "was set back. New tickets would get wrong times and waits, and may fall on the "
                                          "wrong business day. Set the clock right and turn on time synchronisation: "
                                          "sudo timedatectl set-ntp true.")
                                           .arg(duration(behind), when),
                                   detail);
    if (behind > kClockWarnMs)
        return HealthCheck::warning(kClock,
                                    Tr::tr("This PC's clock is %1 behind the last thing written in the database (%2). "
                                           "Turn on time synchronisation: sudo timedatectl set-ntp true.")
                                            .arg(duration(behind), when),
                                    detail);
    return HealthCheck::ok(kClock, Tr::tr("This PC's clock is not behind the last thing written in the database."), detail);
}

HealthCheck printerCheck(const std::optional<PrinterSpec> &spec, const PrinterAnswer &a, PcRole role)
{
    if (!spec || spec->kind == PrinterSpec::Kind::None) {
        if (role == PcRole::Kiosk)
            return HealthCheck::warning(kPrinter,
                                        Tr::tr("No printer configured: customers read their number on the screen only. "
                                               "Give the kiosk's printer with --printer (the same as the kiosk's)."));
        return HealthCheck::skipped(kPrinter, Tr::tr("No printer configured (only a kiosk prints: --pc kiosk --printer SPEC)."));
    }
    QJsonObject detail{{QStringLiteral("printer"), spec->toString()},
                       {QStringLiteral("reached"), a.reached},
                       {QStringLiteral("answered"), a.answered}};
    const QString name = spec->toString();
    if (!spec->isEscPos())
        return HealthCheck::skipped(kPrinter, Tr::tr("%1 is not an ESC/POS printer; doctor asks only those for their paper.").arg(name), detail);
    if (!a.reached)
        return HealthCheck::failed(kPrinter,
                                   Tr::tr("The printer %1 cannot be reached: %2. The kiosk issues tickets without printing "
                                          "them. Check that it is on, its cable, and its address.")
                                           .arg(name, a.error),
                                   detail);
    detail.insert(QStringLiteral("condition"), a.condition.detail);
    if (!a.answered)
        return HealthCheck::warning(kPrinter,
                                    Tr::tr("The printer %1 is reachable but did not say whether it has paper (some never "
                                           "do). Print a test ticket to be sure.")
                                            .arg(name),
                                    detail);
    if (a.condition.level == PrinterCondition::Level::Fault)
        return HealthCheck::failed(kPrinter,
                                   Tr::tr("The printer %1 says: %2. The kiosk issues tickets without printing them until "
                                          "it is fixed. Open it, load paper, close the cover.")
                                           .arg(name, printerWords(a.condition)),
                                   detail);
    if (a.condition.level == PrinterCondition::Level::PaperLow)
        return HealthCheck::warning(kPrinter, Tr::tr("The printer %1 says: %2. Change the roll soon.").arg(name, printerWords(a.condition)), detail);
    return HealthCheck::ok(kPrinter, Tr::tr("The printer %1 is ready.").arg(name), detail);
}

HealthCheck soundCheck(const std::optional<QString> &alsaPlaybackList, PcRole role)
{
    if (!announces(role))
        return HealthCheck::skipped(kSound, Tr::tr("Only the display PC plays sound."));
    QStringList devices;
    for (const QString &line : alsaPlaybackList.value_or(QString()).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.contains(QLatin1String("playback")))
            devices << line.section(u':', 1, 1).trimmed();
    }
    const QJsonObject detail{{QStringLiteral("devices"), QJsonArray::fromStringList(devices)}};
    if (!devices.isEmpty())
        return HealthCheck::ok(kSound, Tr::tr("Sound output: %1.").arg(devices.join(QStringLiteral(", "))), detail);
    const QString message = !alsaPlaybackList
            ? Tr::tr("This PC has no sound driver loaded: the lobby hears neither the chime nor the numbers. Check the "
                     "TV's or speakers' cable (HDMI carries sound) and that the sound card is enabled.")
            : Tr::tr("This PC has no sound output device: the lobby hears neither the chime nor the numbers. Plug in the "
                     "speakers or the TV (HDMI carries sound).");
    return role == PcRole::Display ? HealthCheck::failed(kSound, message, detail) : HealthCheck::warning(kSound, message, detail);
}

HealthCheck speechCheck(const SpeechRun &run, PcRole role)
{
    if (!announces(role))
        return HealthCheck::skipped(kSpeech, Tr::tr("Only the display PC speaks."));
    QJsonObject detail{{QStringLiteral("program"), run.program}};
    if (run.program.isEmpty()) {
        const QString message = Tr::tr("antrian-display is not installed on this PC, so its speech was not tried.");
        return role == PcRole::Display ? HealthCheck::failed(kSpeech, message, detail) : HealthCheck::skipped(kSpeech, message, detail);
    }
    detail.insert(QStringLiteral("exitCode"), run.exitCode);
    detail.insert(QStringLiteral("timedOut"), run.timedOut);
    detail.insert(QStringLiteral("wavBytes"), run.wavBytes);
    if (!run.started)
        return HealthCheck::failed(kSpeech, Tr::tr("%1 could not be started: %2").arg(run.program, run.errorOutput), detail);
    if (run.timedOut)
        return HealthCheck::failed(kSpeech,
                                   Tr::tr("Speech hung: saying one sentence took more than %1. The display gives up on a "
                                          "hung voice and plays the chime alone. Reinstall espeak-ng-data, or use a voice "
                                          "pack of recorded clips.")
                                           .arg(duration(kSpeechTimeoutMs)),
                                   detail);
    const QString said = run.errorOutput.trimmed();
    if (run.exitCode != 0 || run.wavBytes == 0)
        return HealthCheck::failed(kSpeech,
                                   Tr::tr("The display could not make a test announcement: %1. Calls are shown but not heard.").arg(said),
                                   detail);
    if (!said.isEmpty())
        return HealthCheck::warning(kSpeech,
                                    Tr::tr("The test announcement was made, with this to say: %1").arg(said.split(u'\n').join(QStringLiteral("; "))),
                                    detail);
    return HealthCheck::ok(kSpeech, Tr::tr("A test announcement was spoken (into a file, not the speakers)."), detail);
}

} // namespace antrian::health
