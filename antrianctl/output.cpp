// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "core/translation.h"

#include <QCoreApplication>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

QJsonValue timeJson(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QJsonValue(utc.toTimeZone(zone).toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue numberOrNull(int n)
{
    return n > 0 ? QJsonValue(n) : QJsonValue();
}

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
}

QJsonValue estimateMinutes(const WaitEstimate &e)
{
    return e.isKnown() ? QJsonValue(e.minutes) : QJsonValue();
}

} // namespace

QJsonObject ticketJson(const Ticket &t, const QTimeZone &zone)
{
    return QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("service"), t.serviceCode},
            {QStringLiteral("sequence"), t.sequence},
            {QStringLiteral("businessDate"), t.businessDate.toString(Qt::ISODate)},
            {QStringLiteral("status"), statusKey(t.status)},
            {QStringLiteral("priority"), t.priority},
            {QStringLiteral("priorityReason"), t.priorityReason.isEmpty() ? QJsonValue() : QJsonValue(t.priorityReason)},
            {QStringLiteral("counter"), numberOrNull(t.counterNumber)},
            {QStringLiteral("targetCounter"), numberOrNull(t.targetCounterNumber)},
            {QStringLiteral("transferredFrom"),
             t.transferredFromService.isEmpty() ? QJsonValue() : QJsonValue(t.transferredFromService)},
            {QStringLiteral("issuedAt"), timeJson(t.issuedAt, zone)},
            {QStringLiteral("calledAt"), timeJson(t.calledAt, zone)},
            {QStringLiteral("startedAt"), timeJson(t.startedAt, zone)},
            {QStringLiteral("finishedAt"), timeJson(t.finishedAt, zone)},
            {QStringLiteral("recallCount"), t.recallCount},
            {QStringLiteral("callCount"), t.callCount},
            {QStringLiteral("rating"), t.rating ? QJsonValue(*t.rating) : QJsonValue()},
            {QStringLiteral("skmAnswered"), t.skmAnswered},
            {QStringLiteral("outcome"), t.outcome.isEmpty() ? QJsonValue() : QJsonValue(t.outcome)},
            {QStringLiteral("outcomeNote"), t.outcomeNote.isEmpty() ? QJsonValue() : QJsonValue(t.outcomeNote)},
    };
}

QJsonObject issuedJson(const IssuedTicket &issued, const QTimeZone &zone)
{
    QJsonObject o = ticketJson(issued.ticket, zone);
    o.insert(QStringLiteral("ahead"), issued.estimate.ahead);
    o.insert(QStringLiteral("estimatedWaitMinutes"), estimateMinutes(issued.estimate));
    o.insert(QStringLiteral("estimatedWait"), describeWait(issued.estimate));
    return o;
}

QJsonObject statusJson(const BranchStatus &s, const QTimeZone &zone)
{
    QJsonArray services;
    for (const ServiceStatus &ss : s.services) {
        services.append(QJsonObject{
                {QStringLiteral("code"), ss.service.code},
                {QStringLiteral("name"), ss.service.name},
                {QStringLiteral("waiting"), ss.waiting},
                {QStringLiteral("issuedToday"), ss.issuedToday},
                {QStringLiteral("dailyLimit"), ss.service.dailyLimit},
                {QStringLiteral("limitReached"), ss.limitReached},
                {QStringLiteral("openCounters"), ss.estimate.openCounters},
                {QStringLiteral("estimatedWaitMinutes"), estimateMinutes(ss.estimate)},
        });
    }
    QJsonArray counters;
    for (const CounterStatus &cs : s.counters) {
        counters.append(QJsonObject{
                {QStringLiteral("number"), cs.counter.number},
                {QStringLiteral("name"), cs.counter.name},
                {QStringLiteral("state"), counterStateKey(cs.state)},
                {QStringLiteral("services"), QJsonArray::fromStringList(cs.counter.services)},
                {QStringLiteral("ticket"), cs.current ? QJsonValue(ticketJson(*cs.current, zone)) : QJsonValue()},
        });
    }
    return QJsonObject{
            {QStringLiteral("branch"), s.branchName},
            {QStringLiteral("now"), timeJson(s.now, zone)},
            {QStringLiteral("businessDate"), s.businessDate.toString(Qt::ISODate)},
            {QStringLiteral("open"), s.open},
            {QStringLiteral("acceptsTickets"), s.acceptsTickets},
            {QStringLiteral("closedReason"), s.ticketRefusal.isEmpty() ? QJsonValue() : QJsonValue(s.ticketRefusal)},
            {QStringLiteral("nextOpening"), timeJson(s.nextOpening, zone)},
            {QStringLiteral("services"), services},
            {QStringLiteral("counters"), counters},
    };
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out += line.trimmed() + u'\n';
    }
    return out;
}

