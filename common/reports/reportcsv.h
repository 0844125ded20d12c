// SPDX-License-Identifier: GPL-3.0-or-later
// A report as CSV for spreadsheets: RFC 4180 (CRLF, a field with a comma, quote, CR or LF in
// quotes, quotes doubled), UTF-8 with a BOM so a spreadsheet in an Indonesian locale reads
// the names right, one header row of the JSON names (key,label,issued,...), the rows, then a
// row "total". Numbers have a point and two decimals; an empty field is a figure with nothing
// to measure.
//
// The definitions are not in the CSV: any line before or after the table breaks a parser and
// a spreadsheet's sorting. They go beside it, in FILE's name with "-definitions.txt" for ".csv"
// (report.csv -> report-definitions.txt), one per line, so the two travel together.
#pragma once

#include "report.h"

#include "core/result.h"

#include <QByteArray>
#include <QStringList>

namespace antrian {

QByteArray reportToCsv(const Report &report);

// Where writeReportCsv puts the definitions for a CSV at `csvPath`.
QString reportDefinitionsPath(const QString &csvPath);

// Writes the CSV and its definitions, each whole or not at all (QSaveFile).
Outcome writeReportCsv(const Report &report, const QStringList &definitions, const QString &csvPath);

} // namespace antrian
