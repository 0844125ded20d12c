// SPDX-License-Identifier: GPL-3.0-or-later
// The charts of a report, made once for both faces: the supervisor's window shows each in a
// QChartView, the PDF renders each chart's scene into its painter, so the two never differ.
// For services, counters and staff: the waiting time (median and p90) per row, the served and
// the no-shows per row, the share called within target per row (bars, one row under the other,
// so long names stay readable). For hours and days: the same three as lines over time.
#pragma once

#include "reports/report.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace antrian::reportdoc {

// The charts for `report`'s grouping, in the order the window and the PDF show them; no
// animation (a PDF draws the first frame). The caller owns them; a QChartView, or a scene,
// takes one over.
std::vector<std::unique_ptr<QChart>> makeReportCharts(const Report &report);

// How many makeReportCharts() makes (every grouping the same).
constexpr int kReportChartCount = 3;

struct ReportChartText
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)
};

} // namespace antrian::reportdoc
