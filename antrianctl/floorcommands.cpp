// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorcommands.h"

#include "output.h"

#include "core/clock.h"
#include "core/translation.h"
#include "floor/floorreader.h"
#include "queue/queueengine.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

QJsonValue timeOrNull(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? QJsonValue(utc.toTimeZone(zone).toString(Qt::ISODate)) : QJsonValue();
}

QString hhmm(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.isValid() ? utc.toTimeZone(zone).toString(QStringLiteral("HH:mm")) : QStringLiteral("-");
}

QString counterStateText(CounterState state)
{
    switch (state) {
    case CounterState::Open: return Tr::tr("open");
    case CounterState::Paused: return Tr::tr("on break");
    case CounterState::Closed: return Tr::tr("closed");
    }
    return {};
}

QString waitLevelText(WaitLevel level)
{
    switch (level) {
    case WaitLevel::Green: return Tr::tr("green");
    case WaitLevel::Amber: return Tr::tr("amber");
    case WaitLevel::Red: return Tr::tr("red");
    }
    return {};
}

Result<Printed> floorShow(FloorReader &reader, const BranchConfig &config)
{
    auto floor = reader.read();
    if (!floor)
        return floor.error();
    return Printed{floorJson(*floor, config.calendar.timeZone), floorText(*floor, config)};
}

qint64 wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

Result<Printed> floor(Session &s)
{
    auto branch = s.engine->branch();
    if (!branch)
        return branch.error();
    const BranchConfig &config = branch->config;
    FloorReader reader(*s.db, *s.clock);
    const QString sub = s.args.value(0).toLower();
    if (s.args.isEmpty())
        return floorShow(reader, config);
    if (sub == u"handle" && s.args.size() == 2 && wholeNumber(s.args.at(1)) > 0) {
        const qint64 id = wholeNumber(s.args.at(1));
        if (Outcome r = reader.handle(id); !r)
            return r.error();
        return Printed{QJsonObject{{QStringLiteral("alert"), id}, {QStringLiteral("handled"), true}},
                       Tr::tr("alert %1 handled").arg(id)};
    }
    if (sub == u"release" && s.args.size() == 2 && wholeNumber(s.args.at(1)) > 0)
        return releaseCounter(*s.engine, int(wholeNumber(s.args.at(1))), 0);
    if (sub == u"send" && s.args.size() == 3) {
        auto moved = s.engine->sendWaiting(s.args.at(1), s.args.at(2));
        if (!moved)
            return moved.error();
        QJsonArray codes;
        for (const Ticket &t : *moved)
            codes.append(t.code);
        return Printed{QJsonObject{{QStringLiteral("from"), s.args.at(1).toUpper()},
                                   {QStringLiteral("to"), s.args.at(2).toUpper()},
                                   {QStringLiteral("tickets"), codes}},
                       Tr::tr("%n waiting ticket(s) sent from %1 to %2", nullptr, int(moved->size()))
                               .arg(s.args.at(1).toUpper(), s.args.at(2).toUpper())};
    }
    return Error::badInput(Tr::tr("usage: antrianctl floor [--json], floor handle ALERT_ID, floor release COUNTER, "
                                  "floor send FROM_SERVICE TO_SERVICE"));
}

} // namespace