QString ticketLine(const Ticket &t, const BranchConfig &config)
{
    const ServiceConfig *s = config.service(t.serviceCode);
    QString line = QStringLiteral("%1  %2  %3").arg(t.code, s ? s->displayName(currentLanguage()) : t.serviceCode,
                                                    statusDisplayName(t.status));
    if (t.counterNumber > 0 && t.isActive())
        line += QStringLiteral("  ") + Tr::tr("counter %1").arg(t.counterNumber);
    // The status word "selesai" reads like the outcome code of the same name: the outcome is
    // named as such, by its name.
    if (!t.outcome.isEmpty()) {
        const ServiceOutcome *o = config.outcome(t.outcome);
        line += QStringLiteral("  ") + Tr::tr("outcome: %1").arg(o ? o->displayName(currentLanguage()) : t.outcome);
    }
    return line;
}

QString issuedText(const IssuedTicket &issued, const BranchConfig &config)
{
    const Ticket &t = issued.ticket;
    const ServiceConfig *s = config.service(t.serviceCode);
    return Tr::tr("%1  %2%3\n%n ahead, estimated wait: %4", nullptr, issued.estimate.ahead)
            .arg(t.code, s ? s->displayName(currentLanguage()) : t.serviceCode,
                 t.priority ? QStringLiteral("  (") + Tr::tr("priority") + u')' : QString(), describeWait(issued.estimate));
}

QString statusText(const BranchStatus &s, const BranchCalendar &calendar)
{
    const QLocale locale = currentLocale();
    const QDateTime local = calendar.toLocal(s.now);
    QString out = QStringLiteral("%1\n%2  %3\n")
                          .arg(s.branchName, locale.toString(local, QStringLiteral("dddd d MMMM yyyy HH:mm")),
                               s.open ? Tr::tr("open") : Tr::tr("closed"));
    if (!s.ticketRefusal.isEmpty())
        out += s.ticketRefusal + u'\n';
    out += u'\n';
    QList<QStringList> services{{Tr::tr("Service"), Tr::tr("Waiting"), Tr::tr("Issued"), Tr::tr("Open counters"), Tr::tr("Estimated wait")}};
    for (const ServiceStatus &ss : s.services) {
        services.append({ss.service.code + u' ' + ss.service.displayName(currentLanguage()),
                         QString::number(ss.waiting),
                         QStringLiteral("%1/%2").arg(ss.issuedToday).arg(ss.service.dailyLimit),
                         QString::number(ss.estimate.openCounters), describeWait(ss.estimate)});
    }
    out += table(services) + u'\n';
    QList<QStringList> counters{{Tr::tr("Counter"), Tr::tr("Services"), Tr::tr("State"), Tr::tr("Ticket")}};
    for (const CounterStatus &cs : s.counters) {
        const QString state = cs.state == CounterState::Paused ? Tr::tr("paused")
                : cs.state == CounterState::Closed             ? Tr::tr("closed")
                                                               : Tr::tr("open");
        counters.append({QStringLiteral("%1 %2").arg(cs.counter.number).arg(cs.counter.name),
                         cs.counter.services.join(u','), state,
                         cs.current ? QStringLiteral("%1 (%2)").arg(cs.current->code, statusDisplayName(cs.current->status))
                                    : QStringLiteral("-")});
    }
    out += table(counters);
    return out;
}

QString ticketsTable(const QList<Ticket> &tickets, const QTimeZone &zone)
{
    QList<QStringList> rows{{Tr::tr("Code"), Tr::tr("Service"), Tr::tr("Status"), Tr::tr("Counter"), Tr::tr("Issued"), Tr::tr("Called"),
                             Tr::tr("Finished")}};
    for (const Ticket &t : tickets) {
        rows.append({t.code + (t.priority ? QStringLiteral(" *") : QString()), t.serviceCode, statusDisplayName(t.status),
                     t.counterNumber > 0 ? QString::number(t.counterNumber) : QStringLiteral("-"),
                     localTime(t.issuedAt, zone), localTime(t.calledAt, zone), localTime(t.finishedAt, zone)});
    }
    return table(rows) + Tr::tr("%n ticket(s)", nullptr, int(tickets.size())) + u'\n';
}

} // namespace antrian::cli
