// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuecommands.h"

#include "output.h"

#include "core/clock.h"
#include "queue/queueengine.h"
#include "storage/database.h"
#include "storage/roles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace antrian::cli {

namespace {

// lupdate files these strings under "antrianctl", the context they are looked up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(antrianctl)
};

// Counter numbers and the like: a whole number of at least 1, or 0 for "not given".
int positiveNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n > 0 ? n : 0;
}

Printed ticketPrinted(const Session &s, const Ticket &ticket)
{
    const BranchConfig &config = s.engine->branch()->config;
    return Printed{ticketJson(ticket, config.calendar.timeZone), ticketLine(ticket, config)};
}

Result<Printed> init(Session &s)
{
    // The schema is there: the group roles get their grants on it (again, if init ran before).
    if (s.db->engine() == Engine::PostgreSQL) {
        if (Outcome groups = Roles(*s.db).applyGroups(); !groups)
            return groups.error();
    }
    auto branch = s.engine->branch();
    if (!branch)
        return branch.error();
    const BranchConfig &c = branch->config;
    const QString source = s.importedSample ? Tr::tr("the bundled sample branch")
            : s.options.isSet(QStringLiteral("config")) ? s.options.value(QStringLiteral("config"))
                                                         : Tr::tr("its existing setup");
    QStringList services, counters;
    for (const ServiceConfig &service : c.services)
        services.append(service.code);
    for (const CounterConfig &k : c.counters)
        counters.append(QString::number(k.number));
    return Printed{QJsonObject{{QStringLiteral("database"), s.db->location()},
                               {QStringLiteral("branch"), c.name},
                               {QStringLiteral("services"), int(c.services.size())},
                               {QStringLiteral("counters"), int(c.counters.size())},
                               {QStringLiteral("schemaVersion"), s.db->schemaVersion()}},
                   Tr::tr("Database %1 is ready: %2, from %3.\nServices: %4. Counters: %5.")
                           .arg(s.db->location(), c.name, source, services.join(QStringLiteral(", ")),
                                counters.join(QStringLiteral(", ")))
                           + (s.db->engine() == Engine::PostgreSQL
                                      ? u'\n' + Tr::tr("Group roles antrian_kiosk, antrian_counter, antrian_display and antrian_supervisor are ready; "
                                                       "add one login per PC with: antrianctl role add NAME --kind KIND")
                                      : QString())};
}

Result<Printed> issue(Session &s)
{
    if (s.args.size() != 1)
        return Error::badInput(Tr::tr("usage: antrianctl issue SERVICE [--priority] [--reason CODE]"));
    IssueOptions options;
    options.priority = s.options.isSet(QStringLiteral("priority"));
    options.priorityReason = s.options.value(QStringLiteral("reason"));
    auto issued = s.engine->issue(s.args.first(), options);
    if (!issued)
        return issued.error();
    const BranchConfig &config = s.engine->branch()->config;
    return Printed{issuedJson(*issued, config.calendar.timeZone), issuedText(*issued, config)};
}

// call, recall, start, finish, noshow COUNTER (finish also --outcome, --note).
Result<Printed> counterAction(Session &s)
{
    const int counter = s.args.size() == 1 ? positiveNumber(s.args.first()) : 0;
    if (counter == 0)
        return Error::badInput(Tr::tr("usage: antrianctl %1 COUNTER (the counter's number)").arg(s.command));
    Result<Ticket> r = s.command == u"call" ? s.engine->callNext(counter)
            : s.command == u"recall"        ? s.engine->recall(counter)
            : s.command == u"start"         ? s.engine->start(counter)
            : s.command == u"finish"        ? s.engine->finish(counter, 0,
                                                               {s.options.value(QStringLiteral("outcome")),
                                                                s.options.value(QStringLiteral("note"))})
                                            : s.engine->markNoShow(counter);
    if (!r)
        return r.error();
    return ticketPrinted(s, *r);
}

