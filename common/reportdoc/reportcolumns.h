// SPDX-License-Identifier: GPL-3.0-or-later
// A report's table as people read it, in the window and in the PDF alike: the columns' headers,
// and how each figure is written (minutes and percentages to one decimal, a rating to two, "-"
// for a figure with nothing to measure). Also the words around
// the table: the grouping's name, the period and when the report was made.
#pragma once

#include "reports/report.h"

#include <QCoreApplication>
#include <QString>

namespace antrian::reportdoc {

// The report's columns are reports/report.h's reportColumns(by), one list for every face; here
// is what people read of them.

// A column's header, translated ("Wait median (min)"), and a longer sentence for a tooltip.
QString columnHeader(const ReportColumn &column);
QString columnTooltip(const ReportColumn &column);

// `column`'s value in `figures` written for people, in the current language's numbers.
QString formatFigure(const ReportFigures &figures, const ReportColumn &column);

// What the rows are: "Service", "Counter", "Staff", "Hour", "Day" (the picker, the first column).
QString groupingName(ReportGrouping by);
// The report's title: "Report by service".
QString reportTitle(ReportGrouping by);
// "1 December 2026" or "1 December 2026 – 31 December 2026".
QString periodText(const QDate &from, const QDate &to);
// "Made 2 December 2026 08:15 (Asia/Jakarta)", in the branch's time zone.
QString generatedText(const Report &report);
// The total row's label.
QString totalLabel();

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

} // namespace antrian::reportdoc
