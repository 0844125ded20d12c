// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcsv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace antrian {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

const QByteArray kBom("\xEF\xBB\xBF");

QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

QByteArray line(const QList<QByteArray> &fields)
{
    return fields.join(',') + "\r\n";
}

QList<QByteArray> figureFields(const QList<ReportColumn> &columns, const ReportFigures &figures)
{
    QList<QByteArray> fields;
    for (const ReportColumn &c : columns) {
        const std::optional<double> v = c.value(figures);
        fields.append(!v ? QByteArray() : c.count ? QByteArray::number(qint64(*v)) : QByteArray::number(*v, 'f', 2));
    }
    return fields;
}

Outcome writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::storage(Tr::tr("cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace

QByteArray reportToCsv(const Report &report)
{
    const QList<ReportColumn> columns = reportColumns(report.by);
    QList<QByteArray> header{"key", "label"};
    for (const ReportColumn &c : columns)
        header.append(c.name);
    QByteArray csv = kBom + line(header);
    for (const ReportRow &row : report.rows)
        csv += line(QList<QByteArray>{field(row.key), field(row.label)} + figureFields(columns, row.figures));
    csv += line(QList<QByteArray>{"total", field(Tr::tr("Total"))} + figureFields(columns, report.total));
    return csv;
}

QString reportDefinitionsPath(const QString &csvPath)
{
    const QString base = csvPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? csvPath.chopped(4) : csvPath;
    return base + QStringLiteral("-definitions.txt");
}

Outcome writeReportCsv(const Report &report, const QStringList &definitions, const QString &csvPath)
{
    if (Outcome r = writeWhole(csvPath, reportToCsv(report)); !r)
        return r;
    return writeWhole(reportDefinitionsPath(csvPath), kBom + definitions.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
}

} // namespace antrian
