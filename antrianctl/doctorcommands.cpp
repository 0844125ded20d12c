// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctorcommands.h"

#include "app/logging.h"
#include "core/clock.h"
#include "health/healthrules.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcHealth, "antrian.health", QtInfoMsg)

namespace antrian::cli {

namespace {

using namespace antrian::health;

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

QList<DiskSpace> diskSpaces(const DatabaseFacts &facts)
{
    if (facts.engine == Engine::PostgreSQL)
        return {};
    // The database's folder, and its backups/ when that is a folder of its own (another disk).
    QList<DiskSpace> places;
    const QString folder = QFileInfo(facts.location).absolutePath();
    for (const QString &path : {folder, folder + QStringLiteral("/backups")}) {
        const QStorageInfo storage(path);
        if (!QFileInfo(path).isDir() || !storage.isValid())
            continue;
        if (!places.isEmpty() && storage.device() == QStorageInfo(places.first().path).device())
            continue;
        places.append({path, storage.bytesAvailable(), storage.bytesTotal()});
    }
    return places;
}

// antrian-display beside antrianctl (installed: both in /usr/bin), else on PATH.
QString displayProgram()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/antrian-display");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QStandardPaths::findExecutable(QStringLiteral("antrian-display"));
}

// The display's own self test: one announcement into a WAV file, no window, no sound device.
// The database only when its schema is this program's: the display would migrate an older one.
SpeechRun trySpeech(const DatabaseFacts &facts, PcRole role)
{
    SpeechRun run;
    if (role == PcRole::Kiosk || role == PcRole::Counter)
        return run;
    run.program = displayProgram();
    if (run.program.isEmpty())
        return run;
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("doctor.wav"));
    const bool useDatabase = facts.reachable && facts.schemaVersion == latestSchemaVersion();
    const QString db = useDatabase ? facts.location : dir.filePath(QStringLiteral("none.db"));
    QProcess child;
    child.setProgram(run.program);
    child.setArguments({QStringLiteral("--db"), db, QStringLiteral("--say"), QStringLiteral("A-1"), QStringLiteral("--counter"),
                        QStringLiteral("1"), QStringLiteral("--wav"), wav});
    child.start();
    run.started = child.waitForStarted(kSpeechTimeoutMs);
    if (!run.started) {
        run.errorOutput = child.errorString();
        return run;
    }
    if (!child.waitForFinished(kSpeechTimeoutMs)) {
        run.timedOut = true;
        child.kill();
        child.waitForFinished(1000);
        return run;
    }
    run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    // Its lines start "antrian-display: ", said once in the check's own words.
    QString said = QString::fromUtf8(child.readAllStandardError());
    said.replace(QStringLiteral("antrian-display: "), QString());
    run.errorOutput = said;
    run.wavBytes = QFileInfo(wav).size();
    return run;
}

