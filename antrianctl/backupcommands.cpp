// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommands.h"

#include "backup/backup.h"
#include "backup/dailybackups.h"
#include "core/clock.h"
#include "queue/queueengine.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

QString backupUsage()
{
    return Tr::tr("usage: antrianctl backup FILE, or antrianctl backup --daily [--keep DAYS]");
}

QString size(qint64 bytes)
{
    return bytes >= 1024 * 1024 ? Tr::tr("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                : Tr::tr("%1 KiB").arg((bytes + 1023) / 1024);
}

Result<Printed> daily(Session &s)
{
    int keep = daily::kDefaultKeepDays;
    if (const QString text = s.options.value(QStringLiteral("keep")); !text.isEmpty()) {
        bool number = false;
        keep = text.toInt(&number);
        if (!number || keep < 1)
            return Error::badInput(Tr::tr("--keep: expected a number of days, 1 or more, got \"%1\"").arg(text));
    }
    const QDate today = s.engine->calendar().businessDate(s.clock->nowUtc());
    auto done = backupDaily(*s.db, today, keep);
    if (!done)
        return done.error();
    QString text = (done->replaced ? Tr::tr("Daily backup of %1 written to %2 (%3), replacing today's earlier copy.")
                                   : Tr::tr("Daily backup of %1 written to %2 (%3)."))
                           .arg(today.toString(Qt::ISODate), done->written.path, size(done->written.bytes));
    if (done->removed.isEmpty())
        text += u'\n' + Tr::tr("No copy older than %1 days to remove.").arg(keep);
    else
        text += u'\n' + Tr::tr("Copies older than %1 days, removed:").arg(keep)
                + QStringLiteral("\n  ") + done->removed.join(QStringLiteral("\n  "));
    return Printed{QJsonObject{{QStringLiteral("businessDate"), today.toString(Qt::ISODate)},
                               {QStringLiteral("file"), done->written.path},
                               {QStringLiteral("bytes"), done->written.bytes},
                               {QStringLiteral("replaced"), done->replaced},
                               {QStringLiteral("keepDays"), keep},
                               {QStringLiteral("removed"), QJsonArray::fromStringList(done->removed)}},
                   text};
}

Result<Printed> backup(Session &s)
{
    const bool isDaily = s.options.isSet(QStringLiteral("daily"));
    if (isDaily != s.args.isEmpty() || s.args.size() > 1 || (!isDaily && s.options.isSet(QStringLiteral("keep"))))
        return Error::badInput(backupUsage());
    if (isDaily)
        return daily(s);
    auto written = backupTo(*s.db, s.args.first());
    if (!written)
        return written.error();
    return Printed{QJsonObject{{QStringLiteral("file"), written->path}, {QStringLiteral("bytes"), written->bytes}},
                   Tr::tr("Backup of %1 written to %2 (%3).").arg(s.db->location(), written->path, size(written->bytes))};
}

Result<Printed> restore(Session &s)
{
    if (s.args.size() != 1)
        return Error::badInput(Tr::tr("usage: antrianctl restore FILE"));
    QString location = s.options.value(QStringLiteral("db"));
    if (location.isEmpty())
        location = Database::defaultLocation();
    // --now names the file set aside, for tests; otherwise this PC's time, in its own zone.
    const QString now = s.options.value(QStringLiteral("now"));
    QDateTime localNow = now.isEmpty() ? SystemClock().nowUtc().toLocalTime() : parseNow(now, QTimeZone::systemTimeZone());
    if (!localNow.isValid())
        return Error::badInput(Tr::tr("--now: expected an ISO 8601 time such as 2026-11-23T09:00:00+07:00, got \"%1\"").arg(now));
    auto restored = restoreFrom(location, s.args.first(), localNow);
    if (!restored)
        return restored.error();
    QString text = Tr::tr("Restored %1 from %2.").arg(restored->database, s.args.first());
    if (!restored->keptAside.isEmpty())
        text += u'\n' + Tr::tr("The database it replaced is kept as %1.").arg(restored->keptAside);
    if (restored->check.migrates)
        text += u'\n' + Tr::tr("The backup has schema version %1; it is migrated to version %2 when next opened.")
                                .arg(restored->check.schemaVersion)
                                .arg(latestSchemaVersion());
    return Printed{QJsonObject{{QStringLiteral("database"), restored->database},
                               {QStringLiteral("file"), QFileInfo(s.args.first()).absoluteFilePath()},
                               {QStringLiteral("keptAside"), restored->keptAside.isEmpty() ? QJsonValue() : QJsonValue(restored->keptAside)},
                               {QStringLiteral("schemaVersion"), restored->check.schemaVersion},
                               {QStringLiteral("migratesOnOpen"), restored->check.migrates}},
                   text};
}

} // namespace

QList<Command> backupCommands()
{
    return {
            {.names = {QStringLiteral("backup")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "FILE"),
                        QT_TRANSLATE_NOOP("antrianctl", "a consistent copy of the database while the apps keep writing\n"
                                                        "(pg_dump --format=custom on PostgreSQL)")},
                       {QT_TRANSLATE_NOOP("antrianctl", "--daily [--keep DAYS]"),
                        QT_TRANSLATE_NOOP("antrianctl", "today's copy in backups/ beside the database, replacing today's;\n"
                                                        "removes daily copies older than DAYS (14)")}},
             .options = {{"daily", QT_TRANSLATE_NOOP("antrianctl", "Backup: today's copy in the backups folder.")},
                         {"keep", QT_TRANSLATE_NOOP("antrianctl", "Backup --daily: days of copies to keep (14)."),
                          QT_TRANSLATE_NOOP("antrianctl", "days")}},
             .handler = backup},
            {.names = {QStringLiteral("restore")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "FILE"),
                        QT_TRANSLATE_NOOP("antrianctl", "put a backup in place of the database, after checking it;\n"
                                                        "refused while an app has it open; the old one is kept aside")}},
             .needs = Needs::Nothing,
             .handler = restore},
    };
}

} // namespace antrian::cli
