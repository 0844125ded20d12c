// SPDX-License-Identifier: GPL-3.0-or-later
// A report as a PDF a branch manager can print or send on: A4 landscape (every figure of the
// JSON fits across), the branch, the period and when it was made; the table, continued on the
// next pages with its header repeated and the total row set apart; the report's charts (the
// very charts the window shows, reportcharts.h); the definitions of every figure; "Page 1 of 3"
// at the foot of each page. In the current language (tr).
#pragma once

#include "core/result.h"
#include "reports/report.h"

#include <QCoreApplication>
#include <QString>

namespace antrian::reportdoc {

// Writes `report` to `file` whole or not at all (QSaveFile: a failed write leaves no file, and
// an older file of that name as it was). Needs a QApplication (Qt Charts draws on the graphics
// view). A file that cannot be written is a storage error naming the file and the reason.
Outcome writeReportPdf(const Report &report, const QString &file);

struct ReportPdfText
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
};

} // namespace antrian::reportdoc
