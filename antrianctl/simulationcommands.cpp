// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationcommands.h"

#include "output.h"

#include "core/translation.h"
#include "simulation/branchsimulator.h"
#include "staffing/staffingadvisor.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

namespace antrian::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

QString simulateUsage()
{
    return Tr::tr("usage: antrianctl simulate --from DATE --to DATE [--seed N] [--tickets-per-day N | --load X]");
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 60 ? QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1.%2s").arg(s).arg(ms % 1000 / 100);
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stderr);
    std::fflush(stderr);
}

Result<Printed> simulate(Session &s)
{
    if (!s.args.isEmpty())
        return Error::badInput(simulateUsage());
    auto from = dateOption(s, "from", QDate(), simulateUsage());
    if (!from)
        return from.error();
    auto to = dateOption(s, "to", QDate(), simulateUsage());
    if (!to)
        return to.error();
    if (*to < *from)
        return Error::badInput(Tr::tr("--to %1 is before --from %2").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    SimulationOptions options;
    options.from = *from;
    options.to = *to;
    if (s.options.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = s.options.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Error::badInput(Tr::tr("--seed: expected a whole number, got \"%1\"").arg(s.options.value(QStringLiteral("seed"))));
    }
    const bool perDay = s.options.isSet(QStringLiteral("tickets-per-day"));
    const bool load = s.options.isSet(QStringLiteral("load"));
    if (perDay && load)
        return Error::badInput(Tr::tr("give --tickets-per-day or --load, not both"));
    if (perDay) {
        bool ok = false;
        options.ticketsPerDay = s.options.value(QStringLiteral("tickets-per-day")).toInt(&ok);
        if (!ok || options.ticketsPerDay < 1)
            return Error::badInput(Tr::tr("--tickets-per-day: expected a whole number above 0, got \"%1\"")
                                           .arg(s.options.value(QStringLiteral("tickets-per-day"))));
    }
    if (load) {
        bool ok = false;
        options.peakLoad = s.options.value(QStringLiteral("load")).toDouble(&ok);
        if (!ok || options.peakLoad <= 0.0 || options.peakLoad > 2.0)
            return Error::badInput(Tr::tr("--load: expected a share of the counters' capacity above 0 and at most 2 (0.82 is busy "
                                          "but not saturated), got \"%1\"")
                                           .arg(s.options.value(QStringLiteral("load"))));
    }
    // What a simulation writes can be made again: it need not survive a power cut.
    if (Outcome relaxed = s.db->setDurability(Database::Durability::Regenerable); !relaxed)
        return relaxed.error();
    QElapsedTimer elapsed; // monotonic, for the figures printed; the simulation's clock is its own
    elapsed.start();
    options.progress = [&elapsed](const SimulationProgress &p) {
        say(Tr::tr("%1: %n open day(s), %2 tickets (%3 in all), %4", nullptr, p.openDays)
                    .arg(p.month.toString(QStringLiteral("yyyy-MM")))
                    .arg(p.tickets)
                    .arg(p.totalTickets)
                    .arg(duration(elapsed.elapsed())));
    };
    auto summary = BranchSimulator(*s.db).run(options);
    if (!summary)
        return summary.error();
    const qint64 ms = elapsed.elapsed();

    QJsonObject perService;
    QStringList serviceText;
    for (auto it = summary->ticketsPerService.constBegin(); it != summary->ticketsPerService.constEnd(); ++it) {
        perService.insert(it.key(), it.value());
        serviceText.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    const QJsonObject json{{QStringLiteral("from"), from->toString(Qt::ISODate)},
                           {QStringLiteral("to"), to->toString(Qt::ISODate)},
                           {QStringLiteral("seed"), static_cast<qint64>(options.seed)},
                           {QStringLiteral("openDays"), summary->openDays},
                           {QStringLiteral("closedDays"), summary->closedDays},
                           {QStringLiteral("tickets"), summary->tickets},
                           {QStringLiteral("perService"), perService},
                           {QStringLiteral("served"), summary->served},
                           {QStringLiteral("noShow"), summary->noShows},
                           {QStringLiteral("transferred"), summary->transfers},
                           {QStringLiteral("ratings"), summary->ratings},
                           {QStringLiteral("breaks"), summary->breaks},
                           {QStringLiteral("refusedByLimit"), summary->refusedByLimit},
                           {QStringLiteral("staffAccountsMade"), summary->staffAccountsMade},
                           {QStringLiteral("seconds"), ms / 1000.0}};
    QString text = Tr::tr("Simulated %1 to %2 (seed %3): %n open day(s)", nullptr, summary->openDays)
                           .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate), QString::number(options.seed))
            + u'\n' + Tr::tr("%1 tickets: %2").arg(summary->tickets).arg(serviceText.join(QStringLiteral(", "))) + u'\n'
            + Tr::tr("%1 served, %2 no-shows, %3 transferred, %4 ratings, %5 breaks")
                      .arg(summary->served)
                      .arg(summary->noShows)
                      .arg(summary->transfers)
                      .arg(summary->ratings)
                      .arg(summary->breaks)
            + u'\n';
    if (summary->refusedByLimit > 0)
        text += Tr::tr("%1 arrivals turned away by a service's daily limit").arg(summary->refusedByLimit) + u'\n';
    text += Tr::tr("Time taken: %1").arg(duration(ms)) + u'\n';
    return Printed{json, text};
}

double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

