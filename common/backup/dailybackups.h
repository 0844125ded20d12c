// SPDX-License-Identifier: GPL-3.0-or-later
// DailyBackups: the rules of `antrianctl backup --daily`. One copy per business date, named
// antrian-YYYY-MM-DD.db (.pgdump on PostgreSQL), in a backups/ folder beside the database file
// (on PostgreSQL, which has no file here: antrian/backups under the user's data location, e.g.
// ~/.local/share/antrian/backups). Today's copy is replaced when it runs twice; copies of
// dates more than `keep` days back are removed, and nothing else in the folder is touched.
#pragma once

#include "storage/dialect.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace antrian::daily {

constexpr int kDefaultKeepDays = 14;

QString folderFor(const QString &location);
QString fileName(Engine engine, const QDate &date);
// The business date a daily copy's file name says, or none for any other name.
std::optional<QDate> dateOf(Engine engine, const QString &fileName);
// Whether a copy of `date` is past keeping on `today`: `keep` days are kept, today's included
// (keep 14 on the 20th keeps the 7th to the 20th). A copy dated after today (a clock once set
// ahead) is kept.
bool isExpired(const QDate &date, const QDate &today, int keep);
// The daily copies in `folder` past keeping, as paths.
QStringList expiredCopies(Engine engine, const QString &folder, const QDate &today, int keep);

} // namespace antrian::daily