// pause|resume COUNTER, or pause|resume SERVICE (one letter).
Result<Printed> pauseOrResume(Session &s)
{
    const bool pause = s.command == u"pause";
    const int counter = s.args.size() == 1 ? positiveNumber(s.args.first()) : 0;
    const bool serviceGiven = s.args.size() == 1 && counter == 0 && s.args.first().size() == 1 && s.args.first().at(0).isLetter();
    if (serviceGiven) {
        const QString code = s.args.first().toUpper();
        Outcome r = pause ? s.engine->pauseService(code) : s.engine->resumeService(code);
        if (!r)
            return r.error();
        return Printed{QJsonObject{{QStringLiteral("service"), code}, {QStringLiteral("paused"), pause}},
                       pause ? Tr::tr("service %1 paused: the kiosk issues no tickets for it").arg(code)
                             : Tr::tr("service %1 resumed").arg(code)};
    }
    if (counter == 0)
        return Error::badInput(Tr::tr("usage: antrianctl %1 COUNTER (the counter's number)").arg(s.command));
    Outcome r = pause ? s.engine->pauseCounter(counter) : s.engine->resumeCounter(counter);
    if (!r)
        return r.error();
    return Printed{QJsonObject{{QStringLiteral("counter"), counter},
                               {QStringLiteral("state"), counterStateKey(pause ? CounterState::Paused : CounterState::Open)}},
                   pause ? Tr::tr("counter %1 paused").arg(counter) : Tr::tr("counter %1 open").arg(counter)};
}

Result<Printed> transfer(Session &s)
{
    const int counter = !s.args.isEmpty() ? positiveNumber(s.args.first()) : 0;
    TransferTarget target;
    target.serviceCode = s.args.value(1);
    const QString toCounter = s.options.value(QStringLiteral("to-counter"));
    target.counterNumber = toCounter.isEmpty() ? 0 : positiveNumber(toCounter);
    if (counter == 0 || s.args.size() > 2 || (target.serviceCode.isEmpty() && toCounter.isEmpty())
        || (!toCounter.isEmpty() && target.counterNumber == 0))
        return Error::badInput(Tr::tr("usage: antrianctl transfer COUNTER SERVICE, or transfer COUNTER [SERVICE] --to-counter N"));
    auto r = s.engine->transfer(counter, target);
    if (!r)
        return r.error();
    return ticketPrinted(s, *r);
}

// cancel|reinstate CODE.
Result<Printed> ticketAction(Session &s)
{
    if (s.args.size() != 1)
        return Error::badInput(Tr::tr("usage: antrianctl %1 CODE (a ticket code such as A-001)").arg(s.command));
    auto r = s.command == u"cancel" ? s.engine->cancel(s.args.first()) : s.engine->reinstate(s.args.first());
    if (!r)
        return r.error();
    return ticketPrinted(s, *r);
}

Result<Printed> status(Session &s)
{
    auto branchStatus = s.engine->status();
    if (!branchStatus)
        return branchStatus.error();
    const BranchCalendar calendar = s.engine->calendar();
    return Printed{statusJson(*branchStatus, calendar.timeZone()), statusText(*branchStatus, calendar)};
}

Result<Printed> tickets(Session &s)
{
    TicketFilter filter;
    const BranchCalendar calendar = s.engine->calendar();
    if (!s.options.isSet(QStringLiteral("all"))) {
        const QString date = s.options.value(QStringLiteral("date"));
        filter.from = date.isEmpty() ? calendar.businessDate(s.clock->nowUtc()) : QDate::fromString(date, Qt::ISODate);
        if (!filter.from.isValid())
            return Error::badInput(Tr::tr("--date: expected YYYY-MM-DD, got \"%1\"").arg(date));
        filter.to = filter.from;
    }
    const QString status = s.options.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = statusFromKey(status);
        if (!filter.status)
            return Error::badInput(Tr::tr("--status: expected waiting, called, serving, done, no_show, cancelled or expired"));
    }
    filter.serviceCode = s.options.value(QStringLiteral("service"));
    auto list = s.engine->tickets(filter);
    if (!list)
        return list.error();
    QJsonArray array;
    for (const Ticket &t : *list)
        array.append(ticketJson(t, calendar.timeZone()));
    return Printed{array, ticketsTable(*list, calendar.timeZone())};
}

} // namespace

