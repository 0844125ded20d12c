// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"

#include "core/translation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>

namespace antrian::reportdoc {

namespace {

using Value = std::function<std::optional<double>(const ReportFigures &)>;

// Colours that keep their meaning from chart to chart.
const QColor kMedian(0x25, 0x63, 0xEB), kP90(0xF5, 0x9E, 0x0B), kServed(0x16, 0xA3, 0x4A), kNoShow(0xDC, 0x26, 0x26),
        kIssued(0x64, 0x74, 0x8B), kWithin(0x0D, 0x94, 0x88);

struct Series
{
    QString name;
    QColor colour;
    Value value;
};

bool overTime(ReportGrouping by)
{
    return by == ReportGrouping::Hour || by == ReportGrouping::Day;
}

std::unique_ptr<QChart> emptyChart(const QString &title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocale(currentLocale());
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

// `whole`: counts, whose ticks are whole numbers ("2", never "2,0").
QValueAxis *valueAxis(const QString &title, double max, bool percent, bool whole = false)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    if (percent) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
    } else {
        axis->setRange(0, std::max(max, 1.0));
        axis->applyNiceNumbers();
        if (whole && max < 10) {
            axis->setRange(0, std::max(std::ceil(max), 1.0));
            axis->setTickCount(int(std::max(std::ceil(max), 1.0)) + 1);
        }
    }
    axis->setLabelFormat(percent || whole || max >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    return axis;
}

double largest(const Report &report, const QList<Series> &series, bool stacked)
{
    double max = 0;
    for (const ReportRow &row : report.rows) {
        double sum = 0;
        for (const Series &s : series) {
            const double v = s.value(row.figures).value_or(0);
            sum = stacked ? sum + v : std::max(sum, v);
        }
        max = std::max(max, sum);
    }
    return max;
}

// Bars, one row of the report under the other, the first on top.
std::unique_ptr<QChart> barChart(const Report &report, const QString &title, const QString &axisTitle, const QList<Series> &series,
                                 bool stacked, bool percent, bool whole = false)
{
    auto chart = emptyChart(title);
    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                       : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries);
    QStringList categories;
    for (auto it = report.rows.crbegin(); it != report.rows.crend(); ++it)
        categories.append(it->label);
    for (const Series &s : series) {
        auto *set = new QBarSet(s.name);
        set->setColor(s.colour);
        set->setBorderColor(s.colour);
        for (auto it = report.rows.crbegin(); it != report.rows.crend(); ++it)
            set->append(s.value(it->figures).value_or(0));
        bars->append(set);
    }
    bars->setBarWidth(series.size() > 1 && !stacked ? 0.8 : 0.6);
    chart->addSeries(bars);
    auto *rowsAxis = new QBarCategoryAxis;
    rowsAxis->append(categories);
    QFont small = rowsAxis->labelsFont();
    small.setPointSizeF(7); // a row's name stays whole beside a bar of its own height
    rowsAxis->setLabelsFont(small);
    chart->addAxis(rowsAxis, Qt::AlignLeft);
    bars->attachAxis(rowsAxis);
    QValueAxis *values = valueAxis(axisTitle, largest(report, series, stacked), percent, whole);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(values);
    chart->legend()->setVisible(series.size() > 1);
    return chart;
}

// Where a row sits on the time axis: the hour of the day, or the day's noon in milliseconds.
double timeOf(const Report &report, const ReportRow &row)
{
    if (report.by == ReportGrouping::Hour)
        return row.key.toDouble();
    return double(QDateTime(QDate::fromString(row.key, Qt::ISODate), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

// Lines over the hours or the days; a row with nothing to measure leaves no point.
std::unique_ptr<QChart> lineChart(const Report &report, const QString &title, const QString &axisTitle, const QList<Series> &series,
                                  bool percent, bool whole = false)
{
    auto chart = emptyChart(title);
    double first = 0, last = 0;
    bool any = false;
    for (const ReportRow &row : report.rows) {
        const double x = timeOf(report, row);
        first = any ? std::min(first, x) : x;
        last = any ? std::max(last, x) : x;
        any = true;
    }
    QAbstractAxis *timeAxis = nullptr;
    if (report.by == ReportGrouping::Hour) {
        auto *axis = new QValueAxis;
        if (!any)
            first = 8, last = 16;
        axis->setRange(first - 0.5, last + 0.5);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(last - first > 12 ? 2 : 1);
        axis->setLabelFormat(QStringLiteral("%02.0f"));
        axis->setTitleText(ReportChartText::tr("Hour"));
        timeAxis = axis;
    } else {
        auto *axis = new QDateTimeAxis;
        const qint64 halfDay = 12 * 3600 * 1000;
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(qint64(first) - halfDay, Qt::UTC);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(qint64(last) + halfDay, Qt::UTC);
        axis->setRange(any ? from : QDateTime(report.from, QTime(0, 0), Qt::UTC),
                       any ? to : QDateTime(report.to, QTime(23, 59), Qt::UTC));
        const qint64 days = any ? qint64((last - first) / (2 * halfDay)) + 1 : 1;
        axis->setTickCount(int(std::clamp<qint64>(days + 1, 2, 8)));
        axis->setFormat(days > 60 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
        axis->setTitleText(ReportChartText::tr("Day"));
        timeAxis = axis;
    }
    chart->addAxis(timeAxis, Qt::AlignBottom);
    double max = 0;
    QList<QLineSeries *> lines;
    for (const Series &s : series) {
        auto *line = new QLineSeries;
        line->setName(s.name);
        QPen pen(s.colour);
        pen.setWidthF(2);
        line->setPen(pen);
        line->setPointsVisible(report.rows.size() <= 31);
        for (const ReportRow &row : report.rows) {
            if (const std::optional<double> v = s.value(row.figures)) {
                line->append(timeOf(report, row), *v);
                max = std::max(max, *v);
            }
        }
        chart->addSeries(line);
        line->attachAxis(timeAxis);
        lines.append(line);
    }
    QValueAxis *values = valueAxis(axisTitle, max, percent, whole);
    chart->addAxis(values, Qt::AlignLeft);
    for (QLineSeries *line : lines)
        line->attachAxis(values);
    chart->legend()->setVisible(series.size() > 1);
    return chart;
}

// Bars for more rows than this would be too thin to read: the busiest rows are shown.
constexpr int kMostBars = 12;

// `report` with at most kMostBars rows, the ones that issued the most, in their order.
Report busiestRows(const Report &report)
{
    if (report.rows.size() <= kMostBars)
        return report;
    QList<int> order(report.rows.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return report.rows.at(a).figures.issued > report.rows.at(b).figures.issued; });
    order.resize(kMostBars);
    std::sort(order.begin(), order.end());
    Report shown = report;
    shown.rows.clear();
    for (int i : order)
        shown.rows.append(report.rows.at(i));
    return shown;
}

} // namespace

std::vector<std::unique_ptr<QChart>> makeReportCharts(const Report &full)
{
    const bool cut = !overTime(full.by) && full.rows.size() > kMostBars;
    const Report report = overTime(full.by) ? full : busiestRows(full);
    // Said in each title when the bars are the busiest rows only.
    const auto titled = [&](const QString &title) {
        return cut ? ReportChartText::tr("%1 (the %2 busiest of %3)").arg(title).arg(kMostBars).arg(full.rows.size()) : title;
    };
    const QList<Series> waits{
            {ReportChartText::tr("Median wait"), kMedian, [](const ReportFigures &f) { return f.waitMedianMinutes; }},
            {ReportChartText::tr("90% waited at most"), kP90, [](const ReportFigures &f) { return f.waitP90Minutes; }},
    };
    const QList<Series> within{
            {ReportChartText::tr("Called within target"), kWithin, [](const ReportFigures &f) { return f.withinTargetPercent; }},
    };
    const QString minutes = ReportChartText::tr("Minutes");
    const QString percent = ReportChartText::tr("Percent of tickets called");
    std::vector<std::unique_ptr<QChart>> charts;
    if (overTime(report.by)) {
        const QList<Series> counts{
                {ReportChartText::tr("Issued"), kIssued, [](const ReportFigures &f) { return std::optional<double>(f.issued); }},
                {ReportChartText::tr("Served"), kServed, [](const ReportFigures &f) { return std::optional<double>(f.served); }},
                {ReportChartText::tr("No-shows"), kNoShow, [](const ReportFigures &f) { return std::optional<double>(f.noShow); }},
        };
        charts.push_back(lineChart(report, ReportChartText::tr("Waiting time"), minutes, waits, false));
        charts.push_back(lineChart(report, ReportChartText::tr("Tickets"), ReportChartText::tr("Tickets"), counts, false, true));
        charts.push_back(lineChart(report, ReportChartText::tr("Called within the target wait"), percent, within, true));
    } else {
        const QList<Series> counts{
                {ReportChartText::tr("Served"), kServed, [](const ReportFigures &f) { return std::optional<double>(f.served); }},
                {ReportChartText::tr("No-shows"), kNoShow, [](const ReportFigures &f) { return std::optional<double>(f.noShow); }},
        };
        charts.push_back(barChart(report, titled(ReportChartText::tr("Waiting time")), minutes, waits, false, false));
        charts.push_back(barChart(report, titled(ReportChartText::tr("Served and no-shows")), ReportChartText::tr("Tickets"), counts, true, false, true));
        charts.push_back(barChart(report, titled(ReportChartText::tr("Called within the target wait")), percent, within, false, true));
    }
    return charts;
}

} // namespace antrian::reportdoc