QJsonObject floorJson(const FloorState &floor, const QTimeZone &zone)
{
    QJsonArray counters;
    for (const FloorCounter &c : floor.counters) {
        QJsonValue staff;
        if (c.staff)
            staff = QJsonObject{{QStringLiteral("id"), c.staff->id}, {QStringLiteral("name"), c.staff->name}};
        QJsonValue ticket;
        if (c.ticket)
            ticket = QJsonObject{{QStringLiteral("code"), c.ticket->code},
                                 {QStringLiteral("status"), statusKey(c.ticket->status)},
                                 {QStringLiteral("service"), c.ticket->serviceCode},
                                 {QStringLiteral("since"), timeOrNull(c.ticket->since, zone)},
                                 {QStringLiteral("minutes"), c.ticket->minutes},
                                 {QStringLiteral("pastTarget"), c.ticket->pastTarget}};
        counters.append(QJsonObject{
                {QStringLiteral("number"), c.counter.number},
                {QStringLiteral("name"), c.counter.name},
                {QStringLiteral("state"), counterStateKey(c.state)},
                {QStringLiteral("staff"), staff},
                {QStringLiteral("ticket"), ticket},
                {QStringLiteral("breakSince"), timeOrNull(c.breakSince, zone)},
                {QStringLiteral("breakMinutes"), c.breakSince.isValid() ? QJsonValue(c.breakMinutes) : QJsonValue()},
                {QStringLiteral("idleWhileWaitingSince"), timeOrNull(c.idleWhileWaitingSince, zone)},
        });
    }
    QJsonArray services;
    for (const FloorService &s : floor.services) {
        services.append(QJsonObject{
                {QStringLiteral("code"), s.service.code},
                {QStringLiteral("name"), s.service.name},
                {QStringLiteral("waiting"), s.waiting},
                {QStringLiteral("longestWaitMinutes"), s.longestWaitMinutes},
                {QStringLiteral("targetWaitMinutes"), s.service.targetWaitMinutes},
                {QStringLiteral("waitLevel"), waitLevelKey(s.waitLevel)},
                {QStringLiteral("issued"), s.issued},
                {QStringLiteral("served"), s.served},
                {QStringLiteral("noShow"), s.noShow},
                {QStringLiteral("calledWithinTargetPercent"),
                 s.calledWithinTargetPercent ? QJsonValue(*s.calledWithinTargetPercent) : QJsonValue()},
                {QStringLiteral("targetPercent"), s.service.targetPercent},
                {QStringLiteral("targetServiceMinutes"), s.service.targetServiceMinutes},
                {QStringLiteral("paused"), s.paused},
        });
    }
    QJsonArray alerts;
    for (const FloorAlert &a : floor.alerts) {
        alerts.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("kind"), alertKindKey(a.kind)},
                {QStringLiteral("service"), a.serviceCode.isEmpty() ? QJsonValue() : QJsonValue(a.serviceCode)},
                {QStringLiteral("counter"), a.counterNumber > 0 ? QJsonValue(a.counterNumber) : QJsonValue()},
                {QStringLiteral("raisedAt"), timeOrNull(a.raisedAt, zone)},
                {QStringLiteral("clearedAt"), timeOrNull(a.clearedAt, zone)},
                {QStringLiteral("minutes"), a.minutes},
        });
    }
    return QJsonObject{{QStringLiteral("now"), timeOrNull(floor.now, zone)},
                       {QStringLiteral("businessDate"), floor.businessDate.toString(Qt::ISODate)},
                       {QStringLiteral("counters"), counters},
                       {QStringLiteral("services"), services},
                       {QStringLiteral("alerts"), alerts}};
}