std::optional<QString> alsaPlaybackList()
{
    QFile file(QStringLiteral("/proc/asound/pcm"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

Result<Printed> doctor(Session &s)
{
    if (!s.args.isEmpty())
        return Error::badInput(Tr::tr("usage: antrianctl doctor [--pc kiosk|display|counter] [--printer SPEC] [--json]"));
    PcRole role = PcRole::Unknown;
    const QString roleText = s.options.value(QStringLiteral("pc"));
    if (!roleText.isEmpty()) {
        const auto parsed = pcRoleFromKey(roleText);
        if (!parsed)
            return Error::badInput(Tr::tr("--pc: expected kiosk, display or counter, got \"%1\"").arg(roleText));
        role = *parsed;
    }
    std::optional<PrinterSpec> printer;
    if (s.options.isSet(QStringLiteral("printer"))) {
        auto spec = PrinterSpec::parse(s.options.value(QStringLiteral("printer")));
        if (!spec)
            return Error::badInput(QStringLiteral("--printer: ") + spec.error().message);
        printer = *spec;
    }
    QString location = s.options.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = Database::defaultLocation();

    const SystemClock systemClock;
    DatabaseFacts facts = probeDatabase(location, systemClock);
    // --now stands for this PC's clock; without an offset it is read in the branch's zone.
    QDateTime pcNow = systemClock.nowUtc();
    const QString nowText = s.options.value(QStringLiteral("now"));
    if (!nowText.isEmpty()) {
        const QTimeZone zone = facts.branchZone.isEmpty() ? QTimeZone::utc() : QTimeZone(facts.branchZone.toUtf8());
        pcNow = parseNow(nowText, zone.isValid() ? zone : QTimeZone::utc());
        if (!pcNow.isValid())
            return Error::badInput(Tr::tr("--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got \"%1\"").arg(nowText));
        if (facts.pcNowAtServerRead)
            facts.pcNowAtServerRead = pcNow;
    }

    QList<HealthCheck> checks;
    checks << databaseCheck(facts, role);
    checks << diskCheck(diskSpaces(facts), facts.databaseBytes);
    const QString unreachable = Tr::tr("Not checked: the database cannot be reached.");
    checks << (facts.reachable ? schemaCheck(facts.schemaVersion, latestSchemaVersion())
                               : HealthCheck::skipped(QStringLiteral("schema"), unreachable));
    PrinterAnswer answer;
    if (printer && printer->kind == PrinterSpec::Kind::EscPosTcp)
        answer = probeEscPosTcp(printer->host, printer->port);
    else if (printer && printer->kind == PrinterSpec::Kind::EscPosDevice)
        answer = probeEscPosDevice(printer->path);
    checks << printerCheck(printer, answer, role);
    checks << soundCheck(alsaPlaybackList(), role);
    checks << speechCheck(trySpeech(facts, role), role);
    checks << (facts.reachable ? timeZoneCheck(facts.branchZone, QTimeZone::systemTimeZone(), pcNow)
                               : HealthCheck::skipped(QStringLiteral("timeZone"), unreachable));
    if (!facts.reachable)
        checks << HealthCheck::skipped(QStringLiteral("clock"), unreachable);
    else if (facts.engine == Engine::PostgreSQL && facts.serverNow)
        checks << serverClockCheck(*facts.pcNowAtServerRead, *facts.serverNow);
    else
        checks << lastWriteClockCheck(pcNow, facts.newestWrite);

    // A doctor run with --log-file (from cron, say) leaves its findings there too.
    if (logging::writesToFile()) {
        for (const HealthCheck &c : checks) {
            if (c.status == HealthCheck::Status::Failed)
                qCWarning(lcHealth).noquote() << c.name << "failed:" << c.message;
            else if (c.status == HealthCheck::Status::Warning)
                qCWarning(lcHealth).noquote() << c.name << "warning:" << c.message;
            else
                qCInfo(lcHealth).noquote() << c.name << statusKey(c.status) + u':' << c.message;
        }
    }
    return Printed{healthJson(checks), healthText(checks), healthOk(checks) ? 0 : kHealthFailedExitCode};
}

} // namespace

QList<Command> doctorCommands()
{
    return {
            {.names = {QStringLiteral("doctor")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "[--pc kiosk|display|counter] [--printer SPEC]"),
                        QT_TRANSLATE_NOOP("antrianctl", "check this PC: database, disk, schema, printer, sound, speech, time zone, "
                                                        "clock\nexit 0 when nothing failed (warnings allowed), 5 when a check failed")}},
             .options = {{"pc", QT_TRANSLATE_NOOP("antrianctl", "doctor: what this PC is for: kiosk, display or counter."),
                          QT_TRANSLATE_NOOP("antrianctl", "role")},
                         {"printer", QT_TRANSLATE_NOOP("antrianctl", "doctor: the kiosk's printer, as its --printer (escpos-tcp:HOST:PORT, ...)."),
                          QT_TRANSLATE_NOOP("antrianctl", "spec")}},
             // It opens the database itself: one that is missing or newer is a finding, not an error.
             .needs = Needs::Nothing,
             .handler = doctor},
    };
}

} // namespace antrian::cli
