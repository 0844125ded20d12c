// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include <QJsonArray>

namespace antrian {

namespace {

QJsonObject figuresToJson(const QList<ReportColumn> &columns, const ReportFigures &figures)
{
    QJsonObject o;
    for (const ReportColumn &c : columns) {
        const std::optional<double> v = c.value(figures);
        o.insert(QLatin1String(c.name), !v ? QJsonValue(QJsonValue::Null) : c.count ? QJsonValue(qint64(*v)) : QJsonValue(*v));
    }
    return o;
}

} // namespace

QJsonObject reportToJson(const Report &report, const QStringList &definitions)
{
    const QList<ReportColumn> columns = reportColumns(report.by);
    QJsonArray rows;
    for (const ReportRow &row : report.rows) {
        QJsonObject o = figuresToJson(columns, row.figures);
        o.insert(QStringLiteral("key"), row.key);
        o.insert(QStringLiteral("label"), row.label);
        rows.append(o);
    }
    return {{QStringLiteral("by"), reportGroupingKey(report.by)},
            {QStringLiteral("from"), report.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
            {QStringLiteral("branch"), report.branchName},
            {QStringLiteral("timeZone"), report.timeZone},
            {QStringLiteral("generatedAt"), report.generatedAtUtc.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), figuresToJson(columns, report.total)},
            {QStringLiteral("definitions"), QJsonArray::fromStringList(definitions)}};
}

} // namespace antrian
