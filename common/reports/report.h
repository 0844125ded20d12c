// SPDX-License-Identifier: GPL-3.0-or-later
// Report: what the branch did over a range of business dates, one row per service, counter,
// staff member, hour or day, and a total. Plain values: the report reader fills them from
// the tickets, and antrianctl, the supervisor's window, the CSV and the PDF only show them.
// The definitions of every figure are written once, in reportbuilder.h.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace antrian {

enum class ReportGrouping { Service, Counter, Staff, Hour, Day };

// The keys of --by and of the JSON: "service", "counter", "staff", "hour", "day".
QString reportGroupingKey(ReportGrouping by);
std::optional<ReportGrouping> reportGroupingFromKey(QStringView key);

// The figures of one row. A figure with nothing to measure (no ticket called, no rating) is
// nullopt, shown as "-" and written as null, never as 0.
struct ReportFigures
{
    int issued = 0;
    int served = 0;
    int noShow = 0;
    int cancelled = 0;
    int expired = 0;
    int transferred = 0;
    std::optional<double> waitMeanMinutes;
    std::optional<double> waitMedianMinutes;
    std::optional<double> waitP90Minutes;
    std::optional<double> walkMeanMinutes;
    std::optional<double> serviceMeanMinutes;
    std::optional<double> serviceMedianMinutes;
    std::optional<double> serviceP90Minutes;
    std::optional<double> withinTargetPercent;
    int ratingCount = 0;
    std::optional<double> ratingMean;
    std::optional<double> resolvedPercent;
    std::optional<double> idleWhileWaitingMinutes; // staff rows (and their total) only
};

// The figures as columns, in the order every face shows them (JSON, CSV, the table, the PDF),
// named as the JSON names them: one list, so a new figure is added in one place. Counts are
// whole numbers; the others nullopt where there was nothing to measure.
struct ReportColumn
{
    const char *name;   // "issued", "waitMeanMinutes", ...
    bool count;         // a whole number, never null
    std::optional<double> (*value)(const ReportFigures &);
};
// idleWhileWaitingMinutes only for staff rows.
QList<ReportColumn> reportColumns(ReportGrouping by);

struct ReportRow
{
    QString key;   // stable, for scripts: service code "A", counter number "2", username, "09", "2026-12-01"
    QString label; // for people: "Customer service", "Loket 2", "Budi Santoso", "09:00-10:00", the date
    ReportFigures figures;
};

struct Report
{
    ReportGrouping by = ReportGrouping::Service;
    QDate from;
    QDate to;
    QString branchName;
    QString timeZone;        // the branch's, in which business dates and hours are counted
    QDateTime generatedAtUtc;
    QList<ReportRow> rows;   // in the branch's order (services, counters), by name (staff), by time
    ReportFigures total;     // the whole range, computed from the tickets, not summed from the rows
};

} // namespace antrian