QString floorText(const FloorState &floor, const BranchConfig &config)
{
    const QTimeZone zone = config.calendar.timeZone;
    const QString lang = currentLanguage();
    QList<QStringList> counters{{Tr::tr("Counter"), Tr::tr("State"), Tr::tr("Staff"), Tr::tr("Ticket"), Tr::tr("Since"),
                                 Tr::tr("Minutes")}};
    for (const FloorCounter &c : floor.counters) {
        QString ticket = QStringLiteral("-"), since = QStringLiteral("-"), minutes = QStringLiteral("-");
        if (c.ticket) {
            ticket = QStringLiteral("%1 (%2)").arg(c.ticket->code, statusDisplayName(c.ticket->status));
            since = hhmm(c.ticket->since, zone);
            minutes = QString::number(c.ticket->minutes) + (c.ticket->pastTarget ? QStringLiteral(" !") : QString());
        } else if (c.breakSince.isValid()) {
            since = hhmm(c.breakSince, zone);
            minutes = QString::number(c.breakMinutes);
        } else if (c.idleWhileWaitingSince.isValid()) {
            ticket = Tr::tr("idle while customers wait");
            since = hhmm(c.idleWhileWaitingSince, zone);
        }
        counters.append({c.counter.displayName(lang), counterStateText(c.state), c.staff ? c.staff->name : QStringLiteral("-"),
                         ticket, since, minutes});
    }
    QList<QStringList> services{{Tr::tr("Service"), Tr::tr("Waiting"), Tr::tr("Longest wait"), Tr::tr("Level"),
                                 Tr::tr("Issued"), Tr::tr("Served"), Tr::tr("No-show"), Tr::tr("Called within target")}};
    for (const FloorService &s : floor.services) {
        const QString share = s.calledWithinTargetPercent ? QStringLiteral("%1%").arg(*s.calledWithinTargetPercent)
                                                          : QStringLiteral("-");
        services.append({QStringLiteral("%1 %2%3").arg(s.service.code, s.service.displayName(lang),
                                                      s.paused ? u' ' + Tr::tr("(paused)") : QString()),
                         QString::number(s.waiting),
                         Tr::tr("%1 of %2 min").arg(s.longestWaitMinutes).arg(s.service.targetWaitMinutes),
                         waitLevelText(s.waitLevel), QString::number(s.issued), QString::number(s.served),
                         QString::number(s.noShow), Tr::tr("%1 (target %2%)").arg(share).arg(s.service.targetPercent)});
    }
    QString text = Tr::tr("Floor at %1, business date %2").arg(hhmm(floor.now, zone), floor.businessDate.toString(Qt::ISODate))
            + QStringLiteral("\n\n") + table(counters) + u'\n' + table(services);
    if (floor.alerts.isEmpty())
        return text + u'\n' + Tr::tr("No alerts.");
    QList<QStringList> alerts{{Tr::tr("Alert"), Tr::tr("Kind"), Tr::tr("Where"), Tr::tr("Raised"), Tr::tr("Cleared"),
                               Tr::tr("Minutes")}};
    for (const FloorAlert &a : floor.alerts) {
        const QString where = a.counterNumber > 0 ? Tr::tr("counter %1").arg(a.counterNumber) : Tr::tr("service %1").arg(a.serviceCode);
        alerts.append({QString::number(a.id), alertKindDisplayName(a.kind), where, hhmm(a.raisedAt, zone),
                       hhmm(a.clearedAt, zone), QString::number(a.minutes)});
    }
    return text + u'\n' + table(alerts) + Tr::tr("Handle one with: antrianctl floor handle ALERT_ID");
}

Result<Printed> releaseCounter(QueueEngine &engine, int counter, qint64 byStaffId)
{
    auto released = engine.releaseCounter(counter, byStaffId);
    if (!released)
        return released.error();
    QString text = released->staffId > 0 ? Tr::tr("Counter %1 is released: %2 (%3) is logged out there.")
                                                   .arg(counter)
                                                   .arg(released->staffName, released->username)
                                         : Tr::tr("Counter %1 is released.").arg(counter);
    if (released->putBack)
        text += u'\n' + Tr::tr("%1 is waiting again, in its place").arg(released->putBack->code);
    if (released->stillServing)
        text += u'\n' + Tr::tr("It still holds %1; whoever logs in at counter %2 next will see it.")
                                .arg(released->stillServing->code)
                                .arg(counter);
    auto orNull = [](bool has, const QJsonValue &v) { return has ? v : QJsonValue(); };
    return Printed{QJsonObject{{QStringLiteral("counter"), counter},
                               {QStringLiteral("staff"), orNull(released->staffId > 0, released->staffId)},
                               {QStringLiteral("loggedOut"), orNull(released->staffId > 0, released->username)},
                               {QStringLiteral("putBack"), orNull(bool(released->putBack), released->putBack ? released->putBack->code : QString())},
                               {QStringLiteral("holds"), orNull(bool(released->stillServing),
                                                                released->stillServing ? released->stillServing->code : QString())}},
                   text};
}

QList<Command> floorCommands()
{
    return {
            {.names = {QStringLiteral("floor")},
             .forms = {{"", QT_TRANSLATE_NOOP("antrianctl", "the live floor: counters, services against their standards, alerts")},
                       {QT_TRANSLATE_NOOP("antrianctl", "handle ALERT_ID"), QT_TRANSLATE_NOOP("antrianctl", "mark an alert handled")},
                       {QT_TRANSLATE_NOOP("antrianctl", "release COUNTER"),
                        QT_TRANSLATE_NOOP("antrianctl", "log out whoever is at a counter; its called ticket waits again")},
                       {QT_TRANSLATE_NOOP("antrianctl", "send FROM TO"),
                        QT_TRANSLATE_NOOP("antrianctl", "send a service's waiting tickets to another service")}},
             .handler = floor},
    };
}

} // namespace antrian::cli