Result<Printed> staffing(Session &s)
{
    if (!s.args.isEmpty())
        return Error::badInput(Tr::tr("usage: antrianctl staffing --weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]"));
    const QString key = s.options.value(QStringLiteral("weekday"));
    const int weekday = StaffingAdvisor::weekdayFromKey(key);
    if (weekday == 0)
        return Error::badInput(Tr::tr("--weekday: expected mon, tue, wed, thu, fri, sat or sun, got \"%1\"").arg(key));
    int weeks = StaffingAdvisor::kDefaultWeeks;
    if (s.options.isSet(QStringLiteral("weeks"))) {
        bool ok = false;
        weeks = s.options.value(QStringLiteral("weeks")).toInt(&ok);
        if (!ok || weeks < 1 || weeks > 520)
            return Error::badInput(Tr::tr("--weeks: expected a whole number from 1 to 520, got \"%1\"").arg(s.options.value(QStringLiteral("weeks"))));
    }
    auto advice = StaffingAdvisor(*s.db, *s.clock).advise(weekday, weeks);
    if (!advice)
        return advice.error();

    QJsonArray hours;
    QList<QStringList> rows{{Tr::tr("Hour"), Tr::tr("Arrivals/h"), Tr::tr("Service min"), Tr::tr("Needed"), Tr::tr("Staffed"),
                             Tr::tr("Per service"), QString()}};
    for (const HourNeed &h : advice->hours) {
        QJsonArray services;
        QStringList perService;
        for (const ServiceNeed &n : h.services) {
            services.append(QJsonObject{{QStringLiteral("service"), n.service},
                                        {QStringLiteral("arrivals"), oneDecimal(n.arrivals)},
                                        {QStringLiteral("serviceMinutes"), oneDecimal(n.serviceMinutes)},
                                        {QStringLiteral("needed"), n.needed},
                                        {QStringLiteral("p90WaitMinutes"), oneDecimal(n.p90WaitMinutes)}});
            perService.append(QStringLiteral("%1 %2").arg(n.service).arg(n.needed));
        }
        hours.append(QJsonObject{{QStringLiteral("hour"), h.hour},
                                 {QStringLiteral("arrivals"), oneDecimal(h.arrivals)},
                                 {QStringLiteral("serviceMinutes"), oneDecimal(h.serviceMinutes)},
                                 {QStringLiteral("needed"), h.needed},
                                 {QStringLiteral("staffed"), oneDecimal(h.staffed)},
                                 {QStringLiteral("short"), h.isShort},
                                 {QStringLiteral("services"), services}});
        const QLocale locale = currentLocale();
        rows.append({QStringLiteral("%1:00").arg(h.hour, 2, 10, QLatin1Char('0')), locale.toString(h.arrivals, 'f', 1),
                     locale.toString(h.serviceMinutes, 'f', 1), QString::number(h.needed), locale.toString(h.staffed, 'f', 1),
                     perService.join(QStringLiteral(", ")), h.isShort ? Tr::tr("SHORT") : QString()});
    }
    QJsonArray days;
    for (const QDate &d : advice->days)
        days.append(d.toString(Qt::ISODate));
    const QJsonObject json{{QStringLiteral("weekday"), StaffingAdvisor::weekdayKey(weekday)},
                           {QStringLiteral("weeks"), weeks},
                           {QStringLiteral("days"), days},
                           {QStringLiteral("hours"), hours}};
    QString text;
    if (advice->hours.isEmpty()) {
        text = Tr::tr("The branch is closed on that weekday.") + u'\n';
    } else {
        text = Tr::tr("Counters needed so that 90% are called within the service's target wait (Erlang C), "
                      "from %n day(s) of history", nullptr, int(advice->days.size()))
                + u'\n' + table(rows)
                + Tr::tr("Needed is summed over services: a counter that serves several is counted for each, an upper bound.")
                + u'\n';
    }
    return Printed{json, text};
}

} // namespace

QList<Command> simulationCommands()
{
    return {
            {.names = {QStringLiteral("simulate")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "--from DATE --to DATE [--seed N] [--tickets-per-day N | --load X]"),
                        QT_TRANSLATE_NOOP("antrianctl", "fill the database with realistic days through the real engine\n"
                                                        "(refused for dates that already hold tickets)")}},
             .options = {{"from", QT_TRANSLATE_NOOP("antrianctl", "first business date YYYY-MM-DD."),
                          QT_TRANSLATE_NOOP("antrianctl", "date")},
                         {"to", QT_TRANSLATE_NOOP("antrianctl", "last business date YYYY-MM-DD."),
                          QT_TRANSLATE_NOOP("antrianctl", "date")},
                         {"seed", QT_TRANSLATE_NOOP("antrianctl", "simulate: the random seed (default 1); the same seed gives the same days."),
                          QT_TRANSLATE_NOOP("antrianctl", "n")},
                         {"tickets-per-day", QT_TRANSLATE_NOOP("antrianctl", "simulate: tickets of an ordinary full day (Mondays and paydays more)."),
                          QT_TRANSLATE_NOOP("antrianctl", "n")},
                         {"load", QT_TRANSLATE_NOOP("antrianctl", "simulate: the busiest hour's load as a share of the counters (default 0.82)."),
                          QT_TRANSLATE_NOOP("antrianctl", "x")}},
             .handler = simulate},
            {.names = {QStringLiteral("staffing")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "--weekday mon|tue|wed|thu|fri|sat|sun [--weeks N]"),
                        QT_TRANSLATE_NOOP("antrianctl", "counters each hour needs (Erlang C, 90% within target) beside those staffed")}},
             .options = {{"weekday", QT_TRANSLATE_NOOP("antrianctl", "staffing: the weekday, mon..sun."),
                          QT_TRANSLATE_NOOP("antrianctl", "day")},
                         {"weeks", QT_TRANSLATE_NOOP("antrianctl", "staffing: weeks of history to average (default 8)."),
                          QT_TRANSLATE_NOOP("antrianctl", "n")}},
             .handler = staffing},
    };
}

} // namespace antrian::cli