QList<Command> queueCommands()
{
    return {
            {.names = {QStringLiteral("init")},
             .forms = {{"", QT_TRANSLATE_NOOP("antrianctl", "create the database and import the branch config")}},
             .needs = Needs::NewDatabase,
             .handler = init},
            {.names = {QStringLiteral("issue")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "SERVICE"),
                        QT_TRANSLATE_NOOP("antrianctl", "take a ticket (--priority, --reason CODE)")}},
             .options = {{"priority", QT_TRANSLATE_NOOP("antrianctl", "issue: a priority ticket.")},
                         {"reason", QT_TRANSLATE_NOOP("antrianctl", "issue: priority reason code from the config."),
                          QT_TRANSLATE_NOOP("antrianctl", "code")}},
             .handler = issue},
            {.names = {QStringLiteral("call")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "COUNTER"),
                        QT_TRANSLATE_NOOP("antrianctl", "call the next ticket to a counter")}},
             .handler = counterAction},
            {.names = {QStringLiteral("recall"), QStringLiteral("start"), QStringLiteral("noshow")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "COUNTER"),
                        QT_TRANSLATE_NOOP("antrianctl", "act on the ticket a counter holds")}},
             .handler = counterAction},
            {.names = {QStringLiteral("finish")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "COUNTER"),
                        QT_TRANSLATE_NOOP("antrianctl", "finish serving the counter's ticket")},
                       {QT_TRANSLATE_NOOP("antrianctl", "COUNTER --outcome CODE [--note TEXT]"),
                        QT_TRANSLATE_NOOP("antrianctl", "finish with the visit's outcome from the config")}},
             .options = {{"outcome", QT_TRANSLATE_NOOP("antrianctl", "finish: the outcome code (selesai, dirujuk, ...)."),
                          QT_TRANSLATE_NOOP("antrianctl", "code")},
                         {"note", QT_TRANSLATE_NOOP("antrianctl", "finish: a note kept with the outcome."),
                          QT_TRANSLATE_NOOP("antrianctl", "text")}},
             .handler = counterAction},
            {.names = {QStringLiteral("transfer")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "COUNTER [SERVICE]"),
                        QT_TRANSLATE_NOOP("antrianctl", "send the counter's ticket to another service\n"
                                                        "(--to-counter N: straight to counter N)")}},
             .options = {{"to-counter", QT_TRANSLATE_NOOP("antrianctl", "transfer: straight to this counter."),
                          QT_TRANSLATE_NOOP("antrianctl", "number")}},
             .handler = transfer},
            {.names = {QStringLiteral("cancel"), QStringLiteral("reinstate")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "CODE"),
                        QT_TRANSLATE_NOOP("antrianctl", "withdraw a waiting ticket / bring back a no-show")}},
             .handler = ticketAction},
            {.names = {QStringLiteral("pause"), QStringLiteral("resume")},
             .forms = {{QT_TRANSLATE_NOOP("antrianctl", "COUNTER"), QT_TRANSLATE_NOOP("antrianctl", "a counter's break")},
                       {QT_TRANSLATE_NOOP("antrianctl", "SERVICE"),
                        QT_TRANSLATE_NOOP("antrianctl", "stop / restart issuing tickets for a service")}},
             .handler = pauseOrResume},
            {.names = {QStringLiteral("status")},
             .forms = {{"", QT_TRANSLATE_NOOP("antrianctl", "the branch now")}},
             .handler = status},
            {.names = {QStringLiteral("tickets")},
             .forms = {{"", QT_TRANSLATE_NOOP("antrianctl", "today's tickets (--date, --all, --status, --service)")}},
             .options = {{"date", QT_TRANSLATE_NOOP("antrianctl", "tickets: business date YYYY-MM-DD (default today)."),
                          QT_TRANSLATE_NOOP("antrianctl", "date")},
                         {"all", QT_TRANSLATE_NOOP("antrianctl", "tickets: every business date.")},
                         {"status", QT_TRANSLATE_NOOP("antrianctl", "tickets: only this status (waiting, called, ...)."),
                          QT_TRANSLATE_NOOP("antrianctl", "status")},
                         {"service", QT_TRANSLATE_NOOP("antrianctl", "tickets: only this service."),
                          QT_TRANSLATE_NOOP("antrianctl", "code")}},
             .handler = tickets},
    };
}

} // namespace antrian::cli
