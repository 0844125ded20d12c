// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "output.h"

#include "reportcolumns.h"
#include "reportpdf.h"
#include "reports/reportcsv.h"
#include "reports/reportjson.h"
#include "reports/reportreader.h"

#include <QCoreApplication>
#include <QDir>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

QString reportUsage()
{
    return Tr::tr("usage: antrianctl report --from DATE --to DATE --by service|counter|staff|hour|day"
                  " [--json] [--csv FILE] [--pdf FILE]");
}

// The table's short headers, by the JSON name.
QString header(const char *name)
{
    static const QHash<QByteArray, const char *> kHeaders{
            {"issued", QT_TRANSLATE_NOOP("antrianctl", "Issued")},
            {"served", QT_TRANSLATE_NOOP("antrianctl", "Served")},
            {"noShow", QT_TRANSLATE_NOOP("antrianctl", "No-show")},
            {"cancelled", QT_TRANSLATE_NOOP("antrianctl", "Cancelled")},
            {"expired", QT_TRANSLATE_NOOP("antrianctl", "Expired")},
            {"transferred", QT_TRANSLATE_NOOP("antrianctl", "Transferred")},
            {"waitMeanMinutes", QT_TRANSLATE_NOOP("antrianctl", "Wait mean")},
            {"waitMedianMinutes", QT_TRANSLATE_NOOP("antrianctl", "Wait median")},
            {"waitP90Minutes", QT_TRANSLATE_NOOP("antrianctl", "Wait p90")},
            {"walkMeanMinutes", QT_TRANSLATE_NOOP("antrianctl", "Walk mean")},
            {"serviceMeanMinutes", QT_TRANSLATE_NOOP("antrianctl", "Service mean")},
            {"serviceMedianMinutes", QT_TRANSLATE_NOOP("antrianctl", "Service median")},
            {"serviceP90Minutes", QT_TRANSLATE_NOOP("antrianctl", "Service p90")},
            {"withinTargetPercent", QT_TRANSLATE_NOOP("antrianctl", "Within target %")},
            {"ratingCount", QT_TRANSLATE_NOOP("antrianctl", "Ratings")},
            {"ratingMean", QT_TRANSLATE_NOOP("antrianctl", "Rating mean")},
            {"resolvedPercent", QT_TRANSLATE_NOOP("antrianctl", "Resolved %")},
            {"idleWhileWaitingMinutes", QT_TRANSLATE_NOOP("antrianctl", "Idle while waiting")},
    };
    return translated(kHeaders.value(name, name));
}

// Minutes and percentages with one decimal, the rating with two, "-" for nothing measured.
QStringList cells(const QList<ReportColumn> &columns, const ReportFigures &figures)
{
    QStringList out;
    for (const ReportColumn &c : columns) {
        const std::optional<double> v = c.value(figures);
        const int decimals = qstrcmp(c.name, "ratingMean") == 0 ? 2 : 1;
        out.append(!v ? QStringLiteral("-") : c.count ? QString::number(qint64(*v)) : QString::number(*v, 'f', decimals));
    }
    return out;
}

QString reportText(const Report &r, const QStringList &definitions)
{
    const QList<ReportColumn> columns = reportColumns(r.by);
    QList<QStringList> rows{{Tr::tr("Key"), Tr::tr("Name")}};
    for (const ReportColumn &c : columns)
        rows.first().append(header(c.name));
    for (const ReportRow &row : r.rows)
        rows.append(QStringList{row.key, row.label} + cells(columns, row.figures));
    rows.append(QStringList{QStringLiteral("total"), Tr::tr("Total")} + cells(columns, r.total));
    QString out = Tr::tr("%1: %2, %3 to %4 (%5); minutes")
                          .arg(r.branchName, reportdoc::reportTitle(r.by), r.from.toString(Qt::ISODate),
                               r.to.toString(Qt::ISODate), r.timeZone)
            + u'\n' + table(rows) + u'\n';
    for (const QString &d : definitions)
        out += QStringLiteral("- ") + d + u'\n';
    return out;
}

Result<Printed> report(Session &s)
{
    if (!s.args.isEmpty())
        return Error::badInput(reportUsage());
    auto from = dateOption(s, "from", QDate(), reportUsage());
    if (!from)
        return from.error();
    auto to = dateOption(s, "to", QDate(), reportUsage());
    if (!to)
        return to.error();
    if (*to < *from)
        return Error::badInput(Tr::tr("--to %1 is before --from %2").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    const QString byText = s.options.value(QStringLiteral("by"));
    const std::optional<ReportGrouping> by = reportGroupingFromKey(byText);
    if (!by)
        return Error::badInput(Tr::tr("--by: expected service, counter, staff, hour or day, got \"%1\"").arg(byText));
    auto read = ReportReader(*s.db, *s.clock).read(*by, *from, *to);
    if (!read)
        return read.error();
    const QStringList definitions = reportDefinitions(*by);
    QString text = reportText(*read, definitions);
    const QString csv = s.options.value(QStringLiteral("csv"));
    if (!csv.isEmpty()) {
        if (Outcome written = writeReportCsv(*read, definitions, csv); !written)
            return written.error();
        text += Tr::tr("CSV written to %1, its definitions to %2")
                        .arg(QDir::toNativeSeparators(csv), QDir::toNativeSeparators(reportDefinitionsPath(csv)))
                + u'\n';
    }
    const QString pdf = s.options.value(QStringLiteral("pdf"));
    if (!pdf.isEmpty()) {
        if (Outcome written = reportdoc::writeReportPdf(*read, pdf); !written)
            return written.error();
        text += Tr::tr("PDF written to %1").arg(QDir::toNativeSeparators(pdf)) + u'\n';
    }
    return Printed{reportToJson(*read, definitions), text};
}

} // namespace

QList<Command> reportCommands()
{
    return {
            {.names = {QStringLiteral("report")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "--from DATE --to DATE --by service|counter|staff|hour|day [--csv FILE] [--pdf FILE]"),
                        QT_TRANSLATE_NOOP("antrianctl", "what the branch did: waits, service times, targets, ratings, outcomes")}},
             .options = {{"from", QT_TRANSLATE_NOOP("antrianctl", "report: first business date YYYY-MM-DD."),
                          QT_TRANSLATE_NOOP("antrianctl", "date")},
                         {"to", QT_TRANSLATE_NOOP("antrianctl", "report: last business date YYYY-MM-DD."),
                          QT_TRANSLATE_NOOP("antrianctl", "date")},
                         {"by", QT_TRANSLATE_NOOP("antrianctl", "report: one row per service, counter, staff, hour or day."),
                          QT_TRANSLATE_NOOP("antrianctl", "grouping")},
                         {"csv", QT_TRANSLATE_NOOP("antrianctl", "report: also write the report to this CSV file."),
                          QT_TRANSLATE_NOOP("antrianctl", "file")},
                         {"pdf", QT_TRANSLATE_NOOP("antrianctl", "report: also write the report to this PDF file (A4, with its charts)."),
                          QT_TRANSLATE_NOOP("antrianctl", "file")}},
             .handler = report},
    };
}

} // namespace antrian::cli
