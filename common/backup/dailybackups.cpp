// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailybackups.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace antrian::daily {

namespace {

QString extension(Engine engine)
{
    return engine == Engine::PostgreSQL ? QStringLiteral("pgdump") : QStringLiteral("db");
}

} // namespace

QString folderFor(const QString &location)
{
    if (engineOf(location) == Engine::PostgreSQL)
        return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/antrian/backups");
    return QFileInfo(location).absoluteDir().filePath(QStringLiteral("backups"));
}

QString fileName(Engine engine, const QDate &date)
{
    return QStringLiteral("antrian-%1.%2").arg(date.toString(Qt::ISODate), extension(engine));
}

std::optional<QDate> dateOf(Engine engine, const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^antrian-(\\d{4}-\\d{2}-\\d{2})\\.(db|pgdump)$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(2) != extension(engine))
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool isExpired(const QDate &date, const QDate &today, int keep)
{
    return date.daysTo(today) >= keep;
}

QStringList expiredCopies(Engine engine, const QString &folder, const QDate &today, int keep)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const std::optional<QDate> date = dateOf(engine, name);
        if (date && isExpired(*date, today, keep))
            out.append(dir.filePath(name));
    }
    return out;
}

} // namespace antrian::daily
