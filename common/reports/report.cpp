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

} // namespace antrian
