// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <array>
#include <utility>

namespace antrian {

namespace {
constexpr std::array<std::pair<ReportGrouping, const char *>, 5> kGroupingKeys{{
        {ReportGrouping::Service, "service"},
        {ReportGrouping::Counter, "counter"},
        {ReportGrouping::Staff, "staff"},
        {ReportGrouping::Hour, "hour"},
        {ReportGrouping::Day, "day"},
}};
} // namespace

QString reportGroupingKey(ReportGrouping by)
{
    for (const auto &[grouping, key] : kGroupingKeys)
        if (grouping == by)
            return QString::fromLatin1(key);
    return {};
}

std::optional<ReportGrouping> reportGroupingFromKey(QStringView key)
{
    for (const auto &[grouping, name] : kGroupingKeys)
        if (key == QLatin1String(name))
            return grouping;
    return std::nullopt;
}

QList<ReportColumn> reportColumns(ReportGrouping by)
{
#define COUNT(field) ReportColumn{#field, true, [](const ReportFigures &f) -> std::optional<double> { return f.field; }}
#define MEASURE(field) ReportColumn{#field, false, [](const ReportFigures &f) { return f.field; }}
    QList<ReportColumn> columns{COUNT(issued),
                                COUNT(served),
                                COUNT(noShow),
                                COUNT(cancelled),
                                COUNT(expired),
                                COUNT(transferred),
                                MEASURE(waitMeanMinutes),
                                MEASURE(waitMedianMinutes),
                                MEASURE(waitP90Minutes),
                                MEASURE(walkMeanMinutes),
                                MEASURE(serviceMeanMinutes),
                                MEASURE(serviceMedianMinutes),
                                MEASURE(serviceP90Minutes),
                                MEASURE(withinTargetPercent),
                                COUNT(ratingCount),
                                MEASURE(ratingMean),
                                MEASURE(resolvedPercent)};
    if (by == ReportGrouping::Staff)
        columns.append(MEASURE(idleWhileWaitingMinutes));
#undef COUNT
#undef MEASURE
    return columns;
}

} // namespace antrian
