// SPDX-License-Identifier: GPL-3.0-or-later
// A query's answer in the shape an invariant check wants: one value, or every row as an
// "a|b|c" line (an empty list: the invariant holds). For tests and benchmarks that look at the
// database behind the engine's back, as tst_concurrency, tst_crash and bench_load do.
#pragma once

#include "storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace antrian::test {

inline QVariant queryScalar(const Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    QSqlQuery q = db.exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

inline QStringList queryRows(const Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    QStringList lines;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        lines.append(cells.join(u'|'));
    }
    return lines;
}

} // namespace antrian::test
