// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcolumns.h"

#include "core/translation.h"

#include <QTimeZone>

namespace antrian::reportdoc {

namespace {

// Header and tooltip of each figure; a switch on the name keeps tr() able to see the strings.
std::pair<QString, QString> words(QLatin1String name)
{
    if (name == QLatin1String("issued"))
        return {ReportText::tr("Issued"), ReportText::tr("Tickets issued")};
    if (name == QLatin1String("served"))
        return {ReportText::tr("Served"), ReportText::tr("Tickets served to the end")};
    if (name == QLatin1String("noShow"))
        return {ReportText::tr("No-shows"), ReportText::tr("Called, never came")};
    if (name == QLatin1String("cancelled"))
        return {ReportText::tr("Cancelled"), ReportText::tr("Cancelled while waiting")};
    if (name == QLatin1String("expired"))
        return {ReportText::tr("Expired"), ReportText::tr("Still waiting when the day ended")};
    if (name == QLatin1String("transferred"))
        return {ReportText::tr("Transferred"), ReportText::tr("Sent on to another service or counter")};
    if (name == QLatin1String("waitMeanMinutes"))
        return {ReportText::tr("Wait mean (min)"), ReportText::tr("Mean minutes from issue to first call")};
    if (name == QLatin1String("waitMedianMinutes"))
        return {ReportText::tr("Wait median (min)"), ReportText::tr("Half the customers waited at most this long")};
    if (name == QLatin1String("waitP90Minutes"))
        return {ReportText::tr("Wait p90 (min)"), ReportText::tr("Nine customers in ten waited at most this long")};
    if (name == QLatin1String("walkMeanMinutes"))
        return {ReportText::tr("Walk mean (min)"), ReportText::tr("Mean minutes from first call to start of service")};
    if (name == QLatin1String("serviceMeanMinutes"))
        return {ReportText::tr("Service mean (min)"), ReportText::tr("Mean minutes from start to finish of service")};
    if (name == QLatin1String("serviceMedianMinutes"))
        return {ReportText::tr("Service median (min)"), ReportText::tr("Half the services took at most this long")};
    if (name == QLatin1String("serviceP90Minutes"))
        return {ReportText::tr("Service p90 (min)"), ReportText::tr("Nine services in ten took at most this long")};
    if (name == QLatin1String("withinTargetPercent"))
        return {ReportText::tr("Within target (%)"), ReportText::tr("Tickets first called within their service's target wait")};
    if (name == QLatin1String("ratingCount"))
        return {ReportText::tr("Ratings"), ReportText::tr("Ratings given by customers")};
    if (name == QLatin1String("ratingMean"))
        return {ReportText::tr("Rating mean"), ReportText::tr("Mean of the customers' ratings")};
    if (name == QLatin1String("resolvedPercent"))
        return {ReportText::tr("Resolved (%)"), ReportText::tr("Finished tickets whose outcome counts as resolved")};
    if (name == QLatin1String("idleWhileWaitingMinutes"))
        return {ReportText::tr("Idle while waiting (min)"), ReportText::tr("Logged in, not serving, while tickets they could serve waited")};
    return {QString(name), QString()};
}

} // namespace

QString columnHeader(const ReportColumn &column)
{
    return words(QLatin1String(column.name)).first;
}

QString columnTooltip(const ReportColumn &column)
{
    return words(QLatin1String(column.name)).second;
}

QString formatFigure(const ReportFigures &figures, const ReportColumn &column)
{
    const std::optional<double> value = column.value(figures);
    if (!value)
        return QStringLiteral("-");
    const QLocale locale = currentLocale();
    if (column.count)
        return locale.toString(qint64(*value));
    return locale.toString(*value, 'f', QLatin1String(column.name) == QLatin1String("ratingMean") ? 2 : 1);
}

QString groupingName(ReportGrouping by)
{
    switch (by) {
    case ReportGrouping::Service: return ReportText::tr("Service");
    case ReportGrouping::Counter: return ReportText::tr("Counter");
    case ReportGrouping::Staff: return ReportText::tr("Staff");
    case ReportGrouping::Hour: return ReportText::tr("Hour");
    case ReportGrouping::Day: return ReportText::tr("Day");
    }
    return {};
}

QString reportTitle(ReportGrouping by)
{
    switch (by) {
    case ReportGrouping::Service: return ReportText::tr("Report by service");
    case ReportGrouping::Counter: return ReportText::tr("Report by counter");
    case ReportGrouping::Staff: return ReportText::tr("Report by staff member");
    case ReportGrouping::Hour: return ReportText::tr("Report by hour of the day");
    case ReportGrouping::Day: return ReportText::tr("Report by day");
    }
    return {};
}

QString periodText(const QDate &from, const QDate &to)
{
    const QLocale locale = currentLocale();
    const QString format = QStringLiteral("d MMMM yyyy");
    if (from == to)
        return locale.toString(from, format);
    return ReportText::tr("%1 – %2").arg(locale.toString(from, format), locale.toString(to, format));
}

QString generatedText(const Report &report)
{
    const QTimeZone zone(report.timeZone.toUtf8());
    const QDateTime at = zone.isValid() ? report.generatedAtUtc.toTimeZone(zone) : report.generatedAtUtc.toUTC();
    const QString when = currentLocale().toString(at, QStringLiteral("d MMMM yyyy HH:mm"));
    return ReportText::tr("Made %1 (%2)").arg(when, zone.isValid() ? report.timeZone : QStringLiteral("UTC"));
}

QString totalLabel()
{
    return ReportText::tr("Total");
}

} // namespace antrian::reportdoc
